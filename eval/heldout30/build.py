"""Build the thirtieth held-out set's binary files from the text in ``contributions.py``.

The care professions' annual report chapter as a PDF (reportlab in invariant mode, A4: a running header with the
report's name and year on every page, the chairperson's foreword signed at its end, then a chapter with a shaded
"Key figures" box and a pull-out fact in large type, page numbers), the trainer's reflective journal in
LibreOffice Writer (``eval/heldout4``'s OpenDocument writer: dated headings over the entries), the women
entrepreneurs' grant application form in Word (python-docx: the programme's banner, the instructions, a two-column
form whose label cells are shaded grey, character counts under the long fields) and the working group's deck of
guiding questions in LibreOffice Impress (``eval/heldout4``'s writer: a title slide, a "why we ask" slide, one
slide per theme with numbered questions, speaker notes, "Next steps"). The Miro export, the Discord export, the
petition page, the Loomio export, the captions, the forum digest, the letters page and the metadata sheet are
written by hand. Rebuilding unchanged text changes no byte:

    python eval/heldout30/build.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout4.opendocument import build_odp, build_odt  # noqa: E402
from eval.heldout17.build import _fonts  # noqa: E402
from eval.heldout23.screens import pdf_date  # noqa: E402
from eval.heldout30.contributions import (  # noqa: E402
    AUSTRIA_ANNUAL_REPORT,
    OUTLINE_DECK,
    PORTUGAL_JOURNAL,
    UZBEKISTAN_FORM,
)
from eval.office_builds import set_properties, stable_zip  # noqa: E402


def build_annual_report(spec: dict) -> bytes:
    """Two A4 pages of an annual report: the running header and a rule on each, the foreword with its signature
    at the end (page 3 of the report), then the education chapter with a "Key figures" box beside the text and a
    pull-out fact (page 4)."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas as pdfcanvas

    rl_config.invariant = 1
    _fonts()
    width, height = A4
    buf = io.BytesIO()
    pdf = pdfcanvas.Canvas(buf, pagesize=A4, invariant=1)
    pdf.setDateFormatter(pdf_date(spec["saved"]))
    pdf.setTitle(spec["title"])
    pdf.setAuthor(spec["author"])
    pdf.setCreator("Adobe InDesign 19.2 (Windows)")
    accent = colors.HexColor("#7A1F4B")
    left = 62

    def furniture(page: int) -> None:
        pdf.setFillColor(colors.HexColor("#6B6B6B"))
        pdf.setFont("Sans", 8)
        pdf.drawString(left, height - 40, spec["running_header"])
        pdf.setStrokeColor(accent)
        pdf.setLineWidth(0.6)
        pdf.line(left, height - 46, width - left, height - 46)
        pdf.drawRightString(width - left, 34, str(page))

    def paragraphs(texts, x: float, y: float, measure: float, size: float = 10.5) -> float:
        pdf.setFillColor(colors.black)
        for text in texts:
            for line in simpleSplit(text, "Sans", size, measure):
                pdf.setFont("Sans", size)
                pdf.drawString(x, y, line)
                y -= size * 1.45
            y -= size * 0.8
        return y

    # page 3: the foreword, signed at its end
    furniture(3)
    pdf.setFillColor(accent)
    pdf.setFont("Sans-Bold", 20)
    pdf.drawString(left, height - 100, spec["foreword_heading"])
    y = paragraphs(spec["foreword"], left, height - 140, width - 2 * left)
    name, role = spec["signature"]
    pdf.setFont("Sans-Bold", 10.5)
    pdf.drawString(left, y - 14, name)
    pdf.setFont("Sans", 10.5)
    pdf.drawString(left, y - 28, role)
    pdf.showPage()
    # page 4: the chapter, the key figures box on the right, the pull-out fact under the text
    furniture(4)
    pdf.setFillColor(accent)
    pdf.setFont("Sans-Bold", 16)
    pdf.drawString(left, height - 100, spec["chapter_heading"])
    column = width - 2 * left - 206
    y = paragraphs(spec["chapter"], left, height - 135, column)
    box_x, box_top = width - left - 188, height - 125
    box_h = 40 + 38 * len(spec["key_figures"])
    pdf.setFillColor(colors.HexColor("#F3E6EC"))
    pdf.rect(box_x, box_top - box_h, 188, box_h, stroke=0, fill=1)
    pdf.setFillColor(accent)
    pdf.setFont("Sans-Bold", 11)
    pdf.drawString(box_x + 12, box_top - 22, "Key figures 2025")
    fy = box_top - 52
    for figure, label in spec["key_figures"]:
        pdf.setFillColor(accent)
        pdf.setFont("Sans-Bold", 15)
        pdf.drawString(box_x + 12, fy, figure)
        pdf.setFillColor(colors.black)
        pdf.setFont("Sans", 8.5)
        pdf.drawString(box_x + 12, fy - 12, label)
        fy -= 38
    pdf.setFillColor(accent)
    pdf.setFont("Sans-Bold", 17)
    py = y - 30
    for line in simpleSplit(spec["pullout"], "Sans-Bold", 17, column):
        pdf.drawString(left, py, line)
        py -= 22
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _shade(cell, fill: str) -> None:
    """Word's cell shading (w:shd), as the form's grey label cells have it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def build_application_form(spec: dict) -> bytes:
    """A grant application form as a programme office sends it and an applicant fills it in: the programme's
    name and the form's title, the instructions in italics, a two-column table whose left cells (the printed
    labels) are shaded grey and whose right cells hold the applicant's answers, a character count under each
    limited field."""
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    set_properties(doc.core_properties, spec)
    banner = doc.add_paragraph()
    run = banner.add_run(spec["programme"])
    run.bold, run.font.size = True, Pt(16)
    doc.add_paragraph().add_run(spec["form_title"]).bold = True
    doc.add_paragraph().add_run(spec["instructions"]).italic = True
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    counts = iter(spec["counts"])
    for label, answer in spec["fields"]:
        left, right = table.add_row().cells
        left.width, right.width = Cm(5.5), Cm(11)
        left.text = label
        _shade(left, "D9D9D9")
        right.text = answer
        if "max." in label:
            count = right.add_paragraph().add_run(next(counts))
            count.italic, count.font.size = True, Pt(8)
    doc.add_paragraph("Signature of the legal representative: ______________________   Date: 10.03.2026")
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


# (name, bytes-maker): written into corpus/
BUILDS = (
    (AUSTRIA_ANNUAL_REPORT["file"], lambda: build_annual_report(AUSTRIA_ANNUAL_REPORT)),
    (PORTUGAL_JOURNAL["file"], lambda: build_odt(PORTUGAL_JOURNAL)),
    (UZBEKISTAN_FORM["file"], lambda: build_application_form(UZBEKISTAN_FORM)),
)
# (name, bytes-maker): written beside corpus/
OUTLINE_BUILDS = (("outline.odp", lambda: build_odp(OUTLINE_DECK)),)


def main() -> int:
    """Write the built contributions into eval/heldout30/corpus/ and the outline deck beside it."""
    root = HERE.parents[1]
    CORPUS.mkdir(exist_ok=True)
    for folder, builds in ((CORPUS, BUILDS), (HERE, OUTLINE_BUILDS)):
        for name, make in builds:
            path = folder / name
            path.write_bytes(make())
            print(path.relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
