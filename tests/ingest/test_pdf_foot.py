"""A footer set apart by space at a page's foot (a poster's logos, web address and funding line, a letter's address)
is a passage of its own, never the end of the last panel's text (ingest.readers.pdf_foot); text that runs to the
page's foot stays where it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A1, A4, landscape
from reportlab.pdfgen import canvas

from ingest.readers.pdf import PdfReader

pytestmark = pytest.mark.integration

PANELS = [
    [("Who we are", ["The association has 640 members, most of them self-employed contractors.",
                     "A new harvester costs about 600,000 euros."])],
    [("What we ask", ["Exams taken at home under supervision should be accepted for the theory part.",
                      "Safety training must be part of every micro-credential for forest work."])],
    [("Contact", ["Write to the association's office in Kajaani, or find us at stand 14."])],
]  # fmt: skip
FOOTER = "Shown at the Kajaani Forestry Fair, 18-19 March 2026 | www.kainuu-operators.example"
LOGOS = ["Kainuu Association", "Regional Council of Kainuu", "Co-funded by the European Union"]


def poster(path: Path, footer_size: float = 24, logos: bool = False) -> Path:
    """A poster as a design program prints it: a title across the top, three columns of panels (a heading over
    its text), and along the bottom a footer line, or the logos' names spread across it over a web address."""
    width, height = landscape(A1)
    c = canvas.Canvas(str(path), pagesize=(width, height))
    c.setFont("Helvetica-Bold", 80)
    c.drawString(100, height - 150, "Micro-credentials for forest machine operators")
    column = (width - 200) / 3
    for n, panels in enumerate(PANELS):
        x, y = 100 + n * column, height - 350
        for heading, paragraphs in panels:
            c.setFont("Helvetica-Bold", 40)
            c.drawString(x, y, heading)
            y -= 70
            c.setFont("Helvetica", 30)
            for paragraph in paragraphs:
                words, line = paragraph.split(), ""
                for word in words:
                    if len(line) + len(word) > 40:
                        c.drawString(x, y, line.strip())
                        y, line = y - 40, ""
                    line += " " + word
                c.drawString(x, y, line.strip())
                y -= 60
    if logos:
        c.setFont("Helvetica", 30)
        for k, name in enumerate(LOGOS):
            c.drawString(150 + k * 750, 110, name)
        c.setFont("Helvetica", footer_size)
        c.drawString(900, 60, "www.kainuu-operators.example")
    else:
        c.setFont("Helvetica", footer_size)
        c.drawCentredString(width / 2, 40, FOOTER)
    c.save()
    return path


@pytest.mark.parametrize("size", [24, 30])
def test_a_posters_footer_line_is_a_passage_of_its_own(tmp_path: Path, size: float) -> None:
    passages = PdfReader().read(poster(tmp_path / "poster.pdf", footer_size=size)).passages
    contact = next(p for p in passages if p.location.section == "Contact")
    assert "stand 14." in contact.text and "Forestry Fair" not in contact.text
    foot = [p for p in passages if "Forestry Fair" in p.text]
    assert [p.text for p in foot] == [FOOTER] and foot[0].location.section is None
    assert foot[0].location.label == "page 1"
    text = " ".join(" ".join(p.text for p in passages).split())
    assert all(paragraph in text for panels in PANELS for _, paragraphs in panels for paragraph in paragraphs)


def test_logos_spread_along_the_bottom_are_kept_apart_from_the_last_panel(tmp_path: Path) -> None:
    passages = PdfReader().read(poster(tmp_path / "poster.pdf", logos=True)).passages
    contact = next(p for p in passages if p.location.section == "Contact")
    assert "Kainuu Association" not in contact.text and "www." not in contact.text
    foot = next(p for p in passages if "Co-funded by the European Union" in p.text)
    assert foot.location.section is None and "www.kainuu-operators.example" in foot.text


def _page(path: Path, lines: list[tuple[float, float, str]]) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    for y, size, text in lines:
        c.setFont("Helvetica-Bold" if size > 12 else "Helvetica", size)
        c.drawString(72, y, text)
    c.save()
    return path


BODY = [
    "The ministry supports a national register of micro-credentials kept by the quality agency,",
    "so that employers and learners can check what a credential holds before they rely on it.",
    "Each credential should state its workload in hours and in credits, and its assessment.",
    "Short courses of one credit belong in the register as well, because learners take them.",
]


@pytest.mark.parametrize("heading", [True, False])
def test_a_last_paragraph_set_low_on_the_page_stays_in_its_section(tmp_path: Path, heading: bool) -> None:
    """A paragraph below a figure at the page's foot, under a heading or not, is body text: in its section."""
    lines = [(780, 16, "Register of micro-credentials"), *((750 - 14 * k, 11, t) for k, t in enumerate(BODY))]
    if heading:
        lines.append((110, 16, "Who keeps it"))
    lines += [(80, 11, "Learners should find every credential in one place."), (66, 11, "The agency keeps it.")]
    passages = PdfReader().read(_page(tmp_path / "report.pdf", lines)).passages
    last = next(p for p in passages if "The agency keeps it." in p.text)
    assert last.location.section == ("Who keeps it" if heading else "Register of micro-credentials")
    assert "Learners should find every credential in one place." in last.text


def test_a_letters_address_footer_is_kept_and_its_closing_still_left_out(tmp_path: Path) -> None:
    lines = [(760 - 14 * k, 11, t) for k, t in enumerate(BODY)]
    lines += [(690, 11, "Yours faithfully,"), (662, 11, "Dr Ana Kovac"), (648, 11, "Director General")]
    lines += [(40, 8, "Ministry of Labour, Kotnikova ulica 28, 1000 Ljubljana | www.gov.example")]
    passages = PdfReader().read(_page(tmp_path / "letter.pdf", lines)).passages
    text = "\n".join(p.text for p in passages)
    assert "Yours faithfully" not in text and "Ana Kovac" not in text
    assert passages[-1].text == "Ministry of Labour, Kotnikova ulica 28, 1000 Ljubljana | www.gov.example"
    assert BODY[-1] in text.replace("\n", " ")
