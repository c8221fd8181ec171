"""Build the PDF, Word, PowerPoint, OpenDocument and TIFF contributions of the sixteenth held-out corpus and its
metadata workbook.

The .eml, .txt, .md and .html contributions and ``outline.json`` are written by hand; the files below are made
from the text in ``contributions.py`` and ``sheets.py``: the rectors' conference's paper (reportlab, two columns
side by side, a running header and a page number on every page, a footnote under a rule), the pharmacists'
submission (python-docx, one table, a reviewer's comments anchored to three paragraphs), the employment
service's letter (python-docx into ``src/``, then ``--doc`` converts it with LibreOffice to the Word 97-2003
``.doc`` kept in ``corpus/``), the bus operators' slide (python-pptx, one slide holding a table), the museum
educators' text (``eval/heldout6/build.py``'s footnoted OpenDocument), the maritime academy's scanned letter
(Pillow draws the typed pages at 300 dpi, black on white, saved as a two-page TIFF) and the sheet
(``eval/heldout3/build.py``'s workbook builder). The built files are committed; run this again only after changing
the text:

    python eval/heldout16/build.py [--doc]

Output is byte-stable: reportlab runs in invariant mode, document properties and comment dates carry each
contribution's own date, ZIP entries get a fixed timestamp and the page images are drawn from fixed text and a
fixed font, so rebuilding unchanged text changes no file (and no chunk id). The ``.doc`` is LibreOffice's output
and is written only with ``--doc``: a test checks that it reads as its ``src/`` source.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout2.build import _FONT_FILES  # noqa: E402
from eval.heldout3.build import build_workbook  # noqa: E402
from eval.heldout6.build import build_footnoted_odt  # noqa: E402
from eval.heldout16.contributions import (  # noqa: E402
    CROATIA_CONTRIBUTION,
    ESTONIA_LETTER,
    GERMANY_REPORT,
    NETHERLANDS_SUBMISSION,
    TUNISIA_SLIDE,
    UKRAINE_SCAN,
)
from eval.heldout16.sheets import METADATA  # noqa: E402
from eval.office_builds import build_word, set_properties, stable_zip  # noqa: E402

_SERIF = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
_A4_PIXELS = (2480, 3508)  # 210 x 297 mm at 300 dpi


def build_report(spec: dict) -> bytes:
    """The paper: a title and byline across page 1, two columns on every page, a running header over a rule, the
    page number centred at the foot, and the page's footnotes in small type under a short rule."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate, Paragraph

    rl_config.invariant = 1  # fixed document id and timestamps: byte-stable output
    for name, path in zip(("Sans", "Sans-Bold"), _FONT_FILES, strict=True):
        pdfmetrics.registerFont(TTFont(name, path))
    styles = {
        "title": ParagraphStyle("T", fontName="Sans-Bold", fontSize=17, leading=21, spaceAfter=6),
        "byline": ParagraphStyle("B", fontName="Sans", fontSize=9.5, leading=12.5, spaceAfter=4),
        "h": ParagraphStyle("H", fontName="Sans-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4),
        "p": ParagraphStyle("P", fontName="Sans", fontSize=9.5, leading=13, spaceAfter=6),
        "note": ParagraphStyle("N", fontName="Sans", fontSize=7.5, leading=9.5, spaceAfter=2),
    }
    width, height = A4
    margin, gutter, notes_height, title_height, header_height = 50, 20, 60, 80, 30
    column = (width - 2 * margin - gutter) / 2
    top = height - margin - header_height
    body_bottom = margin + notes_height

    def furniture(canvas, doc) -> None:
        # what a word processor repeats on every page: the running header, the page number, the page's notes
        canvas.saveState()
        canvas.setFont("Sans", 8)
        canvas.drawString(margin, height - margin, spec["header"])
        canvas.setLineWidth(0.5)
        canvas.line(margin, height - margin - 6, width - margin, height - margin - 6)
        canvas.drawCentredString(width / 2, margin - 24, str(doc.page))
        notes = spec["pages"][doc.page - 1]["notes"] if doc.page <= len(spec["pages"]) else []
        if notes:
            canvas.line(margin, body_bottom - 8, margin + 140, body_bottom - 8)
        y = body_bottom - 20
        for note in notes:
            para = Paragraph(note, styles["note"])
            _, h = para.wrap(width - 2 * margin, notes_height)
            para.drawOn(canvas, margin, y - h + 9)
            y -= h + 2
        canvas.restoreState()

    def columns(first: bool) -> list:
        height_left = top - body_bottom - (title_height if first else 0)
        frames = [
            Frame(margin, body_bottom, column, height_left, id="left"),
            Frame(margin + column + gutter, body_bottom, column, height_left, id="right"),
        ]
        if first:
            frames.insert(0, Frame(margin, top - title_height, width - 2 * margin, title_height, id="head"))
        return frames

    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=A4, title=spec["title"], author=spec["author"], subject="", creator=spec["author"]
    )
    doc.addPageTemplates(
        [
            PageTemplate("first", columns(True), onPageEnd=furniture),
            PageTemplate("next", columns(False), onPageEnd=furniture),
        ]
    )
    story: list = [
        Paragraph(spec["heading"], styles["title"]),
        Paragraph(spec["byline"], styles["byline"]),
        FrameBreak(),
    ]
    for n, page in enumerate(spec["pages"]):
        if n:
            story += [NextPageTemplate("next"), FrameBreak()]  # the right column full: on to the next page
        story += [Paragraph(text, styles[kind]) for kind, text in page["left"]]
        story.append(FrameBreak())
        story += [Paragraph(text, styles[kind]) for kind, text in page["right"]]
    doc.build(story)
    return buf.getvalue()


