"""The reader registry: pick a reader by file extension and check the content matches before parsing.

Each format's module (and its parsing library: pypdf, python-docx, python-pptx, openpyxl, lxml) is imported at
the first read of a file of that format, not when the registry is: listing sources, answering ``--help`` or
re-ingesting unchanged files reads nothing and so imports no parser. The registry therefore states each reader's
identity (name, extensions, version) itself; ``tests/ingest/test_registry.py`` checks it against the readers.
"""

from __future__ import annotations

import importlib
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from ingest.model import ReadResult
from ingest.readers.base import LimitExceeded, Limits, Reader, ReadError
from ingest.readers.legacy import LegacyOfficeReader
from ingest.readers.text import DEFAULT_LIMITS, utf16_without_bom

__all__ = [
    "READERS",
    "LazyReader",
    "LimitExceeded",
    "Limits",
    "ReadError",
    "Reader",
    "describe_content",
    "reader_for",
]


class LazyReader:
    """A format's reader known by its identity; its module is imported, and the reader made, at the first read.

    ``version`` goes into the hash that tells an unchanged file from one to read again, so it must be the
    reader's own (the registry test compares them).
    """

    def __init__(
        self, module: str, cls: str, name: str, extensions: tuple[str, ...], version: Callable[[], str]
    ) -> None:
        self.module, self.cls = module, cls
        self.name = name
        self.extensions = extensions
        self._version = version
        self._known: str | None = None
        self._reader: Reader | None = None

    @property
    def version(self) -> str:
        """The reader's version (of its parsing library, and of our reading of it), without importing it."""
        if self._known is None:
            self._known = self._version()
        return self._known

    def load(self) -> Reader:
        """The reader itself, its module imported on the first call."""
        if self._reader is None:
            self._reader = getattr(importlib.import_module(self.module), self.cls)()
        return self._reader

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """Read ``path`` with the reader (see ``Reader.read``)."""
        return self.load().read(path, password=password, limits=limits)

    def __repr__(self) -> str:
        return f"LazyReader({self.module}.{self.cls})"


def _library(distribution: str, suffix: str = "") -> Callable[[], str]:
    """A version made of an installed library's version and the version of our reading of it."""

    def version() -> str:
        """The installed library's version and ours."""
        from importlib.metadata import version as installed  # a few ms, paid when a version is asked for

        return f"{installed(distribution)} {suffix}".strip()

    return version


def _own(number: str) -> Callable[[], str]:
    """The version of a reader with its own parser."""
    return lambda: number


# One reader per format, keyed by format name; readers hold no per-file state.
READERS: dict[str, Reader] = {
    "pdf": LazyReader(
        "ingest.readers.pdf", "PdfReader", "pypdf", (".pdf",), _library("pypdf", "sections and tables 31, OCR 2")
    ),
    "pptx": LazyReader(
        "ingest.readers.pptx", "PptxReader", "python-pptx", (".pptx", ".pptm"), _library("python-pptx", "reading 6")
    ),
    "docx": LazyReader(
        "ingest.readers.docx", "DocxReader", "python-docx", (".docx", ".docm"), _library("python-docx", "reading 16")
    ),
    "markdown": LazyReader("ingest.readers.markdown", "MarkdownReader", "markdown", (".md", ".markdown"), _own("14")),
    "text": LazyReader("ingest.readers.text", "TextReader", "text", (".txt", ".text"), _own("16")),
    "html": LazyReader(
        "ingest.readers.html", "HtmlReader", "lxml.html", (".html", ".htm"), _library("lxml", "reading 17")
    ),
    "odt": LazyReader("ingest.readers.odf", "OdtReader", "odf-lxml", (".odt",), _library("lxml", "reading 8")),
    "odp": LazyReader("ingest.readers.odf", "OdpReader", "odf-lxml", (".odp",), _library("lxml", "reading 4")),
    "ods": LazyReader("ingest.readers.ods", "OdsReader", "odf-lxml", (".ods",), _library("lxml", "rows 8")),
    "xlsx": LazyReader(
        "ingest.readers.xlsx", "XlsxReader", "xlsx", (".xlsx", ".xlsm"), _library("openpyxl", "rows 12")
    ),
    "rtf": LazyReader("ingest.readers.rtf", "RtfReader", "rtf", (".rtf",), _own("own 11")),
    "eml": LazyReader("ingest.readers.eml", "EmlReader", "email", (".eml",), _own("15")),
    "csv": LazyReader("ingest.readers.csvfile", "CsvReader", "csv", (".csv", ".tsv"), _own("13")),
    # a scanned page sent as an image: read by Tesseract OCR when it is installed
    "image": LazyReader(
        "ingest.readers.image",
        "ImageReader",
        "tesseract",
        (".png", ".jpg", ".jpeg", ".tif", ".tiff"),
        _library("pillow", "OCR 6"),
    ),
}
# Word, PowerPoint and Excel 97-2003: converted by LibreOffice when it is installed, then read as above
READERS.update(
    {
        "doc": LegacyOfficeReader(
            "libreoffice-doc",
            ".doc",
            "Word 97-2003 document",
            "docx",
            READERS["docx"],
            "libreoffice-writer",
            "MS Word 97",
        ),
        "ppt": LegacyOfficeReader(
            "libreoffice-ppt",
            ".ppt",
            "PowerPoint 97-2003 presentation",
            "pptx",
            READERS["pptx"],
            "libreoffice-impress",
            "MS PowerPoint 97",
        ),
        "xls": LegacyOfficeReader(
            "libreoffice-xls",
            ".xls",
            "Excel 97-2003 workbook",
            "xlsx",
            READERS["xlsx"],
            "libreoffice-calc",
            "MS Excel 97",
        ),
    }
)
_LEGACY = {"doc": "DOCX", "ppt": "PPTX", "xls": "XLSX"}  # the modern format a legacy extension may also hold
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
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"{\\rtf", "RTF"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)
_HTML_SNIFF_CHARS = 1024
# A page starts with its doctype or <html>, or shows well-known tags early; "a < b" in prose is no tag.
_HTML_START = re.compile(r"^(?:\s|<!--.*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(
    r"<(?:html|head|body|title|meta|link|p|div|span|a|h[1-6]|table|tr|td|ul|ol|li|br|section|article|main|script"
    r"|style)[\s/>]",
    re.IGNORECASE,
)


