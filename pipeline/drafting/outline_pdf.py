"""Outlines kept as a PDF (a call for contributions published as a PDF, an outline printed from Word): read
through the PDF reader, whose passages carry the headings it found by their larger type, its lists' marks and
its tables, then by the same rules as Word outlines (``outline_blocks``).

- Each heading the reader found opens a section (the heading's text, numbering and all).
- The document's title is its first heading when that heading is the PDF's title property, or asks nothing while
  the headings after it hold the questions; else the title property; else blocks_to_data titles it as a Word
  outline without a Title paragraph.
- A bulleted line (``• ...``) is a list item, and a table is a table.
- Running headers, footers and page numbers are left out by the reader, and so are footnotes (notes on the call,
  not sections).
- A PDF without a text layer (a scan) is refused, saying to export the outline from the program that wrote it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from pipeline.drafting.outline_blocks import Block, blocks_to_data, outline_bytes
from pipeline.drafting.outline_data import OutlineError
from pipeline.drafting.outline_lines import asks, field_line, questions_label
from pipeline.drafting.outline_markdown import is_front_matter
from pipeline.drafting.outline_pdf_fonts import emphasised_lines

__all__ = ["read_pdf_outline"]

MAX_HEADING_WORDS = 15


def _fold(text: str) -> str:
    return " ".join(text.split())


def _table(text: str) -> Block:
    """A table passage ("a | b | c" per row) as rows of cell texts, a cell's questions one per line (the reader
    joins a cell's lines)."""
    rows = [line.split(" | ") for line in text.splitlines() if line.strip()]
    return Block(rows=tuple(tuple("\n".join(_questions_apart(_fold(c))) for c in row) for row in rows))


# a question ends where the next begins on the same line: "... or both? 26.In which ...", or in a table cell whose
# questions the reader joined ("How large ...? Should ...?")
_NEXT_QUESTION = re.compile(
    r"(?<=\?)\s+(?=(?:\d{1,3}(?:\.\d{1,3})+[.)]?\s+|\d{1,3}[.)]\s?|\(?[a-z]\)\s|Q\d{1,3}[.:]\s?|[•\-]\s)?[A-Z])"
)  # "1.2 What ...": a question numbered within its theme, run into the one before when they stand close
_GLUED_NUMBER = re.compile(r"^(\d{1,3}[.)])(?=[A-Z])")  # "10.What ...": the number's space lost in the PDF


def _questions_apart(text: str) -> list[str]:
    """``text`` cut where one question ends and the next begins, a number glued to its question set apart."""
    return [_GLUED_NUMBER.sub(r"\1 ", part) for part in _NEXT_QUESTION.split(text)]


def _table_carried_on(table: Block, lines: list[str]) -> tuple[Block, list[str]]:
    """A question cut by a page break: the table's last row holds a cell that ends unfinished ("Which criteria
    should employers use") and the page after opens in lower case ("to choose between providers?"). The lines up
    to the one that ends the question join that cell; the table and the lines otherwise stay as they are."""
    last = table.rows[-1]
    open_cells = [
        k for k, c in enumerate(last) if len(c.split()) >= 2 and not c.rstrip().endswith((".", "?", "!", ":"))
    ]
    first = next((line.strip() for line in lines if line.strip()), "")
    if not open_cells or not first[:1].islower():
        return table, lines
    ends = next((k for k, line in enumerate(lines) if line.rstrip().endswith("?")), None)
    if ends is None or ends > 2:
        return table, lines
    cell = max(open_cells, key=lambda k: len(last[k]))
    carried = "\n".join(_questions_apart(_fold(" ".join([last[cell], *lines[: ends + 1]]))))
    row = tuple(carried if k == cell else c for k, c in enumerate(last))
    return Block(rows=(*table.rows[:-1], row)), lines[ends + 1 :]


