"""Build the RTF, Word, PowerPoint and Excel contributions of the third held-out corpus, and its metadata sheet.

The e-mail, Markdown and text contributions are written by hand in ``corpus/``; the files below are made from
the text in ``contributions.py`` (python-docx, python-pptx, openpyxl, and RTF written directly), so their
wording can be read in one place. The built files are committed; run this again only after changing the text:

    python eval/heldout3/build.py          # the RTF, DOCX, PPTX and XLSX files and src/<pdf source>.docx
    python eval/heldout3/build.py --pdf    # the same, then the PDF converted from its .docx by LibreOffice

Output is byte-stable except for the PDF: document properties carry each contribution's own date and ZIP
entries get a fixed timestamp, so rebuilding unchanged text changes no file (and no chunk id). LibreOffice
stamps every PDF it writes with the time of conversion and a fresh document id, so the PDF is committed as it
was converted once and is only rewritten with ``--pdf``; its source .docx (``src/``, never ingested) is rebuilt
byte for byte like the other files.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SRC = HERE / "src"
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository's eval package

from eval.heldout3.contributions import (  # noqa: E402
    BOSNIA_INPUT,
    CROATIA_BRIEF,
    DENMARK_WORKBOOK,
    FRANCE_LETTER,
    KOSOVO_SLIDES,
    METADATA,
)
from eval.office_builds import set_properties, stable_zip  # noqa: E402


def _rtf_text(text: str) -> str:
    """Text as RTF: the three special characters escaped, everything past ASCII as ``\\uN?``."""
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            code = ord(ch)
            out.append(f"\\u{code - 65536 if code > 32767 else code}?")
    return "".join(out)


def build_rtf(spec: dict) -> bytes:
    """A letter as a word processor saves it as RTF: an info group, then plain paragraphs (bold where marked)."""
    when = spec["date"]
    head = (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1"
        "{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\fswiss\\fcharset0 Arial;}}"
        f"{{\\info{{\\title {_rtf_text(spec['title'])}}}{{\\author {_rtf_text(spec['author'])}}}"
        f"{{\\creatim\\yr{when.year}\\mo{when.month}\\dy{when.day}\\hr9\\min0}}}}"
        "\\paperw11906\\paperh16838\\margl1418\\margr1418\\margt1418\\margb1418\n"
    )
    body = []
    for block in spec["paragraphs"]:
        bold = isinstance(block, tuple)
        text = _rtf_text(block[1] if bold else block)
        run = f"{{\\b {text}}}" if bold else text
        body.append(f"\\pard\\sa200\\f1\\fs22 {run}\\par\n")
    return (head + "".join(body) + "}\n").encode("ascii")


def _field(paragraph, instruction: str) -> None:
    """A simple field (PAGE) inside a paragraph: Word and LibreOffice compute its value when they lay out."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.append(
        parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="{instruction}"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    )


def build_paged_word(spec: dict) -> bytes:
    """A Word brief with a running header, a page number in the footer and a page break (the PDF's source)."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    set_properties(doc.core_properties, spec)
    section = doc.sections[0]
    section.header.paragraphs[0].text = spec["header"]
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("Page ")
    _field(footer, "PAGE")
    doc.add_paragraph(spec["title"], style="Title")
    for block in spec["blocks"]:
        if block == "pagebreak":
            doc.add_page_break()
        elif isinstance(block, str):
            doc.add_paragraph(block)
        else:
            doc.add_heading(block[1], level=int(block[0][1]))
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_table_slides(spec: dict) -> bytes:
    """Slides with a title slide, bulleted slides with speaker notes, and one slide whose content is a table."""
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    set_properties(prs.core_properties, spec)
    for n, slide_spec in enumerate(spec["slides"]):
        if "table" in slide_spec:
            slide = prs.slides.add_slide(prs.slide_layouts[5])  # title only: the table is the content
            slide.shapes.title.text = slide_spec["title"]
            rows = slide_spec["table"]
            shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(0.5), Inches(1.6), Inches(9), Inches(3))
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    shape.table.cell(r, c).text = value
        else:
            slide = prs.slides.add_slide(prs.slide_layouts[0 if n == 0 else 1])
            slide.shapes.title.text = slide_spec["title"]
            body = slide.placeholders[1].text_frame
            body.text = slide_spec["body"][0]
            for line in slide_spec["body"][1:]:
                body.add_paragraph().text = line
        if slide_spec.get("notes"):
            slide.notes_slide.notes_text_frame.text = slide_spec["notes"]
    buf = io.BytesIO()
    prs.save(buf)
    return stable_zip(buf.getvalue())


def _fixed_modified(data: bytes, stamp: str) -> bytes:
    """openpyxl stamps the save time as 'modified'; the workbook's own date instead, for stable bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), content)
            dst.writestr(item.filename, content)
    return out.getvalue()


