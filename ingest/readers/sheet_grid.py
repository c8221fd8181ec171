"""A grid of headed cells in a sheet: a SWOT analysis ("Strengths | Weaknesses" over two cells of bulleted lines,
then "Opportunities | Threats" over two more), a pros-and-cons table, a board of quadrants.

A row of two to four short headings is a table's header when rows of values follow it; it is a grid's when the
one row under it holds a few lines in its cells (line breaks inside a cell, as people type a list into a cell; in
every cell unless another row of headings comes before or after) and what follows is another row of headings over
such cells, a line merged across the columns, an empty row or the end; and it starts the sheet, or comes after an
empty row, a title line or another grid, never amid a table's rows. Each cell is then read under its own heading,
its lines kept as lines, and never named by the headings of a table; a table whose rows all hold such cells, or a
survey's one wide response row, stays a table.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ingest.readers.text import clean_text

_MAX_COLUMNS = 4  # quadrants, pros and cons, start-stop-continue: a grid is narrow; a survey's export is wide
Row = tuple[int, list[Any]]  # (row number, the row's non-empty cells, each with .column, .text, .label, .source)


@dataclass(frozen=True, slots=True)
class Grid:
    """A row of headings and the row of several-line cells under it."""

    heading: Row
    body: Row

    def cells(self) -> Iterator[str]:
        """Each cell of the body row with its heading over its lines, in column order; a heading over no cell
        says nothing and is left out."""
        names = {cell.column: cell.text for cell in self.heading[1]}
        for cell in self.body[1]:
            yield "\n".join([names[cell.column], *cell_lines(cell)])


def cell_lines(cell: Any) -> list[str]:
    """A string cell's lines as typed (line breaks inside the cell), empty lines dropped."""
    value = getattr(cell.source, "value", None)
    if not isinstance(value, str):
        return [cell.text]
    return [line for line in (" ".join(part.split()) for part in clean_text(value).split("\n")) if line]


def _headings(row: Row | None) -> bool:
    """Two or more short labels, each on one line."""
    return row is not None and len(row[1]) >= 2 and all(c.label and len(cell_lines(c)) == 1 for c in row[1])


def _under(body: Row | None, heading: Row) -> bool:
    """Whether ``body`` is the row right under ``heading``, every cell under a heading and one at least holding
    several lines (a quadrant may hold a single point)."""
    if body is None or body[0] != heading[0] + 1 or not body[1]:
        return False
    columns = {cell.column for cell in heading[1]}
    if not all(cell.column in columns for cell in body[1]):
        return False
    return any(len(cell_lines(cell)) >= 2 for cell in body[1])


def _is_grid(window: list[Row], after_grid: bool) -> bool:
    heading, body, after, further = (window + [None] * 4)[:4]  # type: ignore[list-item]
    if not _headings(heading) or len(heading[1]) > _MAX_COLUMNS or not _under(body, heading):
        return False
    # the grid's next row of headings, set as the first one is (a table's bold header over plain rows of short
    # values is no grid, even where a value runs over two lines)
    band = (
        after is not None
        and after[0] == body[0] + 1
        and _headings(after)
        and _bold(after) == _bold(heading)
        and _under(further, after)
    )
    # the end, an empty row, or a line merged across the columns under the grid
    ends = after is None or after[0] > body[0] + 1 or len(after[1]) == 1
    if not (band or ends):
        return False
    if band or after_grid:
        return True
    # a grid of one row of headings: every cell under them holds a list (a survey's one response, where an answer
    # runs over two lines beside short ones, stays a row named by its header)
    return len(body[1]) >= 2 and all(len(cell_lines(cell)) >= 2 for cell in body[1])


def _bold(row: Row) -> bool:
    """Whether every cell of the row is set in bold (a CSV file's never are)."""
    try:
        return all(bool(cell.source.font is not None and cell.source.font.b) for cell in row[1])
    except (AttributeError, IndexError, KeyError):  # no font, or a dangling style index
        return False


def with_grids(rows: Iterator[Row]) -> Iterator[Row | Grid]:
    """The sheet's rows, a grid's row of headings and the row under it given together as one ``Grid``."""
    window: deque[Row] = deque()
    source = iter(rows)
    # a grid starts the sheet, or after an empty row, a title line or another grid: never amid a table's rows
    opens, grid = True, False  # grid: the last item was a grid's row (the next band may hold a single point)
    last = 0
    while True:
        try:
            while len(window) < 4 and (row := next(source, None)) is not None:
                window.append(row)
        except Exception:
            yield from window  # a damaged sheet keeps the rows read before the damage
            raise
        if not window:
            return
        after_grid = grid and window[0][0] == last + 1
        if (opens or window[0][0] > last + 1) and _is_grid(list(window), after_grid):
            heading, body = window.popleft(), window.popleft()
            yield Grid(heading, body)
            opens, grid, last = True, True, body[0]
        else:
            row = window.popleft()
            yield row
            opens, grid, last = len(row[1]) == 1, False, row[0]
