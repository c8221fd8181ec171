"""LibreOffice Calc workbooks (.ods): each visible sheet's rows read as the Excel reader reads a sheet.

The sheets come from the file's own XML (content.xml), through the row reader the workbook and CSV readers share
(:mod:`ingest.readers.sheet_rows`): under a header row each row reads ``Column: value; ...``, located
``sheet <name>, rows A-B``, a row holding prose is a passage of its own, notes under the table are prose. A header
of two columns counts when it is set in bold, as in a workbook, so the cells' bold comes from their styles. Calc
stores blank stretches as repeated rows and cells: they are expanded only where they hold something. A cell's
comment (``office:annotation``) is never part of its text: it is read as a quoted line under its row in its
author's name, as an Excel comment by anyone but the workbook's writer is. Hidden sheets are skipped with a
warning; a password-protected file is refused saying so.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ingest.model import Passage, ReadResult
from ingest.readers.base import Limits, ReadError
from ingest.readers.odf import _NS as _ODF_NS
from ingest.readers.odf import _PARSER, _OdfReader, _one_line, _properties, _rows
from ingest.readers.sheet_rows import read_sheet
from ingest.readers.text import CharBudget, clean_text

_NS = {
    **_ODF_NS,
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_MAX_COLUMNS = 200  # a sheet's text never runs wider; Calc repeats blank cells to column 1024 or more
_MAX_BLANK_RUN = 1000  # blank rows repeated past this are the sheet's padding, not a gap in the table
_MAX_REPEAT = 1000  # a row of text repeated more often is read this often (the text budget bounds the rest)


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_CELL, _COVERED = _q("table:table-cell"), _q("table:covered-table-cell")
_ANNOTATION, _PARAGRAPH = _q("office:annotation"), _q("text:p")


@dataclass(frozen=True)
class _Font:
    b: bool


@dataclass(frozen=True)
class _Cell:
    """What the sheet reader asks of a cell."""

    value: Any
    row: int
    data_type: str = "s"
    number_format: str = "General"
    font: _Font | None = None


def _styles(*roots: Any) -> tuple[set[str], set[str]]:
    """The names of the bold cell styles (following each style's parents) and of the hidden table styles."""
    parents: dict[str, str] = {}
    bold: dict[str, bool] = {}
    hidden: set[str] = set()
    for root in roots:
        if root is None:
            continue
        for style in root.iter(_q("style:style")):
            name = style.get(_q("style:name"))
            if not name:
                continue
            parents[name] = style.get(_q("style:parent-style-name")) or ""
            text = style.find("style:text-properties", _NS)
            if text is not None and text.get(_q("fo:font-weight")):
                bold[name] = text.get(_q("fo:font-weight")) in ("bold", "700", "800", "900")
            table = style.find("style:table-properties", _NS)
            if table is not None and table.get(_q("table:display")) == "false":
                hidden.add(name)

    def is_bold(name: str, depth: int = 0) -> bool:
        if name in bold or depth > 10:
            return bold.get(name, False)
        return bool(parents.get(name)) and is_bold(parents[name], depth + 1)

    return {name for name in parents if is_bold(name)}, hidden


def _text(cell: Any) -> str:
    """A cell's paragraphs, one per line, without its comment."""
    lines = []
    for paragraph in cell.iter(_PARAGRAPH):
        if any(ancestor.tag == _ANNOTATION for ancestor in paragraph.iterancestors()):
            continue
        lines.append(" ".join("".join(paragraph.itertext()).split()))
    return "\n".join(line for line in lines if line)


def _value(cell: Any) -> tuple[Any, str, str]:
    """The cell's value, data type and number format as the sheet reader takes them from openpyxl."""
    kind = cell.get(_q("office:value-type"), "")
    if kind in ("float", "percentage", "currency"):
        try:
            number = float(cell.get(_q("office:value")) or "")
        except ValueError:
            return _text(cell) or None, "s", "General"
        if kind == "currency":  # "120 EUR" as Calc shows it says more than 120
            return _text(cell) or number, "s", "General"
        return number, "n", "0%" if kind == "percentage" else "General"
    if kind == "date":
        raw = (cell.get(_q("office:date-value")) or "")[:19]
        try:
            return dt.datetime.fromisoformat(raw), "d", "General"
        except ValueError:
            return _text(cell) or None, "s", "General"
    if kind == "boolean":
        return (cell.get(_q("office:boolean-value")) or "") == "true", "b", "General"
    return _text(cell) or None, "s", "General"


def _comment(cell: Any) -> tuple[str, str] | None:
    """A cell's comment and its author ("" when unnamed), or None."""
    note = cell.find("office:annotation", _NS)
    if note is None:
        return None
    text = " ".join(" ".join("".join(p.itertext()).split()) for p in note.iter(_PARAGRAPH)).strip()
    author = _one_line(note.findtext("dc:creator", "", _NS))
    return (clean_text(text), author) if text else None


class _Sheet:
    """One table of the file: its rows of cells, gathering the cells' comments by (row, column) as they are
    walked."""

    def __init__(self, table: Any, bold: set[str]) -> None:
        self._table, self._bold = table, bold
        self.comments: dict[tuple[int, int], list[tuple[str, str | None]]] = {}

    def iter_rows(self) -> Iterator[tuple[_Cell, ...]]:
        number = 0
        column_styles = self._column_styles()
        for row in _rows(self._table):
            repeat = int(row.get(_q("table:number-rows-repeated"), "1") or 1)
            row_style = row.get(_q("table:default-cell-style-name")) or ""
            cells = list(self._cells(row, number + 1, column_styles, row_style))
            if any(c.value not in (None, "") for c in cells):
                for _ in range(min(repeat, _MAX_REPEAT)):
                    number += 1
                    yield tuple(_Cell(c.value, number, c.data_type, c.number_format, c.font) for c in cells)
            else:  # blank rows: as many as they stand for, unless they pad the sheet to its end
                if repeat >= _MAX_BLANK_RUN:
                    return
                for _ in range(repeat):
                    number += 1
                    yield ()

    def _column_styles(self) -> list[str]:
        styles: list[str] = []
        for column in self._table.iter(_q("table:table-column")):
            repeat = int(column.get(_q("table:number-columns-repeated"), "1") or 1)
            styles += [column.get(_q("table:default-cell-style-name")) or ""] * min(repeat, _MAX_COLUMNS)
            if len(styles) >= _MAX_COLUMNS:
                break
        return styles

    def _cells(self, row: Any, number: int, column_styles: list[str], row_style: str) -> Iterator[_Cell]:
        column = 0
        for cell in row:
            if cell.tag not in (_CELL, _COVERED):
                continue
            repeat = int(cell.get(_q("table:number-columns-repeated"), "1") or 1)
            value, kind, fmt = _value(cell) if cell.tag == _CELL else (None, "s", "General")
            if value in (None, "") and repeat > 1:  # a blank stretch: it holds nothing to repeat
                column += repeat
                if column >= _MAX_COLUMNS:
                    return
                continue
            note = _comment(cell)
            for _ in range(min(repeat, _MAX_COLUMNS - column)):
                column += 1
                default = column_styles[column - 1] if column <= len(column_styles) else ""
                style = cell.get(_q("table:style-name")) or row_style or default
                if note is not None:
                    self.comments.setdefault((number, column), []).append(note)
                yield _Cell(value, number, kind, fmt, _Font(style in self._bold))
            if column >= _MAX_COLUMNS:
                return


@dataclass(frozen=True)
class _Rows:
    """A sheet's rows, read once, as the row reader asks for them."""

    rows: list[tuple[_Cell, ...]]

    def reset_dimensions(self) -> None:
        """Nothing to reset: the rows are already read."""

    def iter_rows(self) -> Iterator[tuple[_Cell, ...]]:
        return iter(self.rows)


class OdsReader(_OdfReader):
    """Reads .ods workbooks sheet by sheet, rows grouped into passages located by sheet and rows."""

    label = "ODS"
    extensions: tuple[str, ...] = (".ods",)
    revision = 8

    @property
    def version(self) -> str:
        """The installed lxml version (the walk is our own) and the revision of our reading of a workbook (2: a survey
        tool's export reads each answer under its quoted question, the tool's columns left out; 3: a second header row
        of sub-options is folded into the header, never read as a respondent's row; 4: a board export's bookkeeping
        columns are left out and a sheet of amendments quotes the draft's wording, ingest.readers.sheet_columns; 5: an
        issue tracker's or a post wall's export leaves its key, type, status, dates, labels and counts out, its author
        column kept for ingest; 6: a questionnaire's statements beside "Your rating" are quoted, each row a passage of
        its own; 7: an author column is known however its tool spells it, and a sheet of posts with no title column
        leaves its bookkeeping out too; 8: a survey export's respondent is named on each answer, its tracking columns
        left out, numbered items under a note under the table read as the note's list)."""
        return super().version.replace("reading", "rows")

    def _passages(self, archive: zipfile.ZipFile, content: Any, limits: Limits) -> ReadResult:
        tables = content.findall("office:body/office:spreadsheet/table:table", _NS)
        if not tables:
            raise ReadError("no sheet found")
        try:
            styles_root = etree_from(archive, "styles.xml")
        except ReadError:
            styles_root = None
        bold, hidden_styles = _styles(content, styles_root)
        budget = CharBudget(limits)
        passages: list[Passage] = []
        notes: list[str] = []
        hidden: list[str] = []
        for table in tables:
            name = _one_line(table.get(_q("table:name")) or "") or "(unnamed)"
            if table.get(_q("table:style-name")) in hidden_styles:
                hidden.append(name)
                notes.append(f"sheet {name} is hidden; not read")
                continue
            sheet = _Sheet(table, bold)
            rows = _Rows(list(sheet.iter_rows()))  # walked once: the row reader takes the comments up front
            broken = read_sheet(rows, name, budget, passages, notes, comments=sheet.comments)
            if broken:
                notes.append(f"sheet {name} is damaged and was not read to the end ({broken})")
        if not passages:
            raise ReadError(
                f"no text found (hidden sheets not read: {', '.join(hidden)})" if hidden else "no text found"
            )
        properties = _properties(archive, None)
        return ReadResult(tuple(passages), properties, tuple(notes), units=len(tables))


def etree_from(archive: zipfile.ZipFile, member: str) -> Any:
    """A member of the archive parsed, or ReadError when it is missing or broken."""
    from lxml import etree

    try:
        return etree.fromstring(archive.read(member), _PARSER)
    except (KeyError, etree.LxmlError) as exc:
        raise ReadError(f"{member} not read ({exc})") from exc
