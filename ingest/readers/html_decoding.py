"""The characters of a saved web page: its byte-order mark, else the charset it declares (``<meta charset>``, an XML
declaration) as browsers map the label, else UTF-8 with a Windows code page fallback (``decode_text``)."""

from __future__ import annotations

import codecs
import re

from ingest.readers.base import ReadError
from ingest.readers.text import decode_text

_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_:.\-]+)", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9_:.\-]+)")
_PRESCAN_BYTES = 4096  # browsers look for <meta charset> in the first 1024 bytes; saved pages put it a bit later


def _codec(label: str) -> str | None:
    """Python codec for a declared charset, as browsers map it; None when unknown."""
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    if name.startswith("utf-16") or name == "utf-8":
        return "utf-8"  # a byte-oriented page cannot be UTF-16 (the BOM would say so): browsers read UTF-8
    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"  # WHATWG: ISO-8859-1 and US-ASCII labels mean windows-1252
    return name


def decode_html(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode an HTML page: BOM first, then the declared charset (``<meta>``, XML declaration), else UTF-8 with
    a Windows code page fallback (``decode_text``: 1252 unless the words fit another clearly better)."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_text(data)
    if b"\x00" in data:
        raise ReadError("not an HTML file (content looks like binary data)")
    head = data[:_PRESCAN_BYTES]
    declared = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if declared:
        label = declared.group(1).decode("ascii")
        codec = _codec(label)
        if codec is None:
            text, warnings = decode_text(data)
            return text, (f"unknown charset '{label}' declared; decoded as UTF-8 or a Windows code page", *warnings)
        if codec != "utf-8":
            try:
                return data.decode(codec), ()
            except UnicodeDecodeError:
                return data.decode(codec, "replace"), (f"bytes invalid in the declared charset '{label}' replaced",)
    return decode_text(data)
