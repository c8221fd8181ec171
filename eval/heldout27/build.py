"""Build the twenty-seventh held-out set's binary files from the text in ``contributions.py``.

The dual-learning centre's position paper as Word prints it to PDF with line numbering switched on (reportlab in
invariant mode, a number in small grey type left of every line, restarting on each page), the directorate's fax
as WordPad saves RTF (a cover sheet table, then the letter), the training centre's risk register (openpyxl, through
``eval/heldout3/build.py``'s workbook builder), the artisans' options paper (python-docx: a table of options per
topic, then the preferred option), the institute's draft rulebook in LibreOffice Writer (``eval/heldout4``'s
OpenDocument writer) and the youth network's square carousel (python-pptx). The forum thread, the outliner page,
the board export, the e-mail, the metadata sheet and the outline e-mail are written by hand. Rebuilding unchanged
text changes no byte:

    python eval/heldout27/build.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout3.build import build_workbook  # noqa: E402
from eval.heldout4.opendocument import build_odt  # noqa: E402
from eval.heldout17.build import _fonts  # noqa: E402
from eval.heldout23.screens import pdf_date  # noqa: E402
from eval.heldout27.contributions import (  # noqa: E402
    ALGERIA_FAX,
    AZERBAIJAN_REGISTER,
    BELGIUM_PAPER,
    BOSNIA_RULEBOOK,
    ITALY_OPTIONS,
    PALESTINE_CAROUSEL,
)
from eval.office_builds import set_properties, stable_zip  # noqa: E402


def build_line_numbered_paper(spec: dict) -> bytes:
    """The paper as Word prints it with line numbering on: A4, the title and byline on top of page 1, headings in
    bold, body lines wrapped at the text width, and every line's number (restarting at 1 on each page) in small
    grey type in the left margin; the page number centred at the foot."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas as pdfcanvas

    rl_config.invariant = 1
    _fonts()
    width, height = A4
    left, right, top, bottom = 72, 72, 780, 80
    buf = io.BytesIO()
    pdf = pdfcanvas.Canvas(buf, pagesize=A4, invariant=1)
    pdf.setDateFormatter(pdf_date(spec["saved"]))
    pdf.setTitle(spec["title"])
    pdf.setAuthor(spec["author"])
    state = {"y": top, "line": 0, "page": 1}

    def new_page() -> None:
        pdf.setFont("Sans", 9)
        pdf.setFillColor(colors.black)
        pdf.drawCentredString(width / 2, 40, str(state["page"]))
        pdf.showPage()
        state.update(y=top, line=0, page=state["page"] + 1)

    def put(text: str, font: str, size: float, leading: float) -> None:
        if state["y"] < bottom:
            new_page()
        state["line"] += 1
        pdf.setFillColor(colors.HexColor("#808080"))
        pdf.setFont("Sans", 7.5)
        pdf.drawRightString(left - 14, state["y"], str(state["line"]))
        pdf.setFillColor(colors.black)
        pdf.setFont(font, size)
        pdf.drawString(left, state["y"], text)
        state["y"] -= leading

    text_width = width - left - right
    put(spec["title"], "Sans-Bold", 15, 24)
    put(spec["byline"], "Sans", 9.5, 26)
    for block in spec["blocks"]:
        if isinstance(block, tuple):
            state["y"] -= 6
            put(block[1], "Sans-Bold", 11.5, 20)
            continue
        for line in simpleSplit(block, "Sans", 10.5, text_width):
            put(line, "Sans", 10.5, 15)
        state["y"] -= 8
    pdf.setFont("Sans", 9)
    pdf.drawCentredString(width / 2, 40, str(state["page"]))
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _rtf(text: str) -> str:
    """Text as WordPad writes it: specials escaped, letters past ASCII as ``\\'xx`` in its code page or ``\\uN?``."""
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                out.append(f"\\'{ch.encode('cp1252')[0]:02x}")
            except UnicodeEncodeError:
                out.append(f"\\u{ord(ch)}?")
    return "".join(out)


def build_fax_rtf(spec: dict) -> bytes:
    """The fax as WordPad (Windows 10) saves it: ``\\nouicompat``, the Riched20 generator, a font table, a large
    "FAX" line, the cover sheet as a two-column table (``\\trowd`` rows), a note, a page break, then the letter:
    salutation, paragraphs, closing and a three-line signature."""
    yr, mo, dy, hr, mi = spec["created"]
    head = (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1036{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}"
        "{\\f1\\fswiss\\fcharset0 Arial;}}\n"
        "{\\*\\generator Riched20 10.0.19041}"
        f"{{\\info{{\\title {_rtf(spec['title'])}}}{{\\author {_rtf(spec['author'])}}}"
        f"{{\\creatim\\yr{yr}\\mo{mo}\\dy{dy}\\hr{hr}\\min{mi}}}}}"
        "\\viewkind4\\uc1 \n"
    )
    out = [head, "\\pard\\sa200\\sl276\\slmult1\\b\\f1\\fs56 FAX\\b0\\f0\\fs22\\par\n"]
    for label, value in spec["cover"]:
        out.append(
            "\\trowd\\trgaph108\\trleft0\\trbrdrt\\brdrs\\brdrw10 \\trbrdrb\\brdrs\\brdrw10 "
            "\\clbrdrb\\brdrs\\brdrw10 \\cellx2000\\clbrdrb\\brdrs\\brdrw10 \\cellx9000 "
            f"\\pard\\intbl\\b {_rtf(label)}\\b0\\cell {_rtf(value)}\\cell\\row\n"
        )
    out.append(f"\\pard\\sa200\\sl276\\slmult1\\i {_rtf(spec['cover_note'])}\\i0\\par\n\\page\n")
    out.append(f"\\pard\\sa200\\sl276\\slmult1 {_rtf(spec['salutation'])}\\par\n")
    for paragraph in spec["body"]:
        out.append(f"{_rtf(paragraph)}\\par\n")
    out.append(f"{_rtf(spec['closing'])}\\par\n\\par\n")
    out.append("\\pard\\sl276\\slmult1 " + "\\line ".join(_rtf(line) for line in spec["signature"]) + "\\par\n}\n")
    return "".join(out).encode("ascii")


