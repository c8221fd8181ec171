"""Footnotes at the foot of a PDF page, kept apart from the body text above them.

A page's footnote area is a block of lines at the end of the page set in type clearly smaller than the body's,
below every line of the body (a short rule usually sits between them, which the text layer does not show). Read
as running text, its first note is joined to the page's last paragraph, so a note's source or aside would be
quoted as part of the contributor's sentence. When the block opens with a note's mark ("1", "*", "[2]", "¹"), each
note is taken out of the page and becomes a passage of its own (``page 3, footnote 1``); a block of small type
without a mark (a colophon, an address) stays on the page, but as a paragraph of its own.

Lines without a known place are never taken: where the body ends cannot be told.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.readers.pdf_headings import PageLines
from ingest.readers.pdf_paragraphs import PARAGRAPH_END

NOTE_RATIO = 0.92  # a note's type is at most this share of the body's ...
NOTE_MIN_STEP = 1.0  # ... and at least a point smaller
MAX_NOTE_SHARE = 0.5  # of a page's characters, at most, in its footnote area: more is a page of small type
# a note's mark at the start of its line: a number (plain, in brackets, a superscript) or a symbol
_MARK = re.compile(
    r"^\s*(?:\[(\d{1,3})\]|\((\d{1,3})\)|(\d{1,3})[.)]?|([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})|([*†‡§]{1,3}))(?:\s+|(?=[A-Z]))"
)
_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


@dataclass(frozen=True)
class Note:
    """One footnote of a page: its mark as written (``1``, ``*``) and its text without the mark."""

    mark: str
    text: str


def body_size(pages: Sequence[PageLines]) -> float | None:
    """The type size most of the document's characters use."""
    chars: Counter[float] = Counter()
    for page in pages:
        for line, size in page.lines:
            if size is not None:
                chars[size] += sum(1 for c in line if not c.isspace())
    return max(chars, key=lambda s: chars[s]) if chars else None


def _mark(line: str) -> tuple[str, str] | None:
    """The note's mark and the text after it, if ``line`` opens with one."""
    match = _MARK.match(line)
    if match is None:
        return None
    mark = next(group for group in match.groups() if group).translate(_SUPERSCRIPTS)
    rest = line[match.end() :].strip()
    return (mark, rest) if rest else None


def _next_mark(previous: str, mark: str) -> bool:
    """Whether ``mark`` can follow ``previous`` in one page's notes: the next number, or a symbol after a symbol
    (a line of a note opening with a number, "12 March 2022 ...", goes on with its note)."""
    if previous.isdigit():
        return mark.isdigit() and int(mark) == int(previous) + 1
    return not mark.isdigit()


def take_notes(page: PageLines, body: float | None) -> list[Note]:
    """Take the page's footnotes out of it (see the module's doc) and return them; a block of small type at the
    foot without a mark is set apart as a paragraph of its own and stays."""
    if body is None or len(page.segments) != len(page.lines):
        return []
    limit = min(body * NOTE_RATIO, body - NOTE_MIN_STEP)
    filled = [i for i, (line, _) in enumerate(page.lines) if line.strip(PARAGRAPH_END).strip()]
    start = len(filled)
    while start > 0 and (size := page.lines[filled[start - 1]][1]) is not None and size <= limit:
        start -= 1
    block, above = filled[start:], filled[:start]
    if not block or not above or any(not page.segments[i] for i in filled):
        return []
    lowest_body = min(run.y for i in above for run in page.segments[i] or () if run.text.strip())
    if max(run.y for i in block for run in page.segments[i] or () if run.text.strip()) >= lowest_body:
        return []  # small type beside or above the body: a caption or a sidebar, not the foot's notes
    chars = [len(page.lines[i][0].strip()) for i in filled]
    if sum(chars[start:]) > MAX_NOTE_SHARE * sum(chars):
        return []
    first = _mark(page.lines[block[0]][0])
    if first is None:
        _set_apart(page, block[0])
        return []
    notes: list[tuple[str, list[str]]] = [(first[0], [first[1]])]
    for i in block[1:]:
        line = page.lines[i][0].strip()
        if line.isdigit():
            continue  # a page number under the notes, no note's words
        opened = _mark(line)
        if opened is not None and _next_mark(notes[-1][0], opened[0]):
            notes.append((opened[0], [opened[1]]))
        else:
            notes[-1][1].append(line)
    page.keep(set(range(len(page.lines))) - set(range(block[0], len(page.lines))))
    return [Note(mark, "\n".join(lines)) for mark, lines in notes]


def _set_apart(page: PageLines, first: int) -> None:
    """A paragraph end before line ``first``, so the block from there on is never joined to the text above."""
    if any(line == PARAGRAPH_END for line, _ in page.lines[first - 1 : first]):
        return
    page.lines.insert(first, (PARAGRAPH_END, None))
    page.segments.insert(first, [])
    page.text = "\n".join(line for line, _ in page.lines)
