"""Paragraph ends in PDF text, found from where each line sits, so a paragraph never runs into the one before it.

pypdf ends every visual line with a break and marks no paragraph; the text is later rejoined by width (a line
running close to the block's full width goes on in the next one, see ``unwrap``). That joins a paragraph to a
full last line above it: the last item of a bulleted list, or a paragraph set below another one with space
between them. Where the lines were placed tells them apart:

- a gap between two lines larger than the line spacing (the page's leading for their type size) ends a
  paragraph;
- a list item's wrapped lines start at its text indent, right of its mark; a line that starts back at the
  list's left margin (where the mark is) and is not an item of its own ends the list, when the list shows that
  indent (a mark drawn apart from its text, or an item's wrapped line).

A blank line is put where a paragraph ends, so each paragraph is unwrapped on its own. Lines without a known
place, and steps back up the page (a new column), are left as they are.
"""

from __future__ import annotations

import math
import re

from ingest.readers.pdf_headings import LIST_MARK, PageLines, Segment
from ingest.readers.pdf_tables import ALIGN, leadings, placed_items

BREAK_GAP = 1.25  # leadings: a step down this much larger than the line spacing is space between paragraphs
# a line opening a list item: a mark (written "• " by pdf_lists) or a number or letter ("2.", "b)")
LIST_ITEM = re.compile(r"^(?:[-*+•–]|\d{1,3}[.)]|[a-z][.)])\s+")
MAX_SIZE_STEP = 1.5  # points: lines of type sizes further apart than this are not compared for leading


def _start(segments: list[Segment] | None) -> Segment | None:
    return next((run for run in segments or () if run.text.strip()), None)


def _is_item(line: str) -> bool:
    return line.startswith(LIST_MARK) or bool(LIST_ITEM.match(line))


def mark_paragraph_breaks(page: PageLines) -> int:
    """Put a blank line where a paragraph ends inside a run of lines (see the module's doc); returns how many."""
    if len(page.segments) != len(page.lines):
        return 0
    leading = leadings(placed_items(page))
    breaks: set[int] = set()  # indexes of lines that open a paragraph
    item: tuple[float, bool] | None = None  # the open list item: where its mark starts, whether an indent is shown
    previous: tuple[Segment, float | None] | None = None
    for i, ((line, size), runs) in enumerate(zip(page.lines, page.segments, strict=True)):
        start = _start(runs)
        if not line.strip():
            continue
        if start is None:
            previous, item = None, None  # a line with no known place: nothing to compare with
            continue
        if _is_item(line):
            indent = start.indent is not None and start.indent > start.x + ALIGN
            item = (start.x, indent or bool(item and item[1]))
        elif item is not None:
            if start.x > item[0] + ALIGN:
                item = (item[0], True)  # a wrapped line at the text indent: the list shows its indent
            elif item[1] and abs(start.x - item[0]) <= ALIGN:
                breaks.add(i)  # back at the list's left margin, and no item: the list has ended
                item = None
            else:
                item = None
        if previous is not None and not _is_item(line):
            above, above_size = previous
            step = above.y - start.y
            same = above_size is not None and size is not None and abs(above_size - size) <= MAX_SIZE_STEP
            if same and step > BREAK_GAP * leading.get(size or 0.0, math.inf) and step > 0:
                breaks.add(i)
        previous = (start, size)
    if breaks:
        _insert_blanks(page, breaks)
    return len(breaks)


def _insert_blanks(page: PageLines, before: set[int]) -> None:
    lines: list[tuple[str, float | None]] = []
    segments: list[list[Segment] | None] = []
    for i, (entry, runs) in enumerate(zip(page.lines, page.segments, strict=True)):
        if i in before and lines and lines[-1][0].strip():
            lines.append(("", None))
            segments.append([])
        lines.append(entry)
        segments.append(runs)
    page.lines, page.segments = lines, segments
    page.text = "\n".join(line for line, _ in lines)