def build_options_paper(spec: dict) -> bytes:
    """The options paper in Word: the title, two introductory paragraphs, then per topic a Heading 1, a table
    "Option | What it means | For | Against" (header row in bold) and a paragraph opening with "Preferred
    option:" in bold; the confederation's name in the page footer."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_heading(spec["title"], level=0)
    for paragraph in spec["intro"]:
        doc.add_paragraph(paragraph)
    for heading, options, preferred in spec["topics"]:
        doc.add_heading(heading, level=1)
        table = doc.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("Option", "What it means", "For", "Against"), strict=True):
            cell.paragraphs[0].add_run(text).bold = True
        for option in options:
            for cell, text in zip(table.add_row().cells, option, strict=True):
                cell.text = text
        para = doc.add_paragraph()
        para.paragraph_format.space_before = Pt(8)
        para.add_run("Preferred option: ").bold = True
        para.add_run(preferred)
    doc.sections[0].footer.paragraphs[0].text = spec["footer"]
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_carousel(spec: dict) -> bytes:
    """A square carousel made in PowerPoint for a social network (1080 x 1080 pixels): each slide a coloured
    background, one large statement, a smaller line under it, the page marker ("2/7") in the top right corner and
    the network's handle at the foot."""
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Emu, Pt

    side = Emu(1080 * 9525)  # 1080 px at 96 dpi
    prs = Presentation()
    set_properties(prs.core_properties, spec)
    prs.slide_width = prs.slide_height = side
    unit = side // 20
    count = len(spec["slides"])
    for number, (big, small) in enumerate(spec["slides"], start=1):
        slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank
        back = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, side, side)
        back.fill.solid()
        back.fill.fore_color.rgb = RGBColor(0x0E, 0x6E, 0x5C) if number % 2 else RGBColor(0xF2, 0xB1, 0x34)
        back.line.fill.background()
        marker = slide.shapes.add_textbox(unit * 16, unit, unit * 3, unit)
        marker.text_frame.text = f"{number}/{count}"
        marker.text_frame.paragraphs[0].runs[0].font.size = Pt(20)
        box = slide.shapes.add_textbox(unit * 2, unit * 4, unit * 16, unit * 9)
        box.text_frame.word_wrap = True
        box.text_frame.text = big
        box.text_frame.paragraphs[0].runs[0].font.size = Pt(44)
        box.text_frame.paragraphs[0].runs[0].font.bold = True
        under = slide.shapes.add_textbox(unit * 2, unit * 14, unit * 16, unit * 3)
        under.text_frame.word_wrap = True
        under.text_frame.text = small
        under.text_frame.paragraphs[0].runs[0].font.size = Pt(24)
        handle = slide.shapes.add_textbox(unit * 2, unit * 18, unit * 8, unit)
        handle.text_frame.text = spec["handle"]
        handle.text_frame.paragraphs[0].runs[0].font.size = Pt(18)
    buf = io.BytesIO()
    prs.save(buf)
    return stable_zip(buf.getvalue())


# (name, bytes-maker): written into corpus/
BUILDS = (
    (BELGIUM_PAPER["file"], lambda: build_line_numbered_paper(BELGIUM_PAPER)),
    (ALGERIA_FAX["file"], lambda: build_fax_rtf(ALGERIA_FAX)),
    (AZERBAIJAN_REGISTER["file"], lambda: build_workbook(AZERBAIJAN_REGISTER)),
    (ITALY_OPTIONS["file"], lambda: build_options_paper(ITALY_OPTIONS)),
    (BOSNIA_RULEBOOK["file"], lambda: build_odt(BOSNIA_RULEBOOK)),
    (PALESTINE_CAROUSEL["file"], lambda: build_carousel(PALESTINE_CAROUSEL)),
)


def main() -> int:
    """Write the built contributions into eval/heldout27/corpus/."""
    root = HERE.parents[1]
    CORPUS.mkdir(exist_ok=True)
    for name, make in BUILDS:
        path = CORPUS / name
        path.write_bytes(make())
        print(path.relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
