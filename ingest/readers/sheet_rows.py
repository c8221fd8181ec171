"""A sheet's rows as passages, shared by the Excel and CSV readers: ``sheet Survey, rows 2-12`` for each run of rows.

A sheet's rows become lines: under a header row each line names its columns (``Country: Latvia; Minimum
ECTS: 3``), without one the cells are joined with `` | ``; rows that hold prose stay prose, each its own passage.
Notes written under the table (after an empty row, or opened by "Note:", "Source:" ..., a line of text in the
table's first column with nothing beside it) are prose of their own, never rows of the table; a bare label over
them ("Notes", "Remarks:") is the sheet's furniture, left out.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any
from xml.etree.ElementTree import ParseError

from lxml.etree import LxmlError
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from ingest.model import QUOTE_MARK, Location, Passage, PostRow
from ingest.readers.sheet_columns import board_bookkeeping, draft_column
from ingest.readers.sheet_forms import (
    FormColumns,
    coded_header_names,
    form_answers,
    form_columns,
    form_respondent,
    questionnaire_columns,
    questionnaire_row,
    quoted,
    sub_header_names,
    titled_header,
)
from ingest.readers.sheet_grid import Grid, with_grids
from ingest.readers.sheet_posts import of_posts, post_row
from ingest.readers.text import CharBudget, clean_text

# What openpyxl, zipfile and the XML parsers raise on broken workbooks: missing parts surface as KeyError,
# a zip without a workbook part as OSError, bad XML as ParseError (expat) or LxmlError, odd values as
# ValueError/TypeError, dangling shared-string or style indexes as IndexError.
PARSE_ERRORS = (
    InvalidFileException,
    LxmlError,
    ParseError,
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    OSError,
    zipfile.BadZipFile,
    zlib.error,  # corrupt member data surfaces while a sheet is parsed
    EOFError,
    NotImplementedError,  # unsupported zip compression method
    RuntimeError,  # zip-level encryption of a member
    RecursionError,
    OverflowError,  # serial dates out of range
)

# Passages stay below the default chunk size (900), so a chunk names exactly the rows it holds.
_PASSAGE_ROWS = 40
_PASSAGE_CHARS = 800
# openpyxl pads gaps between rows with empty rows, and some writers save styled empty rows down to row
# 1,048,576; a run this long ends the sheet (with a warning) rather than the patience of whoever waits.
_MAX_EMPTY_RUN = 1000
_HEADER_SCAN_ROWS = 10  # a header is looked for among the first non-empty rows (titles may come first)
_HEADER_MAX_CHARS = 120  # longer cells are answers or notes, not column names
_NUMERIC = re.compile(r"^[-+]?(?:\d[\d\s.,]*)%?$")


@dataclass(frozen=True, slots=True)
class _Cell:
    """One non-empty cell as text, with what header detection needs to know about it."""

    column: int
    text: str
    label: bool  # a string that reads like a column name (not a number, not a paragraph)
    prose: bool  # a string too long to be a column name
    source: Any  # the openpyxl cell, for its font


def _number(value: float, percent: bool = False) -> str:
    """A number as people write it: 3 rather than 3.0, 0.3 rather than 0.30000000000000004, 25% for 0.25."""
    if value != value or value in (float("inf"), float("-inf")):
        return ""
    if percent:
        value *= 100
    value = round(value, 8 if percent else 10)
    text = str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(value)
    return f"{text}%" if percent else text


def _format(cell: Any) -> str:
    """The cell's value as one line of text; "" for empty cells and error values (#N/A, #DIV/0!)."""
    value = cell.value
    if value is None or cell.data_type == "e":
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        try:
            percent = "%" in (cell.number_format or "")
        except (IndexError, KeyError, AttributeError):  # a dangling style index loses the format only
            percent = False
        return _number(value, percent)
    return clean_text(str(value)).replace("\n", " ")


def _row_cells(row: tuple[Any, ...]) -> list[_Cell]:
    cells = []
    for column, cell in enumerate(row, start=1):
        text = _format(cell)
        if not text:
            continue
        is_string = isinstance(cell.value, str)
        prose = is_string and len(text) > _HEADER_MAX_CHARS
        label = is_string and not prose and not _NUMERIC.match(text)
        cells.append(_Cell(column, text, label, prose, cell))
    return cells


