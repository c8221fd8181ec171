"""Build the twenty-third held-out set's binary files and its metadata sheet from the text in ``contributions.py``
and ``sheets.py``.

The employment service's consultation form filled in (reportlab's AcroForm: text fields, a drop-down list and a
check box, each under its printed label, the answers kept in the fields), the quality centre's report in
OpenDocument text (headings at two levels and a table, its XML written directly and packed as
``eval/heldout4/opendocument.py`` packs it), the learning centre's letter as WordPad saves RTF, the hospital group's
post as a screenshot (``screens.py``), the agency's speech in Word (python-docx), the employers' union's press
release as a PDF (``screens.py``) and the sheet as LibreOffice Calc saves it (.ods, merged cells). The chat export,
the digest, the Notion page, the saved blog page and the outline (``outline.txt``) are written by hand. Rebuilding
unchanged text changes no byte:

    python eval/heldout23/build.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout4.opendocument import _HEAD, _NS, _TEXT_STYLES, ODT_MIME, _meta, _package  # noqa: E402
from eval.heldout17.build import _fonts  # noqa: E402
from eval.heldout23.contributions import (  # noqa: E402
    AZERBAIJAN_SPEECH,
    BULGARIA_PRESS_RELEASE,
    LEBANON_SCREENSHOT,
    LITHUANIA_REPORT,
    MALTA_LETTER,
    TAJIKISTAN_FORM,
)
from eval.heldout23.screens import build_press_release, build_screenshot, pdf_date  # noqa: E402
from eval.heldout23.sheets import METADATA_BLOCKS, METADATA_HEADER, METADATA_TITLE, REGION_COLUMN  # noqa: E402
from eval.office_builds import set_properties, stable_zip  # noqa: E402

ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"


def build_form(spec: dict) -> bytes:
    """The consultation's fillable form as the respondent saved it: each field under its printed label (no
    tooltip), the typed answers kept in the fields (not drawn on the page), a drop-down list for the kind of
    organisation and a ticked check box for publication."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    rl_config.invariant = 1
    _fonts()
    buf = io.BytesIO()
    pdf = Canvas(buf, pagesize=A4, invariant=1)
    pdf.setTitle(spec["title"])
    pdf.setAuthor(spec["author"])
    pdf.setDateFormatter(pdf_date(spec["saved"]))
    y = A4[1] - 64
    pdf.setFont("Sans-Bold", 15)
    pdf.drawString(56, y, spec["heading"])
    y -= 20
    pdf.setFont("Sans", 8.5)
    pdf.drawString(56, y, spec["intro"])
    y -= 30
    for kind, name, label, value, lines in spec["fields"]:
        if kind == "check":
            pdf.acroForm.checkbox(name=name, x=56, y=y - 12, size=12, checked=value == "Yes", buttonStyle="cross",
                                  borderWidth=1)  # fmt: skip
            pdf.setFont("Sans", 10)
            pdf.drawString(76, y - 10, label)
            y -= 34
            continue
        pdf.setFont("Sans-Bold", 10)
        pdf.drawString(56, y, label)
        height = 15 * lines + 5
        y -= height + 5
        if kind == "choice":
            pdf.acroForm.choice(name=name, value=value, options=list(spec["options"]), x=56, y=y, width=300,
                                height=height, fontName="Helvetica", fontSize=9, borderWidth=1)  # fmt: skip
        else:
            pdf.acroForm.textfield(name=name, value=value, x=56, y=y, width=483, height=height, fontName="Helvetica",
                                   fontSize=9, fieldFlags="multiline" if lines > 1 else "", borderWidth=1)  # fmt: skip
        y -= 20
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


_TABLE_STYLES = (
    '<style:style style:name="Table1" style:family="table"><style:table-properties style:width="16cm" '
    'table:align="margins"/></style:style><style:style style:name="Cell" style:family="table-cell">'
    '<style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
    '<style:style style:name="Head" style:family="paragraph"><style:text-properties fo:font-weight="bold"/>'
    "</style:style></office:automatic-styles>"
)


def build_odt_report(spec: dict) -> bytes:
    """The report as LibreOffice Writer saves it: a title, headings at two outline levels (numbered by hand),
    body paragraphs and one table with a header row (``table:table-header-rows``)."""
    out = []
    for block in spec["blocks"]:
        kind, value = ("p", block) if isinstance(block, str) else block
        if kind == "title":
            out.append(f'<text:p text:style-name="Title">{escape(value)}</text:p>')
        elif kind in ("h1", "h2"):
            level = kind[1]
            out.append(f'<text:h text:style-name="H{level}" text:outline-level="{level}">{escape(value)}</text:h>')
        elif kind == "table":
            head, *rows = value
            cells = "".join(
                f'<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name='
                f'"Head">{escape(v)}</text:p></table:table-cell>'
                for v in head
            )
            xml = [
                f'<table:table table:name="Table1" table:style-name="Table1"><table:table-column '
                f'table:number-columns-repeated="{len(head)}"/><table:table-header-rows><table:table-row>{cells}'
                "</table:table-row></table:table-header-rows>"
            ]
            for row in rows:
                xml.append(
                    "<table:table-row>"
                    + "".join(
                        f'<table:table-cell table:style-name="Cell" office:value-type="string"><text:p '
                        f'text:style-name="Body">{escape(v)}</text:p></table:table-cell>'
                        for v in row
                    )
                    + "</table:table-row>"
                )
            out.append("".join(xml) + "</table:table>")
        else:
            out.append(f'<text:p text:style-name="Body">{escape(value)}</text:p>')
    styles = _TEXT_STYLES.replace("</office:automatic-styles>", _TABLE_STYLES)
    content = (
        f"{_HEAD}<office:document-content {_NS}>{styles}<office:body><office:text>"
        f"{''.join(out)}</office:text></office:body></office:document-content>"
    )
    return _package(ODT_MIME, {"content.xml": content, "meta.xml": _meta(spec)})


