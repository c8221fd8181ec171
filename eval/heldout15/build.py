"""Build the scanned letter, the PDF form, the Word submission and the two slide decks of the fifteenth held-out
corpus, its metadata workbook and its outline (as written in Word, and as the table the runner reads).

The .eml, .txt, .md, .rtf and .html contributions are written by hand in ``corpus/``; the files below are made
from the text in ``contributions.py`` and ``sheets.py``: the fire college's letter (typed text rendered with
Pillow as a 300 dpi black-on-white page image, placed alone on an A4 PDF page with no text layer, as a scanner
saves it), the consumer association's response form (reportlab: labels over ruled boxes holding the filled-in
answers, flattened), the hospitals trust's submission (python-docx: a running header and footer, a two-column
table of recommendations), the game developers' slides (python-pptx, "Title Only" slides, speaker notes), the
water academy's Impress slides (``eval/heldout4/opendocument.py``), the metadata sheet (``eval/heldout3/build.py``'s
workbook builder) and the outline. The built files are committed; run this again only after changing the text:

    python eval/heldout15/build.py

Output is byte-stable: reportlab runs in invariant mode, the page image is drawn from fixed text and a fixed font,
document properties carry each contribution's own date and ZIP entries get a fixed timestamp, so rebuilding
unchanged text changes no file (and no chunk id).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout2.build import _FONT_FILES  # noqa: E402
from eval.heldout3.build import build_workbook  # noqa: E402
from eval.heldout4.opendocument import build_odp  # noqa: E402
from eval.heldout15.contributions import (  # noqa: E402
    FINLAND_LETTER,
    IRELAND_SUBMISSION,
    SLOVAKIA_FORM,
    UKRAINE_SLIDES,
    UZBEKISTAN_SLIDES,
)
from eval.heldout15.sheets import METADATA, OUTLINE_TABLE, OUTLINE_WORD  # noqa: E402
from eval.office_builds import set_properties, stable_zip  # noqa: E402

_SERIF = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
_DPI = 300
_A4_PIXELS = (2480, 3508)  # 210 x 297 mm at 300 dpi


def _wrap(text: str, font, width: int) -> list[str]:
    """The lines a typewriter-like layout gives ``text`` within ``width`` pixels, breaking at spaces."""
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if font.getlength(trial) <= width:
            line = trial
        else:
            lines.append(line)
            line = word
    return [*lines, line] if line else lines


def render_letter(spec: dict) -> bytes:
    """The typed letter as one A4 page image (PNG, 300 dpi, black on white, 11 pt serif type)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(_SERIF), 46)  # 11 pt at 300 dpi
    margin, line_height = 236, 64  # 20 mm margins
    width = _A4_PIXELS[0] - 2 * margin
    page = Image.new("L", _A4_PIXELS, 255)
    draw = ImageDraw.Draw(page)
    y = 260
    for block in spec["paragraphs"]:
        if isinstance(block, tuple) and block[0] == "gap":
            y += line_height
            continue
        if isinstance(block, tuple):
            text = block[1]
            draw.text((margin + width - font.getlength(text), y), text, font=font, fill=0)
            y += line_height + 24
            continue
        for line in _wrap(block, font, width):
            draw.text((margin, y), line, font=font, fill=0)
            y += line_height
        y += 24
    out = io.BytesIO()
    page.save(out, format="PNG", dpi=(_DPI, _DPI))
    return out.getvalue()