def build_commented(spec: dict) -> bytes:
    """The submission: headings, paragraphs and one table (``eval/office_builds.build_word``'s blocks), with the
    reviewer's comments anchored to the paragraphs they are about, dated on the contribution's day."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    anchors = {}
    for n, block in enumerate(spec["blocks"]):
        if isinstance(block, str):
            anchors[n] = doc.add_paragraph(block)
        elif block[0] == "h1":
            doc.add_heading(block[1], level=1)
        else:
            rows = block[1]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
    author, initials = spec["reviewer"]
    when = dt.datetime.combine(spec["date"], dt.time(11, 0), tzinfo=dt.UTC)
    for n, text in spec["comments"]:
        comment = doc.add_comment(anchors[n].runs, text=text, author=author, initials=initials)
        comment._comment_elm.date = when  # the review's day, never the build machine's clock
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_letter_source(spec: dict) -> bytes:
    """The employment service's letter as written in Word, before it was saved as a 97-2003 .doc."""
    return build_word(spec, title=True)


def build_table_slide(spec: dict) -> bytes:
    """A deck of one "Title Only" slide holding a three-column table of positions; the context in its notes."""
    from pptx import Presentation
    from pptx.util import Cm, Pt

    prs = Presentation()
    set_properties(prs.core_properties, spec)
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    slide.shapes.title.text = spec["title"]
    rows = spec["rows"]
    shape = slide.shapes.add_table(len(rows), 3, Cm(0.8), Cm(3.6), Cm(23.8), Cm(14.0))
    for c, width in enumerate((Cm(4.2), Cm(10.6), Cm(9.0))):
        shape.table.columns[c].width = width
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = shape.table.cell(r, c)
            cell.text = value
            for paragraph in cell.text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(10)
    slide.notes_slide.notes_text_frame.text = spec["notes"]
    buf = io.BytesIO()
    prs.save(buf)
    return stable_zip(buf.getvalue())


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


def render_pages(spec: dict) -> list:
    """The typed letter as A4 page images (1-bit, 300 dpi, black on white, 11 pt serif type)."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(_SERIF), 46)  # 11 pt at 300 dpi
    margin, line_height = 236, 64  # 20 mm margins
    width = _A4_PIXELS[0] - 2 * margin
    pages: list = []

    def new_page():
        page = Image.new("L", _A4_PIXELS, 255)
        pages.append(page)
        return ImageDraw.Draw(page)

    draw, y = new_page(), 260
    for block in spec["paragraphs"]:
        if isinstance(block, tuple) and block[0] == "page":
            draw, y = new_page(), 260
            continue
        if isinstance(block, tuple) and block[0] == "gap":
            y += line_height
            continue
        if isinstance(block, tuple):
            draw.text((margin + width - font.getlength(block[1]), y), block[1], font=font, fill=0)
            y += line_height + 24
            continue
        for line in _wrap(block, font, width):
            draw.text((margin, y), line, font=font, fill=0)
            y += line_height
        y += 24
    return [page.point(lambda v: 0 if v < 128 else 255, mode="1") for page in pages]


def build_scan(spec: dict) -> bytes:
    """A scanner's multi-page TIFF: one 300 dpi bilevel image per page, CCITT Group 4 compressed."""
    first, *rest = render_pages(spec)
    out = io.BytesIO()
    first.save(out, format="TIFF", save_all=True, append_images=rest, compression="group4", dpi=(300, 300))
    return out.getvalue()


def build_outline_markdown(exported: bytes) -> bytes:
    """The fallback outline the runner reads, made from the survey tool's JSON export: the document's title as
    "# ", each chapter a "## " section with its introduction under it, its items numbered "1. ..."."""
    import json

    data = json.loads(exported)
    lines = [f"# {data['document']}", ""]
    for chapter in data["chapters"]:
        lines += [f"## {chapter['heading']}", "", chapter["intro"], ""]
        lines += [f"{n}. {item['text']}" for n, item in enumerate(chapter["items"], 1)]
        lines.append("")
    return "\n".join(lines).encode("utf-8")


def convert_doc(source: Path, target: Path) -> None:
    """The Word 97-2003 file LibreOffice makes of ``source`` (``soffice --convert-to doc``), written to ``target``."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("soffice (LibreOffice) is needed to save the letter as a .doc")
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp, "profile").as_uri()
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc", "--outdir", tmp,
             str(source)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.copyfile(Path(tmp, source.with_suffix(".doc").name), target)


# (spec, builder, folder): each built file's place, under the set's folder
BUILDS = (
    (GERMANY_REPORT, build_report, "corpus"),
    (NETHERLANDS_SUBMISSION, build_commented, "corpus"),
    (ESTONIA_LETTER, build_letter_source, "."),
    (TUNISIA_SLIDE, build_table_slide, "corpus"),
    (CROATIA_CONTRIBUTION, build_footnoted_odt, "corpus"),
    (UKRAINE_SCAN, build_scan, "corpus"),
    (METADATA, build_workbook, "corpus"),
)


def main(argv: list[str] | None = None) -> int:
    """Write the built files; with ``--doc``, also convert the letter's source to the .doc in corpus/."""
    args = sys.argv[1:] if argv is None else argv
    root = HERE.parents[1]
    for spec, build, folder in BUILDS:
        path = HERE / folder / spec["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(build(spec))
        print(path.relative_to(root))
    outline = HERE / "outline.md"
    outline.write_bytes(build_outline_markdown((HERE / "outline.json").read_bytes()))
    print(outline.relative_to(root))
    if "--doc" in args:
        target = CORPUS / ESTONIA_LETTER["doc"]
        convert_doc(HERE / ESTONIA_LETTER["file"], target)
        print(target.relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
