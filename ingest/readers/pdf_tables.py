"""Tables in PDF text, found from where each run of text starts, so a table reads as rows of cells.

pypdf gives a table cell by cell in the order the writer drew it: every cell of the first row (a wrapped
cell's lines one after the other), then the next row; cells on one baseline may share a line of its text.
Read as prose, that is a column of fragments that runs into the sentence before it. Where each run of text
starts (see ``PageLines.segments``) tells a row apart: its cells start
on one baseline, each further right than the last by a column gap, and a wrapped cell's next line starts
lower at the same left edge, one leading lower: the next row's first line, after the row's padding, is lower
still. Rows that follow one another closely and start on the same columns make a table, written one row per line
with `` | `` between cells (as the other readers write tables); a header row is a row of its own.

This only recognises tables whose cells are top-aligned and drawn row by row; anything else (and every page
whose text pieces cannot be placed) stays as pypdf reads it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest.readers.pdf_headings import HEADING_MIN_GAIN, HEADING_RATIO, PageLines, Segment

COLUMN_GAP = 12.0  # points from one cell's start to the next column's, at least
ALIGN = 2.5  # points within which two starts are the same column
BASELINE = 1.0  # points within which two lines share a baseline
NARROW_CHAR = 0.4  # narrowest average character width, in type sizes, of ordinary text
MAX_LINE_STEP = 2.2  # a wrapped cell line or the next row is at most this many type sizes lower
MIN_ROWS = 2
# A wrapped cell line sits one leading below the line above it; a row's cell padding puts the next row lower. A
# first-column line this much lower than the page's leading (for its type size), with a cell starting beside it,
# starts a new row rather than wrapping the cell above (a paragraph break inside a cell has no cell beside it).
WRAP_SLACK = 1.3
LOOK_AHEAD = 60  # items: a first cell's lines, drawn before the cell beside it, are fewer than this
MIN_LEADING = 0.8  # type sizes: closer lines at one left edge overlap (a superscript, a redrawn word), not lines
# a row this share of the leading further from the row above than one leading still follows it without padding
TIGHT_SLACK = 0.1
MAX_PARAGRAPH_STEP = 2 * MAX_LINE_STEP  # type sizes: a column's next line after a paragraph's space is this low at most
GAP_LEADINGS = 1.5  # a step between text columns' lines this many leadings deep is space between paragraphs
MIN_PROSE_ROWS = 4  # lines of a column, at least, before its lines running on show it is text, not a table
MIN_PROSE_CHARS = 25  # characters a text column's line holds on average, at least
PROSE_SHARE = 0.5  # of a column's lines that run on into the next
# a line and the next line's first word longer than this share of the column's longest line: it did not fit
FILL_SHARE = 0.9
NEAR_LINES = 6  # lines above and below whose starts show where a page's columns are
# a merged piece's start shared by at least this many of the lines around, and this share of those with such
# pieces, is a column's start
MIN_SHARED_JOINS = 2
SHARED_JOIN_SHARE = 0.5
MAX_PASSES = 20  # rounds of following a column found by cuts up and down the page (NEAR_LINES lines a round)
# opens a line of text columns set in larger type than their text (a heading inside a column): a paragraph of its
# own, never run into the paragraph under it; a private-use character no writer's text holds
HEADING_LINE = "\ue001"
MARK_CHARS = 3  # "1.", "a)", "iv." before a piece: a list's number, not a table's first cell
# ... when it is written as one: a number, a letter or roman numeral with its stop, a mark ("No." is a header's cell)
_LIST_MARK = re.compile(r"^(?:\(?\d{1,3}[.)]?|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,4}[.)]|[^\w\s]{1,3})$")


@dataclass(frozen=True)
class Table:
    first: int  # index of its first and last line in the page's lines
    last: int
    rows: tuple[tuple[str, ...], ...]  # a wrapped cell's lines joined by "\n"
    columns: tuple[float, ...] = ()  # where its columns start
    prose: bool = False  # columns of running text drawn line by line across the page, not a table (see is_prose)
    tight: bool = False  # its rows one leading apart, without padding (see is_prose)
    # text on its first line before its first cell, and on its last line after its last one (a figure's label
    # pypdf puts on the same line): not the table's, but not to be lost with its lines either
    lead: str = ""
    trail: str = ""

    def text(self, join: Callable[[str], str] = lambda cell: " ".join(cell.split())) -> str:
        """One row per line, cells between `` | ``, each cell's lines made one by ``join``."""
        return "\n".join(" | ".join(join(cell) for cell in row) for row in self.rows)


