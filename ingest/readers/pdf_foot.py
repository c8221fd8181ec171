"""A page's foot set apart by space: a poster's or a letter's footer, a passage of its own, never its last panel's.

A poster printed to PDF ends with a row along its bottom (the logos' names, a web address, a funding line), a letter
with the sender's address under its body. Read in the order the page draws it, that row follows the last panel's
text and is read as part of it, in its section. Where the lines sit tells it apart: at most ``FOOT_ROWS`` rows below
every other line of the page, with space above them of at least ``FOOT_GAP`` times their type (more than a
paragraph's or a heading's space), drawn last, and told from body text also by more than where they sit: type
smaller than the body's, no left edge shared with a body line (centred, or names spread along the row), or what
only a footer holds (a web or e-mail address, items set apart by bars). The foot is taken out of the page's text and
becomes a passage of its own, labelled with the page and no section: kept, and the contributor's, but not the
panel's.

The rule looks only at the page's lowest rows and at space far larger than a paragraph's, so a page whose text runs
to its foot, two columns ending side by side, or a last paragraph set low under a figure (body type, at the body's
left edge) has no such foot. A foot drawn before the body (a template's footer drawn with the masthead, then the
columns) is taken only when its type is smaller than the body's. A running footer repeated on every page is
furniture and is gone before
(:mod:`ingest.readers.pdf_furniture`); footnotes with their marks are passages of their own
(:mod:`ingest.readers.pdf_notes`).
"""

from __future__ import annotations

import re

from ingest.readers.pdf_headings import PageLines
from ingest.readers.pdf_paragraphs import PARAGRAPH_END

FOOT_ROWS = 3  # rows a foot may hold: a row of logos' names, a web address, a funding line
FOOT_GAP = 4.0  # type sizes of the foot: the least space between it and the lowest line above it
ROW_STEP = 2.5  # type sizes: the most one row of the foot sits below the one above it
SAME_ROW = 1.0  # points: lines whose baselines differ by less than this are one row (names spread along it)
MIN_ABOVE = 3  # lines of the page above the foot: a page of a few lines has no foot to tell apart
MIN_LETTERS = 3  # a bare page number at the foot is left where it is
SMALLER = 0.5  # points: the foot's type is the body's or smaller; a heading's larger type is no footer
EDGE = 3.0  # points: a line starting this close to a body line's start shares its left edge
# what only a footer holds: a web or e-mail address, a copyright, items set apart by bars
_FURNITURE = re.compile(r"(?i)\bwww\.|https?://|\S@\S+\.\w|©|\(c\)\s*\d{4}|\s[|•·]\s")


def _filled(page: PageLines) -> list[int]:
    return [i for i, (line, _) in enumerate(page.lines) if line.strip(PARAGRAPH_END).strip()]


def _start(page: PageLines, i: int) -> tuple[float, float] | None:
    """The line's baseline and left edge (of its first run), None without a known place."""
    runs = [run for run in page.segments[i] or () if run.text.strip()]
    return (min(run.y for run in runs), min(run.x for run in runs)) if runs else None


def _rows(page: PageLines, lines: list[int], placed: dict[int, tuple[float, float]]) -> list[list[int]]:
    """``lines`` in rows by baseline, the lowest row first."""
    rows: list[list[int]] = []
    for i in sorted(lines, key=lambda i: placed[i][0]):
        if rows and placed[i][0] - placed[rows[-1][0]][0] < SAME_ROW:
            rows[-1].append(i)
        else:
            rows.append([i])
    return rows


def _set_apart(page: PageLines, block: list[int], body: list[int], placed: dict[int, tuple[float, float]]) -> bool:
    """Whether the foot's lines are told from body text by more than where they sit: type smaller than the body's,
    no left edge shared with a body line (centred, or spread along the row), or what only a footer holds."""
    sizes = [size for i in block if (size := page.lines[i][1]) is not None]
    body_sizes = [size for i in body if (size := page.lines[i][1]) is not None]
    body_size = max(set(body_sizes), key=body_sizes.count) if body_sizes else None
    if body_size is not None and any(size > body_size + SMALLER for size in sizes):
        return False  # a heading over the page's last paragraph, in larger type
    if body_size is not None and sizes and all(size < body_size - SMALLER for size in sizes):
        return True
    edges = [placed[i][1] for i in body]
    if all(all(abs(placed[i][1] - edge) > EDGE for edge in edges) for i in block):
        return True
    return any(_FURNITURE.search(page.lines[i][0]) for i in block)


def _in_smaller_type(page: PageLines, block: list[int], body: list[int]) -> bool:
    sizes = [page.lines[i][1] for i in block]
    body_sizes = [size for i in body if (size := page.lines[i][1]) is not None]
    if not body_sizes or any(size is None for size in sizes):
        return False
    body_size = max(set(body_sizes), key=body_sizes.count)
    return all(size is not None and size < body_size - SMALLER for size in sizes)


def take_foot(page: PageLines) -> str:
    """Take the page's foot (see the module's doc) out of its lines and return its text, a line for each of its
    lines; "" when the page has none (and the page is left as it was)."""
    if len(page.segments) != len(page.lines):
        return ""
    filled = _filled(page)
    placed = {i: where for i in filled if (where := _start(page, i)) is not None}
    if len(placed) != len(filled) or len(filled) < MIN_ABOVE + 1:
        return ""  # a line without a known place: where the text ends cannot be told
    rows = _rows(page, filled, placed)
    block_rows = [rows[0]]
    for row in rows[1:]:
        size = max((page.lines[i][1] or 0.0) for i in block_rows[-1])
        if placed[row[0]][0] - placed[block_rows[-1][0]][0] > ROW_STEP * size:
            break
        block_rows.append(row)
    if len(block_rows) > FOOT_ROWS or len(block_rows) == len(rows):
        return ""
    block = sorted(i for row in block_rows for i in row)
    body = [i for i in filled if i not in block]
    drawn_last = block == filled[-len(block) :]
    if len(body) < MIN_ABOVE or not (drawn_last or _in_smaller_type(page, block, body)):
        # the foot is what the page draws last, lines drawn after it being body text around it; or a footer
        # drawn with the masthead before the columns (a template's), told by its type smaller than the body's
        return ""
    sizes = [size for i in block if (size := page.lines[i][1]) is not None]
    above = rows[len(block_rows)]
    if not sizes or placed[above[0]][0] - placed[block_rows[-1][0]][0] < FOOT_GAP * max(sizes):
        return ""
    if not _set_apart(page, block, body, placed):
        return ""
    text = "\n".join(" ".join(page.lines[i][0].split()) for i in block)
    if sum(c.isalnum() for c in text) < MIN_LETTERS:
        return ""
    first = block[0]
    if not drawn_last:
        page.keep(set(range(len(page.lines))) - set(block))
        return text
    # the paragraph end set before the block (by the notes' reading) goes with it
    page.keep({i for i in range(first) if not (page.lines[i][0] == PARAGRAPH_END and i == first - 1)})
    return text
