"""Pull quotes in a PDF: a sentence of the text repeated in large type between the paragraphs, in quotation marks.

A brief or a magazine page sets a sentence of its own text again in large type inside the columns ("“Anything
larger is a programme in its own right.”") to catch the eye. Its type is a heading's, so read by size it would open
a section: every passage after it would carry the quote in its section path, and the quote would stand as a
heading of its own. It is neither: it says again what the text says. A block of large type is taken for one only
when it is in quotation marks from its first character to its last, runs to a few words at least, and most of its
word pairs stand in the document's other text; it is then left out (its words stay where the text has them). A
heading in quotation marks that repeats nothing (a title quoting a slogan) stays a heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.readers.pdf_headings import HEADING_MIN_GAIN, HEADING_RATIO, PageLines
from ingest.readers.pdf_notes import body_size

_OPENING = "“\"«„‘'"
_CLOSING = "”\"»“’'"
MIN_WORDS = 5
SHARED_PAIRS = 0.6  # of the quote's word pairs, at least this share stands in the other text
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def _pairs(words: list[str]) -> set[tuple[str, str]]:
    return set(zip(words, words[1:], strict=False))


def _words(text: str) -> list[str]:
    # a word broken at a line's end ("micro-" / "credentials") is one word once the lines are joined
    return [w.casefold() for w in _WORD.findall(re.sub(r"-\n(?=[a-z])", "", text))]


def drop_pull_quotes(pages: Sequence[PageLines]) -> int:
    """Leave out the pull quotes (see the module's doc) of ``pages``; returns how many were left out."""
    body = body_size(pages)
    if body is None:
        return 0
    threshold = max(body * HEADING_RATIO, body + HEADING_MIN_GAIN)
    blocks: list[tuple[int, list[int]]] = []  # (page index, its lines) of each run of large type
    for p, page in enumerate(pages):
        run: list[int] = []
        for i, (line, size) in enumerate(page.lines):
            if not line.strip():
                continue
            if size is not None and size >= threshold and (not run or page.lines[run[-1]][1] == size):
                run.append(i)
                continue
            if run:
                blocks.append((p, run))
            run = [i] if size is not None and size >= threshold else []
        if run:
            blocks.append((p, run))
    quotes = []
    for p, lines in blocks:
        text = " ".join(" ".join(pages[p].lines[i][0].split()) for i in lines)
        if text[:1] in _OPENING and text.rstrip(".!? ")[-1:] in _CLOSING and len(text.split()) >= MIN_WORDS:
            quotes.append((p, lines, text))
    if not quotes:
        return 0
    gone: dict[int, set[int]] = {}  # page index: the lines of its pull quotes, left out once all are known
    for p, lines, text in quotes:
        own = set(lines)
        other = "\n".join(
            line for q, page in enumerate(pages) for i, (line, _) in enumerate(page.lines) if q != p or i not in own
        )
        pairs = _pairs(_words(text))
        if pairs and len(pairs & _pairs(_words(other))) >= SHARED_PAIRS * len(pairs):
            gone.setdefault(p, set()).update(own)
    for p, lines in gone.items():
        pages[p].keep(set(range(len(pages[p].lines))) - lines)
    return sum(1 for p, lines, _ in quotes if lines[0] in gone.get(p, set()))
