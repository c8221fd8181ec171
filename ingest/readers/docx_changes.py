"""Tracked changes not yet accepted in a Word file, and a letter's signature set in a table.

A reviewer reads a contribution as it would read once its tracked changes are accepted: inserted text kept,
deleted and moved-away text left out (the Word reader's paragraph text already does this), and two paragraphs
whose paragraph mark was deleted read as one. The reader says in a warning that it did so, with the count of
changes, so an editor who sees a passage differ from the file as opened knows why.

A letter signed by two people often sets the two signatures side by side in a small table under the closing;
such a table is the signature, not the author's input, and goes with the closing.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

_RUN = qn("w:r")
_INSERTED = (qn("w:ins"), qn("w:moveTo"))
_DELETED = (qn("w:del"), qn("w:moveFrom"))
_MARK_DELETED = f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:del')}"
_ROW_DELETED = f"{qn('w:trPr')}/{qn('w:del')}"
MAX_SIGNATURE_ROWS = 4  # a signature table: names, titles, organisations, a date; more rows are a table
MAX_SIGNATURE_COLUMNS = 3


def mark_deleted(p: Any) -> bool:
    """Whether paragraph ``p``'s paragraph mark is a tracked deletion: accepted, it runs on into the next one."""
    return p.find(_MARK_DELETED) is not None


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _holds_text(change: Any) -> bool:
    """A change of text (not only of formatting), counted once: not in the Fallback copy of a text box."""
    return any(True for _ in change.iter(_RUN)) and next(change.iterancestors(_FALLBACK), None) is None


def tracked_changes(body: Any) -> str | None:
    """A warning saying the body's tracked changes were read as accepted, with their counts; None if it has none."""
    inserted = sum(1 for tag in _INSERTED for change in body.iter(tag) if _holds_text(change))
    deleted = sum(1 for tag in _DELETED for change in body.iter(tag) if _holds_text(change))
    deleted += sum(1 for p in body.iter(qn("w:p")) if mark_deleted(p))
    deleted += sum(1 for tr in body.iter(qn("w:tr")) if tr.find(_ROW_DELETED) is not None)
    if not inserted and not deleted:
        return None
    return (
        f"tracked changes not yet accepted ({inserted} insertion{'s' * (inserted != 1)}, {deleted} "
        f"deletion{'s' * (deleted != 1)}): read as if accepted, inserted text kept and deleted text left out"
    )


def _is_name(cell: str) -> bool:
    """A person's name as signed: two to four capitalised words, no figures."""
    words = cell.split()
    return 2 <= len(words) <= 4 and all(word[:1].isupper() for word in words) and not any(c.isdigit() for c in cell)


def signature_cells(rows: list[list[str]]) -> list[str] | None:
    """The cells of a small table, row by row, when it could be a signature block (a few rows, at most a few
    columns, the first row filled with names); None otherwise. Whether they are one is for the closing straight
    above the table to say."""
    rows = [[" ".join(cell.split()) for cell in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if not rows or len(rows) > MAX_SIGNATURE_ROWS or any(len(row) > MAX_SIGNATURE_COLUMNS for row in rows):
        return None
    if not all(_is_name(cell) for cell in rows[0] if cell):
        return None
    return [cell for row in rows for cell in row if cell]


_COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"


def review_comments(part: Any) -> str | None:
    """A warning naming the reviewers' comments left in the document (their count and authors), which are not
    read: a colleague's margin note is not the contributor's words, but the editor should know it is there; None
    when there are none."""
    for rel in part.rels.values():
        if rel.reltype != _COMMENTS_REL or rel.is_external:
            continue
        from lxml import etree  # python-docx's own parser; the comments part is small

        try:
            root = etree.fromstring(rel.target_part.blob, etree.XMLParser(resolve_entities=False, no_network=True))
        except (etree.LxmlError, ValueError):
            return "reviewers' comments found but not read (the comments part is damaged)"
        comments = [c for c in root.iter(qn("w:comment")) if "".join(c.itertext()).strip()]
        if not comments:
            return None
        authors = [a for a in dict.fromkeys(" ".join((c.get(qn("w:author")) or "").split()) for c in comments) if a]
        by = f" (by {', '.join(authors)})" if authors else ""
        count = len(comments)
        return (
            f"{count} comment{'s' * (count != 1)} left in the margin{by}, not read: a reviewer's notes are not the "
            "contributor's words (see them in the file)"
        )
    return None
