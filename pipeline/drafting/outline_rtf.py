"""Outlines saved as Rich Text (.rtf, from Word, WordPad or LibreOffice): read as Word outlines are
(``outline_blocks``), through the RTF reader's own parser (``ingest.readers.rtf_parser``): headings by outline
level or heading style, the Title style (else the title of the document's info), list paragraphs and their
levels, tables.

The reader leaves list numbers out (they are not the author's words); an outline needs to know which paragraphs
were list items, so the parser is asked to note each paragraph's list membership (``\\ls``, ``\\ilvl``, or the
number Word 6 and WordPad write as ``\\pntext``) as it reads.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pipeline.drafting.outline_blocks import Block, blocks_to_data, outline_bytes
from pipeline.drafting.outline_data import OutlineError

__all__ = ["read_rtf_outline"]


def _listing_parser(data: bytes, start: int) -> Any:
    """The RTF reader's parser, noting the list level of each body paragraph it ends (-1 for body text)."""
    from ingest.readers.rtf_parser import Parser
    from ingest.readers.text import DEFAULT_LIMITS

    class ListingParser(Parser):
        """The reader's parser, with each paragraph's list level kept beside its block."""

        def __init__(self) -> None:
            super().__init__(data, start, DEFAULT_LIMITS)
            self.list_level = -1  # of the paragraph being read; \pard resets it
            self.levels: dict[int, int] = {}  # id of a body block -> its list level

        def destination(self, word: str) -> bool:
            if word in ("listtext", "pntext") and self.state.dest == "text":
                self.list_level = max(self.list_level, 0)  # the number of a list item, written out
            return super().destination(word)

        def text_word(self, word: str, param: int | None) -> None:
            if word == "pard":
                self.list_level = -1
            elif word == "ls":
                self.list_level = max(self.list_level, 0)
            elif word == "ilvl" and param is not None:
                self.list_level = max(param, 0)
            super().text_word(word, param)

        def paragraph(self) -> None:
            story = self.state.story
            before = len(story.blocks)
            level = max(self.list_level, _style_level(self.styles.get(self.state.style)))
            super().paragraph()
            if story is self.body and len(story.blocks) > before and not self.state.intbl:
                self.levels[id(story.blocks[before])] = level

    return ListingParser()


_LIST_STYLE = re.compile(r"^list\b.*?(?:\s(?P<level>\d))?$", re.I)


def _style_level(style: Any) -> int:
    """The list level a paragraph style names ("List Number 2" is one level down, as Word's second-level list
    styles arrive through LibreOffice, each level a list of its own at level 0); -1 for any other style."""
    found = _LIST_STYLE.match(style.name.strip()) if style is not None else None
    if found is None:
        return -1
    return int(found.group("level")) - 1 if found.group("level") else 0


def read_rtf_outline(path: Path) -> dict[str, Any]:
    """Outline data from an .rtf file; OutlineError names the file and what is wrong."""
    from ingest.readers.base import ReadError

    data = outline_bytes(path)
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    start += len(data[start:]) - len(data[start:].lstrip(b" \t\r\n\f\v\x00"))
    if not data.startswith(b"{\\rtf", start):
        raise OutlineError(f"{path}: not an RTF file (it does not start with '{{\\rtf'); save the outline as .rtf")
    try:
        parser = _listing_parser(data, start)
        parser.run()
        parser.finish()
    except ReadError as exc:
        raise OutlineError(f"{path}: {exc}; save the outline again as .rtf, .docx or .odt") from exc
    except Exception as exc:  # a parser bug on a damaged file: still one clear refusal
        raise OutlineError(f"{path}: damaged RTF ({type(exc).__name__}); save it again as .rtf or .docx") from exc
    blocks: list[Block] = []
    for block in parser.body.blocks:
        text = " ".join(block.text.split())
        if block.kind == "heading":
            blocks.append(Block(text, heading=block.level))
        elif block.kind == "title":
            blocks.append(Block(text, heading=0))
        elif block.kind == "table":
            rows = tuple(tuple(cell.strip() for cell in row.split(" | ")) for row in block.text.split("\n"))
            blocks.append(Block(rows=rows))
        elif block.kind == "text" and text:
            blocks.append(Block(text, list_level=parser.levels.get(id(block), -1)))
    title = parser.properties(None).title or ""
    return blocks_to_data(blocks, path, " ".join(title.split()))
