"""Build the twenty-sixth held-out set's binary files, its metadata sheet and its outline from the text in
``contributions.py`` and ``sheets.py``.

The universities' Word file with tracked changes and a comment left in it (python-docx, the ``w:ins`` and ``w:del``
runs written as XML), the chamber's e-mail with its paper attached as a PDF (a MIME message written by hand around
a reportlab file), the employment service's table printed from a spreadsheet to landscape PDF over two pages with
its header row repeated (reportlab), the institute's working paper in OpenDocument text with a cover page and
footnotes (its XML written directly, packed as ``eval/heldout4/opendocument.py`` packs it), the employers'
amendments and the Romanian-headed register (openpyxl) and the call for contributions as the outline PDF. The
Slack thread, the mind map, the Trello export, the phone note (RTF) and the op-ed page are kept as text. Rebuilding
unchanged text changes no byte:

    python eval/heldout26/build.py
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout3.build import _fixed_modified, build_workbook  # noqa: E402
from eval.heldout4.opendocument import _HEAD, _NS, _TEXT_STYLES, ODT_MIME, _meta, _package  # noqa: E402
from eval.heldout17.build import _fonts  # noqa: E402
from eval.heldout23.screens import pdf_date  # noqa: E402
from eval.heldout26.contributions import (  # noqa: E402
    ALBANIA_ODT,
    GERMANY_TRACKED,
    HUNGARY_MAIL,
    ITALY_AMENDMENTS,
    NETHERLANDS_PRINT,
)
from eval.heldout26.sheets import CALL, REGISTER  # noqa: E402
from eval.office_builds import set_properties, stable_zip  # noqa: E402


def build_tracked_word(spec: dict) -> bytes:
    """The Word file as its author left it: her insertions in ``w:ins`` and deletions in ``w:del`` (``w:delText``),
    not yet accepted, and a colleague's comment anchored on one sentence."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document()
    set_properties(doc.core_properties, spec)
    author = spec["author"]
    ids = iter(range(1, 100))

    def tracked(kind: str, text: str):
        mark = OxmlElement(f"w:{kind}")
        mark.set(qn("w:id"), str(next(ids)))
        mark.set(qn("w:author"), author)
        mark.set(qn("w:date"), spec["change_date"])
        run = OxmlElement("w:r")
        inner = OxmlElement("w:t" if kind == "ins" else "w:delText")
        inner.set(qn("xml:space"), "preserve")
        inner.text = text
        run.append(inner)
        mark.append(run)
        return mark

    for number, runs in enumerate(spec["paragraphs"]):
        paragraph = doc.add_paragraph(style="Title" if number == 0 else None)
        for run in runs:
            if isinstance(run, str):
                paragraph.add_run(run)
            elif run[0] == "comment":
                commented = paragraph.add_run(run[1])
                name, initials = spec["reviewer"]
                comment = doc.add_comment(commented, text=run[2], author=name, initials=initials)
                comment._comment_elm.set(qn("w:date"), spec["change_date"])
            else:
                paragraph._p.append(tracked(*run))
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_paper_pdf(spec: dict) -> bytes:
    """The chamber's paper as Word exports it to PDF: A4, a heading per part, body paragraphs."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    rl_config.invariant = 1
    _fonts()
    body = ParagraphStyle("body", fontName="Sans", fontSize=10.5, leading=15, spaceAfter=8)
    head = ParagraphStyle("head", fontName="Sans-Bold", fontSize=13, leading=17, spaceBefore=8, spaceAfter=5)
    story = [
        Paragraph(escape(block[1]), head) if isinstance(block, tuple) else Paragraph(escape(block), body)
        for block in spec["blocks"]
    ]
    buf = io.BytesIO()

    def stamp(canvas, _doc) -> None:
        canvas.setDateFormatter(pdf_date(spec["saved"]))
        canvas.setTitle(spec["title"])
        canvas.setAuthor(spec["author"])

    SimpleDocTemplate(buf, pagesize=A4, leftMargin=70, rightMargin=70).build(story, onFirstPage=stamp)
    return buf.getvalue()


def _address(name: str, mail: str) -> str:
    from email.header import Header

    shown = Header(name, "utf-8").encode() if not name.isascii() else f'"{name}"'
    return f"{shown} <{mail}>"


def build_covering_mail(spec: dict) -> bytes:
    """The e-mail as Thunderbird saves it: a short plain-text covering note (quoted-printable would do as well;
    8bit here) and the paper attached as a PDF in base64."""
    attached = spec["attachment"]
    encoded = base64.b64encode(build_paper_pdf(attached)).decode("ascii")
    mark = spec["boundary"]
    lines = [
        f"From: {_address(*spec['from'])}",
        f"To: {_address(*spec['to'])}",
        f"Subject: {spec['subject']}",
        f"Date: {spec['date']}",
        f"Message-ID: {spec['message_id']}",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/mixed; boundary="{mark}"',
        "",
        "This is a multi-part message in MIME format.",
        f"--{mark}",
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: 8bit",
        "",
        "\n\n".join(spec["body"]),
        "",
        f"--{mark}",
        f'Content-Type: application/pdf; name="{attached["filename"]}"',
        f'Content-Disposition: attachment; filename="{attached["filename"]}"',
        "Content-Transfer-Encoding: base64",
        "",
        *(encoded[i : i + 72] for i in range(0, len(encoded), 72)),
        "",
        f"--{mark}--",
        "",
    ]
    return "\n".join(lines).encode("utf-8")


def build_sheet_print(spec: dict) -> bytes:
    """The spreadsheet as Excel prints it to PDF: A4 landscape, gridlines round every cell, the header row repeated
    at the top of each page, the sheet's name in the header and "Page n of N" in the footer."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

    rl_config.invariant = 1
    _fonts()
    width, height = landscape(A4)
    cell = ParagraphStyle("cell", fontName="Sans", fontSize=12, leading=17)
    bold = ParagraphStyle("bold", parent=cell, fontName="Sans-Bold")
    rows = [[Paragraph(escape(v), bold) for v in spec["header"]]]
    rows += [[Paragraph(escape(v), cell) for v in row] for row in spec["rows"]]

    def printed(pages: int) -> tuple[bytes, int]:
        table = LongTable(rows, colWidths=[36, 86, 240, 290, 90], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
                ]
            )
        )

        def furniture(canvas, doc) -> None:
            canvas.setDateFormatter(pdf_date(spec["saved"]))
            canvas.setTitle(spec["title"])
            canvas.setAuthor(spec["author"])
            canvas.setFont("Sans", 9)
            canvas.drawCentredString(width / 2, height - 28, spec["sheet"])
            canvas.drawCentredString(width / 2, 22, f"Page {doc.page} of {pages}")

        buf = io.BytesIO()
        doc = SimpleDocTemplate(buf, pagesize=(width, height), leftMargin=50, rightMargin=50, topMargin=48,
                                bottomMargin=48)  # fmt: skip
        doc.build([table], onFirstPage=furniture, onLaterPages=furniture)
        return buf.getvalue(), doc.page

    _, pages = printed(0)  # Excel counts the pages before it prints "Page n of N"
    return printed(pages)[0]


