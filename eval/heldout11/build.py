"""Build the PDF, Word, PowerPoint, Impress and Excel contributions of the eleventh held-out corpus, and its
metadata workbook.

The .csv, .eml, .txt, .md and .html contributions are written by hand in ``corpus/``; the six files below are
made from the text in ``contributions.py``: the pharmacists' four-page PDF (reportlab, with a table of contents
and a page number in every footer), the port employers' Word paper (python-docx, a cover page, then a running
header and a footer with a PAGE field), the youth agency's slides with a chart and a table (python-pptx, the
chart's embedded workbook made stable as in ``eval/heldout7/build.py``), the foundation's Impress slides
(``eval/heldout4/opendocument.py``), and the consultation form and the sheet (``eval/heldout3/build.py``'s
workbook builder), and the outline's Word table. The built files are committed; run this again only after
changing the text:

    python eval/heldout11/build.py

Output is byte-stable: reportlab runs in invariant mode, document properties carry each contribution's own date
and ZIP entries get a fixed timestamp, so rebuilding unchanged text changes no file (and no chunk id).
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
from eval.heldout7.build import _stable_embedded  # noqa: E402
from eval.heldout11.contributions import (  # noqa: E402
    BELGIUM_PAPER,
    ESTONIA_PAPER,
    FINLAND_SLIDES,
    MACEDONIA_SLIDES,
    METADATA,
    OUTLINE,
    UZBEKISTAN_FORM,
)
from eval.office_builds import set_properties, stable_zip  # noqa: E402


def build_paged_paper(spec: dict) -> bytes:
    """The pharmacists' paper: one list of blocks per page, a table of contents (entry, dot leader, page) on the
    first page, and a footer on every page with the association's name and "Page N of M"."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    rl_config.invariant = 1  # fixed document id and timestamps: byte-stable output
    for name, path in zip(("Sans", "Sans-Bold"), _FONT_FILES, strict=True):
        pdfmetrics.registerFont(TTFont(name, path))
    styles = {
        "title": ParagraphStyle("T", fontName="Sans-Bold", fontSize=16, leading=20, spaceAfter=10),
        "h": ParagraphStyle("H", fontName="Sans-Bold", fontSize=12, leading=16, spaceBefore=8, spaceAfter=4),
        "p": ParagraphStyle("P", fontName="Sans", fontSize=10, leading=14, spaceAfter=6),
    }
    total = len(spec["pages"])

    def footer(canvas, doc) -> None:
        # the page number the way an office suite prints it, below the text block
        canvas.saveState()
        canvas.setFont("Sans", 8)
        canvas.drawString(56, 30, spec["footer"])
        canvas.drawRightString(A4[0] - 56, 30, f"Page {doc.page} of {total}")
        canvas.restoreState()

    story: list = []
    for n, page in enumerate(spec["pages"]):
        if n:
            story.append(PageBreak())
        for kind, content in page:
            if kind == "toc":
                rows = [[Paragraph(escape(entry), styles["p"]), str(number)] for entry, number in content]
                table = Table(rows, colWidths=[380, 60])
                table.setStyle([("FONTNAME", (0, 0), (-1, -1), "Sans"), ("ALIGN", (1, 0), (1, -1), "RIGHT")])
                story.append(table)
            else:
                story.append(Paragraph(escape(content), styles[kind]))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, title=spec["title"], author=spec["author"], subject="", creator=spec["author"]
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def build_covered_word(spec: dict) -> bytes:
    """The port employers' paper: a cover page (no header or footer on it, as Word's "different first page"
    sets), then headings and paragraphs under a running header and a footer with the page number."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    doc = Document()
    set_properties(doc.core_properties, spec)
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = spec["header"]
    footer = section.footer.paragraphs[0]
    footer.add_run(spec["footer"] + " | page ")
    # a PAGE field: the word processor writes each page's own number when it lays the pages out
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>2</w:t></w:r></w:fldSimple>'))
    first, *rest = spec["cover"]
    doc.add_paragraph(first, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in rest:
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_page_break()
    for block in spec["blocks"]:
        if isinstance(block, str):
            doc.add_paragraph(block)
        else:
            doc.add_heading(block[1], level=1)
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_chart_and_table_slides(spec: dict) -> bytes:
    """The youth agency's slides: a title slide, bullet slides with notes, one slide holding a column chart and
    one holding a table."""
    from pptx import Presentation
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Cm

    prs = Presentation()
    set_properties(prs.core_properties, spec)
    for n, slide_spec in enumerate(spec["slides"]):
        shaped = "chart" in slide_spec or "table" in slide_spec
        slide = prs.slides.add_slide(prs.slide_layouts[0 if n == 0 else (5 if shaped else 1)])
        slide.shapes.title.text = slide_spec["title"]
        if "chart" in slide_spec:
            chart_spec = slide_spec["chart"]
            data = CategoryChartData()
            data.categories = chart_spec["categories"]
            data.add_series(chart_spec["series"], chart_spec["values"])
            frame = slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Cm(2), Cm(4), Cm(21), Cm(13), data)
            frame.chart.has_title = True
            frame.chart.chart_title.text_frame.text = chart_spec["title"]
        elif "table" in slide_spec:
            rows = slide_spec["table"]
            shape = slide.shapes.add_table(len(rows), len(rows[0]), Cm(1.5), Cm(4), Cm(22), Cm(6))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    shape.table.cell(r, c).text = value
        else:
            body = slide.placeholders[1].text_frame
            body.text = slide_spec["body"][0]
            for line in slide_spec["body"][1:]:
                body.add_paragraph().text = line
        if slide_spec.get("notes"):
            slide.notes_slide.notes_text_frame.text = slide_spec["notes"]
    buf = io.BytesIO()
    prs.save(buf)
    return stable_zip(_stable_embedded(buf.getvalue()))


def build_outline_table(spec: dict) -> bytes:
    """The outline in Word: a title, a note, then a two-column table (Section | Question) whose section cell is
    filled on the first row of each section only, as people leave a repeated value out."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_paragraph(spec["title"], style="Title")
    doc.add_paragraph(spec["note"])
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text, table.cell(0, 1).text = "Section", "Question"
    for section, question in spec["rows"]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = section, question
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


# (spec, builder): everything rebuilt byte for byte into corpus/
BUILDS = (
    (ESTONIA_PAPER, build_paged_paper),
    (BELGIUM_PAPER, build_covered_word),
    (MACEDONIA_SLIDES, build_chart_and_table_slides),
    (FINLAND_SLIDES, build_odp),
    (UZBEKISTAN_FORM, build_workbook),
    (METADATA, build_workbook),
)
# (spec, builder): written beside corpus/, in the set's folder
OUTLINE_BUILDS = ((OUTLINE, build_outline_table),)


def main() -> int:
    """Write the built contributions and the sheet into eval/heldout11/corpus/, and the outline beside it."""
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
