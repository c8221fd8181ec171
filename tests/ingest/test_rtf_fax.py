"""A fax saved as RTF: the cover sheet's transmission notice is furniture, and the letter's salutation after the
page break is left out as a letter's is (ingest/readers/fax_notice.py, ingest/readers/rtf.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.fax_notice import is_fax_notice
from ingest.readers.rtf import RtfReader

pytestmark = pytest.mark.unit

COVER = r"""{\rtf1\ansi\deff0{\fonttbl{\f0 Calibri;}}
\pard\fs48 FACSIMILE\par
\trowd\cellx2500\cellx8000
\pard\intbl To:\cell Harbour pilots' association\cell\row
\trowd\cellx2500\cellx8000
\pard\intbl From:\cell Port training school\cell\row
\trowd\cellx2500\cellx8000
\pard\intbl Pages:\cell 2\cell\row
\pard\fs22 %s\par
\page
\pard Dear Members of the Board,\par
\pard The school trains 120 deck officers a year on its two simulators, and its courses run from October to June.\par
\pard A refresher course on radar should lead to a certificate that lasts four years, not for life.\par
}"""


def _read(tmp_path: Path, notice: str):
    path = tmp_path / "fax.rtf"
    path.write_bytes((COVER % notice).encode("latin-1"))
    return RtfReader().read(path)


def test_the_transmission_notice_and_the_salutation_are_left_out(tmp_path):
    result = _read(tmp_path, "If you did not receive all the pages, please ring the school office on 555 0199.")
    text = "\n".join(p.text for p in result.passages)
    assert "receive all the pages" not in text and "Dear Members" not in text
    body = [p for p in result.passages if p.text.startswith("The school trains")]
    assert len(body) == 1 and "certificate that lasts four years" in body[0].text
    assert body[0].location.paragraph == 4  # the notice and the greeting still count, as in the file


def test_a_long_paragraph_that_opens_like_a_notice_is_text(tmp_path):
    notice = (
        "If you do not receive all the pages of our earlier letter on radar courses, we would rather you asked the "
        "harbour master, who keeps a copy of every letter the school sends to the pilots and answers questions about "
        "them within two working days of the request."
    )
    result = _read(tmp_path, notice)
    assert any(p.text.startswith("If you do not receive all the pages") for p in result.passages)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If this transmission is incomplete or illegible, call the sender.", True),
        ("Should you not receive every page, contact us at once.", True),
        ("If any pages are missing, please telephone 555 0100.", True),
        ("Si vous ne recevez pas toutes les pages, veuillez appeler le 01 23 45.", True),
        ("If you receive the certificate late, the course still counts.", False),
        ("Learners who do not receive all credits may resit.", False),
    ],
)
def test_which_lines_are_notices(text, expected):
    assert is_fax_notice(text) is expected