_ODT_EXTRA_STYLES = (
    '<style:style style:name="Cover" style:family="paragraph"><style:paragraph-properties fo:text-align="center" '
    'fo:margin-top="0.6cm"/><style:text-properties fo:font-size="16pt"/></style:style>'
    '<style:style style:name="CoverEnd" style:family="paragraph"><style:paragraph-properties '
    'fo:text-align="center" fo:break-after="page"/></style:style>'
    '<style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="9pt"/>'
    "</style:style></office:automatic-styles>"
)


def build_working_paper(spec: dict) -> bytes:
    """The working paper as Writer saves it: a cover page of centred lines ending in a page break, then headings
    and body paragraphs; a paragraph given as (text, note) carries a real footnote (``text:note``) at its end."""
    out = [f'<text:p text:style-name="Cover">{escape(line)}</text:p>' for line in spec["cover"][:-1]]
    out.append(f'<text:p text:style-name="CoverEnd">{escape(spec["cover"][-1])}</text:p>')
    count = 0
    for block in spec["paragraphs"]:
        if isinstance(block, tuple) and block[0] == "h":
            out.append(f'<text:h text:style-name="H1" text:outline-level="1">{escape(block[1])}</text:h>')
            continue
        text, note = (block, None) if isinstance(block, str) else block
        xml = escape(text)
        if note:
            count += 1
            xml += (
                f'<text:note text:id="ftn{count}" text:note-class="footnote"><text:note-citation>{count}'
                f'</text:note-citation><text:note-body><text:p text:style-name="Footnote">{escape(note)}'
                "</text:p></text:note-body></text:note>"
            )
        out.append(f'<text:p text:style-name="Body">{xml}</text:p>')
    styles = _TEXT_STYLES.replace("</office:automatic-styles>", _ODT_EXTRA_STYLES)
    content = (
        f"{_HEAD}<office:document-content {_NS}>{styles}<office:body><office:text>"
        f"{''.join(out)}</office:text></office:body></office:document-content>"
    )
    return _package(ODT_MIME, {"content.xml": content, "meta.xml": _meta(spec)})