def _bold(cell: _Cell) -> bool:
    try:
        font = cell.source.font
    except (IndexError, KeyError, AttributeError):
        return False
    return bool(font is not None and font.b)


def _is_header(cells: list[_Cell], two_need_bold: bool = True) -> bool:
    """Mostly short non-numeric strings in two or more cells.

    A two-cell row is as likely a label and its value ("Contributor | Jane Ozola"), so in a workbook it counts
    as a header only when set in bold, as header rows usually are (a CSV file has no bold: ``two_need_bold``).
    """
    if len(cells) < 2 or any(cell.prose for cell in cells):
        return False
    if 3 * sum(cell.label for cell in cells) < 2 * len(cells):
        return False
    return len(cells) > 2 or not two_need_bold or all(_bold(cell) for cell in cells)


def _plain_line(cells: list[_Cell]) -> str:
    return " | ".join(cell.text for cell in cells)


def _named_line(cells: list[_Cell], header: dict[int, str]) -> tuple[str, PostRow | None]:
    """``Header: value`` pairs; a column without a header name is named by its letter. A board export's
    bookkeeping columns are left out, and a sheet of amendments' draft wording is quoted over the row
    (ingest.readers.sheet_columns). A sheet of posts' row comes with its cells (ingest.readers.sheet_posts), whose
    line is the last of the text."""
    left_out, draft = board_bookkeeping(header), draft_column(header)
    pairs = [
        (header.get(cell.column) or f"column {get_column_letter(cell.column)}", cell)
        for cell in cells
        if cell.column not in left_out
    ]
    written = [(name, cell.text) for name, cell in pairs if cell.column != draft]
    line = "; ".join(f"{name}: {text}" for name, text in written)
    drafted = [
        f"{QUOTE_MARK}{' '.join(name.split())}: {' '.join(cell.text.split())}"
        for name, cell in pairs
        if cell.column == draft
    ]
    post = post_row(written) if line and of_posts(header) else None
    return ("\n".join([*drafted, line]) if line else "\n".join(drafted)), post


class _Rows:
    """Groups a sheet's lines into passages of consecutive rows, counting characters against the budget."""

    def __init__(self, sheet: str | None, budget: CharBudget, passages: list[Passage]) -> None:
        self.sheet = sheet  # None: a file with one table and no sheets (CSV), located by rows alone
        self.budget = budget
        self.passages = passages
        self.lines: list[str] = []
        self.rows: list[int] = []
        self.posts: list[PostRow | None] = []  # for each line of the passage, the sheet of posts' row it writes
        self.chars = 0

    def add(self, row: int, line: str, prose: bool = False, post: PostRow | None = None, at: int = 0) -> None:
        """Add one row's line; a row holding prose (an answer, a position in a sentence or more) ends its passage:
        one respondent's answer to one question is found and cited as its row (with a title or short rows just
        above it), not diluted by the next row, which in a survey export is another question or respondent."""
        self.budget.add(line)
        if self.lines and (len(self.lines) >= _PASSAGE_ROWS or self.chars + len(line) + 1 > _PASSAGE_CHARS):
            self.flush()
        self.lines.append(line)
        self.rows.append(row)
        self.chars += len(line) + 1
        # ``at``: the line of ``line`` that writes a sheet of posts' row (a draft's wording is quoted over it, the
        # cells' notes by others under it)
        whole = post is not None and post.whole  # a survey respondent's answer: all its lines are theirs
        self.posts += [post if i == at or whole else None for i in range(line.count("\n") + 1)]
        if prose:
            self.flush()

    def flush(self) -> None:
        if not self.lines:
            return
        first, last = self.rows[0], self.rows[-1]
        rows = f"row {first}" if first == last else f"rows {first}-{last}"
        if self.sheet is None:
            location = Location(label=rows)
        else:
            location = Location(label=f"sheet {self.sheet}, {rows}", section=self.sheet, section_path=(self.sheet,))
        posts = tuple(self.posts) if any(self.posts) else ()
        self.passages.append(Passage("\n".join(self.lines), location, posts))
        self.lines, self.rows, self.posts, self.chars = [], [], [], 0


