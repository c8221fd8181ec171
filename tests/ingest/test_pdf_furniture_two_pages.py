"""Two-page PDFs whose furniture is two pieces at each edge: a page printed from a web browser (date and page title
over each page, address and "1/2" under it) and a bulletin's footer line beside its page number. Both pieces go;
the text, even a line alike on both pages, stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.readers.pdf import PdfReader

pytestmark = pytest.mark.unit

_WIDTH, _HEIGHT = A4
_POST = [
    "Learners in rural areas should be able to take the whole micro-credential online,",
    "with the final assessment in a public library or a school near their home.",
    "Providers should publish the price of each micro-credential before enrolment opens.",
]


def _texts(path: Path) -> str:
    return "\n".join(p.text for p in PdfReader().read(path).passages)


def _body(c: canvas.Canvas, lines: list[str], top: float = 720) -> None:
    c.setFont("Helvetica", 12)
    for k, line in enumerate(lines):
        c.drawString(60, top - 18 * k, line)


def test_browser_printout_title_and_address_left_out(tmp_path: Path) -> None:
    path = tmp_path / "printout.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    title, address = "Rural learners and short courses - Lakeside Learning Forum", "https://lakeside.example/post/417"
    for n, lines in enumerate((_POST[:2], _POST[2:]), start=1):
        c.setFont("Helvetica", 8)  # what the browser adds around each page, drawn before the page itself
        c.drawString(28, _HEIGHT - 24, "04/02/2026, 16:45")
        c.drawRightString(_WIDTH - 28, _HEIGHT - 24, title)
        c.drawString(28, 22, address)
        c.drawRightString(_WIDTH - 28, 22, f"{n}/2")
        _body(c, lines)
        c.showPage()
    c.save()
    text = _texts(path)
    for furniture in ("Lakeside Learning Forum", "https://lakeside.example", "16:45", "1/2", "2/2"):
        assert furniture not in text
    for line in _POST:
        assert line in text


def test_bulletin_footer_beside_its_page_number_left_out(tmp_path: Path) -> None:
    path = tmp_path / "bulletin.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    footer = "Alpine Network of Community Colleges | Newsletter 12"
    for n, lines in enumerate((_POST[:2], _POST[2:]), start=1):
        if n == 1:  # the masthead over the first page, drawn first: the footer is not the first line of that page
            c.setFont("Helvetica-Bold", 22)
            c.drawString(50, _HEIGHT - 60, "Alpine Learning News")
        c.setFont("Helvetica", 8)
        c.drawString(50, 30, footer)
        c.drawRightString(_WIDTH - 50, 30, f"page {n}")
        _body(c, lines)
        c.showPage()
    c.save()
    text = _texts(path)
    assert "Alpine Network" not in text and "page 1" not in text
    assert "Alpine Learning News" in text
    for line in _POST:
        assert line in text


def test_a_line_alike_on_both_pages_in_the_body_stays(tmp_path: Path) -> None:
    # the second line from the top is the same on both pages, but it is body text set with the paragraph under it
    path = tmp_path / "two_pages.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    repeated = "Our network asks the same of every region and every provider:"
    for n, extra in enumerate(("fees published before enrolment.", "assessments open to all learners."), start=1):
        c.setFont("Helvetica", 8)
        c.drawString(60, 800, "Position of the Alpine Network")
        _body(c, [repeated, extra, f"Point {n} of our position is set out on this page in full detail."], top=780)
        c.showPage()
    c.save()
    text = _texts(path)
    assert "Position of the Alpine Network" not in text
    assert text.count(repeated) == 2
