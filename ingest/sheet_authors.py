"""Whose words a sheet of posts holds: each row is its author's, each comment cell its commenter's.

A post wall or an issue tracker exported as a sheet (Padlet's "Subject, Body, Author, Created At"; Jira's
"Summary, Description, Reporter, Comment") gives one row per post or issue, and names who wrote it in an author
or reporter column. The metadata names one contributor, and every row would be credited to them: a colleague's
question or figures quoted in the contributor's name. So a sheet whose author column names two people or more
keeps only the rows whose author is the contributor, matched as a discussion's posts are (ingest.posts), and
names the others in a warning. A tracker's comment cell written "date;author;text" is its commenter's, whoever
reported the issue: only the contributor's comments are kept, without their date and name. A row with no author
is left out too: whose words it holds is unclear. A Q&A export's reply ("Reply" beside "Replied by") is its
replier's, kept under the question it answers, quoted. When no author and no commenter is the contributor, the file is
left as it is (an author column may list the authors of works a sheet cites, not its own posts), except a survey
export's answers by two respondents or more: they are kept quoted, as others' words.

The author column itself is left out of the kept rows: it names who wrote the row, which the source already says.

The sheet readers know the cells (ingest.readers.sheet_posts): a sheet of posts' passage carries each row cell by
cell (``Passage.rows``), and the decision is taken from the row's author cell and its comment cells, never by
reading the row's line again; a kept row is written again from its own cells as the reader writes a line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ingest.model import QUOTE_MARK, Passage, PostRow
from ingest.posts import names_contributor


def _rows(passage: Passage) -> tuple[PostRow | None, ...]:
    """The passage's rows line by line; none when its text no longer has the lines they were read with."""
    return passage.rows if len(passage.rows) == passage.text.count("\n") + 1 else ()


def own_rows(passages: Sequence[Passage], contributor: str, organisation: str) -> tuple[list[Passage], list[str]]:
    """``passages`` with only the contributor's rows and comments when a sheet names several authors, and the
    warnings to show."""
    rows = [row for passage in passages for row in _rows(passage) if row is not None]
    authors = {cell.text.strip() for row in rows for cell in row.cells if cell.author and cell.text.strip()}
    users = {cell.by for row in rows for cell in row.cells if cell.by}

    def own(person: str) -> bool:
        return names_contributor(person, person, contributor, organisation)

    plain = [replace(passage, rows=()) if passage.rows else passage for passage in passages]
    if not any(own(a) for a in authors | users):
        return _others_answers(passages, plain, contributor or organisation or "the contributor")
    if len(authors | users) < 2:
        return plain, []
    others: dict[str, None] = {}
    kept: list[Passage] = []
    for passage, read in zip(passages, plain, strict=True):
        rows_of = _rows(passage)
        if not rows_of:
            kept.append(read)
            continue
        out = []
        for line, row in zip(passage.text.split("\n"), rows_of, strict=True):
            if row is None:
                out.append(line)
            elif row.whole:
                if _own_respondent(row, own, others):
                    out.append(line)
            elif text := _own_cells(row, own, others):
                out.append(text)
        if text := "\n".join(out).strip():
            kept.append(replace(read, text=text))
    who = contributor or organisation or "the contributor"
    note = f"a sheet of posts by several authors: only {who}'s rows and comments are read"
    if others:
        note += f"; the rows and comments of {', '.join(others)} are someone else's words and are left out"
    return kept, [note]


def _others_answers(passages: Sequence[Passage], plain: list[Passage], who: str) -> tuple[list[Passage], list[str]]:
    """A survey export whose respondents (two or more rows) include nobody known to be the contributor: its
    answers are kept to be found, each line quoted (``QUOTE_MARK``), never drafted in the contributor's name; any
    other sheet is left as it is (an author column may list the authors of works a sheet cites)."""
    answered = {p.location.label for p in passages for row in _rows(p) if row is not None and row.whole}
    if len(answered) < 2:
        return plain, []
    out: list[Passage] = []
    for passage, read in zip(passages, plain, strict=True):
        rows_of = _rows(passage)
        if not any(row is not None and row.whole for row in rows_of):
            out.append(read)
            continue
        lines = passage.text.split("\n")
        quoted = [
            QUOTE_MARK + line if row is not None and row.whole and not line.startswith(QUOTE_MARK) else line
            for line, row in zip(lines, rows_of, strict=True)
        ]
        out.append(replace(read, text="\n".join(quoted)))
    note = (
        f"a survey export's answers by {len(answered)} respondents, none of them known to be {who}: kept to be "
        "found, as others' words, never drafted in the contributor's name"
    )
    return out, [note]


def _own_respondent(row: PostRow, own: Callable[[str], bool], others: dict[str, None]) -> bool:
    """Whether a survey respondent's answer is the contributor's; one who gives no name is nobody known."""
    if row.author and own(row.author):
        return True
    others.setdefault(row.author or "an anonymous respondent", None)
    return False


def _own_cells(row: PostRow, own: Callable[[str], bool], others: dict[str, None]) -> str:
    """The row's text that is the contributor's: its cells (and their notes) when they wrote the row, their own
    comments always."""
    mine = bool(row.author) and own(row.author)
    if row.author and not mine:
        others.setdefault(row.author, None)
    kept = []
    for cell in row.cells:
        if cell.by is not None:
            if own(cell.by):
                # a reply keeps the question it answers over it, quoted: the asker's words, never the replier's
                asked = f"{QUOTE_MARK}{cell.answers}\n" if cell.answers else ""
                kept.append(f"{asked}{cell.column}: {cell.text}")
            else:
                others.setdefault(cell.by, None)
        elif mine and not cell.author:
            kept.append(f"{cell.column}: {cell.text}")
    return "; ".join(kept) + (row.note if mine and kept else "")
