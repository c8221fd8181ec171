"""Outlines presented as a slide deck (.pptx, .pptm, .odp): the chair shows the sections and their questions at a
meeting and sends the deck.

Read through the deck's reader (one passage per slide, its title first):
- a slide holding a question (a line that asks, or instructs on the matter: "Describe ...") is a section, titled
  by the slide's title, its lines read as Word list items are (questions, an ``Audience:`` line, purpose);
- the first slide's title is the outline's title when that slide asks nothing;
- other slides (agenda, background, "Thank you", next steps) and the speaker's notes are no sections;
- a line of examples under a question ("e.g. learners, employers, public budgets") is the question's, never the
  section's purpose: it is left out of the section's text;
- a section's id is made from its title without the slide's number ("1. Micro-credentials in ..." is
  ``micro-credentials-in-the-qualifications``), so that renumbering the slides keeps it; the title keeps it.
A deck in which no slide asks anything is refused, naming the file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pipeline.drafting.outline_blocks import Block, blocks_to_data, outline_bytes
from pipeline.drafting.outline_data import OutlineError, new_section_id
from pipeline.drafting.outline_lines import asks, field_line, instructs_on_matter

__all__ = ["read_slides_outline"]


def _asks(line: str) -> bool:
    """A question, or an instruction on the matter ("Describe how ..."): an agenda's "Where we stand" is neither."""
    return asks(line) or instructs_on_matter(line)


# examples given under a question: "e.g. ...", "for example ...", "such as ...", "i.e. ..."
_EXAMPLES = re.compile(
    r"^(?:e\.?\s?g\.?|i\.?\s?e\.?|for\s+(?:example|instance)|such\s+as|examples?\s*:)(?:\s|,|$)", re.I
)
# a slide's number before its title: "1. Funding", "2) Quality", "Theme 3: Access"
_NUMBERED = re.compile(r"^(?:(?:section|theme|topic|part|chapter)\s+)?\d{1,2}(?:\.\d{1,2})*\s*[.):-]?\s+(?=\S)", re.I)


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()).lstrip("•▪–-").strip() for line in text.split("\n") if line.strip()]


def read_slides_outline(path: Path) -> dict[str, Any]:
    """Outline data from a slide deck; OutlineError names the file and what is wrong."""
    from ingest.readers import reader_for
    from ingest.readers.base import ReadError

    outline_bytes(path)  # readable, and not too large to be an outline
    try:
        result = reader_for(path).read(path)
    except ReadError as exc:
        raise OutlineError(f"{path}: the deck cannot be read ({exc.reason}); save it again") from exc
    slides: dict[int, list[tuple[str, Any]]] = {}
    for passage in result.passages:
        where = passage.location
        if where.notes or where.slide is None:
            continue
        slides.setdefault(where.slide, []).append((where.section or "", passage))
    blocks: list[Block] = []
    taken: set[str] = set()
    title = " ".join((result.properties.title or "").split())
    for number in sorted(slides):
        name = " ".join(slides[number][0][0].split())
        lines: list[str] = []
        rows: list[Block] = []
        grid: list[tuple[str, ...]] = []
        for _section, passage in slides[number]:
            for line in passage.text.split("\n"):
                if " | " in line:  # a table's row on the slide
                    grid.append(tuple(" ".join(c.split()) for c in line.split(" | ")))
                    continue
                if grid:
                    rows.append(Block(rows=tuple(grid)))
                    grid = []
                lines += _lines(line)
        if grid:
            rows.append(Block(rows=tuple(grid)))
        if lines and name and lines[0] == name:
            lines = lines[1:]
        asked = any(_asks(line) for line in lines) or any(
            _asks(cell) for table in rows for row in table.rows for cell in row
        )
        if not asked:
            if not blocks and not title and name:
                title = name  # the deck's title slide
            continue
        blocks.append(Block(name or f"Slide {number}", heading=1))
        if name and _NUMBERED.match(name):  # the id from the title without the slide's number
            sid = new_section_id(_NUMBERED.sub("", name), taken)
            taken.add(sid)
            blocks.append(Block(f"Id: {sid}"))
        for k, line in enumerate(lines):
            if k and _EXAMPLES.match(line) and _asks(lines[k - 1]):
                continue  # examples under a question are the question's, not the section's purpose
            field = field_line(line) is not None
            blocks.append(Block(line) if field or not _asks(line) else Block(line, list_level=0))
        blocks += rows
    if not blocks:
        raise OutlineError(f"{path}: no slide asks a question; put each section's questions on a slide under its title")
    return blocks_to_data(blocks, path, title)
