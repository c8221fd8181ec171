"""Word reader (python-docx): body text by section (``section 2.1 Workload``), tables as ``..., table K``."""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator
from importlib.metadata import version as _dist_version
from pathlib import Path
from typing import Any

from docx.exceptions import PythonDocxError
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree
from lxml.etree import LxmlError

from ingest.model import DocumentProperties, Location, Passage, ReadResult
from ingest.readers.base import Limits, ReadError
from ingest.readers.bilingual_table import column_passages
from ingest.readers.comment_table import comment_rows
from ingest.readers.docx_body import (
    CHARS,
    NOTE_KINDS,
    SKIP,
    TXBX,
    Block,
    body_blocks,
    note_texts,
    one_line,
    paragraph_text,
    table_rows,
)
from ingest.readers.docx_changes import mark_deleted, review_comments, signature_cells, tracked_changes
from ingest.readers.docx_controls import answered_in_controls, labelled, text_parts
from ingest.readers.docx_form import form_rows, printed
from ingest.readers.docx_package import open_word
from ingest.readers.form_prompts import form_prompt
from ingest.readers.memo import memo_cuts
from ingest.readers.minutes_table import turn_rows
from ingest.readers.salutation import salutation_cuts
from ingest.readers.signature import is_closing, signature_cuts
from ingest.readers.text import DEFAULT_LIMITS, CharBudget, LeftOut, SectionTracker, clean_text
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


def _style_name(paragraph: Paragraph) -> str:
    try:
        style = paragraph.style
    except _PARSE_ERRORS:  # a missing or broken styles part only loses heading detection
        return ""
    return (style.name or "") if style is not None else ""


def _heading_level(paragraph: Paragraph) -> int | None:
    match = _HEADING_STYLE.match(_style_name(paragraph).strip())
    return int(match.group(1)) if match else None


def _prompt(p: Any) -> str | None:
    """A template's paragraph holding its own words: the words quoted, over the answer of a control in it; None
    for a paragraph that is all answer."""
    fixed, answer = (clean_text(t) for t in text_parts(p, SKIP, CHARS))
    return labelled(fixed, answer) if fixed else None


def _last_with_text(items: list[Block]) -> int:
    """Index of the body's last block holding text (a table, a paragraph, anchored text); -1 if none."""
    for index in range(len(items) - 1, -1, -1):
        item = items[index]
        if isinstance(item, Table | str) or paragraph_text(item._p).strip():
            return index
    return -1


def _opening(items: list[Block], part: Any) -> Iterator[tuple[str, str]]:
    """The body's blocks as (role, text), for finding a letter's salutation among its first ones (only a body
    paragraph can be one; see ingest.readers.salutation)."""
    for item in items:
        if isinstance(item, str):
            yield "aside", item
        elif isinstance(item, Table):
            yield "table", "\n".join(table_rows(item, part))
        else:
            text = clean_text(paragraph_text(item._p))
            boxed = next(item._p.iterancestors(TXBX), None) is not None
            plain = _heading_level(item) is None and _style_name(item).strip().lower() != "title"
            yield ("paragraph" if plain and not boxed else "heading"), text


def _properties(document: Any, title_text: str | None, fallback: str | None = None) -> DocumentProperties:
    """Core properties (python-docx would invent defaults for a missing part, so check first). The title is the
    Title paragraph ``title_text`` every reader sees, before the core title (hidden, often a template's or an
    earlier version's), then ``fallback`` (a memo's subject)."""
    try:
        document.part.package.part_related_by(RT.CORE_PROPERTIES)
        core = document.core_properties
        date = core.created or core.modified
        return DocumentProperties(
            title=title_text or one_line(core.title or "") or fallback,
            author=one_line(core.author or "") or None,
            date=date.date().isoformat() if date else None,
            language=one_line(core.language or "") or None,
        )
    except (*_PARSE_ERRORS, OverflowError):
        return DocumentProperties(title=title_text or fallback)


