"""Build the twenty-first held-out set's binary files and its metadata sheet from the text in
``contributions.py`` and ``sheets.py``.

The winegrowers' two-page letter typed, signed, stamped and scanned in greyscale to one multi-page TIFF (Pillow:
200 dpi, a scanner's grey paper with specks, each page turned a little, no text layer), the vocational education
council's minutes kept as Word tables (python-docx: a table of particulars, then "Speaker | Statement"), the
petroleum skills centre's slides printed as notes pages (reportlab: one portrait page per slide, the slide framed
at the top, the notes under it), the university's letter in OpenDocument text with real footnotes (its XML
written directly, packed as ``eval/heldout4/opendocument.py`` packs it), the policy lab's blog post printed to PDF
from a web browser (reportlab: the browser's date and title line over every page, the address and page count
under it) and the sheet (Windows-1252, semicolons). The .md, .html, .eml and .txt contributions and the outline
(``outline.md``) are written by hand. Rebuilding unchanged text changes no byte:

    python eval/heldout21/build.py
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

from eval.heldout4.opendocument import _HEAD, _NS, _TEXT_STYLES, ODT_MIME, _meta, _package  # noqa: E402
from eval.heldout17.build import _fonts, _wrap  # noqa: E402
from eval.heldout21.contributions import (  # noqa: E402
    CROATIA_BROWSER_PRINT,
    GREECE_LETTER,
    KAZAKHSTAN_NOTES_PAGES,
    LATVIA_MINUTES,
    MOLDOVA_SCAN,
)
from eval.heldout21.sheets import METADATA_ROWS, METADATA_TITLE  # noqa: E402
from eval.office_builds import set_properties, stable_zip  # noqa: E402

_SERIF = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
_SERIF_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")
_A4_200DPI = (1654, 2339)


def render_scanned_page(blocks: list, number: int, last: bool):
    """One typed page as a greyscale scanner sees it at 200 dpi: grey paper, specks, the page turned by a few
    tenths of a degree; on the last page a round stamp beside the signature."""
    from PIL import Image, ImageDraw, ImageFont

    body = ImageFont.truetype(str(_SERIF), 31)  # 11 pt at 200 dpi
    head = ImageFont.truetype(str(_SERIF_BOLD), 35)
    margin, line_height = 157, 43
    width = _A4_200DPI[0] - 2 * margin
    page = Image.new("L", _A4_200DPI, 238)
    draw = ImageDraw.Draw(page)
    specks = random.Random(2100 + number)  # the same specks on every build
    for _ in range(700):
        x, y = specks.randrange(_A4_200DPI[0]), specks.randrange(_A4_200DPI[1])
        draw.point((x, y), fill=specks.randrange(140, 210))
    y = 150
    for block in blocks:
        if isinstance(block, tuple) and block[0] == "head":
            font = head if block[1].isupper() else body
            draw.text(((_A4_200DPI[0] - font.getlength(block[1])) / 2, y), block[1], font=font, fill=25)
            y += line_height + 8
            continue
        if isinstance(block, tuple):
            y += 26
            draw.text((margin + width - body.getlength(block[1]), y), block[1], font=body, fill=25)
            y += line_height + 26
            continue
        for line in _wrap(block, body, width):
            draw.text((margin, y), line, font=body, fill=25)
            y += line_height
        y += 18
    if last:  # the association's stamp, pressed beside the signature
        cx, cy, r = margin + width - 260, y - 150, 110
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=110, width=5)
        draw.ellipse((cx - r + 18, cy - r + 18, cx + r - 18, cy + r - 18), outline=110, width=3)
        small = ImageFont.truetype(str(_SERIF_BOLD), 24)
        draw.text((cx - small.getlength("CODRU") / 2, cy - 14), "CODRU", font=small, fill=110)
    footer = f"- {number} -"
    draw.text(((_A4_200DPI[0] - body.getlength(footer)) / 2, _A4_200DPI[1] - 120), footer, font=body, fill=25)
    angle = (-0.4, 0.3)[number % 2]
    return page.rotate(angle, resample=Image.BICUBIC, fillcolor=238)


def build_scan_tiff(spec: dict) -> bytes:
    """The scanner's file: every page a greyscale 200 dpi image in one multi-page TIFF (deflate), no text."""
    pages = [
        render_scanned_page(blocks, number, number == len(spec["pages"]))
        for number, blocks in enumerate(spec["pages"], start=1)
    ]
    out = io.BytesIO()
    first, *rest = pages
    first.save(out, format="TIFF", save_all=True, append_images=rest, compression="tiff_adobe_deflate", dpi=(200, 200))
    return out.getvalue()


