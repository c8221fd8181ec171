"""Build the twentieth held-out set's files, its metadata sheet and its outline from the text in
``contributions.py`` and ``sheets.py``.

The accountants' statement saved from Word as a web page, the employment centre's HTML-only e-mail, the library's
Notepad note and the outline exported from a shared document are made in ``pages.py``; here are the adult
education network's two-column newsletter (reportlab in invariant mode), the online academy's macro-enabled deck
(python-pptx, then made a .pptm: the macro-enabled content type, a VBA project part and a button that runs a
macro), the universities' Impress slides with speaker notes (``eval/heldout4/opendocument.py``), the directorate's
note numbered by Word's own list styles (python-docx), the federation's SWOT workbook and the secretariat's sheet
(openpyxl). The Markdown issue and the TextEdit RTF are written by hand in ``corpus/``. Rebuilding unchanged text
changes no byte:

    python eval/heldout20/build.py
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout3.build import _fixed_modified  # noqa: E402
from eval.heldout4.opendocument import build_odp  # noqa: E402
from eval.heldout17.build import _fonts  # noqa: E402
from eval.heldout20.contributions import (  # noqa: E402
    AUSTRIA_NEWSLETTER,
    CROATIA_PAGE,
    EGYPT_NOTE,
    KAZAKHSTAN_EMAIL,
    LATVIA_DECK,
    MOLDOVA_SLIDES,
    SPAIN_SWOT,
    UKRAINE_NOTE,
)
from eval.heldout20.pages import build_html_email, build_notepad_note, build_outline_page, build_word_page  # noqa: E402
from eval.heldout20.sheets import HEADER, ROWS, TITLE_ROW  # noqa: E402
from eval.heldout20.vba import vba_project  # noqa: E402
from eval.office_builds import set_properties, stable_zip  # noqa: E402


def build_newsletter(spec: dict) -> bytes:
    """The bulletin as a layout program exports it: a masthead and an issue line across the first page, then
    the articles flowing through two columns with a bold heading each, a footer line on every page."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    rl_config.invariant = 1
    _fonts()
    width, height = A4
    margin, gutter, masthead = 50, 22, 110
    column = (width - 2 * margin - gutter) / 2
    body = ParagraphStyle("body", fontName="Sans", fontSize=11, leading=15, spaceAfter=6, alignment=4)
    head = ParagraphStyle("head", fontName="Sans-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=6)

    def frames(top: float) -> list:
        return [
            Frame(margin + n * (column + gutter), margin + 20, column, top - margin - 20, id=f"col{n}", showBoundary=0)
            for n in range(2)
        ]

    def first_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFillColorRGB(0.1, 0.25, 0.45)
        canvas.rect(0, height - masthead, width, masthead, stroke=0, fill=1)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setFont("Sans-Bold", 24)
        canvas.drawString(margin, height - 55, spec["masthead"])
        canvas.setFont("Sans", 10)
        canvas.drawString(margin, height - 85, spec["issue"])
        canvas.restoreState()
        footer(canvas, doc)

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Sans", 8)
        canvas.drawString(margin, 30, spec["footer"])
        canvas.drawRightString(width - margin, 30, f"page {doc.page}")
        canvas.restoreState()

    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4, title=spec["title"], author=spec["author"], invariant=1)
    doc.addPageTemplates(
        [
            PageTemplate(
                id="first", frames=frames(height - masthead - 20), onPage=first_page, autoNextPageTemplate="next"
            ),
            PageTemplate(id="next", frames=frames(height - margin), onPage=footer),
        ]
    )
    story = []
    for heading, paragraphs in spec["articles"]:
        story.append(Paragraph(escape(heading), head))
        story.extend(Paragraph(escape(text), body) for text in paragraphs)
    doc.build(story)
    return out.getvalue()