class DocxReader:
    """Reads .docx/.docm bodies in document order: section text as one passage per run, tables apart."""

    name = "python-docx"
    extensions: tuple[str, ...] = (".docx", ".docm")

    @property
    def version(self) -> str:
        """The installed python-docx version and our reading's revision (raised when what is read changes, so
        sources read by an earlier revision are read again on the next ingest; 4: a letter's closing and
        signature at the end of the body are left out; 5: tracked changes read as accepted, a deleted paragraph
        mark joining two paragraphs, two signatures set in a table under the closing left out with it, and a
        chart of one series titled by the series' name; 6: the salutation opening a letter is left out, and minutes'
        surname labels and decisions are read as such by ingest.turns; 7: an unanswered content control's
        placeholder left out, a template answered in content controls has its own prompts quoted over the answers,
        and a memo's header block and closing initials are left out, its subject its title; 8: minutes kept as a
        two-column table, "Speaker | Statement", are read as the speakers' turns; 9: a macro-enabled document (.docm)
        is read, not refused for its main part's content type; 10: a last paragraph that is only its author's name and
        role, "Åsa Nyberg, head of unit", is a signature and left out, and a minutes table's speakers written by
        their initials and surname, "I. Strode", are read as speakers; 11: a comment table's draft wording, "Draft
        text | Comment", is quoted over each row, never the commenter's words; 12: a table cell's control showing its
        placeholder around whole paragraphs is left out, as one inside a paragraph is; 13: the Title paragraph the
        reader sees is the title, before the core properties' hidden one; 14: a table of two languages' columns is
        read column by column, ingest.readers.bilingual_table, and reviewers' comments are named in a warning; 15: a
        form's table of shaded labels beside answers quotes each label over its answer, its "Characters used" counts and
        office-use rows left out, ingest.readers.docx_form; 16: a form's printed prompt in a one-cell box is quoted over
        the answer below it, ingest.readers.form_prompts)."""
        return f"{_dist_version('python-docx')} reading 16"

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """Extract passages; ``password`` is unused (encrypted Word files are not zips)."""
        return read_office_zip(path, limits, "DOCX", _PARSE_ERRORS, self._read)

    def _read(self, path: Path, limits: Limits) -> ReadResult:
        document = open_word(path)
        part = document.part
        items = list(body_blocks(document.element.body, document, part))
        template = answered_in_controls(document.element.body)  # a template answered in content controls
        # a form's table of shaded labels: its print above it and its lines to sign are quoted (docx_form)
        first_form = next((k for k, i in enumerate(items) if isinstance(i, Table) and form_rows(i) is not None), None)
        # a memo's header block ("To:", "From:", "Subject:") and closing initials: no passage; its subject names it
        body = [k for k, item in enumerate(items) if isinstance(item, Paragraph) and _heading_level(item) is None]
        cuts, subject = memo_cuts([clean_text(paragraph_text(items[k]._p)) for k in body])
        memo = {body[i]: text for i, text in cuts.items()}
        levels = [level for item in items if isinstance(item, Paragraph) and (level := _heading_level(item))]
        sections = SectionTracker(levels)
        budget = CharBudget(limits)
        passages: list[Passage] = []
        pending: list[str] = []
        roles: list[str] = []  # beside each pending text: "paragraph", or "aside" for what is anchored in one
        title_text: str | None = None
        tables = 0
        try:
            notes = note_texts(document)
        except (*_PARSE_ERRORS, etree.XMLSyntaxError):  # broken notes lose the notes, not the body
            notes = {}
        numbers: dict[tuple[str, str], int] = {}  # (kind, id) -> number in order of first reference
        waiting: list[tuple[str, str]] = []  # notes referenced since the last passage

        def note_location(kind: str, number: int) -> Location:
            base = sections.location()
            label = f"{base.label}, {kind} {number}" if base.section else f"{kind} {number}"
            return Location(label=label, section=base.section, section_path=base.section_path)

        def emit_notes() -> None:
            for kind, note_id in waiting:
                text = notes.get(kind, {}).get(note_id)
                if text:
                    location = note_location(kind, numbers[kind, note_id])
                    passages.append(Passage(budget.add(text), location))
            waiting.clear()

        def refer(element: Any) -> None:
            for kind, _ in NOTE_KINDS:
                for ref in element.iter(qn(f"w:{kind}Reference")):
                    key = (kind, ref.get(qn("w:id"), ""))
                    if key not in numbers:
                        numbers[key] = 1 + sum(1 for k, _ in numbers if k == kind)
                        waiting.append(key)

        def flush(last: bool = False) -> None:
            if last:  # the body's last paragraphs: a letter's closing and signature are not its input
                cuts = signature_cuts(
                    list(zip(roles, pending, strict=True)), after_text=bool(passages or sections.stack)
                )
                pending[:] = [cuts.get(index, text) for index, text in enumerate(pending)]
            passages.extend(sections.passages(pending, budget))
            pending.clear()
            roles.clear()
            emit_notes()

        carry: list[str] = []  # a paragraph whose mark is a tracked deletion: it runs on into the next one

        def drop_carry() -> None:
            if carry:
                pending.append(carry.pop())
                roles.append("paragraph")

        def closes(rows: list[str]) -> bool:
            """Whether ``rows``, the body's last table, are the signatures under a closing (then left out)."""
            cells = signature_cells([row.split(" | ") for row in rows])
            if cells is None or not pending or roles[-1] != "paragraph" or not is_closing(pending[-1]):
                return False
            blocks = [*zip(roles, pending, strict=True), *(("paragraph", cell) for cell in cells)]
            cuts = signature_cuts(blocks, after_text=bool(passages or sections.stack))
            if any(cuts.get(len(pending) + k) != "" for k in range(len(cells))):
                return False
            pending[:] = [cuts.get(index, text) for index, text in enumerate(pending)]
            return True

        last_text = _last_with_text(items)
        greeting = salutation_cuts(_opening(items, part))  # "Dear colleagues," opening a letter is not its input
        for index, item in enumerate(items):
            if isinstance(item, str):
                drop_carry()
                pending.append(item)
                roles.append("aside")
                continue
            if isinstance(item, Table):
                drop_carry()
                form = form_rows(item)  # a form's shaded labels quoted over the answers (ingest.readers.docx_form)
                rows = form if form is not None else table_rows(item, part, template)
                if index == last_text and closes(rows):
                    continue  # a letter's signatures set side by side in a table under its closing
                flush()
                tables += 1
                if form is not None:
                    if form:
                        passages.append(Passage(budget.add("\n".join(form)), sections.location(table=tables)))
                    refer(item._tbl)
                    emit_notes()
                    continue
                if (prompt := form_prompt(rows)) is not None:
                    pending.append(prompt)  # a form's printed prompt in a box: quoted over the answer below it
                    roles.append("aside")
                    refer(item._tbl)
                    continue
                columns = column_passages(rows, sections.location(table=tables), budget)  # two languages' columns
                passages.extend(columns or ())
                if rows and columns is None:  # minutes as a table: the speakers' turns; a comment table's draft quoted
                    text = "\n".join(turn_rows(rows) or comment_rows(rows) or rows)
                    passages.append(Passage(budget.add(text), sections.location(table=tables)))
                refer(item._tbl)
                emit_notes()
                continue
            text = clean_text(paragraph_text(item._p))
            if index in greeting or index in memo:
                text = memo[index] if index in memo else greeting[index]
                if not text:  # only a salutation or a memo's header: counted, so the others keep their numbers
                    drop_carry()
                    pending.append(LeftOut())
                    roles.append("paragraph")
                    refer(item._p)
                    continue
            if not text:
                if not mark_deleted(item._p):
                    drop_carry()  # a paragraph run on into an empty one ends with it
                refer(item._p)
                continue
            level = _heading_level(item)
            body_text = level is None and _style_name(item).strip().lower() != "title"
            if carry and body_text:
                text = clean_text(f"{carry.pop()} {text}")  # the deleted mark accepted: one paragraph
            drop_carry()
            if body_text and mark_deleted(item._p) and next(item._p.iterancestors(TXBX), None) is None:
                carry.append(text)
                refer(item._p)
                continue
            if level is not None:
                flush()
                sections.enter(level, text.replace("\n", " "))
            elif _style_name(item).strip().lower() == "title":
                # the document title names the whole file; it is a property, not a section
                title_text = title_text or text.replace("\n", " ")
            elif template and (prompt := _prompt(item._p)) is not None:
                pending.append(prompt)  # the template's words, quoted over the answer they ask for
                roles.append("aside")
            elif first_form is not None and printed(item._p, index < first_form):
                pending.append(labelled(text, ""))  # the form's banner, instructions or signature line, quoted
                roles.append("aside")
            else:
                pending.append(text)
                boxed = next(item._p.iterancestors(TXBX), None) is not None  # a text box's, never a signature's
                roles.append("aside" if boxed else "paragraph")
            refer(item._p)
        drop_carry()
        flush(last=True)
        # notes no reference points to (deleted references, hand-made files) still hold text; they belong to
        # no section, so they come last under their own label
        for kind, by_id in notes.items():
            for note_id, text in by_id.items():
                if (kind, note_id) not in numbers:
                    numbers[kind, note_id] = 1 + sum(1 for k, _ in numbers if k == kind)
                    location = Location(label=f"{kind} {numbers[kind, note_id]}")
                    passages.append(Passage(budget.add(text), location))
        if not passages:
            raise ReadError("no text found")
        found = (tracked_changes(document.element.body), review_comments(part))  # read as accepted; not read
        warnings = tuple(warning for warning in found if warning)
        return ReadResult(
            tuple(passages), _properties(document, title_text or None, subject or None), warnings, units=len(items)
        )