@dataclass
class _Cell:
    x: float
    texts: list[str]


@dataclass
class _Row:
    top: float  # baseline of its first line
    bottom: float  # baseline of its lowest line
    cells: list[_Cell]
    end: int  # position in the item list after the row


Item = tuple[int, str, tuple[float, float], float]  # line index, text, start (x, y), type size


def leadings(items: list[Item]) -> dict[float, float]:
    """The page's leading per type size: the smallest step from one line to the next starting at the same left
    edge (a paragraph's or a wrapped cell's lines), so a larger step is a gap (a new paragraph or row)."""
    edges: dict[tuple[int, float], set[float]] = {}
    for _, _, (x, y), size in items:
        edges.setdefault((round(x), size), set()).add(round(y, 1))
    found: dict[float, float] = {}
    for (_, size), ys in edges.items():
        ordered = sorted(ys, reverse=True)
        steps = [a - b for a, b in zip(ordered, ordered[1:], strict=False)]
        steps = [step for step in steps if MIN_LEADING * size <= step <= MAX_LINE_STEP * size]
        if steps:
            found[size] = min(min(steps), found.get(size, math.inf))
    return found


def _row(items: list[Item], k: int, leading: dict[float, float]) -> _Row | None:
    """The row starting at item ``k``: cells on one baseline, each with its wrapped lines below it.

    Writers give a wrapped cell's next lines either straight after its first line or after the row's other
    first lines; both are taken. A line at the first column followed by a cell on its own baseline opens the
    next row rather than wrapping the first cell; so does one further below than the page's leading with a cell
    starting beside it later on (a row drawn cell by cell under a header of one line: its lines are not the
    header's wrapped lines, and never glued onto the header's cells).
    """
    _, text, (x0, y0), size = items[k]
    cells = [_Cell(x0, [text])]
    lowest = {0: y0}  # each cell's lowest line so far
    j = k + 1
    while j < len(items):
        _, text, (x, y), size = items[j]
        if abs(y - y0) <= BASELINE and x > cells[-1].x + COLUMN_GAP:  # the next cell of the row
            cells.append(_Cell(x, [text]))
            lowest[len(cells) - 1] = y
            j += 1
            continue
        column = next((n for n, c in enumerate(cells) if abs(x - c.x) <= ALIGN), None)
        wraps = column is not None and lowest[column] - BASELINE > y >= lowest[column] - MAX_LINE_STEP * size
        if wraps and column == 0 and lowest[0] - y > WRAP_SLACK * leading.get(size, math.inf):
            wraps = not _starts_row(items, j)  # below a gap, with a cell beside it: the next row
        if not wraps or (column == 0 and _opens_row(items, j)):
            break
        if column + 1 < len(cells) and x + len(text) * size * NARROW_CHAR > cells[column + 1].x:
            break  # too long to fit its column: text below the table, not a wrapped cell
        cells[column].texts.append(text)  # the cell wrapped onto a new line
        lowest[column] = y
        j += 1
    if len(cells) < 2:
        return None
    return _Row(y0, min(lowest.values()), cells, j)


def _starts_row(items: list[Item], j: int) -> bool:
    """Whether a later item, among the next few, starts a cell on item ``j``'s baseline further right."""
    _, _, (x, y), _ = items[j]
    ahead = items[j + 1 : j + 1 + LOOK_AHEAD]
    return any(abs(ny - y) <= BASELINE and nx > x + COLUMN_GAP for _, _, (nx, ny), _ in ahead)


def _opens_row(items: list[Item], j: int) -> bool:
    if j + 1 >= len(items):
        return False
    (x, y), (nx, ny) = items[j][2], items[j + 1][2]
    return abs(ny - y) <= BASELINE and nx > x + COLUMN_GAP


