"""Checks on DOCX/PPTX containers before any parser opens them: zip bombs and path tricks.

Only the zip central directory is read (``zipfile`` metadata); nothing is extracted or decompressed.
The declared sizes are enough: ``zipfile`` never returns more bytes for a member than its declared
size, so the parsers cannot be fed more than what is checked here.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from ingest.model import ReadResult
from ingest.readers.base import LimitExceeded, Limits, ReadError, human_size
from ingest.readers.text import check_size

# Below this total, even an extreme ratio cannot exhaust memory; small Office files made of
# repetitive XML reach high ratios legitimately, so the ratio check starts here.
RATIO_CHECK_FLOOR = 1024 * 1024
# Office packages hold tens to a few thousand parts; millions of entries are an attack on the parser.
MAX_MEMBERS = 20_000
_DRIVE = re.compile(r"^[A-Za-z]:")


def _unsafe_name(name: str) -> bool:
    """Absolute paths, drive letters and ``..`` components: harmless to us, but a sign of a crafted file."""
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return True
    return ".." in re.split(r"[/\\]", name)


def check_zip(path: Path, limits: Limits) -> list[str]:
    """Validate the container at ``path`` and return its member names.

    Raises ReadError for a file that is not a zip or has unsafe member names, LimitExceeded for one
    whose size, expansion ratio or member count passes the limits.
    """
    check_size(path, limits)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile as exc:
        raise ReadError(f"not a zip archive ({exc})") from exc
    except (OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise ReadError(f"unreadable zip archive ({exc})") from exc
    if not infos:
        raise ReadError("empty zip archive")
    if len(infos) > MAX_MEMBERS:
        raise LimitExceeded(f"zip holds {len(infos):,} parts, more than the fixed limit of {MAX_MEMBERS:,}")
    for info in infos:
        if _unsafe_name(info.filename):
            raise ReadError(f"unsafe member path in zip: {info.filename!r}")
    total = sum(info.file_size for info in infos)
    compressed = sum(info.compress_size for info in infos)
    if total > limits.max_zip_bytes:
        limit = human_size(limits.max_zip_bytes)
        raise LimitExceeded(f"uncompressed size {human_size(total)} exceeds the limit {limit}", "max_zip_mb")
    ratio = total / max(compressed, 1)
    if total >= RATIO_CHECK_FLOOR and ratio > limits.max_zip_ratio:
        message = f"zip expansion ratio {ratio:.0f}:1 exceeds the limit {limits.max_zip_ratio:g}:1"
        raise LimitExceeded(message, "max_zip_ratio", "the file unpacks to far more than its size, as a zip bomb does")
    return [info.filename for info in infos]


def read_office_zip(
    path: Path,
    limits: Limits,
    label: str,
    errors: tuple[type[BaseException], ...],
    read: Callable[[Path, Limits], ReadResult],
) -> ReadResult:
    """Check an Office zip container, then parse it; the parser's own errors become "malformed <label>"."""
    check_zip(path, limits)
    try:
        return read(path, limits)
    except ReadError:
        raise
    except errors as exc:
        raise ReadError(f"malformed {label}: {type(exc).__name__}: {str(exc)[:120]}") from exc
