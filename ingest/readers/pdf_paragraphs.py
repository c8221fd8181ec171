"""Paragraph ends in PDF text, found from where each line sits, so a paragraph never runs into the one before it.

pypdf ends every visual line with a break and marks no paragraph; the text is later rejoined by width (a line
running close to the block's full width goes on in the next one, see ``unwrap``). That joins a paragraph set
under a bulleted list to the list's last item when its last line is full. Where the lines were placed tells
them apart; a list item ends

- where a line starts left of the marks (the paragraph after an indented list), or back at the list's left
  margin (where the mark is) and is not an item of its own, when the list shows a text indent right of its marks
  (a mark drawn apart from its text, or an item's wrapped line);
- after a gap larger than the line spacing (the page's leading for the type size).

Paragraphs elsewhere are left to the rejoining by width, as they were: the passages of PDFs without lists do
not change.

A marker line (``PARAGRAPH_END``) is put where a paragraph ends, so the rejoining stops there and the paragraph
after it starts a line of its own (the marker itself never reaches a passage). Lines without a known place, and
steps back up the page (a new column), are left as they are.
"""

from __future__ import annotations

import math
import re

from ingest.readers.pdf_headings import LIST_MARK, PageLines, Segment
from ingest.readers.pdf_tables import ALIGN, leadings, placed_items

# a private-use character: no writer's text, never dropped by text cleaning, and no whitespace a strip removes
PARAGRAPH_END = "\ue000"
BREAK_GAP = 1.25  # leadings: a step down this much larger than the line spacing is space between paragraphs
# a line opening a list item: a mark (written "• " by pdf_lists) or a number or letter ("2.", "b)")
LIST_ITEM = re.compile(r"^(?:[-*+•–]|\d{1,3}[.)]|[a-z][.)])\s+")
MAX_SIZE_STEP = 1.5  # points: lines of type sizes further apart than this are not compared for leading


def _start(segments: list[Segment] | None) -> Segment | None:
    return next((run for run in segments or () if run.text.strip()), None)


def _is_item(line: str) -> bool:
    return line.startswith(LIST_MARK) or bool(LIST_ITEM.match(line))


def mark_paragraph_breaks(page: PageLines) -> int:
    """Put a marker line where a paragraph ends inside a run of lines (see the module's doc); returns how many."""
    if len(page.segments) != len(page.lines):
        return 0
    leading: dict[float, float] | None = None  # found at the first list item: most pages have none
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
        in_list = item is not None  # the line above is a list item's
        if _is_item(line):
            indent = start.indent is not None and start.indent > start.x + ALIGN
            item = (start.x, indent or bool(item and item[1]))
        elif item is not None:
            if start.x > item[0] + ALIGN:
                item = (item[0], True)  # a wrapped line at the text indent: the list shows its indent
            elif abs(start.x - item[0]) <= ALIGN:
                if item[1]:
                    breaks.add(i)  # back at the list's left margin, and no item: the list has ended
                    item = None
                # else a line wrapped under the mark, in a list without a text indent: still the item
            else:
                breaks.add(i)  # left of the marks (an indented list's next paragraph): no item's line
                item = None
        if in_list and item is not None and previous is not None and not _is_item(line):
            above, above_size = previous
            step = above.y - start.y
            same = above_size is not None and size is not None and abs(above_size - size) <= MAX_SIZE_STEP
            if leading is None:
                leading = leadings(placed_items(page))
            if same and step > BREAK_GAP * leading.get(size or 0.0, math.inf) and step > 0:
                breaks.add(i)  # space under the item: what follows is no longer the item
                item = None
        previous = (start, size)
    if breaks:
        _insert_blanks(page, breaks)
    return len(breaks)


def _insert_blanks(page: PageLines, before: set[int]) -> None:
    lines: list[tuple[str, float | None]] = []
    segments: list[list[Segment] | None] = []
    for i, (entry, runs) in enumerate(zip(page.lines, page.segments, strict=True)):
        if i in before and lines and lines[-1][0].strip():
            lines.append((PARAGRAPH_END, None))
            segments.append([])
        lines.append(entry)
        segments.append(runs)
    page.lines, page.segments = lines, segments
    page.text = "\n".join(line for line, _ in lines)