def _non_empty_rows(ws: Any, name: str, warnings_out: list[str]) -> Iterator[tuple[int, list[_Cell]]]:
    """(row number, cells) of each row with text, 1-based as the spreadsheet numbers them."""
    # The declared dimension is ignored: a wrong one would cut rows off, and A1:XFD1048576 would make
    # openpyxl pad every row to 16,384 cells.
    ws.reset_dimensions()
    empty_run = 0
    number = 0
    for row in ws.iter_rows():
        number += 1
        cells = _row_cells(row)
        if cells:
            number = getattr(cells[0].source, "row", number)
            empty_run = 0
            yield number, cells
            continue
        empty_run += 1
        if empty_run >= _MAX_EMPTY_RUN:
            warnings_out.append(
                f"sheet {name}: reading stopped at row {number:,} after {_MAX_EMPTY_RUN:,} empty rows in a row; "
                "anything further down was not read"
            )
            return


# a line under a table that says it is a note on it, whatever lies between: "Note: ...", "Source: ...", "* ..."
# in the languages of the other readers
_NOTE_LABEL = (
    r"notes?|n\.?\s?b\.?|sources?|remarks?|comments?|footnotes?|anmerkung(?:en)?|hinweise?|quellen?|remarques?"
    r"|opmerking(?:en)?|bron(?:nen)?|notas?|fuentes?|observaci[oó]n(?:es)?|fontes?|osservazion[ei]"
)
_NOTE = re.compile(rf"^(?:(?:{_NOTE_LABEL})\s*[:.]\s*\S|\*+\s*\S)", re.IGNORECASE)
# a bare label over the notes ("Notes", "Remarks:"): the sheet's furniture, holding nobody's words
_NOTES_LABEL = re.compile(rf"^(?:{_NOTE_LABEL})\s*:?$", re.IGNORECASE)


def _under_table(cells: list[_Cell], header: dict[int, str], gap: bool, notes: bool) -> bool:
    """Whether a row under a table is a note written under it rather than a row of it: one line of text in the
    table's first column with nothing beside it, after an empty row, opened by a note's label ("Note:",
    "Source:"), or below another such note."""
    if len(cells) != 1 or not (cells[0].label or cells[0].prose) or cells[0].column > min(header):
        return False
    return gap or notes or bool(_NOTE.match(cells[0].text))


# an item's number or mark in a cell of its own: "1", "2.", "3)", "a)", "-"
_ITEM_MARK = re.compile(r"^(?:\d{1,2}[.)]?|[a-z][.)]|[-•*–])$", re.IGNORECASE)


def _noted_item(cells: list[_Cell], header: dict[int, str]) -> str | None:
    """A numbered item under a note written under a table ("Recommendations of the applicant" over "1 | A
    micro-credential should ..."): its mark in the table's first column, its text in the next, nothing else. Read as
    the note's list, "1. A micro-credential should ...", never under the table's header, whose columns name the rows
    above it; None for any other row."""
    if len(cells) != 2 or cells[0].column > min(header) or cells[1].column != cells[0].column + 1:
        return None
    mark, text = cells[0].text.strip(), cells[1].text.strip()
    if not _ITEM_MARK.match(mark) or not cells[1].prose and len(text.split()) < _ITEM_WORDS:
        return None
    return f"{mark.rstrip('.)')}. {text}" if mark[0].isalnum() else f"{mark} {text}"


_ITEM_WORDS = 6