def _heading_split(text: str, headings: dict[str, int]) -> list[tuple[str, int]]:
    """``text`` as (line, heading level) pieces: a line set apart by its type is a heading (level > 0) also
    where the reader ran it into the paragraph before or after it."""
    folded = text.casefold()
    for heading in sorted(headings, key=len, reverse=True):
        key = heading.casefold()
        if folded == key:
            return [(text, headings[heading])]
        if folded.startswith(key + " "):
            return [(text[: len(heading)], headings[heading]), *_heading_split(text[len(heading) :].strip(), headings)]
        if folded.endswith(" " + key):
            return [
                *_heading_split(text[: -len(heading)].strip(), headings),
                (text[-len(heading) :], headings[heading]),
            ]
    return [(text, -1)]


def _enter(blocks: list[Block], current: tuple[str, ...], path: tuple[str, ...]) -> tuple[str, ...]:
    """The section path after the reader's ``path``: a heading block for each of its levels that ``current`` does
    not share, added to ``blocks``; ``current`` when ``path`` is empty or the same."""
    if not path or path == current:
        return current
    same = next((k for k, (a, b) in enumerate(zip(path, current, strict=False)) if a != b), len(current))
    blocks += [Block(name, heading=min(level, 6)) for level, name in enumerate(path, 1) if level > same]
    return path


def _blocks(passages: Any, headings: dict[str, int]) -> list[Block]:
    """The passages as blocks in reading order: a heading block where the reader's section changes (each level
    of its path), then the passage's lines (the reader has joined each paragraph's wrapped lines), where
    ``headings`` (line text: level) mark the lines set apart by their type."""
    blocks: list[Block] = []
    current: tuple[str, ...] = ()
    for passage in passages:
        where = passage.location
        if "footnote" in where.label:
            continue
        if where.table is not None:
            # a heading right above its table ("Theme 2" over its questions' table): the reader's section changes
            # at the table, and the heading opens it, so two themes' tables of one width stay apart
            current = _enter(blocks, current, tuple(_fold(p) for p in (where.section_path or ())))
            table = _table(passage.text)
            before = blocks[-1] if blocks else None
            if before is not None and before.rows and len(before.rows[0]) == len(table.rows[0]):
                # the same table on the next page, its header row repeated or not
                rows = table.rows[1:] if table.rows[0] == before.rows[0] else table.rows
                blocks[-1] = Block(rows=before.rows + rows)
            else:
                blocks.append(table)
            continue
        if current and not where.section_path:
            continue  # a page's foot, set apart by the reader (pdf_foot): no section's text, nor its purpose
        lines = passage.text.split("\n")
        if blocks and blocks[-1].rows:
            blocks[-1], lines = _table_carried_on(blocks[-1], lines)
        path = tuple(_fold(p) for p in (where.section_path or ()))
        if path and path != current:
            current = _enter(blocks, current, path)
            if lines and _fold(lines[0]) == path[-1]:
                lines = lines[1:]
        for line in lines:
            for text, level in _heading_split(_fold(line), headings) if line.strip() else ():
                if level > 0:
                    blocks.append(Block(text, heading=level))
                    continue
                for part in _questions_apart(text):
                    if part.startswith("•"):
                        blocks.append(Block(part.lstrip("•").strip(), list_level=0))
                    elif part:
                        blocks.append(Block(part))
    return blocks


def _emphasised_headings(path: Path, passages: Any, title: str) -> dict[str, int]:
    """Lines set in bold or larger type that could title a section (short, asking nothing, no field or label),
    with their levels by size, largest first; none when the reader found headings under the title itself."""
    found = {_fold(n) for p in passages for n in (p.location.section_path or ())}
    first = next((_fold(p.location.section_path[0]) for p in passages if p.location.section_path), None)
    if found - {first, _fold(title)}:
        return {}
    text = " ".join(_fold(p.text).casefold() for p in passages if p.location.table is None)
    titles = " ".join(t.casefold() for t in (first or "", _fold(title)))
    lines = [
        e
        for e in emphasised_lines(path)
        if e.text.casefold() in text  # as the reader gives it (not a table's header row, not a run-together pair)
        and e.text.casefold() not in titles
        and len(e.text.split()) <= MAX_HEADING_WORDS
        and not asks(e.text)
        and field_line(e.text) is None
        and not questions_label(e.text)[0]
    ]
    sizes = sorted({round(e.size) for e in lines}, reverse=True)
    return {e.text: min(sizes.index(round(e.size)) + 1, 3) for e in lines}


