"""The reader Protocol every format implements, the errors readers raise and the limits they obey."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from ingest.model import ReadResult


class ReadError(Exception):
    """A file that cannot be ingested; ``reason`` is the one line shown to the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# What the image reader says of an image in which OCR found no text to keep: the reasons travel from the reader
# process as text, and ingestion tells by them a logo or a photo in a folder from a scan that failed.
IMAGE_WITHOUT_TEXT = "an image without text (blank, too small to hold a line, or no text OCR could find)"
IMAGE_UNREADABLE = "OCR could not read the image with confidence"


class LimitExceeded(ReadError):
    """A file refused because it passes one of the configured limits.

    ``str(exc)`` is the measurement alone ("10,000 pages exceed the limit of 2,000 pages"); ``reason``,
    the line shown to the user, adds the setting that raises the limit ("... (setting max_pages)") and
    an optional hint at what such a file usually is.
    """

    def __init__(self, reason: str, setting: str = "", hint: str = "") -> None:
        super().__init__(reason)
        self.setting = setting
        if setting and setting not in reason:
            self.reason = f"{reason} (setting {setting})"
        if hint:
            self.reason += f"; {hint}"


def human_size(n: float) -> str:
    """A byte count as people read it: "512 bytes", "3.4 MB", "1.2 GB"."""
    if n < 1024:
        return f"{n:.0f} bytes"
    unit = "KB"
    for unit in ("KB", "MB", "GB"):  # noqa: B007 - the unit reached is the one printed
        n /= 1024
        if n < 1024:
            break
    return f"{n:,.1f} {unit}"


@dataclass(frozen=True)
class Limits:
    """Bounds that keep one hostile or huge file from hanging or exhausting the machine."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_pages: int = 2000  # pages of a PDF, slides of a deck
    max_chars: int = 20_000_000  # extracted characters per file
    max_zip_ratio: float = 200.0  # uncompressed / compressed size of DOCX and PPTX parts
    max_zip_bytes: int = 1024 * 1024 * 1024  # total uncompressed size of DOCX and PPTX parts
    max_group_depth: int = 50  # nesting of grouped shapes in slides
    ocr_max_pages: int = 50  # scanned pages of one file read by OCR (about a second each); 0: no OCR
    # OCR stops after this many seconds of one file's reading, so the pages read so far are kept instead of
    # the whole file timing out (the settings make it a share of read_timeout_s)
    ocr_seconds: float = 72.0
    # Not a bound: the language hint for OCR (the source's `language` metadata, e.g. "lv" or "fr, en") travels
    # with the bounds because they are what every read request carries to the reader process.
    ocr_languages: str = ""


@runtime_checkable
class Reader(Protocol):
    """Turns one file into passages with locations.

    Implementations raise ``ReadError`` (or ``LimitExceeded``) with a short reason
    for a file they cannot read; any other exception is a bug.
    """

    name: str
    extensions: tuple[str, ...]

    @property
    def version(self) -> str:
        """Version of the parsing library, recorded with each source."""
        ...

    def read(self, path: Path, *, password: str | None = None, limits: Limits = Limits()) -> ReadResult:
        """Read ``path`` and return its passages in reading order."""
        ...