def _sheet_lines(
    ws: Any, name: str, warnings_out: list[str], two_need_bold: bool = True
) -> Iterator[tuple[int, str, bool, bool, dict[int, str] | None, PostRow | None]]:
    """(row number, line, whether the row holds prose, whether it starts a passage, the header naming its
    columns, a sheet of posts' row cell by cell) of one sheet: rows before the header (titles) as they are, rows
    after it as named fields, notes under the table as prose of their own; without a header among the first rows,
    every row as it is. A grid's cells (ingest.readers.sheet_grid) are each a passage under its own heading, located
    by the row under it."""
    waiting: list[tuple[int, list[_Cell]]] = []  # rows seen while the header is still being looked for
    header: dict[int, str] | None = None
    form: FormColumns | None = None  # the header is a survey tool's: each answer its own passage
    own: frozenset[int] | None = None  # the header is a questionnaire's: the respondent's own columns
    header_row: tuple[int, list[_Cell]] | None = None
    searching = True
    last = 0  # the row number of the last row with text
    notes = written = False  # in the notes written under the table; one of them written
    for item in with_grids(_non_empty_rows(ws, name, warnings_out)):
        if isinstance(item, Grid):
            # rows above a grid are read as they are; a table above it does not name what follows it
            if searching:
                yield from ((row, _plain_line(before), _prose(before), False, None, None) for row, before in waiting)
                waiting.clear()
            elif header_row is not None:
                yield header_row[0], _plain_line(header_row[1]), False, False, None, None
            header, form, header_row, last, notes, written = None, None, None, item.body[0], False, False
            own = None
            yield from ((item.body[0], text, True, True, None, None) for text in item.cells())
            continue
        number, cells = item
        gap, last = number > last + 1, number
        if searching:
            if _is_header(cells, two_need_bold):
                header = {cell.column: cell.text for cell in cells}
                form = form_columns(header)
                header_row = (number, cells)
                header, form, waiting = _title_question(header, form, waiting)
                own = questionnaire_columns(header) if form is None else None
            else:
                waiting.append((number, cells))
            if header is not None or len(waiting) >= _HEADER_SCAN_ROWS:
                searching = False
                # a questionnaire's title, respondent line and scale over its header are the form's words
                yield from (
                    (
                        row,
                        quoted(_plain_line(before)) if own else _plain_line(before),
                        _prose(before),
                        False,
                        None,
                        None,
                    )
                    for row, before in waiting
                )
            continue
        if header_row is not None and not gap:
            names = coded_header_names(header or {}, _pairs(cells))
            if names is None and all(cell.label for cell in cells):
                names = sub_header_names(header or {}, _pairs(cells))
            if names is not None:  # a second header row (question over sub-option): the form's, no one's data
                header, form, last = names, form_columns(names), number
                continue
        if header is not None and header_row is None and _under_table(cells, header, gap, notes):
            if not _NOTES_LABEL.match(cells[0].text):
                yield number, cells[0].text, _prose(cells), not written, None, None
                written = True
            notes = True
        elif header is not None and header_row is None and notes and (item_line := _noted_item(cells, header)):
            yield number, item_line, True, False, None, None  # an item of the note's list, as the note is read
        elif header is not None and form is not None:
            header_row = None  # a survey export's respondent: each answer found and cited on its own
            who = form_respondent(_pairs(cells), header, form)
            yield from ((number, text, True, True, header, who) for text in form_answers(_pairs(cells), header, form))
            notes = written = False
        elif header is not None and own is not None:
            header_row = None  # a questionnaire's row: the statement put to the respondent quoted, each row apart
            yield number, questionnaire_row(_pairs(cells), header, own), True, True, header, None
            notes = written = False
        elif header is not None:
            header_row = None  # the header has data under it
            line, post = _named_line(cells, header)
            yield number, line, _prose(cells), written, header, post
            notes = written = False
        else:
            yield number, _plain_line(cells), _prose(cells), False, None, None
    if searching:
        yield from ((row, _plain_line(before), _prose(before), False, None, None) for row, before in waiting)
    if header_row is not None:  # a header-like last row with nothing under it is just a row
        yield header_row[0], _plain_line(header_row[1]), False, False, None, None


