"""A press release's furniture: the letterhead over "PRESS RELEASE" and "For immediate release", and the notes to
editors, the "About ..." paragraph and the media contact after its end mark ("###", "ENDS").

A press office wraps the organisation's statement in the same frame every time. Above it, the organisation's name,
address and web site and the release's label; below it, an end mark and the notes to editors: a standard paragraph
about the organisation and whom journalists may call. None of it is the organisation's input to a consultation,
and the "About" paragraph's figures and the contact's name would be cited as if they were. So, in a text that says
it is a press release (a line of its own near its start reading "Press release", "For immediate release",
"Embargoed until ...", in the languages the agency works with), the lines from its start down to the last such
label are left out when none of them is a sentence, and everything from the end mark, or from a "Notes to
editors", "About ..." or "Media contact" line after the statement, to the end of the text. Anything else stays: a
text that does not call itself a press release keeps every line (ingest.cues still drops a lone "###"), and so
does a release whose opening lines hold a sentence, which cannot be a letterhead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.model import Passage

_I = re.IGNORECASE
_LABEL = re.compile(
    r"^\W*(?:press\s+release|news\s+release|media\s+release|press\s+statement|for\s+immediate\s+release|"
    r"embargoed\s+(?:until|till)\b.{0,60}|communiqué\s+de\s+presse|pressemitteilung|presseinformation|"
    r"comunicado\s+de\s+prensa|comunicato\s+stampa|persbericht|pressmeddelande|tiedote|komunikat\s+prasowy|"
    r"tisková\s+zpráva|sajtóközlemény|прессъобщение|прес-реліз|пресс-релиз)\W*$",
    _I,
)
_END = re.compile(r"^\s*(?:#{3}|-*\s*ends?\s*-*|-\s*30\s*-|-\s*fin\s*-)\s*$", _I)
_NOTES = re.compile(
    r"^\W*(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors'?’?s?\s+notes?|"
    r"(?:media|press)\s+(?:contacts?|enquiries|inquiries)\b.*|"
    r"for\s+(?:further|more)\s+information\b.*|notes?\s+aux\s+rédactions|hinweise?\s+für\s+redaktionen|"
    r"pressekontakt\b.*|contact\s+presse\b.*)\s*:?\s*$",
    _I,
)
# "About the Maritsa Employers' Union": a heading naming the organisation (capitalised, a few words, no stop), not
# "About 40% of our members ..."
_ABOUT = re.compile(
    r"^\W*(?:About|À propos de|Über)\s+(?:the\s+|l[ae']\s*|die\s+|den\s+|das\s+)?[A-ZÀ-ÖØ-Þ][^.!?;]{0,80}$"
)
_OPENING_LINES = 15  # a release's label stands among its first lines
_SENTENCE_WORDS = 8  # a line of this many words ending with a stop is a sentence, not a letterhead's line


def _is_sentence(line: str) -> bool:
    words = line.split()
    return len(words) >= _SENTENCE_WORDS and line.rstrip().endswith((".", "!", "?", "”", '"'))


def _closes(line: str) -> bool:
    """Whether ``line`` opens the notes to editors: an end mark, a notes heading, an "About ..." heading or the
    media contact."""
    if _END.match(line):
        return True
    return not _is_sentence(line) and bool(_NOTES.match(line) or (_ABOUT.match(line) and len(line.split()) <= 10))


def _lines(passages: Sequence[Passage]) -> list[tuple[int, int, str]]:
    return [(p, k, line) for p, passage in enumerate(passages) for k, line in enumerate(passage.text.split("\n"))]


def _opening_end(lines: list[tuple[int, int, str]]) -> int | None:
    """The index of the release's last label among its opening lines, when no sentence stands above it."""
    last = None
    seen = 0
    for index, (_, _, line) in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > _OPENING_LINES or _is_sentence(line):
            break
        if _LABEL.match(line):
            last = index
    return last


def _closing_start(lines: list[tuple[int, int, str]], after: int) -> int | None:
    """The index of the first line of the notes to editors: an end mark, or a notes, "About" or contact line,
    once the statement (a sentence) has begun after line ``after``."""
    begun = False
    for index in range(after + 1, len(lines)):
        line = lines[index][2]
        if not line.strip():
            continue
        if begun and _closes(line):
            return index
        begun = begun or _is_sentence(line)
    return None


def drop_press_furniture(passages: Sequence[Passage]) -> tuple[list[Passage], int]:
    """``passages`` (one text's, in order) without a press release's letterhead and notes to editors (see the
    module's docstring); passages left empty go. The second value counts the passages changed."""
    lines = _lines(passages)
    opening = _opening_end(lines)
    if opening is None:
        return list(passages), 0
    closing = _closing_start(lines, opening)
    gone = set(range(opening + 1)) | (set(range(closing, len(lines))) if closing is not None else set())
    kept: list[list[str]] = [[] for _ in passages]
    for index, (p, _, line) in enumerate(lines):
        if index not in gone:
            kept[p].append(line)
    out: list[Passage] = []
    changed = 0
    for passage, own in zip(passages, kept, strict=True):
        text = "\n".join(own).strip("\n")
        if text == passage.text:
            out.append(passage)
            continue
        changed += 1
        if text.strip():
            out.append(replace(passage, text=text))
    return out, changed
