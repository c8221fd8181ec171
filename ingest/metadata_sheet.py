"""Metadata sheets as users keep them: .csv (any of , ; tab, with or without a BOM, UTF-8 or the Windows code
page), .xlsx or .ods (first sheet), headers in any case and under their common names.

A sheet may hold PDF passwords. They are blanked in the raw bytes before a CSV is parsed, so the process that
writes the workspace never holds one; only the reader process asks for them (``PasswordRef``).
"""

from __future__ import annotations

import contextlib
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ingest.metadata_headers import WEAK_DATE_HEADERS, canonical_field, fold, header_notes, in_other_language
from ingest.metadata_kinds import as_letter, writes_brief_for_letter
from ingest.metadata_names import people_in, person_names
from ingest.metadata_table import (
    HEADER_SCAN,
    closes,
    file_names,
    guess_delimiter,
    header_index,
    is_header,
    sub_header,
)
from ingest.metadata_values import column_date_order, iso_date
from ingest.readers.base import ReadError
from ingest.readers.legacy_encoding import decode_legacy


class MetadataError(ValueError):
    """A metadata file that cannot be used; the message names the file and the reason."""


# What the ingest process sees in the password column: that one was given, never what it is.
PASSWORD_GIVEN = "(given)"


@dataclass(frozen=True)
class PasswordRef:
    """Where a file's password is: its row in a metadata CSV. Resolved only where the file is read.

    The ingest process hands this to the reader process instead of the password, so the password never
    enters the memory of the process that writes the workspace (Chroma's HNSW files are written with
    uninitialised slack that can hold any bytes that process once held).
    """

    csv: str
    file: str

    def resolve(self) -> str | None:
        """The password in the CSV's row for ``file``, or None when there is none (any more)."""
        try:
            row = read_metadata_csv(Path(self.csv), keep_passwords=True).get(self.file) or {}
        except MetadataError as exc:
            raise ReadError(f"cannot read the password from the metadata: {exc}") from None
        return (row.get("password") or "").strip() or None


def _records(data: bytearray, delimiter: int = 44) -> Iterator[list[tuple[int, int]]]:
    """Byte spans of the fields of each CSV record, following the csv module's default (excel) dialect."""
    quote, cr, lf = b'"\r\n'
    record: list[tuple[int, int]] = []
    start, state, i, n = 0, "start", 0, len(data)
    while i < n:
        c = data[i]
        if state == "quoted":
            if c == quote:
                if i + 1 < n and data[i + 1] == quote:
                    i += 2
                    continue
                state = "field"
        elif c == delimiter:
            record.append((start, i))
            start, state = i + 1, "start"
        elif c in (cr, lf):
            record.append((start, i))
            yield record
            record = []
            if c == cr and i + 1 < n and data[i + 1] == lf:
                i += 1
            start, state = i + 1, "start"
        elif c == quote and state == "start":
            state = "quoted"
        else:
            state = "field"
        i += 1
    if record or start < n:
        record.append((start, n))
        yield record


def _blank_passwords(data: bytearray, delimiter: str = ",") -> None:
    """Overwrite every value of the password column in place, before any of it is decoded into a string.

    Rows are decoded only up to the header (a title or notes above it hold no password: the first row that
    names a password column is the header), and the row under it only after its password cell is blanked."""

    def text(span: tuple[int, int]) -> str:
        return bytes(data[span[0] : span[1]]).decode("utf-8", "replace").lstrip("\ufeff").strip(' \t"')

    def blank(spans: list[tuple[int, int]], column: int | None) -> None:
        if column is not None and column < len(spans):
            a, b = spans[column]
            if any(data[j] not in b' \t"' for j in range(a, b)):  # a marker where one was given, not its length
                data[a:b] = b"*" + b" " * (b - a - 1)

    records = list(_records(data, ord(delimiter)))
    head = 0
    for number, spans in enumerate(records[:HEADER_SCAN]):
        if is_header([text(span) for span in spans]):
            head = number
            break
    header = [text(span) for span in records[head]] if records else []
    column = _password_column(header)
    first_data = head + 1
    if first_data < len(records):
        blank(records[first_data], column)
        combined = sub_header(header, [text(span) for span in records[first_data]])
        if combined is not None:  # a second header row: the data start below it
            column, first_data = _password_column(combined), first_data + 1
    for spans in records[first_data:]:
        blank(spans, column)


