"""PPTX reader: the Comparison layout reads each column's heading over its own column, left column first."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from ingest.readers.pptx import PptxReader

pytestmark = pytest.mark.unit


def _comparison_layout(prs):
    return next(layout for layout in prs.slide_layouts if layout.name == "Comparison")


def _slide_text(path: Path, number: int = 1) -> list[str]:
    passage = next(p for p in PptxReader().read(path).passages if p.location.label == f"slide {number}")
    return passage.text.split("\n")


def test_comparison_headings_sit_over_their_own_columns(tmp_path: Path) -> None:
    prs = Presentation()
    slide = prs.slides.add_slide(_comparison_layout(prs))
    slide.shapes.title.text = "Two ways to recognise a micro-credential"
    texts = {
        1: "Automatic recognition",
        2: "Any credential on the national register counts",
        3: "Case-by-case assessment",
        4: "A recognition officer compares learning outcomes",
    }
    for idx in (4, 3, 2, 1):  # filled out of order: the order read comes from where they stand
        slide.placeholders[idx].text = texts[idx]
    path = tmp_path / "comparison.pptx"
    prs.save(path)
    assert _slide_text(path) == ["Two ways to recognise a micro-credential", *(texts[k] for k in (1, 2, 3, 4))]


def test_an_unfilled_column_keeps_the_other_in_order(tmp_path: Path) -> None:
    """Only the left column filled: its heading then its body, as before."""
    prs = Presentation()
    slide = prs.slides.add_slide(_comparison_layout(prs))
    slide.shapes.title.text = "Recognition"
    slide.placeholders[1].text = "Automatic recognition"
    slide.placeholders[2].text = "Any credential on the national register counts"
    path = tmp_path / "half.pptx"
    prs.save(path)
    assert _slide_text(path) == [
        "Recognition",
        "Automatic recognition",
        "Any credential on the national register counts",
    ]


def test_boxes_a_writer_placed_keep_the_row_order(tmp_path: Path) -> None:
    """Free text boxes in a grid are read row by row: only a layout's placeholders are read by columns."""
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    for left, top, text in ((1, 2, "A1"), (5, 2, "B1"), (1, 4, "A2"), (5, 4, "B2")):
        slide.shapes.add_textbox(Inches(left), Inches(top), Inches(3), Inches(1)).text_frame.text = text
    path = tmp_path / "grid.pptx"
    prs.save(path)
    assert _slide_text(path) == ["A1", "B1", "A2", "B2"]
