"""Workbooks kept as metadata sheets (.xlsx, .xlsm, LibreOffice's .ods): the sheet that holds the table, as text.
Outlines kept as a table read their sheets here too (``workbook_sheets``), so both read cells the same way.

A workbook kept by hand often opens with an instructions sheet, merges a group name over the columns under it
or one contributor over two files' rows; the table is the first visible sheet whose header names a file
column, and a merged cell's value fills every cell it covers.
"""

from __future__ import annotations

from pathlib import Path

from ingest.metadata_headers import canonical_field
from ingest.metadata_table import header_index, is_header

__all__ = ["workbook_sheets", "workbook_table"]

_MERGE_LIMIT = 5 * 1024 * 1024  # larger workbooks are streamed, without reading their merged cells


def workbook_table(path: Path, max_rows: int | None = None) -> tuple[str, list[list[str]], bool]:
    """(sheet name, cells as text, whether it is the first sheet) of the sheet holding the table: the first
    visible sheet whose header names a file column, else the first sheet (a workbook kept by hand often opens
    with instructions). ValueError names the reason a workbook cannot be read."""
    kind = "sheet" if path.suffix.lower() == ".ods" else "workbook"
    try:
        sheets = workbook_sheets(path, max_rows)
    except ValueError as exc:
        raise ValueError(f"cannot read metadata {kind}: {exc}") from exc
    return _table_sheet(sheets)


def workbook_sheets(path: Path, max_rows: int | None = None) -> list[tuple[str, list[list[str]]]]:
    """(name, cells as text) of the first visible sheets of an .xlsx, .xlsm or .ods file (a hidden sheet only
    when it comes first), for any table kept in a workbook: metadata sheets, outlines kept as tables.

    A merged cell's value fills every cell it covers ("Contributor" over three columns, one contributor over two
    files' rows, one section over its questions); dates read YYYY-MM-DD and whole numbers without '.0'.
    ValueError says why the file cannot be read (damaged, password-protected, not a workbook)."""
    if path.suffix.lower() == ".ods":
        from ingest.metadata_ods import ods_tables

        return ods_tables(path, max_rows)
    from openpyxl import load_workbook

    _refuse_compound_file(path)
    try:
        streamed = path.stat().st_size > _MERGE_LIMIT
        book = load_workbook(path, read_only=streamed, data_only=True)
    except OSError as exc:
        raise ValueError(f"cannot read the file ({exc.strerror or exc})") from exc
    except Exception as exc:  # openpyxl raises many types for a damaged or foreign file
        raise ValueError(
            f"not a workbook that can be opened ({type(exc).__name__}: {exc}); save it again as .xlsx or .csv"
        ) from exc
    try:
        if not book.worksheets:
            raise ValueError("the workbook has no sheet")
        sheets = []
        for sheet in book.worksheets[:_SHEETS]:
            if getattr(sheet, "sheet_state", "visible") != "visible" and sheets:
                continue
            grid = [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True, max_row=max_rows)]
            for merged in () if streamed else sheet.merged_cells.ranges:
                value = _at(grid, merged.min_row - 1, merged.min_col - 1)
                for r in range(merged.min_row - 1, min(merged.max_row, len(grid))):
                    row = grid[r]
                    row.extend([""] * (merged.max_col - len(row)))
                    for c in range(merged.min_col - 1, merged.max_col):
                        row[c] = value
            sheets.append((sheet.title, grid))
        return sheets
    finally:
        book.close()


_SHEETS = 10  # sheets looked at for the table


def _refuse_compound_file(path: Path) -> None:
    """A password-protected .xlsx (or an old .xls renamed) is an OLE compound file, not a zip: say which, in the
    contribution reader's words, rather than openpyxl's 'File is not a zip file'."""
    from ingest.readers.xlsx import _OLE_MAGIC, _ole_refusal

    try:
        with path.open("rb") as handle:
            head = handle.read(len(_OLE_MAGIC))
    except OSError:
        return  # openpyxl's own error says why
    if head == _OLE_MAGIC:
        raise ValueError(str(_ole_refusal(path, None)))


def _table_sheet(tables: list[tuple[str, list[list[str]]]]) -> tuple[str, list[list[str]], bool]:
    """The first of the sheets whose header names a file column, else the first one."""
    for number, (name, grid) in enumerate(tables):
        head = header_index(grid)
        if head < len(grid) and is_header(grid[head]) and "file" in {canonical_field(cell) for cell in grid[head]}:
            return name, grid, number == 0
    name, grid = tables[0] if tables else ("", [])
    return name, grid, True


def _at(grid: list[list[str]], r: int, c: int) -> str:
    return grid[r][c] if r < len(grid) and c < len(grid[r]) else ""


def _cell(value: object) -> str:
    """A spreadsheet cell as text: a date as YYYY-MM-DD, a whole number without '.0'."""
    if value is None:
        return ""
    if hasattr(value, "date") and hasattr(value, "isoformat"):
        return value.date().isoformat() if callable(value.date) else value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
