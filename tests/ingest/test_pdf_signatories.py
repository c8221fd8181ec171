"""A joint statement's signatories block (its heading, the organisations and names under it, their logos' short
names) is left out of a PDF; a heading followed by prose keeps its text."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.signatories import signatories_at
from tests.ingest.test_pdf_closing import BODY, letter_pdf, texts

SIGNERS = [
    "North Coast Adult Schools Union - Dr Mira Oksanen, President",
    "Valley Learning Circles - Tomas Rask, Chair",
    "Harbour Trainers Guild - Ines Lehto, Secretary",
]


@pytest.mark.unit
@pytest.mark.parametrize("heading", ["Signatories", "Signed by:", "The undersigned organisations:"])
def test_the_signatories_block_ending_a_joint_statement_is_left_out(tmp_path: Path, heading: str) -> None:
    path = letter_pdf(tmp_path / "joint.pdf", [[*BODY, heading, *SIGNERS, "NCASU", "VLC", "HTG"]])
    text = "\n".join(texts(path))
    assert "register of micro-credentials" in text and "state its workload" in text
    assert not any(word in text for word in ("Oksanen", "Rask", "Lehto", "NCASU", heading.rstrip(":")))


@pytest.mark.unit
def test_a_signatories_heading_followed_by_prose_or_mid_text_is_kept() -> None:
    prose = "All members of the network were asked to sign the statement before the end of the month."
    assert signatories_at(["Some text.", "Signatories", prose]) is None
    assert signatories_at(["Signatories", *SIGNERS]) == 0
    assert signatories_at(["Our signatories are listed on the website"]) is None
