"""Scanned pages sent as images (.png, .jpg, .tif): read by Tesseract OCR, ``page N``, marked as OCR.

A contributor without a scanner's PDF setting sends the photo or scan of a signed letter as an image; a scanner or
fax may save several pages in one TIFF. Each page is read as a scanned PDF page is (see
:mod:`ingest.readers.pdf_scans`): grey, upright as the camera recorded it, at most ``MAX_PIXELS``, one Tesseract
run each, at most ``ocr_max_pages`` pages and within the file's OCR time; lines Tesseract is unsure of are left
out, and the passages are marked as read by OCR so an editor checks them before quoting. Without Tesseract, or
with OCR switched off, the file is refused saying how to read it.
"""

from __future__ import annotations

import math
import tempfile
import time
from collections.abc import Iterator
from importlib.metadata import version as _dist_version
from pathlib import Path
from typing import Any

from ingest.model import Passage, ReadResult
from ingest.readers.base import IMAGE_UNREADABLE, IMAGE_WITHOUT_TEXT, Limits, ReadError
from ingest.readers.ocr import INSTALL_HINT, OcrError, OcrTimeout, Tesseract
from ingest.readers.pdf_closing import drop_closing, drop_salutation
from ingest.readers.pdf_pages import clean_pdf_text, page_location
from ingest.readers.pdf_pdfium import BLANK_RANGE, MAX_PIXELS, MIN_SIDE
from ingest.readers.pdf_scans import page_list
from ingest.readers.text import DEFAULT_LIMITS, check_size


def _prepared(frame: Any, target: Path) -> Path | None:
    """One page in grey, turned upright by its camera orientation, within ``MAX_PIXELS``, saved as PNG at
    ``target``; None for a page too small or too even to hold text."""
    from PIL import ImageOps

    if frame.width * frame.height > 4 * MAX_PIXELS:  # decoded, it would take gigabytes
        raise ReadError(f"image of {frame.width:,} x {frame.height:,} pixels is too large to read")
    image = ImageOps.exif_transpose(frame).convert("L")
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


def _pages(path: Path, folder: Path, most: int) -> Iterator[Path | None]:
    """Each page of the image file (a TIFF may hold several), prepared for OCR, the first ``most`` of them;
    ReadError when it cannot be decoded."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        with Image.open(path) as opened:
            for number, frame in enumerate(ImageSequence.Iterator(opened), start=1):
                if number > most:
                    return
                yield _prepared(frame, folder / f"{number}.png")
    except (UnidentifiedImageError, OSError, ValueError, EOFError, Image.DecompressionBombError) as exc:
        raise ReadError(f"not a readable image ({str(exc)[:100]})") from None


def _page_count(path: Path) -> int:
    from PIL import Image

    try:
        with Image.open(path) as opened:
            return int(getattr(opened, "n_frames", 1))
    except Exception:  # counted again, with its reason, when the pages are read
        return 1


class ImageReader:
    """Reads scanned pages sent as PNG, JPEG or TIFF images by Tesseract OCR, one passage per page."""

    name = "tesseract"
    extensions: tuple[str, ...] = (".png", ".jpg", ".jpeg", ".tif", ".tiff")

    @property
    def version(self) -> str:
        """The installed Pillow version (decoding) and our reading's revision (OCR 3: a letter's closing and
        signature at the end of its last page are left out; OCR 4: so is the salutation opening its first page; OCR 5:
        also a greeting as wide as the lines around it, which the rejoining of lines ran into them; OCR 6: a last
        paragraph that is only its author's name and role is a signature, and a sentence Tesseract broke over two
        paragraphs is one paragraph again, and narrow columns' wrapped prose is rejoined)."""
        return f"{_dist_version('pillow')} OCR 6"

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """OCR each page into a ``page N`` passage; ``password`` is unused (images have none)."""
        check_size(path, limits)
        started = time.monotonic()
        tesseract = Tesseract.find() if limits.ocr_max_pages > 0 else None
        if tesseract is None:
            why = INSTALL_HINT if limits.ocr_max_pages > 0 else "OCR is off (setting ocr_max_pages is 0)"
            raise ReadError(f"an image of a page: needs OCR ({why})")
        languages = tesseract.choose_languages(limits.ocr_languages)
        count = _page_count(path)
        passages: list[Passage] = []
        blank: list[int] = []
        unsure: list[int] = []
        late: list[int] = []
        dropped = 0
        with tempfile.TemporaryDirectory(prefix="ocr-") as folder:
            for number, image in enumerate(_pages(path, Path(folder), limits.ocr_max_pages), start=1):
                left = started + limits.ocr_seconds - time.monotonic()
                if left <= 0:
                    late.append(number)
                    continue
                if image is None:
                    blank.append(number)
                    continue
                try:
                    page = tesseract.read(image, languages, left)
                except OcrTimeout:
                    late.append(number)
                    continue
                except OcrError as exc:
                    raise ReadError(f"OCR failed on page {number} ({exc})") from None
                text = clean_pdf_text(page.text)
                if text:
                    passages.append(Passage(text, page_location(number, None, ocr=True)))
                    dropped += page.dropped_lines
                else:
                    (unsure if page.words else blank).append(number)
        if not passages:
            if late:
                raise ReadError("OCR ran out of time (setting read_timeout_s)")
            raise ReadError(IMAGE_UNREADABLE if unsure else IMAGE_WITHOUT_TEXT)
        if not late and count <= limits.ocr_max_pages:  # the letter's last page was read: its closing ends it
            passages = drop_closing(passages) or passages
        passages = drop_salutation(passages) or passages  # "Dear colleagues," opening the letter's first page
        read = [p.location.page or 0 for p in passages]
        warnings = [f"{page_list(read)}: read by OCR ({languages.note}); check before quoting"]
        if dropped:
            warnings.append(f"{dropped} line(s) OCR was unsure of left out")
        for pages, why in ((blank, "no text found"), (unsure, "OCR was unsure of every line, left out")):
            if pages:
                warnings.append(f"{page_list(pages)}: {why}")
        if late:
            warnings.append(f"{page_list(late)}: not read: OCR stopped at its share of the reading time")
        if count > limits.ocr_max_pages:
            cap = f"OCR reads at most {limits.ocr_max_pages:,} pages of a file (setting ocr_max_pages)"
            warnings.append(f"pages {limits.ocr_max_pages + 1}-{count}: not read: {cap}")
        return ReadResult(tuple(passages), warnings=tuple(warnings), units=count)
