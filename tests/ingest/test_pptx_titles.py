"""PowerPoint: a chart's title as PowerPoint shows it, and a deck whose slides hold only titles, its positions in
the speaker notes, each note cited at its own slide."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches

from ingest.readers.pptx import PptxReader

pytestmark = pytest.mark.unit


def _chart_deck(path: Path, series: list[str], title_deleted: bool = False) -> Path:
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    data = CategoryChartData()
    data.categories = ["2023", "2024"]
    for n, name in enumerate(series):
        data.add_series(name, (40 + n, 55 + n))
    frame = slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(1), Inches(6), Inches(4), data)
    if title_deleted:
        frame.chart.has_title = False  # writes c:autoTitleDeleted val="1": the automatic title is switched off
    deck.save(str(path))
    return path


def test_a_chart_of_one_series_without_a_title_is_titled_by_its_series(tmp_path: Path) -> None:
    deck = _chart_deck(tmp_path / "one.pptx", ["Providers issuing digital credentials"])
    (chart,) = [p for p in PptxReader().read(deck).passages if p.location.section]
    assert chart.location.label == "slide 1"
    assert chart.location.section == "chart 1: Providers issuing digital credentials"
    assert chart.text.startswith("Chart: Providers issuing digital credentials (column clustered)\n")


@pytest.mark.parametrize(
    ("series", "deleted"), [(["Public providers", "Private providers"], False), (["Public providers"], True)]
)
def test_no_title_where_powerpoint_shows_none(tmp_path: Path, series: list[str], deleted: bool) -> None:
    deck = _chart_deck(tmp_path / "untitled.pptx", series, title_deleted=deleted)
    (chart,) = [p for p in PptxReader().read(deck).passages if p.location.section]
    assert chart.location.section == "chart 1"
    assert chart.text.startswith("Chart (column clustered)\n")


NOTES = {
    1: "We hold that every micro-credential should be listed in the national register.",
    3: "Assessment should be carried out by assessors independent of the course's teachers.",
}


def test_notes_under_slides_holding_only_titles_keep_their_slide(tmp_path: Path) -> None:
    deck = Presentation()
    for number, title in enumerate(("Register", "Questions", "Assessment"), start=1):
        slide = deck.slides.add_slide(deck.slide_layouts[5])  # title only
        slide.shapes.title.text = title
        if number in NOTES:
            slide.notes_slide.notes_text_frame.text = NOTES[number]
    deck.save(str(tmp_path / "titles.pptx"))
    passages = PptxReader().read(tmp_path / "titles.pptx").passages
    notes = [(p.location.label, p.location.slide, p.location.section, p.text) for p in passages if p.location.notes]
    assert notes == [
        ("slide 1 notes", 1, "Register", NOTES[1]),
        ("slide 3 notes", 3, "Assessment", NOTES[3]),
    ]
