"""A letter printed to PDF or scanned ends with its closing and signature: left out at the end of the last page, as
the Word, text and e-mail readers leave them out; a closing anywhere else is text."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.model import Location, Passage
from ingest.readers.image import ImageReader
from ingest.readers.pdf import PdfReader
from ingest.readers.pdf_closing import drop_closing

BODY = [
    ["Both ministries support a national register of micro-credentials kept by the quality agency,",
     "so that employers and learners can check what a credential holds before they rely on it."],
    ["Each credential should state its workload in hours and in credits, and the form of assessment",
     "that was used, in the same words on the certificate and in the register."],
]  # fmt: skip
SIGNATURE = ["Dr Ana Kovac", "Director General, Ministry of Labour", "Ljubljana"]
Block = list[str] | str  # a paragraph of lines, or one short line (a closing's, a signature's)


def letter_pdf(path: Path, pages: list[list[Block]]) -> Path:
    """A letter of ``pages``: paragraphs at a line spacing of 14 points with space between them, short lines
    (closing, signature) at the line spacing."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for blocks in pages:
        c.setFont("Helvetica", 11)
        y = 760.0
        for block in blocks:
            for line in [block] if isinstance(block, str) else block:
                c.drawString(72, y, line)
                y -= 14
            y -= 0 if isinstance(block, str) else 8
        c.showPage()
    c.save()
    return path


def para(lines: list[str]) -> str:
    return " ".join(lines)


def texts(path: Path) -> list[str]:
    return [passage.text for passage in PdfReader().read(path).passages]


@pytest.mark.unit
@pytest.mark.parametrize(
    "closing", ["Yours faithfully,", "Kind regards,", "On behalf of both ministries, yours faithfully,"]
)
def test_the_closing_and_signature_ending_a_letter_are_left_out(tmp_path: Path, closing: str) -> None:
    path = letter_pdf(tmp_path / "letter.pdf", [["Dear colleagues,", *BODY], [BODY[1], closing, *SIGNATURE]])
    # the salutation opening the first page goes as well (test_pdf_salutation)
    assert texts(path) == [f"{para(BODY[0])}\n{para(BODY[1])}", para(BODY[1])]


@pytest.mark.unit
def test_a_page_holding_only_the_closing_and_signature_gives_no_passage(tmp_path: Path) -> None:
    path = letter_pdf(tmp_path / "letter.pdf", [BODY, ["Yours sincerely,", *SIGNATURE]])
    assert texts(path) == [f"{para(BODY[0])}\n{para(BODY[1])}"]


@pytest.mark.unit
def test_a_closing_in_the_middle_of_a_report_is_text(tmp_path: Path) -> None:
    """Only the last page's end is a letter's end: a first page ending like a letter is kept whole."""
    first: list[Block] = [*BODY, "Kind regards,", *SIGNATURE]
    path = letter_pdf(tmp_path / "report.pdf", [first, [BODY[1]]])
    assert texts(path)[0] == "\n".join([para(BODY[0]), para(BODY[1]), "Kind regards,", *SIGNATURE])


@pytest.mark.unit
def test_a_closing_followed_by_more_text_is_kept(tmp_path: Path) -> None:
    after = ["We will send the pilot figures in March, once the agency has checked them with the providers",
             "that took part in the pilot."]  # fmt: skip
    path = letter_pdf(tmp_path / "letter.pdf", [[*BODY, "Kind regards,", after]])
    assert texts(path) == [f"{para(BODY[0])}\n{para(BODY[1])}\nKind regards,\n{para(after)}"]


@pytest.mark.unit
def test_a_table_or_a_footnote_on_the_last_page_bounds_the_letters_end() -> None:
    """A closing above a table is text; a footnote under the signature is passed over and kept."""
    page = Location("page 2", page=2)
    closing = Passage("Thank you.\nKind regards,\nAna Kovač", page)
    table = Passage("Country | Workload", Location("page 2", page=2, table=1))
    note = Passage("1 Figures of 2025.", Location("page 2, footnote 1", page=2))
    assert drop_closing([closing, table]) == [closing, table]
    assert drop_closing([closing, note]) == [Passage("Thank you.", page), note]


needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract (tesseract-ocr) not installed"
)


@pytest.mark.integration
@pytest.mark.slow
@needs_tesseract
def test_a_scanned_letter_loses_its_closing_and_signature(tmp_path: Path) -> None:
    dpi = 200
    font = ImageFont.load_default(size=round(12 * dpi / 72))
    image = Image.new("L", (round(8.27 * dpi), round(11.69 * dpi)), 255)
    draw = ImageDraw.Draw(image)
    y = dpi
    for line in ["Dear colleagues,", *BODY[0], "Yours faithfully,", *SIGNATURE]:
        draw.text((dpi, y), line, fill=0, font=font)
        y += round(30 * dpi / 72)
    image.save(tmp_path / "letter.png", dpi=(dpi, dpi))
    text = "\n".join(p.text for p in ImageReader().read(tmp_path / "letter.png").passages)
    assert "register of micro-credentials" in text
    assert "faithfully" not in text and "Director General" not in text


@pytest.mark.unit
def test_a_forms_fields_under_the_signature_are_passed_over_and_kept(tmp_path: Path) -> None:
    """A letter whose last page also carries a filled field (a reference number): the closing still goes, the field
    stays."""
    path = tmp_path / "letter.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    y = 760.0
    for line in [*BODY[0], "Kind regards,", *SIGNATURE]:
        c.drawString(72, y, line)
        y -= 14
    c.acroForm.textfield(name="ref", tooltip="Our reference", x=72, y=200, width=200, height=18, value="MoL-2026-114")
    c.showPage()
    c.save()
    assert texts(path) == [para(BODY[0]), "> Our reference\nMoL-2026-114"]


HEAD = [
    "Ministry of Labour and Social Affairs, Department of Vocational Training",
    "Kotnikova ulica 28, 1000 Ljubljana",
]


@pytest.mark.unit
@pytest.mark.parametrize(
    "greeting", ["Dear colleagues,", "Dear Ms Horvat-Novakovic, dear Mr Petrovski-Lindqvist, dear colleagues,"]
)
def test_a_greeting_in_a_paragraph_of_short_lines_is_left_out(tmp_path: Path, greeting: str) -> None:
    """The letterhead, the greeting and the body's first lines at one line spacing, as wide as each other: the
    rejoining by width would run the greeting into the lines around it."""
    path = letter_pdf(tmp_path / "letter.pdf", [[[*HEAD, greeting, *BODY[0]], BODY[1]]])
    text = "\n".join(texts(path))
    assert "Dear" not in text
    assert para(BODY[0][:1]) in text and para(BODY[1]) in text  # the body is kept whole
    assert all(line in text.split("\n") for line in HEAD)  # the letterhead's lines kept, each a line of its own


@pytest.mark.unit
def test_a_greeting_inside_a_sentence_of_a_paragraph_is_text(tmp_path: Path) -> None:
    lines = [
        "Dear colleagues, employers and trade unions have asked the ministry to keep one register for all",
        "micro-credentials, and the ministry agrees with them on this point, as the draft also proposes.",
    ]
    path = letter_pdf(tmp_path / "letter.pdf", [[HEAD, lines, BODY[1]]])
    text = "\n".join(texts(path))
    assert para(lines) in text and para(BODY[1]) in text