def _password_column(header: list[str]) -> int | None:
    """Index of the (first) password column of a header, or None."""
    names = [canonical_field(cell) for cell in header]
    return names.index("password") if "password" in names else None


def _read_bytes(path: Path, limit: int | None = None) -> bytearray:
    """The file's bytes (the first ``limit`` of them) in a buffer we own (no copies left behind by buffered
    reading)."""
    with path.open("rb", buffering=0) as handle:
        size = path.stat().st_size
        data = bytearray(size if limit is None else min(size, limit))
        view, got = memoryview(data), 0
        while got < len(data):
            step = handle.readinto(view[got:])
            if not step:
                break
            got += step
        view.release()
    del data[got:]
    return data


def read_metadata_csv(path: Path, *, keep_passwords: bool = False) -> dict[str, dict[str, str]]:
    """Rows of a metadata sheet (.csv, or .xlsx by its suffix) keyed by the ``file`` column.

    The ``file`` values are as the sheet writes them (relative to the sheet's folder, or bare names: see
    ``pipeline.index.discovery`` for how they are matched). Headers are matched case-insensitively, with
    synonyms (``author`` is the contributor, ``organization`` the organisation, ``filename`` the file).
    Passwords are blanked in the raw bytes before parsing: a row's ``password`` is ``PASSWORD_GIVEN`` or
    empty. Only the reader process asks for them (``keep_passwords``, through ``PasswordRef``).
    """
    return _read(path, keep_passwords=keep_passwords)[0]


# The notes on the columns of the sheets read last, by file and version: an ingest reads a sheet's rows, then asks
# for its warnings, which would otherwise read all its rows a second time
_COLUMN_NOTES: dict[tuple[str, int, int], list[str]] = {}


def _version(path: Path) -> tuple[str, int, int]:
    status = path.stat()
    return str(path.resolve()), status.st_mtime_ns, status.st_size


def _read(path: Path, *, keep_passwords: bool = False) -> tuple[dict[str, dict[str, str]], list[str]]:
    """The rows of a .csv or workbook sheet, and what the user should know about its values as a whole."""
    try:
        version = _version(path)  # before the read: a sheet saved meanwhile is not taken for the one read
    except OSError:
        version = None
    rows, notes = _read_sheet(path, keep_passwords=keep_passwords)
    if version is not None:
        if len(_COLUMN_NOTES) >= 32:
            _COLUMN_NOTES.clear()
        _COLUMN_NOTES[version] = notes
    return rows, notes


def _column_notes(path: Path) -> list[str]:
    """The notes on a sheet's columns (its dates' order), from its last read when the file has not changed."""
    with contextlib.suppress(OSError):
        if (found := _COLUMN_NOTES.get(_version(path))) is not None:
            return list(found)
    return _read(path)[1]


def _read_sheet(path: Path, *, keep_passwords: bool = False) -> tuple[dict[str, dict[str, str]], list[str]]:
    if path.suffix.lower() in SHEET_SUFFIXES:
        return _read_workbook(path)
    try:
        data = _read_bytes(path)
    except OSError as exc:
        raise MetadataError(f"{path}: cannot read metadata ({exc.strerror or exc})") from exc
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # Excel's "Unicode text": the byte-level blanking cannot see it
        raise MetadataError(f"{path}: the sheet is saved as UTF-16; save it as 'CSV UTF-8' (or as .xlsx)")
    delimiter = guess_delimiter(data)
    if not keep_passwords:
        _blank_passwords(data, delimiter)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's plain "CSV" on Windows saves the ANSI code page: cp1252 for Western names, cp1250 for Czech or
        # Polish ones, ...; legacy_encoding tells which from the names themselves
        text = decode_legacy(bytes(data))[0]
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    rows: dict[str, dict[str, str]] = {}
    names, data, header = _table(path, records)
    for record in data:
        if closes(record):
            continue
        row = {name: (value or "") for name, value in zip(names, record, strict=False) if name}
        if not keep_passwords and row.get("password", "").strip():
            if row["password"].strip() != "*":  # never happens unless the blanking missed a field
                raise MetadataError(f"{path}: the password column could not be read safely")
            row["password"] = PASSWORD_GIVEN
        _keep(rows, row)
    _lettered(rows, header)
    _one_order(rows)
    return rows, _dated(path, rows, header)


