"""Reader registry: choice by extension and refusal of content that does not match it."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from pptx import Presentation
from reportlab.pdfgen import canvas

from ingest.readers import READERS, LazyReader, Reader, ReadError, reader_for


def pdf_bytes(tmp_path: Path) -> bytes:
    c = canvas.Canvas(str(tmp_path / "src.pdf"))
    c.drawString(72, 720, "Policy brief")
    c.save()
    return (tmp_path / "src.pdf").read_bytes()


def docx_bytes(tmp_path: Path) -> bytes:
    document = docx.Document()
    document.add_paragraph("Expert input")
    document.save(str(tmp_path / "src.docx"))
    return (tmp_path / "src.docx").read_bytes()


def pptx_bytes(tmp_path: Path) -> bytes:
    Presentation().save(str(tmp_path / "src.pptx"))
    return (tmp_path / "src.pptx").read_bytes()


@pytest.mark.unit
def test_one_reader_per_format_implementing_the_protocol() -> None:
    assert set(READERS) == {
        "pdf",
        "pptx",
        "docx",
        "markdown",
        "text",
        "html",
        "odt",
        "odp",
        "ods",
        "xlsx",
        "rtf",
        "eml",
        "csv",
        "image",
        "doc",
        "ppt",
        "xls",
    }
    for reader in READERS.values():
        assert isinstance(reader, Reader)
        assert reader.name and reader.extensions and reader.version


@pytest.mark.unit
@pytest.mark.parametrize("fmt", [f for f, r in READERS.items() if isinstance(r, LazyReader)])
def test_the_registry_states_each_readers_own_identity(fmt: str) -> None:
    """The registry answers name and version without importing the reader: they must be the reader's own, or an
    upgraded reader would not read unchanged files again (the version is part of what makes a file unchanged)."""
    lazy = READERS[fmt]
    real = lazy.load()
    assert (lazy.name, lazy.extensions, lazy.version) == (real.name, real.extensions, real.version), (
        f"update the identity of '{fmt}' in ingest/readers/__init__.py"
    )


@pytest.mark.unit
@pytest.mark.parametrize(
    ("name", "make", "reader_name"),
    [
        ("a.pdf", pdf_bytes, "pypdf"),
        ("A.PDF", pdf_bytes, "pypdf"),
        ("b.pptx", pptx_bytes, "python-pptx"),
        ("b.pptm", pptx_bytes, "python-pptx"),
        ("c.docx", docx_bytes, "python-docx"),
        ("c.docm", docx_bytes, "python-docx"),
        ("d.md", lambda _: b"# T\n\ntext", "markdown"),
        ("d.markdown", lambda _: b"text", "markdown"),
        ("e.txt", lambda _: b"text", "text"),
        ("e.text", lambda _: "caf\u00e9".encode("cp1252"), "text"),
    ],
)
def test_reader_by_extension(tmp_path: Path, name: str, make, reader_name: str) -> None:
    path = tmp_path / name
    path.write_bytes(make(tmp_path))
    assert reader_for(path).name == reader_name


@pytest.mark.unit
@pytest.mark.parametrize(("name", "reason"), [("x.xyz", "unsupported file type '.xyz'"), ("README", None)])
def test_unsupported_extension(tmp_path: Path, name: str, reason: str | None) -> None:
    path = tmp_path / name
    path.write_text("text")
    with pytest.raises(ReadError, match="^unsupported file type") as info:
        reader_for(path)
    if reason:
        assert info.value.reason == reason


@pytest.mark.unit
def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.docx").write_bytes(b"")
    with pytest.raises(ReadError, match="^empty file$"):
        reader_for(tmp_path / "empty.docx")


@pytest.mark.unit
def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="^file not found$"):
        reader_for(tmp_path / "gone.pdf")


@pytest.mark.unit
@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("renamed.docx", pdf_bytes, "not a DOCX file (content looks like PDF)"),
        ("renamed.pptx", docx_bytes, "not a PPTX file (content looks like DOCX)"),
        ("notzip.pptx", lambda _: b"plain words", "not a PPTX file (content looks like text)"),
        ("renamed.pdf", docx_bytes, "not a PDF file (content looks like DOCX)"),
        ("renamed.xlsx", docx_bytes, "not an XLSX file (content looks like DOCX)"),
        ("notes.rtf", lambda _: b"Plain notes about micro-credentials.", "not an RTF file (content looks like text)"),
        ("legacy.docx", lambda _: bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 100, None),
        ("image.txt", lambda _: b"\x89PNG\r\n\x1a\n\0\0", "not a text file (content looks like a PNG image)"),
        ("pdf.md", pdf_bytes, "not a text file (content looks like PDF)"),
        ("bin.txt", lambda _: b"ab\x00\x01cd", "not a text file (content looks like binary data)"),
    ],
)
def test_content_must_match_extension(tmp_path: Path, name: str, make, reason: str | None) -> None:
    path = tmp_path / name
    path.write_bytes(make(tmp_path))
    with pytest.raises(ReadError) as info:
        reader_for(path)
    if reason:
        assert info.value.reason == reason
    else:
        assert "password-protected Office file" in info.value.reason


@pytest.mark.unit
def test_an_ole_file_named_xlsx_reaches_the_reader_which_says_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "budget.xlsx"
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600)
    reader = reader_for(path)  # encrypted workbooks are OLE files too: the reader tells them from legacy .xls
    with pytest.raises(ReadError, match=r"^not an XLSX file \("):
        reader.read(path)


@pytest.mark.unit
def test_an_rtf_after_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "input.rtf"
    path.write_bytes(b"\xef\xbb\xbf\r\n{\\rtf1\\ansi Stackable micro-credentials.\\par}")
    assert "Stackable micro-credentials." in reader_for(path).read(path).passages[0].text


@pytest.mark.unit
def test_pdf_header_after_junk_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "junk.pdf"
    path.write_bytes(b"\r\n\r\n" + pdf_bytes(tmp_path))
    assert reader_for(path).name == "pypdf"
