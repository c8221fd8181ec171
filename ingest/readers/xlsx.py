"""Excel reader (openpyxl, read-only, saved values): ``sheet Survey, rows 2-12`` for each run of rows.

A sheet's rows are read as :mod:`ingest.readers.sheet_rows` reads them (named fields under a header row, prose
rows and notes under the table as prose of their own); a cell's comment is read as its note. Formulas are
read as the values the spreadsheet program saved with them (openpyxl never computes them), and macros are
never run. Hidden sheets are skipped with a warning. Encrypted and legacy workbooks (OLE compound files,
not zips) are refused with a reason that says which of the two they are.
"""

from __future__ import annotations

import datetime as dt
import re
import struct
import warnings
from importlib.metadata import version as _dist_version
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from ingest.model import DocumentProperties, Passage, ReadResult
from ingest.readers.base import Limits, ReadError
from ingest.readers.sheet_rows import PARSE_ERRORS, Comments, read_sheet
from ingest.readers.text import DEFAULT_LIMITS, CharBudget, clean_text
from ingest.readers.xlsx_comments import sheet_comments
from ingest.readers.zipguard import check_zip, read_office_zip

_LIBRARY_CREATOR = "openpyxl"  # openpyxl's default creator names no person

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CFB_END = 0xFFFFFFFA  # sector numbers from here on mark chain ends and free or special sectors
_CFB_MAX_DIRECTORY_SECTORS = 64
_CFB_HEADER_FAT_SECTORS = 109
_LEGACY_STREAMS = {
    "Workbook": "a legacy Excel 97-2003 workbook (.xls)",
    "Book": "a legacy Excel 5 workbook (.xls)",
    "WordDocument": "a legacy Word document (.doc)",
    "PowerPoint Document": "a legacy PowerPoint presentation (.ppt)",
}


