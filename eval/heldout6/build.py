"""Build the Word, PowerPoint and OpenDocument contributions of the sixth held-out corpus, its metadata sheet
(.ods) and its outline (.xlsx).

The Markdown, text, web page, e-mail and tab-separated contributions are kept as text in ``corpus/``; the files
below are made from the text in ``contributions.py`` with the shared builders (``eval/office_builds.py``,
``eval/heldout3/build.py``, ``eval/heldout4/opendocument.py``) and two of this set's own: an .odt with footnotes
and an .ods sheet, both written as their XML. The built files are committed; run this again only after changing
the text:

    python eval/heldout6/build.py          # the .docx, .pptx, .odp, .odt files, metadata.ods, outline.xlsx, src/
    python eval/heldout6/build.py --pdf    # the same, then the PDF converted from its .docx by LibreOffice

Output is byte-stable except for the PDF: document properties carry each contribution's own date and ZIP entries
get a fixed timestamp, so rebuilding unchanged text changes no file (and no chunk id). LibreOffice stamps every
PDF it writes with the time of conversion and a fresh document id, so the PDF is committed as it was converted
once and is only rewritten with ``--pdf``; its source .docx (``src/``, never ingested) rebuilds byte for byte.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SRC = HERE / "src"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout3.build import build_table_slides, build_workbook, write_set  # noqa: E402
from eval.heldout4.opendocument import _HEAD, _NS, _TEXT_STYLES, _meta, _package, build_odp  # noqa: E402
from eval.heldout6.contributions import (  # noqa: E402
    FINLAND_STATEMENT,
    IRELAND_SLIDES,
    METADATA,
    MOROCCO_LETTER,
    OUTLINE,
    SPAIN_PAPER,
    UKRAINE_SLIDES,
)
from eval.office_builds import build_word, set_properties, stable_zip  # noqa: E402


def build_letter(spec: dict) -> bytes:
    """The ministry's letter: plain paragraphs only (letterhead, salutation, body, signature), no heading."""
    return build_word(spec)


def build_paged_statement(spec: dict) -> bytes:
    """The agency's statement (the PDF's source): headings and prose, a page break, then the positions table."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_paragraph(spec["title"], style="Title")
    for block in spec["blocks"]:
        if block == "pagebreak":
            doc.add_page_break()
        elif isinstance(block, str):
            doc.add_paragraph(block)
        elif block[0] == "h1":
            doc.add_heading(block[1], level=1)
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


def _footnoted_blocks(blocks: list) -> str:
    """Body XML of the union's paper: ("title", t), ("h1" | "h2", t) headings at outline levels 1 and 2, plain
    paragraphs, and ("fn", paragraph, note) paragraphs ending in a footnote mark with the note's text."""
    out: list[str] = []
    notes = 0
    for block in blocks:
        if isinstance(block, str):
            out.append(f'<text:p text:style-name="Body">{escape(block)}</text:p>')
        elif block[0] == "title":
            out.append(f'<text:p text:style-name="Title">{escape(block[1])}</text:p>')
        elif block[0] in ("h1", "h2"):
            level = int(block[0][1])
            out.append(f'<text:h text:style-name="H{level}" text:outline-level="{level}">{escape(block[1])}</text:h>')
        else:
            notes += 1
            note = (
                f'<text:note text:id="ftn{notes}" text:note-class="footnote"><text:note-citation>{notes}'
                f"</text:note-citation><text:note-body><text:p>{escape(block[2])}</text:p></text:note-body></text:note>"
            )
            out.append(f'<text:p text:style-name="Body">{escape(block[1])}{note}</text:p>')
    return "".join(out)


def build_footnoted_odt(spec: dict) -> bytes:
    """An OpenDocument text with two heading levels and footnotes, as LibreOffice Writer saves one."""
    content = (
        f"{_HEAD}<office:document-content {_NS}>{_TEXT_STYLES}<office:body><office:text>"
        f"{_footnoted_blocks(spec['blocks'])}</office:text></office:body></office:document-content>"
    )
    return _package("application/vnd.oasis.opendocument.text", {"content.xml": content, "meta.xml": _meta(spec)})


def build_ods(spec: dict) -> bytes:
    """A LibreOffice Calc sheet of text cells (``spec["rows"]``; an empty row stays empty), one sheet."""
    rows = []
    for row in spec["rows"]:
        cells = "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'
            if value
            else "<table:table-cell/>"
            for value in row
        )
        rows.append(f"<table:table-row>{cells or '<table:table-cell/>'}</table:table-row>")
    width = max(len(row) for row in spec["rows"])
    content = (
        f"{_HEAD}<office:document-content {_NS}><office:body><office:spreadsheet>"
        f'<table:table table:name="{escape(spec["sheet"])}"><table:table-column table:number-columns-repeated='
        f'"{width}"/>{"".join(rows)}</table:table></office:spreadsheet></office:body></office:document-content>'
    )
    return _package("application/vnd.oasis.opendocument.spreadsheet", {"content.xml": content, "meta.xml": _meta(spec)})


# (spec, builder, folder): everything rebuilt byte for byte
BUILDS = (
    (MOROCCO_LETTER, build_letter, CORPUS),
    (IRELAND_SLIDES, build_table_slides, CORPUS),
    (UKRAINE_SLIDES, build_odp, CORPUS),
    (SPAIN_PAPER, build_footnoted_odt, CORPUS),
    (METADATA, build_ods, CORPUS),
    (OUTLINE, build_workbook, HERE),
    (FINLAND_STATEMENT, build_paged_statement, SRC),
)


def main(argv: list[str] | None = None) -> int:
    """Write the built files (and, with ``--pdf``, convert the agency's statement) into eval/heldout6/."""
    return write_set(BUILDS, SRC / FINLAND_STATEMENT["file"], CORPUS, sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
