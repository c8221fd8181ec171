"""Build the twenty-eighth held-out set's binary files from the text in ``contributions.py``, ``sheets.py`` and
``deck.py``.

The sector skills council member's Delphi workbook (openpyxl: a merged title, the panellist's line, the scale, the
statements with the panel's median and the member's own rating and comment, a sheet of figures), the adult
learning centres' joint statement (reportlab in invariant mode: the points, then the signatories and a row of their
logos' names), the chamber's bilingual comments (an OpenDocument text with a two-column table, written as its XML
parts), the regional centre's draft opinion (python-docx, with Word's diagonal "DRAFT" watermark in the header and
the reviewers' comments), the start-up's pitch deck (``eval/heldout4``'s OpenDocument presentation writer), the
secretariat's SharePoint export (``sheets.py``) and the kick-off slide deck that is the outline (``deck.py``).
Rebuilding unchanged text changes no byte:

    python eval/heldout28/build.py
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

from eval.heldout3.build import _fixed_modified  # noqa: E402
from eval.heldout4.opendocument import _HEAD, _NS, _TEXT_STYLES, ODT_MIME, _meta, _package, build_odp  # noqa: E402
from eval.heldout17.build import _fonts  # noqa: E402
from eval.heldout23.screens import pdf_date  # noqa: E402
from eval.heldout28.contributions import (  # noqa: E402
    GREECE_STATEMENT,
    POLAND_DRAFT,
    SERBIA_BILINGUAL,
    SLOVAKIA_DELPHI,
    TAJIKISTAN_PITCH,
)
from eval.heldout28.deck import build_kickoff_deck  # noqa: E402
from eval.heldout28.sheets import build_sharepoint_export  # noqa: E402
from eval.office_builds import set_properties, stable_zip  # noqa: E402


def build_delphi_workbook(spec: dict) -> bytes:
    """The round-two questionnaire as a study team sends it in Excel: a merged title row, the panellist's line and
    the scale, an empty row, the header, one row per statement (the member's rating and comment filled in), and a
    second sheet of the study's figures."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    when = dt.datetime.combine(spec["date"], dt.time(9, 0))
    book = Workbook()
    book.properties.creator = spec["author"]
    book.properties.title = spec["title"]
    book.properties.created = when
    book.properties.lastModifiedBy = spec["author"]
    sheet = book.active
    sheet.title = "Round 2"
    title, panellist, scale = spec["intro"]
    sheet.append([title])
    sheet.merge_cells("A1:F1")
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([panellist])
    sheet.merge_cells("A2:F2")
    sheet.append([scale])
    sheet.merge_cells("A3:F3")
    sheet.append([])
    sheet.append(list(spec["header"]))
    for cell in sheet[5]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E2F3")
    for number, (statement, median, iqr, rating, comment) in enumerate(spec["rows"], start=1):
        sheet.append([number, statement, median, iqr, rating, comment or None])
    for letter, width in zip("ABCDEF", (5, 48, 12, 9, 12, 60), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=6):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    figures = book.create_sheet("Study figures")
    for label, value in spec["figures"]:
        figures.append([label, value])
    figures.column_dimensions["A"].width = 34
    buf = io.BytesIO()
    book.save(buf)
    return stable_zip(_fixed_modified(buf.getvalue(), when.strftime("%Y-%m-%dT%H:%M:%SZ")))


def build_joint_statement(spec: dict) -> bytes:
    """The joint statement on one A4 page and a half: title, place and date, the introduction, the numbered
    points, the closing line, then "Signatories" (organisation, person and function on one line each) and a row of
    boxes standing for the signatories' logos, each holding the organisation's short name."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas as pdfcanvas

    rl_config.invariant = 1
    _fonts()
    width, _height = A4
    left, top, bottom = 70, 780, 90
    text_width = width - 2 * left
    buf = io.BytesIO()
    pdf = pdfcanvas.Canvas(buf, pagesize=A4, invariant=1)
    pdf.setDateFormatter(pdf_date(spec["saved"]))
    pdf.setTitle(spec["title"])
    pdf.setAuthor(spec["author"])
    y = top

    def lines(text: str, font: str, size: float, leading: float, indent: float = 0, first: str = "") -> None:
        nonlocal y
        for k, line in enumerate(simpleSplit(text, font, size, text_width - indent)):
            if y < bottom:
                pdf.showPage()
                y = top
            pdf.setFont(font, size)
            if k == 0 and first:
                pdf.drawString(left, y, first)
            pdf.drawString(left + indent, y, line)
            y -= leading

    lines(spec["title"], "Sans-Bold", 16, 24)
    lines(spec["place"], "Sans", 10, 22)
    for paragraph in spec["intro"]:
        lines(paragraph, "Sans", 10.5, 15)
        y -= 7
    for number, point in enumerate(spec["points"], start=1):
        lines(point, "Sans", 10.5, 15, indent=18, first=f"{number}.")
        y -= 7
    lines(spec["closing"], "Sans", 10.5, 15)
    y -= 14
    if y < bottom + 200:
        pdf.showPage()
        y = top
    lines("Signatories", "Sans-Bold", 12, 20)
    for organisation, person, function in spec["signatories"]:
        lines(f"{organisation} - {person}, {function}", "Sans", 10, 15)
    y -= 30
    box = text_width / len(spec["logos"])
    for k, logo in enumerate(spec["logos"]):
        x = left + k * box
        pdf.setStrokeColor(colors.HexColor("#1F4E79"))
        pdf.roundRect(x + 4, y - 34, box - 8, 40, 6)
        pdf.setFont("Sans-Bold", 10)
        pdf.setFillColor(colors.HexColor("#1F4E79"))
        pdf.drawCentredString(x + box / 2, y - 18, logo)
        pdf.setFillColor(colors.black)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


_TABLE_STYLES = _TEXT_STYLES.replace(
    "</office:automatic-styles>",
    '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm"/>'
    '</style:style><style:style style:name="Tbl.A" style:family="table-column"><style:table-column-properties '
    'style:column-width="8.5cm"/></style:style><style:style style:name="Tbl.Cell" style:family="table-cell">'
    '<style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
    "</office:automatic-styles>",
)


def build_bilingual_odt(spec: dict) -> bytes:
    """The chamber's comments in LibreOffice Writer: the title, the place and date in both languages, then one
    two-column table, the Serbian original on the left and the English translation on the right (a header row
    naming them), and the signature line under it."""

    def cell(text: str) -> str:
        return (
            '<table:table-cell table:style-name="Tbl.Cell" office:value-type="string">'
            f"<text:p>{escape(text)}</text:p></table:table-cell>"
        )

    rows = [spec["heading"], *spec["rows"]]
    table = (
        '<table:table table:name="Komentari" table:style-name="Tbl">'
        '<table:table-column table:style-name="Tbl.A" table:number-columns-repeated="2"/>'
        + "".join(f"<table:table-row>{cell(left)}{cell(right)}</table:table-row>" for left, right in rows)
        + "</table:table>"
    )
    body = (
        f'<text:p text:style-name="Title">{escape(spec["title"])}</text:p>'
        + "".join(f'<text:p text:style-name="Body">{escape(line)}</text:p>' for line in spec["intro"])
        + table
        + "".join(f'<text:p text:style-name="Body">{escape(line)}</text:p>' for line in spec["signature"])
    )
    content = (
        f"{_HEAD}<office:document-content {_NS}>{_TABLE_STYLES}<office:body><office:text>{body}"
        "</office:text></office:body></office:document-content>"
    )
    return _package(ODT_MIME, {"content.xml": content, "meta.xml": _meta(spec)})


# Word's own watermark: a WordArt shape behind the text of every page, anchored in the header, turned 315 degrees
_WATERMARK = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">'
    '<v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:412.4pt;height:164.9pt;rotation:315;z-index:-251657216;'
    "mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;"
    'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f">'
    '<v:fill opacity=".5"/><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="{text}"/>'
    "</v:shape></w:pict></w:r>"
)


def build_watermarked_draft(spec: dict) -> bytes:
    """The draft opinion in Word: the title, numbered headings and paragraphs, the header holding a line of text
    and the diagonal watermark Word's "Design > Watermark > DRAFT" puts on every page, and the reviewers' comments
    anchored on the paragraphs they discuss."""
    from docx import Document
    from docx.oxml import parse_xml

    doc = Document()
    set_properties(doc.core_properties, spec)
    header = doc.sections[0].header.paragraphs[0]
    header.text = spec["header"]
    header._p.append(parse_xml(_WATERMARK.replace("{text}", spec["watermark"])))
    doc.add_heading(spec["title"], level=0)
    when = dt.datetime.combine(spec["date"], dt.time(15, 30))
    for heading, paragraph, comments in spec["blocks"]:
        if heading:
            doc.add_heading(heading, level=1)
        para = doc.add_paragraph(paragraph)
        for author, initials, text in comments:
            comment = doc.add_comment(para.runs, text=text, author=author, initials=initials)
            stamp = when.strftime("%Y-%m-%dT%H:%M:00Z")
            comment._comment_elm.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}date", stamp)
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


# (name, bytes-maker): written into corpus/
BUILDS = (
    (SLOVAKIA_DELPHI["file"], lambda: build_delphi_workbook(SLOVAKIA_DELPHI)),
    (GREECE_STATEMENT["file"], lambda: build_joint_statement(GREECE_STATEMENT)),
    (SERBIA_BILINGUAL["file"], lambda: build_bilingual_odt(SERBIA_BILINGUAL)),
    (POLAND_DRAFT["file"], lambda: build_watermarked_draft(POLAND_DRAFT)),
    (TAJIKISTAN_PITCH["file"], lambda: build_odp(TAJIKISTAN_PITCH)),
    ("metadata.xlsx", build_sharepoint_export),
)
# (name, bytes-maker): written beside corpus/
OUTLINE_BUILDS = (("outline.pptx", build_kickoff_deck),)


def main() -> int:
    """Write the built contributions into eval/heldout28/corpus/ and the outline deck beside it."""
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
