"""Speaker headers: a meeting tool's transcript names each turn's speaker on a line above it, with a time.

Zoom saves its captions as text with a header over each turn, "[Ana Horvat] 10:02:31" (or "Ana Horvat  10:02:31");
Teams downloads a transcript whose turns open with "Ana Horvat   0:05", and notes "Ana Horvat started
transcription" and "... stopped transcription". Readers join a header to the caption under it or keep it on its
own line; either way no colon follows the name, so the labels ingest.turn_labels knows do not see it. This module
rewrites each header as the label "Ana Horvat:" so that the turns are told apart as in any other record, and leaves
out the tool's own lines (transcription started or stopped, the meeting's length "38m 14s").

A line is taken for a header only on evidence: three headers or more, their times never going back, two speakers
or more, one of them heading two turns or more; each name is one to four capitalised words and no brief's word
("Item 3 10:30" is an agenda). Otherwise the passages are returned unchanged.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ingest.model import Passage
from ingest.turn_labels import NOT_NAMES, UPPER

_WORD = rf"[{UPPER}][\w'’.\-]*"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}"
# a twelve-hour clock's "AM" / "PM" (Slack: "Aoife Brannigan  10:02 AM") belongs to the time, never to the turn
# (in capitals or dotted; "am"/"pm" only at the line's end, so that a caption opening "Am I ..." stays whole)
_TIME = (
    r"(?P<time>(?:\d{1,2}:)?\d{1,2}:\d{2})"
    r"(?:[ \t\u202f]?(?P<half>(?:AM|PM|[AaPp]\.[Mm]\.)(?!\w)|(?:am|pm)(?=[ \t]*$)))?"
)
# "[Ana Horvat] 10:02:31 ..." (the caption may follow on the line) or "Ana Horvat   0:05" alone on its line; a
# name without brackets followed by its caption on the same line is the text reader joining two lines
_BRACKETED = re.compile(rf"^[ \t]*\[(?P<name>{_NAME})\][ \t]+{_TIME}(?:[ \t]+(?P<rest>\S.*)|[ \t]*$)")
_PLAIN = re.compile(rf"^[ \t]*(?P<name>{_NAME})[ \t]+{_TIME}(?:[ \t]+(?P<rest>\S.*)|[ \t]*$)")
# the tool's own lines: "Liisa Kask started transcription", "Recording stopped", "38m 14s", "1h 2m 5s"
# (a name, never a sentence: "So we started recording." is a speaker's words)
_TOOL = re.compile(
    rf"^[ \t]*(?:(?:{_NAME}[ \t]+)?(?i:(?:started|stopped|paused|resumed)\s+(?:the\s+)?(?:transcription|recording))|"
    r"(?i:(?:transcription|recording)\s+(?:has\s+)?(?:started|stopped|paused|resumed))|"
    r"(?:\d{1,2}h\s*)?\d{1,2}m\s*\d{1,2}s)[ \t.]*$"
)
_MIN_HEADERS = 3


def _seconds(match: re.Match[str]) -> int:
    """The header's time in seconds; on a twelve-hour clock "12:05 AM" comes before "1:10 AM" and "9:00 PM"
    after "11:00 AM"."""
    parts = [int(part) for part in match.group("time").split(":")]
    half = (match.group("half") or "").casefold().replace(".", "")
    if half:
        parts[0] = parts[0] % 12 + (12 if half == "pm" else 0)
    total = 0
    for part in parts:
        total = total * 60 + part
    return total


def _headers(passages: Sequence[Passage], pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The header lines ``pattern`` finds at the start of the passages' lines, in order."""
    found = []
    for p in passages:
        for line in p.text.split("\n"):
            match = pattern.match(line)
            if match and not any(w.casefold().strip(".") in NOT_NAMES for w in match.group("name").split()):
                found.append(match)
    return found


def _evident(found: list[re.Match[str]], *, alone: bool) -> bool:
    """Whether header lines make a tool's transcript: enough of them, the clock never going back, two speakers
    or more, one heading two turns; ``alone``: the name and time must stand alone on their line."""
    if len(found) < _MIN_HEADERS or (alone and any(m.group("rest") for m in found)):
        return False
    times = [_seconds(m) for m in found]
    if any(later < earlier for earlier, later in zip(times, times[1:], strict=False)):
        return False
    names = Counter(" ".join(m.group("name").split()) for m in found)
    return len(names) >= 2 and max(names.values()) >= 2


def speaker_headers(passages: Sequence[Passage]) -> tuple[list[Passage], int]:
    """``passages`` with each speaker header rewritten as a label ("Ana Horvat: ...") and the tool's lines left
    out, when they read as a meeting tool's transcript; the number of headers rewritten (0: unchanged)."""
    pattern = next(
        (
            p
            for p, alone in ((_BRACKETED, False), (_PLAIN, True), (_PLAIN, False))
            if _evident(_headers(passages, p), alone=alone)
        ),
        None,
    )
    if pattern is None:
        return list(passages), 0
    count = 0
    out = []
    for p in passages:
        lines: list[str] = []
        alone = False  # the last line kept is a label standing alone: the caption under it joins it
        for line in p.text.split("\n"):
            match = pattern.match(line)
            if match and not any(w.casefold().strip(".") in NOT_NAMES for w in match.group("name").split()):
                count += 1
                name = " ".join(match.group("name").split())
                lines.append(f"{name}: {match.group('rest')}" if match.group("rest") else f"{name}:")
                alone = not match.group("rest")
            elif _TOOL.match(line):
                continue
            elif alone and line.strip():
                lines[-1] = f"{lines[-1]} {line.strip()}"
                alone = False
            else:
                lines.append(line)
        text = "\n".join(lines).strip()
        if text:
            out.append(replace(p, text=text))
    return out, count
