"""OpenDocument readers (lxml over the zip's ``content.xml``): ODT text by section and table, ODP slides and notes.

ODT: ``text:h`` headings open sections (``section 2.1 Workload``), paragraphs and lists are text of their
section, tables are ``section ..., table K``, footnotes and endnotes follow their paragraph as ``[1] note``.
ODP: ``slide N`` for the text of each ``draw:page`` in reading order (title first), ``slide N notes``.
The zip is checked for bombs first; encrypted documents are refused (decryption is not supported).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from importlib.metadata import version as _dist_version
from pathlib import Path
from typing import Any

from lxml import etree

from ingest.model import DocumentProperties, Location, Passage, ReadResult
from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.bilingual_table import language_columns
from ingest.readers.comment_table import comment_rows
from ingest.readers.minutes_table import turn_rows
from ingest.readers.salutation import salutation_cuts
from ingest.readers.signature import signature_cuts
from ingest.readers.text import DEFAULT_LIMITS, CharBudget, LeftOut, clean_text, passages_from_blocks
from ingest.readers.zipguard import read_office_zip

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_MIMETYPES = {
    "application/vnd.oasis.opendocument.text": "ODT",
    "application/vnd.oasis.opendocument.text-template": "ODT",
    "application/vnd.oasis.opendocument.presentation": "ODP",
    "application/vnd.oasis.opendocument.presentation-template": "ODP",
    "application/vnd.oasis.opendocument.spreadsheet": "ODS",
    "application/vnd.oasis.opendocument.graphics": "ODG",
}
# content.xml and friends are parsed without entities, DTDs or network access; their size is bounded by the zip
# checks, and libxml2's default depth and text-node limits stay on (no huge_tree).
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True, remove_pis=True
)
_PARSE_ERRORS = (
    etree.LxmlError,
    KeyError,
    ValueError,
    TypeError,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,  # unsupported zip compression method
    RuntimeError,  # zip-level encryption of a member
    RecursionError,
)
_SPACE = re.compile(r"[ \t\n\r]+")
_LENGTH = re.compile(r"^\s*(-?[\d.]+)\s*(cm|mm|in|pt|pc|px)?\s*$")
_MM_PER = {"cm": 10.0, "mm": 1.0, "in": 25.4, "pt": 25.4 / 72, "pc": 25.4 / 6, "px": 25.4 / 96, None: 1.0}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")

_P, _H = _q("text:p"), _q("text:h")
_TABLE = _q("table:table")
_NOTE, _NOTE_CITATION, _NOTE_BODY = _q("text:note"), _q("text:note-citation"), _q("text:note-body")
_CELL, _ROW = _q("table:table-cell"), _q("table:table-row")
_ROW_GROUPS = frozenset(_q(f"table:{n}") for n in ("table-header-rows", "table-rows", "table-row-group"))
_BREAKS = {_q("text:s"): " ", _q("text:tab"): " ", _q("text:line-break"): "\n"}
# Not the author's running text: generated indexes (a table of contents repeats the headings), deleted text kept
# for change tracking, reviewers' comments, declarations, forms, rendered heading numbers (read separately).
_SKIPPED = frozenset(
    _q(name)
    for name in (
        "text:table-of-content text:alphabetical-index text:illustration-index text:table-index text:object-index "
        "text:user-index text:bibliography text:tracked-changes office:annotation office:annotation-end office:forms "
        "text:sequence-decls text:variable-decls text:user-field-decls text:dde-connection-decls text:number "
        "draw:page-thumbnail svg:title svg:desc office:event-listeners"
    ).split()
)
# Slide furniture repeated on every slide, and empty layout placeholders.
_FURNITURE = frozenset({"page-number", "date-time", "footer", "header"})


def odf_kind(mimetype: bytes | str) -> str:
    """What an OpenDocument ``mimetype`` entry names: "ODT", "ODP", ... or "an OpenDocument file"."""
    if isinstance(mimetype, bytes):
        mimetype = mimetype.decode("ascii", "replace")
    return _MIMETYPES.get(mimetype.strip(), "an OpenDocument file")


def _one_line(text: str) -> str:
    return clean_text(text).replace("\n", " ")


@dataclass
class _Block:
    kind: str  # "heading", "text", "table", "title"
    text: str
    level: int = 0
    aside: bool = False  # a paragraph's notes or what is anchored in it (a text box): never a letter's signature
    part: str = ""  # a column of a table read column by column (a bilingual table's language), by its header
    continued: bool = False  # a further column of the table before it, not a new table


class _Blocks:
    """Walks ODF text content (an office:text body, a cell, a text box) into headings, text and tables."""

    def __init__(self, title_styles: frozenset[str] = frozenset()) -> None:
        self.title_styles = title_styles
        self.out: list[_Block] = []

    def inline(self, element: Any, notes: list[str], anchored: list[Any]) -> str:
        """Text of a paragraph or heading; notes and anchored frames are collected for after it."""
        parts: list[str] = [_SPACE.sub(" ", element.text or "")]
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                pass
            elif tag in _BREAKS:
                parts.append(_BREAKS[tag])
            elif tag == _NOTE:
                citation = _one_line(child.findtext(_NOTE_CITATION) or "") or str(len(notes) + 1)
                body = child.find(_NOTE_BODY)
                note = _one_line(" ".join(b.text for b in _Blocks().walk(body))) if body is not None else ""
                parts.append(f"[{citation}]")
                if note:
                    notes.append(f"[{citation}] {note}")
            elif tag.startswith(f"{{{_NS['draw']}}}"):
                anchored.append(child)  # a text box or caption anchored in the paragraph: read after it
            else:
                parts.append(self.inline(child, notes, anchored))
            parts.append(_SPACE.sub(" ", child.tail or ""))
        return "".join(parts)

    def paragraph(self, element: Any, heading: bool) -> None:
        notes: list[str] = []
        anchored: list[Any] = []
        text = clean_text(self.inline(element, notes, anchored))
        if heading:
            number = _one_line(element.findtext(_q("text:number")) or "")
            text = _one_line(f"{number} {text}" if number and text else text)
            level = _level(element.get(_q("text:outline-level")))
            if text:
                self.out.append(_Block("heading", text, level))
        elif text and element.get(_q("text:style-name"), "") in self.title_styles:
            self.out.append(_Block("title", _one_line(text)))
        elif text:
            self.out.append(_Block("text", text))
        if notes:
            self.out.append(_Block("text", "\n".join(notes), aside=True))
        start = len(self.out)
        for frame in anchored:
            self.walk(frame)
        for block in self.out[start:]:
            block.aside = True

    def table(self, element: Any) -> None:
        rows: list[str] = []
        for row in _rows(element):
            cells = []
            for cell in row:
                if cell.tag != _CELL:
                    continue  # covered cells repeat nothing
                blocks = _Blocks().walk(cell)
                cells.append(" ".join(b.text.replace("\n", "; " if b.kind == "table" else " ") for b in blocks))
            if any(cells):
                rows.append(" | ".join(cells))
        columns = language_columns(rows)  # the same text in two languages: each column its own passage
        if columns:
            for k, (name, text) in enumerate(columns):
                self.out.append(_Block("table", text, part=name, continued=k > 0))
            return
        # minutes kept as a table: its rows as the speakers' turns; a comment table's draft wording quoted
        self.out.append(_Block("table", "\n".join(turn_rows(rows) or comment_rows(rows) or rows)))

    def walk(self, element: Any) -> list[_Block]:
        """Blocks of ``element``'s children in document order, added to those already found."""
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag in (_P, _H):
                self.paragraph(child, heading=tag == _H)
            elif tag == _TABLE:
                self.table(child)
            else:  # lists, list items, sections, frames, text boxes, unknown containers: their content counts
                self.walk(child)
        return self.out


