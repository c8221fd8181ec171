"""Outlines kept in word processors (Word, OpenDocument): paragraphs and tables made into outline lines.

Sections are found the way the writer marked them, the clearest mark first: heading styles (Heading 1, or
Heading 2 under a single Heading 1 that titles the document); else paragraphs in bold; else a numbered list
whose every top item has items under it; else typed marks read as plain text ("1. Title", "Section 2:",
CAPITALS). Questions are list items, lines ending in "?", lines under a "Guiding questions" label, or the cells
of a table's question column ("No. | Guiding question"). The lines then follow the Markdown rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.drafting.outline_data import OutlineError, audience_for
from pipeline.drafting.outline_lines import (
    asks,
    asks_or_instructs,
    field_line,
    instructs_on_matter,
    is_note,
    questions_label,
)

__all__ = ["Block", "blocks_to_data", "table_lines"]

_QUESTION_HEADER = re.compile(r"\bquestions?\b", re.I)
_GROUP_HEADER = re.compile(r"^(?:section|theme|topic|area|chapter|part|pillar|heading)s?\b", re.I)


@dataclass(frozen=True)
class Block:
    """A paragraph (``heading`` 0 for the title, n for Heading n, -1 for body text; ``list_level`` -1 when not
    a list item) or a table (``rows`` of cell texts)."""

    text: str = ""
    heading: int = -1
    list_level: int = -1
    bold: bool = False
    rows: tuple[tuple[str, ...], ...] = ()
    italic: bool = False  # every run in italics: a writer's note ("Drafted by the working group ...")


def _section_candidate(block: Block) -> bool:
    """A paragraph that could title a section: short, asking nothing, not a label or a field line."""
    text = block.text
    return (
        not block.rows
        and bool(text)
        and not asks(text)
        and len(text.split()) <= 15
        and field_line(text) is None
        and not questions_label(text)[0]
    )


def table_lines(rows: tuple[tuple[str, ...], ...], sectioned: bool) -> list[str]:
    """Questions of a table: its question column under a header naming questions, else its cells asking one.

    A cell's lines (paragraphs) are questions of their own. A theme or section column opens a section at each
    new value, unless the document has sections already."""
    if not rows:
        return []
    header = [_one_line(cell) for cell in rows[0]]
    column = next((i for i, cell in enumerate(header) if _QUESTION_HEADER.search(cell)), None)
    if column is None:  # no header names the questions: cells that ask (in a one-column table, or instruct)
        single = all(len([c for c in row if c.strip()]) <= 1 for row in rows)
        cells = dict.fromkeys(line for row in rows for cell in row for line in _lines(cell))
        wanted = asks_or_instructs if single else asks
        return [line for cell in cells if wanted(cell) for line in ("", f"- {cell}")]
    group = None if sectioned else next((i for i, cell in enumerate(header) if _GROUP_HEADER.match(cell)), None)
    audience = next((i for i, cell in enumerate(header) if _AUDIENCE_HEADER.match(cell.strip(" :"))), None)
    lines, theme = [], ""
    heard: list[set[str]] = []  # the audiences each section's rows name, to write under its heading
    for row in rows[1:]:
        if (band := _band(row)) and not sectioned:  # a row merged across the table names the next section
            theme = band
            lines += ["", f"## {band}"]
            heard.append(set())
            continue
        if group is not None and group < len(row) and _one_line(row[group]) not in ("", theme):
            theme = _one_line(row[group])
            lines += ["", f"## {theme}"]
            heard.append(set())
        if heard and audience is not None and audience < len(row) and audience != group:
            named = audience_for(_one_line(row[audience]))
            if named in ("system", "provider", "both"):
                heard[-1].add(named)
        if column < len(row):
            lines += [line for question in _lines(row[column]) for line in ("", f"- {question}")]
    sections = iter(heard)
    return [
        line
        for text in lines
        for line in ((text, _audience_line(next(sections))) if text.startswith("## ") else (text,))
        if line is not None
    ]


# a column naming each section's audience, in the words teams use for it ("For", "Target group", "Level")
_AUDIENCE_HEADER = re.compile(
    r"^(?:audiences?|target(?: group| audience)?s?|for|for whom|who for|levels?|addressed to|intended for|aimed at)$",
    re.I,
)


def _audience_line(named: set[str]) -> str | None:
    """The ``Audience:`` line of a section whose rows name ``named``: one audience, or both when its rows name
    both; None when they name none the loader knows ("Level: EQF 5" is no audience)."""
    if not named:
        return None
    if "both" in named or len(named) > 1:
        return "Audience: both"
    return f"Audience: {named.pop()}"


def _band(row: tuple[str, ...]) -> str:
    """The title a row merged across a table of several columns holds (Word repeats a merged cell's text in each
    column it spans, and the OpenDocument reader does so too); "" for any other row, and for a merged row that
    asks a question (a question written across the table is still a question)."""
    cells = {_one_line(cell) for cell in row}
    if len(row) < 2 or len(cells) != 1:
        return ""
    (text,) = cells
    return text if text and not asks(text) else ""


def _one_line(cell: str) -> str:
    return " ".join(cell.split())


def _lines(cell: str) -> list[str]:
    """A cell's paragraphs (Markdown writes them with <br>), each without a typed bullet or number."""
    parts = re.split(r"\n|<br\s*/?>", cell, flags=re.I)
    out: list[str] = []
    for part in (re.sub(r"^(?:[-*\u2022]|\d{1,3}[.)])\s+", "", _one_line(p)) for p in parts if p.strip()):
        if out and is_note(part):
            out[-1] = f"{out[-1]} {part}"  # "[optional]" under a question is its note (left out with it), no question
        else:
            out.append(part)
    return out


