"""Build the nineteenth held-out set's binary files, its metadata sheet and its outline from the text in
``contributions.py``, ``report.py`` and ``sheets.py``.

The hospitality partnership's deck with its content in tables (python-pptx, "Title Only" slides, a table on
each), the employment office's letter printed and scanned to a PDF without a text layer (Pillow: typed text at
300 dpi on a scanner's off-white, turned a little, with specks; reportlab wraps the image), the adult education
centre's planning workbook (openpyxl: a merged title row, a table, positions in the notes cells), the research
institute's long report (python-docx: Title, numbered Heading 1 chapters, a footer), the college's comment form
(python-docx: a table of fields and a table of comments), the forest machine operators' fair poster (reportlab:
one A1 page, a banner, three columns of panels), the metadata sheet (tab-separated) and the outline (Word: bold
section lines over tables of questions). The .htm, .txt, .md and .eml contributions are written by hand in
``corpus/``. Rebuilding unchanged text changes no byte:

    python eval/heldout19/build.py
"""

from __future__ import annotations

import io
import random
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout3.build import _fixed_modified  # noqa: E402
from eval.heldout17.build import _fonts, _wrap  # noqa: E402
from eval.heldout19.contributions import (  # noqa: E402
    FINLAND_POSTER,
    GEORGIA_SCAN,
    PORTUGAL_DECK,
    SLOVAKIA_WORKBOOK,
    UZBEKISTAN_FORM,
)
from eval.heldout19.report import ITALY_REPORT  # noqa: E402
from eval.heldout19.sheets import METADATA_ROWS, METADATA_TITLE, OUTLINE  # noqa: E402
from eval.office_builds import set_properties, stable_zip  # noqa: E402

_SERIF = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
_SERIF_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")


def build_table_deck(spec: dict) -> bytes:
    """Slides in the "Title Only" layout, each holding one table: a header row when the slide has one (empty
    header cells: a table of facts without column names), then the rows, the first column narrow."""
    from pptx import Presentation
    from pptx.util import Emu, Pt

    deck = Presentation()
    deck.slide_width, deck.slide_height = Emu(12192000), Emu(6858000)  # 16:9
    set_properties(deck.core_properties, spec)
    for title, header, rows in spec["slides"]:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = title
        table_rows = ([header] if any(header) else []) + rows
        shape = slide.shapes.add_table(len(table_rows), 2, Emu(600000), Emu(1600000), Emu(10990000), Emu(4200000))
        table = shape.table
        table.first_row = any(header)
        table.columns[0].width = Emu(3000000)
        table.columns[1].width = Emu(7990000)
        for r, row in enumerate(table_rows):
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                cell.text = value
                for paragraph in cell.text_frame.paragraphs:
                    for run in paragraph.runs:
                        run.font.size = Pt(16)
    buf = io.BytesIO()
    deck.save(buf)
    return stable_zip(buf.getvalue())


def render_scan(spec: dict) -> bytes:
    """The typed letter as a scanner sees it: 300 dpi, off-white paper with grey specks, the page turned by half
    a degree; the letterhead centred, the reference on the right, the body in 11 pt serif type."""
    from PIL import Image, ImageDraw, ImageFont

    size = (2480, 3508)
    body = ImageFont.truetype(str(_SERIF), 46)
    head = ImageFont.truetype(str(_SERIF_BOLD), 52)
    margin, line_height = 236, 64
    width = size[0] - 2 * margin
    page = Image.new("L", size, 246)
    draw = ImageDraw.Draw(page)
    specks = random.Random(19)  # the same specks on every build
    for _ in range(900):
        x, y = specks.randrange(size[0]), specks.randrange(size[1])
        draw.point((x, y), fill=specks.randrange(150, 215))
    y = 220
    for block in spec["paragraphs"]:
        if isinstance(block, tuple) and block[0] == "head":
            font = head if block[1].isupper() else body
            draw.text(((size[0] - font.getlength(block[1])) / 2, y), block[1], font=font, fill=20)
            y += line_height + 10
            continue
        if isinstance(block, tuple):
            y += 40
            draw.text((margin + width - body.getlength(block[1]), y), block[1], font=body, fill=20)
            y += line_height + 40
            continue
        for line in _wrap(block, body, width):
            draw.text((margin, y), line, font=body, fill=20)
            y += line_height
        y += 26
    turned = page.rotate(-0.5, resample=Image.BICUBIC, fillcolor=246)
    out = io.BytesIO()
    turned.save(out, format="PNG", dpi=(300, 300))
    return out.getvalue()


