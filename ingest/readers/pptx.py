"""PowerPoint reader (python-pptx): ``slide N`` for everything on a slide, ``slide N notes`` for its notes."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable, Iterator
from importlib.metadata import version as _dist_version
from pathlib import Path
from typing import Any

from lxml.etree import LxmlError
from pptx import Presentation
from pptx.exc import PackageNotFoundError, PythonPptxError
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.shapes.group import GroupShape

from ingest.model import DocumentProperties, Location, Passage, ReadResult
from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.text import DEFAULT_LIMITS, CharBudget, clean_text
from ingest.readers.zipguard import read_office_zip

# What python-pptx and lxml raise on broken packages: missing parts surface as KeyError,
# bad XML as lxml errors, odd attribute values as ValueError/TypeError/AttributeError.
_PARSE_ERRORS = (
    PackageNotFoundError,
    PythonPptxError,
    LxmlError,
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    zipfile.BadZipFile,
    zlib.error,  # corrupt member data surfaces while python-pptx reads parts
    EOFError,
    NotImplementedError,  # unsupported zip compression method
)


def _reading_order(shapes: Iterable[Any]) -> list[Any]:
    """Shapes top-to-bottom, then left-to-right; shapes without a position keep their z-order at the end."""
    indexed = list(enumerate(shapes))

    def key(item: tuple[int, Any]) -> tuple[int, int, int]:
        index, shape = item
        top, left = shape.top, shape.left
        if top is None or left is None:
            return (1 << 62, 0, index)
        return (int(top), int(left), index)

    return [shape for _, shape in sorted(indexed, key=key)]


def _frame_text(frame: Any) -> str:
    return clean_text(frame.text)


def _table_text(table: Any) -> str:
    """Rows as cell texts joined by " | "; cells covered by a merge are skipped (they repeat nothing)."""
    rows = []
    for row in table.rows:
        cells = [clean_text(cell.text).replace("\n", " ") for cell in row.cells if not cell.is_spanned]
        if any(cells):
            rows.append(" | ".join(cells))
    return "\n".join(rows)


def _shape_texts(shapes: Iterable[Any], limits: Limits, depth: int = 0) -> Iterator[str]:
    """Text of shapes in reading order, descending into groups up to ``max_group_depth``."""
    if depth > limits.max_group_depth:
        message = f"group shapes nested deeper than the limit of {limits.max_group_depth} levels"
        raise LimitExceeded(message, "max_group_depth")
    for shape in _reading_order(shapes):
        if isinstance(shape, GroupShape):
            yield from _shape_texts(shape.shapes, limits, depth + 1)
        elif getattr(shape, "has_table", False) and shape.has_table:
            yield _table_text(shape.table)
        elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            yield _frame_text(shape.text_frame)


def _title(slide: Any) -> str | None:
    """The slide's title text, if it has a title placeholder with text."""
    shape = slide.shapes.title
    if shape is None or not shape.has_text_frame:
        return None
    return _frame_text(shape.text_frame).replace("\n", " ").strip() or None


def _slide_text(slide: Any, limits: Limits) -> str:
    """The slide title first, then every other shape's text in reading order."""
    title_shape = slide.shapes.title
    parts = [_frame_text(title_shape.text_frame)] if title_shape is not None else []
    # shapes compare equal when they proxy the same XML element (ids may repeat in broken files)
    others = [s for s in slide.shapes if s != title_shape]
    parts.extend(_shape_texts(others, limits))
    return "\n".join(part for part in parts if part)


def _notes_text(slide: Any) -> str:
    # has_notes_slide first: reading slide.notes_slide would create an empty notes part.
    if not slide.has_notes_slide:
        return ""
    frame = slide.notes_slide.notes_text_frame
    return _frame_text(frame) if frame is not None else ""


def _properties(prs: Any) -> DocumentProperties:
    """Core properties; a deck without a core part gets empty fields, not python-pptx's invented defaults."""
    try:
        prs.part.package.part_related_by(RT.CORE_PROPERTIES)
    except KeyError:
        return DocumentProperties()
    try:
        core = prs.core_properties
        date = core.created or core.modified
        return DocumentProperties(
            title=clean_text(core.title or "") or None,
            author=clean_text(core.author or "") or None,
            date=date.date().isoformat() if date else None,
            language=clean_text(core.language or "") or None,
        )
    except (*_PARSE_ERRORS, OverflowError):
        return DocumentProperties()


class PptxReader:
    """Reads .pptx/.pptm decks slide by slide, with speaker notes as separate passages."""

    name = "python-pptx"
    extensions: tuple[str, ...] = (".pptx", ".pptm")

    @property
    def version(self) -> str:
        """The installed python-pptx version."""
        return _dist_version("python-pptx")

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """Extract slide and notes passages; ``password`` is unused (encrypted decks are not zips)."""
        return read_office_zip(path, limits, "PPTX", _PARSE_ERRORS, self._read)

    def _read(self, path: Path, limits: Limits) -> ReadResult:
        prs = Presentation(str(path))
        slides = list(prs.slides)
        if not slides:
            raise ReadError("no slides found")
        if len(slides) > limits.max_pages:
            message = f"{len(slides):,} slides exceed the limit of {limits.max_pages:,} slides"
            raise LimitExceeded(message, "max_pages")
        budget = CharBudget(limits)
        passages: list[Passage] = []
        for number, slide in enumerate(slides, start=1):
            text = _slide_text(slide, limits)
            # the slide title, kept as the section so notes can be read (and found) in the slide's context
            title = _title(slide)
            if text:
                location = Location(label=f"slide {number}", slide=number, section=title)
                passages.append(Passage(budget.add(text), location))
            notes = _notes_text(slide)
            if notes:
                location = Location(label=f"slide {number} notes", slide=number, notes=True, section=title)
                passages.append(Passage(budget.add(notes), location))
        if not passages:
            raise ReadError("no text found")
        return ReadResult(tuple(passages), _properties(prs), units=len(slides))
