"""Build the Word, PowerPoint, RTF and Excel contributions of the fifth held-out corpus, and its metadata sheet.

The text, Markdown, web page and e-mail contributions are written by hand in ``corpus/``; the files below are
made from the text in ``contributions.py`` (python-docx, python-pptx and openpyxl through the shared builders of
``eval/office_builds.py`` and ``eval/heldout3/build.py``), so their wording can be read in one place. The built
files are committed; run this again only after changing the text:

    python eval/heldout5/build.py          # the .docx, .pptx, .rtf, .xlsx files, metadata.xlsx, src/*.docx
    python eval/heldout5/build.py --pdf    # the same, then the PDF converted from its .docx by LibreOffice

Output is byte-stable except for the PDF: document properties carry each contribution's own date and ZIP entries
get a fixed timestamp, so rebuilding unchanged text changes no file (and no chunk id). LibreOffice stamps every
PDF it writes with the time of conversion and a fresh document id, so the PDF is committed as it was converted
once and is only rewritten with ``--pdf``; its source .docx (``src/``, never ingested) rebuilds byte for byte.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SRC = HERE / "src"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout3.build import build_rtf, build_workbook, write_set  # noqa: E402
from eval.heldout5.contributions import (  # noqa: E402
    CYPRUS_RECTORS,
    ICELAND_SLIDES,
    METADATA,
    NORWAY_STATEMENT,
    SWISS_INPUT,
    SYRIA_WORKBOOK,
)
from eval.office_builds import build_slides, build_word, set_properties, stable_zip  # noqa: E402


def build_titled_word(spec: dict) -> bytes:
    """The rectors' paper: a Title, numbered headings at two levels as the author typed them, and a table."""
    return build_word(spec, title=True)


def build_footed_word(spec: dict) -> bytes:
    """A Word input over three pages (page breaks where marked) with a running footer holding the centre's name
    and the page number: the PDF's source."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    doc = Document()
    set_properties(doc.core_properties, spec)
    footer = doc.sections[0].footer.paragraphs[0]
    footer.add_run(spec["footer"] + " - page ")
    # a PAGE field: the word processor writes each page's own number when it lays the pages out
    footer._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    doc.add_paragraph(spec["title"], style="Title")
    for block in spec["blocks"]:
        if block == "pagebreak":
            doc.add_page_break()
        elif isinstance(block, str):
            doc.add_paragraph(block)
        else:
            doc.add_heading(block[1], level=1)
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


# (spec, builder, folder): everything rebuilt byte for byte
BUILDS = (
    (CYPRUS_RECTORS, build_titled_word, CORPUS),
    (ICELAND_SLIDES, build_slides, CORPUS),
    (NORWAY_STATEMENT, build_rtf, CORPUS),
    (SYRIA_WORKBOOK, build_workbook, CORPUS),
    (METADATA, build_workbook, CORPUS),
    (SWISS_INPUT, build_footed_word, SRC),
)


def main(argv: list[str] | None = None) -> int:
    """Write the built contributions (and, with ``--pdf``, convert the Swiss input) into eval/heldout5/."""
    SRC.mkdir(exist_ok=True)
    return write_set(BUILDS, SRC / SWISS_INPUT["file"], CORPUS, sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