def _cfb_names(path: Path) -> set[str]:
    """Entry names in the directory of an OLE compound file, following the directory's sector chain a
    bounded number of steps; an empty set when the structure does not parse."""
    names: set[str] = set()
    with path.open("rb") as handle:
        header = handle.read(512)
        if len(header) < 512:
            return names
        shift = int.from_bytes(header[30:32], "little")
        if shift not in (9, 12):  # 512- or 4096-byte sectors, the only sizes the format allows
            return names
        size = 1 << shift
        fat_sectors = struct.unpack(f"<{_CFB_HEADER_FAT_SECTORS}I", header[76:512])
        sector = int.from_bytes(header[48:52], "little")
        for _ in range(_CFB_MAX_DIRECTORY_SECTORS):
            if sector >= _CFB_END:
                break
            handle.seek((sector + 1) * size)
            data = handle.read(size)
            for offset in range(0, len(data) - 127, 128):  # 128-byte directory entries
                length = int.from_bytes(data[offset + 64 : offset + 66], "little")  # bytes, with the final NUL
                if 2 <= length <= 64:
                    names.add(data[offset : offset + length - 2].decode("utf-16-le", "replace"))
            fat_index, slot = divmod(sector, size // 4)
            if fat_index >= _CFB_HEADER_FAT_SECTORS or fat_sectors[fat_index] >= _CFB_END:
                break  # the chain continues in FAT sectors listed elsewhere: enough has been read
            handle.seek((fat_sectors[fat_index] + 1) * size + 4 * slot)
            entry = handle.read(4)
            sector = int.from_bytes(entry, "little") if len(entry) == 4 else _CFB_END
    return names


def _ole_refusal(path: Path, password: str | None) -> ReadError:
    """Why an OLE compound file named .xlsx cannot be read: encrypted OOXML, or a legacy Office file."""
    try:
        names = _cfb_names(path)
    except OSError:
        names = set()
    if "EncryptedPackage" in names:
        if password:
            return ReadError(
                "encrypted: cannot decrypt (decryption of Excel workbooks is not supported; save it without a password)"
            )
        return ReadError(
            "encrypted: password needed (the workbook is password-protected and decryption of Excel workbooks "
            "is not supported; save it without a password)"
        )
    for stream, kind in _LEGACY_STREAMS.items():
        if stream in names:
            return ReadError(f"not an XLSX file ({kind}; save it as .xlsx)")
    return ReadError("not an XLSX file (a legacy Office file or an encrypted workbook)")


def _one_line(text: str | None) -> str | None:
    return clean_text(text or "").replace("\n", " ") or None


def _properties(wb: Any, names: list[str]) -> DocumentProperties:
    """Core properties; a workbook without a core part gets empty fields, not openpyxl's invented defaults."""
    if "docProps/core.xml" not in names:
        return DocumentProperties()
    core = wb.properties
    date = core.created or core.modified
    creator = _one_line(core.creator)
    return DocumentProperties(
        title=_one_line(core.title),
        author=creator if creator != _LIBRARY_CREATOR else None,
        date=date.date().isoformat() if isinstance(date, dt.datetime) else None,
        language=_one_line(core.language),
    )


def _names(text: str | None) -> frozenset[str]:
    """A person's name as a set of words, so that "Ozola, Jana" is "Jana Ozola"."""
    return frozenset(re.sub(r"[,;]", " ", text or "").casefold().split())


def _commenters(wb: Any, names: list[str], path: Path) -> dict[str, Comments]:
    """Each sheet's cell comments as :func:`ingest.readers.sheet_rows.read_sheet` takes them. A comment is the
    writer's own (None as its author) only when the workbook names one writer (its creator, and no one else
    saved it last) and the comment names that same person: the writer is the contribution's author as far as
    the file can tell. A comment by anyone else, or by nobody named, is quoted in its author's name, since it may
    be a colleague's remark or the instructions of the template's maker."""
    found = sheet_comments(path)
    if not found:
        return {}
    core = wb.properties if "docProps/core.xml" in names else None
    creator = _names(core.creator) if core is not None and core.creator != _LIBRARY_CREATOR else frozenset()
    last = _names(core.lastModifiedBy) if core is not None else frozenset()
    writer = creator if creator and last in (frozenset(), creator) else frozenset()
    return {
        sheet: {
            cell: [(c.text, None if writer and _names(c.author) == writer else c.author) for c in notes]
            for cell, notes in cells.items()
        }
        for sheet, cells in found.items()
    }


class XlsxReader:
    """Reads .xlsx/.xlsm workbooks sheet by sheet, rows grouped into passages located by sheet and rows."""

    name = "xlsx"
    extensions: tuple[str, ...] = (".xlsx", ".xlsm")

    @property
    def version(self) -> str:
        """The installed openpyxl version and our reading's. Rows 2: a row holding prose is a passage of its own; 3:
        notes under the table are prose of their own, and cells' comments are read (the writer's as the cell's note,
        anyone else's quoted); 4: a grid of headed cells, a SWOT's quadrants, is read cell by cell under each heading,
        its lines kept, never as a header naming the rows below (ingest.readers.sheet_grid); 5: a survey tool's export
        reads each answer under its quoted question, the tool's columns left out (sheet_forms); 6: a second header row
        of sub-options is folded into the header, never read as a respondent's row; 7: a board export's bookkeeping
        columns are left out and a sheet of amendments quotes the draft's wording, sheet_columns; 8: so are an issue
        tracker's or a post wall's key, type, status, dates, labels and counts, its author column kept for
        ingest.sheet_authors; 9: a questionnaire's statements and the panel's figures beside "Your rating" are quoted
        and each row stands alone, sheet_forms; 10: an author column is known however its tool spells it, and a sheet of
        posts with no title column leaves its bookkeeping out too; 11: a survey export's respondent is named on each
        answer for ingest.sheet_authors, its tracking columns left out, and numbered items under a note under the table
        are the note's list, not rows under the table's header; 12: a Q&A export's reply, "Reply" beside "Replied by",
        is its replier's, with the question it answers, and a survey's respondent with no name is named by their
        organisation, or known to be nobody, sheet_posts and sheet_forms)."""
        return f"{_dist_version('openpyxl')} rows 12"

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """Extract passages; ``password`` only words the refusal (encrypted workbooks cannot be decrypted)."""
        try:
            with path.open("rb") as handle:
                head = handle.read(len(_OLE_MAGIC))
        except OSError as exc:
            raise ReadError(f"cannot read file: {exc.strerror or exc}") from exc
        if head == _OLE_MAGIC:
            raise _ole_refusal(path, password)
        return read_office_zip(path, limits, "XLSX", PARSE_ERRORS, self._read)

    def _read(self, path: Path, limits: Limits) -> ReadResult:
        names = check_zip(path, limits)  # already checked by read_office_zip; this is the member list
        budget = CharBudget(limits)
        passages: list[Passage] = []
        notes: list[str] = []
        hidden: list[str] = []
        damage = ""  # why the first damaged sheet broke
        read = 0
        with path.open("rb") as handle, warnings.catch_warnings():
            # openpyxl warns about parts it drops (data validation, slicers); none of them hold text we read
            warnings.simplefilter("ignore")
            # a file object, not a name: openpyxl would refuse names not ending in .xlsx/.xlsm/.xltx/.xltm
            wb = load_workbook(handle, read_only=True, data_only=True, keep_links=False)
            try:
                try:
                    comments = _commenters(wb, names, path)
                except PARSE_ERRORS as exc:  # damaged comments cost their notes, not the workbook's text
                    comments = {}
                    notes.append(f"cell comments not read ({type(exc).__name__})")
                for sheet in wb.chartsheets:
                    notes.append(f"chart sheet {_one_line(sheet.title)} not read (charts are not read from workbooks)")
                for ws in wb.worksheets:
                    name = _one_line(ws.title) or "(unnamed)"
                    if ws.sheet_state != "visible":
                        hidden.append(name)
                        notes.append(f"sheet {name} is hidden; not read")
                        continue
                    read += 1
                    broken = read_sheet(
                        ws, name, budget, passages, notes, comments=comments.get(" ".join(name.split()))
                    )
                    if broken:
                        notes.append(f"sheet {name} is damaged and was not read to the end ({broken})")
                        damage = damage or broken
                properties = _properties(wb, names)
            finally:
                wb.close()
        if not passages and damage:
            raise ReadError(f"malformed XLSX: {damage}")
        if not passages:
            raise ReadError(
                f"no text found (hidden sheets not read: {', '.join(hidden)})" if hidden else "no text found"
            )
        return ReadResult(tuple(passages), properties, warnings=tuple(notes), units=read)
