"""PDF lists: a bullet is a list mark at the start of its item, never part of a heading, a section name or the
sentence before it; no control character reaches a passage."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader as PypdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

from ingest.readers.pdf import PdfReader
from ingest.readers.pdf_headings import PageLines, Segment
from ingest.readers.pdf_lists import mark_list_items

pytestmark = pytest.mark.unit

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
ITEMS = [
    "We represent forty providers of short courses in adult education.",
    "We award digital credentials that learners can share with employers across the region and keep "
    "for as long as they wish, without any fee.",
    "We publish the learning outcomes of every course.",
]
INTRO = "Our federation was founded in 2019 by adult education centres that wanted a common voice."
AFTER = "We welcome the agency's work on common standards and offer our members' experience."


def bulleted_pdf(path: Path, heading_style: str, start: str | None) -> Path:
    """A profile: a heading with a bulleted list straight under it, then a heading over a paragraph."""
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    options = {"start": start} if start else {}  # None: reportlab's default bullet
    story = [
        Paragraph("Federation profile", styles["Title"]),
        Paragraph(INTRO, body),
        Paragraph("Who we are", styles[heading_style]),
        ListFlowable([ListItem(Paragraph(item, body)) for item in ITEMS], bulletType="bullet", **options),
        Paragraph("What we ask", styles[heading_style]),
        Paragraph(AFTER, body),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


@pytest.mark.parametrize("heading_style", ["Heading2", "Heading3"])
@pytest.mark.parametrize("start", [None, "square", "circle"])
def test_a_list_under_a_heading_leaves_the_heading_and_the_items_whole(
    tmp_path: Path, heading_style: str, start: str | None
) -> None:
    pdf = bulleted_pdf(tmp_path / "profile.pdf", heading_style, start)
    if start is None:  # the case reported: the bullet comes out of pypdf as DEL
        assert "\x7f" in PypdfReader(pdf).pages[0].extract_text()
    passages = PdfReader().read(pdf).passages
    assert [(p.location.section, p.location.section_path) for p in passages] == [
        (None, ()),
        ("Who we are", ("Who we are",)),
        ("What we ask", ("What we ask",)),
    ]
    listed = passages[1].text.split("\n")
    # each item on its own line after its mark, a wrapped item whole, nothing glued to the item before it
    assert listed == ["Who we are", "", *(f"• {item}" for item in ITEMS)]
    assert passages[2].text == f"What we ask\n\n{AFTER}"
    for p in passages:
        assert not CONTROL.search(p.text + (p.location.section or "") + "".join(p.location.section_path))


def test_a_bullet_on_the_items_line_and_a_bullet_inside_a_line(tmp_path: Path) -> None:
    c = canvas.Canvas(str(tmp_path / "inline.pdf"), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 780, "Our priorities")
    c.setFont("Helvetica", 10)
    c.drawString(72, 756, "Scores were rated on a scale \u2022 from one to five by each member.")
    c.drawString(72, 742, "\u2022 Recognition of prior learning for adults")
    c.drawString(72, 728, "\u25aa Quality assurance by the national agency")
    c.showPage()
    c.save()
    (passage,) = PdfReader().read(tmp_path / "inline.pdf").passages
    assert passage.location.section == "Our priorities"
    assert passage.text.split("\n")[2:] == [
        "Scores were rated on a scale \u2022 from one to five by each member.",  # not at a line start: text
        "• Recognition of prior learning for adults",
        "• Quality assurance by the national agency",
    ]


def test_control_characters_are_dropped_and_a_lone_mark_joins_the_item_on_its_baseline() -> None:
    page = PageLines(
        1,
        "",
        lines=[("Who we are", 14.0), ("\x7f", 12.0), ("Providers\x85 of short\x0b courses", 10.0), ("\x7f", 12.0)],
        segments=[
            [Segment(72, 700, "Who we are", 14.0)],
            [Segment(72, 678, "\x7f", 12.0)],
            [Segment(90, 680, "Providers\x85 of short\x0b courses", 10.0)],
            [Segment(72, 600, "\x7f", 12.0)],  # a mark with no item near it
        ],
    )
    mark_list_items(page)
    assert page.lines == [("Who we are", 14.0), ("• Providers of short courses", 10.0)]
    assert page.text == "Who we are\n• Providers of short courses"
    assert page.segments[1] == [Segment(72, 680, "• Providers of short courses", 10.0, indent=90)]


def test_a_mark_drawn_after_its_item_joins_the_line_on_its_own_baseline() -> None:
    page = PageLines(
        1,
        "",
        lines=[("Intro text of the brief", 10.0), ("Providers report hours", 10.0), ("\u25aa", 10.0), ("Next", 10.0)],
        segments=[
            [Segment(72, 720, "Intro text of the brief", 10.0)],
            [Segment(90, 700, "Providers report hours", 10.0)],
            [Segment(72, 700, "\u25aa", 10.0)],
            [Segment(72, 680, "Next", 10.0)],
        ],
    )
    mark_list_items(page)
    assert [line for line, _ in page.lines] == ["Intro text of the brief", "• Providers report hours", "Next"]


def test_a_mark_and_its_item_in_two_runs_of_one_line_are_one_cell() -> None:
    page = PageLines(
        1,
        "",
        lines=[("\u2022    Learners keep their credentials", 10.0)],
        segments=[[Segment(72, 700, "\u2022", 10.0), Segment(100, 700, "Learners keep their credentials", 10.0)]],
    )
    mark_list_items(page)
    assert page.lines == [("• Learners keep their credentials", 10.0)]
    assert page.segments == [[Segment(72, 700, "• Learners keep their credentials", 10.0, indent=100)]]


NUMBERED = [
    "Providers should publish the workload of every course in hours and in credits so that learners and "
    "employers can compare offers.",
    "Registers should list only courses that passed an external quality review.",
    "Assessment methods should be published in the catalogue before enrolment opens for the course.",
]


def test_a_list_number_drawn_apart_from_its_item_opens_the_item_and_is_no_table_cell(tmp_path: Path) -> None:
    """reportlab draws a numbered list's numbers apart from their items (pypdf gives each a line of its own): the
    number goes before its item, never at the end of the item before, and the list is no table."""
    body = getSampleStyleSheet()["BodyText"]
    story = [
        Paragraph("Our recommendations:", body),
        ListFlowable([ListItem(Paragraph(text, body)) for text in NUMBERED], bulletType="1"),
        Paragraph("We thank the team for the consultation and hope these points help the drafting.", body),
    ]
    SimpleDocTemplate(str(tmp_path / "asks.pdf"), pagesize=A4).build(story)
    (passage,) = PdfReader().read(tmp_path / "asks.pdf").passages
    assert passage.location.table is None
    assert passage.text.split("\n") == [
        "Our recommendations:",
        *(f"{n}. {text}" for n, text in enumerate(NUMBERED, start=1)),
        "We thank the team for the consultation and hope these points help the drafting.",
    ]


def test_a_numbered_first_column_of_a_table_stays_a_column() -> None:
    """A number alone on its line with two cells on its baseline is a table's first column, not a list's mark."""
    page = PageLines(
        1,
        "",
        lines=[("1", 10.0), ("Latvia", 10.0), ("3 ECTS", 10.0), ("2", 10.0), ("Malta", 10.0), ("2 ECTS", 10.0)],
        segments=[
            [Segment(72, 700, "1", 10.0)], [Segment(90, 700, "Latvia", 10.0)], [Segment(200, 700, "3 ECTS", 10.0)],
            [Segment(72, 686, "2", 10.0)], [Segment(90, 686, "Malta", 10.0)], [Segment(200, 686, "2 ECTS", 10.0)],
        ],
    )  # fmt: skip
    mark_list_items(page)
    assert [line for line, _ in page.lines] == ["1", "Latvia", "3 ECTS", "2", "Malta", "2 ECTS"]