def build_register(spec: dict) -> bytes:
    """The secretariat's register in Excel: a title merged across the columns, an empty row, the Romanian header
    in bold, one row per contribution, the notes column last."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    when = dt.datetime.combine(spec["date"], dt.time(9, 0))
    book = Workbook()
    book.properties.creator = spec["author"]
    book.properties.lastModifiedBy = spec["author"]
    book.properties.title = spec["title"]
    book.properties.created = when
    sheet = book.active
    sheet.title = spec["sheet"]
    columns = len(spec["header"])
    sheet.append([spec["title"]])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    sheet.append(list(spec["header"]))
    for cell in sheet[3]:
        cell.font = Font(bold=True)
    for row in spec["rows"]:
        sheet.append(list(row))
    for letter, width in spec["widths"].items():
        sheet.column_dimensions[letter].width = width
    for cells in sheet.iter_rows(min_row=3):
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    buf = io.BytesIO()
    book.save(buf)
    return stable_zip(_fixed_modified(buf.getvalue(), when.strftime("%Y-%m-%dT%H:%M:%SZ")))


def build_call(spec: dict) -> bytes:
    """The call for contributions as the network publishes it: a letterhead (name, address line, a coloured rule),
    the title, an introduction, numbered themes each with its numbered questions, then the deadline and the
    contact; "page n" at the foot."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    rl_config.invariant = 1
    _fonts()
    width, height = A4
    title = ParagraphStyle("title", fontName="Sans-Bold", fontSize=17, leading=22, spaceAfter=10)
    body = ParagraphStyle("body", fontName="Sans", fontSize=10.5, leading=15, spaceAfter=7)
    theme = ParagraphStyle("theme", fontName="Sans-Bold", fontSize=14, leading=18, spaceBefore=10, spaceAfter=4)
    question = ParagraphStyle("question", parent=body, leftIndent=22, firstLineIndent=-16, spaceAfter=8)
    story: list = [Paragraph(escape(spec["title"]), title)]
    story += [Paragraph(escape(p), body) for p in spec["introduction"]]
    for number, (name, questions) in enumerate(spec["themes"], start=1):
        story.append(Paragraph(escape(f"Theme {number}. {name}"), theme))
        for q_number, text in enumerate(questions, start=1):
            story.append(Paragraph(escape(f"{number}.{q_number}  {text}"), question))
    story.append(Spacer(1, 10))
    story += [Paragraph(escape(p), body) for p in spec["closing"]]

    def letterhead(canvas, doc) -> None:
        canvas.setDateFormatter(pdf_date(spec["saved"]))
        canvas.setTitle(spec["title"])
        canvas.setAuthor(spec["author"])
        canvas.setFillColor(colors.HexColor("#5B2C6F"))
        canvas.circle(72, height - 52, 12, stroke=0, fill=1)  # the network's mark, a drawing without text
        canvas.setFillColor(colors.white)
        canvas.circle(72, height - 52, 5, stroke=0, fill=1)
        canvas.setFillColor(colors.HexColor("#5B2C6F"))
        canvas.setFont("Sans-Bold", 10)
        canvas.drawString(92, height - 50, spec["letterhead"][0].upper())
        canvas.setFont("Sans", 8.5)
        canvas.setFillColor(colors.black)
        canvas.drawString(92, height - 63, spec["letterhead"][1])
        canvas.setStrokeColor(colors.HexColor("#5B2C6F"))
        canvas.setLineWidth(2)
        canvas.line(60, height - 72, width - 60, height - 72)
        footer(canvas, doc)

    def footer(canvas, doc) -> None:
        canvas.setFont("Sans", 8)
        canvas.drawRightString(width - 60, 30, f"page {doc.page}")

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=60, rightMargin=60, topMargin=100, bottomMargin=60)
    doc.build(story, onFirstPage=letterhead, onLaterPages=footer)
    return buf.getvalue()


# (name, bytes-maker): written into corpus/
BUILDS = (
    (GERMANY_TRACKED["file"], lambda: build_tracked_word(GERMANY_TRACKED)),
    (HUNGARY_MAIL["file"], lambda: build_covering_mail(HUNGARY_MAIL)),
    (NETHERLANDS_PRINT["file"], lambda: build_sheet_print(NETHERLANDS_PRINT)),
    (ALBANIA_ODT["file"], lambda: build_working_paper(ALBANIA_ODT)),
    (ITALY_AMENDMENTS["file"], lambda: build_workbook(ITALY_AMENDMENTS)),
    ("metadata.xlsx", lambda: build_register(REGISTER)),
)
# (name, bytes-maker): written beside corpus/
OUTLINE_BUILDS = (("outline.pdf", lambda: build_call(CALL)),)


def main() -> int:
    for name, make in BUILDS:
        (CORPUS / name).write_bytes(make())
    for name, make in OUTLINE_BUILDS:
        (HERE / name).write_bytes(make())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
