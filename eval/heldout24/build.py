"""Build the twenty-fourth held-out set's binary files and its metadata sheet from the text in ``contributions.py``
and ``sheets.py``.

The training centre's webinar slides printed as PowerPoint handouts (reportlab in invariant mode: three slides a
page down the left, ruled lines for notes beside each, the handout header and footer), the recognition office's
comment-resolution table (python-docx, landscape), the employers' association's position grid as LibreOffice Calc
saves it (its XML written directly, cell comments as ``office:annotation``), the institute's staff survey downloaded
from Google Sheets (openpyxl, one sheet per question), the secretariat's Finnish workbook (openpyxl, merged cells)
and the drafting team's table outline in Writer, kept beside the outline the runner reads
(``outline_table.odt``). The other contributions and ``outline.txt`` are written by hand. Rebuilding unchanged
text changes no byte:

    python eval/heldout24/build.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout3.build import _fixed_modified  # noqa: E402
from eval.heldout4.opendocument import _HEAD, _NS, _meta, _package  # noqa: E402
from eval.heldout17.build import _fonts  # noqa: E402
from eval.heldout23.screens import pdf_date  # noqa: E402
from eval.heldout24.contributions import (  # noqa: E402
    FRANCE_COMMENTS,
    ROMANIA_SURVEY,
    TURKIYE_GRID,
    TURKMENISTAN_HANDOUTS,
)
from eval.heldout24.sheets import build_outline, build_sheet  # noqa: E402
from eval.office_builds import set_properties, stable_zip  # noqa: E402

ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"


def _slide(pdf, spec_slide: tuple, box: tuple[float, float, float, float]) -> None:
    """One slide as PowerPoint prints it on a handout: a framed 16:9 picture of the slide, scaled down, its title in
    a coloured band and its lines under it, each wrapped to the slide's width."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    x, y, w, h = box
    title, lines = spec_slide
    pdf.setStrokeColorRGB(0.55, 0.55, 0.55)
    pdf.setLineWidth(0.6)
    pdf.rect(x, y, w, h)
    pdf.setFillColorRGB(0.1, 0.32, 0.45)
    pdf.rect(x, y + h - 26, w, 26, stroke=0, fill=1)
    pdf.setFillColorRGB(1, 1, 1)
    pdf.setFont("Sans-Bold", 9.5)
    pdf.drawString(x + 8, y + h - 17, title)
    pdf.setFillColorRGB(0, 0, 0)
    style = ParagraphStyle("slide", fontName="Sans", fontSize=7, leading=9, leftIndent=8, bulletIndent=0)
    top = y + h - 36
    for line in lines:
        para = Paragraph(escape(line), style, bulletText="•")
        _, used = para.wrap(w - 20, h)
        para.drawOn(pdf, x + 8, top - used)
        top -= used + 4


def build_handouts(spec: dict) -> bytes:
    """The deck printed as "Handouts, 3 slides per page": A4 portrait, the header and the date at the top, three
    slides down the left half, ruled lines beside each for the listener's notes, the centre's name and the page
    number at the foot."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    rl_config.invariant = 1
    _fonts()
    width, height = A4
    buf = io.BytesIO()
    pdf = Canvas(buf, pagesize=A4, invariant=1)
    pdf.setTitle(spec["title"])
    pdf.setAuthor(spec["author"])
    pdf.setDateFormatter(pdf_date(spec["saved"]))
    slides = spec["slides"]
    pages = [slides[i : i + 3] for i in range(0, len(slides), 3)]
    for number, page in enumerate(pages, start=1):
        pdf.setFont("Sans", 8)
        pdf.drawString(40, height - 30, spec["header"])
        pdf.drawRightString(width - 40, height - 30, spec["date_line"])
        for k, slide in enumerate(page):
            top = height - 70 - k * 250
            _slide(pdf, slide, (48, top - 150, 266, 150))
            pdf.setStrokeColorRGB(0.7, 0.7, 0.7)
            pdf.setLineWidth(0.4)
            for n in range(8):
                pdf.line(336, top - 12 - n * 19, width - 48, top - 12 - n * 19)
        pdf.setFont("Sans", 8)
        pdf.drawString(40, 26, spec["footer"])
        pdf.drawRightString(width - 40, 26, str(number))
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def build_comment_table(spec: dict) -> bytes:
    """The comment-resolution table as recognition offices fill it in Word: a landscape page, the form's heading
    and its lines on who comments, then one table with a bold header row and a row per comment."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    doc = Document()
    set_properties(doc.core_properties, spec)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    doc.add_paragraph().add_run(spec["heading"]).bold = True
    for line in spec["intro"]:
        doc.add_paragraph(line)
    table = doc.add_table(rows=1, cols=len(spec["header"]))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, spec["header"], strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for row in spec["rows"]:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def _ods_cell(value: str, comment: tuple[str, str] | None = None, span: int = 1) -> str:
    spanned = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    note = ""
    if comment is not None:
        author, text = comment
        note = (
            f"<office:annotation><dc:creator>{escape(author)}</dc:creator><dc:date>2026-03-05T11:20:00</dc:date>"
            f"<text:p>{escape(text)}</text:p></office:annotation>"
        )
    return (
        f'<table:table-cell{spanned} office:value-type="string">{note}<text:p>{escape(value)}</text:p>'
        "</table:table-cell>"
    )


