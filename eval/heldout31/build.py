"""Build the thirty-first held-out set's binary files from the text in ``contributions.py`` and ``sheets.py``.

The college's Erasmus+ application excerpt (python-docx: the form's prompts in shaded one-cell tables, each
followed by the applicant's answer), the policy institute's impact assessment summary (reportlab in invariant
mode: an executive summary box, a table of options against criteria, the preferred option argued below), the
women's society's logical framework matrix (``eval/heldout3/build.py``'s workbook builder), the student union's
petition (``eval/heldout4``'s OpenDocument writer), the Greek secretariat's register (openpyxl: a merged title row,
a frozen header, dropdowns drawing on a second sheet of lists) and the terms of reference used as the outline (a
PDF). The Typeform export, the catalogue page, the Signal chat, the written evidence, the RFC and the motion
e-mail are written by hand. Rebuilding unchanged text changes no byte:

    python eval/heldout31/build.py
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout3.build import _fixed_modified, build_workbook  # noqa: E402
from eval.heldout4.opendocument import build_odt  # noqa: E402
from eval.heldout17.build import _fonts  # noqa: E402
from eval.heldout23.screens import pdf_date  # noqa: E402
from eval.heldout31.contributions import (  # noqa: E402
    AZERBAIJAN_PETITION,
    CYPRUS_IMPACT,
    DENMARK_ERASMUS,
    PALESTINE_LOGFRAME,
)
from eval.heldout31.sheets import (  # noqa: E402
    LISTS_COLUMNS,
    LISTS_HEADER,
    REGISTER_HEADER,
    REGISTER_ROWS,
    REGISTER_TITLE,
    TERMS,
)
from eval.office_builds import set_properties, stable_zip  # noqa: E402


def _shade(cell, fill: str) -> None:
    """Word's cell shading (w:shd), as the application form shades its prompts."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def build_erasmus(spec: dict) -> bytes:
    """The application form's excerpt: the form's heading, the identification table, then each numbered section
    as a heading, each of its prompts in a shaded one-cell table and the applicant's answer under it."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    run = doc.add_paragraph().add_run(spec["heading"])
    run.bold, run.font.size = True, Pt(14)
    doc.add_paragraph(spec["subheading"]).runs[0].italic = True
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in spec["identification"]:
        left, right = table.add_row().cells
        left.text, right.text = label, value
        _shade(left, "D9E2F3")
    for heading, prompts in spec["sections"]:
        doc.add_heading(heading, level=1)
        for prompt, answers in prompts:
            box = doc.add_table(rows=1, cols=1)
            box.style = "Table Grid"
            box.rows[0].cells[0].text = prompt
            box.rows[0].cells[0].paragraphs[0].runs[0].italic = True
            _shade(box.rows[0].cells[0], "E7E6E6")
            for answer in answers:
                doc.add_paragraph(answer)
    doc.sections[0].footer.paragraphs[0].text = spec["footer"]
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def _pdf_doc(buf: io.BytesIO, spec: dict):
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    rl_config.invariant = 1
    _fonts()
    return SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
        title=spec["title"], author=spec["author"], creator="Microsoft Word", invariant=1,
    )  # fmt: skip


def _styles():
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("body", fontName="Sans", fontSize=9.5, leading=13, spaceAfter=6)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=2),
        "h": ParagraphStyle("h", parent=body, fontName="Sans-Bold", fontSize=13, leading=17, spaceBefore=8),
        "title": ParagraphStyle("title", parent=body, fontName="Sans-Bold", fontSize=17, leading=22),
        "boxhead": ParagraphStyle("boxhead", parent=body, fontName="Sans-Bold", fontSize=10.5),
    }


def _on_page(date: str, footer: str):
    def draw(canvas, doc) -> None:
        from reportlab.lib.units import mm

        canvas.setDateFormatter(pdf_date(date))
        canvas.setFont("Sans", 7.5)
        canvas.drawString(22 * mm, 10 * mm, footer)
        canvas.drawRightString(188 * mm, 10 * mm, str(doc.page))

    return draw


def build_impact(spec: dict) -> bytes:
    """The impact assessment summary: the institute's name, the title and byline, the executive summary in a
    shaded box, the numbered sections with the options table (criteria down, options across) and the preferred
    option argued under it; a footer with the institute's name and the page number."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    styles = _styles()
    buf = io.BytesIO()
    doc = _pdf_doc(buf, spec)
    story = [
        Paragraph(escape(spec["org"]), styles["small"]),
        Paragraph(escape(spec["title"]), styles["title"]),
        Paragraph(escape(spec["byline"]), styles["small"]),
        Spacer(1, 8),
    ]
    head, text = spec["summary_box"]
    box = Table([[[Paragraph(escape(head), styles["boxhead"]), Paragraph(escape(text), styles["body"])]]])
    box.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#1F4E79")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#DEEAF6")),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
    ]))  # fmt: skip
    story += [box, Spacer(1, 8)]
    for block in spec["blocks"]:
        if isinstance(block, str):
            story.append(Paragraph(escape(block), styles["body"]))
        elif block[0] == "h":
            story.append(Paragraph(escape(block[1]), styles["h"]))
        else:
            grid = [[Paragraph(escape(v), styles["cell"]) for v in row] for row in spec["options"]]
            table = Table(grid, colWidths=[34 * 2.8346] + [44 * 2.8346] * 3, repeatRows=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))  # fmt: skip
            story += [table, Spacer(1, 6)]
    page = _on_page(spec["saved"], spec["org"])
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return buf.getvalue()