def build_scan(spec: dict) -> bytes:
    """A scanner's PDF: the page image filling an A4 page, no text layer (the reader has to OCR it)."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rl_config.invariant = 1  # fixed document id and timestamps: byte-stable output
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pdf.setTitle(spec["title"])
    pdf.setAuthor(spec["author"])
    pdf.drawImage(ImageReader(io.BytesIO(render_letter(spec))), 0, 0, width=A4[0], height=A4[1])
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, path in zip(("Sans", "Sans-Bold"), _FONT_FILES, strict=True):
        if not Path(path).exists():
            raise SystemExit(f"{path} is missing: install the DejaVu fonts (apt-get install fonts-dejavu-core)")
        pdfmetrics.registerFont(TTFont(name, path))


def build_form(spec: dict) -> bytes:
    """The response form as filled in and flattened: a heading, an instruction, then each field's label in bold
    over a ruled box holding the answer typed into it."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    rl_config.invariant = 1
    _register_fonts()
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pdf.setTitle(spec["title"])
    pdf.setAuthor(spec["author"])
    left, width = 56, A4[0] - 112
    y = A4[1] - 70
    pdf.setFont("Sans-Bold", 15)
    pdf.drawString(left, y, spec["heading"])
    y -= 24
    pdf.setFont("Sans", 9)
    pdf.drawString(left, y, spec["intro"])
    y -= 30
    for label, value in spec["fields"]:
        pdf.setFont("Sans-Bold", 10)
        pdf.drawString(left, y, label)
        y -= 6
        lines, line = [], ""
        for word in value.split():
            trial = f"{line} {word}".strip()
            if stringWidth(trial, "Sans", 10) <= width - 16:
                line = trial
            else:
                lines.append(line)
                line = word
        lines.append(line)
        height = 14 * len(lines) + 10
        pdf.rect(left, y - height, width, height)
        pdf.setFont("Sans", 10)
        for n, text in enumerate(lines):
            pdf.drawString(left + 8, y - 16 - 14 * n, text)
        y -= height + 26
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def build_submission(spec: dict) -> bytes:
    """The Word submission: a running header and footer, headings, paragraphs, one table of two columns."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    section = doc.sections[0]
    section.header.paragraphs[0].text = spec["header"]
    section.footer.paragraphs[0].text = spec["footer"]
    for block in spec["blocks"]:
        if isinstance(block, str):
            doc.add_paragraph(block)
        elif block[0] == "h1":
            doc.add_heading(block[1], level=1)
        else:
            rows = block[1]
            table = doc.add_table(rows=len(rows), cols=2)
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_title_slides(spec: dict) -> bytes:
    """A deck of "Title Only" slides: the title is the only text on each slide; what was said is in the notes."""
    from pptx import Presentation

    prs = Presentation()
    set_properties(prs.core_properties, spec)
    for slide_spec in spec["slides"]:
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = slide_spec["title"]
        slide.notes_slide.notes_text_frame.text = slide_spec["notes"]
    buf = io.BytesIO()
    prs.save(buf)
    return stable_zip(buf.getvalue())


def build_outline_word(spec: dict) -> bytes:
    """The outline as the drafting team wrote it: a title, each section a "List Number" item with an italic note
    under it, its questions "List Number 2" items."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_paragraph(spec["title"], style="Title")
    for title, note, questions in spec["sections"]:
        doc.add_paragraph(title, style="List Number")
        doc.add_paragraph().add_run(note).italic = True
        for question in questions:
            doc.add_paragraph(question, style="List Number 2")
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_outline_table(spec: dict) -> bytes:
    """The same outline as a tab-separated table, "Chapter" and "Question", one question a row."""
    rows = ["Chapter\tQuestion"]
    rows += [f"{title}\t{question}" for title, _, questions in spec["sections"] for question in questions]
    return ("\n".join(rows) + "\n").encode("utf-8")


# (spec, builder): written into corpus/
BUILDS = (
    (FINLAND_LETTER, build_scan),
    (SLOVAKIA_FORM, build_form),
    (IRELAND_SUBMISSION, build_submission),
    (UKRAINE_SLIDES, build_title_slides),
    (UZBEKISTAN_SLIDES, build_odp),
    (METADATA, build_workbook),
)
# (spec, builder): written beside corpus/, in the set's folder
OUTLINE_BUILDS = ((OUTLINE_WORD, build_outline_word), (OUTLINE_TABLE, build_outline_table))


def main() -> int:
    """Write the built contributions and the sheet into eval/heldout15/corpus/, and the outlines beside it."""
    root = HERE.parents[1]
    CORPUS.mkdir(exist_ok=True)
    for spec, build in BUILDS:
        path = CORPUS / spec["file"]
        path.write_bytes(build(spec))
        print(path.relative_to(root))
    for spec, build in OUTLINE_BUILDS:
        path = HERE / spec["file"]
        path.write_bytes(build(spec))
        print(path.relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
