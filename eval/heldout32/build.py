"""Build the thirty-second held-out set's binary files from the text in ``contributions.py`` and ``sheets.py``.

The employment office's Slido Q&A export (openpyxl: a "Questions" sheet, one row per audience question with the
panel's typed reply, and an "Event" sheet), the research institute's handbook case study (python-docx: a running
head, the narrative, a figure with its caption, a side box quoting an employer and a shaded "Lessons learned" box),
the youth council's factsheet (reportlab in invariant mode: one A4 page in three columns, large figures with short
captions, positions as call-outs), the chamber's memorandum of understanding and the union's Pecha Kucha talk
(``eval/heldout4``'s OpenDocument writer), the Croatian secretariat's register (Calc XML: a merged title, merged
group headers over the real headers, a note under the table) and the questionnaire used as the outline (Word:
tables per theme with empty answer cells, real footnotes). The Reddit thread, the GitLab issue, the tender
specifications, the rapporteur's e-mail and the lesson plan are written by hand. Rebuilding unchanged text changes
no byte:

    python eval/heldout32/build.py
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

from eval.heldout3.build import _add_footnotes, _fixed_modified, _footnote_reference  # noqa: E402
from eval.heldout4.opendocument import build_odp, build_odt  # noqa: E402
from eval.heldout17.build import _fonts  # noqa: E402
from eval.heldout23.screens import pdf_date  # noqa: E402
from eval.heldout29.build import _calc, _cell, _row  # noqa: E402
from eval.heldout31.build import _shade  # noqa: E402
from eval.heldout32.contributions import (  # noqa: E402
    ALBANIA_MOU,
    BELGIUM_SLIDO,
    BOSNIA_PECHA_KUCHA,
    FRANCE_FACTSHEET,
    HUNGARY_CASE,
)
from eval.heldout32.sheets import (  # noqa: E402
    QUESTIONNAIRE,
    REGISTER_FOOTNOTE,
    REGISTER_GROUPS,
    REGISTER_HEADER,
    REGISTER_ROWS,
    REGISTER_TITLE,
)
from eval.office_builds import set_properties, stable_zip  # noqa: E402


def build_slido(spec: dict) -> bytes:
    """Slido's export: sheet "Questions" with its header and one row per audience question (likes as numbers,
    the reply and who typed it, empty for a question archived unanswered), then sheet "Event"."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    when = dt.datetime.combine(spec["date"], dt.time(16, 2))
    book = Workbook()
    book.properties.creator = book.properties.lastModifiedBy = spec["author"]
    book.properties.title = spec["title"]
    book.properties.created = when
    questions = book.active
    questions.title = "Questions"
    questions.append(list(spec["header"]))
    for cell in questions[1]:
        cell.font = Font(bold=True)
    for row in spec["rows"]:
        questions.append(list(row))
    for letter, width in zip("ABCDEFGH", (48, 14, 7, 10, 12, 17, 70, 22), strict=True):
        questions.column_dimensions[letter].width = width
    for cells in questions.iter_rows(min_row=2):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    event = book.create_sheet("Event")
    for label, value in spec["event"]:
        event.append([label, value])
        event.cell(row=event.max_row, column=1).font = Font(bold=True)
    event.column_dimensions["A"].width = 16
    event.column_dimensions["B"].width = 80
    buf = io.BytesIO()
    book.save(buf)
    return stable_zip(_fixed_modified(buf.getvalue(), when.strftime("%Y-%m-%dT%H:%M:%SZ")))


def _box(doc, fill: str, head: str, paragraphs: tuple, bullets: bool = False) -> None:
    """A one-cell table shaded ``fill``: a bold heading over its paragraphs (bulleted when ``bullets``)."""
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.rows[0].cells[0]
    cell.paragraphs[0].add_run(head).bold = True
    for text in paragraphs:
        cell.add_paragraph(text, style="List Bullet" if bullets else None)
    _shade(cell, fill)