def is_prose(rows: tuple[tuple[str, ...], ...], tight: bool = False, min_rows: int = MIN_PROSE_ROWS) -> bool:
    """Whether "rows" are text columns a writer drew line by line across the page: every cell one line (but in the
    last row, where the longer column goes on below the shorter one, and anywhere when the rows are ``tight``, one
    leading apart with no row padding: a column's lines beside the other one's paragraph break), each column's
    lines long on average, and in each column most lines wrapped
    into the line below, with at least one line ending inside a sentence. A line is wrapped where it runs on (no
    sentence's end, the next one starting in lower case or after a hyphen or comma) or where the next line's first
    word would not have fitted on it (its length near the column's longest line): a sentence ending inside a line,
    a number or a name opening the next one, still wrap. A table's cells end or start anew; its rows are not one
    text."""
    if len(rows) < min_rows or (not tight and any("\n" in cell for row in rows[:-1] for cell in row)):
        return False
    cells = [cell for row in rows for cell in row if cell]
    if sum(len(cell) for cell in cells) < MIN_PROSE_CHARS * len(cells):
        return False
    for n in range(len(rows[0])):
        column = [line for row in rows for line in row[n].split("\n") if line]
        longest = max((len(line) for line in column), default=0)
        if sum(len(line) for line in column) < MIN_PROSE_CHARS * len(column):
            return False  # a column of labels or figures beside a column of text: a table
        pairs = list(zip(column, column[1:], strict=False))
        running = sum(1 for a, b in pairs if _runs_on(a, b))
        wrapped = sum(1 for a, b in pairs if _runs_on(a, b) or _fills(a, b, longest))
        if not running or wrapped < PROSE_SHARE * len(pairs):
            return False
    return True


def _runs_on(line: str, below: str) -> bool:
    if line.endswith(("-", ",")):
        return True
    return not line.endswith((".", "!", "?", ":", ";")) and below[:1].islower()


def _fills(line: str, below: str, longest: int) -> bool:
    """Whether the first word of ``below`` would not have fitted at the end of ``line`` (in characters, against
    the column's longest line): the writer wrapped it."""
    word = below.split()[0] if below.split() else ""
    return len(line) + 1 + len(word) > FILL_SHARE * longest


def continues(ending: Table, table: Table) -> bool:
    """Whether ``table``, first on its page, goes on with ``ending``, last on the page before: the same columns
    (a page break inside a table, its header row repeated or not), so it keeps the table's number."""
    if len(ending.columns) != len(table.columns):
        return False
    return all(abs(a - b) <= ALIGN for a, b in zip(ending.columns, table.columns, strict=True))


def _column_starts(page: PageLines) -> list[list[float]]:
    """Per line, where its runs start."""
    return [[run.x for run in runs or () if run.text.strip()] for runs in page.segments]


def _cuts(run: Segment, near: list[float]) -> list[tuple[int, float]]:
    """Where ``run`` holds a cell drawn beside it: a piece merged into it (its start was within the widest
    estimate of the run's end) that starts a column gap right of the run, where a line nearby starts too (the
    cell's wrapped lines, or the same column in the rows around). A list number or mark before it is no cell."""
    cuts: list[tuple[int, float]] = []
    for offset, x in run.joins:
        start = cuts[-1][1] if cuts else run.x
        before = run.text[cuts[-1][0] if cuts else 0 : offset].strip()
        if x - start < COLUMN_GAP or not before or (len(before) <= MARK_CHARS and _LIST_MARK.match(before)):
            continue
        if any(abs(x - other) <= ALIGN for other in near):
            cuts.append((offset, x))
    return cuts


def _join_starts(page: PageLines) -> list[list[float]]:
    """Per line, where pieces merged into its runs start a column gap right of the text before them, with a text
    column's line on either side (a line's worth of characters: not a list number, a figure or a page number)."""
    out: list[list[float]] = []
    for runs in page.segments:
        starts: list[float] = []
        for run in runs or ():
            bounds = [(0, run.x), *run.joins, (len(run.text), math.inf)]
            for (a, _), (b, x), (c, _) in zip(bounds, bounds[1:], bounds[2:], strict=False):
                before, after = run.text[a:b].strip(), run.text[b:c].strip()
                if x - run.x >= COLUMN_GAP and min(len(before), len(after)) >= MIN_PROSE_CHARS:
                    starts.append(x)
        out.append(starts)
    return out