def _table(doc, rows: list[tuple[str, ...]], bold_first: bool, widths: tuple[float, float]):
    from docx.shared import Cm

    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Cm(widths[c])
            cell.text = value
            if (bold_first and r == 0) or (not bold_first and c == 0):
                cell.paragraphs[0].runs[0].bold = True
    return table


def build_minutes(spec: dict) -> bytes:
    """The minutes in Word: a bold heading line, a table of particulars (meeting, date, chair, present), a
    line introducing the record, then the record itself as a table "Speaker | Statement"."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_paragraph().add_run(spec["heading"]).bold = True
    _table(doc, spec["particulars"], bold_first=False, widths=(4.0, 12.0))
    doc.add_paragraph("Record of the discussion")
    _table(doc, [spec["header"], *spec["rows"]], bold_first=True, widths=(3.0, 13.0))
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_notes_pages(spec: dict) -> bytes:
    """The deck printed as notes pages: A4 portrait, the slide drawn in a frame across the top half (its title
    and bullets), the speaker's notes in paragraphs under it, the organisation and the page number at the foot."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    rl_config.invariant = 1
    _fonts()
    width, height = A4
    notes_style = ParagraphStyle("notes", fontName="Sans", fontSize=12, leading=16)
    buf = io.BytesIO()
    pdf = Canvas(buf, pagesize=A4, invariant=1)
    pdf.setTitle(spec["title"])
    pdf.setAuthor(spec["author"])
    slide_w = width - 2 * 90
    slide_h = slide_w * 9 / 16
    for number, (title, bullets, notes) in enumerate(spec["pages"], start=1):
        left, top = 90, height - 70
        pdf.setLineWidth(1)
        pdf.rect(left, top - slide_h, slide_w, slide_h, stroke=1, fill=0)
        pdf.setFillColorRGB(0.1, 0.25, 0.45)
        pdf.rect(left, top - 52, slide_w, 52, stroke=0, fill=1)
        pdf.setFillColorRGB(1, 1, 1)
        pdf.setFont("Sans-Bold", 18)
        pdf.drawString(left + 16, top - 34, title)
        pdf.setFillColorRGB(0, 0, 0)
        pdf.setFont("Sans", 13)
        y = top - 85
        for line in bullets:
            pdf.drawString(left + 22, y, ("\u2022 " if number > 1 else "") + line)
            y -= 22
        y = top - slide_h - 40
        for text in notes:
            para = Paragraph(escape(text), notes_style)
            _, used = para.wrap(slide_w, y)
            para.drawOn(pdf, left, y - used)
            y -= used + 10
        pdf.setFont("Sans", 9)
        pdf.drawString(left, 36, spec["footer"])
        pdf.drawRightString(width - 90, 36, str(number))
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


_NOTE_STYLE = (
    '<style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="9pt"/>'
    "</style:style></office:automatic-styles>"
)


def build_odt_letter(spec: dict) -> bytes:
    """The letter in OpenDocument text: each paragraph a Body paragraph; a paragraph given as (text, note) has
    a real footnote (``text:note``) at its end, numbered through the letter as Writer numbers them."""
    out, count = [], 0
    for block in spec["paragraphs"]:
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
    styles = _TEXT_STYLES.replace("</office:automatic-styles>", _NOTE_STYLE)
    content = (
        f"{_HEAD}<office:document-content {_NS}>{styles}<office:body><office:text>"
        f"{''.join(out)}</office:text></office:body></office:document-content>"
    )
    return _package(ODT_MIME, {"content.xml": content, "meta.xml": _meta(spec)})


