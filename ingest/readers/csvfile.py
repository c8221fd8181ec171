"""CSV and TSV files (survey exports, lists of positions): rows read as the Excel reader reads a sheet.

Under a header row each row reads ``Column: value; ...``, located ``rows A-B`` as the file numbers its
lines' records (1-based, the header being row 1). The delimiter (comma, semicolon, tab or bar) is guessed from
the start of the file; the encoding is decoded as for text files. A CSV whose header names a ``file`` column
and metadata columns is a metadata table for other files, not a contribution, and is refused saying so.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ingest.model import DocumentProperties, Passage, ReadResult
from ingest.readers.base import Limits, ReadError
from ingest.readers.sheet_rows import read_sheet
from ingest.readers.text import DEFAULT_LIMITS, CharBudget, decode_text, read_bytes

_SNIFF_CHARS = 16_384
_METADATA_COLUMNS = {"contributor", "organisation", "organization", "country", "title", "kind", "role", "password"}


@dataclass
class _Cell:
    """What the sheet reader asks of a cell, for one CSV field."""

    value: str | None
    row: int
    data_type: str = "s"
    number_format: str = "General"
    font: Any = None


class _Sheet:
    """The CSV records as a sheet for :func:`ingest.readers.sheet_rows.read_sheet`."""

    def __init__(self, records: Iterator[list[str]]) -> None:
        self._records = records

    def reset_dimensions(self) -> None:
        """Nothing to reset: a CSV has no declared size."""

    def iter_rows(self) -> Iterator[tuple[_Cell, ...]]:
        for number, record in enumerate(self._records, start=1):
            yield tuple(_Cell(value or None, number) for value in record)


def _dialect(sample: str, suffix: str) -> type[csv.Dialect] | csv.Dialect:
    if suffix == ".tsv":
        return csv.excel_tab
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:  # one column, or too little to tell: commas
        return csv.excel


def _looks_like_metadata(header: list[str]) -> bool:
    names = {" ".join(h.lower().split()) for h in header}
    return "file" in names and len(names & _METADATA_COLUMNS) >= 1


class CsvReader:
    """Reads .csv/.tsv tables; ``password`` is ignored (CSV files are not encrypted)."""

    name = "csv"
    extensions: tuple[str, ...] = (".csv", ".tsv")

    @property
    def version(self) -> str:
        """Our own reading, versioned by hand. 2: a row holding prose is a passage of its own (as in a workbook); 3:
        notes written under the table are prose of their own, not rows of it; 4: a grid of headed cells, a SWOT's
        quadrants, is read cell by cell under each heading, as in a workbook; 5: a survey tool's export reads each
        answer under its quoted question, the tool's columns left out, as in a workbook; 6: a second header row of
        sub-options, as survey tools write it, is folded into the header, never read as a respondent's row; 7: a board
        export's bookkeeping columns, Trello's ids, addresses, labels, members, dates and counts, are left out, and a
        sheet of amendments quotes the draft's wording; 8: so are an issue tracker's (Jira) or a post wall's key, type,
        status, dates, labels and counts, the author or reporter column kept for ingest.sheet_authors; 9: a
        questionnaire's statements ("Statement" beside "Your rating") are quoted, each row a passage of its own; 10: an
        author column is known however its tool spells it ("author_name", "createdBy"), and a sheet of posts with no
        title column (a board's notes: "Content", "Author", "Created") leaves its bookkeeping out too; 11: a survey
        export's respondent is named on each answer for ingest.sheet_authors, and the tool's tracking columns, network
        id, token, tags, hidden fields, are left out, and numbered items under a note under the table are the note's
        list; 12: a file not in UTF-8 is read in the Windows code page its words fit, see
        ingest.readers.legacy_encoding; 13: a survey tool's column codes over a row of the questions' wording,
        LimeSurvey's, take their names from that row, never read as a respondent's, and a respondent with no name is
        named by their organisation, or known to be nobody, sheet_forms)."""
        return "13"

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """Rows of the table as passages; the first row is the header when it reads like column names."""
        text, warnings = decode_text(read_bytes(path, limits))
        dialect = _dialect(text[:_SNIFF_CHARS], path.suffix.lower())
        try:
            first = next(csv.reader(io.StringIO(text[:_SNIFF_CHARS]), dialect), [])
        except csv.Error:
            first = []
        if _looks_like_metadata(first):
            raise ReadError(
                "looks like a metadata table (a 'file' column naming other files), not a contribution: give it as "
                "the metadata (metadata.csv beside the files, --metadata, or 'From a metadata CSV' in the app)"
            )
        notes = list(warnings)
        passages: list[Passage] = []
        try:
            broken = read_sheet(
                _Sheet(csv.reader(io.StringIO(text), dialect)),
                path.stem,
                CharBudget(limits),
                passages,
                notes,
                in_workbook=False,
            )
        except csv.Error as exc:
            raise ReadError(f"malformed CSV: {exc}") from exc
        if broken:
            notes.append(f"the table could not be read to the end ({broken})")
        if not passages:
            raise ReadError("no text found")
        return ReadResult(tuple(passages), DocumentProperties(), tuple(notes), units=1)
