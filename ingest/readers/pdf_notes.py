"""Footnotes at the foot of a PDF page, kept apart from the body text above them.

A page's footnote area is a block of lines set in type clearly smaller than the body's, below every body line it
shares width with: under the whole body, or, on a page of two columns, under both columns or under one of them (a
short rule usually sits between them, which the text layer does not show). Where the writer drew it in the text's
order does not matter (a page template may draw the foot first, or a header after it), but it comes in at most one
run of the text a column: small type scattered among body lines is a caption or a pull quote. Read as running
text, its first note is joined to the body, so a note's source or aside would be quoted as part of the
contributor's sentence. When the block opens with a note's mark ("1", "*", "[2]", "¹"), each
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
CHAR_WIDTH = 0.5  # type sizes: ordinary text's mean character width, for where a line ends
MAX_NOTE_RUNS = 2  # runs of the text a page's notes may come in: one, or one under each of two columns
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
    if any(not page.segments[i] for i in filled):
        return []
    spans = {i: _span(page, i) for i in filled}
    small = {i for i in filled if (size := page.lines[i][1]) is not None and size <= limit}
    above = [i for i in filled if i not in small]
    if not small or not above:
        return []
    # the foot's lines: small type under every body line set over it (the column it sits in, or both columns
    # when it runs under them); where the writer drew them in the text's order does not matter
    block = [i for i in filled if i in small and _under_the_body(spans[i], [spans[j] for j in above])]
    if not block or not _in_runs(block, filled):
        return []
    chars = [len(page.lines[i][0].strip()) for i in filled]
    if sum(len(page.lines[i][0].strip()) for i in block) > MAX_NOTE_SHARE * sum(chars):
        return []
    first = _mark(page.lines[block[0]][0])
    if first is None:
        _set_apart(page, block)
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
    taken = set(block)
    page.keep({i for i in range(len(page.lines)) if i not in taken and not _empty_after(page, i, taken)})
    return [Note(mark, "\n".join(lines)) for mark, lines in notes]


def _span(page: PageLines, i: int) -> tuple[float, float, float]:
    """Where line ``i`` sits: its baseline, its start and about where it ends (ordinary text's character width)."""
    runs = [run for run in page.segments[i] or () if run.text.strip()]
    end = max(run.x + len(run.text.strip()) * run.size * CHAR_WIDTH for run in runs)
    return runs[0].y, min(run.x for run in runs), end


def _under_the_body(line: tuple[float, float, float], body: list[tuple[float, float, float]]) -> bool:
    """Whether ``line`` sits below every body line it shares some width with, and below one at least."""
    y, start, end = line
    over = [top for top, left, right in body if left < end and start < right]
    return bool(over) and all(top > y for top in over)


def _in_runs(block: list[int], filled: list[int]) -> bool:
    """Whether the foot's lines come in the text as notes do: in one run (at the text's end, or at its start when
    the writer drew the page's foot first), or one run under each of two columns; never scattered among body lines,
    which is small type inside the text (a caption, a pull quote) rather than a page's notes."""
    order = {i: k for k, i in enumerate(filled)}
    runs = 1 + sum(1 for a, b in zip(block, block[1:], strict=False) if order[b] != order[a] + 1)
    return runs <= MAX_NOTE_RUNS


def _empty_after(page: PageLines, i: int, taken: set[int]) -> bool:
    """A paragraph end left alone by the notes taken around it (nothing to end any more)."""
    return page.lines[i][0] == PARAGRAPH_END and (i - 1 in taken or i + 1 in taken)


def _set_apart(page: PageLines, block: list[int]) -> None:
    """Paragraph ends around each run of the block's lines, so they are never joined to the text around them."""
    taken = set(block)
    edges = {i for i in block if i - 1 not in taken} | {i + 1 for i in block if i + 1 not in taken}
    for at in sorted(edges, reverse=True):
        if at >= len(page.lines) or any(line == PARAGRAPH_END for line, _ in page.lines[at - 1 : at + 1]):
            continue
        if at == 0:
            continue
        page.lines.insert(at, (PARAGRAPH_END, None))
        page.segments.insert(at, [])
    page.text = "\n".join(line for line, _ in page.lines)
