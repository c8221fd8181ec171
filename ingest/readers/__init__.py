"""The reader registry: pick a reader by file extension and check the content matches before parsing."""

from __future__ import annotations

import zipfile
from pathlib import Path

from ingest.readers.base import LimitExceeded, Limits, Reader, ReadError
from ingest.readers.docx import DocxReader
from ingest.readers.markdown import MarkdownReader
from ingest.readers.pdf import PdfReader
from ingest.readers.pptx import PptxReader
from ingest.readers.text import TextReader

__all__ = ["READERS", "LimitExceeded", "Limits", "ReadError", "Reader", "describe_content", "reader_for"]

# One instance per format, keyed by format name; readers hold no per-file state.
READERS: dict[str, Reader] = {
    "pdf": PdfReader(),
    "pptx": PptxReader(),
    "docx": DocxReader(),
    "markdown": MarkdownReader(),
    "text": TextReader(),
}
_BY_EXTENSION: dict[str, tuple[str, Reader]] = {
    ext: (fmt, reader) for fmt, reader in READERS.items() for ext in reader.extensions
}
_SNIFF_BYTES = 8192  # enough for magic numbers, the PDF header (allowed within 1 KB) and a text check
_MAGIC: tuple[tuple[bytes, str], ...] = (
    # OLE2 compound file: Word 97-2003 and the like, but also password-protected DOCX/PPTX
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy or password-protected Office file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"{\\rtf", "RTF"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)


def _zip_kind(path: Path) -> str:
    """Which Office format a zip holds, judged from its member names only."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return "a damaged zip archive"
    tops = {name.split("/", 1)[0] for name in names}
    for folder, kind in (("word", "DOCX"), ("ppt", "PPTX"), ("xl", "XLSX")):
        if folder in tops:
            return kind
    if "mimetype" in tops:
        return "an OpenDocument file"
    return "a zip archive"


def describe_content(path: Path, head: bytes) -> str:
    """A short description of what the first bytes of a file look like ("PDF", "DOCX", "text", ...)."""
    if head.lstrip().startswith(b"%PDF-"):
        return "PDF"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(path)
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" not in head:
        return "text"
    return "binary data"


def _check_content(path: Path, fmt: str) -> None:
    """Refuse a file whose first bytes do not match its extension's format."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except FileNotFoundError as exc:
        raise ReadError("file not found") from exc
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from exc
    if not head:
        raise ReadError("empty file")
    if fmt == "pdf" and b"%PDF-" in head[:1024]:
        return  # PDF readers accept up to 1 KB of junk before the header, and so does pypdf
    kind = describe_content(path, head)
    expected = {"pdf": "PDF", "pptx": "PPTX", "docx": "DOCX", "markdown": "text", "text": "text"}[fmt]
    if kind == expected:
        return
    if expected == "text":
        raise ReadError(f"not a text file (content looks like {kind})")
    article = "an" if expected[0] in "AEIOU" else "a"
    raise ReadError(f"not {article} {expected} file (content looks like {kind})")


def reader_for(path: Path) -> Reader:
    """The reader for ``path``, chosen by extension, after checking the content matches it.

    Raises ReadError for an unsupported extension, a missing or empty file, or content of another
    kind (a PDF named .docx, a non-zip .pptx, binary data named .txt).
    """
    suffix = path.suffix.lower()
    if suffix not in _BY_EXTENSION:
        reason = f"unsupported file type '{suffix}'" if suffix else "unsupported file type (no extension)"
        raise ReadError(reason)
    fmt, reader = _BY_EXTENSION[suffix]
    _check_content(path, fmt)
    return reader
