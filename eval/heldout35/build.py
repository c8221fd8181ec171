"""Build the thirty-fifth held-out set's binary files from the text in ``contributions.py`` and ``sheets.py``.

The recognition board's decision (reportlab in invariant mode, with heldout31's page helpers: the particulars, then
numbered paragraphs under "The appeal", "The appellant's arguments", "The Board's reasoning" and "Decision"), the
quality agency's glossary-led paper (an OpenDocument text written as its XML parts: a definitions list of bold
terms, then numbered positions with footnotes citing other bodies), the labour directorate's briefing note
(python-docx: a header table, numbered headings, options and a recommendation), the research institute's focus
group findings (``eval.office_builds.build_slides``, the recommendations in the speaker notes), the tourism
council's ranking workbook (``eval/heldout3/build.py``'s workbook builder), the Finnish secretariat's register (a
UTF-8 .csv with a byte-order mark, semicolons and CRLF) and the steering group's minutes used as the outline (an
OpenDocument text). The Qualtrics export, the WhatsApp chat, the letters page, the manifesto and the reading-list
e-mail are written by hand. Rebuilding unchanged text changes no byte:

    python eval/heldout35/build.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout3.build import build_workbook  # noqa: E402
from eval.heldout4.opendocument import _HEAD, _NS, ODT_MIME, _meta, _package  # noqa: E402
from eval.heldout31.build import _on_page, _pdf_doc, _styles  # noqa: E402
from eval.heldout35.contributions import (  # noqa: E402
    AZERBAIJAN_BRIEFING,
    CROATIA_GLOSSARY,
    GREECE_FINDINGS,
    IRELAND_DECISION,
    MONTENEGRO_RANKING,
)
from eval.heldout35.sheets import MINUTES, register_lines  # noqa: E402
from eval.office_builds import build_slides, set_properties, stable_zip  # noqa: E402


def build_decision(spec: dict) -> bytes:
    """The board's decision: its name, the decision's heading, the particulars, numbered paragraphs under four
    headings and the chair's signature; the board's name and the page number in the footer."""
    from reportlab.platypus import Paragraph, Spacer

    styles = _styles()
    buf = io.BytesIO()
    doc = _pdf_doc(buf, spec)
    story = [
        Paragraph(escape(spec["org"]), styles["small"]),
        Paragraph(escape(spec["heading"]), styles["title"]),
        *[Paragraph(escape(line), styles["body"]) for line in spec["meta"]],
        Spacer(1, 6),
    ]
    for heading, paragraphs in spec["sections"]:
        story.append(Paragraph(escape(heading), styles["h"]))
        story += [Paragraph(escape(p), styles["body"]) for p in paragraphs]
    story += [Spacer(1, 10), Paragraph(escape(spec["signature"]), styles["body"])]
    page = _on_page(spec["saved"], spec["org"])
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return buf.getvalue()


_ODT_STYLES = (
    "<office:automatic-styles>"
    '<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/>'
    '<style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm" '
    'fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" '
    'fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" '
    'fo:font-style="italic"/></style:style>'
    '<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/>'
    '<style:text-properties fo:font-size="11pt"/></style:style>'
    '<style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="9pt"/>'
    "</style:style>"
    '<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/>'
    "</style:style>"
    '<style:style style:name="Grid" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" '
    'fo:border="0.5pt solid #000000"/></style:style>'
    '<text:list-style style:name="Numbered"><text:list-level-style-number text:level="1" style:num-suffix="." '
    'style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
    '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" '
    'fo:text-indent="-0.8cm" fo:margin-left="0.8cm"/></style:list-level-properties>'
    "</text:list-level-style-number></text:list-style>"
    "</office:automatic-styles>"
)


def _odt(spec: dict, body: str) -> bytes:
    content = (
        f"{_HEAD}<office:document-content {_NS}>{_ODT_STYLES}<office:body><office:text>{body}"
        "</office:text></office:body></office:document-content>"
    )
    return _package(ODT_MIME, {"content.xml": content, "meta.xml": _meta(spec)})


def _p(text: str, style: str = "Body") -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def build_glossary(spec: dict) -> bytes:
    """The agency's paper: the title, a dated line, "Definitions" with each term in bold before its meaning, then
    "Our positions" as one numbered list, a footnote after a position where another body's view is cited."""
    out = [_p(spec["heading"], "Title"), _p(spec["intro"])]
    out.append('<text:h text:style-name="H1" text:outline-level="1">1. Definitions</text:h>')
    for term, meaning in spec["terms"]:
        out.append(
            f'<text:p text:style-name="Body"><text:span text:style-name="Strong">{escape(term)}</text:span>: '
            f"{escape(meaning)}</text:p>"
        )
    out.append('<text:h text:style-name="H1" text:outline-level="1">2. Our positions</text:h>')
    out.append('<text:list text:style-name="Numbered">')
    for n, (position, cited) in enumerate(spec["positions"], start=1):
        note = ""
        if cited:
            note = (
                f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}'
                f'</text:note-citation><text:note-body><text:p text:style-name="Footnote">{escape(cited)}'
                "</text:p></text:note-body></text:note>"
            )
        out.append(f'<text:list-item><text:p text:style-name="Body">{escape(position)}{note}</text:p></text:list-item>')
    out.append("</text:list>")
    return _odt(spec, "".join(out))