def _marked(blocks: list[Block]) -> tuple[set[int], int | None]:
    """Which blocks open a section when no heading style does, and the title's index."""
    paragraphs = [i for i, b in enumerate(blocks) if not b.rows and b.text]
    # a paragraph in the Title style is the document's title however bold its style is, never a section
    bold = [i for i in paragraphs if blocks[i].bold and blocks[i].heading != 0 and _section_candidate(blocks[i])]
    title_at = None
    if bold and paragraphs and bold[0] == paragraphs[0] and len(bold) > 1:
        between = blocks[bold[0] + 1 : bold[1]]
        if not any(b.rows or b.list_level >= 0 or asks(b.text) for b in between):
            title_at, bold = bold[0], bold[1:]  # a bold first line over an introduction is the title
    if bold:
        return set(bold), title_at
    tops = [i for i in paragraphs if blocks[i].list_level == 0]
    parents = {
        i
        for i in tops
        if _section_candidate(blocks[i])
        and any(blocks[j].list_level > 0 for j in _following(blocks, i) if not blocks[j].rows)
    }
    if tops and parents == set(tops):  # every top item has items under it: a list of sections
        return parents, None
    return set(), None


def _following(blocks: list[Block], i: int) -> list[int]:
    """Indexes of the list paragraphs under item ``i`` (up to the next top item, or a body paragraph that asks
    or instructs)."""
    out = []
    for j in range(i + 1, len(blocks)):
        if blocks[j].rows or not blocks[j].text:
            continue
        if blocks[j].list_level < 0 and (
            blocks[j].italic or not (asks(blocks[j].text) or instructs_on_matter(blocks[j].text))
        ):
            continue  # a note or description under the item ("Drafted by the working group"): the items go on
        if blocks[j].list_level <= 0:
            break
        out.append(j)
    return out