def _shared(joined: list[list[float]], window: range, i: int) -> list[float]:
    """Where pieces merged into runs start at one place on most lines around line ``i`` that have such pieces: a
    second text column set so close to the first (a narrow gutter, justified lines) that no line shows it as a
    run of its own. Words placed one by one start at scattered places, never on most lines at one."""
    others = [joined[k] for k in window if k != i and joined[k]]
    shared: list[float] = []
    for x in sorted({x for line in others for x in line}):
        agreeing = sum(1 for line in others if any(abs(x - other) <= ALIGN for other in line))
        if agreeing >= max(MIN_SHARED_JOINS, SHARED_JOIN_SHARE * len(others)):
            shared.append(x)
    return shared


def placed_items(page: PageLines) -> list[Item]:
    """The page's runs of text with their line, start and size, a run cut where a table's next cell was merged
    into it (see ``Segment.joins``). A cut is a column start for the lines around it too, so a column found on a
    few lines is followed up and down the page (a column of wide cells drawn beside another one)."""
    starts = _column_starts(page)
    joined = _join_starts(page)
    cuts: dict[tuple[int, int], list[tuple[int, float]]] = {}
    for _ in range(MAX_PASSES):
        found = False
        for i, runs in enumerate(page.segments):
            for r, run in enumerate(runs or ()):
                if not run.joins or not run.text.strip():
                    continue  # few runs have any: the lines around are looked at only for those
                window = range(max(0, i - NEAR_LINES), min(len(starts), i + NEAR_LINES + 1))
                near = [x for k in window if k != i for x in starts[k]]
                cut = _cuts(run, near + _shared(joined, window, i))
                if cut != cuts.get((i, r), []):
                    cuts[(i, r)], found = cut, True
                    starts[i] = sorted({*starts[i], *(x for _, x in cut)})
        if not found:
            break
    items: list[Item] = []
    for i, runs in enumerate(page.segments):
        for r, run in enumerate(runs or ()):
            if not run.text.strip():
                continue
            bounds = [(0, run.x), *cuts.get((i, r), []), (len(run.text), 0.0)]
            for (a, x), (b, _) in zip(bounds, bounds[1:], strict=False):
                text = " ".join(run.text[a:b].split())
                if text:
                    items.append((i, text, (x, run.y), run.size))
    return items


def find_tables(page: PageLines) -> list[Table]:
    """Tables on ``page``, in reading order; lines with no known start are never part of one."""
    if len(page.segments) != len(page.lines):
        return []
    items = placed_items(page)
    leading = leadings(items)
    tables: list[Table] = []
    k = 0
    while k < len(items):
        rows: list[_Row] = []
        j = k
        while j < len(items):
            row = _row(items, j, leading)
            if row is None:
                break
            if rows:
                columns = [c.x for c in rows[0].cells]
                if abs(row.cells[0].x - columns[0]) > ALIGN:
                    break
                if any(min(abs(c.x - x) for x in columns) > ALIGN for c in row.cells):
                    break
                step = rows[-1].bottom - row.top
                if not 0 < step <= MAX_LINE_STEP * items[j][3]:
                    break
            rows.append(row)
            j = row.end
        if len(rows) >= MIN_ROWS:
            columns: list[float] = []  # the table's column starts, near-equal starts merged
            for x in sorted(c.x for r in rows for c in r.cells):
                if not columns or x - columns[-1] > ALIGN:
                    columns.append(x)
            table_rows = []
            for r in rows:
                cells = [""] * len(columns)
                for c in r.cells:
                    at = min(range(len(columns)), key=lambda n, x=c.x: abs(columns[n] - x))
                    cells[at] = "\n".join(c.texts)
                table_rows.append(tuple(cells))
            rows_of = tuple(table_rows)
            tight = _tight(rows, leading.get(items[k][3]))
            prose = is_prose(rows_of, tight)
            if prose:  # the columns go on below, their paragraphs ending on lines of their own
                j = _column_end(items, k, j, columns)
                rows_of = _lines_of(items[k:j], columns)
            first, last = items[k][0], items[j - 1][0]
            lead = " ".join(text for line, text, _, _ in items[:k] if line == first)
            trail = " ".join(text for line, text, _, _ in items[j:] if line == last)
            table = Table(first, last, rows_of, tuple(columns), prose, tight, lead, trail)
            tables.append(table)
            k = j
        else:
            k += 1
    return tables


