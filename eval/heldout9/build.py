"""Build the PDF, Word, PowerPoint, Impress and RTF contributions of the ninth held-out corpus.

The .csv, .eml, .txt, .md and .html contributions and the metadata sheet are written by hand in ``corpus/``; the
five files below are made from the text in ``contributions.py`` with the shared builders (reportlab through
``eval/heldout2/build.py``, the table slides and the RTF letter of ``eval/heldout3/build.py``, the OpenDocument XML
of ``eval/heldout4/opendocument.py``) and, for the ministry's paper, python-docx with a one-cell table as the
summary box. The built files are committed; run this again only after changing the text:

    python eval/heldout9/build.py

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

from eval.heldout2.build import build_paper  # noqa: E402
from eval.heldout3.build import build_rtf, build_table_slides  # noqa: E402
from eval.heldout4.opendocument import build_odp  # noqa: E402
from eval.heldout9.contributions import (  # noqa: E402
    DENMARK_LETTER,
    KOSOVO_PAPER,
    ROMANIA_SLIDES,
    SLOVENIA_HANDOUT,
    TURKIYE_SLIDES,
)
from eval.office_builds import set_properties, stable_zip  # noqa: E402


def build_boxed_paper(spec: dict) -> bytes:
    """The ministry's position paper: a Title, a bordered one-cell table holding the summary of recommendations
    (the way a ministry draws a box at the top of a paper), then paragraphs under numbered headings at two
    levels ("1. Background", "1.1 The labour market")."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_paragraph(spec["title"], style="Title")
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.cell(0, 0)
    cell.paragraphs[0].add_run(spec["summary"][0]).bold = True
    for line in spec["summary"][1:]:
        cell.add_paragraph(line)
    for block in spec["blocks"]:
        if isinstance(block, str):
            doc.add_paragraph(block)
        else:
            doc.add_heading(block[1], level=int(block[0][1]))
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


# (spec, builder): everything rebuilt byte for byte into corpus/
BUILDS = (
    (SLOVENIA_HANDOUT, build_paper),
    (KOSOVO_PAPER, build_boxed_paper),
    (ROMANIA_SLIDES, build_table_slides),
    (TURKIYE_SLIDES, build_odp),
    (DENMARK_LETTER, build_rtf),
)


def main() -> int:
    """Write the five built contributions into eval/heldout9/corpus/."""
    root = HERE.parents[1]
    CORPUS.mkdir(exist_ok=True)
    for spec, build in BUILDS:
        path = CORPUS / spec["file"]
        path.write_bytes(build(spec))
        print(path.relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
