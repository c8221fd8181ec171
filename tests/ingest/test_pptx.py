"""PPTX reader: titles first, reading order, tables, nested groups, notes, empty slides and limits."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches

from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.pptx import PptxReader

TITLE_SLIDE, TITLE_ONLY, BLANK = 0, 5, 6  # layouts of python-pptx's default template


def box(shapes, left: float, top: float, text: str) -> None:
    shapes.add_textbox(Inches(left), Inches(top), Inches(2), Inches(0.5)).text_frame.text = text


def make_deck(path: Path) -> Path:
    """Six slides: title, positioned boxes + notes, table, nested groups, empty, notes only."""
    prs = Presentation()
    prs.core_properties.title = "Digital credentials in Estonia"
    prs.core_properties.author = "Kadri Tamm"

    s1 = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    s1.shapes.title.text = "Digital credentials"
    s1.placeholders[1].text = "Tallinn Digital Skills College"

    s2 = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    s2.shapes.title.text = "Who may issue"
    # added out of reading order on purpose
    box(s2.shapes, 1, 6, "Bottom: employers issue Open Badges")
    box(s2.shapes, 5, 2, "Top right: colleges issue EDC")
    box(s2.shapes, 1, 2, "Top left: any provider passing QA")
    s2.notes_slide.notes_text_frame.text = "Stress that QA applies to every issuer."

    s3 = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    s3.shapes.title.text = "Workload table"
    table = s3.shapes.add_table(3, 3, Inches(1), Inches(2), Inches(6), Inches(2)).table
    for r, row in enumerate([["Course", "ECTS", "Hours"], ["Data literacy", "2", "50"], ["Total", "", ""]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(2, 1).merge(table.cell(2, 2))
    table.cell(2, 1).text = "2 ECTS = 50 hours"

    s4 = prs.slides.add_slide(prs.slide_layouts[BLANK])
    outer = s4.shapes.add_group_shape()
    box(outer.shapes, 1, 1, "Outer group text")
    inner = outer.shapes.add_group_shape()
    box(inner.shapes, 1, 3, "Deep inside two groups")

    prs.slides.add_slide(prs.slide_layouts[BLANK])  # slide 5: empty, skipped

    s6 = prs.slides.add_slide(prs.slide_layouts[BLANK])
    s6.notes_slide.notes_text_frame.text = "Only notes on this slide."
    prs.save(str(path))
    return path


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_deck(tmp_path_factory.mktemp("pptx") / "pres_estonia_digital.pptx")


def by_label(path: Path) -> dict[str, str]:
    return {p.location.label: p.text for p in PptxReader().read(path).passages}


@pytest.mark.unit
def test_labels_in_order_with_notes_and_empty_slide_skipped(deck: Path) -> None:
    labels = [p.location.label for p in PptxReader().read(deck).passages]
    assert labels == ["slide 1", "slide 2", "slide 2 notes", "slide 3", "slide 4", "slide 6 notes"]


@pytest.mark.unit
def test_title_first_then_placeholders(deck: Path) -> None:
    assert by_label(deck)["slide 1"] == "Digital credentials\nTallinn Digital Skills College"


@pytest.mark.unit
def test_reading_order_top_to_bottom_then_left_to_right(deck: Path) -> None:
    assert by_label(deck)["slide 2"].split("\n") == [
        "Who may issue",
        "Top left: any provider passing QA",
        "Top right: colleges issue EDC",
        "Bottom: employers issue Open Badges",
    ]


@pytest.mark.unit
def test_notes_are_a_separate_passage(deck: Path) -> None:
    passages = {p.location.label: p for p in PptxReader().read(deck).passages}
    notes = passages["slide 2 notes"]
    assert notes.text == "Stress that QA applies to every issuer."
    assert notes.location.notes is True and notes.location.slide == 2
    assert passages["slide 2"].location.notes is False
    assert "QA applies" not in passages["slide 2"].text


@pytest.mark.unit
def test_table_rows_joined_with_pipes_and_merged_cell_once(deck: Path) -> None:
    assert by_label(deck)["slide 3"].split("\n") == [
        "Workload table",
        "Course | ECTS | Hours",
        "Data literacy | 2 | 50",
        "Total | 2 ECTS = 50 hours",
    ]


@pytest.mark.unit
def test_nested_group_shapes_are_read(deck: Path) -> None:
    assert by_label(deck)["slide 4"] == "Outer group text\nDeep inside two groups"


@pytest.mark.unit
def test_group_depth_limit(deck: Path) -> None:
    with pytest.raises(LimitExceeded, match="nested deeper than the limit of 1 levels"):
        PptxReader().read(deck, limits=Limits(max_group_depth=1))


@pytest.mark.unit
def test_slide_limit(deck: Path) -> None:
    with pytest.raises(LimitExceeded, match="6 slides exceed the limit of 3 slides"):
        PptxReader().read(deck, limits=Limits(max_pages=3))


@pytest.mark.unit
def test_properties_from_core(deck: Path) -> None:
    props = PptxReader().read(deck).properties
    assert props.title == "Digital credentials in Estonia"
    assert props.author == "Kadri Tamm"


@pytest.mark.unit
def test_deck_without_text(tmp_path: Path) -> None:
    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[BLANK])
    prs.save(str(tmp_path / "blank.pptx"))
    with pytest.raises(ReadError, match="^no text found$"):
        PptxReader().read(tmp_path / "blank.pptx")


@pytest.mark.unit
def test_deck_without_slides(tmp_path: Path) -> None:
    Presentation().save(str(tmp_path / "none.pptx"))
    with pytest.raises(ReadError, match="^no slides found$"):
        PptxReader().read(tmp_path / "none.pptx")


@pytest.mark.unit
def test_malformed_package(tmp_path: Path) -> None:
    path = tmp_path / "broken.pptx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<not-xml")
        archive.writestr("ppt/presentation.xml", "garbage")
    with pytest.raises(ReadError, match="^malformed PPTX: "):
        PptxReader().read(path)


@pytest.mark.unit
def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "text.pptx"
    path.write_text("just text")
    with pytest.raises(ReadError, match="^not a zip archive"):
        PptxReader().read(path)


@pytest.mark.unit
def test_reader_identity() -> None:
    reader = PptxReader()
    assert reader.name == "python-pptx"
    assert reader.extensions == (".pptx", ".pptm")
    assert reader.version[0].isdigit()
