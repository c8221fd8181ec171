"""Footnote reference marks in PDF body text: the small raised number after a word ("studied.¹").

A writer sets a reference mark in smaller type, raised above the baseline (by a text rise, ``Ts``, or by placing
it higher), straight after the word it annotates. Read as plain text it is glued to that word: "studied.1", "in
20231" (a year and its note become another number). Such a mark is left out of the body, as the Markdown reader
leaves out "[^1]"; the note itself, at the page's foot, keeps its own mark (see :mod:`ingest.readers.pdf_notes`).

A piece is a mark only when all of this holds: it is one to three digits or a note symbol ("*", "†"), or a few
such numbers ("1,2"); it follows text on the same line with no space between; the text it follows ends in a letter
or a closing sign (".", ")", a quote), never a digit (a power, "10⁶", stays) nor a word of one or two letters (a
unit, "m²"); its type is clearly smaller than that text's; and it is raised, never lowered (a chemical formula's
"CO₂" stays).
"""

from __future__ import annotations

import re

MARK_RATIO = 0.85  # a mark's type is at most this share of the text before it ...
MIN_RAISE = 0.15  # ... and its baseline this many of that text's type sizes above the text's, at least
MAX_UNIT = 2  # letters: a word this short before a raised number is a unit ("m", "km"), not a noted word
_REFERENCE = re.compile(r"(?:\d{1,3}(?:[,–-]\d{1,3}){0,3}|[*†‡§]{1,3})")
_AFTER = re.compile(r"[^\W\d_]$|[.,;:!?)\]\"'”’»]$")


def drop_reference_marks(
    pieces: list[tuple[str, float]], positions: list[tuple[float, float] | None], rises: list[float]
) -> int:
    """Remove reference marks (see the module's doc) from a page's pieces in place, keeping a line break that
    ends one; returns how many were removed. ``rises`` is each piece's text rise in its own type size's units."""
    removed = 0
    for k in range(1, len(pieces)):
        (piece, size), (before, before_size) = pieces[k], pieces[k - 1]
        if not _is_mark(piece, before) or not before_size or not size or size > MARK_RATIO * before_size:
            continue
        here, there = positions[k], positions[k - 1]
        lifted = here is not None and there is not None and here[1] - there[1] >= MIN_RAISE * before_size
        if rises[k] < MIN_RAISE * before_size and not (lifted and here[1] - there[1] < before_size):
            continue
        pieces[k] = (piece[len(piece.rstrip()) :], size)  # its line break, if the mark ended the line
        removed += 1
    return removed


def _is_mark(piece: str, before: str) -> bool:
    """Whether ``piece`` reads as a reference mark glued to the end of ``before`` (one line, no space between)."""
    if not piece or piece[0].isspace() or "\n" in piece.rstrip("\n") or before.endswith(("\n", " ")):
        return False
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    if word.isalpha() and len(word) <= MAX_UNIT:
        return False  # a unit's power ("m²", "km²"): a note's mark follows a longer word or a sign
    return bool(_REFERENCE.fullmatch(piece.rstrip())) and bool(_AFTER.search(before))
