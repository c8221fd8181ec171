"""Build the twenty-ninth held-out set's binary files from the text in ``contributions.py``.

The school's LaTeX Beamer slides as pdflatex prints them (reportlab in invariant mode, a 128 x 96 mm page: the
navigation bar with the section names on top, the frame title, triangle bullets, a footer with the author, the
short title and the frame number, the navigation symbols), the self-advocates' easy-read Word document
(python-docx: a two-column table, a picture with its alt text beside each point, 16-point type), the union's Padlet
board exported to Excel (``eval/heldout3/build.py``'s workbook builder), the quality centre's rubric and the
secretariat's metadata sheet in LibreOffice Calc (.ods written as XML parts, merged cells), and the agency's letter
with its reply slip in LibreOffice Writer (``eval/heldout4``'s OpenDocument writer). The Jira export, the voicemail
e-mail, the Org notes, the saved proposal page, the podcast notes and the outline page are written by hand.
Rebuilding unchanged text changes no byte:

    python eval/heldout29/build.py
"""

from __future__ import annotations

import io
import struct
import sys
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout3.build import build_workbook  # noqa: E402
from eval.heldout4.opendocument import _HEAD, _NS, _meta, _package, build_odt  # noqa: E402
from eval.heldout17.build import _fonts  # noqa: E402
from eval.heldout23.screens import pdf_date  # noqa: E402
from eval.heldout29.contributions import (  # noqa: E402
    BULGARIA_PADLET,
    EGYPT_RUBRIC,
    MALTA_EASY_READ,
    METADATA_BLOCKS,
    METADATA_HEADER,
    METADATA_NOTE,
    METADATA_REGION_COLUMN,
    METADATA_TITLE,
    SLOVENIA_BEAMER,
    TAJIKISTAN_REPLY,
)
from eval.office_builds import set_properties, stable_zip  # noqa: E402

ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"