def _table(path: Path, records: list[list[str]]) -> tuple[list[str], list[list[str]], list[str]]:
    """The field of each column, the data rows and the header's cells, the header found below any title or
    notes."""
    head = header_index(records)
    header = records[head] if records else None
    data = records[head + 1 :]
    combined = sub_header(header or [], data[0]) if data else None
    if combined is not None:
        header, data = combined, data[1:]
    return _header(path, header, head + 1), data, list(header or [])


def read_metadata_xlsx(path: Path, *, keep_passwords: bool = False) -> dict[str, dict[str, str]]:
    """Rows of the first sheet of an Excel workbook, as :func:`read_metadata_csv` gives them.

    Its password column is never used: a workbook cannot be blanked before it is parsed, so the ingest
    process would hold the passwords; :func:`sheet_warnings` tells the user to give them in a .csv instead.
    """
    return _read_workbook(path)[0]


def _read_workbook(path: Path) -> tuple[dict[str, dict[str, str]], list[str]]:
    names, data, header = _table(path, _grid(path))
    rows: dict[str, dict[str, str]] = {}
    for record in data:
        if closes(record):
            continue
        row = {name: value for name, value in zip(names, record, strict=False) if name}
        if "password" in row:
            row["password"] = ""  # see read_metadata_xlsx: never taken from a workbook
        _keep(rows, row)
    _lettered(rows, header)
    _one_order(rows)
    return rows, _dated(path, rows, header)


def _sheet_table(path: Path, max_rows: int | None = None) -> tuple[str, list[list[str]], bool]:
    """The workbook's table sheet (``metadata_workbook``), its problems as a MetadataError naming the file."""
    from ingest.metadata_workbook import workbook_table

    try:
        return workbook_table(path, max_rows)
    except ValueError as exc:
        raise MetadataError(f"{path}: {exc}") from exc


def _grid(path: Path, max_rows: int | None = None) -> list[list[str]]:
    return _sheet_table(path, max_rows)[1]


def sheet_warnings(path: Path) -> list[str]:
    """What the user should know about a sheet beyond its rows: columns it does not use, a missing contributor
    column, and that a workbook's password column is not read."""
    try:
        headers = _first_row(path)
    except Exception:  # the read itself reports the problem
        return []
    notes = header_notes(path.name, headers)
    if "date" in {canonical_field(h) for h in headers}:  # a note on the date column as a whole, from its rows
        with contextlib.suppress(Exception):  # the read itself reports the problem
            notes.extend(_column_notes(path))
    if path.suffix.lower() in SHEET_SUFFIXES:
        name, _, first = _sheet_table(path, max_rows=HEADER_SCAN + 1)
        if not first:
            notes.insert(0, f"{path.name}: read sheet '{name}', the first sheet that has a file column")
    if path.suffix.lower() in SHEET_SUFFIXES and "password" in {canonical_field(h) for h in headers}:
        notes.append(
            f"{path.name}: passwords are not read from an .xlsx or .ods sheet; give them in a .csv metadata file"
        )
    return notes


