"""Build the PDF, Word, OpenDocument and PowerPoint contributions of the seventh held-out corpus.

The text, Markdown, web page, e-mail and .csv contributions and the metadata sheet are written by hand in
``corpus/``; the five files below are made from the text in ``contributions.py`` with the shared builders
(reportlab through ``eval/heldout2/build.py``, python-docx through ``eval/heldout3/build.py``, the OpenDocument
XML through ``eval/heldout4/opendocument.py``, python-pptx through ``eval/office_builds.py``). The built files are
committed; run this again only after changing the text:

    python eval/heldout7/build.py

Output is byte-stable: reportlab runs in invariant mode, document properties carry each contribution's own date,
ZIP entries get a fixed timestamp, and the workbook python-pptx embeds behind the chart gets fixed dates too, so
rebuilding unchanged text changes no file (and no chunk id).
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout2.build import build_paper  # noqa: E402
from eval.heldout3.build import _add_footnotes, _footnote_reference  # noqa: E402
from eval.heldout4.opendocument import build_odp, build_odt  # noqa: E402
from eval.heldout7.contributions import (  # noqa: E402
    LITHUANIA_SLIDES,
    MOLDOVA_NOTE,
    NETHERLANDS_SLIDES,
    PORTUGAL_PAPER,
    SERBIA_LETTER,
)
from eval.office_builds import set_properties, stable_zip  # noqa: E402


def _text_box(paragraph, text: str) -> None:
    """A floating text box (a VML shape, as Word keeps a drawn box in a compatible document) anchored in
    ``paragraph``, holding ``text``: where a ministry puts the key message it wants read first."""
    from xml.sax.saxutils import escape

    from docx.oxml import parse_xml

    paragraph._p.append(
        parse_xml(
            '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="KeyMessage" type="#_x0000_t202" '
            'style="position:absolute;margin-left:300pt;margin-top:0;width:170pt;height:110pt;z-index:1" '
            'stroked="t"><v:textbox><w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:txbxContent></v:textbox>'
            "</v:shape></w:pict></w:r>"
        )
    )


def build_boxed_note(spec: dict) -> bytes:
    """The ministry's note: a Title, numbered headings, paragraphs with footnotes (``("fn", paragraph, note)``)
    and, beside the first heading, a text box with the key message."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_paragraph(spec["title"], style="Title")
    _text_box(doc.add_paragraph(), spec["textbox"])
    notes: list[str] = []
    for block in spec["blocks"]:
        if isinstance(block, str):
            doc.add_paragraph(block)
        elif block[0] == "fn":
            notes.append(block[2])
            _footnote_reference(doc.add_paragraph(block[1]), len(notes))
        else:
            doc.add_heading(block[1], level=int(block[0][1]))
    _add_footnotes(doc, notes)
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


_XLSX_DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _stable_embedded(data: bytes) -> bytes:
    """``data`` with every embedded workbook (the one behind a chart) made stable: xlsxwriter stamps the time of
    writing in its properties, which is replaced by a fixed date, and its ZIP entries get fixed times."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            blob = src.read(item.filename)
            if item.filename.endswith(".xlsx"):
                inner = io.BytesIO()
                with zipfile.ZipFile(io.BytesIO(blob)) as book, zipfile.ZipFile(inner, "w") as fixed:
                    for part in book.infolist():
                        content = book.read(part.filename)
                        if part.filename == "docProps/core.xml":
                            content = _XLSX_DATES.sub(rb"\g<1>2026-05-01T00:00:00Z\g<2>", content)
                        fixed.writestr(part.filename, content)
                blob = stable_zip(inner.getvalue())
            dst.writestr(item.filename, blob)
    return out.getvalue()


def build_chart_slides(spec: dict) -> bytes:
    """The hospital trust's slides: a title slide, bullet slides, and one slide holding a column chart."""
    from pptx import Presentation
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE
    from pptx.util import Cm

    prs = Presentation()
    set_properties(prs.core_properties, spec)
    for n, slide_spec in enumerate(spec["slides"]):
        layout = 0 if n == 0 else (5 if "chart" in slide_spec else 1)
        slide = prs.slides.add_slide(prs.slide_layouts[layout])
        slide.shapes.title.text = slide_spec["title"]
        if "chart" in slide_spec:
            chart_spec = slide_spec["chart"]
            data = CategoryChartData()
            data.categories = chart_spec["categories"]
            data.add_series(chart_spec["series"], chart_spec["values"])
            frame = slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Cm(2), Cm(4), Cm(21), Cm(13), data)
            frame.chart.has_title = True
            frame.chart.chart_title.text_frame.text = chart_spec["title"]
            continue
        body = slide.placeholders[1].text_frame
        body.text = slide_spec["body"][0]
        for line in slide_spec["body"][1:]:
            body.add_paragraph().text = line
    buf = io.BytesIO()
    prs.save(buf)
    return stable_zip(_stable_embedded(buf.getvalue()))


# (spec, builder): everything rebuilt byte for byte into corpus/
BUILDS = (
    (PORTUGAL_PAPER, build_paper),
    (MOLDOVA_NOTE, build_boxed_note),
    (NETHERLANDS_SLIDES, build_odp),
    (SERBIA_LETTER, build_odt),
    (LITHUANIA_SLIDES, build_chart_slides),
)


def main() -> int:
    """Write the five built contributions into eval/heldout7/corpus/."""
    root = HERE.parents[1]
    for spec, build in BUILDS:
        path = CORPUS / spec["file"]
        path.write_bytes(build(spec))
        print(path.relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
