"""A two-column table of the same text in two languages, read as one passage per column, each in its language.

A contribution sent in two languages often sets them side by side: "Original (srpski) | English translation", the
original on the left, its translation on the right of every row. Read row by row, each English sentence would stand
beside its original in one line and one chunk, so a sentence drawn from it could carry the other language's half,
and a search in English would find the line half in another language. So a table whose two header cells name the
languages (a language's name in English or in its own words, or "original" against "translation") is read column
by column: each column's rows, under its header's name, are a passage of their own. A table with another header,
more columns, or a row that is not two cells is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.metadata_languages import language_named
from ingest.model import Location, Passage
from ingest.readers.text import CharBudget

_SEPARATOR = " | "
_ROLE = re.compile(
    r"\b(?:original|originals?|source\s+text|translation|translated|translat\w*|prevod|prijevod|übersetzung|"
    r"traduction|traducción|traduzione|tłumaczenie|překlad|preklad)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")


def _language(cell: str) -> str | None:
    """The language a header cell names ("English translation", "Original (srpski)"), or None."""
    for word in _WORD.findall(cell.casefold()):
        code = language_named(word)  # the languages' own names, as a bilingual table's header writes them
        if code:
            return code
    return None


def language_columns(rows: list[str]) -> list[tuple[str, str]] | None:
    """The table's rows (cells joined by " | ", the header first) as (header cell, the column's rows) for each of
    its two columns, when the header names two languages, or one language and the other column's role
    ("Original"); None for any other table."""
    if len(rows) < 2:
        return None
    cells = [row.split(_SEPARATOR) for row in rows]
    if any(len(row) != 2 for row in cells):
        return None
    header = [" ".join(cell.split()) for cell in cells[0]]
    if any(len(cell.split()) > 5 for cell in header):
        return None  # a header's name, not a row of text
    languages = [_language(cell) for cell in header]
    named = [code for code in languages if code]
    if not named or len(set(named)) != len(named):
        return None
    if len(named) == 1 and not all(languages[k] or _ROLE.search(header[k]) for k in range(2)):
        return None
    columns = []
    for k in range(2):
        lines = [" ".join(row[k].split()) for row in cells[1:] if row[k].strip()]
        if not lines:
            return None
        columns.append((header[k], "\n".join(lines)))
    return columns


def column_passages(rows: list[str], location: Location, budget: CharBudget) -> list[Passage] | None:
    """The table's passages, one per language's column, located as the table with the column's header name
    ("table 1, English translation"); None when the table is not one of two languages' columns."""
    columns = language_columns(rows)
    if columns is None:
        return None
    return [Passage(budget.add(text), replace(location, label=f"{location.label}, {name}")) for name, text in columns]
