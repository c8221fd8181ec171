"""Build the OpenDocument and Word contributions of the fourth held-out corpus, its metadata sheet and its outline.

The web page, survey export, text and Markdown contributions are written by hand in ``corpus/``; the files below
are made from the text in ``contributions.py`` (OpenDocument XML written directly, python-docx for Word), so
their wording can be read in one place. The built files are committed; run this again only after changing the
text:

    python eval/heldout4/build.py          # the .odt, .odp, .docx files, metadata.csv, outline.docx, src/*.odt
    python eval/heldout4/build.py --pdf    # the same, then the PDF converted from its .odt by LibreOffice

Output is byte-stable except for the PDF: document properties carry each contribution's own date and ZIP entries
get a fixed timestamp, so rebuilding unchanged text changes no file (and no chunk id). LibreOffice stamps every
PDF it writes with the time of conversion and a fresh document id, so the PDF is committed as it was converted
once and is only rewritten with ``--pdf``; its source .odt (``src/``, never ingested) rebuilds byte for byte.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SRC = HERE / "src"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout4.contributions import (  # noqa: E402
    BULGARIA_PAPER,
    GREECE_OPINION,
    HUNGARY_SLIDES,
    LIBYA_POSITIONS,
    METADATA_HEADER,
    METADATA_ROWS,
    OUTLINE,
    TURKMENISTAN_LETTER,
)
from eval.heldout4.opendocument import build_odp, build_odt  # noqa: E402
from eval.office_builds import build_word, set_properties, stable_zip  # noqa: E402


def build_numbered_letter(spec: dict) -> bytes:
    """A Word letter: a Title, plain paragraphs, Heading 1s, and ``("num", text)`` items in Word's List Number."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_paragraph(spec["title"], style="Title")
    for block in spec["blocks"]:
        if isinstance(block, str):
            doc.add_paragraph(block)
        elif block[0] == "num":
            doc.add_paragraph(block[1], style="List Number")
        else:
            doc.add_heading(block[1], level=1)
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_positions(spec: dict) -> bytes:
    """The ministry's input: a Title paragraph, headings, paragraphs and its "Topic | Our position" table."""
    return build_word(spec, title=True)


_QUESTION_STYLES = {"bullet": "List Bullet", "number": "List Number", "line": None}


def build_outline(spec: dict) -> bytes:
    """The outline in Word: a Title, an introduction, then per section a Heading 1, an "Audience:" line, a purpose
    line and its questions as bulleted or numbered items or as plain lines ending in "?"."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_paragraph(spec["title"], style="Title")
    doc.add_paragraph(spec["intro"])
    for section in spec["sections"]:
        doc.add_heading(section["heading"], level=1)
        doc.add_paragraph(f"Audience: {section['audience']}")
        doc.add_paragraph(section["purpose"])
        style = _QUESTION_STYLES[section["style"]]
        for question in section["questions"]:
            doc.add_paragraph(question, style=style)
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_metadata(_spec: dict) -> bytes:
    """metadata.csv as a European spreadsheet saves "CSV UTF-8": a byte-order mark, semicolons, CRLF lines."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(METADATA_HEADER)
    writer.writerows(METADATA_ROWS)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# (spec, builder, folder): everything rebuilt byte for byte
BUILDS = (
    (BULGARIA_PAPER, build_odt, CORPUS),
    (HUNGARY_SLIDES, build_odp, CORPUS),
    (LIBYA_POSITIONS, build_positions, CORPUS),
    (TURKMENISTAN_LETTER, build_numbered_letter, CORPUS),
    ({"file": "metadata.csv"}, build_metadata, CORPUS),
    (OUTLINE, build_outline, HERE),
    (GREECE_OPINION, build_odt, SRC),
)


def main(argv: list[str] | None = None) -> int:
    """Write the built files (and, with ``--pdf``, convert the opinion) into eval/heldout4/."""
    from eval.heldout3.build import write_set  # the same writing and LibreOffice conversion as the third set's

    return write_set(BUILDS, SRC / GREECE_OPINION["file"], CORPUS, sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
