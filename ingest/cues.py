"""Cues and press boilerplate that are nobody's input: a speech's "[SLIDE 2] [pause]", a stage direction in
brackets, "CHECK AGAINST DELIVERY", a press release's "For immediate release" and its "###" or "ENDS" line.

A speaker's text carries notes to themselves: slide changes and pauses in square brackets inside a sentence, whole
paragraphs in brackets that tell them what to do ("[Thank the organisers. Invite questions.]"), and the press
office's heading. Quoted in the speaker's name they would put words in their mouth that they never said, so they
are taken out of every passage, whatever the file's format, before the passages are cut into chunks. The rule is
narrow: an inline bracket is a cue only when it names one (a slide, a pause, applause, laughter, a video, a click),
a whole bracketed paragraph only when it is short and in brackets from its first character to its last, and a
boilerplate line only when it stands alone on its line. An editor's insertion ("the [national] agency") stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.model import Passage

_I = re.IGNORECASE
# a cue inside the text: "[SLIDE 2]", "[next slide]", "[pause]", "(applause)", "[laughter]", "[click]", "[video]"
_INLINE = re.compile(
    r"\s*[\[(](?:(?:next\s+|previous\s+|back\s+to\s+)?slides?(?:\s+\d+)?|pause|long\s+pause|applause|laughter|"
    r"click|video(?:\s+\w+)?|show\s+(?:slide|video|chart|image)(?:\s+\d+)?|music|beat|smile|look\s+up)[\])]",
    _I,
)
# a whole paragraph of instructions in brackets: "[Thank the organisers. Invite questions.]"
_DIRECTION = re.compile(r"^\s*\[[^\[\]]{3,300}\]\s*$")
# a press office's or speechwriter's line: on a line of its own
_BOILERPLATE = re.compile(
    r"^\s*(?:check\s+against\s+(?:the\s+)?delivery|as\s+prepared\s+for\s+delivery|for\s+immediate\s+release|"
    r"embargoed\s+(?:until|till)\b.{0,60}|#{3}|-?\s*ends\s*-?|-\s*30\s*-)\s*$",
    _I,
)


def _clean(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        if _BOILERPLATE.match(line) or _DIRECTION.match(line):
            continue
        bare = _INLINE.sub("", line)
        if bare == line:
            lines.append(line)  # blank lines too: they set a passage's paragraphs apart
        elif bare.strip():
            lines.append(" ".join(bare.split()))
    return "\n".join(lines)


def drop_cues(passages: Sequence[Passage]) -> tuple[list[Passage], list[str]]:
    """``passages`` without speakers' cues, stage directions and press boilerplate; passages left empty go. The
    second value is a warning when anything was taken out."""
    kept: list[Passage] = []
    changed = 0
    for passage in passages:
        text = _clean(passage.text)
        if text != passage.text:
            changed += 1
        if text.strip():
            kept.append(passage if text == passage.text else replace(passage, text=text))
    notes = [f"speaker's cues or press boilerplate left out of {changed} passage(s)"] if changed else []
    return kept, notes
