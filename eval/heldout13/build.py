"""Build the PDF, Word, PowerPoint, Impress and OpenDocument contributions of the thirteenth held-out corpus, its
metadata workbook and its outline workbook.

The .csv, .eml, .md, .html and .txt contributions are written by hand in ``corpus/``; the files below are made
from the text in ``contributions.py`` and ``sheets.py``: the university alliance's five-page report (reportlab,
a running header on every page, a boxed sidebar in a frame of its own on page 2, a numbered list running on to
the last page), the crafts chamber's minutes (``eval/office_builds.py``'s Word builder: an attendees table,
headings "Agreed" / "Not agreed"), the railway centre's slides (``eval/office_builds.py``), the cybersecurity
centre's Impress slides and the mountain guides' letter (``eval/heldout4/opendocument.py``), the metadata sheet
(``eval/heldout3/build.py``'s workbook builder) and the outline, whose section cells are merged over their
questions' rows. The built files are committed; run this again only after changing the text:

    python eval/heldout13/build.py

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
from eval.heldout3.build import _fixed_modified, build_workbook  # noqa: E402
from eval.heldout4.opendocument import build_odp, build_odt  # noqa: E402
from eval.heldout13.contributions import (  # noqa: E402
    CYPRUS_SLIDES,
    HUNGARY_REPORT,
    MACEDONIA_LETTER,
    POLAND_MINUTES,
    SERBIA_SLIDES,
)
from eval.heldout13.sheets import METADATA, OUTLINE  # noqa: E402
from eval.office_builds import build_slides, build_word, stable_zip  # noqa: E402


def build_report(spec: dict) -> bytes:
    """The alliance's report: one list of blocks per page under a running header and a page number; on
    ``sidebar_page`` the text runs in a narrower frame and the sidebar sits in a boxed frame to its right."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
    )

    rl_config.invariant = 1  # fixed document id and timestamps: byte-stable output
    for name, path in zip(("Sans", "Sans-Bold"), _FONT_FILES, strict=True):
        pdfmetrics.registerFont(TTFont(name, path))
    styles = {
        "title": ParagraphStyle("T", fontName="Sans-Bold", fontSize=16, leading=20, spaceAfter=10),
        "h": ParagraphStyle("H", fontName="Sans-Bold", fontSize=12, leading=16, spaceBefore=8, spaceAfter=4),
        "p": ParagraphStyle("P", fontName="Sans", fontSize=10, leading=14, spaceAfter=6),
        "n": ParagraphStyle("N", fontName="Sans", fontSize=10, leading=14, spaceAfter=6, leftIndent=18),
        "side_h": ParagraphStyle("SH", fontName="Sans-Bold", fontSize=10, leading=13, spaceAfter=4),
        "side_p": ParagraphStyle("SP", fontName="Sans", fontSize=9, leading=12, spaceAfter=4),
    }
    width, height = A4
    margin, side_width, gap = 56, 150, 16
    body_height = height - 2 * margin - 20

    def furniture(canvas, doc) -> None:
        # the running header and the page number a word processor repeats on every page
        canvas.saveState()
        canvas.setFont("Sans", 8)
        canvas.drawString(margin, height - 36, spec["header"])
        canvas.drawRightString(width - margin, 30, str(doc.page))
        canvas.restoreState()

    def boxed(canvas, doc) -> None:
        furniture(canvas, doc)
        canvas.saveState()
        canvas.setFillGray(0.92)
        canvas.rect(width - margin - side_width, height - margin - 190, side_width, 180, stroke=1, fill=1)
        canvas.restoreState()

    plain = Frame(margin, margin, width - 2 * margin, body_height, id="body")
    main = Frame(margin, margin, width - 2 * margin - side_width - gap, body_height, id="main")
    side = Frame(width - margin - side_width, height - margin - 190, side_width, 180, id="side", leftPadding=8)
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=A4, title=spec["title"], author=spec["author"], subject="", creator=spec["author"]
    )
    doc.addPageTemplates(
        [PageTemplate("plain", [plain], onPage=furniture), PageTemplate("sidebar", [main, side], onPage=boxed)]
    )
    story: list = []
    number = 0
    for n, page in enumerate(spec["pages"], start=1):
        if n > 1:
            story.append(NextPageTemplate("sidebar" if n == spec["sidebar_page"] else "plain"))
            story.append(PageBreak())
        for kind, content in page:
            if kind == "n":
                number += 1  # one list, numbered on across the page break
                story.append(Paragraph(escape(content), styles["n"], bulletText=f"{number}."))
            else:
                story.append(Paragraph(escape(content), styles[kind]))
        if n == spec["sidebar_page"]:
            story.append(FrameBreak())
            story.extend(Paragraph(escape(text), styles[f"side_{kind}"]) for kind, text in spec["sidebar"])
    doc.build(story)
    return buf.getvalue()


def build_minutes(spec: dict) -> bytes:
    """The chamber's minutes: Word headings, an attendees table and paragraphs (``eval/office_builds.py``)."""
    return build_word(spec, title=True)


def build_outline(spec: dict) -> bytes:
    """The outline workbook: a header row (Section | No. | Guiding question | Notes for drafters), then one row
    per question, the section written once in column A and merged over its questions' rows."""
    import datetime as dt

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    when = dt.datetime.combine(spec["date"], dt.time(9, 0))
    book = Workbook()
    book.properties.creator = spec["author"]
    book.properties.title = spec["title"]
    book.properties.created = when
    book.properties.lastModifiedBy = spec["author"]
    sheet = book.active
    sheet.title = "Outline"
    sheet.append(["Section", "No.", "Guiding question", "Notes for drafters"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for section, questions in spec["sections"]:
        first = sheet.max_row + 1
        for k, (number, question, note) in enumerate(questions):
            sheet.append([section if k == 0 else None, number, question, note])
        sheet.merge_cells(start_row=first, start_column=1, end_row=sheet.max_row, end_column=1)
        sheet.cell(first, 1).alignment = Alignment(vertical="center", wrap_text=True)
    for letter, size in {"A": 30, "B": 7, "C": 80, "D": 36}.items():
        sheet.column_dimensions[letter].width = size
    buf = io.BytesIO()
    book.save(buf)
    return stable_zip(_fixed_modified(buf.getvalue(), when.strftime("%Y-%m-%dT%H:%M:%SZ")))


# (spec, builder): everything rebuilt byte for byte into corpus/
BUILDS = (
    (HUNGARY_REPORT, build_report),
    (POLAND_MINUTES, build_minutes),
    (SERBIA_SLIDES, build_slides),
    (CYPRUS_SLIDES, build_odp),
    (MACEDONIA_LETTER, build_odt),
    (METADATA, build_workbook),
)
# (spec, builder): written beside corpus/, in the set's folder
OUTLINE_BUILDS = ((OUTLINE, build_outline),)


def main() -> int:
    """Write the built contributions and the sheet into eval/heldout13/corpus/, and the outline beside it."""
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
