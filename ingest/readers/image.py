"""Scanned pages sent as images (.png, .jpg): read by Tesseract OCR as one page, ``page 1``, marked as OCR.

A contributor without a scanner's PDF setting sends the photo or scan of a signed letter as an image. It is read
as a scanned PDF page is (see :mod:`ingest.readers.pdf_scans`): grey, upright as the camera recorded it, at most
``MAX_PIXELS``, one Tesseract run within the file's OCR time; lines Tesseract is unsure of are left out, and the
passage is marked as read by OCR so an editor checks it before quoting it. Without Tesseract, or with OCR
switched off, the file is refused saying how to read it.
"""

from __future__ import annotations

import math
import tempfile
from importlib.metadata import version as _dist_version
from pathlib import Path

from ingest.model import Passage, ReadResult
from ingest.readers.base import Limits, ReadError
from ingest.readers.ocr import INSTALL_HINT, OcrError, OcrTimeout, Tesseract
from ingest.readers.pdf_pages import clean_pdf_text, page_location
from ingest.readers.pdf_pdfium import BLANK_RANGE, MAX_PIXELS, MIN_SIDE
from ingest.readers.text import DEFAULT_LIMITS, check_size


def _prepared(path: Path, target: Path) -> Path | None:
    """The image in grey, turned upright by its camera orientation, within ``MAX_PIXELS``, saved as PNG at
    ``target``; None for an image too small or too even to hold text. ReadError when it cannot be decoded."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(path) as opened:
            if opened.width * opened.height > 4 * MAX_PIXELS:  # decoded, it would take gigabytes
                raise ReadError(f"image of {opened.width:,} x {opened.height:,} pixels is too large to read")
            image = ImageOps.exif_transpose(opened).convert("L")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise ReadError(f"not a readable image ({str(exc)[:100]})") from None
    if image.width * image.height > MAX_PIXELS:
        scale = math.sqrt(MAX_PIXELS / (image.width * image.height))
        image = image.resize((int(image.width * scale), int(image.height * scale)))
    if min(image.size) < MIN_SIDE:
        return None
    low, high = image.getextrema()
    if high - low < BLANK_RANGE:
        return None
    image.save(target, format="PNG", compress_level=1)
    return target


class ImageReader:
    """Reads a scanned page sent as a PNG or JPEG image by Tesseract OCR, as one page."""

    name = "tesseract"
    extensions: tuple[str, ...] = (".png", ".jpg", ".jpeg")

    @property
    def version(self) -> str:
        """The installed Pillow version (decoding) and our reading's revision."""
        return f"{_dist_version('pillow')} OCR 1"

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """OCR the image into one ``page 1`` passage; ``password`` is unused (images have none)."""
        check_size(path, limits)
        tesseract = Tesseract.find() if limits.ocr_max_pages > 0 else None
        if tesseract is None:
            why = INSTALL_HINT if limits.ocr_max_pages > 0 else "OCR is off (setting ocr_max_pages is 0)"
            raise ReadError(f"an image of a page: needs OCR ({why})")
        languages = tesseract.choose_languages(limits.ocr_languages)
        with tempfile.TemporaryDirectory(prefix="ocr-") as folder:
            image = _prepared(path, Path(folder) / "page.png")
            if image is None:
                raise ReadError("an image without text (blank or too small to hold a line)")
            try:
                page = tesseract.read(image, languages, limits.ocr_seconds)
            except OcrTimeout:
                raise ReadError("OCR ran out of time (setting read_timeout_s)") from None
            except OcrError as exc:
                raise ReadError(f"OCR failed ({exc})") from None
        text = clean_pdf_text(page.text)
        if not text:
            if page.words:
                raise ReadError("OCR could not read the image with confidence")
            raise ReadError("OCR found no text in the image")
        warnings = [f"read by OCR ({languages.note}); check before quoting"]
        if page.dropped_lines:
            warnings.append(f"{page.dropped_lines} line(s) OCR was unsure of left out")
        passage = Passage(text, page_location(1, None, ocr=True))
        return ReadResult((passage,), warnings=tuple(warnings), units=1)
