"""Bad input built in code: every case is written into a folder by one function, with what ingest must say.

Nothing here is committed as a binary: bombs and huge PDFs are generated small on disk (compressed), in
well under a second each, so the reliability tests and ``bench/bad_input_sweep.py`` can share them.
"""

from __future__ import annotations

import csv
import os
import shutil
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

GOOD_TEXT = "Micro-credentials need clearly stated learning outcomes and a transparent assessment."
OUTSIDE_SECRET = "Outside-the-folder secret that must never be ingested."


@dataclass(frozen=True)
class Case:
    """One generated file (or metadata row) and what ingest must report for it.

    ``status`` is the expected outcome; ``words`` are phrases that must all appear in the reason
    (case-insensitive), so a test can check the reason names the problem and, for limits, the setting.
    """

    file: str
    what: str
    status: str = "failed"
    words: tuple[str, ...] = ()
    fmt: str = ""
    slow: bool = False


# ---------------------------------------------------------------------------------------------- PDF helpers


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF file from object bodies (object ``i + 1`` is ``objects[i]``; object 1 is the catalog)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _stream(data: bytes, compress: bool = False) -> bytes:
    if compress:
        data = zlib.compress(data, 6)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(data), data)
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data)


def text_pdf(path: Path, text: str) -> Path:
    """A one-page PDF whose text layer is ``text`` (ASCII, one line)."""
    content = b"BT /F1 11 Tf 72 720 Td (%s) Tj ET" % text.encode("ascii")
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
    page += b"/Contents 4 0 R >>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>", _FONT]
    path.write_bytes(raw_pdf([*objects, _stream(content), page]))
    return path


