"""Build the seventeenth held-out set's binary files, its metadata sheet and its outlines from the text in
``contributions.py`` and ``sheets.py``.

The chamber of crafts' letter (reportlab: a letterhead, a reference line, the body, a closing and two signatures
side by side), the logistics council's deck as PowerPoint exports it to PDF (landscape pages, a title and bullets,
one slide a bar chart under its title), the nursing institutes' Word paper (python-docx: numbered headings, a
bulleted list in "List Bullet", endnotes), the quality agency's questionnaire workbook (``eval/heldout3/build.py``'s
workbook builder), the testing board's Impress slides (``eval/heldout4/opendocument.py``), the open university's
page photographed with a phone (Pillow: typed text at 300 dpi, turned by two degrees, saved as JPEG), the
metadata sheet (Excel's "CSV UTF-8" with ``;``) and the outline (Word's RTF, and Markdown for the runner). The
.eml, .txt, .md and .html contributions are written by hand in ``corpus/``. Rebuilding unchanged text changes no
byte:

    python eval/heldout17/build.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout2.build import _FONT_FILES  # noqa: E402
from eval.heldout3.build import build_workbook  # noqa: E402
from eval.heldout4.opendocument import build_odp  # noqa: E402
from eval.heldout17.contributions import (  # noqa: E402
    FRANCE_PAPER,
    GERMANY_LETTER,
    MOLDOVA_QUESTIONNAIRE,
    POLAND_PAGE,
    SERBIA_DECK,
    UKRAINE_SLIDES,
)
from eval.heldout17.outline_rtf import build_outline_markdown, build_outline_rtf  # noqa: E402
from eval.heldout17.sheets import METADATA_ROWS, OUTLINE  # noqa: E402
from eval.office_builds import set_properties, stable_zip  # noqa: E402

_SERIF = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
_SERIF_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")
_SLIDE = (960.0, 540.0)  # a 16:9 slide in points, as PowerPoint exports it


def _fonts() -> None:
    """DejaVu Sans under the names the builders use (reportlab's own fonts cannot write "č" or "ş")."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, path in zip(("Sans", "Sans-Bold"), _FONT_FILES, strict=True):
        if not Path(path).exists():
            raise SystemExit(f"{path} is missing: install the DejaVu fonts (apt-get install fonts-dejavu-core)")
        pdfmetrics.registerFont(TTFont(name, str(path)))


def build_letter(spec: dict) -> bytes:
    """The chamber's letter on its letterhead: name and address over a rule, reference and date, salutation,
    body paragraphs, the closing and two signatures side by side (names, then titles)."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    rl_config.invariant = 1  # fixed document id and timestamps: byte-stable output
    _fonts()
    width, height = A4
    left, text_width = 70, A4[0] - 140
    buf = io.BytesIO()
    pdf = Canvas(buf, pagesize=A4, invariant=1)
    pdf.setTitle(spec["title"])
    pdf.setAuthor(spec["author"])
    name, address = spec["letterhead"]
    pdf.setFont("Sans-Bold", 17)
    pdf.drawCentredString(width / 2, height - 60, name)
    pdf.setFont("Sans", 8.5)
    pdf.drawCentredString(width / 2, height - 76, address)
    pdf.line(left, height - 86, width - left, height - 86)
    pdf.setFont("Sans", 10)
    pdf.drawRightString(width - left, height - 116, spec["reference"])
    body = ParagraphStyle("body", fontName="Sans", fontSize=10, leading=13.5)
    y = height - 150
    for text in [spec["salutation"], *spec["paragraphs"], spec["closing"]]:
        para = Paragraph(escape(text), body)
        _, used = para.wrap(text_width, y)
        para.drawOn(pdf, left, y - used)
        y -= used + 8
    y -= 34  # room for the handwritten signatures
    for n, (signer, role) in enumerate(spec["signers"]):
        x = left + n * 250
        pdf.setFont("Sans", 10)
        pdf.drawString(x, y, signer)
        pdf.drawString(x, y - 13, role)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _bar_chart(pdf, bars: list[tuple[str, int]], box: tuple[float, float, float, float]) -> None:
    """A column chart as PowerPoint draws one into the PDF: an axis, one bar per year, its value above it and
    its year under it."""
    x0, y0, w, h = box
    top = max(value for _, value in bars)
    step = w / len(bars)
    pdf.line(x0, y0, x0 + w, y0)
    for n, (label, value) in enumerate(bars):
        bar_h = h * value / top
        x = x0 + n * step + step * 0.25
        pdf.setFillGray(0.45)
        pdf.rect(x, y0, step * 0.5, bar_h, stroke=0, fill=1)
        pdf.setFillGray(0)
        pdf.setFont("Sans", 14)
        pdf.drawCentredString(x + step * 0.25, y0 + bar_h + 8, f"{value}")
        pdf.drawCentredString(x + step * 0.25, y0 - 20, label)


def build_deck(spec: dict) -> bytes:
    """The council's deck exported to PDF: a landscape page per slide, its title at the top, its bullets under
    it (or a chart), a footer line and the slide number in the corner."""
    from reportlab import rl_config
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    rl_config.invariant = 1
    _fonts()
    bullet = ParagraphStyle("bullet", fontName="Sans", fontSize=22, leading=28, leftIndent=30, bulletIndent=6)
    width, height = _SLIDE
    buf = io.BytesIO()
    pdf = Canvas(buf, pagesize=_SLIDE, invariant=1)
    pdf.setTitle(spec["title"])
    pdf.setAuthor(spec["author"])
    for number, slide in enumerate(spec["slides"], start=1):
        pdf.setFont("Sans-Bold", 32)
        pdf.drawString(60, height - 85, slide["title"])
        y = height - 140
        for text in slide["bullets"]:
            para = Paragraph(escape(text), bullet, bulletText="\u2022")
            _, used = para.wrap(width - 140, y)
            para.drawOn(pdf, 60, y - used)
            y -= used + 16
        if "chart" in slide:
            _bar_chart(pdf, slide["chart"], (120, 90, width - 240, height - 270))
        pdf.setFont("Sans", 10)
        pdf.drawString(60, 22, spec["footer"])
        pdf.drawRightString(width - 40, 22, str(number))
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


_ENDNOTES_XML = (
    '<w:endnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
    '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:endnote>{notes}</w:endnotes>"
)


def _add_endnotes(doc, notes: list[str]) -> None:
    """An endnotes part holding ``notes`` (ids 1, 2, ...), related to the document as Word relates it."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = "".join(
        f'<w:endnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/>'
        f'</w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:endnote>'
        for n, text in enumerate(notes, start=1)
    )
    blob = _ENDNOTES_XML.format(notes=body).encode("utf-8")
    part = Part(PackURI("/word/endnotes.xml"), CT.WML_ENDNOTES, blob, doc.part.package)
    doc.part.relate_to(part, RT.ENDNOTES)