_PPTM_MAIN = "application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml"
_PPTX_MAIN = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
_VBA_REL = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
# The project's module as the VBA editor shows it, compiled into nothing: vbaProject.bin holds its compressed
# source (``vba.py``); the readers never open that part, and no macro is ever run.
_MACRO = (
    'Attribute VB_Name = "Poll"\r\nPublic Votes As Integer\r\n\r\nSub CountVote()\r\n    Votes = Votes + 1\r\n'
    '    MsgBox "Votes so far: " & Votes\r\nEnd Sub\r\n'
)


def _macro_enabled(data: bytes) -> bytes:
    """The deck saved as "PowerPoint Macro-Enabled Presentation": the main part's content type, the VBA project
    part and its relationship, and the poll slide's button set to run the macro."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            raw = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                text = raw.decode("utf-8").replace(_PPTX_MAIN, _PPTM_MAIN)
                text = text.replace(
                    '<Default Extension="xml"',
                    '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
                    '<Default Extension="xml"',
                )
                raw = text.encode("utf-8")
            elif item.filename == "ppt/_rels/presentation.xml.rels":
                raw = raw.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdVba1" Type="{_VBA_REL}" Target="vbaProject.bin"/></Relationships>'.encode(),
                )
            dst.writestr(item, raw)
        dst.writestr("ppt/vbaProject.bin", vba_project("Poll", _MACRO))
    return stable_zip(out.getvalue())


def build_macro_deck(spec: dict) -> bytes:
    """Slides in the default template's layouts (Title, Section Header, Title and Content with two bullet
    levels), a poll slide with a button, saved as a macro-enabled deck."""
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.oxml.ns import qn
    from pptx.util import Emu

    deck = Presentation()
    set_properties(deck.core_properties, spec)
    for kind, title, *rest in spec["slides"]:
        if kind == "title":
            slide = deck.slides.add_slide(deck.slide_layouts[0])
            slide.shapes.title.text = title
            slide.placeholders[1].text = rest[0]
        elif kind == "section":
            slide = deck.slides.add_slide(deck.slide_layouts[2])
            slide.shapes.title.text = title
            slide.placeholders[1].text_frame.text = ""
        elif kind == "bullets":
            slide = deck.slides.add_slide(deck.slide_layouts[1])
            slide.shapes.title.text = title
            frame = slide.placeholders[1].text_frame
            for n, (level, text) in enumerate(rest[0]):
                paragraph = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
                paragraph.text = text
                paragraph.level = level
        else:
            slide = deck.slides.add_slide(deck.slide_layouts[5])
            slide.shapes.title.text = title
            box = slide.shapes.add_textbox(Emu(900000), Emu(2000000), Emu(7300000), Emu(900000))
            box.text_frame.text = rest[0]
            button = slide.shapes.add_shape(
                MSO_SHAPE.ACTION_BUTTON_CUSTOM, Emu(3200000), Emu(3600000), Emu(2700000), Emu(800000)
            )
            button.text_frame.text = "Vote"
            # "Action Settings > Run macro": a click link with no target, its action naming the macro
            link = button._element.nvSpPr.cNvPr.makeelement(qn("a:hlinkClick"), {qn("r:id"): ""})
            link.set("action", "ppaction://macro?name=CountVote")
            button._element.nvSpPr.cNvPr.append(link)
    buf = io.BytesIO()
    deck.save(buf)
    return _macro_enabled(stable_zip(buf.getvalue()))


def build_numbered_note(spec: dict) -> bytes:
    """The directorate's note: a header line on every page, the reference and heading, an introduction, then
    points numbered by Word itself ("List Number", sub-points "List Number 2": no number typed in the text)."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.sections[0].header.paragraphs[0].text = spec["header"]
    doc.add_paragraph(spec["reference"])
    doc.add_paragraph().add_run(spec["heading"]).bold = True
    doc.add_paragraph(spec["intro"])
    for level, text in spec["points"]:
        doc.add_paragraph(text, style="List Number" if level == 0 else "List Number 2")
    doc.add_paragraph(spec["closing"])
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def _workbook_bytes(book, when: dt.datetime) -> bytes:
    buf = io.BytesIO()
    book.save(buf)
    return stable_zip(_fixed_modified(buf.getvalue(), when.strftime("%Y-%m-%dT%H:%M:%SZ")))


