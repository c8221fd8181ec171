"""Build the binary sample corpus (PDF, PPTX, DOCX) from the YAML sources.

Each ``corpus/src/<name>.yaml`` describes one document; its ``file`` key names the
output written to ``corpus/``. PDFs are made with reportlab (one explicit page per
``pages`` entry), presentations with python-pptx and Word files with python-docx.

Output is deterministic: reportlab runs in invariant mode, document dates (PDF info
and Office core properties) come from each source's ``date`` key, and the ZIP
containers of PPTX/DOCX files are rewritten with fixed timestamps. A PDF whose text
overflows its planned pages is an error, since eval questions cite ``page N``.

Usage (from any directory)::

    python corpus/build.py
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import yaml
from docx import Document
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Inches, Pt
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

rl_config.invariant = 1  # fixed PDF document id and timestamps: byte-stable output

CORPUS_DIR = Path(__file__).resolve().parent
SRC_DIR = CORPUS_DIR / "src"
ZIP_TIME = (2026, 5, 1, 0, 0, 0)
CREATOR = "Guideline Drafter sample corpus"

Source = dict[str, Any]


def doc_datetime(src: Source) -> dt.datetime:
    """Return the document's fixed timestamp (its ``date`` at 09:00, or 2026-05-01)."""
    day = src.get("date", dt.date(2026, 5, 1))
    return dt.datetime(day.year, day.month, day.day, 9, 0, 0)


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a ZIP container with fixed entry timestamps and permissions."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(item.filename))
    return out.getvalue()


def table_rows(spec: Source) -> list[list[str]]:
    """Return header and rows as strings, checking every row has the header's width."""
    rows = [[str(cell) for cell in row] for row in [spec["header"], *spec["rows"]]]
    for row in rows:
        if len(row) != len(rows[0]):
            raise ValueError(f"table row {row!r} does not match header {rows[0]!r}")
    return rows


# --------------------------------------------------------------------------- PDF


def pdf_blocks(blocks: list[Any], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Turn a page's blocks (paragraph strings, bullets, subheadings, tables)."""
    story: list[Flowable] = []
    for block in blocks:
        if isinstance(block, str):
            story.append(Paragraph(escape(block), styles["body"]))
        elif "subheading" in block:
            story.append(Paragraph(escape(block["subheading"]), styles["h2"]))
        elif "bullets" in block:
            items = [ListItem(Paragraph(escape(text), styles["body"]), leftIndent=14) for text in block["bullets"]]
            story.append(ListFlowable(items, bulletType="bullet", start="\u2022"))
        elif "table" in block:
            cell = styles["cell"]
            rows = [[Paragraph(escape(c), cell) for c in r] for r in table_rows(block["table"])]
            table = Table(rows, repeatRows=1, hAlign="LEFT")
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F0")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [table, Spacer(1, 8)]
        else:
            raise ValueError(f"unknown PDF block: {block!r}")
    return story


def build_pdf(src: Source) -> bytes:
    """Render a policy brief: title on page 1, one heading-led page per entry."""
    base = getSampleStyleSheet()
    styles = {
        "title": ParagraphStyle("T", parent=base["Title"], fontSize=18, leading=22),
        "sub": ParagraphStyle("S", parent=base["Italic"], fontSize=10, spaceAfter=10),
        "h1": ParagraphStyle("H1", parent=base["Heading1"], fontSize=14, leading=18),
        "h2": ParagraphStyle("H2", parent=base["Heading2"], fontSize=11.5),
        "body": ParagraphStyle("B", parent=base["BodyText"], fontSize=10, leading=13.5),
        "cell": ParagraphStyle("C", parent=base["BodyText"], fontSize=9, leading=11),
    }
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=src["title"],
        author=src["author"],
        subject=src.get("subject", ""),
        keywords=src.get("keywords", ""),
        creator=CREATOR,
    )
    story: list[Flowable] = [
        Paragraph(escape(src["title"]), styles["title"]),
        Paragraph(escape(src["subtitle"]), styles["sub"]),
    ]
    for number, page in enumerate(src["pages"]):
        if number:
            story.append(PageBreak())
        story.append(Paragraph(escape(page["heading"]), styles["h1"]))
        story += pdf_blocks(page["blocks"], styles)
    pdf_date = doc_datetime(src).strftime("D:%Y%m%d%H%M%S+00'00'")

    def set_date(canvas: Any, _doc: SimpleDocTemplate) -> None:
        canvas.setDateFormatter(lambda *_: pdf_date)  # document date instead of 2000-01-01

    doc.build(story, onFirstPage=set_date)
    if doc.page != len(src["pages"]):  # overflow would shift the gold "page N" labels
        raise ValueError(f"{src['file']}: {doc.page} pages built, {len(src['pages'])} expected")
    return buf.getvalue()


# -------------------------------------------------------------------------- PPTX


def add_bullets(text_frame: Any, items: list[str]) -> None:
    """Fill a body placeholder with one first-level bullet per item."""
    for i, text in enumerate(items):
        if not isinstance(text, str):
            raise ValueError(f"bullet must be a string (quote it in YAML): {text!r}")
        para = text_frame.paragraphs[0] if i == 0 else text_frame.add_paragraph()
        para.text = text
        para.font.size = Pt(20)


