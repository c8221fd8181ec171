"""Decoding a text file's bytes as people's tools save them: UTF-8 (with a BOM or not, with stray bytes of a legacy
code page), UTF-16 with or without its byte-order mark, a Windows code page (``legacy_encoding`` tells which),
Latin-1."""

from __future__ import annotations

import re

from ingest.readers.base import ReadError
from ingest.readers.legacy_encoding import choose_code_page, decode_escaped, decode_legacy, label

__all__ = ["decode_text", "utf16_without_bom"]

_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_UTF8_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _decode_mixed(data: bytes) -> tuple[str, tuple[str, ...]] | None:
    """UTF-8 text with some bytes in a legacy encoding (pasted from another file): each part decoded as
    what it is. None when the data holds no UTF-8 beyond ASCII, i.e. is wholly in a legacy encoding."""
    text = data.decode("utf-8-sig", "surrogateescape")
    if not _UTF8_NON_ASCII.search(text):
        return None
    count = len(_ESCAPED_BYTE.findall(text))
    codec = choose_code_page(text)  # judged on the words holding the stray bytes, their UTF-8 letters included
    text = decode_escaped(text, codec)
    return text, (f"mixed encodings: UTF-8 with {count} byte(s) of {label(codec)}, each decoded as such",)


# UTF-16 without a byte-order mark: text in Latin scripts has a NUL in (nearly) every other byte, on the
# odd positions for little-endian and the even ones for big-endian; binary data rarely fits that pattern,
# and what does is caught by the control characters it decodes to.
_UTF16_SAMPLE = 65536
_UTF16_MIN_NUL_SHARE = 0.3  # of the positions of one parity (Latin text: nearly all)
_UTF16_MAX_OTHER_NUL_SHARE = 0.02  # of the positions of the other parity
_UTF16_MAX_CONTROL_SHARE = 0.01  # of the decoded characters
_DECODED_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when ``data`` (a file's start) looks like UTF-16 text without a BOM.

    Judged from the share of NUL bytes at odd and at even positions; None for anything else.
    """
    sample = data[:_UTF16_SAMPLE]
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 16:  # eight characters at least: a few bytes say nothing about an encoding
        return None
    pairs = len(sample) // 2
    even = sample[0::2].count(0) / pairs
    odd = sample[1::2].count(0) / pairs
    if odd >= _UTF16_MIN_NUL_SHARE and even <= _UTF16_MAX_OTHER_NUL_SHARE:
        return "utf-16-le"
    if even >= _UTF16_MIN_NUL_SHARE and odd <= _UTF16_MAX_OTHER_NUL_SHARE:
        return "utf-16-be"
    return None


def _decode_utf16_without_bom(data: bytes) -> tuple[str, tuple[str, ...]] | None:
    """Text and a warning for BOM-less UTF-16 that decodes cleanly to text; None otherwise."""
    encoding = utf16_without_bom(data)
    if encoding is None or len(data) % 2:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:  # unpaired surrogates: not UTF-16 after all
        return None
    if len(_DECODED_CONTROL.findall(text)) > _UTF16_MAX_CONTROL_SHARE * len(text):
        return None
    order = "little" if encoding.endswith("le") else "big"
    label = encoding.upper().replace("-LE", "LE").replace("-BE", "BE")
    return text, (f"no byte-order mark; decoded as UTF-16 {order}-endian ({label})",)


def decode_text(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode a text file: UTF-8 (BOM ok) or UTF-16 with BOM, else a Windows code page, cp1252 unless another reads
    clearly better (``legacy_encoding``), else latin-1 (with a warning naming what was used).

    UTF-8 with stray legacy bytes (mixed encodings) keeps its UTF-8 and decodes the stray bytes in the code page
    chosen the same way.
    UTF-16 without a BOM is recognised by its NUL bytes (see ``utf16_without_bom``) and decoded with a warning.

    Other NUL bytes mean binary content, which is refused rather than indexed as garbage.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ()
        except UnicodeDecodeError as exc:
            raise ReadError("not a text file (broken UTF-16)") from exc
    if b"\x00" in data:
        utf16 = _decode_utf16_without_bom(data)
        if utf16 is None:
            raise ReadError("not a text file")
        return utf16
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    mixed = _decode_mixed(data)
    if mixed is not None:
        return mixed
    text, codec = decode_legacy(data)
    return text, (f"not valid UTF-8; decoded as {label(codec)}",)