def build_swot(spec: dict) -> bytes:
    """The SWOT workbook: a merged heading, the four quadrants as two rows of headings over cells of bulleted
    lines (line breaks inside a cell), the asks merged across both columns under the grid, and a second sheet of
    members by province under its own title row."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    when = dt.datetime.combine(spec["date"], dt.time(9, 0))
    book = Workbook()
    book.properties.creator = book.properties.lastModifiedBy = spec["author"]
    book.properties.title = spec["title"]
    book.properties.created = when
    sheet = book.active
    sheet.title = spec["sheet"]
    sheet.append([spec["heading"], None])
    sheet.merge_cells("A1:B1")
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([None, None])
    fill = PatternFill("solid", fgColor="D9E1F2")
    for row in spec["grid"]:
        sheet.append(list(row))
        if "\n" not in row[0]:
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
                cell.fill = fill
    sheet.append([None, None])
    sheet.append([spec["asks_heading"], None])
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=2)
    sheet.cell(row=sheet.max_row, column=1).font = Font(bold=True)
    for ask in spec["asks"]:
        sheet.append([ask, None])
        sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=2)
    sheet.column_dimensions["A"].width = sheet.column_dimensions["B"].width = 55
    for cells in sheet.iter_rows():
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    members = book.create_sheet(spec["members_sheet"])
    members.append([spec["members_title"], None, None])
    members.merge_cells("A1:C1")
    for row in spec["members"]:
        members.append(list(row))
    return _workbook_bytes(book, when)


def build_sheet() -> bytes:
    """The secretariat's register in Excel: a title row merged across the table, the Slovenian header row in
    bold, one numbered row per contribution and the two notes columns."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    when = dt.datetime(2026, 3, 20, 14, 5)
    book = Workbook()
    book.properties.creator = book.properties.lastModifiedBy = "Sekretariat posvetovanja"
    book.properties.title = "Prejeti prispevki"
    book.properties.created = when
    sheet = book.active
    sheet.title = "Prispevki"
    width = len(HEADER)
    sheet.append([TITLE_ROW] + [None] * (width - 1))
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append(list(HEADER))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for number, row in enumerate(ROWS, start=1):
        sheet.append([f"{number}."] + [value or None for value in row])
    for letter, size in zip("ABCDEFGHIJ", (7, 48, 30, 40, 12, 18, 18, 14, 36, 24), strict=True):
        sheet.column_dimensions[letter].width = size
    for cells in sheet.iter_rows(min_row=3):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A3"
    return _workbook_bytes(book, when)


# (name, bytes-maker): written into corpus/
BUILDS = (
    (CROATIA_PAGE["file"], lambda: build_word_page(CROATIA_PAGE)),
    (AUSTRIA_NEWSLETTER["file"], lambda: build_newsletter(AUSTRIA_NEWSLETTER)),
    (KAZAKHSTAN_EMAIL["file"], lambda: build_html_email(KAZAKHSTAN_EMAIL)),
    (LATVIA_DECK["file"], lambda: build_macro_deck(LATVIA_DECK)),
    (MOLDOVA_SLIDES["file"], lambda: build_odp(MOLDOVA_SLIDES)),
    (EGYPT_NOTE["file"], lambda: build_numbered_note(EGYPT_NOTE)),
    (SPAIN_SWOT["file"], lambda: build_swot(SPAIN_SWOT)),
    (UKRAINE_NOTE["file"], lambda: build_notepad_note(UKRAINE_NOTE)),
    ("metadata.xlsx", build_sheet),
)
# (name, bytes-maker): written beside corpus/, in the set's folder
OUTLINE_BUILDS = (("outline.html", build_outline_page),)


def main() -> int:
    """Write the built contributions and the sheet into eval/heldout20/corpus/, and the outline beside it."""
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
