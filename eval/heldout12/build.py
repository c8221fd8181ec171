"""Build the twelfth held-out set's binary files from the text in ``contributions.py``.

The pilots' union's slide deck exported to PDF (reportlab in invariant mode: landscape pages, a title and bullets
on each, the slide number in the corner), the veterinary council's Word paper with footnotes and a colleague's
comment (python-docx; the footnotes through ``eval/heldout3/build.py``), the coalition's slides whose positions sit
in grouped shapes and a text box (python-pptx), the school heads' OpenDocument text with its "Issue | Our view"
table (``eval/heldout4/opendocument.py``), the interpreters' RTF statement and the agency's survey workbook
(``eval/heldout3/build.py``), the German metadata sheet (``eval/heldout6/build.py``'s ``build_ods``) and the Word
outline with bold numbered sections and no heading styles. The e-mail, Markdown, web page and transcript are kept
as text in ``corpus/``. Rebuilding changes no byte:

    python eval/heldout12/build.py
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout2.build import _FONT_FILES  # noqa: E402
from eval.heldout3.build import _add_footnotes, _footnote_reference, build_rtf, build_workbook  # noqa: E402
from eval.heldout4.opendocument import _HEAD, _NS, _TEXT_STYLES, ODT_MIME, _meta, _package, _text_blocks  # noqa: E402
from eval.heldout6.build import build_ods  # noqa: E402
from eval.heldout12.contributions import (  # noqa: E402
    AUSTRIA_PAPER,
    MACEDONIA_SURVEY,
    METADATA,
    NETHERLANDS_STATEMENT,
    OUTLINE,
    PORTUGAL_SLIDES,
    SLOVENIA_VIEWS,
    TURKIYE_DECK,
)
from eval.office_builds import set_properties, stable_zip  # noqa: E402

# a 16:9 slide in points, as presentation software exports it to PDF
_SLIDE = (960.0, 540.0)


def build_slide_pdf(spec: dict) -> bytes:
    """A slide deck exported to PDF: one landscape page per slide, its title at the top, its bullets below, a
    footer line and the slide number in the bottom right corner."""
    from reportlab import rl_config
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    rl_config.invariant = 1  # fixed document id and timestamps: byte-stable output
    for name, path in zip(("Sans", "Sans-Bold"), _FONT_FILES, strict=True):
        pdfmetrics.registerFont(TTFont(name, str(path)))
    bullet = ParagraphStyle("B", fontName="Sans", fontSize=20, leading=26, leftIndent=28, bulletIndent=6)
    width, height = _SLIDE
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=_SLIDE, invariant=1)
    canvas.setTitle(spec["title"])
    canvas.setAuthor(spec["author"])
    for number, slide in enumerate(spec["slides"], start=1):
        canvas.setFont("Sans-Bold", 30)
        canvas.drawString(60, height - 80, slide["title"])
        y = height - 130
        for text in slide["bullets"]:
            para = Paragraph(escape(text), bullet, bulletText="\u2022")
            _, used = para.wrap(width - 140, y)
            para.drawOn(canvas, 60, y - used)
            y -= used + 14
        canvas.setFont("Sans", 10)
        canvas.drawString(60, 24, spec["footer"])
        canvas.drawRightString(width - 40, 24, str(number))
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def build_commented_word(spec: dict) -> bytes:
    """The council's paper: a Title, headings, paragraphs (``("fn", paragraph, note)`` ends in a footnote mark)
    and one comment by a colleague anchored on the block ``spec["comment"]["on"]``."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_paragraph(spec["title"], style="Title")
    notes: list[str] = []
    paragraphs = []
    for block in spec["blocks"]:
        if isinstance(block, str):
            paragraphs.append(doc.add_paragraph(block))
        elif block[0] == "fn":
            notes.append(block[2])
            paragraph = doc.add_paragraph(block[1])
            _footnote_reference(paragraph, len(notes))
            paragraphs.append(paragraph)
        else:
            paragraphs.append(doc.add_heading(block[1], level=1))
    _add_footnotes(doc, notes)
    remark = spec["comment"]
    anchor = paragraphs[remark["on"]]
    comment = doc.add_comment(anchor.runs, text=remark["text"], author=remark["author"], initials=remark["initials"])
    # python-docx stamps the time of building; the paper's own date keeps the bytes stable
    comment._comment_elm.date = dt.datetime.combine(spec["date"], dt.time(16, 30), tzinfo=dt.UTC)
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_grouped_slides(spec: dict) -> bytes:
    """The coalition's slides: a title slide, bullet slides, one slide whose positions are groups (a small
    coloured label box and a caption box grouped together) and one whose message is a free text box."""
    from pptx import Presentation
    from pptx.util import Cm, Pt

    prs = Presentation()
    set_properties(prs.core_properties, spec)
    for slide_spec in spec["slides"]:
        kind = slide_spec["kind"]
        layout = {"title": 0, "bullets": 1}.get(kind, 5)  # title only, for the drawn slides
        slide = prs.slides.add_slide(prs.slide_layouts[layout])
        slide.shapes.title.text = slide_spec["title"]
        if kind == "title":
            slide.placeholders[1].text_frame.text = slide_spec["subtitle"]
        elif kind == "bullets":
            body = slide.placeholders[1].text_frame
            body.text = slide_spec["bullets"][0]
            for line in slide_spec["bullets"][1:]:
                body.add_paragraph().text = line
        elif kind == "groups":
            for row, (label, text) in enumerate(slide_spec["groups"]):
                group = slide.shapes.add_group_shape()
                top = Cm(4.2 + row * 3.4)
                tag = group.shapes.add_shape(1, Cm(1.2), top, Cm(4.2), Cm(2.8))  # 1: a rectangle
                tag.text_frame.text = label
                caption = group.shapes.add_textbox(Cm(5.8), top, Cm(18.5), Cm(2.8))
                caption.text_frame.word_wrap = True
                caption.text_frame.text = text
                caption.text_frame.paragraphs[0].runs[0].font.size = Pt(18)
        else:
            box = slide.shapes.add_textbox(Cm(2), Cm(5), Cm(21.5), Cm(9))
            box.text_frame.word_wrap = True
            box.text_frame.text = slide_spec["body"]
            box.text_frame.paragraphs[0].runs[0].font.size = Pt(24)
    buf = io.BytesIO()
    prs.save(buf)
    return stable_zip(buf.getvalue())