def build_scan(spec: dict) -> bytes:
    """The scanner's PDF: the page image over a whole A4 page, nothing else (no text layer)."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rl_config.invariant = 1
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1)
    pdf.setTitle(spec["title"])
    pdf.setAuthor(spec["author"])
    pdf.drawImage(ImageReader(io.BytesIO(render_scan(spec))), 0, 0, width=A4[0], height=A4[1])
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def build_planning_workbook(spec: dict) -> bytes:
    """The centre's workbook: the title row merged across the table, the header row in bold, long notes wrapped,
    and each line of the notes block under the table merged across all six columns."""
    import datetime as dt

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    when = dt.datetime.combine(spec["date"], dt.time(9, 0))
    book = Workbook()
    book.properties.creator = spec["author"]
    book.properties.lastModifiedBy = spec["author"]
    book.properties.title = spec["title"]
    book.properties.created = when
    (name, sheet_spec), *_ = spec["sheets"].items()
    sheet = book.active
    sheet.title = name
    for row in sheet_spec["rows"]:
        sheet.append(list(row))
    notes_from = next(n for n, row in enumerate(sheet_spec["rows"], start=1) if row[0] == "Notes")
    for number, row in enumerate(sheet_spec["rows"], start=1):
        if row[0] and all(value is None for value in row[1:]) and (number == 1 or number > notes_from):
            sheet.merge_cells(start_row=number, start_column=1, end_row=number, end_column=len(row))
    for letter, width in sheet_spec["widths"].items():
        sheet.column_dimensions[letter].width = width
    for cells in sheet.iter_rows():
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.cell(row=notes_from, column=1).font = Font(bold=True)
    for r in sheet_spec["bold_rows"]:
        for cell in sheet[r]:
            cell.font = Font(bold=True)
    buf = io.BytesIO()
    book.save(buf)
    return stable_zip(_fixed_modified(buf.getvalue(), when.strftime("%Y-%m-%dT%H:%M:%SZ")))


def build_report(spec: dict) -> bytes:
    """The institute's report: a Title, Heading 1 chapters numbered as typed, body paragraphs, and a footer line
    on every page naming the report."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.sections[0].footer.paragraphs[0].text = "Apennine Institute for Lifelong Learning Research | Report 7/2026"
    for block in spec["blocks"]:
        if isinstance(block, str):
            doc.add_paragraph(block)
        elif block[0] == "title":
            doc.add_paragraph(block[1], style="Title")
        else:
            doc.add_heading(block[1], level=1)
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def _grid(doc, rows: list[tuple[str, ...]], bold_first: bool):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            if bold_first and r == 0:
                cell.paragraphs[0].runs[0].bold = True
    return table


