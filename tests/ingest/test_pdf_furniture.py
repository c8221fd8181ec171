"""PDF running headers and footers: never in a passage, never a section, and never taking body text with them."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from ingest.readers.pdf import PdfReader
from tests.ingest.two_column_pdf import HEADER, paragraphs, report_pdf

pytestmark = pytest.mark.unit

BODY = [
    "Micro-credentials should be listed in the national register once they pass a quality review by an",
    "external body, and the register should state their workload in hours and in ECTS credits for all.",
]
PARAGRAPH = " ".join(BODY)


def texts(path: Path) -> list[str]:
    return [p.text for p in PdfReader().read(path).passages]


def test_a_header_of_two_parts_and_a_footer_of_two_lines_are_left_out(tmp_path: Path) -> None:
    c = canvas.Canvas(str(tmp_path / "paper.pdf"), pagesize=A4)
    for n in range(1, 6):
        c.setFont("Helvetica", 9)
        c.drawString(72, 800, "Baltic Council of Adult Educators")
        c.drawRightString(523, 800, f"Position paper, page {n} of 5")
        c.setFont("Helvetica", 10)
        for k, line in enumerate(BODY):
            c.drawString(72, 760 - 12 * k, line)
        c.setFont("Helvetica", 8)
        c.drawCentredString(297, 60, "Confidential - draft for consultation")
        c.drawCentredString(297, 50, f"- {n} -")
        c.showPage()
    c.save()
    assert texts(tmp_path / "paper.pdf") == [PARAGRAPH] * 5


@pytest.mark.parametrize("first", [1, 2], ids=["from-1", "cover-unnumbered"])
def test_bare_page_numbers_are_left_out(tmp_path: Path, first: int) -> None:
    c = canvas.Canvas(str(tmp_path / "numbered.pdf"), pagesize=A4)
    topics = ["workload", "assessment", "recognition"]
    for n, topic in enumerate(topics, start=1):
        c.setFont("Helvetica", 10)
        c.drawString(72, 760, f"This page is about {topic}, and the number under it is a page number.")
        c.drawCentredString(297, 40, str(n + first - 1))
        c.showPage()
    c.save()
    assert texts(tmp_path / "numbered.pdf") == [
        f"This page is about {topic}, and the number under it is a page number." for topic in topics
    ]


def test_body_lines_alike_on_every_page_stay_when_the_header_above_them_goes(tmp_path: Path) -> None:
    """The second line from a page's edge goes only with the edge line, and only when space sets it apart."""
    c = canvas.Canvas(str(tmp_path / "notes.pdf"), pagesize=A4)
    for n in range(1, 5):
        c.setFont("Helvetica", 10)
        c.drawString(72, 800, f"Baltic Council of Adult Educators - page {n}")
        for k, line in enumerate([*BODY, f"The note on page {n} ends here, with a full stop."]):
            c.drawString(72, 760 - 12 * k, line)
        c.drawString(72, 50, f"Page {n} / 4")
        c.showPage()
    c.save()
    assert texts(tmp_path / "notes.pdf") == [
        f"{PARAGRAPH} The note on page {n} ends here, with a full stop." for n in range(1, 5)
    ]


def test_a_list_continued_under_a_large_running_header_keeps_its_section(tmp_path: Path) -> None:
    """Recommendations 1-4 on page 2, 5-7 on page 3; a bold header on every page but the cover is no section."""
    c = canvas.Canvas(str(tmp_path / "input.pdf"), pagesize=A4)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, 760, "Input to the guideline team")
    c.setFont("Helvetica", 10)
    for k, line in enumerate(BODY * 3):
        c.drawString(72, 735 - 12 * k, line)
    y = 0.0
    for k in range(1, 8):
        if k in (1, 5):
            c.showPage()
            c.setFont("Helvetica-Bold", 13)
            c.drawString(72, 800, "Union of Vocational Teachers")
            y = 760
            if k == 1:
                c.setFont("Helvetica-Bold", 16)
                c.drawString(72, y, "Recommendations")
                y -= 25
            c.setFont("Helvetica", 10)
        c.drawString(72, y, f"{k}. Providers should publish the workload of course {k} in hours and in credits.")
        y -= 14
    c.showPage()
    c.save()
    passages = PdfReader().read(tmp_path / "input.pdf").passages
    listed = [p for p in passages if "Providers should publish" in p.text]
    assert [p.location.page for p in listed] == [2, 3]
    assert {p.location.section for p in listed} == {"Recommendations"}
    assert "5. Providers should publish the workload of course 5" in listed[1].text
    assert not any("Union of Vocational Teachers" in p.text or p.location.section == "Union of Vocational Teachers"
                   for p in passages)  # fmt: skip


