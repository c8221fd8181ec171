"""Build the thirty-fourth held-out set's binary files from the text in ``contributions.py``, ``sheets.py`` and
``outline_docx.py``.

The employers' alliance's Mentimeter results export (openpyxl: an overview sheet, one sheet per slide, the
presenter's notes), the lifelong learning centre's Miro board exported as PDF (reportlab canvas: frames, sticky
notes with initials, cluster labels, labelled arrows, the facilitator's summary frame), the qualifications office's
slides exported with speaker notes (reportlab canvas: per page the slide on top, the notes beneath), the
directorate's cover letter with its annex (python-docx), the jury's report (``eval/heldout4``'s OpenDocument
writer), the Bulgarian secretariat's register (openpyxl: an instructions sheet, then the register with a merged
title row and merged country groups) and the outline with tracked changes and comments (``outline_docx.py``).
The Etherpad export, the self-evaluation report, the manifesto, the changelog and the corrigendum are written by
hand. Rebuilding unchanged text changes no byte:

    python eval/heldout34/build.py
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout3.build import _fixed_modified  # noqa: E402
from eval.heldout4.opendocument import build_odt  # noqa: E402
from eval.heldout17.build import _fonts  # noqa: E402
from eval.heldout23.screens import pdf_date  # noqa: E402
from eval.heldout34.contributions import (  # noqa: E402
    ARMENIA_JURY,
    IRELAND_BOARD,
    JORDAN_LETTER,
    LITHUANIA_MENTIMETER,
    SERBIA_SLIDES,
)
from eval.heldout34.outline_docx import build_outline  # noqa: E402
from eval.heldout34.sheets import GROUPS, HEADER, INSTRUCTIONS, KEPT_BY, TITLE  # noqa: E402
from eval.office_builds import set_properties, stable_zip  # noqa: E402


def _book(spec: dict):
    from openpyxl import Workbook

    book = Workbook()
    book.properties.creator = book.properties.lastModifiedBy = spec["author"]
    book.properties.title = spec["title"]
    book.properties.created = dt.datetime.combine(spec["date"], dt.time(9, 0))
    return book


def _saved(book, when: dt.date) -> bytes:
    buf = io.BytesIO()
    book.save(buf)
    return stable_zip(_fixed_modified(buf.getvalue(), f"{when.isoformat()}T09:00:00Z"))


def build_mentimeter(spec: dict) -> bytes:
    """Mentimeter's results export: an overview, per slide its title and description over its results, and the
    presenter's notes on a sheet of their own."""
    from openpyxl.styles import Font

    book = _book(spec)
    overview = book.active
    overview.title = "Overview"
    for row in spec["overview"]:
        overview.append(row)
    overview.column_dimensions["A"].width = 16
    overview.column_dimensions["B"].width = 70
    for slide in spec["slides"]:
        sheet = book.create_sheet(slide["sheet"])
        sheet.append([slide["title"]])
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append([slide["description"]] if slide["description"] else [])
        sheet.append([])
        sheet.append(slide["header"])
        for cell in sheet[4]:
            cell.font = Font(bold=True)
        for row in slide["rows"]:
            sheet.append(row)
        sheet.column_dimensions["A"].width = 60
    notes = book.create_sheet("Presenter notes")
    for row in spec["notes"]:
        notes.append(row)
    notes.column_dimensions["B"].width = 100
    return _saved(book, spec["date"])


def _canvas(buf: io.BytesIO, spec: dict, size: tuple[float, float], creator: str):
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas

    rl_config.invariant = 1
    _fonts()
    canvas = Canvas(buf, pagesize=size, invariant=1)
    canvas.setTitle(spec["title"])
    canvas.setAuthor(spec["author"])
    canvas.setCreator(creator)
    canvas.setDateFormatter(pdf_date(spec["date"].strftime("%Y%m%d090000+01'00'")))
    return canvas


