"""Hard-wrapped lines joined again: a paragraph's soft-wrapped lines are one line, list items, headings in
capitals and a transcript's turns keep their own (shared by the plain text, e-mail, PDF and Markdown readers)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.turn_labels import UPPER
from ingest.turns import STAMP

_LIST_ITEM = re.compile(r"^(?:[-*+•–]|\d{1,3}[.)]|[a-z][.)])\s+")
# a line in capitals ("HOW BIG A MICRO-CREDENTIAL SHOULD BE", "2. FUNDING") is a heading, never wrapped prose
_CAPITALS_LINE = re.compile(r"^[^a-z]*[A-Z]{2,}[^a-z]*$")


# a line that opens a speaker's turn in a transcript exported line by line, with or without a time stamp:
# "[00:02:05] Aigul Sarsenova: ...", "Lukas Berger (host): ..."
_TURN_LINE = re.compile(
    rf"^(?:{STAMP}\s+)?(?:[{UPPER}][\w'’\-]*\.?\s+){{0,3}}[{UPPER}][\w'’\-]*(?:\s*\([^()]{{1,80}}\))?\s*:\s"
)
_STAMP_LINE = re.compile(rf"^{STAMP}\s")


def is_dialogue(lines: Sequence[str]) -> bool:
    """Whether ``lines`` are a transcript written a turn per line, with no empty line between turns (three lines
    or more open with a speaker's label): each turn keeps its own line, so that its label opens a line."""
    return sum(bool(_TURN_LINE.match(line.strip())) for line in lines) >= 3


def stamped(line: str) -> bool:
    """Whether ``line`` opens with a recording's time stamp ("[00:02:05] ...")."""
    return bool(_STAMP_LINE.match(line))


def opens_turn(line: str) -> bool:
    """Whether ``line`` opens with a speaker's label ("Horvat:", "Ms Horvat (Student Union):") or a time stamp."""
    return bool(_STAMP_LINE.match(line.strip()) or _TURN_LINE.match(line.strip()))


def unwrap(block: str, *, by_width: bool = False) -> str:
    """Join the soft-wrapped lines of one paragraph into one line; list items keep their own lines.

    With ``by_width`` (PDF text, where every visual line ends in a break) a line is joined to the next
    only when it runs close to the block's full width: a short line ends a paragraph or is a heading.
    """
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    if len(lines) < 2:
        return "\n".join(lines)
    width = max(len(line) for line in lines)
    # a narrow column (a leaflet's panel, a newsletter's) is rejoined by width too, once its lines show it is prose
    narrow = by_width and NARROW_WIDTH <= width < 40 and _reads_on(lines)
    dialogue = is_dialogue(lines)
    out = [lines[0]]
    for previous, line in zip(lines, lines[1:], strict=False):
        turn = _STAMP_LINE.match(line) or (dialogue and _TURN_LINE.match(line))
        if turn or _LIST_ITEM.match(line) or _is_capitals_heading(previous) or _is_capitals_heading(line):
            join = False
        elif by_width:
            join = (width >= 40 or narrow) and len(previous) >= 0.6 * width
        else:
            join = not previous.endswith(":")
        if join:
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


NARROW_WIDTH = 24  # characters: a column narrower than this is a list of words, never rejoined
# words a sentence cannot end on: a line that ends with one goes on in the next
RUNS_ON = frozenset(
    "a an the and or but nor of in on at to for with by from into as than that our their its his her your my is are "
    "was were be not every each this these those which who whose should must can will would could may have has de "
    "la le les des du et der die das und von mit zu el los las y en del di il per".split()
)


def _reads_on(lines: list[str]) -> bool:
    """Whether short lines are wrapped prose, not a list or an address: at least half of the breaks between them
    fall inside a sentence (the next line goes on in lower case, or the line ends on a comma or a word no sentence
    ends on)."""
    inside = 0
    for previous, line in zip(lines, lines[1:], strict=False):
        end = previous.rstrip("\ue000\ue001\ue002 ")
        words = end.split()
        if line[:1].islower() or end.endswith((",", "-")) or (words and words[-1].lower() in RUNS_ON):
            inside += 1
    return 2 * inside >= len(lines) - 1


def _is_capitals_heading(line: str) -> bool:
    return bool(_CAPITALS_LINE.match(line)) and len(re.findall(r"[A-Z]", line)) >= 4
