"""Build the PDF, Word, PowerPoint, OpenDocument and Excel contributions of the fourteenth held-out corpus and its
metadata sheet.

The .eml, .txt, .md and .html contributions and ``outline.txt`` are written by hand; the files below are made
from the text in ``contributions.py``: the open-university network's article (reportlab, two columns side by
side on each page and a footnote area under a rule), the nursing council's position (python-docx, a text box as
``eval/heldout7/build.py`` draws it and a position sentence with a tracked deletion and insertion as
``eval/heldout8/build.py`` keeps them), the wind-energy centre's slides (python-pptx, a table slide and a chart
with its own title), the library association's contribution (``eval/heldout4/opendocument.py``), the logistics
federation's questionnaire (``eval/heldout3/build.py``'s workbook builder), the conservatory's letter signed by
two people (``eval/office_builds.py``) and the metadata sheet, saved as Excel saves a CSV on an Italian Windows:
semicolons, Windows-1252, CRLF. The built files are committed; run this again only after changing the text:

    python eval/heldout14/build.py

Output is byte-stable: reportlab runs in invariant mode, document properties carry each contribution's own date
and ZIP entries get a fixed timestamp, so rebuilding unchanged text changes no file (and no chunk id).
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
from eval.heldout4.opendocument import build_odt  # noqa: E402
from eval.heldout7.build import _text_box  # noqa: E402
from eval.heldout8.build import _tracked  # noqa: E402
from eval.heldout14.contributions import (  # noqa: E402
    CROATIA_CONTRIBUTION,
    GERMANY_POSITION,
    METADATA_ROWS,
    NETHERLANDS_ARTICLE,
    ROMANIA_QUESTIONNAIRE,
    TURKEY_SLIDES,
    UZBEKISTAN_LETTER,
)
from eval.office_builds import set_properties, stable_zip  # noqa: E402


def build_article(spec: dict) -> bytes:
    """The network's article: a title and byline across the top of page 1, then on every page two columns side
    by side (the left one filled first) and, under a rule at the foot, the page's footnotes in smaller type."""
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
        "byline": ParagraphStyle("B", fontName="Sans", fontSize=10, leading=13, spaceAfter=4),
        "h": ParagraphStyle("H", fontName="Sans-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4),
        "p": ParagraphStyle("P", fontName="Sans", fontSize=9.5, leading=13, spaceAfter=6),
        "note": ParagraphStyle("N", fontName="Sans", fontSize=7.5, leading=9.5, spaceAfter=2),
    }
    width, height = A4
    margin, gutter, notes_height, title_height = 50, 20, 70, 95
    column = (width - 2 * margin - gutter) / 2
    top = height - margin
    body_bottom = margin + notes_height

    def footnotes(canvas, doc) -> None:
        # the page's footnotes under a short rule, as a word processor sets them at the foot of the page
        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.line(margin, body_bottom - 8, margin + 140, body_bottom - 8)
        y = body_bottom - 20
        for note in spec["pages"][doc.page - 1]["notes"] if doc.page <= len(spec["pages"]) else []:
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
            PageTemplate("first", columns(True), onPageEnd=footnotes),
            PageTemplate("next", columns(False), onPageEnd=footnotes),
        ]
    )
    story: list = [
        Paragraph(spec["title"], styles["title"]),
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


def build_position(spec: dict) -> bytes:
    """The council's position: a Title, its key message in a floating text box, numbered Heading 1 paragraphs,
    body paragraphs, and ``("tracked", before, deleted, inserted, after)`` left as a change not yet accepted."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_paragraph(spec["title"], style="Title")
    _text_box(doc.add_paragraph(), spec["textbox"])
    when = f"{spec['date'].isoformat()}T08:30:00Z"
    ids = [0]
    for block in spec["blocks"]:
        if isinstance(block, str):
            doc.add_paragraph(block)
        elif block[0] == "h1":
            doc.add_heading(block[1], level=1)
        else:
            _tracked(doc.add_paragraph(), block[1:], spec["reviser"], when, ids)
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_deck(spec: dict) -> bytes:
    """The centre's slides: a title slide, bulleted slides, a slide holding a table and one holding a column
    chart with a title of its own; speaker notes where given."""
    from pptx import Presentation
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Cm

    prs = Presentation()
    set_properties(prs.core_properties, spec)
    for n, slide_spec in enumerate(spec["slides"]):
        layout = 0 if n == 0 else (1 if "body" in slide_spec else 5)  # 5: title only, a table or chart below
        slide = prs.slides.add_slide(prs.slide_layouts[layout])
        slide.shapes.title.text = slide_spec["title"]
        if "body" in slide_spec:
            body = slide.placeholders[1].text_frame
            body.text = slide_spec["body"][0]
            for line in slide_spec["body"][1:]:
                body.add_paragraph().text = line
        if "table" in slide_spec:
            rows = slide_spec["table"]
            shape = slide.shapes.add_table(len(rows), len(rows[0]), Cm(1.5), Cm(4.5), Cm(22), Cm(1.2 * len(rows)))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    shape.table.cell(r, c).text = value
        if "chart" in slide_spec:
            chart_spec = slide_spec["chart"]
            data = CategoryChartData()
            data.categories = chart_spec["categories"]
            data.add_series("Learners", chart_spec["values"])
            frame = slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Cm(2), Cm(4.5), Cm(21), Cm(12), data)
            frame.chart.has_title = True
            frame.chart.chart_title.text_frame.text = chart_spec["title"]
        if slide_spec["notes"]:
            slide.notes_slide.notes_text_frame.text = slide_spec["notes"]
    buf = io.BytesIO()
    prs.save(buf)
    return _stable_embeddings(stable_zip(buf.getvalue()), f"{spec['date'].isoformat()}T09:00:00Z")


def _stable_embeddings(data: bytes, stamp: str) -> bytes:
    """The chart's data workbook, which python-pptx embeds with the build time in its properties, stamped with
    the deck's own date and zipped with fixed entry times instead, so that the deck rebuilds byte for byte."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename.startswith("ppt/embeddings/") and item.filename.endswith(".xlsx"):
                content = stable_zip(_stamped(content, stamp))
            dst.writestr(item, content)
    return out.getvalue()


def _stamped(workbook: bytes, stamp: str) -> bytes:
    """``workbook`` with its created and modified times set to ``stamp``."""
    import re
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), content)
            dst.writestr(item.filename, content)
    return out.getvalue()


