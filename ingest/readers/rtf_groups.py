"""RTF group state: what a group inherits and restores when it closes, and the stories text flows into.

A story (the body, a footnote or endnote, a text box) collects paragraphs, table rows and cells as blocks;
``rtf.py`` turns the body's blocks into passages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.readers.rtf_tokens import fix_surrogates, one_line
from ingest.readers.text import clean_text


@dataclass
class Block:
    """A finished piece of a story: a heading, a text paragraph run, a table, the title, or a note reference."""

    kind: str  # "heading", "text", "table", "title", "box" (a text box's text, after the paragraph it is anchored
    # in), "note" (a reference: ``level`` is the note's index)
    text: str
    level: int = 0
    bold: bool = False  # a text paragraph set in bold from its first letter to its last


@dataclass
class Story:
    """One flow of text: the body, a footnote or endnote, a text box. Collects paragraphs and table rows."""

    kind: str  # "body", "footnote", "endnote", "box"
    parts: list[str] = field(default_factory=list)  # the paragraph being read
    bold: list[bool] = field(default_factory=list)  # beside each of ``parts`` holding a letter: whether it is bold
    cell_parts: list[str] = field(default_factory=list)  # finished paragraphs of the cell being read
    cells: list[str] = field(default_factory=list)  # finished cells of the row being read
    rows: list[str] = field(default_factory=list)  # finished rows of the table being read
    nest_parts: list[str] = field(default_factory=list)  # the same three for a table nested in a cell
    nest_cells: list[str] = field(default_factory=list)
    nest_rows: list[str] = field(default_factory=list)
    row_def: list[str] = field(default_factory=list)  # per cell of the row definition: "", "first", "merged", "gone"
    merged: dict[int, str] = field(default_factory=dict)  # cell index -> text of the vertical merge started there
    blocks: list[Block] = field(default_factory=list)
    waiting: list[Block] = field(default_factory=list)  # text boxes and note references, placed after a block
    done: bool = False

    def take(self) -> str:
        """The paragraph read so far, emptied."""
        text = "".join(self.parts)
        self.parts.clear()
        self.bold.clear()
        return text

    def add(self, block: Block | None) -> None:
        """Append a block, then what was anchored in it (table cells keep theirs until the table ends)."""
        if block is not None:
            self.blocks.append(block)
        self.blocks.extend(self.waiting)
        self.waiting.clear()

    def end_nested(self) -> None:
        """Finish a table nested in a cell: its rows become one line of the outer cell."""
        if self.nest_parts:  # text after a nested table's last row: one more cell of it
            self.nest_cells.append(one_line(" ".join(self.nest_parts)))
            self.nest_parts.clear()
        if any(self.nest_cells):
            self.nest_rows.append(" | ".join(self.nest_cells))
        self.nest_cells.clear()
        if self.nest_rows:
            self.cell_parts.append("; ".join(self.nest_rows))
            self.nest_rows.clear()

    def cell(self) -> None:
        """End a cell (\\cell): its paragraphs become one line."""
        self.end_nested()
        self.cell_parts.append(self.take())
        self.cells.append(" ".join(t for p in self.cell_parts if (t := one_line(p))))
        self.cell_parts.clear()

    def row(self) -> None:
        """End a row (\\row): its cells joined with ``|``, merged cells counted once or repeated."""
        if "".join(self.parts).strip() or self.cell_parts or self.nest_rows or self.nest_cells:
            self.cell()
        self.parts.clear()
        cells = []
        for index, text in enumerate(self.cells):
            merge = self.row_def[index] if index < len(self.row_def) else ""
            if merge == "gone" and not text:
                continue  # the continuation of a horizontal merge: the cell counts once
            if merge == "merged" and not text:
                text = self.merged.get(index, "")  # a vertical merge repeats its text so every row reads whole
            elif merge == "first":
                self.merged[index] = text
            cells.append(text)
        if any(cells):
            self.rows.append(" | ".join(cells))
        self.cells.clear()

    def in_table(self) -> bool:
        """A table is being read (a row, cell or nested table is open)."""
        return bool(self.rows or self.cells or self.cell_parts or self.nest_rows or self.nest_cells)

    def close_table(self) -> None:
        """End the table being read, as one block of rows."""
        if self.cells or self.cell_parts or self.nest_rows or self.nest_cells:
            self.row()
        if self.rows:
            self.add(Block("table", "\n".join(self.rows)))
            self.rows.clear()
        self.merged.clear()

    def end(self) -> None:
        """Finish the last paragraph and table (files often end without a final \\par or \\row)."""
        if self.done:
            return
        if "".join(self.parts).strip():
            if self.in_table():
                self.cell()
            else:
                self.add(Block("text", clean_text(fix_surrogates(self.take()))))
        self.parts.clear()
        self.close_table()
        self.add(None)
        self.done = True

    def text(self) -> str:
        """The story flattened to lines: what a note or a text box contributes to its anchor."""
        return clean_text("\n".join(b.text for b in self.blocks if b.kind != "note" and b.text))


@dataclass
class Field:
    """A field being read: its instruction decides whether its result (the text shown) is kept."""

    instruction: list[str] = field(default_factory=list)


@dataclass
class Style:
    """A paragraph style of the stylesheet: its name and the outline level it gives."""

    name: str
    outline: int | None


@dataclass
class GroupState:
    """Properties a group inherits and restores when it closes."""

    story: Story
    dest: str = "text"  # text, skip, hold, fonttbl, stylesheet, info, prop, date, fldinst
    prop: str = ""  # the info field or date read by a prop/date destination
    resume: tuple[str, str] | None = None  # (word, destination) that ends a hold
    field: Field | None = None
    font: int | None = None
    uc: int = 1
    style: int = 0
    paragraph_style: bool = True  # in the stylesheet: the entry is a paragraph style (\s), not \cs, \ds, \ts
    outline: int | None = None
    intbl: bool = False
    itap: int = 1
    hidden: bool = False
    bold: bool = False  # \b: the characters written now are bold
    cell_merge: str = ""  # the merge mark (\clvmgf, \clvmrg, \clmrg) of the cell definition being read

    def copy(self) -> GroupState:
        """A copy for a group that opens (it restores this one when it closes)."""
        new = GroupState.__new__(GroupState)
        new.__dict__.update(self.__dict__)
        return new


_HEADING_WORDS = 14
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\S")


def bold_headings(blocks: list[Block]) -> list[Block]:
    """``blocks`` with short bold paragraphs read as headings, in a document that marks none with a style or an
    outline level (a committee's evidence typed with bold headings "Summary", "2. How short can it be?"): a bold
    paragraph of a few words that does not end as a sentence does, two of them at least among text that is not bold.
    The level is the heading's numbering depth ("2." is 1, "2.1" is 2), else 1."""
    if any(block.kind == "heading" for block in blocks):
        return blocks

    def heading(block: Block) -> bool:
        text = block.text.strip()
        return (
            block.kind == "text"
            and block.bold
            and len(text.split()) <= _HEADING_WORDS
            and not text.endswith((".", ",", ";", ":"))
        )

    found = [k for k, block in enumerate(blocks) if heading(block)]
    plain = any(block.kind == "text" and not block.bold for block in blocks)
    if len(found) < 2 or not plain:
        return blocks
    out = list(blocks)
    for k in found:
        numbered = _NUMBERED.match(blocks[k].text.strip())
        level = numbered.group(1).count(".") + 1 if numbered else 1
        out[k] = Block("heading", blocks[k].text.replace("\n", " "), level)
    return out