def build_case_study(spec: dict) -> bytes:
    """The handbook's chapter: the book's title as the running head, the chapter heading and byline, the numbered
    narrative sections, a figure (its data as a small table) with its caption, a side box quoting the interviewed
    employer, the shaded "Lessons learned" box and the questions for reflection."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = spec["running_head"]
    doc.add_heading(spec["chapter"], level=1)
    doc.add_paragraph().add_run(spec["byline"]).italic = True
    (first_head, first_text), (second_head, second_text) = spec["narrative"]
    doc.add_heading(first_head, level=2)
    for text in first_text:
        doc.add_paragraph(text)
    side_head, side_text = spec["side_box"]
    _box(doc, "FFF2CC", side_head, (side_text,))
    doc.add_heading(second_head, level=2)
    for text in second_text:
        doc.add_paragraph(text)
    rows = spec["figure_rows"]
    figure = doc.add_table(rows=len(rows), cols=2)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            figure.cell(r, c).text = value
    doc.add_paragraph(spec["figure"], style="Caption")
    head, lessons = spec["lessons"]
    _box(doc, "DEEAF6", head, lessons, bullets=True)
    for text in spec["closing"]:
        doc.add_paragraph().add_run(text).italic = True
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_factsheet(spec: dict) -> bytes:
    """The one-page factsheet: a coloured band with the headline and the strap line across the top, then three
    columns: the large figures with their captions (left and middle), the council's positions as shaded call-outs
    (right), and "About us" in small type at the foot of the last column."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    rl_config.invariant = 1
    _fonts()
    buf = io.BytesIO()
    width, height = A4
    margin, gap = 14 * mm, 6 * mm
    column = (width - 2 * margin - 2 * gap) / 3
    band = 38 * mm
    frames = [Frame(margin, height - margin - band, width - 2 * margin, band, id="band")]
    frames += [
        Frame(margin + n * (column + gap), margin, column, height - 2 * margin - band - 4 * mm, id=f"col{n}")
        for n in range(3)
    ]

    def page(canvas, doc) -> None:
        canvas.setDateFormatter(pdf_date(spec["saved"]))
        canvas.setFillColor(colors.HexColor("#1B5E70"))
        canvas.rect(0, height - margin - band - 2 * mm, width, band + margin + 2 * mm, stroke=0, fill=1)

    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=margin, bottomMargin=margin,
        title=spec["title"], author=spec["author"], creator="Adobe InDesign 19.2", invariant=1,
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate(id="sheet", frames=frames, onPage=page)])
    white = ParagraphStyle("white", fontName="Sans-Bold", fontSize=22, leading=27, textColor=colors.white)
    strap = ParagraphStyle("strap", fontName="Sans", fontSize=10, leading=13, textColor=colors.white)
    org = ParagraphStyle("org", parent=strap, fontName="Sans-Bold", fontSize=9)
    big = ParagraphStyle("big", fontName="Sans-Bold", fontSize=34, leading=38, textColor=colors.HexColor("#1B5E70"))
    caption = ParagraphStyle("caption", fontName="Sans", fontSize=9.5, leading=12, spaceAfter=14)
    callout = ParagraphStyle("callout", fontName="Sans-Bold", fontSize=10.5, leading=14)
    small = ParagraphStyle("small", fontName="Sans", fontSize=7.5, leading=9.5)
    story = [
        Paragraph(escape(spec["org"]), org),
        Spacer(1, 4),
        Paragraph(escape(spec["headline"]), white),
        Paragraph(escape(spec["strap"]), strap),
        FrameBreak(),
    ]
    figures = spec["figures"]
    half = (len(figures) + 1) // 2
    for n, (number, text) in enumerate(figures):
        if n == half:
            story.append(FrameBreak())
        story += [Paragraph(escape(number), big), Paragraph(escape(text), caption)]
    story.append(FrameBreak())
    for text in spec["callouts"]:
        box = Table([[Paragraph(escape(text), callout)]], colWidths=[column])
        box.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FCE4D6")),
            ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor("#C55A11")),
            ("LEFTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))  # fmt: skip
        story += [box, Spacer(1, 9)]
    story += [Spacer(1, 12), Paragraph(escape(spec["about"]), small)]
    doc.build(story)
    return buf.getvalue()


def build_register() -> bytes:
    """The secretariat's register in Calc: the title merged across the table, the group headers ("Prilog",
    "Kontakt", "Zaprimanje") each merged over its columns, the bold real headers, one row per contribution, an
    empty row and the note under the table."""
    width = len(REGISTER_HEADER)
    covered = "<table:covered-table-cell/>"
    groups = []
    for name, span in REGISTER_GROUPS:
        groups += [_cell(name, span=span, style="bold")] + [covered] * (span - 1)
    rows = [
        _row([_cell(REGISTER_TITLE, span=width, style="big")] + [covered] * (width - 1)),
        _row(groups),
        _row([_cell(h, style="bold") for h in REGISTER_HEADER]),
        *(_row([_cell(v) for v in row]) for row in REGISTER_ROWS),
        _row([f'<table:table-cell table:number-columns-repeated="{width}"/>']),
        _row([_cell(REGISTER_FOOTNOTE, span=width, style="note")] + [covered] * (width - 1)),
    ]
    meta = {"title": "Evidencija priloga", "author": "Tajništvo radne skupine", "date": dt.date(2026, 3, 13)}
    return _calc("Evidencija", width, rows, meta)


def _bold_line(doc, text: str) -> None:
    """A heading typed as a bold line in the Normal style, as the questionnaire's front and back matter is."""
    doc.add_paragraph().add_run(text).bold = True


def build_questionnaire(spec: dict) -> bytes:
    """The consultation questionnaire in Word: the issuer and reference in the page header, the title, the
    instructions under a bold line as a numbered list, an "About you" table with empty answer cells, a page break,
    then each theme as a Heading 1 over its table "No. | Question | Your answer" (answer cells empty; a part (b) on
    its own row without a number; definitions as real footnotes), and the closing "Data protection" paragraph
    under a bold line."""
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.sections[0].header.paragraphs[0].text = f"{spec['issuer']}    {spec['reference']}"
    doc.add_paragraph(spec["heading"], style="Title")
    doc.add_paragraph(spec["subheading"], style="Subtitle")
    _bold_line(doc, spec["instructions_heading"])
    for text in spec["instructions"]:
        doc.add_paragraph(text, style="List Number")
    _bold_line(doc, spec["respondent_heading"])
    about = doc.add_table(rows=len(spec["respondent"]), cols=2)
    about.style = "Table Grid"
    for n, label in enumerate(spec["respondent"]):
        about.cell(n, 0).text = label
        _shade(about.cell(n, 0), "F2F2F2")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    notes: list[str] = []
    for theme, questions in spec["themes"]:
        doc.add_heading(theme, level=1)
        table = doc.add_table(rows=1 + len(questions), cols=3)
        table.style = "Table Grid"
        for c, label in enumerate(("No.", "Question", "Your answer")):
            table.cell(0, c).text = label
            table.cell(0, c).paragraphs[0].runs[0].bold = True
            _shade(table.cell(0, c), "D9E2F3")
        for r, (number, question, note) in enumerate(questions, start=1):
            table.cell(r, 0).text = number
            table.cell(r, 1).text = question
            if note:
                notes.append(note)
                _footnote_reference(table.cell(r, 1).paragraphs[0], len(notes))
        for row in table.rows:
            for c, size in enumerate((Cm(1.4), Cm(7.6), Cm(8.0))):
                row.cells[c].width = size
        doc.add_paragraph()
    _bold_line(doc, spec["closing_heading"])
    for text in spec["closing"]:
        doc.add_paragraph(text)
    _add_footnotes(doc, notes)
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


# (name, bytes-maker): written into corpus/
BUILDS = (
    (BELGIUM_SLIDO["file"], lambda: build_slido(BELGIUM_SLIDO)),
    (HUNGARY_CASE["file"], lambda: build_case_study(HUNGARY_CASE)),
    (FRANCE_FACTSHEET["file"], lambda: build_factsheet(FRANCE_FACTSHEET)),
    (ALBANIA_MOU["file"], lambda: build_odt(ALBANIA_MOU)),
    (BOSNIA_PECHA_KUCHA["file"], lambda: build_odp(BOSNIA_PECHA_KUCHA)),
    ("metadata.ods", build_register),
)
# (name, bytes-maker): written beside corpus/
OUTLINE_BUILDS = (("outline.docx", lambda: build_questionnaire(QUESTIONNAIRE)),)


def main() -> int:
    """Write the built contributions and the sheet into eval/heldout32/corpus/, the outline beside it."""
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
