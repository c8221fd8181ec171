"""An online petition's platform lines: the site's, never the petition starter's words.

A petition saved from its page (or copied into a document) carries the platform's lines among the starter's text:
who it is addressed to and who started it ("Petition to: ...", "Started by: ..."), the signature count and its
goal ("1,284 have signed. Let's get to 2,000!", "3,400 supporters"), and its calls to sign and share ("Sign this
petition", "Share this petition with your classmates"). Quoted in the starter's name they read as a position or a
figure of theirs. They are left out, each a short line of its own, and only in a text that is a petition: two such
lines at least, one of them a signature count or the "Petition to:" line, so a report that mentions a petition keeps
its words. The starter's own updates ("10 March: we handed 1,000 signatures to the ministry") stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.model import Passage

_I = re.IGNORECASE
_ADDRESSED = re.compile(r"^\s*(?:petition\s+(?:to|addressed\s+to)|petitioning|decision\s+makers?)\s*:", _I)
_STARTED = re.compile(r"^\s*(?:started|created|launched|organi[sz]ed)\s+by\s*:", _I)
# "1,284 have signed. Let's get to 2,000!", "3 400 supporters", "Signatures: 812 of 1,000"
_COUNT = re.compile(
    r"^\s*(?:[\d][\d,.\s]*\s+(?:people\s+)?(?:have\s+signed|signed|signatures?|supporters?|signers?)\b"
    r"|signatures?\s*:\s*[\d][\d,.\s]*)(?:[^\n]{0,60})$",
    _I,
)
_GOAL = re.compile(r"^\s*(?:let'?s|help\s+us)\s+(?:get|reach)\s+(?:to\s+)?[\d][\d,.\s]*\b[^\n]{0,30}$", _I)
_CALL = re.compile(r"^\s*(?:sign|share)\s+(?:this|the)\s+petition\b[^\n]{0,80}$", _I)
_LINE_WORDS = 16
# where a reader that joins a paragraph's lines ran them together: after a sentence's end, or before a platform label
# or a signature count ("... Council of Tartu Started by: ...", "... Forum 2,310 have signed.")
_JOINED = re.compile(
    r"(?<=[.!?])\s+|\s+(?=(?:petition\s+to|started\s+by|created\s+by|launched\s+by)\s*:)"
    r"|\s+(?=\d[\d,.]*\s+(?:people\s+)?have\s+signed\b)",
    _I,
)


def _platform(line: str) -> str | None:
    """Which platform line ``line`` is ("addressed", "count", "other"), or None for the starter's text."""
    if len(line.split()) > _LINE_WORDS:
        return None
    if _ADDRESSED.match(line):
        return "addressed"
    if _COUNT.match(line):
        return "count"
    if _STARTED.match(line) or _GOAL.match(line) or _CALL.match(line):
        return "other"
    return None


def _pieces(line: str) -> list[str]:
    return [piece for piece in _JOINED.split(line) if piece.strip()]


def _own_line(line: str) -> str:
    """``line`` without the platform's pieces in it ("" when it held nothing else)."""
    pieces = _pieces(line)
    if not any(_platform(piece) for piece in pieces):
        return line
    return " ".join(piece.strip() for piece in pieces if _platform(piece) is None)


def drop_petition_lines(passages: Sequence[Passage]) -> tuple[list[Passage], list[str]]:
    """``passages`` without a petition platform's lines when they are a petition's; passages left empty go."""
    found = [kind for p in passages for line in p.text.split("\n") for x in _pieces(line) if (kind := _platform(x))]
    if len(found) < 2 or not {"addressed", "count"} & set(found):
        return list(passages), []
    kept: list[Passage] = []
    dropped = 0
    for passage in passages:
        lines = passage.text.split("\n")
        own = [_own_line(line) for line in lines]
        changed = sum(a != b for a, b in zip(lines, own, strict=True))
        dropped += changed
        text = "\n".join(line for line, was in zip(own, lines, strict=True) if line or not was).strip("\n")
        if text.strip():
            kept.append(passage if not changed else replace(passage, text=text))
    return kept, [
        f"{dropped} line(s) of the petition platform (addressee, starter, signature count, share calls) left out"
    ]