def many_pages_pdf(path: Path, pages: int = 10_000) -> Path:
    """A PDF with ``pages`` pages sharing one small content stream (about 1 MB on disk)."""
    first = 5  # objects 1-4: catalog, pages, font, shared content
    kids = b" ".join(b"%d 0 R" % n for n in range(first, first + pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        _FONT,
        _stream(b"BT /F1 11 Tf 72 720 Td (One of very many pages.) Tj ET"),
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
    page += b"/Contents 4 0 R >>"
    objects.extend([page] * pages)
    path.write_bytes(raw_pdf(objects))
    return path


def huge_text_page_pdf(path: Path, megabytes: int = 50) -> Path:
    """One page whose (compressed) content stream draws ``megabytes`` MB of text; tiny on disk."""
    line = b"(" + GOOD_TEXT.encode("ascii") + b" " + GOOD_TEXT.encode("ascii") + b") Tj T*\n"
    content = b"BT /F1 10 Tf 12 TL 72 720 Td\n" + line * (megabytes * 1024 * 1024 // len(line)) + b"ET\n"
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
    page += b"/Contents 4 0 R >>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>", _FONT]
    path.write_bytes(raw_pdf([*objects, _stream(content, compress=True), page]))
    return path


def scanned_pdf(path: Path, pages: list[list[str]], dpi: int = 200) -> Path:
    """A PDF whose pages are only images of text (as a scanner makes them): each page's lines drawn by Pillow
    on an A4 image, no text layer. An empty page is a blank image."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=round(14 * dpi / 72))  # 14 pt type
    images = []
    for lines in pages:
        image = Image.new("L", (round(8.27 * dpi), round(11.69 * dpi)), 255)
        draw = ImageDraw.Draw(image)
        y = dpi  # one inch from the top
        for line in lines:
            draw.text((dpi, y), line, fill=0, font=font)
            y += round(22 * dpi / 72)
        images.append(image)
    images[0].save(path, format="PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return path


def _pages_pdf(texts: list[str], *, tree: bytes = b"", xref_keyword: bytes = b"xref") -> bytes:
    """A text PDF with one page per text; ``tree`` replaces the page tree node, ``xref_keyword`` the keyword that
    opens the cross-reference table (both ways to damage the file)."""
    first = 4 + len(texts)  # objects 1-3: catalog, page tree, font; then the contents, then the pages
    kids = b" ".join(b"%d 0 R" % (first + i) for i in range(len(texts)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        tree or b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(texts)),
    ]
    objects.append(_FONT)
    objects += [_stream(b"BT /F1 11 Tf 72 720 Td (%s) Tj ET" % text.encode("ascii")) for text in texts]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
    objects += [page + b"/Contents %d 0 R >>" % (4 + i) for i in range(len(texts))]
    return raw_pdf(objects).replace(b"\nxref\n", b"\n" + xref_keyword + b"\n", 1)


DAMAGED_TEXTS = [
    "Recognition officers compare the learning outcomes of each micro-credential.",
    "Quality assurance of providers follows the national framework.",
]


def write_damaged_pdfs(folder: Path) -> list[Case]:
    """PDFs pypdf cannot read but PDFium can, and one neither can."""
    (folder / "damaged-xref.pdf").write_bytes(_pages_pdf(DAMAGED_TEXTS, xref_keyword=b"xrex"))
    first = 4 + len(DAMAGED_TEXTS[:1])
    loop = b"<< /Type /Pages /Kids [2 0 R %d 0 R] /Count 2 >>" % first  # the tree lists itself as its first kid
    (folder / "cyclic-page-tree.pdf").write_bytes(_pages_pdf(DAMAGED_TEXTS[:1], tree=loop))
    whole = _pages_pdf(DAMAGED_TEXTS)
    (folder / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    return [
        Case("damaged-xref.pdf", "PDF with a damaged cross-reference table", "ingested", ("PDFium",), "pdf"),
        Case("cyclic-page-tree.pdf", "PDF whose page tree contains itself", "ingested", ("PDFium",), "pdf"),
        Case("truncated.pdf", "PDF cut off halfway", words=("malformed", "PDFium"), fmt="pdf"),
    ]


def write_scanned_pdf(folder: Path) -> list[Case]:
    """A scanned page: read by OCR where Tesseract is installed, else refused saying how to enable it."""
    scanned_pdf(folder / "scanned.pdf", [["Micro-credentials are stackable when learning outcomes are shared."]])
    if shutil.which("tesseract"):
        return [Case("scanned.pdf", "image-only (scanned) page", "ingested", ("read by OCR",), "pdf")]
    return [Case("scanned.pdf", "image-only (scanned) page", words=("needs OCR", "install Tesseract"), fmt="pdf")]


# --------------------------------------------------------------------------------------------- Office helpers


def good_docx(path: Path, text: str = GOOD_TEXT) -> Path:
    """A small real DOCX with one heading and one paragraph."""
    from docx import Document

    document = Document()
    document.add_heading("Assessment", level=1)
    document.add_paragraph(text)
    document.save(str(path))
    return path


def zip_bomb(path: Path, member: str, megabytes: int = 64) -> Path:
    """An Office-looking zip whose main part expands from a few KB to ``megabytes`` MB of spaces."""
    block = b" " * (1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with archive.open(member, "w", force_zip64=True) as handle:
            for _ in range(megabytes):
                handle.write(block)
    return path


def nested_groups_pptx(path: Path, depth: int = 200) -> Path:
    """A one-slide deck whose only text sits inside ``depth`` nested group shapes."""
    from pptx import Presentation
    from pptx.util import Inches

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank layout
    shapes = slide.shapes
    for _ in range(depth):
        shapes = shapes.add_group_shape().shapes
    shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(1)).text_frame.text = GOOD_TEXT
    prs.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------------- cases


def write_empty_files(folder: Path) -> list[Case]:
    """Zero-byte files of every supported type."""
    cases = []
    for ext in ("pdf", "docx", "pptx", "xlsx", "rtf", "md", "txt"):
        (folder / f"empty.{ext}").write_bytes(b"")
        cases.append(Case(f"empty.{ext}", f"empty .{ext}", words=("empty file",), fmt=ext))
    return cases


def write_wrong_extensions(folder: Path) -> list[Case]:
    """Files whose content is of another kind than their extension says."""
    text_pdf(folder / "pdf-named.docx", GOOD_TEXT)
    good_docx(folder / "docx-named.pdf")
    text_pdf(folder / "pdf-named.pptx", GOOD_TEXT)
    (folder / "png-named.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return [
        Case("pdf-named.docx", "a PDF named .docx", words=("not a DOCX file", "PDF"), fmt="docx"),
        Case("docx-named.pdf", "a DOCX named .pdf", words=("not a PDF file", "DOCX"), fmt="pdf"),
        Case("pdf-named.pptx", "a PDF named .pptx", words=("not a PPTX file", "PDF"), fmt="pptx"),
        Case("png-named.txt", "a PNG named .txt", words=("not a text file", "PNG"), fmt="txt"),
    ]


def write_zip_bombs(folder: Path) -> list[Case]:
    """Zip bombs disguised as DOCX and PPTX (64 MB of spaces each, about 64 KB on disk)."""
    zip_bomb(folder / "bomb.docx", "word/document.xml")
    zip_bomb(folder / "bomb.pptx", "ppt/presentation.xml")
    zip_bomb(folder / "bomb.xlsx", "xl/workbook.xml")
    words = ("zip expansion ratio", "max_zip_ratio")
    return [
        Case("bomb.docx", "zip bomb named .docx", words=words, fmt="docx"),
        Case("bomb.pptx", "zip bomb named .pptx", words=words, fmt="pptx"),
        Case("bomb.xlsx", "zip bomb named .xlsx", words=words, fmt="xlsx"),
    ]


def write_huge_pdfs(folder: Path, *, with_50mb_page: bool = True) -> list[Case]:
    """A PDF of 10,000 pages, and (optionally) one page carrying about 50 MB of text."""
    many_pages_pdf(folder / "ten-thousand-pages.pdf")
    cases = [Case("ten-thousand-pages.pdf", "PDF with 10,000 pages", words=("10,000 pages", "max_pages"), fmt="pdf")]
    if with_50mb_page:
        huge_text_page_pdf(folder / "fifty-mb-page.pdf")
        cases.append(
            Case("fifty-mb-page.pdf", "PDF page with ~50 MB of text", words=("characters", "max_chars"), fmt="pdf")
        )
    return cases


def write_nested_groups(folder: Path) -> list[Case]:
    """A deck with group shapes nested 200 deep."""
    nested_groups_pptx(folder / "nested-groups.pptx")
    words = ("group shapes nested", "max_group_depth")
    return [Case("nested-groups.pptx", "group shapes nested 200 deep", words=words, fmt="pptx")]


def write_rtf_and_workbooks(folder: Path) -> list[Case]:
    """RTF nested 100,000 groups deep, RTF cut off mid-group, a PDF named .rtf or .xlsx, a damaged .doc, a
    metadata table under another name than metadata.csv."""
    (folder / "deep.rtf").write_bytes(b"{\\rtf1\\ansi " + b"{" * 100_000 + b"Deep learning outcomes." + b"}" * 100_000)
    (folder / "truncated.rtf").write_bytes(b"{\\rtf1\\ansi {\\fonttbl{\\f0 Arial;}}Recognition of prior lea")
    text_pdf(folder / "pdf-named.rtf", GOOD_TEXT)
    text_pdf(folder / "pdf-named.xlsx", GOOD_TEXT)
    (folder / "damaged.doc").write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(range(256)) * 8)
    (folder / "contributors.csv").write_text("file,contributor,country\ngood.md,Ana,Portugal\n", encoding="utf-8")
    return [
        Case("contributors.csv", "a metadata table under another name", words=("metadata table",), fmt="csv"),
        # with LibreOffice: "could not convert this Word 97-2003 document"; without: "save it as .docx"
        Case("damaged.doc", "damaged Word 97-2003 file", words=("Word 97-2003 document",), fmt="doc"),
        Case("deep.rtf", "RTF groups nested 100,000 deep", status="ingested", fmt="rtf"),
        Case("truncated.rtf", "RTF cut off mid-group", status="ingested", fmt="rtf"),
        Case("pdf-named.rtf", "a PDF named .rtf", words=("not an RTF file", "PDF"), fmt="rtf"),
        Case("pdf-named.xlsx", "a PDF named .xlsx", words=("not an XLSX file", "PDF"), fmt="xlsx"),
    ]


def write_encodings(folder: Path) -> list[Case]:
    """Text in legacy and mixed encodings: each is read, with a warning saying how it was decoded."""
    sample = "Qualité des résultats d’apprentissage – 5 € par crédit"
    (folder / "latin1.txt").write_bytes("Qualité des résultats, Überblick, Ærø\n".encode("latin-1"))
    (folder / "cp1252.txt").write_bytes(sample.encode("cp1252"))
    (folder / "utf16-bom.txt").write_bytes(sample.encode("utf-16"))
    mixed = "Résumé in UTF-8. ".encode() + "Deuxième phrase en Latin-1.".encode("latin-1")
    (folder / "mixed-encodings.md").write_bytes(b"# Notes\n\n" + mixed + b"\n")
    return [
        Case("latin1.txt", "Latin-1 text", status="ingested", words=("Windows-1252",), fmt="txt"),
        Case("cp1252.txt", "Windows-1252 text", status="ingested", words=("Windows-1252",), fmt="txt"),
        Case("utf16-bom.txt", "UTF-16 text with BOM", status="ingested", fmt="txt"),
        Case("mixed-encodings.md", "UTF-8 mixed with Latin-1", status="ingested", words=("mixed",), fmt="md"),
    ]


def write_odd_names(folder: Path) -> list[Case]:
    """File names with control characters, bytes that are not UTF-8, and 250 characters."""
    cases = []
    for raw, shown in ((b"bell\x07name.txt", "bell\\x07name.txt"), (b"line\nbreak.txt", "line\\nbreak.txt")):
        try:
            (folder / os.fsdecode(raw)).write_text(GOOD_TEXT + "\n")
        except (OSError, ValueError):  # a file system that refuses such names has nothing to test
            continue
        cases.append(Case(shown, "control character in name", words=("control character",), fmt="txt"))
    try:
        (folder / os.fsdecode(b"latin1-\xe9t\xe9.txt")).write_text(GOOD_TEXT + " Encoded name.\n")
        cases.append(Case("latin1-\\xe9t\\xe9.txt", "name not valid UTF-8", words=("not valid UTF-8",), fmt="txt"))
    except (OSError, ValueError):
        pass
    long_name = ("long-name-" * 25)[:246] + ".txt"
    (folder / long_name).write_text(GOOD_TEXT + " A contribution with a very long name.\n")
    cases.append(Case(long_name, "250-character name", status="ingested", fmt="txt"))
    return cases


def write_symlinks(folder: Path, outside: Path) -> list[Case]:
    """A symlink to a file outside the folder, one that points nowhere, and one that points to itself."""
    outside.mkdir(parents=True, exist_ok=True)
    secret = outside / "secret.txt"
    secret.write_text(OUTSIDE_SECRET + "\n")
    (folder / "escape-link.txt").symlink_to(secret)
    (folder / "dangling-link.md").symlink_to(folder / "does-not-exist.md")
    (folder / "loop-link.txt").symlink_to(folder / "loop-link.txt")
    return [
        Case("escape-link.txt", "symlink to a file outside the folder", words=("outside",), fmt="txt"),
        Case("dangling-link.md", "symlink to nothing", words=("no such file",), fmt="md"),
        Case("loop-link.txt", "symlink to itself", words=("symlink",), fmt="txt"),
    ]


def write_duplicates(folder: Path) -> list[Case]:
    """The same bytes under two names: the second is recorded as a second submission without passages."""
    text = "Stackable micro-credentials should be recognised across borders by the same rules.\n"
    (folder / "dup-a.txt").write_text(text)
    (folder / "dup-b.txt").write_text(text)
    return [
        Case("dup-a.txt", "first of two identical uploads", status="ingested", fmt="txt"),
        Case("dup-b.txt", "second of two identical uploads", status="ingested", words=("same content",), fmt="txt"),
    ]


def write_metadata_escape(folder: Path, outside: Path) -> list[Case]:
    """A metadata.csv row naming ``../outside.txt`` (beside the folder): refused, never read."""
    (outside.parent / "outside.txt").write_text(OUTSIDE_SECRET + " Through the metadata.\n")
    with (folder / "metadata.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "contributor", "country"])
        writer.writerow(["../outside.txt", "Mallory", "Other"])
        writer.writerow(["good.md", "Ana Silva", "Portugal"])
    return [Case("../outside.txt", "metadata row naming ../outside.txt", words=("outside",), fmt="csv row")]


def write_good(folder: Path) -> list[Case]:
    """Two good files, to show the batch goes on around the bad ones."""
    (folder / "good.md").write_text(
        "# Stackability\n\n## 1 Pathways\n\nCredits earned through micro-credentials stack towards a full "
        "qualification when the learning outcomes are described in the same way.\n"
    )
    good_docx(folder / "good.docx", "Recognition officers compare learning outcomes, workload and assessment.")
    return [
        Case("good.md", "good Markdown", status="ingested", fmt="md"),
        Case("good.docx", "good DOCX", status="ingested", fmt="docx"),
    ]


WRITERS: tuple[Callable[[Path], list[Case]], ...] = (
    write_empty_files,
    write_wrong_extensions,
    write_zip_bombs,
    write_nested_groups,
    write_rtf_and_workbooks,
    write_encodings,
    write_odd_names,
    write_duplicates,
    write_good,
    write_damaged_pdfs,
    write_scanned_pdf,
)


def write_all(folder: Path, outside: Path, *, with_50mb_page: bool = True) -> list[Case]:
    """Write every generated case into ``folder`` (``outside`` is a sibling folder for escape targets)."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []
    for write in WRITERS:
        cases.extend(write(folder))
    cases.extend(write_huge_pdfs(folder, with_50mb_page=with_50mb_page))
    cases.extend(write_symlinks(folder, outside))
    cases.extend(write_metadata_escape(folder, outside))
    return cases
