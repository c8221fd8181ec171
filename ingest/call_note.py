"""A note of a telephone call taken by someone else: what the caller said is theirs, the note-taker's lines are not.

A secretariat that takes a contribution by telephone writes it down in the third person: a header naming the
call and who took the note ("Note of a telephone call", "Date: ...", "Note by: Jana Novak", "Caller: Mr Ivo
Horvat, ..."), the caller's points reported ("Mr Horvat said that ...", "He stressed that ..."), lines of the
note-taker's own ("Mr Horvat called back after our e-mail of 2 March.", "He agreed that this note may be used as
his contribution.") and her initials and the date at the end ("JN, 11.03.2026"). The metadata names the caller, and
every line would be credited to him: the note-taker's name, her account of how the call came about, her sign-off.

So in a file that shows such a header (a note-taker's field, "Note by", "Noted by", "Taken by", "Recorded by", and
either a caller's field, "Caller", "Call from", "Call with", "Spoke with", or a title naming a call), the lines
opened by the header's fields go, and so do the short title lines above them and the note-taker's sign-off (her
initials, or her name, with a date, alone on the last line). Of the rest, a sentence is the note-taker's when it
speaks of the call or of the note itself (the caller "called", "phoned", "rang", "called back", "this note") or
in the first person ("our e-mail", "we", "I"), which in a note of someone else's words is her side; it is left out.
Every other sentence, the caller's reported words, stays as written. A file without such a header is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.model import Passage

__all__ = ["drop_call_note"]

_TAKER = r"(?:note|notes|noted|taken|recorded|minuted|written\s+up)\s+by"
_CALLER = r"(?:caller|call\s+(?:from|with)|called\s+by|spoke\s+with|telephone\s+call\s+with|interlocutor)"
_FIELD = re.compile(
    rf"(?i)^\s*(?:{_TAKER}|{_CALLER}|date|time|duration|subject|re|topic|phone|tel\.?|telephone|file|ref\.?|"
    r"reference|copy\s+to|cc)\s*:"
)
_HAS_TAKER = re.compile(rf"(?i)(?:^|\s){_TAKER}\s*:")
_HAS_CALLER = re.compile(rf"(?i)(?:^|\s){_CALLER}\s*:")
_CALL_TITLE = re.compile(
    r"(?i)^\s*(?:(?:file\s+)?note\s+of\s+(?:a\s+)?(?:tele)?phone\s+call|(?:tele)?phone\s+note|call\s+note)"
)
# the note-taker's sign-off: her initials or name, and a date, alone on a line ("TM, 11.03.2026", "J. Novak 3/4/26")
_SIGN_OFF = re.compile(
    r"^\s*(?:[A-Z]{2,3}|[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})\s*[,/–-]?\s*"
    r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\.?\s*$"
)
_SENTENCE = re.compile(r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!Mrs\.)(?<!Prof\.)(?<=[.!?])\s+(?=[A-Z\"“‘])")
# the call or the note itself, as the note-taker tells it
_ABOUT_CALL = re.compile(
    r"(?i)\b(?:called(?:\s+back)?|phoned|rang|returned\s+(?:our|the|my)\s+call|this\s+note|the\s+note\s+may|"
    r"on\s+the\s+(?:tele)?phone)\b"
)
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My)\b")
_TITLE_CHARS = 90


def _header_found(lines: list[str]) -> bool:
    text = "\n".join(lines[:12])
    return bool(_HAS_TAKER.search(text)) and bool(_HAS_CALLER.search(text) or _CALL_TITLE.match(lines[0] or ""))


def _own(line: str) -> str:
    """The line without the note-taker's sentences."""
    return " ".join(s for s in _SENTENCE.split(line) if not _ABOUT_CALL.search(s) and not _FIRST_PERSON.search(s))


def drop_call_note(passages: Sequence[Passage]) -> tuple[list[Passage], list[str]]:
    """``passages`` without a call note's header, sign-off and note-taker's sentences, and a warning; unchanged
    (no warning) when the file shows no call note's header."""
    lines = [line for p in passages for line in p.text.split("\n") if line.strip()]
    if not lines or not _header_found(lines):
        return list(passages), []
    first_field = next((n for n, line in enumerate(lines) if _FIELD.match(line)), None)
    title = {
        n for n in range(first_field or 0) if len(lines[n]) <= _TITLE_CHARS and not lines[n].rstrip().endswith(".")
    }
    last = len(lines) - 1
    out: list[Passage] = []
    dropped = 0
    n = 0
    for passage in passages:
        kept = []
        for line in passage.text.split("\n"):
            if not line.strip():
                continue
            if n in title or _FIELD.match(line) or (n == last and _SIGN_OFF.match(line)):
                dropped += 1
            elif own := _own(line):
                dropped += own != line
                kept.append(own)
            else:
                dropped += 1
            n += 1
        if kept:
            out.append(replace(passage, text="\n".join(kept)))
    note = (
        f"a note of a call: its header, the note-taker's own lines and sign-off ({dropped} line(s) or sentence(s)) "
        "are not the caller's words and are left out"
    )
    return out, [note]