def build_beamer(spec: dict) -> bytes:
    """Slides as Beamer's default theme with a navigation bar prints them: each page 128 x 96 mm; on top a dark bar
    with the section names (the current one white, the others grey); the frame title under it; bullets as small
    triangles; a three-part footer (author | short title | "n / N") and the navigation symbols above it."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas as pdfcanvas

    rl_config.invariant = 1
    _fonts()
    width, height = 128 * mm, 96 * mm
    buf = io.BytesIO()
    pdf = pdfcanvas.Canvas(buf, pagesize=(width, height), invariant=1)
    pdf.setDateFormatter(pdf_date(spec["saved"]))
    pdf.setTitle(spec["title"])
    pdf.setAuthor(spec["author"])
    pdf.setCreator("LaTeX with Beamer class")
    dark, light = colors.HexColor("#1F2A55"), colors.HexColor("#3A4E8C")
    total = len(spec["frames"]) + 1

    def furniture(number: int, current: int | None) -> None:
        pdf.setFillColor(dark)
        pdf.rect(0, height - 7 * mm, width, 7 * mm, stroke=0, fill=1)
        x = 4 * mm
        for n, name in enumerate(spec["sections"]):
            pdf.setFillColor(colors.white if n == current else colors.HexColor("#8C93B0"))
            pdf.setFont("Sans", 5.5)
            pdf.drawString(x, height - 4.6 * mm, name)
            x += pdf.stringWidth(name, "Sans", 5.5) + 6 * mm
        third = width / 3
        for n, (text, shade) in enumerate(
            ((spec["author"], dark), (spec["short_title"], light), (f"{number} / {total}", dark))
        ):
            pdf.setFillColor(shade)
            pdf.rect(n * third, 0, third, 3.6 * mm, stroke=0, fill=1)
            pdf.setFillColor(colors.white)
            pdf.setFont("Sans", 4.5)
            pdf.drawCentredString(n * third + third / 2, 1.2 * mm, text)
        pdf.setStrokeColor(colors.HexColor("#B0B4C8"))
        for k in range(4):  # the navigation symbols: small arrows at the bottom right
            left = width - 24 * mm + k * 5 * mm
            path = pdf.beginPath()
            path.moveTo(left, 5.2 * mm)
            path.lineTo(left + 2 * mm, 6 * mm)
            path.lineTo(left, 6.8 * mm)
            pdf.drawPath(path, stroke=1, fill=0)

    # the title page
    furniture(1, None)
    pdf.setFillColor(light)
    pdf.roundRect(10 * mm, 52 * mm, width - 20 * mm, 18 * mm, 2 * mm, stroke=0, fill=1)
    pdf.setFillColor(colors.white)
    pdf.setFont("Sans-Bold", 11)
    pdf.drawCentredString(width / 2, 63 * mm, spec["title"])
    pdf.setFont("Sans", 7)
    pdf.drawCentredString(width / 2, 56 * mm, spec["subtitle"])
    pdf.setFillColor(colors.black)
    pdf.setFont("Sans", 8)
    pdf.drawCentredString(width / 2, 42 * mm, spec["author"])
    pdf.setFont("Sans", 6.5)
    pdf.drawCentredString(width / 2, 35 * mm, spec["institute"])
    pdf.drawCentredString(width / 2, 28 * mm, spec["date_line"])
    pdf.showPage()
    for number, (section, title, bullets) in enumerate(spec["frames"], start=2):
        furniture(number, section)
        pdf.setFillColor(dark)
        pdf.setFont("Sans-Bold", 10)
        pdf.drawString(5 * mm, height - 14 * mm, title)
        y = height - 24 * mm
        for bullet in bullets:
            pdf.setFillColor(light)
            path = pdf.beginPath()
            path.moveTo(7 * mm, y + 0.4 * mm)
            path.lineTo(8.6 * mm, y + 1.2 * mm)
            path.lineTo(7 * mm, y + 2 * mm)
            path.close()
            pdf.drawPath(path, stroke=0, fill=1)
            pdf.setFillColor(colors.black)
            pdf.setFont("Sans", 7.5)
            for line in simpleSplit(bullet, "Sans", 7.5, width - 22 * mm):
                pdf.drawString(11 * mm, y, line)
                y -= 4 * mm
            y -= 3 * mm
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _png(rgb: tuple[int, int, int], side: int = 48) -> bytes:
    """A plain square picture as a PNG, written directly so that its bytes never depend on an image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + bytes(rgb) * side
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(row * side, 9))
        + chunk(b"IEND", b"")
    )


_SHADES = ((0x2E, 0x86, 0xC1), (0xF5, 0xB0, 0x41), (0x58, 0xB3, 0x68), (0xD9, 0x53, 0x4F))


def build_easy_read(spec: dict) -> bytes:
    """An easy-read document in Word: a large title and subtitle, then a borderless two-column table, a picture
    (with its alt text, as Word's "Alt Text" pane sets it) in the left cell and one short sentence per line in the
    right cell, all in 16-point Arial or larger; the network's name in the footer."""
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    set_properties(doc.core_properties, spec)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(16)
    title = doc.add_paragraph()
    run = title.add_run(spec["heading"])
    run.bold, run.font.size = True, Pt(28)
    doc.add_paragraph().add_run(spec["subheading"]).font.size = Pt(18)
    table = doc.add_table(rows=0, cols=2)
    for n, (alt, lines) in enumerate(spec["points"]):
        left, right = table.add_row().cells
        left.width, right.width = Cm(4), Cm(12)
        picture = left.paragraphs[0].add_run().add_picture(io.BytesIO(_png(_SHADES[n % 4])), width=Cm(3))
        picture._inline.docPr.set("descr", alt)
        picture._inline.docPr.set("name", f"Picture {n + 1}")
        right.paragraphs[0].text = lines[0]
        for line in lines[1:]:
            right.add_paragraph(line)
    doc.sections[0].footer.paragraphs[0].text = spec["footer"]
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def _cell(value: str, span: int = 1, rows: int = 1, style: str = "") -> str:
    attrs = (f' table:number-columns-spanned="{span}"' if span > 1 else "") + (
        f' table:number-rows-spanned="{rows}"' if rows > 1 else ""
    )
    attrs += f' table:style-name="{style}"' if style else ""
    if not value:
        return f"<table:table-cell{attrs}/>"
    return f'<table:table-cell{attrs} office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'