def build_workbook(spec: dict) -> bytes:
    """An Excel workbook: each sheet's rows as given (None leaves a cell empty), column widths set for reading."""
    import datetime as dt

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    when = dt.datetime.combine(spec["date"], dt.time(9, 0))
    book = Workbook()
    book.properties.creator = spec["author"]
    book.properties.title = spec["title"]
    book.properties.created = when
    book.properties.lastModifiedBy = spec["author"]
    first = True
    for name, sheet_spec in spec["sheets"].items():
        sheet = book.active if first else book.create_sheet()
        first = False
        sheet.title = name
        for row in sheet_spec["rows"]:
            sheet.append(list(row))
        for letter, width in sheet_spec.get("widths", {}).items():
            sheet.column_dimensions[letter].width = width
        for cells in sheet.iter_rows():
            for cell in cells:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for r in sheet_spec.get("bold_rows", ()):
            for cell in sheet[r]:
                cell.font = Font(bold=True)
    buf = io.BytesIO()
    book.save(buf)
    return stable_zip(_fixed_modified(buf.getvalue(), when.strftime("%Y-%m-%dT%H:%M:%SZ")))


_FOOTNOTES_XML = (
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
    "</w:footnote>{notes}</w:footnotes>"
)


def _add_footnotes(doc, notes: list[str]) -> None:
    """A footnotes part holding ``notes`` (ids 1, 2, ...), related to the document as Word relates it."""
    from xml.sax.saxutils import escape

    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = "".join(
        f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/>'
        f'</w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
        for n, text in enumerate(notes, start=1)
    )
    blob = _FOOTNOTES_XML.format(notes=body).encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def _footnote_reference(paragraph, number: int) -> None:
    """A superscript footnote mark at the end of ``paragraph``, pointing to footnote ``number``."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{number}"/></w:r>'
        )
    )


def build_bosnia(spec: dict) -> bytes:
    """The recognition office's input: a title, numbered headings as the author typed them, a 'Note:' paragraph
    and real footnotes (``("fn", paragraph, note)`` blocks: the paragraph, its footnote mark and the note)."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_paragraph(spec["title"], style="Title")
    notes: list[str] = []
    for block in spec["blocks"]:
        if isinstance(block, str):
            doc.add_paragraph(block)
        elif block[0] == "fn":
            notes.append(block[2])
            _footnote_reference(doc.add_paragraph(block[1]), len(notes))
        else:
            doc.add_heading(block[1], level=int(block[0][1]))
    if notes:
        _add_footnotes(doc, notes)
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


# (spec, builder, folder): everything rebuilt byte for byte
BUILDS = (
    (FRANCE_LETTER, build_rtf, CORPUS),
    (BOSNIA_INPUT, build_bosnia, CORPUS),
    (KOSOVO_SLIDES, build_table_slides, CORPUS),
    (DENMARK_WORKBOOK, build_workbook, CORPUS),
    (METADATA, build_workbook, CORPUS),
    (CROATIA_BRIEF, build_paged_word, SRC),
)


def convert_pdf(source: Path, target: Path) -> None:
    """The PDF LibreOffice makes of ``source`` (``soffice --headless --convert-to pdf``), written to ``target``."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("soffice (LibreOffice) is needed to convert the brief to PDF")
    with tempfile.TemporaryDirectory() as tmp:
        # a profile of our own, so a LibreOffice already open elsewhere neither blocks nor changes the output
        profile = Path(tmp, "profile").as_uri()
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", tmp,
             str(source)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        shutil.copyfile(Path(tmp) / (source.stem + ".pdf"), target)


def write_set(builds: Any, pdf_source: Path, corpus: Path, args: list[str]) -> int:
    """Write each built file of a set (``builds``: spec, builder, folder) and, with ``--pdf`` in ``args``, convert
    ``pdf_source`` into ``corpus``; print each path written, relative to the repository."""
    root = Path(__file__).resolve().parents[2]
    for spec, build, folder in builds:
        path = folder / spec["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(build(spec))
        print(path.relative_to(root))
    if "--pdf" in args:
        target = corpus / (pdf_source.stem + ".pdf")
        convert_pdf(pdf_source, target)
        print(target.relative_to(root))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Write the built contributions (and, with ``--pdf``, convert the brief) into eval/heldout3/."""
    return write_set(BUILDS, SRC / CROATIA_BRIEF["file"], CORPUS, sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