def _titled(blocks: list[Block], title: str) -> list[Block]:
    """The first heading as the title (heading 0) when it is the title property, or when it is the only heading
    of its level (or every heading is of one level), nothing above it asks, it asks nothing, is not front matter
    ("Introduction"), and no line under it asks while a later heading's do. Lines above it (a one-page call's
    footer, which no other page shows to be furniture) stay as they are."""
    headings = [i for i, b in enumerate(blocks) if b.heading > 0]
    if not headings or any(asks(b.text) for b in blocks[: headings[0]] if b.text):
        return blocks
    at = headings[0]
    first = blocks[at]
    named = bool(title) and _fold(first.text).casefold() == _fold(title).casefold()
    levels = [blocks[i].heading for i in headings]
    alone = levels.count(first.heading) == 1 or len(set(levels)) == 1
    until = headings[1] if len(headings) > 1 else len(blocks)
    if named or (
        alone
        and len(headings) >= 2
        and not asks(first.text)
        and not is_front_matter(first.text)
        and not any(asks(b.text) for b in blocks[at + 1 : until] if b.text)
        and any(asks(b.text) for b in blocks[until:] if b.text)
    ):
        return [*blocks[:at], Block(first.text, heading=0), *blocks[at + 1 :]]
    return blocks


def _asks_below(block: Block) -> bool:
    return bool(block.rows) or (block.heading < 0 and bool(block.text) and asks(block.text))


def _front_headings(blocks: list[Block], title: str) -> list[Block]:
    """Headings above the first one with questions under it that have none of their own (a letterhead's name in
    bold, the call's title over its introduction) open no section: the one that is the PDF's title property (else
    when the PDF has none, the last of them, the title over the introduction) is the outline's title, the others
    plain text. Nothing
    changes when no heading has questions under it."""
    headings = [i for i, b in enumerate(blocks) if b.heading >= 0]
    ends = [*headings[1:], len(blocks)]
    asking = [i for i, end in zip(headings, ends, strict=True) if any(_asks_below(b) for b in blocks[i + 1 : end])]
    if not asking:
        return blocks
    front = [i for i in headings if i < asking[0]]
    if len(front) < 1 or (len(front) == 1 and blocks[front[0]].heading == 0):
        return blocks
    named = [i for i in front if title and _fold(blocks[i].text).casefold() == title.casefold()]
    # with a title property none of them is, the title stands elsewhere (the reader's title line): none is
    chosen = named[0] if named else (None if title else front[-1])
    out = list(blocks)
    for i in front:
        out[i] = Block(blocks[i].text, heading=0) if i == chosen else Block(blocks[i].text)
    top = min((b.heading for b in out if b.heading > 0), default=1)  # the themes under the title: sections
    return [replace(b, heading=b.heading - top + 1) if b.heading > 0 else b for b in out]


def read_pdf_outline(path: Path) -> dict[str, Any]:
    """Outline data from a PDF; OutlineError names the file and what is wrong."""
    from ingest.readers import reader_for
    from ingest.readers.base import ReadError

    outline_bytes(path)  # readable, and not too large to be an outline
    try:
        result = reader_for(path).read(path)
    except ReadError as exc:
        raise OutlineError(f"{path}: the PDF cannot be read ({exc.reason}); export the outline again") from exc
    if not any(p.text.strip() and not p.location.ocr for p in result.passages):
        raise OutlineError(
            f"{path}: the PDF holds no text (a scan?); export the outline from the program that wrote it, as PDF, "
            "Word or text"
        )
    title = _fold(result.properties.title or "")
    headings = _emphasised_headings(path, result.passages, title)
    blocks = _front_headings(_titled(_blocks(result.passages, headings), title), title)
    return blocks_to_data(blocks, path, title)
