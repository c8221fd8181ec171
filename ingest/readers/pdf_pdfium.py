"""PDFium (through pypdfium2): a second engine for PDFs pypdf cannot read, and the renderer of scanned pages.

PDFium is the engine of Chromium's PDF viewer. It repairs other damage than pypdf does (a broken cross-reference
table, wrong stream lengths, a page tree that points back at itself), so a file pypdf refuses often opens
here. It also draws a page as an image, which is what OCR reads.
"""

from __future__ import annotations

import math
from importlib.metadata import version as _dist_version
from pathlib import Path
from typing import Any

from ingest.readers.base import ReadError
from ingest.readers.ocr import DPI

MAX_PIXELS = 40_000_000  # an A3 page at 300 dpi is 17.4 megapixels; larger pages are drawn at a lower resolution
MIN_SIDE = 32  # pixels: a page smaller than this cannot hold a readable line of text
BLANK_RANGE = 16  # grey levels: a page whose darkest and lightest pixels are this close is blank


def engine_version() -> str:
    """``pypdfium2 5.15.2, PDFium 8149``: both, as each can change what is read."""
    import pypdfium2

    return f"{_dist_version('pypdfium2')}, PDFium {pypdfium2.PDFIUM_INFO.build}"


def open_document(path: Path, password: str | None) -> Any:
    """The PDF opened by PDFium (with the password, else the empty one); ReadError saying why it cannot be."""
    import pypdfium2

    try:
        return pypdfium2.PdfDocument(str(path), password=password or None)
    except pypdfium2.PdfiumError as exc:
        text = str(exc)
        if "password" in text.lower():
            raise ReadError("encrypted: wrong password" if password else "encrypted: password needed") from None
        raise ReadError(text.split("(PDFium:")[-1].strip(" .)") or text) from None


def page_text(document: Any, index: int) -> str:
    """The text PDFium extracts from page ``index`` (0-based), with plain line breaks."""
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            return textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
        finally:
            textpage.close()
    finally:
        page.close()


def has_image(document: Any, index: int) -> bool:
    """Whether page ``index`` draws an image (inline images and images inside forms included)."""
    import pypdfium2.raw as raw

    page = document[index]
    try:
        return any(True for _ in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=3))
    finally:
        page.close()


class SecondEngine:
    """PDFium opened on first use, for pages pypdf fails on in a file it otherwise reads."""

    def __init__(self, path: Path, password: str | None) -> None:
        self.path, self.password = path, password
        self._document: Any = None
        self._failed = False

    def page_text(self, number: int) -> str | None:
        """Page ``number``'s (1-based) text as PDFium reads it; None when PDFium cannot either."""
        if self._document is None and not self._failed:
            try:
                self._document = open_document(self.path, self.password)
            except ReadError:
                self._failed = True
        if self._document is None:
            return None
        try:
            return page_text(self._document, number - 1)
        except Exception:  # noqa: BLE001 - the caller reports pypdf's reason for the page
            return None

    def close(self) -> None:
        """Close the document if it was opened."""
        if self._document is not None:
            self._document.close()
            self._document = None


def render(document: Any, index: int, target: Path) -> Path | None:
    """Draw page ``index`` in grey at the OCR resolution into ``target`` (PNG); None for a blank or tiny page."""
    page = document[index]
    try:
        width, height = page.get_size()  # points
        scale = DPI / 72
        if width * height * scale * scale > MAX_PIXELS:  # keep a huge page within memory
            scale = math.sqrt(MAX_PIXELS / (width * height))
        if min(width, height) * scale < MIN_SIDE:
            return None
        bitmap = page.render(scale=scale, grayscale=True, may_draw_forms=True)
        try:
            image = bitmap.to_pil()
            low, high = image.getextrema()
            if high - low < BLANK_RANGE:
                return None
            image.save(target, format="PNG", compress_level=1)  # written once, read once: speed over size
            return target
        finally:
            bitmap.close()
    finally:
        page.close()
