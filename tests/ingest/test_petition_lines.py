"""A petition's platform lines (addressee, starter, signature count, calls to share) are not the starter's words
(ingest.petition)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.ownership import own_words
from ingest.readers.markdown import MarkdownReader
from ingest.readers.text import TextReader

pytestmark = pytest.mark.unit

PETITION = """# Free evening courses for care workers

Petition to: Regional Council of Tartu
Started by: Kadri Tamm, Care Workers' Forum
2,310 have signed. Let's get to 5,000!

## Why this matters

Care workers should be able to earn a micro-credential in the evening, free of charge.

## Updates

4 April 2026: we met the council's education committee and handed over 2,000 signatures.
Share this petition with your colleagues.
"""


def test_a_petitions_platform_lines_are_left_out(tmp_path: Path) -> None:
    path = tmp_path / "petition.md"
    path.write_text(PETITION, encoding="utf-8")
    own = own_words(MarkdownReader().read(path).passages, "Kadri Tamm", "Care Workers' Forum", None)
    text = "\n".join(p.text for p in own.passages)
    assert "free of charge" in text and "handed over 2,000 signatures" in text
    for line in ("Petition to", "Started by", "have signed", "get to 5,000", "Share this petition"):
        assert line not in text
    assert any("petition platform" in note for note in own.notes)


def test_a_report_mentioning_a_petition_keeps_its_words(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Our forum supports the care workers' campaign.\n\nShare this petition with anyone who works in care: "
        "the council listens to numbers.\n",
        encoding="utf-8",
    )
    own = own_words(TextReader().read(path).passages, "Kadri Tamm", "", None)
    assert "Share this petition" in "\n".join(p.text for p in own.passages) and not own.notes
