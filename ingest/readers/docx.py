"""Word reader (python-docx): body text by section (``section 2.1 Workload``), tables as ``..., table K``."""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from importlib.metadata import version as _dist_version
from pathlib import Path
from typing import Any

import docx
from docx.exceptions import PythonDocxError
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import LxmlError

from ingest.model import DocumentProperties, Passage, ReadResult
from ingest.readers.base import Limits, ReadError
from ingest.readers.text import DEFAULT_LIMITS, CharBudget, SectionTracker, clean_text
from ingest.readers.zipguard import read_office_zip

# What python-docx and lxml raise on broken packages (missing parts surface as KeyError).
_PARSE_ERRORS = (
    OpcError,
    PythonDocxError,
    LxmlError,
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    zipfile.BadZipFile,
    zlib.error,  # corrupt member data surfaces while python-docx reads parts
    EOFError,
    NotImplementedError,  # unsupported zip compression method
)
_HEADING_STYLE = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)


def _blocks(element: Any, parent: Any) -> Iterator[Paragraph | Table]:
    """Paragraphs and tables of a body in document order, looking inside content controls (w:sdt)."""
    for child in element.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, parent)
        elif child.tag == qn("w:tbl"):
            yield Table(child, parent)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content, parent)


def _style_name(paragraph: Paragraph) -> str:
    try:
        style = paragraph.style
    except _PARSE_ERRORS:  # a missing or broken styles part only loses heading detection
        return ""
    return (style.name or "") if style is not None else ""


def _heading_level(paragraph: Paragraph) -> int | None:
    match = _HEADING_STYLE.match(_style_name(paragraph).strip())
    return int(match.group(1)) if match else None


def _one_line(text: str) -> str:
    return clean_text(text).replace("\n", " ")


def _cell_text(cell: Any) -> str:
    """A cell's paragraphs and nested tables, flattened to one line.

    ``cell._tc`` (the cell's XML element) is walked directly so content controls inside cells count too.
    """
    parts: list[str] = []
    for item in _blocks(cell._tc, cell):
        if isinstance(item, Table):
            parts.append("; ".join(_table_rows(item)))
        else:
            parts.append(_one_line(item.text))
    return " ".join(part for part in parts if part)


def _table_rows(table: Table) -> list[str]:
    """Rows as " | "-joined cell texts; a merged cell that python-docx repeats per grid column counts once."""
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            if cell._tc is previous:
                continue
            previous = cell._tc
            cells.append(_cell_text(cell))
        if any(cells):
            rows.append(" | ".join(cells))
    return rows


def _properties(document: Any, title_text: str | None) -> DocumentProperties:
    """Core properties (python-docx would invent defaults for a missing part, so check first)."""
    try:
        document.part.package.part_related_by(RT.CORE_PROPERTIES)
        core = document.core_properties
        date = core.created or core.modified
        return DocumentProperties(
            title=_one_line(core.title or "") or title_text,
            author=_one_line(core.author or "") or None,
            date=date.date().isoformat() if date else None,
            language=_one_line(core.language or "") or None,
        )
    except (*_PARSE_ERRORS, OverflowError):
        return DocumentProperties(title=title_text)


class DocxReader:
    """Reads .docx/.docm bodies in document order: section text as one passage per run, tables apart."""

    name = "python-docx"
    extensions: tuple[str, ...] = (".docx", ".docm")

    @property
    def version(self) -> str:
        """The installed python-docx version."""
        return _dist_version("python-docx")

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """Extract passages; ``password`` is unused (encrypted Word files are not zips)."""
        return read_office_zip(path, limits, "DOCX", _PARSE_ERRORS, self._read)

    def _read(self, path: Path, limits: Limits) -> ReadResult:
        document = docx.Document(str(path))
        items = list(_blocks(document.element.body, document))
        levels = [level for item in items if isinstance(item, Paragraph) and (level := _heading_level(item))]
        sections = SectionTracker(levels)
        budget = CharBudget(limits)
        passages: list[Passage] = []
        pending: list[str] = []
        title_text: str | None = None
        tables = 0

        def flush() -> None:
            if pending:
                passages.append(Passage(budget.add("\n".join(pending)), sections.location()))
                pending.clear()

        for item in items:
            if isinstance(item, Table):
                flush()
                tables += 1
                rows = _table_rows(item)
                if rows:
                    passages.append(Passage(budget.add("\n".join(rows)), sections.location(table=tables)))
                continue
            text = clean_text(item.text)
            if not text:
                continue
            level = _heading_level(item)
            if level is not None:
                flush()
                sections.enter(level, text.replace("\n", " "))
            elif _style_name(item).strip().lower() == "title":
                # the document title names the whole file; it is a property, not a section
                title_text = title_text or text.replace("\n", " ")
            else:
                pending.append(text)
        flush()
        if not passages:
            raise ReadError("no text found")
        return ReadResult(tuple(passages), _properties(document, title_text), units=len(items))