def build_terms(spec: dict) -> bytes:
    """The terms of reference: a cover page (working group, "TERMS OF REFERENCE", subject, reference, place and
    date), then the background and purpose, each theme as a heading of its own ("Theme 1: ...") with a purpose
    line over a two-column table of its numbered guiding questions ("No. | Guiding question"), the timeline table
    and the annexes; the reference and page number in the footer."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    styles = _styles()
    buf = io.BytesIO()
    doc = _pdf_doc(buf, spec)
    group, kind, subject, ref, place = spec["cover"]
    centred = ParagraphStyle("centred", parent=styles["body"], alignment=1, fontSize=11, leading=15)
    story = [
        Spacer(1, 120),
        Paragraph(escape(group), centred),
        Spacer(1, 30),
        Paragraph(escape(kind), ParagraphStyle("kind", parent=styles["title"], alignment=1, fontSize=24, leading=30)),
        Spacer(1, 12),
        Paragraph(escape(subject), ParagraphStyle("subject", parent=styles["h"], alignment=1)),
        Spacer(1, 60),
        Paragraph(escape(ref), centred),
        Paragraph(escape(place), centred),
        PageBreak(),
    ]
    for heading, paragraphs in (spec["background"], spec["purpose"]):
        story.append(Paragraph(escape(heading), styles["h"]))
        story += [Paragraph(escape(p), styles["body"]) for p in paragraphs]
    story += [
        Paragraph(escape(spec["themes_heading"]), styles["h"]),
        Paragraph(escape(spec["themes_intro"]), styles["body"]),
    ]
    for n, (theme, purpose, questions) in enumerate(spec["themes"], start=1):
        rows = [[Paragraph("No.", styles["boxhead"]), Paragraph("Guiding question", styles["boxhead"])]]
        rows += [
            [Paragraph(f"{n}.{k}", styles["cell"]), Paragraph(escape(q), styles["cell"])]
            for k, q in enumerate(questions, start=1)
        ]
        themes = Table(rows, colWidths=[14 * 2.8346, 152 * 2.8346])
        themes.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))  # fmt: skip
        story += [Paragraph(escape(f"Theme {n}: {theme}"), styles["h"]), Paragraph(escape(purpose), styles["body"])]
        story += [themes, Spacer(1, 4)]
    story.append(Paragraph(escape(spec["timeline_heading"]), styles["h"]))
    timeline = Table([[Paragraph(escape(v), styles["cell"]) for v in row] for row in spec["timeline"]])
    timeline.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
    ]))  # fmt: skip
    story += [timeline, PageBreak()]
    heading, paragraphs = spec["annex"]
    story.append(Paragraph(escape(heading), styles["h"]))
    story += [Paragraph(escape(p), styles["body"]) for p in paragraphs]
    page = _on_page(spec["saved"], spec["cover"][3])
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return buf.getvalue()


def build_register() -> bytes:
    """The secretariat's register in Excel: sheet "Μητρώο" with the title merged over the header's width in row 1,
    the header in row 2 frozen below it, dates as dd/mm/yyyy cells or as typed text, dropdowns on the kind and the
    group of countries drawing on sheet "Λίστες", which holds the lists."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    when = dt.datetime(2026, 3, 18, 9, 0)
    book = Workbook()
    book.properties.creator = book.properties.lastModifiedBy = "Γραμματεία ΟΕ-ΜΠ"
    book.properties.title = "Μητρώο συνεισφορών"
    book.properties.created = when
    sheet = book.active
    sheet.title = "Μητρώο"
    width = len(REGISTER_HEADER)
    sheet.append([REGISTER_TITLE] + [None] * (width - 1))
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(list(REGISTER_HEADER))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in REGISTER_ROWS:
        sheet.append(list(row))
        date = sheet.cell(row=sheet.max_row, column=8)
        if isinstance(date.value, dt.date):
            date.number_format = "DD/MM/YYYY"
    sheet.freeze_panes = "A3"
    for letter, size in zip("ABCDEFGHI", (5, 52, 26, 40, 16, 12, 18, 16, 40), strict=True):
        sheet.column_dimensions[letter].width = size
    last = 2 + len(REGISTER_ROWS)
    lists = book.create_sheet("Λίστες")
    lists.append(list(LISTS_HEADER))
    for n in range(max(len(c) for c in LISTS_COLUMNS)):
        lists.append([c[n] if n < len(c) else None for c in LISTS_COLUMNS])
    for column, letter in ((7, "A"), (6, "B")):
        count = len(LISTS_COLUMNS[ord(letter) - ord("A")])
        rule = DataValidation(type="list", formula1=f"'Λίστες'!${letter}$2:${letter}${count + 1}", allow_blank=True)
        sheet.add_data_validation(rule)
        target = "ABCDEFGHI"[column - 1]
        rule.add(f"{target}3:{target}{last}")
    buf = io.BytesIO()
    book.save(buf)
    return stable_zip(_fixed_modified(buf.getvalue(), when.strftime("%Y-%m-%dT%H:%M:%SZ")))


# (name, bytes-maker): written into corpus/
BUILDS = (
    (DENMARK_ERASMUS["file"], lambda: build_erasmus(DENMARK_ERASMUS)),
    (CYPRUS_IMPACT["file"], lambda: build_impact(CYPRUS_IMPACT)),
    (PALESTINE_LOGFRAME["file"], lambda: build_workbook(PALESTINE_LOGFRAME)),
    (AZERBAIJAN_PETITION["file"], lambda: build_odt(AZERBAIJAN_PETITION)),
    ("metadata.xlsx", build_register),
)
# (name, bytes-maker): written beside corpus/
OUTLINE_BUILDS = (("outline.pdf", lambda: build_terms(TERMS)),)


def main() -> int:
    """Write the built contributions and the sheet into eval/heldout31/corpus/, the outline beside it."""
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