def _wordpad_text(text: str) -> str:
    """Text as WordPad writes it into RTF: the special characters escaped, a Windows-1252 letter past ASCII as
    ``\\'hh``, any other letter as ``\\uN?``."""
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


def build_wordpad_rtf(spec: dict) -> bytes:
    """The letter as WordPad (Windows 10) saves it: its font table and ``\\*\\generator Riched20`` group, no info
    group, every paragraph ``\\pard`` with 10 pt after it and a line spacing of 1.15, in Calibri 11."""
    head = (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang2057{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\r\n"
        "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 \r\n"
    )
    body = "".join(
        f"\\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang2057 {_wordpad_text(p)}\\par\r\n" for p in spec["paragraphs"]
    )
    return (head + body + "}\r\n\x00").encode("ascii")


def build_speech(spec: dict) -> bytes:
    """The speech in Word: "CHECK AGAINST DELIVERY" and the speaker's line in bold, the occasion in italics, then
    the text with the slide cues and stage directions in square brackets, as the speaker reads it."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    for block in spec["blocks"]:
        kind, text = ("p", block) if isinstance(block, str) else block
        run = doc.add_paragraph().add_run(text)
        run.bold = kind == "bold"
        run.italic = kind == "italic"
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def _ods_cell(value: str, span: int = 1, rows: int = 1) -> str:
    attrs = (f' table:number-columns-spanned="{span}"' if span > 1 else "") + (
        f' table:number-rows-spanned="{rows}"' if rows > 1 else ""
    )
    if not value:
        return f"<table:table-cell{attrs}/>"
    return f'<table:table-cell{attrs} office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'


def build_sheet(title: str, header: tuple[str, ...], blocks: tuple, region_column: int) -> bytes:
    """The secretariat's Calc sheet: the title merged across the header's width (the cells it covers written as
    ``table:covered-table-cell``), an empty row, the header, then each block's rows with the region written once
    in a cell merged down the block."""
    width = len(header)
    covered = "<table:covered-table-cell/>"
    rows = [
        f"<table:table-row>{_ods_cell(title, span=width)}{covered * (width - 1)}</table:table-row>",
        f'<table:table-row><table:table-cell table:number-columns-repeated="{width}"/></table:table-row>',
        "<table:table-row>" + "".join(_ods_cell(h) for h in header) + "</table:table-row>",
    ]
    for region, block in blocks:
        for n, row in enumerate(block):
            region_cell = _ods_cell(region, rows=len(block)) if n == 0 else covered
            cells = [_ods_cell(v) for v in row]
            cells.insert(region_column, region_cell)
            rows.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
    content = (
        f"{_HEAD}<office:document-content {_NS}><office:body><office:spreadsheet>"
        f'<table:table table:name="Beérkezett"><table:table-column table:number-columns-repeated="{width}"/>'
        f"{''.join(rows)}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    meta = {"title": title, "author": "Titkárság", "date": __import__("datetime").date(2026, 3, 23)}
    return _package(ODS_MIME, {"content.xml": content, "meta.xml": _meta(meta)})


# (name, bytes-maker): written into corpus/
BUILDS = (
    (TAJIKISTAN_FORM["file"], lambda: build_form(TAJIKISTAN_FORM)),
    (LITHUANIA_REPORT["file"], lambda: build_odt_report(LITHUANIA_REPORT)),
    (MALTA_LETTER["file"], lambda: build_wordpad_rtf(MALTA_LETTER)),
    (LEBANON_SCREENSHOT["file"], lambda: build_screenshot(LEBANON_SCREENSHOT)),
    (AZERBAIJAN_SPEECH["file"], lambda: build_speech(AZERBAIJAN_SPEECH)),
    (BULGARIA_PRESS_RELEASE["file"], lambda: build_press_release(BULGARIA_PRESS_RELEASE)),
    ("metadata.ods", lambda: build_sheet(METADATA_TITLE, METADATA_HEADER, METADATA_BLOCKS, REGION_COLUMN)),
)


def main() -> int:
    """Write the built contributions and the sheet into eval/heldout23/corpus/."""
    root = HERE.parents[1]
    CORPUS.mkdir(exist_ok=True)
    for name, make in BUILDS:
        path = CORPUS / name
        path.write_bytes(make())
        print(path.relative_to(root))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