def _wrapped(canvas, text: str, x: float, y: float, width: float, size: float, leading: float) -> float:
    """Draw ``text`` wrapped to ``width`` from (x, y) downwards; the y below the last line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial, "Sans", size) > width and line:
            canvas.drawString(x, y, line)
            y -= leading
            line = word
        else:
            line = trial
    if line:
        canvas.drawString(x, y, line)
        y -= leading
    return y


def build_board(spec: dict) -> bytes:
    """The Miro board as "Export as PDF" makes it: one large page, the board's name, frames with their names and
    sticky notes, cluster labels, arrows with labels, and the facilitator's summary frame."""
    from reportlab.lib import colors

    buf = io.BytesIO()
    canvas = _canvas(buf, spec, (800, 620), "Miro")
    canvas.setFont("Sans-Bold", 14)
    canvas.drawString(30, 595, spec["board"])
    for label, (x, y) in spec["clusters"]:
        canvas.setFont("Sans-Bold", 10)
        canvas.setFillColor(colors.HexColor("#6b6b6b"))
        canvas.drawString(x, y, label.upper())
    for frame in spec["frames"] + [spec["summary"]]:
        x, y, w, h = frame["box"]
        canvas.setStrokeColor(colors.HexColor("#c2c2c2"))
        canvas.setFillColor(colors.white)
        canvas.rect(x, y, w, h, fill=1)
        canvas.setFillColor(colors.HexColor("#050038"))
        canvas.setFont("Sans-Bold", 9)
        canvas.drawString(x + 6, y + h - 14, frame["name"])
        for i, (text, colour) in enumerate(frame.get("stickies", [])):
            sx, sy = x + 12 + (i % 2) * 172, y + h - 110 - (i // 2) * 95
            canvas.setFillColor(colors.HexColor(colour))
            canvas.rect(sx, sy, 160, 80, stroke=0, fill=1)
            canvas.setFillColor(colors.black)
            canvas.setFont("Sans", 9)
            _wrapped(canvas, text, sx + 6, sy + 64, 148, 9, 11)
        if "lines" in frame:
            canvas.setFillColor(colors.black)
            line_y = y + h - 36
            for text in frame["lines"]:
                canvas.setFont("Sans", 10)
                line_y = _wrapped(canvas, text, x + 14, line_y, w - 28, 10, 13) - 6
    for label, (x1, y1), (x2, y2) in spec["arrows"]:
        canvas.setStrokeColor(colors.HexColor("#1a1a1a"))
        canvas.line(x1, y1, x2, y2)
        canvas.setFont("Sans", 7)
        canvas.setFillColor(colors.HexColor("#1a1a1a"))
        canvas.drawString(min(x1, x2) + 2, max(y1, y2) + 3, label)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def build_notes_pages(spec: dict) -> bytes:
    """Slides saved as PDF with "Notes Pages": per A4 page, the slide as a framed picture on top (its title and
    bullets), the speaker notes under it, the page number at the foot."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4

    buf = io.BytesIO()
    canvas = _canvas(buf, spec, A4, "Microsoft® PowerPoint® for Microsoft 365")
    for number, page in enumerate(spec["pages"], start=1):
        canvas.setStrokeColor(colors.HexColor("#404040"))
        canvas.setFillColor(colors.HexColor("#1f3b5c"))
        canvas.rect(90, 470, 415, 233, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont("Sans-Bold", 20)
        canvas.drawString(110, 665, page["title"])
        canvas.setFont("Sans", 13)
        for i, bullet in enumerate(page["bullets"]):
            canvas.drawString(122, 625 - i * 24, f"• {bullet}")
        canvas.setFont("Sans", 8)
        canvas.drawString(110, 480, spec["org"])
        canvas.setFillColor(colors.black)
        canvas.setFont("Sans", 11)
        _wrapped(canvas, page["notes"], 90, 430, 415, 11, 15)
        canvas.setFont("Sans", 9)
        canvas.drawRightString(505, 40, str(number))
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def build_cover_letter(spec: dict) -> bytes:
    """The letter on the directorate's letterhead (reference, date, addressee, subject, courtesy paragraphs,
    signature), a page break, then the annex with its positions as a numbered list."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    doc = Document()
    set_properties(doc.core_properties, spec)
    for i, line in enumerate(spec["letterhead"]):
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(line)
        run.bold, run.font.size = i == 1, Pt(13 if i == 1 else 9)
    doc.add_paragraph(spec["ref"])
    doc.add_paragraph(spec["dated"]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in spec["to"]:
        doc.add_paragraph(line)
    doc.add_paragraph().add_run(spec["subject"]).bold = True
    for text in spec["body"]:
        doc.add_paragraph(text)
    for line in spec["signature"]:
        doc.add_paragraph(line)
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph().add_run(spec["annex_title"]).bold = True
    for text in spec["annex"]:
        doc.add_paragraph(text, style="List Number")
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_register() -> bytes:
    """The register: "Указания" (instructions) first, then "Регистър" with a title merged over row 1, an empty
    row 2, the header on row 3, the country group merged down over its rows, and who kept it under the table."""
    from openpyxl.styles import Alignment, Font

    book = _book({"author": "Мария Стоянова", "title": "Регистър", "date": dt.date(2026, 3, 13)})
    guide = book.active
    guide.title = "Указания"
    for line in INSTRUCTIONS:
        guide.append([line] if line else [])
    guide["A1"].font = Font(bold=True, size=13)
    guide.column_dimensions["A"].width = 110
    sheet = book.create_sheet("Регистър")
    sheet.append([TITLE])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append([])
    sheet.append(HEADER)
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    number = 0
    for group, rows in GROUPS:
        first = sheet.max_row + 1
        for row in rows:
            number += 1
            file, who, org, country, kind, date, note = row
            sheet.append([number, file, who, org, country, group if sheet.max_row + 1 == first else None, kind, date,
                          note or None])  # fmt: skip
        sheet.merge_cells(start_row=first, start_column=6, end_row=sheet.max_row, end_column=6)
        sheet.cell(first, 6).alignment = Alignment(vertical="center")
    sheet.append([])
    sheet.append([KEPT_BY])
    for column, width in zip("ABCDEFGHI", (5, 58, 30, 40, 14, 14, 32, 20, 60), strict=True):
        sheet.column_dimensions[column].width = width
    return _saved(book, dt.date(2026, 3, 13))


# (name, bytes-maker): written into corpus/
BUILDS = (
    (LITHUANIA_MENTIMETER["file"], lambda: build_mentimeter(LITHUANIA_MENTIMETER)),
    (IRELAND_BOARD["file"], lambda: build_board(IRELAND_BOARD)),
    (SERBIA_SLIDES["file"], lambda: build_notes_pages(SERBIA_SLIDES)),
    (JORDAN_LETTER["file"], lambda: build_cover_letter(JORDAN_LETTER)),
    (ARMENIA_JURY["file"], lambda: build_odt(ARMENIA_JURY)),
    ("metadata.xlsx", build_register),
)
# (name, bytes-maker): written beside corpus/
OUTLINE_BUILDS = (("outline.docx", build_outline),)


def main() -> int:
    """Write the built contributions, the sheet and the outline into eval/heldout34/."""
    root = HERE.parents[1]
    CORPUS.mkdir(exist_ok=True)
    for name, make in BUILDS:
        (CORPUS / name).write_bytes(make())
        print((CORPUS / name).relative_to(root))
    for name, make in OUTLINE_BUILDS:
        (HERE / name).write_bytes(make())
        print((HERE / name).relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