def _column_end(items: list[Item], k: int, j: int, columns: list[float]) -> int:
    """Where text columns found in items ``k`` to ``j`` end: the next items that start at one of the columns, fit
    in it, are set in the columns' type and sit below the column's last line by at most a paragraph's space, are
    theirs (a paragraph that ends in one column while the other goes on, space between paragraphs)."""
    size = items[j - 1][3]
    found = items[k:j]
    lowest = {
        n: min((y for _, _, (x, y), _ in found if abs(x - c) <= ALIGN), default=math.inf) for n, c in enumerate(columns)
    }
    while j < len(items):
        _, text, (x, y), item_size = items[j]
        n = next((n for n, c in enumerate(columns) if abs(x - c) <= ALIGN), None)
        if n is None or abs(item_size - size) > BASELINE:
            break
        if n + 1 < len(columns) and x + len(text) * size * NARROW_CHAR > columns[n + 1]:
            break  # wider than its column: text across the page below the columns
        if not lowest[n] - BASELINE > y >= lowest[n] - MAX_PARAGRAPH_STEP * size:
            break
        beside = [bx for _, _, (bx, by), _ in items[j + 1 : j + 1 + LOOK_AHEAD] if abs(by - y) <= BASELINE]
        if any(all(abs(bx - c) > ALIGN for c in columns) for bx in beside):
            break  # a cell beside it off the columns' starts: a table's row below the columns, not their text
        lowest[n] = y
        j += 1
    return j


def _lines_of(items: list[Item], columns: list[float]) -> tuple[tuple[str, ...], ...]:
    """Text columns' items as rows, one per baseline (a writer may draw the lines beside each other as lines of
    their own), top to bottom: an empty cell where a column has no line, ``HEADING_LINE`` before a line in larger
    type than the columns' text."""
    weights: dict[float, int] = {}
    for _, text, _, size in items:
        weights[size] = weights.get(size, 0) + len(text)
    body = max(weights, key=lambda size: weights[size], default=0.0)
    rows: list[tuple[float, list[str]]] = []
    for _, text, (x, y), size in items:
        at = min(range(len(columns)), key=lambda n: abs(columns[n] - x))
        row = next((cells for base, cells in rows if abs(base - y) <= BASELINE), None)
        if row is None:
            row = [""] * len(columns)
            rows.append((y, row))
        if not row[at] and size >= max(body * HEADING_RATIO, body + HEADING_MIN_GAIN):
            text = HEADING_LINE + text  # only a line's start: the mark opens the cell, never sits inside it
        row[at] = f"{row[at]} {text}".strip()
    rows.sort(key=lambda entry: -entry[0])
    steps = [above[0] - below[0] for above, below in zip(rows, rows[1:], strict=False)]
    leading = sorted(steps)[(len(steps) - 1) // 2] if steps else 0.0  # most steps are one leading: the median
    out: list[tuple[str, ...]] = []
    for n, (_, cells) in enumerate(rows):
        if n and steps[n - 1] > GAP_LEADINGS * leading:
            out.append(("",) * len(columns))  # space across the columns: every column's paragraph ends
        out.append(tuple(cells))
    return tuple(out)


def _tight(rows: list[_Row], leading: float | None) -> bool:
    """Whether each row starts one leading below the row above it: lines of text, not rows with padding."""
    if leading is None:
        return False
    steps = [above.bottom - row.top for above, row in zip(rows, rows[1:], strict=False)]
    return all(abs(step - leading) <= max(BASELINE, TIGHT_SLACK * leading) for step in steps)