_CALC_STYLES = (
    "<office:automatic-styles>"
    '<style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/>'
    "</style:style>"
    '<style:style style:name="big" style:family="table-cell"><style:text-properties fo:font-size="14pt" '
    'fo:font-weight="bold"/></style:style>'
    '<style:style style:name="note" style:family="table-cell"><style:text-properties fo:font-style="italic"/>'
    "</style:style>"
    "</office:automatic-styles>"
)


def _calc(sheet: str, width: int, rows: list[str], meta: dict) -> bytes:
    content = (
        f"{_HEAD}<office:document-content {_NS}>{_CALC_STYLES}<office:body><office:spreadsheet>"
        f'<table:table table:name="{escape(sheet)}"><table:table-column table:number-columns-repeated="{width}"/>'
        f"{''.join(rows)}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    return _package(ODS_MIME, {"content.xml": content, "meta.xml": _meta(meta)})


def _row(cells: list[str]) -> str:
    return f"<table:table-row>{''.join(cells)}</table:table-row>"


def build_rubric(spec: dict) -> bytes:
    """The rubric in Calc: a title and a description each merged across the grid, an empty row, the bold header,
    one row per criterion, an empty row and the notes under the grid."""
    width = len(spec["header"])
    covered = "<table:covered-table-cell/>" * (width - 1)
    empty = _row([f'<table:table-cell table:number-columns-repeated="{width}"/>'])
    rows = [
        _row([_cell(spec["lead"][0], span=width, style="big") + covered]),
        _row([_cell(spec["lead"][1], span=width) + covered]),
        empty,
        _row([_cell(h, style="bold") for h in spec["header"]]),
        *(_row([_cell(v) for v in row]) for row in spec["rows"]),
        empty,
        *(_row([_cell(note, style="note")]) for note in spec["notes"]),
    ]
    return _calc(spec["sheet"], width, rows, spec)


def build_register(title: str, note: str, header: tuple, blocks: tuple, region_column: int) -> bytes:
    """The secretariat's register in Calc: a title merged across the header's width, a note row merged the same
    way, the bold header, then each block's rows with the region written once in a cell merged down the block."""
    import datetime as dt

    width = len(header)
    covered = "<table:covered-table-cell/>"
    rows = [
        _row([_cell(title, span=width, style="big")] + [covered] * (width - 1)),
        _row([_cell(note, span=width, style="note")] + [covered] * (width - 1)),
        _row([_cell(h, style="bold") for h in header]),
    ]
    for region, block in blocks:
        for n, values in enumerate(block):
            cells = [_cell(v) for v in values]
            cells.insert(region_column, _cell(region, rows=len(block)) if n == 0 else covered)
            rows.append(_row(cells))
    meta = {"title": title, "author": "Sekretoriatas", "date": dt.date(2026, 3, 18)}
    return _calc("Registras", width, rows, meta)


# (name, bytes-maker): written into corpus/
BUILDS = (
    (SLOVENIA_BEAMER["file"], lambda: build_beamer(SLOVENIA_BEAMER)),
    (MALTA_EASY_READ["file"], lambda: build_easy_read(MALTA_EASY_READ)),
    (BULGARIA_PADLET["file"], lambda: build_workbook(BULGARIA_PADLET)),
    (EGYPT_RUBRIC["file"], lambda: build_rubric(EGYPT_RUBRIC)),
    (TAJIKISTAN_REPLY["file"], lambda: build_odt(TAJIKISTAN_REPLY)),
    (
        "metadata.ods",
        lambda: build_register(METADATA_TITLE, METADATA_NOTE, METADATA_HEADER, METADATA_BLOCKS, METADATA_REGION_COLUMN),
    ),
)


def main() -> int:
    """Write the built contributions and the sheet into eval/heldout29/corpus/."""
    root = HERE.parents[1]
    CORPUS.mkdir(exist_ok=True)
    for name, make in BUILDS:
        path = CORPUS / name
        path.write_bytes(make())
        print(path.relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