def _without_signature(blocks: list[_Block]) -> list[_Block]:
    """``blocks`` without a letter's closing and the signature under it at the end of the body; its notes, text
    boxes and tables stay (see :mod:`ingest.readers.signature`)."""
    roles = [("aside" if b.aside else "paragraph" if b.kind == "text" else b.kind, b.text) for b in blocks]
    cuts = signature_cuts(roles)
    return [
        replace(block, text=cuts[index]) if index in cuts else block
        for index, block in enumerate(blocks)
        if index not in cuts or cuts[index]  # a paragraph of the signature goes; the closing's may keep lines
    ]


def _without_salutation(blocks: list[_Block]) -> list[_Block]:
    """``blocks`` without the salutation opening a letter ("Dear colleagues,"; see :mod:`ingest.readers.salutation`);
    a paragraph that was only that is counted but gives no text, so the others keep their numbers."""
    roles = ("aside" if b.aside else "paragraph" if b.kind == "text" else b.kind for b in blocks)
    cuts = salutation_cuts(zip(roles, (b.text for b in blocks), strict=False))
    return [
        replace(block, text=cuts[index] or LeftOut()) if index in cuts else block for index, block in enumerate(blocks)
    ]


def _level(value: str | None) -> int:
    try:
        return min(max(int(value or "1"), 1), 10)
    except ValueError:
        return 1


