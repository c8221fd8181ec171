"""Metadata sheets saved by LibreOffice Calc (.ods): the first sheet's cells, read from the file's own XML.

Repeated rows and columns (how Calc stores blank stretches) are expanded only where they hold something, and a
cell spanning others (merged) fills them, as in an .xlsx sheet.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

__all__ = ["ods_tables"]

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
_MAX_XML = 100 * 1024 * 1024  # content.xml of a metadata sheet is small; larger is damaged or hostile
_MAX_COLUMNS = 200
_MAX_ROWS = 100_000


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


def _value(cell: Any) -> str:
    """A cell as text: a date as YYYY-MM-DD, a whole number without '.0', else its paragraphs."""
    kind = cell.get(_q("office:value-type"), "")
    if kind == "date":
        return (cell.get(_q("office:date-value")) or "")[:10]
    if kind in ("float", "percentage", "currency"):
        raw = cell.get(_q("office:value")) or ""
        try:
            number = float(raw)
        except ValueError:
            return raw
        return str(int(number)) if number.is_integer() else raw
    paragraphs = []
    for paragraph in cell.iter(_q("text:p")):
        paragraphs.append(" ".join("".join(paragraph.itertext()).split()))
    return "\n".join(paragraphs)


def _rows(table: Any) -> Any:
    """The table's rows in order, through header-row and row-group wrappers."""
    for child in table:
        if child.tag == _q("table:table-row"):
            yield child
        elif child.tag in (_q("table:table-header-rows"), _q("table:table-rows"), _q("table:table-row-group")):
            yield from _rows(child)


def ods_tables(path: Path, max_rows: int | None = None, sheets: int = 10) -> list[tuple[str, list[list[str]]]]:
    """The first ``sheets`` sheets of an .ods file as (name, rows of cell texts); ValueError saying why when it
    cannot be read."""
    from lxml import etree

    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("content.xml")
            if info.file_size > _MAX_XML:
                raise ValueError(f"content.xml is too large for a metadata sheet ({info.file_size} bytes)")
            manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in archive.namelist() else b""
            if b"encryption-data" in manifest:
                raise ValueError("the sheet is password-protected; save it without a password")
            data = archive.read("content.xml")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise ValueError(f"not an OpenDocument spreadsheet ({exc}); save it again as .ods or .csv") from exc
    except OSError as exc:
        raise ValueError(f"cannot read the file ({exc.strerror or exc})") from exc
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"damaged content.xml ({exc})") from exc
    spreadsheet = root.find(f".//{_q('office:spreadsheet')}")
    tables = [] if spreadsheet is None else spreadsheet.findall(_q("table:table"))[:sheets]
    if not tables:
        raise ValueError("the file holds no sheet")
    return [(table.get(_q("table:name"), ""), _grid(table, max_rows)) for table in tables]


def _grid(table: Any, max_rows: int | None) -> list[list[str]]:
    """One sheet's rows of cell texts, spans filled."""
    grid: list[list[str]] = []
    spans: list[tuple[int, int, int, int]] = []
    limit = min(max_rows or _MAX_ROWS, _MAX_ROWS)
    for row in _rows(table):
        cells: list[str] = []
        for cell in row:
            if cell.tag not in (_q("table:table-cell"), _q("table:covered-table-cell")):
                continue
            text = _value(cell) if cell.tag == _q("table:table-cell") else ""
            repeat = int(cell.get(_q("table:number-columns-repeated"), "1") or 1)
            if text:
                down = int(cell.get(_q("table:number-rows-spanned"), "1") or 1)
                across = int(cell.get(_q("table:number-columns-spanned"), "1") or 1)
                if down > 1 or across > 1:
                    spans.append((len(grid), len(cells), down, across))
            cells.extend([text] * min(repeat, max(0, _MAX_COLUMNS - len(cells))))  # blanks at the end go
        while cells and not cells[-1]:
            cells.pop()
        repeat = int(row.get(_q("table:number-rows-repeated"), "1") or 1)
        grid.extend([cells] * (min(repeat, limit - len(grid)) if cells else min(repeat, 1)))
        if len(grid) >= limit:
            break
    for r, c, down, across in spans:
        value = grid[r][c]
        for rr in range(r, min(r + down, len(grid))):
            row_cells = grid[rr] = list(grid[rr])
            row_cells.extend([""] * (c + across - len(row_cells)))
            for cc in range(c, c + across):
                row_cells[cc] = value
    return grid
