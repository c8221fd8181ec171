"""Frozen values that flow from readers through chunking into the index."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# opens a line of a passage that holds someone else's words (a Markdown block quote): kept to help find the
# passage, never drafted or read as a claim in its author's name (pipeline.drafting.support.without_quotes)
QUOTE_MARK = "> "


@dataclass(frozen=True)
class Location:
    """Where a passage sits in its file, as a human label plus structured fields.

    ``label`` is what an editor reads (``page 3``, ``slide 4 notes``,
    ``section 2.1 Assessment, table 1``); the other fields let code filter
    and link without parsing the label.
    """

    label: str
    page: int | None = None  # physical page number, 1-based
    page_label: str | None = None  # the PDF's own page label when it differs
    slide: int | None = None
    notes: bool = False
    section: str | None = None  # innermost heading, with its number
    section_path: tuple[str, ...] = ()
    table: int | None = None  # table number through the whole document, 1-based
    paragraph: int | None = None
    # the text was read by OCR from an image of the page, not from a text layer: an editor checks it against
    # the page before quoting it. Not part of the label, so a chunk's id does not depend on it.
    ocr: bool = False
    # the file attached to an e-mail that holds the passage (its name), the rest of the location being within that
    # file; the label says it first ("attachment brief.pdf, page 3", see ingest.readers.eml_attachments)
    attachment: str | None = None

    def as_metadata(self) -> dict[str, Any]:
        """Flat, JSON- and Chroma-friendly fields (no None values)."""
        out: dict[str, Any] = {"location": self.label}
        for key in ("attachment", "page", "page_label", "slide", "section", "table", "paragraph"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.notes:
            out["notes"] = True
        if self.ocr:
            out["ocr"] = True
        if self.section_path:
            out["section_path"] = " > ".join(self.section_path)
        return out


_ATTACHED_LABEL = re.compile(r"^attachment .+?\.\w{1,5}, (?=\S)")


def within_attachment(label: str) -> str:
    """A location label as it reads within its own file: an e-mail attachment's ``attachment brief.pdf, page 3``
    is ``page 3``; any other label is itself. For code that tells a slide or a sheet row by its label."""
    return _ATTACHED_LABEL.sub("", label, count=1)


@dataclass(frozen=True)
class RowCell:
    """One cell of a sheet of posts' row as the row's line writes it (``column: text``)."""

    column: str
    text: str
    author: bool = False  # the cell names who wrote the row (an "Author" or "Reporter" column)
    by: str | None = None  # a tracker's comment cell ("date;author;text"): its commenter, ``text`` the comment alone
    # a Q&A export's reply cell ("Reply" beside "Replied by"): the question it answers, quoted over the reply when kept
    answers: str = ""


@dataclass(frozen=True)
class PostRow:
    """A row of a sheet of posts (a post wall's or an issue tracker's export) cell by cell, as the sheet reader
    found it: the reader does not know who the contributor is, so it leaves the decision on whose words each row and
    comment holds to the ingest (ingest.sheet_authors), which takes it from the cells, not from the row's line."""

    cells: tuple[RowCell, ...]
    note: str = ""  # the row's own cell notes, written after its cells in the line ("(note on Body: ...)")
    # a survey export's respondent (one passage per answer, the question quoted over it): every line of the
    # passage is the row's, kept as written when the respondent is the contributor and left out otherwise
    whole: bool = False

    @property
    def author(self) -> str:
        """The row's author as its first author cell names them ("" when it names nobody)."""
        return next((cell.text.strip() for cell in self.cells if cell.author), "")


@dataclass(frozen=True)
class Passage:
    """A run of text from one location of one file, in reading order."""

    text: str
    location: Location
    # a sheet of posts' passage: for each line of ``text``, the row that line writes, or None for a line that is no
    # such row (a title, a quoted note); empty for every other passage
    rows: tuple[PostRow | None, ...] = ()


@dataclass(frozen=True)
class DocumentProperties:
    """What the file says about itself (core properties, PDF info)."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class ReadResult:
    """Everything a reader extracted from one file."""

    passages: tuple[Passage, ...]
    properties: DocumentProperties = DocumentProperties()
    warnings: tuple[str, ...] = ()
    units: int = 0  # pages or slides seen, for throughput figures
    # set when another engine than the reader's own library read the file (a PDF pypdf cannot open, read
    # by PDFium): recorded as the source's reader and reader_version instead of the reader's
    engine: str = ""
    engine_version: str = ""


@dataclass(frozen=True)
class SourceMeta:
    """Metadata of one contribution. The password is never stored or shown."""

    file: str
    title: str = ""
    kind: str = "other"
    contributor: str = ""
    organisation: str = ""
    country: str = ""
    region: str = "other"
    role: str = ""
    date: str = ""
    language: str = ""
    reader: str = ""
    reader_version: str = ""
    password: str | None = field(default=None, repr=False, compare=False)

    def public(self) -> dict[str, str]:
        """The metadata as stored and shown: everything but the password."""
        return {
            "file": self.file,
            "title": self.title,
            "kind": self.kind,
            "contributor": self.contributor,
            "organisation": self.organisation,
            "country": self.country,
            "region": self.region,
            "role": self.role,
            "date": self.date,
            "language": self.language,
            "reader": self.reader,
            "reader_version": self.reader_version,
        }


@dataclass(frozen=True)
class Chunk:
    """An indexed unit: part of one passage, with a deterministic id."""

    chunk_id: str
    file: str
    text: str
    location: Location
    ordinal: int  # position of the chunk in its source
