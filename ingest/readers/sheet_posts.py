"""A sheet of posts' rows cell by cell: which cell names the row's author, which comment cell its commenter.

A post wall or an issue tracker exported as a sheet (Padlet's "Subject, Body, Author, Created At"; Jira's
"Summary, Description, Reporter, Comment") gives one row per post or issue and names who wrote it in an author or
reporter column; a tracker's comment cell, written "date;author;text", is its commenter's. The reader knows the
cells but not the contributor, so for such a sheet it keeps each row's cells beside its line
(:class:`ingest.model.PostRow`), and the ingest decides from them whose rows and comments are kept
(ingest.sheet_authors). A sheet is taken for one of posts when its header has an author column beside a post's
body, its posting date or comments: an "Author" column alone may list the authors of works a sheet cites.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ingest.model import PostRow, RowCell
from ingest.readers.sheet_columns import AUTHOR_COLUMN, BODY, POSTED, column_words

COMMENT_COLUMN = re.compile(r"(?i)^comments?(?:\s+\d{1,2})?$")
# a Q&A tool's export (Slido, Mentimeter, a webinar's Q&A): a reply to the row's question and who replied, a
# panellist who is not the row's author
_REPLY = re.compile(r"^(?:repl(?:y|ies)|answers?|responses?|(?:reply|answer|response)\s+text)$")
_REPLIER = re.compile(r"^(?:(?:replied|answered|responded)\s+by|(?:replier|answerer|responder|respondent|panell?ist))$")
# "04/Mar/26 11:05 AM;lukas.zilinskas;For the record: ..."
_COMMENT = re.compile(r"^(?P<date>[^;\n]{4,30}\d[^;\n]{0,10});(?P<user>[^;\s][^;\n]{0,60});(?P<text>.+)$", re.S)


def _folded(name: str) -> str:
    return column_words(name)


def is_author(name: str) -> bool:
    """Whether a column's name says it names who wrote the row ("Author", "Reporter", "Created by")."""
    return bool(AUTHOR_COLUMN.match(_folded(name)))


def of_posts(header: Mapping[int, str]) -> bool:
    """Whether a header is a sheet of posts': an author column beside a body, a posting date or comments."""
    names = [_folded(name) for name in header.values()]
    if any(_REPLY.match(n) for n in names) and any(_REPLIER.match(n) for n in names):
        return True  # a Q&A export: each reply is its replier's
    posts = any(BODY.match(n) or POSTED.match(n) or COMMENT_COLUMN.match(n) for n in names)
    return posts and any(AUTHOR_COLUMN.match(n) for n in names)


def post_row(pairs: Sequence[tuple[str, str]]) -> PostRow:
    """A row of a sheet of posts from the (column name, text) pairs its line writes, in the line's order. A Q&A
    export's reply is its replier's, the question it answers (the row's longest other cell) kept with it."""
    repliers = [text.strip() for name, text in pairs if _REPLIER.match(_folded(name)) and text.strip()]
    if repliers and any(_REPLY.match(_folded(name)) for name, _ in pairs):
        return _reply_row(pairs, repliers[0])
    cells = []
    for name, text in pairs:
        comment = _COMMENT.match(text) if COMMENT_COLUMN.match(name) else None
        if comment:
            cells.append(RowCell(name, comment.group("text").strip(), by=comment.group("user").strip()))
        else:
            cells.append(RowCell(name, text, author=is_author(name)))
    return PostRow(tuple(cells))


def _reply_row(pairs: Sequence[tuple[str, str]], replier: str) -> PostRow:
    """A Q&A row with a reply: the reply cell is ``replier``'s and answers the row's question; the replier's own
    cell is left out (the reply names them), the other cells are the row's author's as in any sheet of posts."""
    asked = [(name, text) for name, text in pairs if not (_REPLY.match(_folded(name)) or _REPLIER.match(_folded(name)))]
    asked = [(name, text) for name, text in asked if not is_author(name)]
    question = max(asked, key=lambda pair: len(pair[1].split()), default=("", ""))
    cells = []
    for name, text in pairs:
        if _REPLY.match(_folded(name)):
            cells.append(
                RowCell(name, text, by=replier, answers=f"{question[0]}: {question[1]}" if question[0] else "")
            )
        elif not _REPLIER.match(_folded(name)):
            cells.append(RowCell(name, text, author=is_author(name)))
    return PostRow(tuple(cells))