def _table(rows) -> str:
    cols = "".join("<table:table-column/>" for _ in rows[0])
    body = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell table:style-name="Grid" office:value-type="string">{_p(cell)}</table:table-cell>'
            for cell in row
        )
        + "</table:table-row>"
        for row in rows[1:]
    )
    head = "".join(
        f'<table:table-cell table:style-name="Grid" office:value-type="string">{_p(cell)}</table:table-cell>'
        for cell in rows[0]
    )
    return (
        f'<table:table table:name="Actions">{cols}<table:table-header-rows><table:table-row>{head}'
        f"</table:table-row></table:table-header-rows>{body}</table:table>"
    )


def build_minutes(spec: dict) -> bytes:
    """The minutes: the title, lines, agenda items as headings, themes as sub-headings over one numbered list that
    runs on through them, and the action table."""
    out: list[str] = []
    in_list, lists = False, 0
    for kind, value in spec["blocks"]:
        if kind != "n" and in_list:
            out.append("</text:list>")
            in_list = False
        if kind == "n":
            if not in_list:
                cont = ' text:continue-numbering="true"' if lists else ""
                out.append(f'<text:list text:style-name="Numbered"{cont}>')
                in_list, lists = True, lists + 1
            out.append(f"<text:list-item>{_p(value)}</text:list-item>")
        elif kind == "title":
            out.append(_p(value, "Title"))
        elif kind in ("h", "h2"):
            level = 2 if kind == "h2" else 1
            out.append(f'<text:h text:style-name="H{level}" text:outline-level="{level}">{escape(value)}</text:h>')
        elif kind == "table":
            out.append(_table(value))
        else:
            out.append(_p(value))
    if in_list:
        out.append("</text:list>")
    return _odt(spec, "".join(out))


def build_briefing(spec: dict) -> bytes:
    """The briefing note: a two-column header table (the first row its title), numbered headings and body
    paragraphs."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    table = doc.add_table(rows=len(spec["header"]), cols=2)
    table.style = "Table Grid"
    for r, (label, value) in enumerate(spec["header"]):
        cell = table.cell(r, 0)
        if not value:
            cell = cell.merge(table.cell(r, 1))
        run = cell.paragraphs[0].add_run(label)
        run.bold = True
        if value:
            table.cell(r, 1).text = value
    for block in spec["blocks"]:
        if isinstance(block, str):
            doc.add_paragraph(block)
        else:
            doc.add_heading(block[1], level=2)
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_register() -> bytes:
    """The register as Excel's "CSV UTF-8" writes it on a Finnish Windows computer: a byte-order mark,
    semicolons (the Finnish list separator) and CRLF."""
    return ("\ufeff" + "".join(line + "\r\n" for line in register_lines())).encode("utf-8")


# (name, bytes-maker): written into corpus/
BUILDS = (
    (IRELAND_DECISION["file"], lambda: build_decision(IRELAND_DECISION)),
    (CROATIA_GLOSSARY["file"], lambda: build_glossary(CROATIA_GLOSSARY)),
    (AZERBAIJAN_BRIEFING["file"], lambda: build_briefing(AZERBAIJAN_BRIEFING)),
    (GREECE_FINDINGS["file"], lambda: build_slides(GREECE_FINDINGS)),
    (MONTENEGRO_RANKING["file"], lambda: build_workbook(MONTENEGRO_RANKING)),
    ("metadata.csv", build_register),
)
# (name, bytes-maker): written beside corpus/
OUTLINE_BUILDS = (("outline.odt", lambda: build_minutes(MINUTES)),)


def main() -> int:
    """Write the built contributions and the sheet into eval/heldout35/corpus/, the outline beside it."""
    root = HERE.parents[1]
    CORPUS.mkdir(exist_ok=True)
    for name, make in BUILDS:
        (CORPUS / name).write_bytes(make())
        print((CORPUS / name).relative_to(root))
    for name, make in OUTLINE_BUILDS:
        (HERE / name).write_bytes(make())
        print((HERE / name).relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
