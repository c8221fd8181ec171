"""Build the tenth held-out set's binary files from the text in ``contributions.py``: the two-column newsletter
(PDF, reportlab in invariant mode), the Word note with its bold key recommendation, the union's slides
(``eval/office_builds.py``), the chamber's OpenDocument text with its table of positions, the consortium's
workbook and the ministry's RTF letter (``eval/heldout3/build.py``), and the outline as a LibreOffice Calc sheet
(``eval/heldout6/build.py``). Rebuilding changes no byte: ``python eval/heldout10/build.py``.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout3.build import build_rtf, build_workbook  # noqa: E402
from eval.heldout4.opendocument import _HEAD, _NS, _TEXT_STYLES, ODT_MIME, _meta, _package, _text_blocks  # noqa: E402
from eval.heldout6.build import build_ods  # noqa: E402
from eval.heldout10.contributions import (  # noqa: E402
    CROATIA_NEWSLETTER,
    CZECHIA_NOTE,
    FRANCE_PAPER,
    MONTENEGRO_SLIDES,
    OUTLINE,
    TAJIKISTAN_LETTER,
    UKRAINE_WORKBOOK,
)
from eval.office_builds import build_slides, set_properties, stable_zip  # noqa: E402

# Croatian names need letters (č, ć) the PDF base fonts lack; DejaVu Sans is a common system font with them.
_FONTS = Path("/usr/share/fonts/truetype/dejavu")


def build_newsletter(spec: dict) -> bytes:
    """A two-page newsletter as a PDF: a masthead line across the top, then two columns of headings and prose."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph

    rl_config.invariant = 1  # fixed document id and timestamps: byte-stable output
    pdfmetrics.registerFont(TTFont("Sans", str(_FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("Sans-Bold", str(_FONTS / "DejaVuSans-Bold.ttf")))
    styles = {
        "h": ParagraphStyle("H", fontName="Sans-Bold", fontSize=11, leading=14, spaceBefore=6, spaceAfter=3),
        "p": ParagraphStyle("P", fontName="Sans", fontSize=9.5, leading=13, spaceAfter=5),
    }
    width, height = A4
    margin, gap, top = 50, 20, 80
    column = (width - 2 * margin - gap) / 2
    frames = [
        Frame(margin, margin, column, height - margin - top, id="left"),
        Frame(margin + column + gap, margin, column, height - margin - top, id="right"),
    ]

    def masthead(canvas, doc) -> None:
        canvas.setFont("Sans-Bold", 10)
        canvas.drawString(margin, height - 50, spec["masthead"])
        canvas.setFont("Sans-Bold", 15)
        canvas.drawString(margin, height - 70, spec["title"])

    story: list = []
    for n, page in enumerate(spec["pages"]):
        if n:
            story.append(PageBreak())
        story += [Paragraph(escape(text), styles[kind]) for kind, text in page]
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, title=spec["title"], author=spec["author"], subject="",
                          creator=spec["author"])  # fmt: skip
    doc.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=masthead)])
    doc.build(story)
    return buf.getvalue()


def build_numbered_note(spec: dict) -> bytes:
    """A Word note: a Title, paragraphs numbered by hand ("1. ..."), one paragraph in bold."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    for block in spec["blocks"]:
        if isinstance(block, str):
            doc.add_paragraph(block)
        elif block[0] == "title":
            doc.add_paragraph(block[1], style="Title")
        else:
            doc.add_paragraph().add_run(block[1]).bold = True
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_table_odt(spec: dict) -> bytes:
    """An OpenDocument text: paragraphs, a table of positions (first row its header), closing paragraphs."""
    rows = []
    for row in spec["table"]:
        cells = "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'
            for value in row
        )
        rows.append(f"<table:table-row>{cells}</table:table-row>")
    table = (
        f'<table:table table:name="Positions"><table:table-column table:number-columns-repeated='
        f'"{len(spec["table"][0])}"/>{"".join(rows)}</table:table>'
    )
    content = (
        f"{_HEAD}<office:document-content {_NS}>{_TEXT_STYLES}<office:body><office:text>"
        f"{_text_blocks(spec['before'])}{table}{_text_blocks(spec['after'])}"
        "</office:text></office:body></office:document-content>"
    )
    return _package(ODT_MIME, {"content.xml": content, "meta.xml": _meta(spec)})


# (spec, builder, folder): everything rebuilt byte for byte
BUILDS = (
    (CROATIA_NEWSLETTER, build_newsletter, CORPUS),
    (CZECHIA_NOTE, build_numbered_note, CORPUS),
    (MONTENEGRO_SLIDES, build_slides, CORPUS),
    (FRANCE_PAPER, build_table_odt, CORPUS),
    (UKRAINE_WORKBOOK, build_workbook, CORPUS),
    (TAJIKISTAN_LETTER, build_rtf, CORPUS),
    (OUTLINE, build_ods, HERE),
)


def main() -> int:
    """Write the built contributions into eval/heldout10/corpus/ and the outline into eval/heldout10/."""
    for spec, builder, folder in BUILDS:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / spec["file"]).write_bytes(builder(spec))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