def build_views_odt(spec: dict) -> bytes:
    """The school heads' text: paragraphs, the two-column "Issue | Our view" table (first row its header), and
    closing paragraphs, as LibreOffice Writer saves them."""
    rows = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'
            for value in row
        )
        + "</table:table-row>"
        for row in spec["table"]
    )
    table = (
        f'<table:table table:name="Views"><table:table-column table:number-columns-repeated="2"/>{rows}</table:table>'
    )
    content = (
        f"{_HEAD}<office:document-content {_NS}>{_TEXT_STYLES}<office:body><office:text>"
        f"{_text_blocks(spec['before'])}{table}{_text_blocks(spec['after'])}"
        "</office:text></office:body></office:document-content>"
    )
    return _package(ODT_MIME, {"content.xml": content, "meta.xml": _meta(spec)})


def build_outline(spec: dict) -> bytes:
    """The outline as typed in Word with no heading styles: a title line in large type, a note, then each section
    a bold numbered paragraph and its questions plain paragraphs numbered by hand ("1.1 ...")."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    set_properties(doc.core_properties, spec)
    title = doc.add_paragraph().add_run(spec["title"])
    title.font.size = Pt(16)
    doc.add_paragraph(spec["note"])
    for section, questions in spec["sections"]:
        doc.add_paragraph().add_run(section).bold = True
        for question in questions:
            doc.add_paragraph(question)
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


# (spec, builder, folder): everything rebuilt byte for byte
BUILDS = (
    (TURKIYE_DECK, build_slide_pdf, CORPUS),
    (AUSTRIA_PAPER, build_commented_word, CORPUS),
    (PORTUGAL_SLIDES, build_grouped_slides, CORPUS),
    (SLOVENIA_VIEWS, build_views_odt, CORPUS),
    (NETHERLANDS_STATEMENT, build_rtf, CORPUS),
    (MACEDONIA_SURVEY, build_workbook, CORPUS),
    (METADATA, build_ods, CORPUS),
    (OUTLINE, build_outline, HERE),
)


def main() -> int:
    """Write the built contributions and the sheet into eval/heldout12/corpus/, and the outline beside it."""
    root = HERE.parents[1]
    for spec, builder, folder in BUILDS:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / spec["file"]
        path.write_bytes(builder(spec))
        print(path.relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