def blocks_to_data(blocks: list[Block], path: Path, title_property: str = "") -> dict[str, Any]:
    """Outline data from a word processor's blocks; OutlineError names the file and what to change."""
    from pipeline.drafting.outline_markdown import parse_lines
    from pipeline.drafting.outline_text import to_markdown_lines

    levels = [b.heading for b in blocks if b.heading > 0 and b.text]
    shift = 0
    if levels.count(1) == 1 and levels[0] == 1 and levels.count(2) >= 2 and not any(b.heading == 0 for b in blocks):
        shift = 1  # one Heading 1 over several Heading 2: the document's title over its sections
    sections: set[int] = set()
    title_at = None
    if not levels:
        sections, title_at = _marked(blocks)
        first = next((i for i, b in enumerate(blocks) if b.text or b.rows), None)
        untitled = title_at is None and not any(b.heading == 0 for b in blocks)
        if untitled and first is not None and first not in sections and _section_candidate(blocks[first]):
            title_at = first  # as in a typed outline, the first line is the title
    sectioned = bool(levels or sections)
    lines: list[str] = []
    titled = False
    under_grid = False  # after a grid whose theme column opened the sections: a paragraph there is a note on it
    for i, block in enumerate(blocks):
        if block.rows:
            expanded = table_lines(block.rows, sectioned)
            lines += expanded
            under_grid = any(line.startswith("## ") for line in expanded)
            continue
        text = block.text
        if not text:
            continue
        if block.heading >= 0 or i in sections:
            under_grid = False
        elif under_grid and block.list_level < 0 and not asks(text):
            continue
        lines.append("")  # paragraphs never run on into each other
        if block.heading == 0 or i == title_at or (shift and block.heading == 1):
            titled = True
            lines.append(f"# {text}")
        elif block.heading > 0:
            lines.append(f"{'#' * min(block.heading + 1 - shift, 6)} {text}")
        elif i in sections:
            lines.append(f"## {text}")
        elif block.list_level >= 0:
            lines.append(f"{'  ' * block.list_level}- {text}")
        elif block.italic and not asks(text):
            lines.append(f"Context: {text}")  # a note in italics says something of the section, asks nothing
        else:
            lines.append(text)
    if not any(line.startswith("## ") for line in lines):  # no style marks a section: typed marks may
        title = next((line[2:] for line in lines if line.startswith("# ")), None)
        typed = to_markdown_lines([line for line in lines if not line.startswith("# ")], title=title)
        if not any(line.startswith("## ") for line in typed):
            raise OutlineError(
                f"{path}: no Heading 1 paragraphs; give each section's title the Heading 1 style (or make it "
                "bold, or type 'Section 1: Title'), with its questions below it as a list or as lines ending in '?'"
            )
        titled = any(line.startswith("# ") for line in typed)
        lines = typed
    data = parse_lines(lines, path)
    if not titled:
        data.pop("title", None)
        title = title_property or _first_line_title(blocks)
        if title:
            data["title"] = title
    return data


def _first_line_title(blocks: list[Block]) -> str:
    """The title typed as the document's first paragraph above its first heading, in no Title style (a page
    exported without a title element, a Word outline whose title is plain text): read as a Markdown outline's
    plain first line is (``outline_markdown.preamble_title``); "" when there is none."""
    from pipeline.drafting.outline_markdown import preamble_title

    first = next((b for b in blocks if b.text or b.rows), None)
    if first is None or first.rows or first.heading >= 0 or first.list_level >= 0:
        return ""
    if not any(b.heading > 0 for b in blocks):
        return ""  # without headings, sections are found otherwise, and a first line is read as their title there
    return preamble_title([first.text])


# an outline is small; a larger file is not one
MAX_OUTLINE_BYTES = 20 * 1024 * 1024


def outline_bytes(path: Path) -> bytes:
    """The bytes of an outline file; OutlineError when it cannot be read or is too large to be an outline."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise OutlineError(f"{path}: cannot read outline ({exc.strerror or exc})") from exc
    if len(data) > MAX_OUTLINE_BYTES:
        raise OutlineError(f"{path}: too large for an outline ({len(data)} bytes)")
    return data
