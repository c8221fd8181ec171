"""The shape of a metadata sheet kept by hand: where its header row is, a second header row under merged group
names, rows that are totals or notes, and cells that list several files.

A sheet often opens with a title row or a few notes, has blank rows and columns, groups columns under merged
names ("Contributor" over "Name | Organisation | Country") and ends with a "Total" or "Notes" row. None of that
may move a value into another field, so the header row must name the file column or two of our fields, a
group name only joins the names under it ("Contributor" + "Organisation" is the organisation), and a row is
dropped only when its file cell is a total or a note, never guessed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from ingest.metadata_headers import canonical_field, is_notes_column, is_number_column, names_a_person, none_of_ours

__all__ = ["HEADER_SCAN", "closes", "file_names", "guess_delimiter", "header_index", "is_header", "sub_header"]

HEADER_SCAN = 15  # rows looked at for the header: a title and a few notes above it, never the data below
_FILE_NAME = re.compile(r"\.[A-Za-z0-9]{2,5}$")
# A file cell that closes the table rather than naming a file ("Total", "Notes:", "Source: ...").
_CLOSING = re.compile(
    r"^(?:sub)?totals?\b|^(?:sum|count|notes?|sources?|comments?|remarks?|legend|key)\s*[:.\-]?", re.I
)
_SEPARATORS = re.compile(r"\s*[;\n|]\s*")
_COMMA = re.compile(r"\s*,\s*")
_WORDS = re.compile(r"\s+(?:and|&|\+|/)\s+", re.I)  # "a.pdf and b.pptx", "a.pdf + b.pdf"


def guess_delimiter(data: str | bytes | bytearray, scan: int = HEADER_SCAN) -> str:
    """The separator of a table saved as text: spreadsheets in many locales save ``;`` (or tab) instead of ``,``.

    Among the first ``scan`` lines, the separator that most lines hold the same number of times decides (then the
    larger number): a title or a note above the header may hold none, or a comma in its prose, and a cell's prose
    may list things with commas ("Courses, modules and units") in a sheet saved with semicolons. Works on the text
    or on the raw bytes, counted in place: a metadata sheet's bytes may hold passwords not yet blanked, and a copy
    of them would stay in memory."""
    newline = "\n" if isinstance(data, str) else b"\n"
    spans, start = [], 0
    while start < len(data) and len(spans) < scan:
        end = data.find(newline, start)
        end = len(data) if end < 0 else end
        spans.append((start, end))
        start = end + 1

    def steadiest(separator: str) -> tuple[int, int]:
        # how many lines share the commonest non-zero count of this separator, and that count: a table's
        # separator cuts every row alike, while commas in a title's or a cell's prose vary from line to line
        sub = separator if isinstance(data, str) else separator.encode()
        counts = Counter(n for n in (data.count(sub, a, b) for a, b in spans) if n)
        return max(((lines, n) for n, lines in counts.items()), default=(0, 0))

    scores = {d: steadiest(d) for d in (",", ";", "\t")}
    best = max(scores, key=lambda d: scores[d])
    return best if scores[best][0] else ","


def _known(cells: Sequence[str]) -> tuple[int, set[str]]:
    names = [canonical_field(cell) for cell in cells if cell and cell.strip()]
    return len(names), {name for name in names if name}


def is_header(cells: Sequence[str]) -> bool:
    """Whether a row reads as the header: it names a password column, or has two cells or more and names the
    file column (a title row is one cell, however its words read)."""
    count, known = _known(cells)
    return "password" in known or (count >= 2 and "file" in known)


def header_index(rows: Iterable[Sequence[str]]) -> int:
    """Index of the header among the first rows: the first that :func:`is_header`, else the first naming two of
    our fields (for the refusal to show), else 0.

    A note above the header ("Date: 3 March | Author: secretariat") names two fields too; the file column is
    what tells the header from it."""
    looser = None
    for number, cells in enumerate(rows):
        if number >= HEADER_SCAN:
            break
        if is_header(cells):
            return number
        count, known = _known(cells)
        if looser is None and count >= 2 and len(known) >= 2:
            looser = number
    return looser or 0


def sub_header(header: Sequence[str], below: Sequence[str]) -> list[str] | None:
    """The column names when the row ``below`` the header names the columns under group names, else None.

    "Contributor" spanning three columns over "Name | Organisation | Country" gives "Contributor Name",
    "Contributor Organisation", "Contributor Country". The row below is a second header only when it names
    two of our fields, holds no file name and the header has gaps a group name spans (merged cells leave
    them empty; a spreadsheet fills them with the group's name)."""
    cells = [cell.strip() for cell in below]
    if sum(1 for cell in cells if cell) < 2 or any(_FILE_NAME.search(cell) for cell in cells):
        return None
    if len({canonical_field(cell) for cell in cells if cell} - {"", "password"}) < 2:
        return None
    top = [cell.strip() for cell in header] + [""] * max(0, len(cells) - len(header))
    filled = [cell for cell in top if cell]
    if len(filled) == len(top) and len(set(filled)) == len(filled):
        return None  # a full header of distinct names has nothing spanning: the row below is data
    names, group = [], ""
    below_cells = cells + [""] * (len(top) - len(cells))
    for top_cell, cell in zip(top, below_cells, strict=True):
        group = top_cell or group  # a merged name covers the empty cells to its right
        parts = [part for part in (group, cell) if part]
        names.append(_joined(group, cell) if len(parts) == 2 else " ".join(parts))
    return _own_name_column(names, below_cells)


def _own_name_column(names: list[str], cells: list[str]) -> list[str]:
    """``names`` with no column made the contributor's by its group's word alone ("Autor" merged over "Rb. | Ime i
    prezime" reads "Autor Rb."), when a cell under the groups names the contributor by itself: that column is the
    name, the other keeps only its own header."""
    if not any(canonical_field(cell) == "contributor" for cell in cells if cell):
        return names
    return [
        cell if canonical_field(name) == "contributor" and canonical_field(cell) != "contributor" else name
        for name, cell in zip(names, cells, strict=True)
    ]


def _joined(group: str, cell: str) -> str:
    """A column's name under a group name: both joined ("Organisation" over "Name" is the organisation's name),
    unless the group's word swallows a field the cell names by itself, or the two read as none ("Indiener" or
    "Beitragende" over "Land": joined, the contributor or nothing, since "Land" is a country only as a whole
    header). A cell that only names a person or a type ("Name", "Type") takes its meaning from the group."""
    if is_notes_column(cell) or is_number_column(cell):
        return cell  # "Zaprimanje" over "Napomene": notes (or a running number) under any group, expected there
    joined = " ".join(dict.fromkeys((group, cell)))
    field, alone = canonical_field(joined), canonical_field(cell)
    if not field and names_a_person(cell) and not none_of_ours(group):
        # "Podnositelj" or "Kontakt" merged over "Ime i prezime": a person's name written whole is the name
        # whatever group a sheet puts it under, unless the group says whose it is and that is nobody's we read
        return cell
    if field in ("", canonical_field(group)) and alone not in ("", "contributor", "kind", field):
        return cell
    return joined


# a note written under the table in a cell of its own (merged across the row): a sentence, never a file's name
_NOTE_MIN_WORDS = 4


def closes(record: Sequence[str]) -> bool:
    """Whether a row closes the table ("Total | 3 documents", "Notes: ..."): its first cell says so and no cell
    names a file; or its only cell is a sentence that ends in no file's extension ("Contributions received after
    the deadline are listed on the second sheet."), a note merged across the row rather than a file row."""
    cells = [cell.strip() for cell in record if cell and cell.strip()]
    # a workbook's merged cell gives its value to every cell it spans: one sentence however many cells hold it
    if len(set(cells)) == 1 and len(cells[0].split()) >= _NOTE_MIN_WORDS and not _FILE_NAME.search(cells[0]):
        return True
    return bool(cells) and bool(_CLOSING.match(cells[0])) and not any(_FILE_NAME.search(cell) for cell in cells)


def file_names(cell: str) -> list[str]:
    """The file name(s) a row's file cell gives: several when it lists them ("a.pdf; b.pptx"), none when the
    row is a total or a note."""
    value = cell.strip()
    if not value or (_CLOSING.match(value) and not _FILE_NAME.search(value)):
        return []
    for separator in (_SEPARATORS, _COMMA, _WORDS):  # each only when every part it gives is a file name
        parts = [p.strip() for p in separator.split(value) if p.strip()]
        if len(parts) > 1 and all(_FILE_NAME.search(p) for p in parts):
            return parts
    return [value]