def _rows(table: Any) -> Iterator[Any]:
    for child in table:
        if child.tag == _ROW:
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _rows(child)


def _title_styles(content: Any) -> frozenset[str]:
    """Paragraph styles that are the document title: "Title" and automatic styles derived from it."""
    parents = {
        s.get(_q("style:name")): s.get(_q("style:parent-style-name"))
        for s in content.iterfind("office:automatic-styles/style:style", _NS)
    }
    titles = {"Title"}
    for name in parents:
        seen, current = 0, name
        while current and current not in titles and seen < 10:
            current, seen = parents.get(current), seen + 1
        if current in titles:
            titles.add(name)
    return frozenset(titles)


def _mm(value: str | None) -> float | None:
    match = _LENGTH.match(value or "")
    if not match:
        return None
    try:
        return float(match.group(1)) * _MM_PER[match.group(2)]
    except ValueError:
        return None


def _shapes(parent: Any) -> list[Any]:
    return [c for c in parent if isinstance(c.tag, str) and c.tag.startswith(f"{{{_NS['draw']}}}")]


def _position(shape: Any) -> tuple[float, float] | None:
    """Top and left of a shape in mm; a group's is that of its first positioned member."""
    y, x = _mm(shape.get(_q("svg:y"))), _mm(shape.get(_q("svg:x")))
    if y is not None and x is not None:
        return (y, x)
    found = [p for s in _shapes(shape) if (p := _position(s)) is not None]
    return min(found) if found else None


def _reading_order(shapes: list[Any]) -> list[Any]:
    """Top-to-bottom, then left-to-right; shapes without a position keep their order at the end."""

    def key(item: tuple[int, Any]) -> tuple[int, float, float, int]:
        index, shape = item
        position = _position(shape)
        return (1, 0.0, 0.0, index) if position is None else (0, *position, index)

    return [shape for _, shape in sorted(enumerate(shapes), key=key)]


def _shape_text(shape: Any) -> str:
    return "\n".join(b.text for b in _Blocks().walk(shape) if b.text)


def _shape_texts(shapes: list[Any], limits: Limits, depth: int = 0) -> Iterator[str]:
    if depth > limits.max_group_depth:
        message = f"group shapes nested deeper than the limit of {limits.max_group_depth} levels"
        raise LimitExceeded(message, "max_group_depth")
    for shape in _reading_order(shapes):
        kind = shape.get(_q("presentation:class"), "")
        if shape.get(_q("presentation:placeholder")) == "true" or kind in _FURNITURE:
            continue
        if shape.tag == _q("draw:g"):
            yield from _shape_texts(_shapes(shape), limits, depth + 1)
        elif text := _shape_text(shape):
            yield text


def _check_mimetype(archive: zipfile.ZipFile, expected: str) -> None:
    try:
        info = archive.getinfo("mimetype")
    except KeyError:
        return  # optional in practice; content.xml decides
    if info.file_size <= 200:
        kind = odf_kind(archive.read(info))
        if kind != expected:
            raise ReadError(f"not an {expected} file (content looks like {kind})")


def _check_encryption(archive: zipfile.ZipFile, label: str) -> None:
    try:
        manifest = etree.fromstring(archive.read("META-INF/manifest.xml"), _PARSER)
    except (KeyError, etree.LxmlError):
        return  # a missing or broken manifest does not stop reading the content
    if manifest.find(".//manifest:encryption-data", _NS) is not None:
        raise ReadError(
            f"encrypted: password needed (the {label} is password-protected and OpenDocument decryption is not "
            "supported; save it without a password)"
        )


def _properties(archive: zipfile.ZipFile, title: str | None) -> DocumentProperties:
    """Title, author, date and language from meta.xml; a missing or broken meta.xml loses only these."""
    try:
        meta = etree.fromstring(archive.read("meta.xml"), _PARSER).find("office:meta", _NS)
    except (KeyError, *_PARSE_ERRORS):
        meta = None
    if meta is None:
        return DocumentProperties(title=title)

    def field(*names: str) -> str | None:
        return next((v for n in names if (v := _one_line(meta.findtext(n, "", _NS)))), None)

    date = field("meta:creation-date", "dc:date")
    return DocumentProperties(
        title=field("dc:title") or title,
        author=field("meta:initial-creator", "dc:creator"),
        date=date[:10] if date and _ISO_DATE.match(date) else None,
        language=field("dc:language"),
    )


