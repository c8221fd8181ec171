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

from pathlib import Path
from typing import Any

from pipeline.drafting.outline_blocks import Block, blocks_to_data, outline_bytes
from pipeline.drafting.outline_data import OutlineError
from pipeline.drafting.outline_lines import asks
from pipeline.drafting.outline_markdown import is_front_matter

__all__ = ["read_pdf_outline"]

_BULLET = "• "


def _fold(text: str) -> str:
    return " ".join(text.split())


def _table(text: str) -> Block:
    """A table passage ("a | b | c" per row) as rows of cell texts."""
    return Block(rows=tuple(tuple(_fold(c) for c in line.split(" | ")) for line in text.splitlines() if line.strip()))


def _blocks(passages: Any) -> list[Block]:
    """The passages as blocks in reading order: a heading block where the reader's section changes, then the
    passage's lines (the reader has joined each paragraph's wrapped lines)."""
    blocks: list[Block] = []
    current: tuple[str, ...] | None = None
    for passage in passages:
        where = passage.location
        if "footnote" in where.label:
            continue
        if where.table is not None:
            blocks.append(_table(passage.text))
            continue
        lines = passage.text.split("\n")
        path = tuple(where.section_path or ())
        if path and path != current:
            current = path
            heading = _fold(path[-1])
            if lines and _fold(lines[0]) == heading:
                lines = lines[1:]
            blocks.append(Block(heading, heading=min(len(path), 6)))
        for line in lines:
            text = _fold(line)
            if text.startswith(_BULLET.strip()):
                blocks.append(Block(text.lstrip("•").strip(), list_level=0))
            elif text:
                blocks.append(Block(text))
    return blocks


def _titled(blocks: list[Block], title: str) -> list[Block]:
    """The first heading as the title (heading 0) when it is the title property, or when nothing above it asks,
    it asks nothing, is not front matter ("Introduction"), and no line under it asks while a later heading's do.
    Lines above it (a one-page call's footer, which no other page shows to be furniture) stay as they are."""
    headings = [i for i, b in enumerate(blocks) if b.heading > 0]
    if not headings or any(asks(b.text) for b in blocks[: headings[0]] if b.text):
        return blocks
    at = headings[0]
    first = blocks[at]
    named = bool(title) and _fold(first.text).casefold() == _fold(title).casefold()
    until = headings[1] if len(headings) > 1 else len(blocks)
    if named or (
        len(headings) >= 2
        and not asks(first.text)
        and not is_front_matter(first.text)
        and not any(asks(b.text) for b in blocks[at + 1 : until] if b.text)
        and any(asks(b.text) for b in blocks[until:] if b.text)
    ):
        return [*blocks[:at], Block(first.text, heading=0), *blocks[at + 1 :]]
    return blocks


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
    return blocks_to_data(_titled(_blocks(result.passages), title), path, title)