def add_table(slide: Any, spec: Source, top: float) -> None:
    """Add a table (header row + rows) below the slide title."""
    rows = table_rows(spec)
    n_rows, n_cols = len(rows), len(rows[0])
    shape = slide.shapes.add_table(n_rows, n_cols, Inches(0.5), Inches(top), Inches(9), Inches(0.45 * n_rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = shape.table.cell(r, c)
            cell.text = value
            for para in cell.text_frame.paragraphs:
                para.font.size = Pt(14 if n_cols < 4 else 12)


def add_group(slide: Any, spec: Source, top: float) -> None:
    """Add a group shape holding one filled text box per ``boxes`` entry."""
    group = slide.shapes.add_group_shape()
    group.name = spec.get("name", "Group")
    boxes = spec["boxes"]
    gap = 0.25
    width = (9 - gap * (len(boxes) - 1)) / len(boxes)
    for i, box in enumerate(boxes):
        shape = group.shapes.add_textbox(Inches(0.5 + i * (width + gap)), Inches(top), Inches(width), Inches(3.6))
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor(0xE3, 0xEC, 0xF5)
        frame = shape.text_frame
        frame.word_wrap = True
        head = frame.paragraphs[0]
        head.text = box["heading"]
        head.font.bold, head.font.size = True, Pt(18)
        body = frame.add_paragraph()
        body.text = box["text"]
        body.font.size = Pt(14)


def build_pptx(src: Source) -> bytes:
    """Render a presentation: title, bullet, table and group slides with notes."""
    prs = Presentation()
    for spec in src["slides"]:
        if spec.get("layout") == "title":
            slide = prs.slides.add_slide(prs.slide_layouts[0])
            slide.placeholders[1].text = spec.get("subtitle", "")
        elif "bullets" in spec:
            slide = prs.slides.add_slide(prs.slide_layouts[1])
            add_bullets(slide.placeholders[1].text_frame, spec["bullets"])
        else:
            slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = spec["title"]
        if spec.get("layout") != "title":
            slide.shapes.title.text_frame.paragraphs[0].font.size = Pt(30)
        top = 1.7
        if "intro" in spec:
            box = slide.shapes.add_textbox(Inches(0.5), Inches(top), Inches(9), Inches(0.8))
            box.text_frame.word_wrap = True
            box.text_frame.text = spec["intro"]
            box.text_frame.paragraphs[0].font.size = Pt(16)
            top += 0.9
        if "table" in spec:
            add_table(slide, spec["table"], top)
        if "group" in spec:
            add_group(slide, spec["group"], top)
        if "notes" in spec:
            slide.notes_slide.notes_text_frame.text = spec["notes"].strip()
    set_core(prs.core_properties, src)
    buf = io.BytesIO()
    prs.save(buf)
    return normalise_zip(buf.getvalue())


# -------------------------------------------------------------------------- DOCX


def build_docx(src: Source) -> bytes:
    """Render an expert input: Title, numbered Heading 1/2, paragraphs, tables."""
    document = Document()
    document.add_paragraph(src["title"], style="Title")
    for block in src["blocks"]:
        if isinstance(block, str):
            document.add_paragraph(block.strip())
        elif "h1" in block or "h2" in block:
            level = 1 if "h1" in block else 2
            document.add_heading(block.get("h1") or block["h2"], level=level)
        elif "bullets" in block:
            for text in block["bullets"]:
                document.add_paragraph(text, style="List Bullet")
        elif "table" in block:
            header, *rows = table_rows(block["table"])
            table = document.add_table(rows=1, cols=len(header))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, header, strict=True):
                cell.text = text
                cell.paragraphs[0].runs[0].font.bold = True
            for row in rows:
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    cell.text = text
            document.add_paragraph()
        else:
            raise ValueError(f"unknown DOCX block: {block!r}")
    set_core(document.core_properties, src)
    buf = io.BytesIO()
    document.save(buf)
    return normalise_zip(buf.getvalue())


def set_core(props: Any, src: Source) -> None:
    """Set title, author and fixed dates on python-pptx/python-docx core properties."""
    stamp = doc_datetime(src)
    props.title, props.author = src["title"], src["author"]
    props.subject = src.get("subject", "")
    props.keywords = src.get("keywords", "")
    props.category = src.get("kind", "")
    props.language = "en"
    props.last_modified_by = src["author"]
    props.revision = 1
    props.created = props.modified = props.last_printed = stamp


BUILDERS: dict[str, Callable[[Source], bytes]] = {
    ".pdf": build_pdf,
    ".pptx": build_pptx,
    ".docx": build_docx,
}


def main() -> None:
    """Build every source in ``corpus/src`` and print what was written."""
    for path in sorted(SRC_DIR.glob("*.yaml")):
        src = yaml.safe_load(path.read_text(encoding="utf-8"))
        target = CORPUS_DIR / src["file"]
        target.write_bytes(BUILDERS[target.suffix](src))
        print(f"wrote {target.relative_to(CORPUS_DIR.parent)}")


if __name__ == "__main__":
    main()