def build_letter(spec: dict) -> bytes:
    """The conservatory's letter: plain paragraphs, no headings, closed by two signatures side by side (names on
    one line, titles on the next, set apart by a tab as a secretary types them)."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    for block in spec["blocks"]:
        if isinstance(block, str):
            doc.add_paragraph(block)
            continue
        signers = block[1]
        for line in zip(*signers, strict=True):
            doc.add_paragraph("\t\t".join(line))
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_sheet(rows: list[tuple[str, ...]]) -> bytes:
    """The metadata sheet as Excel writes "CSV (separatore: punto e virgola)" on an Italian Windows: ``;`` between
    cells, quotes only where a cell needs them, CRLF line ends and the Windows-1252 code page."""
    import csv

    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("cp1252")


# (file, spec, builder): everything rebuilt byte for byte into corpus/
BUILDS = (
    (NETHERLANDS_ARTICLE["file"], NETHERLANDS_ARTICLE, build_article),
    (GERMANY_POSITION["file"], GERMANY_POSITION, build_position),
    (TURKEY_SLIDES["file"], TURKEY_SLIDES, build_deck),
    (CROATIA_CONTRIBUTION["file"], CROATIA_CONTRIBUTION, build_odt),
    (ROMANIA_QUESTIONNAIRE["file"], ROMANIA_QUESTIONNAIRE, build_workbook),
    (UZBEKISTAN_LETTER["file"], UZBEKISTAN_LETTER, build_letter),
    ("metadata.csv", METADATA_ROWS, build_sheet),
)


def main() -> int:
    """Write the built contributions and the metadata sheet into eval/heldout14/corpus/."""
    root = HERE.parents[1]
    CORPUS.mkdir(exist_ok=True)
    for name, spec, build in BUILDS:
        path = CORPUS / name
        path.write_bytes(build(spec))
        print(path.relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
