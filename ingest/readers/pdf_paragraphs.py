"""Paragraph ends in PDF text, found from where each line sits, so a paragraph never runs into the one before it.

pypdf ends every visual line with a break and marks no paragraph; the text is later rejoined by width (a line
running close to the block's full width goes on in the next one, see ``unwrap``). That joins a paragraph set
under a bulleted list to the list's last item when its last line is full. Where the lines were placed tells
them apart; a list item ends

- where a line starts left of the marks (the paragraph after an indented list), or back at the list's left
  margin (where the mark is) and is not an item of its own, when the list shows a text indent right of its marks
  (a mark drawn apart from its text, or an item's wrapped line);
- after a gap larger than the line spacing (the page's leading for the type size).

Elsewhere a paragraph ends where the line above ends a sentence and the line below sits further down than the line
spacing (space between paragraphs) or back up the page by more than a line (text drawn as an object of its own, such
as a flattened form's field) or in type of another size (a sidebar's box set smaller among the paragraphs), both
lines being running text (one run each: a table's rows and text columns drawn
across are left to their own reading). Whatever the line above ends with, a line in display type (twice the size of
the line above, or half of it: a factsheet's large figure under its strap line, the figure's caption under it) opens a
paragraph. Other paragraphs are left to the rejoining by width.

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
DISPLAY = 2.0  # times: lines whose type sizes are this far apart are never one paragraph (a figure set large)
SIZE_CHANGE = 0.5  # points: after a sentence's end, a line in type this much larger or smaller opens a paragraph
# a line that ends a sentence (a stop, a question, a colon, maybe closed by a quote or bracket): a paragraph may end
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*\s*$")


def _start(segments: list[Segment] | None) -> Segment | None:
    return next((run for run in segments or () if run.text.strip()), None)


def _is_item(line: str) -> bool:
    return line.startswith(LIST_MARK) or bool(LIST_ITEM.match(line))


def mark_paragraph_breaks(page: PageLines) -> int:
    """Put a marker line where a paragraph ends inside a run of lines (see the module's doc); returns how many."""
    if len(page.segments) != len(page.lines):
        return 0
    leading: dict[float, float] | None = None  # found at the first list item: most pages have none
    spacing: dict[float, float] | None = None  # the line spacing of running text, found at its first sentence end
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
        elif previous is not None and i not in breaks and _display_step(page, i, previous[1], size):
            breaks.add(i)  # a figure or headline in display type never goes on from the line above, nor it from them
        elif previous is not None and i not in breaks and _ends_paragraph(page, i, previous, (start, size)):
            if spacing is None:  # the lines' own starts are enough for running text's spacing (cheaper than runs)
                spacing = leadings([(k, "", (run.x, run.y), s) for k, (run, s) in enumerate(_line_starts(page))])
            if _spaced(previous, (start, size), spacing):
                # space above a line that starts one: a paragraph ended above it, even where its last line ran the
                # full width (the rejoining by width would run the two together)
                breaks.add(i)
        previous = (start, size)
    if breaks:
        _insert_blanks(page, breaks)
    return len(breaks)


def _line_starts(page: PageLines) -> list[tuple[Segment, float]]:
    """Each placed line's first run with the line's type size."""
    out: list[tuple[Segment, float]] = []
    for (_, size), runs in zip(page.lines, page.segments, strict=True):
        start = _start(runs)
        if start is not None and size is not None:
            out.append((start, size))
    return out


def _ends_paragraph(
    page: PageLines, i: int, above: tuple[Segment, float | None], below: tuple[Segment, float | None]
) -> bool:
    """Whether line ``i`` may open a paragraph after the line above: both are running text (one run each, not a
    table's row or columns drawn across) and the line above ends a sentence."""
    runs_above = [run for run in page.segments[i - 1] or () if run.text.strip()] if i else []
    runs = [run for run in page.segments[i] or () if run.text.strip()]
    return len(runs) == 1 and len(runs_above) == 1 and bool(_SENTENCE_END.search(page.lines[i - 1][0]))


def _display_step(page: PageLines, i: int, upper: float | None, lower: float | None) -> bool:
    """Whether line ``i`` and the line above are set in type sizes ``DISPLAY`` times apart or more (a factsheet's
    large figure "62%" under its strap line, a caption under the figure), both running text of one run each, the
    larger more than one letter (a drop cap goes on in the line beside it)."""
    if upper is None or lower is None or min(upper, lower) <= 0 or max(upper, lower) < DISPLAY * min(upper, lower):
        return False
    runs_above = [run for run in page.segments[i - 1] or () if run.text.strip()] if i else []
    runs = [run for run in page.segments[i] or () if run.text.strip()]
    larger = page.lines[i - 1][0] if upper > lower else page.lines[i][0]
    return len(runs) == 1 and len(runs_above) == 1 and len(larger.strip()) > 1


def _spaced(
    above: tuple[Segment, float | None], below: tuple[Segment, float | None], leading: dict[float, float]
) -> bool:
    """Whether ``below`` is not the next line of ``above``'s paragraph by where it sits: further down than the line
    spacing (lines of one type size), or back up the page by more than a line (text drawn as its own object, such as
    a flattened form's field, placed in a space of its own)."""
    (upper, upper_size), (lower, size) = above, below
    step = upper.y - lower.y
    if step < -(size or upper_size or 10.0):
        return True
    if upper_size is None or size is None:
        return False
    if abs(upper_size - size) >= SIZE_CHANGE and step > 0:
        return True  # a box or a caption in type of its own under a paragraph: never that paragraph's next line
    if abs(upper_size - size) > MAX_SIZE_STEP:
        return False
    return step > 0 and step > BREAK_GAP * leading.get(size, math.inf)


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