def _title_question(
    header: dict[int, str], form: FormColumns | None, waiting: list[tuple[int, list[_Cell]]]
) -> tuple[dict[int, str], FormColumns | None, list[tuple[int, list[_Cell]]]]:
    """A title row over the header that asks a question (a sheet per question of a consultation) is the form's
    wording: when the header's bare "Answer" column then makes the sheet a survey tool's export, the question
    names that column and the title row goes (each answer carries it, quoted); otherwise the title stays, quoted,
    so that the question is never read as the sheet's writer's words."""
    at = next((i for i in range(len(waiting) - 1, -1, -1) if len(waiting[i][1]) == 1), None)
    if at is None or not waiting[at][1][0].text.rstrip().endswith("?"):
        return header, form, waiting
    row, (cell,) = waiting[at]
    if form is None:
        names = titled_header(header, cell.text)
        titled = form_columns(names) if names is not None else None
        if names is not None and titled is not None:
            return names, titled, waiting[:at] + waiting[at + 1 :]
    title = _Cell(cell.column, quoted(cell.text), cell.label, cell.prose, cell.source)
    return header, form, [*waiting[:at], (row, [title]), *waiting[at + 1 :]]


def _pairs(cells: list[_Cell]) -> list[tuple[int, str]]:
    return [(cell.column, cell.text) for cell in cells]


def _prose(cells: list[_Cell]) -> bool:
    """Whether a row holds prose: a cell too long to be a label, or one that reads as a sentence (twelve words or
    more ending with a stop), as a survey's answers and a position paper's rows do; a short comment beside figures
    ("Learners want the workload stated.") keeps its row with its neighbours."""
    return any(
        cell.prose or (len(cell.text.split()) >= 12 and cell.text.rstrip().endswith((".", "!", "?"))) for cell in cells
    )


# a cell's comment (note): its text, and its author when they are someone other than the workbook's writer
Comments = Mapping[tuple[int, int], Sequence[tuple[str, str | None]]]


def _with_comments(line: str, row: int, header: dict[int, str] | None, comments: Comments) -> str:
    """The row's line with its cells' comments: the writer's own as the cell's note, in the line ("(note on Fee
    (EUR): ...)"); another person's as a quoted line under it ("> Note by Jana Ozola on Fee (EUR): ..."), kept
    to find the row but never read as the writer's words."""
    quoted: list[str] = []
    for (at, column), notes in sorted(comments.items()):
        if at != row:
            continue
        where = (header or {}).get(column) or f"{get_column_letter(column)}{row}"
        for text, author in notes:
            if author is None:
                line += f" (note on {where}: {text})"
            else:
                quoted.append(f"{QUOTE_MARK}Note{f' by {author}' if author else ''} on {where}: {text}")
    return "\n".join([line, *quoted])


def read_sheet(
    ws: Any,
    name: str,
    budget: CharBudget,
    passages: list[Passage],
    warnings_out: list[str],
    *,
    in_workbook: bool = True,
    comments: Comments | None = None,
) -> str:
    """Passages of one sheet; returns why the sheet broke part-way ("" when it read to the end), keeping
    the rows read before the damage. ``ws`` needs ``reset_dimensions()`` and ``iter_rows()`` giving cells with
    ``value``, ``data_type``, ``number_format``, ``font`` and ``row``; outside a workbook (CSV) passages are
    located by rows alone and a two-column header needs no bold. ``comments`` are the cells' comments by (row,
    column): their text, and None for the workbook's writer or the name of the other person who wrote them."""
    out = _Rows(name if in_workbook else None, budget, passages)
    rows = {row for row, _ in comments or {}}
    try:
        for number, line, prose, apart, header, post in _sheet_lines(ws, name, warnings_out, in_workbook):
            if apart:
                out.flush()
            at = line.count("\n")  # the row's own line is the last before its cells' comments
            if number in rows:
                rows.discard(number)
                written = line.split("\n")[at]
                line = _with_comments(line, number, header, comments or {})
                if post is not None:  # the writer's own notes on the row's cells go with the row
                    post = replace(post, note=line.split("\n")[at][len(written) :])
            out.add(number, line, prose, post, at)
    except PARSE_ERRORS as exc:  # LimitExceeded is none of these: it ends the whole file
        return _short(exc)
    finally:
        out.flush()
    if rows:
        warnings_out.append(
            f"sheet {name}: cell comments on {len(rows)} row(s) not read (the header row or rows without text)"
        )
    return ""


def _short(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc)[:120]}"