def _zip_kind(path: Path) -> str:
    """Which Office format a zip holds, judged from its member names (and an OpenDocument's mimetype entry)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            tops = {name.split("/", 1)[0] for name in names}
            for folder, kind in (("word", "DOCX"), ("ppt", "PPTX"), ("xl", "XLSX")):
                if folder in tops:
                    return kind
            if "mimetype" not in tops:
                return "a zip archive"
            info = archive.getinfo("mimetype")
            from ingest.readers.odf import odf_kind  # lxml, only for OpenDocument files

            # the entry is a few dozen bytes; a larger one is not read (and names no known format)
            return odf_kind(archive.read(info)) if info.file_size <= 200 else "an OpenDocument file"
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return "a damaged zip archive"
    except (RuntimeError, KeyError):  # an encrypted or directory-like mimetype entry
        return "an OpenDocument file"


def _looks_like_html(head: bytes) -> bool:
    """A doctype or <html> at the start, or known tags in the first KB (UTF-16 pages decoded by their BOM)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head[2 : 2 * _HTML_SNIFF_CHARS + 2].decode("utf-16-le" if head[0] == 0xFF else "utf-16-be", "ignore")
    else:
        text = head.removeprefix(b"\xef\xbb\xbf")[:_HTML_SNIFF_CHARS].decode("latin-1")
    return bool(_HTML_START.match(text) or _HTML_TAG.search(text))


def describe_content(path: Path, head: bytes) -> str:
    """A short description of what the first bytes of a file look like ("PDF", "DOCX", "text", ...)."""
    if head.lstrip().startswith(b"%PDF-"):
        return "PDF"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(path)
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" not in head or utf16_without_bom(head):
        return "text"
    return "binary data"


def _head(path: Path) -> bytes:
    """The first bytes of ``path``, for sniffing; ReadError for a missing, unreadable or empty file."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except FileNotFoundError as exc:
        raise ReadError("file not found") from exc
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from exc
    if not head:
        raise ReadError("empty file")
    return head


def _check_content(path: Path, fmt: str) -> None:
    """Refuse a file whose first bytes do not match its extension's format."""
    head = _head(path)
    if fmt == "rtf" and head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{\\rtf"):
        return  # a byte-order mark or blank lines before the header: RTF readers accept them, and so do we
    if fmt == "pdf" and b"%PDF-" in head[:1024]:
        return  # PDF readers accept up to 1 KB of junk before the header, and so does pypdf
    kind = describe_content(path, head)
    if fmt == "image":
        if kind in ("a PNG image", "a JPEG image", "a TIFF image"):
            return
        raise ReadError(f"not a PNG, JPEG or TIFF image (content looks like {kind})")
    if fmt == "html" and kind == "text":
        if _looks_like_html(head):
            return
        raise ReadError("not an HTML file (content looks like plain text: no HTML tags in its first KB)")
    expected = {
        "pdf": "PDF",
        "pptx": "PPTX",
        "docx": "DOCX",
        "markdown": "text",
        "text": "text",
        "html": "HTML",
        "odt": "ODT",
        "odp": "ODP",
        "ods": "ODS",
        "xlsx": "XLSX",
        "rtf": "RTF",
        "eml": "text",
        "csv": "text",
    }[fmt]
    if kind == expected:
        return
    if fmt == "xlsx" and head.startswith(_MAGIC[0][0]):
        return  # an encrypted workbook or a legacy .xls: the reader says which
    if expected == "text":
        raise ReadError(f"not a text file (content looks like {kind})")
    article = "an" if expected[0] in "AEIOU" or expected in ("HTML", "XLSX", "RTF") else "a"
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
    if fmt in _LEGACY:
        return _legacy_reader(path, fmt, reader)
    _check_content(path, fmt)
    return reader


def _legacy_reader(path: Path, fmt: str, reader: Reader) -> Reader:
    """A .doc, .ppt or .xls: a binary Office file goes to LibreOffice; one that is really RTF (Word writes
    those under .doc) or the modern zip format is read by that format's reader directly."""
    head = _head(path)
    kind = describe_content(path, head)
    if head.startswith(_MAGIC[0][0]):
        return reader
    if kind == "RTF" or (fmt == "doc" and head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{\\rtf")):
        return READERS["rtf"]
    if kind == _LEGACY[fmt]:
        return READERS[kind.lower()]
    raise ReadError(f"not a {reader.kind} (content looks like {kind})")  # type: ignore[attr-defined]
