"""Which lines of a PDF page run the full width of their own column, so wrapped text is rejoined column by column.

PDF text is rejoined by width (see ``unwrap``): a line runs on into the next when it is close to the widest line
around it. On a page that holds lines of two measures (columns under a full-width paragraph, a footnote or a
header set across the page) the widest line is the full-width one, so no column line comes close to it and a whole
column keeps its line breaks. Where every line is placed, each line is measured against the lines of its own
column instead: lines in the same type size that start at about the same place and lie alike beside other text
(a column's lines have the other column's lines beside them, a full-width paragraph has none). A line at least as
full as the rejoining asks of the widest line of its column goes on in the next line of the text, unless that line
is a list item, a heading or a table's, or a paragraph ended between them; other lines are left to the rejoining.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Collection

from ingest.readers.pdf_headings import LIST_MARK, PageLines, Segment
from ingest.readers.pdf_paragraphs import LIST_ITEM, PARAGRAPH_END

# a private-use character after a line that goes on in the next one (the rejoining joins them, then drops it)
GOES_ON = "\ue001"
FULL = 0.6  # of its column's widest line: a line this long runs on (the rejoining's own share)
MIN_WIDTH = 40  # characters: a column narrower than this is a list of short lines, left to the rejoining
MIN_LINES = 3  # lines a column needs before its width is known
FITS = 1.15  # of a column's widest line: a line no longer than this fits in the column
NEXT_LINE = 2.5  # type sizes: the next line of a column is at most this far below
_LEADER = re.compile(r"(?:\.\s?){4,}\s*\S{1,6}$")  # a contents line's dot leader and page number: it never runs on
INDENT = 3.0  # type sizes: starts this close are one column's (a paragraph's first line may be indented)


def wrapped_lines(page: PageLines, stops: Collection[int] = ()) -> set[int]:
    """Indexes of the page's lines that run on into the next line of the text (see the module's doc); ``stops``
    are lines nothing runs on into (headings, tables' lines)."""
    if len(page.segments) != len(page.lines):
        return set()
    placed = {i: found[0] for i in range(len(page.lines)) if len(found := _runs(page, i)) == 1}
    if len(placed) < MIN_LINES:
        return set()
    groups: dict[tuple[float, int, bool], list[int]] = defaultdict(list)
    starts, beside = _start_clusters(placed), _lines_beside(page, placed)
    for i in placed:
        groups[(page.lines[i][1] or 0.0, starts[i], i in beside)].append(i)
    _settle_lines_alone(page, groups)
    out: set[int] = set()
    filled = [i for i, (line, _) in enumerate(page.lines) if line.strip()]
    following = dict(zip(filled, filled[1:], strict=False))
    columns: dict[int, int] = {}  # line -> its group's number, for lines of groups whose width is known
    widths: list[int] = []
    for members in groups.values():
        width = max((len(page.lines[i][0].strip()) for i in members), default=0)
        if len(members) >= MIN_LINES and width >= MIN_WIDTH:
            columns.update((i, len(widths)) for i in members)
            widths.append(width)
    for i, group in columns.items():
        after = following.get(i)
        line = page.lines[i][0].strip()
        if after is None or after in stops or after not in columns or len(line) < FULL * widths[group]:
            continue
        if _LEADER.search(line) or not _next_line(placed[i], placed[after], columns[after] == group):
            continue
        text = page.lines[after][0]
        if text.startswith(LIST_MARK) or LIST_ITEM.match(text):
            continue
        out.add(i)
    return out


def _next_line(above: Segment, below: Segment, same_column: bool) -> bool:
    """Whether ``below`` can be where the text of ``above`` goes on: the next line down in the same column, or the
    top of another column (back up the page); never a line far below (a label of a drawing, a caption)."""
    step = above.y - below.y
    return 0 < step <= NEXT_LINE * above.size if same_column else step < 0 or step <= NEXT_LINE * above.size


def _settle_lines_alone(page: PageLines, groups: dict[tuple[float, int, bool], list[int]]) -> None:
    """Lines with nothing beside them that fit in the column starting where they start (a column's last lines
    below the other column's end) are that column's; only wider ones are text across the page."""
    for (size, start, beside), members in list(groups.items()):
        column = groups.get((size, start, True))
        if beside or column is None or len(column) < MIN_LINES:
            continue
        width = max(len(page.lines[i][0].strip()) for i in column)
        fits = [i for i in members if len(page.lines[i][0].strip()) <= FITS * width]
        column.extend(fits)
        groups[(size, start, beside)] = [i for i in members if i not in fits]


def _runs(page: PageLines, i: int) -> list[Segment]:
    line = page.lines[i][0]
    if not line.strip() or line == PARAGRAPH_END:
        return []
    return [run for run in page.segments[i] or () if run.text.strip()]


def _start_clusters(placed: dict[int, Segment]) -> dict[int, int]:
    """Each line's column start, as a number: starts within ``INDENT`` type sizes right of a column's first are
    one."""
    order = sorted(placed, key=lambda i: placed[i].x)
    out: dict[int, int] = {}
    cluster, first = 0, None
    for i in order:
        run = placed[i]
        if first is not None and run.x - first > INDENT * run.size:
            cluster += 1  # measured from the cluster's first start, so scattered labels do not chain into one
            first = None
        out[i], first = cluster, run.x if first is None else first
    return out


def _lines_beside(page: PageLines, placed: dict[int, Segment]) -> set[int]:
    """The placed lines with another line beside them (within a line's height, starting clearly left or right of
    them): lines in a column, not across the page. Found over the page's lines sorted by height, not pair by pair."""
    starts = sorted(
        (run.y, run.x, j)
        for j, runs in enumerate(page.segments)
        if page.lines[j][0] != PARAGRAPH_END and (run := next((r for r in runs or () if r.text.strip()), None))
    )
    heights = [y for y, _, _ in starts]
    out: set[int] = set()
    for i, run in placed.items():
        low, high = bisect_left(heights, run.y - run.size), bisect_right(heights, run.y + run.size)
        if any(j != i and abs(x - run.x) > INDENT * run.size for _, x, j in starts[low:high]):
            out.add(i)
    return out