def build_comment_form(spec: dict) -> bytes:
    """The consultation's comment form as the college filled it in: a bold heading line, a two-column table of
    fields, a paragraph, then the table of numbered comments under its header row."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_paragraph().add_run(spec["heading"]).bold = True
    _grid(doc, spec["fields"], bold_first=False)
    doc.add_paragraph(spec["intro"])
    _grid(doc, [spec["header"], *spec["rows"]], bold_first=True)
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_poster(spec: dict) -> bytes:
    """The poster as PowerPoint saves a one-slide poster to PDF: an A1 landscape page, a dark banner across the
    top with the title and byline in white, three columns of panels (a grey heading bar over a framed box of
    text), a footer line at the bottom."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A1, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    rl_config.invariant = 1
    _fonts()
    width, height = landscape(A1)
    margin, gutter, banner = 70, 50, 230
    column = (width - 2 * margin - 2 * gutter) / 3
    body = ParagraphStyle("body", fontName="Sans", fontSize=30, leading=40)
    buf = io.BytesIO()
    pdf = Canvas(buf, pagesize=(width, height), invariant=1)
    pdf.setTitle(spec["title"])
    pdf.setAuthor(spec["author"])
    pdf.setFillColorRGB(0.12, 0.3, 0.2)
    pdf.rect(0, height - banner, width, banner, stroke=0, fill=1)
    pdf.setFillColorRGB(1, 1, 1)
    pdf.setFont("Sans-Bold", 80)
    pdf.drawCentredString(width / 2, height - 120, spec["banner"])
    pdf.setFont("Sans", 36)
    pdf.drawCentredString(width / 2, height - 185, spec["byline"])
    pdf.setFillColorRGB(0, 0, 0)
    for n, panels in enumerate(spec["columns"]):
        x = margin + n * (column + gutter)
        y = height - banner - 70
        for heading, paragraphs in panels:
            pdf.setFillGray(0.85)
            pdf.rect(x, y - 60, column, 60, stroke=0, fill=1)
            pdf.setFillGray(0)
            pdf.setFont("Sans-Bold", 38)
            pdf.drawString(x + 25, y - 45, heading)
            top = y - 60
            y = top - 25
            for text in paragraphs:
                para = Paragraph(escape(text), body)
                _, used = para.wrap(column - 50, y)
                para.drawOn(pdf, x + 25, y - used)
                y -= used + 22
            pdf.rect(x, y, column, top - y, stroke=1, fill=0)
            y -= 60
    pdf.setFont("Sans", 24)
    pdf.drawCentredString(width / 2, 40, spec["footer"])
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def build_outline(spec: dict) -> bytes:
    """The outline in Word: a Title, then each section a bold line typed in the Normal style, an optional
    introductory sentence, and a table "No. | Guiding question | Drafter" of its questions."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_paragraph(spec["title"], style="Title")
    number = 0
    for section, intro, questions in spec["sections"]:
        doc.add_paragraph().add_run(section).bold = True
        if intro:
            doc.add_paragraph(intro)
        rows = [("No.", "Guiding question", "Drafter")]
        for question, drafter in questions:
            number += 1
            rows.append((str(number), question, drafter))
        _grid(doc, rows, bold_first=True)
        doc.add_paragraph()
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_sheet(title: str, rows: tuple[tuple[str, ...], ...]) -> bytes:
    """The sheet as a shared spreadsheet exports tab-separated values: UTF-8, no byte-order mark, LF line ends;
    the title line and an empty line above the header, as the secretariat keeps them."""
    lines = [title, "", *("\t".join(row) for row in rows)]
    return ("\n".join(lines) + "\n").encode("utf-8")


# (name, bytes-maker): written into corpus/
BUILDS = (
    (PORTUGAL_DECK["file"], lambda: build_table_deck(PORTUGAL_DECK)),
    (GEORGIA_SCAN["file"], lambda: build_scan(GEORGIA_SCAN)),
    (SLOVAKIA_WORKBOOK["file"], lambda: build_planning_workbook(SLOVAKIA_WORKBOOK)),
    (ITALY_REPORT["file"], lambda: build_report(ITALY_REPORT)),
    (UZBEKISTAN_FORM["file"], lambda: build_comment_form(UZBEKISTAN_FORM)),
    (FINLAND_POSTER["file"], lambda: build_poster(FINLAND_POSTER)),
    ("metadata.tsv", lambda: build_sheet(METADATA_TITLE, METADATA_ROWS)),
)
# (name, bytes-maker): written beside corpus/, in the set's folder
OUTLINE_BUILDS = (("outline.docx", lambda: build_outline(OUTLINE)),)


def main() -> int:
    """Write the built contributions and the sheet into eval/heldout19/corpus/, and the outline beside it."""
    root = HERE.parents[1]
    CORPUS.mkdir(exist_ok=True)
    for folder, builds in ((CORPUS, BUILDS), (HERE, OUTLINE_BUILDS)):
        for name, make in builds:
            path = folder / name
            path.write_bytes(make())
            print(path.relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