def build_position_grid(spec: dict) -> bytes:
    """The position grid as LibreOffice Calc saves it: a heading across the table, an empty row, the header, one
    row per topic with a colleague's comments on some cells, and a second sheet of figures."""
    width = len(spec["header"])
    rows = [
        f"<table:table-row>{_ods_cell(spec['heading'], span=width)}"
        f"{'<table:covered-table-cell/>' * (width - 1)}</table:table-row>",
        f'<table:table-row><table:table-cell table:number-columns-repeated="{width}"/></table:table-row>',
        "<table:table-row>" + "".join(_ods_cell(h) for h in spec["header"]) + "</table:table-row>",
    ]
    for cells, comments in spec["rows"]:
        rows.append(
            "<table:table-row>"
            + "".join(_ods_cell(v, comments.get(i)) for i, v in enumerate(cells))
            + "</table:table-row>"
        )
    figures = "".join(
        "<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>" for row in spec["figures"]
    )
    content = (
        f"{_HEAD}<office:document-content {_NS}><office:body><office:spreadsheet>"
        f'<table:table table:name="{escape(spec["sheet"])}"><table:table-column '
        f'table:number-columns-repeated="{width}"/>{"".join(rows)}</table:table>'
        f'<table:table table:name="{escape(spec["figures_sheet"])}"><table:table-column '
        f'table:number-columns-repeated="2"/>{figures}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    return _package(ODS_MIME, {"content.xml": content, "meta.xml": _meta(spec)})


def build_google_sheet(spec: dict) -> bytes:
    """The survey as Google Sheets downloads it (File > Download > Microsoft Excel): a "Read me" sheet, then one
    sheet per question, its question in the first row, the header in the second and a row per respondent, the
    answers wrapped in wide cells."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    for name, question, rows in spec["sheets"]:
        sheet = book.create_sheet(name)
        sheet.append([question])
        sheet["A1"].font = Font(bold=True)
        if rows:
            sheet.append(list(spec["columns"]))
            for cell in sheet[2]:
                cell.font = Font(bold=True)
            for row in rows:
                sheet.append(list(row))
                sheet.cell(row=sheet.max_row, column=4).alignment = Alignment(wrap_text=True, vertical="top")
        for column, width in zip("ABCD", (20, 28, 20, 90), strict=True):
            sheet.column_dimensions[column].width = width
    book.properties.creator = spec["author"]
    book.properties.lastModifiedBy = spec["author"]
    book.properties.title = spec["title"]
    book.properties.created = spec["date"]
    out = io.BytesIO()
    book.save(out)  # openpyxl stamps the save time as modified: the download's own time instead
    return stable_zip(_fixed_modified(out.getvalue(), spec["date"].strftime("%Y-%m-%dT%H:%M:%SZ")))


# (name, bytes-maker): written into corpus/, or beside it for the table outline
BUILDS = (
    (TURKMENISTAN_HANDOUTS["file"], lambda: build_handouts(TURKMENISTAN_HANDOUTS)),
    (FRANCE_COMMENTS["file"], lambda: build_comment_table(FRANCE_COMMENTS)),
    (TURKIYE_GRID["file"], lambda: build_position_grid(TURKIYE_GRID)),
    (ROMANIA_SURVEY["file"], lambda: build_google_sheet(ROMANIA_SURVEY)),
    ("metadata.xlsx", build_sheet),
    ("../outline_table.odt", build_outline),
)


def main() -> int:
    """Write the built contributions and the sheet into eval/heldout24/corpus/ (the table outline beside it)."""
    root = HERE.parents[1]
    CORPUS.mkdir(exist_ok=True)
    for name, make in BUILDS:
        path = (CORPUS / name).resolve()
        path.write_bytes(make())
        print(path.relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