def build_browser_print(spec: dict) -> bytes:
    """The post as a browser prints it to PDF: A4, small grey header (date and time left, page title right)
    and footer (address left, "n/N" right) on every page, the site's menu line, the post, then what the site
    puts under it."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    rl_config.invariant = 1
    _fonts()
    width, height = A4
    left, right, top, bottom = 56, width - 56, height - 60, 70
    body = ParagraphStyle("body", fontName="Sans", fontSize=12.5, leading=19)
    title = ParagraphStyle("title", fontName="Sans-Bold", fontSize=24, leading=30)
    small = ParagraphStyle("small", fontName="Sans", fontSize=10, leading=14, textColor="#555555")
    flow = [(spec["menu"], small, 22), (spec["post_title"], title, 8), (spec["byline"], small, 20)]
    flow += [(text, body, 11) for text in spec["paragraphs"]]
    flow += [(text, small, 8) for text in spec["after"]]
    pages: list[list[tuple[Paragraph, float, float]]] = [[]]
    y = top
    for text, style, gap in flow:
        para = Paragraph(escape(text), style)
        _, used = para.wrap(right - left, y)
        if y - used < bottom:
            pages.append([])
            y = top
        pages[-1].append((para, left, y - used))
        y -= used + gap
    buf = io.BytesIO()
    pdf = Canvas(buf, pagesize=A4, invariant=1)
    pdf.setTitle(spec["title"])
    for number, placed in enumerate(pages, start=1):
        pdf.setFont("Sans", 8)
        pdf.setFillGray(0.3)
        pdf.drawString(28, height - 24, spec["printed"])
        pdf.drawRightString(width - 28, height - 24, spec["title"])
        pdf.drawString(28, 22, spec["url"])
        pdf.drawRightString(width - 28, 22, f"{number}/{len(pages)}")
        pdf.setFillGray(0)
        for para, x, at in placed:
            para.drawOn(pdf, x, at)
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def build_sheet(title: str, rows: tuple[tuple[str, ...], ...]) -> bytes:
    """The sheet as Excel's "CSV (semicolon delimited)" saves it on an Italian Windows: Windows-1252, CRLF,
    every row as wide as the header (the title row and the empty row under it padded with semicolons), a cell
    quoted only when it holds a semicolon or a quote."""
    width = len(rows[0])

    def cell(value: str) -> str:
        return f'"{value.replace(chr(34), chr(34) * 2)}"' if ";" in value or '"' in value else value

    lines = [";".join([title, *[""] * (width - 1)]), ";" * (width - 1)]
    lines += [";".join(cell(v) for v in row) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


# (name, bytes-maker): written into corpus/
BUILDS = (
    (MOLDOVA_SCAN["file"], lambda: build_scan_tiff(MOLDOVA_SCAN)),
    (LATVIA_MINUTES["file"], lambda: build_minutes(LATVIA_MINUTES)),
    (KAZAKHSTAN_NOTES_PAGES["file"], lambda: build_notes_pages(KAZAKHSTAN_NOTES_PAGES)),
    (GREECE_LETTER["file"], lambda: build_odt_letter(GREECE_LETTER)),
    (CROATIA_BROWSER_PRINT["file"], lambda: build_browser_print(CROATIA_BROWSER_PRINT)),
    ("metadata.csv", lambda: build_sheet(METADATA_TITLE, METADATA_ROWS)),
)


def main() -> int:
    """Write the built contributions and the sheet into eval/heldout21/corpus/."""
    root = HERE.parents[1]
    CORPUS.mkdir(exist_ok=True)
    for name, make in BUILDS:
        path = CORPUS / name
        path.write_bytes(make())
        print(path.relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
