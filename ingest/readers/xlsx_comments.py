"""The comments (notes) a workbook's cells carry, each with its author, read from the workbook's own parts.

openpyxl reads no comments in read-only mode, so they are read here from the zip: each sheet's relationships
name its comments part (``xl/comments1.xml``, the notes every Excel writes) and, in Excel 365, its threaded
comments (``xl/threadedComments/...``, their authors in ``xl/persons/...``). A threaded comment is also saved as
a note whose text is Excel's advice to upgrade: the threaded comments stand for it, each reply with its own
author. Excel opens a note's text with its author's name ("Jana Ozola:"): that name is the author, not the note.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from ingest.readers.text import clean_text

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_THREADED = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
_REF = re.compile(r"^\$?([A-Z]{1,3})\$?(\d{1,7})$")
_UPGRADE = "[Threaded comment]"  # what a threaded comment's stand-in note opens with


@dataclass(frozen=True)
class CellComment:
    """One comment on a cell: its author as the workbook names them ("" when it names nobody) and its text."""

    author: str
    text: str


def _xml(archive: zipfile.ZipFile, name: str) -> Any | None:
    try:
        return etree.fromstring(archive.read(name), _PARSER)
    except KeyError:
        return None


def _targets(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """The relationships of ``part``: id -> (type's last word, the target's member name)."""
    folder, name = posixpath.split(part)
    root = _xml(archive, posixpath.join(folder, "_rels", name + ".rels"))
    out: dict[str, tuple[str, str]] = {}
    for rel in [] if root is None else root.iter(f"{{{_REL}}}Relationship"):
        target = rel.get("Target") or ""
        member = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        out[rel.get("Id") or ""] = ((rel.get("Type") or "").rsplit("/", 1)[-1], member)
    return out


def _cell(ref: str | None) -> tuple[int, int] | None:
    """(row, column), 1-based, of a reference such as "D5"."""
    match = _REF.match((ref or "").strip().upper())
    if not match:
        return None
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - 64
    return int(match.group(2)), column


def _text(element: Any) -> str:
    return clean_text("".join(element.itertext())).strip()


def _notes(root: Any) -> dict[tuple[int, int], list[CellComment]]:
    authors = [_text(a) for a in root.iter(f"{{{_MAIN}}}author")]
    out: dict[tuple[int, int], list[CellComment]] = {}
    for comment in root.iter(f"{{{_MAIN}}}comment"):
        where = _cell(comment.get("ref"))
        index = int(comment.get("authorId") or -1) if (comment.get("authorId") or "").isdigit() else -1
        author = authors[index] if 0 <= index < len(authors) else ""
        body = comment.find(f"{{{_MAIN}}}text")
        text = _text(body) if body is not None else ""
        if author and text.startswith(author + ":"):  # Excel's bold first line: the author's name
            text = text[len(author) + 1 :].strip()
        if author.startswith("tc=") or text.startswith(_UPGRADE):
            continue  # a threaded comment's stand-in: read from the threaded comments
        if where and text:
            out.setdefault(where, []).append(CellComment(author, " ".join(text.split())))
    return out


def _threaded(root: Any, people: dict[str, str]) -> dict[tuple[int, int], list[CellComment]]:
    out: dict[tuple[int, int], list[CellComment]] = {}
    for comment in root.iter(f"{{{_THREADED}}}threadedComment"):
        where = _cell(comment.get("ref"))
        body = comment.find(f"{{{_THREADED}}}text")
        text = " ".join(_text(body).split()) if body is not None else ""
        if where and text:
            out.setdefault(where, []).append(CellComment(people.get(comment.get("personId") or "", ""), text))
    return out


def _people(archive: zipfile.ZipFile) -> dict[str, str]:
    people: dict[str, str] = {}
    for name in archive.namelist():
        if name.startswith("xl/persons/") and name.endswith(".xml"):
            root = _xml(archive, name)
            for person in [] if root is None else root.iter(f"{{{_THREADED}}}person"):
                people[person.get("id") or ""] = " ".join((person.get("displayName") or "").split())
    return people


def sheet_comments(path: Path) -> dict[str, dict[tuple[int, int], list[CellComment]]]:
    """Each sheet's cell comments by (row, column), keyed by the sheet's name as the workbook gives it."""
    out: dict[str, dict[tuple[int, int], list[CellComment]]] = {}
    with zipfile.ZipFile(path) as archive:
        if not any("comment" in name.lower() for name in archive.namelist()):
            return out
        book = _xml(archive, "xl/workbook.xml")
        if book is None:
            return out
        parts = _targets(archive, "xl/workbook.xml")
        people = _people(archive)
        for sheet in book.iter(f"{{{_MAIN}}}sheet"):
            part = parts.get(sheet.get(f"{{{_DOC_REL}}}id") or "", ("", ""))[1]
            found: dict[tuple[int, int], list[CellComment]] = {}
            for kind, member in _targets(archive, part).values() if part else ():
                root = _xml(archive, member) if kind in ("comments", "threadedComment") else None
                if root is not None:
                    found.update(_notes(root) if kind == "comments" else _threaded(root, people))
            if found:
                out[" ".join((sheet.get("name") or "").split())] = found
    return out
