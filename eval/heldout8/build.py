"""Build the PDF, Word, RTF, PowerPoint, Excel and OpenDocument files of the eighth held-out set.

The text, Markdown, web page and e-mail contributions are written by hand in ``corpus/``; the files below are
made from the text in ``contributions.py`` with the shared builders where they fit (the RTF and workbooks through
``eval/heldout3/build.py``, the slides through ``eval/office_builds.py``, the OpenDocument XML through
``eval/heldout4/opendocument.py``) and two of this set's own: the policy brief's PDF with its two-column table
(reportlab) and the Word recommendations with tracked changes (python-docx). The built files, the metadata sheet
and the outline are committed; run this again only after changing the text:

    python eval/heldout8/build.py

Output is byte-stable: reportlab runs in invariant mode, document properties carry each file's own date, and ZIP
entries get a fixed timestamp, so rebuilding unchanged text changes no file (and no chunk id).
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
from eval.heldout3.build import build_rtf, build_workbook  # noqa: E402
from eval.heldout4.opendocument import build_odt  # noqa: E402
from eval.heldout8.contributions import (  # noqa: E402
    AUSTRIA_REPORT,
    BULGARIA_BRIEF,
    MACEDONIA_ANSWERS,
    MONTENEGRO_SLIDES,
    ROMANIA_RECOMMENDATIONS,
    SLOVAKIA_STATEMENT,
)
from eval.heldout8.sheets import METADATA, OUTLINE  # noqa: E402
from eval.office_builds import build_slides, set_properties, stable_zip  # noqa: E402


def build_brief(spec: dict) -> bytes:
    """A policy brief as a PDF: title, headings and paragraphs, one list of blocks per page, and a two-column
    table (``("table", rows)``, the first row its header) drawn with a grid and its cells aligned at the top."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    rl_config.invariant = 1  # fixed document id and timestamps: byte-stable output
    for name, path in zip(("Sans", "Sans-Bold"), _FONT_FILES, strict=True):
        pdfmetrics.registerFont(TTFont(name, path))
    styles = {
        "title": ParagraphStyle("T", fontName="Sans-Bold", fontSize=16, leading=20, spaceAfter=10),
        "h": ParagraphStyle("H", fontName="Sans-Bold", fontSize=12, leading=16, spaceBefore=8, spaceAfter=4),
        "p": ParagraphStyle("P", fontName="Sans", fontSize=10, leading=14, spaceAfter=6),
        "cell": ParagraphStyle("C", fontName="Sans", fontSize=9.5, leading=13),
        "head": ParagraphStyle("CH", fontName="Sans-Bold", fontSize=9.5, leading=13),
    }
    story: list = []
    for n, page in enumerate(spec["pages"]):
        if n:
            story.append(PageBreak())
        for kind, content in page:
            if kind != "table":
                story.append(Paragraph(escape(content), styles[kind]))
                continue
            cells = [
                [Paragraph(escape(text), styles["head" if r == 0 else "cell"]) for text in row]
                for r, row in enumerate(content)
            ]
            table = Table(cells, colWidths=[8 * cm, 8 * cm], repeatRows=1)
            table.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                    ]
                )
            )
            story.append(table)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, title=spec["title"], author=spec["author"], subject="", creator=spec["author"]
    )
    doc.build(story)
    return buf.getvalue()


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _tracked(paragraph, parts: tuple[str, str, str, str], author: str, when: str, ids: list[int]) -> None:
    """``paragraph`` as Word keeps an edit with change tracking on: the text before, the words deleted (a
    ``w:del`` holding ``w:delText``), the words inserted in their place (a ``w:ins``), the text after."""
    from docx.oxml import parse_xml

    before, deleted, inserted, after = parts
    paragraph.add_run(before)
    for tag, inner in (("del", f'<w:delText xml:space="preserve">{escape(deleted)}</w:delText>'),
                       ("ins", f'<w:t xml:space="preserve">{escape(inserted)}</w:t>')):  # fmt: skip
        ids[0] += 1
        paragraph._p.append(
            parse_xml(
                f'<w:{tag} {_W} w:id="{ids[0]}" w:author="{escape(author)}" w:date="{when}"><w:r>{inner}</w:r>'
                f"</w:{tag}>"
            )
        )
    paragraph.add_run(after)


def build_tracked_word(spec: dict) -> bytes:
    """The extension service's draft: a Title, headings, paragraphs, a numbered list of recommendations
    (``("n", text)``), edits left as tracked changes by a colleague (``("tracked" | "n-tracked", before, deleted,
    inserted, after)``) and a plain table without comments (``("table", rows)``, the first row its header)."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_paragraph(spec["title"], style="Title")
    when = f"{spec['date'].isoformat()}T08:30:00Z"
    ids = [0]
    for block in spec["blocks"]:
        if isinstance(block, str):
            doc.add_paragraph(block)
        elif block[0] == "h1":
            doc.add_heading(block[1], level=1)
        elif block[0] == "n":
            doc.add_paragraph(block[1], style="List Number")
        elif block[0] in ("tracked", "n-tracked"):
            style = "List Number" if block[0] == "n-tracked" else None
            _tracked(doc.add_paragraph(style=style), block[1:], spec["reviser"], when, ids)
        else:
            rows = block[1]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


# (spec, builder, folder): everything rebuilt byte for byte
BUILDS = (
    (BULGARIA_BRIEF, build_brief, CORPUS),
    (ROMANIA_RECOMMENDATIONS, build_tracked_word, CORPUS),
    (SLOVAKIA_STATEMENT, build_rtf, CORPUS),
    (MONTENEGRO_SLIDES, build_slides, CORPUS),
    (MACEDONIA_ANSWERS, build_workbook, CORPUS),
    (AUSTRIA_REPORT, build_odt, CORPUS),
    (METADATA, build_workbook, CORPUS),
    (OUTLINE, build_odt, HERE),
)


def main() -> int:
    """Write the built contributions, the metadata sheet and the outline into eval/heldout8/."""
    root = HERE.parents[1]
    CORPUS.mkdir(exist_ok=True)
    for spec, build, folder in BUILDS:
        path = folder / spec["file"]
        path.write_bytes(build(spec))
        print(path.relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
