"""A comment-resolution table: the draft's wording quoted in one column, the commenter's comment in another.

Bodies that review a draft often send their comments as a Word table, one row per comment: where in the draft
("Section", "Line"), the draft's wording the comment is about ("Draft text", "Original text", "Current wording"),
the comment and a proposed change. Read as a table, each row is credited whole to the commenter, the draft's own
sentence with it, so the draft's wording would be quoted back as the commenter's view. So the draft's cell of
each row is set on a quoted line of its own (``QUOTE_MARK``) over the row, as a form's question is: kept to find
the passage, never drafted as the commenter's words; the rest of the row stays as it was.

Only a table whose header names both a column of the draft's wording and a column of comments is read so, in
the languages of the agency's members; a cell of the draft's column that is empty gives no quoted line.
"""

from __future__ import annotations

import re

from ingest.model import QUOTE_MARK

_SEPARATOR = " | "
# the header of the draft's own wording: "Draft text", "Original text", "Current wording", "Text of the draft",
# "Quoted text", "Existing text", "Entwurfstext", "Texte du projet", "Texto del borrador", "Testo della bozza"
_DRAFT = re.compile(
    r"^(?:(?:draft|original|current|existing|quoted|present|proposed\s+draft)\s+(?:text|wording|provision|sentence)|"
    r"(?:text|wording)\s+(?:of|in)\s+(?:the\s+)?(?:draft|document|guidelines?)|text\s+commented(?:\s+on)?|"
    r"entwurfstext|text\s+des\s+entwurfs|urspr(?:ü|ue)nglicher\s+text|texte\s+(?:du\s+projet|actuel|original|"
    r"initial)|texto\s+(?:del\s+borrador|actual|original)|testo\s+(?:della\s+bozza|attuale|originale)|"
    r"oorspronkelijke\s+tekst|huidige\s+tekst|tekst\s+projektu)$"
)
# the header of the commenter's comment
_COMMENT = re.compile(
    r"^(?:comments?|comment\s+and\s+rationale|observations?|remarks?|kommentare?|anmerkungen?|commentaires?|"
    r"observaciones|comentarios?|commenti|osservazioni|opmerkingen?|commentaar|uwagi|komentarze?)$"
)
_MARKUP = re.compile(r"[*_:#.]+")


def _header(cell: str) -> str:
    """A header cell folded for matching: lower case, without emphasis, a closing colon or a parenthesis."""
    return " ".join(_MARKUP.sub(" ", re.sub(r"\([^)]*\)", " ", cell)).split()).casefold()


def draft_header(cell: str) -> bool:
    """Whether a header cell names a column of the draft's own wording ("Draft text", "Current wording")."""
    return bool(_DRAFT.match(_header(cell)))


def comment_rows(rows: list[str]) -> list[str] | None:
    """A table's rows (cells joined by " | ", the header row first) with the draft's wording of each row set on a
    quoted line over it, when the header names a draft's column and a comment's column; None for any other table."""
    if len(rows) < 2:
        return None
    header = rows[0].split(_SEPARATOR)
    folded = [_header(cell) for cell in header]
    draft = [k for k, cell in enumerate(folded) if _DRAFT.match(cell)]
    if len(draft) != 1 or not any(_COMMENT.match(cell) for cell in folded):
        return None
    column = draft[0]
    name = " ".join(header[column].split()).strip(" :*_") or "Draft text"
    lines = [_SEPARATOR.join(c for k, c in enumerate(header) if k != column)]
    for row in rows[1:]:
        cells = row.split(_SEPARATOR)
        if len(cells) != len(header):
            return None  # a cell holding the separator, or merged cells: whose words are which cannot be told
        quoted = " ".join(cells[column].split())
        if quoted:
            lines.append(f"{QUOTE_MARK}{name}: {quoted}")
        lines.append(_SEPARATOR.join(c for k, c in enumerate(cells) if k != column))
    return lines
