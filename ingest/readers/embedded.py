"""What pictures and embedded objects in Word and PowerPoint files say in words.

A picture's description (its alt text, ``descr`` on the drawing's properties) is the author's own account
of a map, chart image or infographic, often the only text a figure has. Office programs also write
descriptions themselves ("A picture containing text. Description automatically generated") and some
writers put the image's file name there: neither is the author's, so both are left out.

An Excel workbook embedded as an object (a table pasted into a slide or a report) is a zip package of its
own; it is read with the workbook reader under the same limits, from a private temporary file.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from ingest.readers.base import Limits, ReadError

_GENERATED = re.compile(r"description automatically generated|automatically generated description", re.IGNORECASE)
_FILE_NAME = re.compile(r"^[\w\-. ]+\.(?:png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp)$", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"^(?:picture|image|graphic|grafik|imagen|immagine)\s*\d*$", re.IGNORECASE)
WORKBOOK_PROG_IDS = ("Excel.Sheet", "Excel.SheetMacroEnabled")


def picture_text(description: str | None, title: str | None = None) -> str:
    """``Picture: <the author's description>``, or "" when there is none or it was machine-written."""
    parts = []
    for value in (title, description):
        text = " ".join((value or "").split())
        if not text or _GENERATED.search(text) or _FILE_NAME.match(text) or _PLACEHOLDER.match(text):
            continue
        if text not in parts:
            parts.append(text)
    return f"Picture: {' - '.join(parts)}" if parts else ""


def workbook_text(blob: bytes, limits: Limits) -> tuple[str, str | None]:
    """The text of an embedded .xlsx (one line per row), or ("", why not) when it cannot be read."""
    from ingest.readers.xlsx import XlsxReader

    with tempfile.TemporaryDirectory(prefix="embedded-") as folder:
        path = Path(folder) / "embedded.xlsx"
        path.write_bytes(blob)
        try:
            result = XlsxReader().read(path, limits=limits)
        except ReadError as exc:
            return "", exc.reason
    return "\n".join(p.text for p in result.passages), None
