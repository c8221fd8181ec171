"""Footnote reference marks in PDF body text: a small raised number after a word is left out of the sentence, as
the Markdown reader leaves out "[^1]"; powers, chemical formulas and numbers in the body's own type stay."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from ingest.readers.pdf import PdfReader
from ingest.readers.pdf_marks import drop_reference_marks

pytestmark = pytest.mark.unit


def _dropped(pieces: list[tuple[str, float]], rises: list[float], lifts: list[float] | None = None) -> str:
    positions = [(72.0, 700.0 + lift) for lift in (lifts or [0.0] * len(pieces))]
    pieces = list(pieces)
    drop_reference_marks(pieces, positions, rises)
    return "".join(piece for piece, _ in pieces)


@pytest.mark.parametrize(
    ("pieces", "rises", "lifts", "expected"),
    [
        ([("were studied.", 10), ("1", 7), (" Most of them", 10)], [0, 4, 0], None, "were studied. Most of them"),
        ([("were studied.", 10), ("1", 7), (" Most", 10)], [0, 0, 0], [0, 4, 0], "were studied. Most"),  # placed
        ([("the survey", 10), ("2,3\n", 6.5)], [0, 3, 0], None, "the survey\n"),  # ends its line
        ([("as stated", 10), ("*", 7), (" here", 10)], [0, 4, 0], None, "as stated here"),
        ([("CO", 10), ("2", 7), (" emissions", 10)], [0, -2, 0], None, "CO2 emissions"),  # lowered: a formula
        ([("of 10", 10), ("6", 7), (" euros", 10)], [0, 4, 0], None, "of 106 euros"),  # a power, after a digit
        ([("400 m", 10), ("2", 7), (" of floor", 10)], [0, 4, 0], None, "400 m2 of floor"),  # a unit's power
        ([("studied.", 10), ("1", 10), (" Most", 10)], [0, 4, 0], None, "studied.1 Most"),  # the body's own type
        ([("studied. ", 10), ("1", 7), (" Most", 10)], [0, 4, 0], None, "studied. 1 Most"),  # not glued to a word
        ([("studied.", 10), ("12a", 7), (" Most", 10)], [0, 4, 0], None, "studied.12a Most"),  # no mark's shape
    ],
    ids=["rise", "placed-higher", "two-marks-at-line-end", "asterisk", "subscript", "power", "unit", "same-size",
         "spaced", "word"],
)  # fmt: skip
def test_a_raised_small_mark_after_a_word_is_dropped_and_nothing_else(
    pieces: list[tuple[str, float]], rises: list[float], lifts: list[float] | None, expected: str
) -> None:
    assert _dropped(pieces, rises, lifts) == expected


def test_marks_set_by_a_writer_leave_the_sentence_and_formulas_stay(tmp_path: Path) -> None:
    style = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    text = (
        "Twelve colleges were studied.<super>1</super> Their courses cut CO<sub>2</sub> output by 10<super>3</super>"
        " tonnes, as the ministry noted<super>2</super> in its report."
    )
    SimpleDocTemplate(str(tmp_path / "brief.pdf"), pagesize=A4).build([Paragraph(text, style)])
    (passage,) = PdfReader().read(tmp_path / "brief.pdf").passages
    assert passage.text == (
        "Twelve colleges were studied. Their courses cut CO2 output by 103 tonnes, as the ministry noted in its report."
    )
