"""Whose words a sheet of posts holds: each row is its author's, each comment cell its commenter's.

A post wall or an issue tracker exported as a sheet (Padlet's "Subject, Body, Author, Created At"; Jira's
"Summary, Description, Reporter, Comment") gives one row per post or issue, and names who wrote it in an author
or reporter column. The metadata names one contributor, and every row would be credited to them: a colleague's
question or figures quoted in the contributor's name. So a sheet whose author column names two people or more
keeps only the rows whose author is the contributor, matched as a discussion's posts are (ingest.posts), and
names the others in a warning. A tracker's comment cell written "date;author;text" is its commenter's, whoever
reported the issue: only the contributor's comments are kept, without their date and name. A row with no author
is left out too: whose words it holds is unclear. When no author and no commenter is the contributor, the file is
left as it is (an author column may list the authors of works a sheet cites, not its own posts).

The author column itself is left out of the kept rows: it names who wrote the row, which the source already says.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ingest.model import Passage, within_attachment
from ingest.posts import names_contributor
from ingest.readers.sheet_columns import AUTHOR_COLUMN, BODY, POSTED

_ROWS = re.compile(r"^(?:sheet .+, )?rows? \d")
_FIELD = re.compile(r"(?:^|; )(?P<name>[^:;\n]{1,40}): ")
_COMMENT_COLUMN = re.compile(r"(?i)^comments?(?:\s+\d{1,2})?$")
# "04/Mar/26 11:05 AM;lukas.zilinskas;For the record: ..."
_COMMENT = re.compile(r"^(?P<date>[^;\n]{4,30}\d[^;\n]{0,10});(?P<user>[^;\s][^;\n]{0,60});(?P<text>.+)$", re.S)


def _header(lines: list[str]) -> set[str]:
    """The column names the rows write ("Name: value; ..."): those opening a field in half the lines or more."""
    counts = Counter(name for line in lines for name in {m.group("name") for m in _FIELD.finditer(line)})
    least = max(1, len(lines) // 2)
    return {name for name, n in counts.items() if n >= least}


def _fields(line: str, header: set[str]) -> list[tuple[str, str]] | None:
    """A row's (column, value) pairs, cut only at the header's names; None for a line that is no such row."""
    starts = [m for m in _FIELD.finditer(line) if m.group("name") in header]
    if not starts or starts[0].start() != 0:
        return None
    ends = [m.start() for m in starts[1:]] + [len(line)]
    return [(m.group("name"), line[m.end() : end]) for m, end in zip(starts, ends, strict=True)]


def _is_author(name: str) -> bool:
    return bool(AUTHOR_COLUMN.match(" ".join(name.casefold().split())))


def own_rows(passages: Sequence[Passage], contributor: str, organisation: str) -> tuple[list[Passage], list[str]]:
    """``passages`` with only the contributor's rows and comments when a sheet names several authors, and the
    warnings to show."""
    lines = [x for p in passages if _ROWS.match(within_attachment(p.location.label)) for x in p.text.split("\n")]
    header = _header(lines)
    folded = [" ".join(name.casefold().split()) for name in header]
    # an author column beside a post's body, its posting date or comments: a list of works by author is no wall
    posts = any(BODY.match(n) or POSTED.match(n) or _COMMENT_COLUMN.match(n) for n in folded)
    if not posts or not any(_is_author(name) for name in header):
        return list(passages), []
    rows = [f for f in (_fields(x, header) for x in lines) if f]
    authors = {v.strip() for f in rows for n, v in f if _is_author(n) and v.strip()}
    users = {
        m.group("user").strip() for f in rows for n, v in f if _COMMENT_COLUMN.match(n) and (m := _COMMENT.match(v))
    }

    def own(person: str) -> bool:
        return names_contributor(person, person, contributor, organisation)

    if len(authors | users) < 2 or not any(own(a) for a in authors | users):
        return list(passages), []
    others: dict[str, None] = {}
    kept: list[Passage] = []
    for passage in passages:
        if not _ROWS.match(within_attachment(passage.location.label)):
            kept.append(passage)
            continue
        out = []
        for line in passage.text.split("\n"):
            fields = _fields(line, header)
            if fields is None:
                out.append(line)
                continue
            if text := _own_fields(fields, own, others):
                out.append(text)
        if text := "\n".join(out).strip():
            kept.append(replace(passage, text=text))
    who = contributor or organisation or "the contributor"
    note = f"a sheet of posts by several authors: only {who}'s rows and comments are read"
    if others:
        note += f"; the rows and comments of {', '.join(others)} are someone else's words and are left out"
    return kept, [note]


def _own_fields(fields: list[tuple[str, str]], own, others: dict[str, None]) -> str:
    """The row's text that is the contributor's: its cells when they wrote the row, their own comments always."""
    author = next((v.strip() for n, v in fields if _is_author(n)), "")
    mine = bool(author) and own(author)
    if author and not mine:
        others.setdefault(author, None)
    kept = []
    for name, value in fields:
        comment = _COMMENT.match(value) if _COMMENT_COLUMN.match(name) else None
        if comment:
            user = comment.group("user").strip()
            if own(user):
                kept.append(f"{name}: {comment.group('text').strip()}")
            else:
                others.setdefault(user, None)
        elif mine and not _is_author(name):
            kept.append(f"{name}: {value}")
    return "; ".join(kept)