DECK = [
    ("What we offer", ["Twelve short courses in welding and care", "Each course carries 3 ECTS credits"]),
    ("What we ask for", ["List every short course in the national register", "Fund assessors for tasks"]),
    ("What comes next", ["A pilot with two regions in 2027", "A report to the ministry by June"]),
]


@pytest.mark.parametrize("numbered", [False, True], ids=["titles", "numbered-titles"])
def test_a_slide_deck_printed_to_pdf_reads_each_title_as_the_section_of_its_bullets(
    tmp_path: Path, numbered: bool
) -> None:
    """Each title is the section of its bullets, the slide number and the deck's footer are left out; titles
    alike but for their numbers ("Recommendation 2") are titles, not a running header."""
    slides = [(f"Recommendation {n}" if numbered else title, bullets) for n, (title, bullets) in enumerate(DECK, 1)]
    width, height = landscape(A4)
    c = canvas.Canvas(str(tmp_path / "deck.pdf"), pagesize=(width, height))
    for n, (title, bullets) in enumerate(slides, start=1):
        c.setFont("Helvetica-Bold", 28)
        c.drawString(50, height - 80, title)
        c.setFont("Helvetica", 18)
        for k, bullet in enumerate(bullets):
            c.drawString(60, height - 150 - 34 * k, "\u2022")
            c.drawString(85, height - 150 - 34 * k, bullet)
        c.setFont("Helvetica", 10)
        c.drawString(50, 30, "Tallinn school network")
        c.drawRightString(width - 40, 30, str(n))
        c.showPage()
    c.save()
    passages = PdfReader().read(tmp_path / "deck.pdf").passages
    assert [(p.location.page, p.location.section) for p in passages] == [(n, t) for n, (t, _) in enumerate(slides, 1)]
    for passage, (title, bullets) in zip(passages, slides, strict=True):
        assert passage.text == "\n".join([title, "", *(f"• {b}" for b in bullets)])


def _page_texts(path: Path) -> list[str]:
    """Each page's body text, footnotes aside, with the page's paragraph breaks."""
    return [p.text for p in PdfReader().read(path).passages if "footnote" not in p.location.label]


@pytest.mark.parametrize("header_last", [False, True], ids=["header-drawn-first", "header-drawn-last"])
@pytest.mark.parametrize("count", [24, 50], ids=["two-pages", "three-pages"])
def test_a_two_column_reports_running_header_and_page_numbers_end_no_passage(
    tmp_path: Path, count: int, header_last: bool
) -> None:
    """A page template that draws the header after the columns ends each page's text with it; on two pages, as on
    more, it is left out, and so are the page numbers."""
    pages = _page_texts(report_pdf(tmp_path / "report.pdf", count, header_last=header_last, note=""))
    assert not [text for text in pages if HEADER.split(" - ")[0] in text]
    assert " ".join(" ".join(pages).split()) == " ".join(paragraphs(count))  # no page number, nothing else either


def test_a_table_wrapping_alike_at_the_foot_of_two_pages_keeps_its_last_lines(tmp_path: Path) -> None:
    """The same line at the bottom of both pages of two is furniture only where a template puts it: at the same
    height, set apart from the text."""
    c = canvas.Canvas(str(tmp_path / "rows.pdf"), pagesize=A4)
    for page, rows in enumerate((30, 12)):
        c.setFont("Helvetica", 10)
        for k in range(rows):
            c.drawString(72, 760 - 14 * k, f"Row {k + 1} of page {page + 1}: a short course with a practical test set")
        c.drawString(72, 760 - 14 * rows, "by employers.")
        c.showPage()
    c.save()
    assert all(text.endswith("by employers.") for text in texts(tmp_path / "rows.pdf"))


def test_a_header_with_its_page_number_on_the_outer_edge_is_left_out(tmp_path: Path) -> None:
    """A book or report sets the page number on the outer edge: before the title on left pages, after it on right
    ones ("48 Regional skills review", "Regional skills review 49"); it is one running header all the same."""
    topics = ["workload and credits", "assessment by employers", "recognition abroad", "digital wallets"]
    c = canvas.Canvas(str(tmp_path / "review.pdf"), pagesize=A4)
    for n, topic in enumerate(topics, start=48):
        c.setFont("Helvetica", 9)
        c.drawString(72, 800, f"{n} Regional skills review" if n % 2 == 0 else f"Regional skills review {n}")
        c.setFont("Helvetica", 10)
        c.drawString(72, 760, f"This page of the review is about {topic}.")
        c.showPage()
    c.save()
    assert texts(tmp_path / "review.pdf") == [f"This page of the review is about {topic}." for topic in topics]