def _open(path: Path, label: str) -> tuple[zipfile.ZipFile, Any]:
    """The archive and its parsed content.xml, after the mimetype and encryption checks."""
    archive = zipfile.ZipFile(path)
    try:
        _check_mimetype(archive, label)
        _check_encryption(archive, label)
        try:
            data = archive.read("content.xml")
        except KeyError as exc:
            raise ReadError(f"malformed {label}: no content.xml") from exc
        return archive, etree.fromstring(data, _PARSER)
    except BaseException:
        archive.close()
        raise


class _OdfReader:
    name = "odf-lxml"
    label = ""
    revision = 3  # of our reading, per format: a change re-reads only the files of the format it touches

    @property
    def version(self) -> str:
        """The installed lxml version (the ODF walk is our own), and the revision of our reading of it (ODT 3: a
        letter's closing and signature at the end of the body are left out; ODT 4: so is the salutation opening
        it, and minutes' surname labels and decisions are read as such by ingest.turns; ODT 5, ODP 3: minutes kept
        as a two-column table, "Speaker | Statement", are read as the speakers' turns; ODT 6: a last paragraph that is
        only its author's name and role is a signature and left out, and a minutes table's speakers written by their
        initials and surname are read as speakers; ODT 7, ODP 4: a comment table's draft wording is quoted over
        each row, as in Word, ingest.readers.comment_table; ODT 8: a two-column table of two languages is read
        column by column, ingest.readers.bilingual_table)."""
        return f"{_dist_version('lxml')} reading {self.revision}"

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """Extract passages; ``password`` is unused (encrypted OpenDocument files are refused)."""
        return read_office_zip(path, limits, self.label, _PARSE_ERRORS, self._read)

    def _read(self, path: Path, limits: Limits) -> ReadResult:
        archive, content = _open(path, self.label)
        with archive:
            return self._passages(archive, content, limits)

    def _passages(self, archive: zipfile.ZipFile, content: Any, limits: Limits) -> ReadResult:
        raise NotImplementedError


class OdtReader(_OdfReader):
    """Reads .odt: ``section <number> <heading>`` text, ``..., table K`` tables, ``body`` before any heading."""

    label = "ODT"
    extensions: tuple[str, ...] = (".odt",)
    revision = 8

    def _passages(self, archive: zipfile.ZipFile, content: Any, limits: Limits) -> ReadResult:
        body = content.find("office:body/office:text", _NS)
        if body is None:
            raise ReadError("not an ODT file (no text body in content.xml)")
        blocks = _Blocks(_title_styles(content)).walk(body)
        passages, title = passages_from_blocks(_without_signature(_without_salutation(blocks)), CharBudget(limits))
        if not passages:
            raise ReadError("no text found")
        return ReadResult(tuple(passages), _properties(archive, title), units=len(blocks))


class OdpReader(_OdfReader):
    """Reads .odp: ``slide N`` (title, then frames in reading order), ``slide N notes``."""

    label = "ODP"
    extensions: tuple[str, ...] = (".odp",)
    revision = 4

    def _passages(self, archive: zipfile.ZipFile, content: Any, limits: Limits) -> ReadResult:
        pages = content.findall("office:body/office:presentation/draw:page", _NS)
        if not pages:
            raise ReadError("no slides found")
        if len(pages) > limits.max_pages:
            message = f"{len(pages):,} slides exceed the limit of {limits.max_pages:,} slides"
            raise LimitExceeded(message, "max_pages")
        budget = CharBudget(limits)
        passages: list[Passage] = []
        first_title: str | None = None
        for number, page in enumerate(pages, start=1):
            shapes = _shapes(page)
            titles = [s for s in shapes if s.get(_q("presentation:class")) == "title"]
            title = next((t for s in titles if (t := _one_line(_shape_text(s)))), None)
            first_title = first_title or title
            others = [s for s in shapes if s not in titles]
            texts = [_shape_text(s) for s in titles] + list(_shape_texts(others, limits))
            text = "\n".join(t for t in texts if t)
            if text:
                location = Location(label=f"slide {number}", slide=number, section=title)
                passages.append(Passage(budget.add(text), location))
            notes_page = page.find("presentation:notes", _NS)
            notes = "\n".join(_shape_texts(_shapes(notes_page), limits)) if notes_page is not None else ""
            if notes:
                location = Location(label=f"slide {number} notes", slide=number, notes=True, section=title)
                passages.append(Passage(budget.add(notes), location))
        if not passages:
            raise ReadError("no text found")
        return ReadResult(tuple(passages), _properties(archive, first_title), units=len(pages))