def _first_row(path: Path) -> list[str]:
    """The header cells of a .csv or of a workbook's first sheet (with a second header row's names joined)."""
    if path.suffix.lower() in SHEET_SUFFIXES:
        records = _grid(path, max_rows=HEADER_SCAN + 1)
    else:
        data = _read_bytes(path, limit=65536)  # into a buffer of ours, blanked before anything is decoded
        if len(data) == 65536:
            del data[data.rfind(b"\n") + 1 or len(data) :]  # whole lines only
        delimiter = guess_delimiter(data)
        _blank_passwords(data, delimiter)  # as for the rows: no password is ever decoded here
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = decode_legacy(bytes(data))[0]
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))[: HEADER_SCAN + 1]
    head = header_index(records)
    header = records[head] if records else []
    below = records[head + 1] if head + 1 < len(records) else []
    return sub_header(header, below) or header


def _header(path: Path, header: list[str] | None, number: int = 1) -> list[str]:
    """The canonical field name of each column ("" for a column we do not use); a 'file' column is required."""
    names = [canonical_field(h or "") for h in header or []]
    if "file" not in names:
        where = "its first row" if number == 1 else f"its header row (row {number})"
        raise MetadataError(
            f"{path}: metadata needs a 'file' column (or 'filename', 'file name', 'document'); "
            f"{where} has: {', '.join(h.strip() for h in header or [] if h and h.strip()) or 'nothing'}"
        )
    # a bare "received" ("Inkommen", "Primit") may head a yes-or-no column: the date only when nothing else heads it
    weak = [
        i
        for i, h in enumerate(header or [])
        if names[i] == "date" and fold(" ".join((h or "").split())).strip(" :.") in WEAK_DATE_HEADERS
    ]
    if len(weak) < names.count("date"):
        for i in weak:
            names[i] = ""
    taken: set[str] = set()
    for i, name in enumerate(names):  # a second column with the same meaning is ignored, the first one wins
        if name in taken:
            names[i] = ""
        taken.add(name)
    return names


def _dated(path: Path, rows: dict[str, dict[str, str]], header: list[str]) -> list[str]:
    """Turn the rows' dates into YYYY-MM-DD, in the day and month order the column shows (``column_date_order``);
    returns the one warning for a column read day first without showing it, in a sheet whose headers are English
    (a sheet in another language the product reads writes the day first for sure)."""
    order, example = column_date_order((row.get("date") or "" for row in rows.values()), in_other_language(header))
    for row in rows.values():
        found = iso_date(row.get("date") or "", order)
        if found:
            row["date"] = found
    if not example:
        return []
    return [
        f"{path.name}: its dates never show whether the day or the month comes first; read day first, as European "
        f"sheets write them ('{example}' as {iso_date(example, 'dmy')}); if the sheet writes the month first, give "
        "its dates as YYYY-MM-DD"
    ]


def _lettered(rows: dict[str, dict[str, str]], header: list[str]) -> None:
    """In a sheet whose headers are Dutch or German, a kind written "Brief" is a letter, not a policy brief."""
    if writes_brief_for_letter(header):
        for row in rows.values():
            if row.get("kind"):
                row["kind"] = as_letter(row["kind"])


def _keep(rows: dict[str, dict[str, str]], row: dict[str, str]) -> None:
    """Keep a row under each file its file cell names (none for a total or a note row)."""
    if row.get("contributor"):  # turned as drafts name people, so that a row naming them otherwise is re-read
        row["contributor"] = person_names(row["contributor"].strip())
    for listed in file_names(row.get("file", "")):
        name = listed.replace("\\", "/").removeprefix("./")
        if name:
            rows[name] = dict(row, file=name)


def _one_order(rows: dict[str, dict[str, str]]) -> None:
    """A person two rows name with the same words in two orders ("Zsófia Kertész", then "Kertész Zsófia": nothing
    says which is the surname) is one contributor, named as the sheet first names them. A cell naming several
    people, or of one or three words ("Anna Maria Rossi" and "Maria Anna Rossi" may be two), is left as it is."""
    first: dict[tuple[str, ...], str] = {}
    for row in rows.values():
        name = row.get("contributor", "")
        words = tuple(sorted(fold(name).split()))
        if len(words) != 2 or len(people_in(name)) != 1:
            continue
        row["contributor"] = first.setdefault(words, name)


SHEET_SUFFIXES = (".xlsx", ".xlsm", ".ods")  # workbooks: read whole, so their password column is never read