def _endnote_reference(paragraph, number: int) -> None:
    """A superscript endnote mark at the end of ``paragraph``, pointing to endnote ``number``."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:endnoteReference w:id="{number}"/></w:r>'
        )
    )


def build_paper(spec: dict) -> bytes:
    """The nursing institutes' paper: a Title, Heading 1 headings numbered as typed ("2. Size ..."), paragraphs
    (a pair ``(text, n)`` carries endnote n's mark), a bulleted list in "List Bullet", the endnotes."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_paragraph(spec["title"], style="Title")
    for block in spec["blocks"]:
        if isinstance(block, str):
            doc.add_paragraph(block)
        elif block[0] == "h1":
            doc.add_heading(block[1], level=1)
        elif block[0] == "bullet":
            doc.add_paragraph(block[1], style="List Bullet")
        else:
            text, note = block
            _endnote_reference(doc.add_paragraph(text), note)
    _add_endnotes(doc, spec["endnotes"])
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def _wrap(text: str, font, width: int) -> list[str]:
    """The lines ``text`` takes within ``width`` pixels, breaking at spaces."""
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if font.getlength(trial) <= width:
            line = trial
        else:
            lines.append(line)
            line = word
    return [*lines, line] if line else lines


def build_photo(spec: dict) -> bytes:
    """The printed statement photographed: an A4 page of 11 pt serif type at 300 dpi (headings in bold), turned
    by two degrees on a light grey desk and saved as JPEG, as a phone saves a picture of a page."""
    from PIL import Image, ImageDraw, ImageFont

    size = (2480, 3508)
    body = ImageFont.truetype(str(_SERIF), 46)
    bold = ImageFont.truetype(str(_SERIF_BOLD), 54)
    margin = 250
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    y = 300
    for block in spec["paragraphs"]:
        if isinstance(block, tuple):
            draw.text((margin, y), block[1], font=bold, fill=0)
            y += 96
            continue
        for line in _wrap(block, body, size[0] - 2 * margin):
            draw.text((margin, y), line, font=body, fill=0)
            y += 64
        y += 34
    turned = page.rotate(2, resample=Image.BICUBIC, expand=True, fillcolor=225)
    out = io.BytesIO()
    turned.save(out, format="JPEG", quality=65, dpi=(300, 300))
    return out.getvalue()


def build_sheet(rows: tuple[tuple[str, ...], ...]) -> bytes:
    """The metadata sheet as Excel saves "CSV UTF-8" on a Polish Windows: a byte-order mark, ``;`` between
    cells, quotes only where a cell needs them, CRLF line ends."""
    import csv

    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


# (name, bytes-maker): written into corpus/
BUILDS = (
    (GERMANY_LETTER["file"], lambda: build_letter(GERMANY_LETTER)),
    (SERBIA_DECK["file"], lambda: build_deck(SERBIA_DECK)),
    (FRANCE_PAPER["file"], lambda: build_paper(FRANCE_PAPER)),
    (MOLDOVA_QUESTIONNAIRE["file"], lambda: build_workbook(MOLDOVA_QUESTIONNAIRE)),
    (UKRAINE_SLIDES["file"], lambda: build_odp(UKRAINE_SLIDES)),
    (POLAND_PAGE["file"], lambda: build_photo(POLAND_PAGE)),
    ("metadata.csv", lambda: build_sheet(METADATA_ROWS)),
)
# (name, bytes-maker): written beside corpus/, in the set's folder
OUTLINE_BUILDS = (
    ("outline.rtf", lambda: build_outline_rtf(OUTLINE)),
    ("outline.md", lambda: build_outline_markdown(OUTLINE)),
)


def main() -> int:
    """Write the built contributions and the sheet into eval/heldout17/corpus/, and the outlines beside it."""
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
