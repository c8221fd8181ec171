"""Line numbers printed in a PDF's left margin (Word's or LaTeX's line numbering, a draft law's, a court paper's):
a column of small whole numbers, one beside each printed line (or beside every fifth), counting up down the page.
They are the printer's, not the author's (and so is the page number under them): left in, each is read as a list's
number, so every printed line becomes an item of its own, sentences are cut at each line end and a heading carries
two numbers ("3. 1. Who we are").

A margin number is a run that holds only a number of one to four digits, stands left of where every other line of
the page starts, and sits on the height of a line of text: a line of its own at the height of another line, or the
first run of a line whose text starts further right. The page's numbers are margin numbers when at least
``MIN_NUMBERS`` of them stand in one column (starts within four digits' width), count up down the page by one step
(1, or 5 and the like) and are set no larger than the text beside them; they are then taken out of the lines. A
table's first column of numbers has its cells' text beside it at the same step but starts where the table starts,
no further left than the text around it, and stays."""

from __future__ import annotations

import re
from collections import Counter

from ingest.readers.pdf_headings import PageLines, Segment

__all__ = ["drop_line_numbers"]

MIN_NUMBERS = 5
SAME_HEIGHT = 2.0  # points: a number this close to a text line's baseline is beside it
LEFT_OF_TEXT = 4.0  # points: a margin number starts at least this far left of the text's leftmost start
_NUMBER = re.compile(r"^\s*(\d{1,4})\s*$")


def _candidates(page: PageLines) -> list[tuple[int, int, Segment, bool]]:
    """(line index, number, its run, whether the number is the whole line) for each line opened by a lone number."""
    found = []
    for i, runs in enumerate(page.segments):
        if not runs:
            continue
        match = _NUMBER.match(runs[0].text)
        if match and (len(runs) > 1 or _NUMBER.match(page.lines[i][0])):
            found.append((i, int(match.group(1)), runs[0], len(runs) == 1))
    return found


def _beside_text(page: PageLines, run: Segment, alone: bool, i: int, numbers: set[int]) -> bool:
    """Whether the number sits at the height of a line of text: its own line's next run, or another line."""
    if not alone:
        return True
    return any(
        k != i and k not in numbers and runs and any(abs(r.y - run.y) <= SAME_HEIGHT for r in runs)
        for k, runs in enumerate(page.segments)
    )


def _counts_up(values: list[int]) -> bool:
    steps = [b - a for a, b in zip(values, values[1:], strict=False)]
    if not steps or any(step <= 0 for step in steps):
        return False
    step, count = Counter(steps).most_common(1)[0]
    return count >= 0.8 * len(steps) and step in (1, 2, 5, 10)


def drop_line_numbers(page: PageLines) -> bool:
    """Take the margin's line numbers out of ``page`` (see the module); whether it had them."""
    if not page.segments or len(page.segments) != len(page.lines):
        return False
    found = _candidates(page)
    if len(found) < MIN_NUMBERS:
        return False
    numbers = {id(run) for _, _, run, _ in found}
    text_starts = [r.x for runs in page.segments if runs for r in runs[:2] if id(r) not in numbers and r.text.strip()]
    if not text_starts:
        return False
    # the margin: left of where every other line starts (a table's column of numbers starts where the table does)
    found = [c for c in found if c[2].x <= min(text_starts) - LEFT_OF_TEXT]
    if found and max(c[2].x for c in found) - min(c[2].x for c in found) > 4 * max(c[2].size for c in found):
        return False  # numbers scattered across the margin: no column (numbers right-aligned stay within 4 digits)
    indexes = {i for i, _, _, alone in found if alone}
    found = [c for c in found if _beside_text(page, c[2], c[3], c[0], indexes)]
    if len(found) < MIN_NUMBERS or not _counts_up([n for _, n, _, _ in found]):
        return False
    sizes = [run.size for _, _, run, _ in found]
    if max(sizes) > min(s for _, s in page.lines if s) + 0.5:
        return False  # set larger than the page's text: numbered headings or figures, not line numbers
    drop: set[int] = set()
    for i, _, run, alone in found:
        if alone:
            drop.add(i)
            continue
        line, size = page.lines[i]
        page.lines[i] = (line.lstrip()[len(run.text.strip()) :].lstrip(), size)
        page.segments[i] = page.segments[i][1:]
    # the page's number, alone under the last numbered line (no line number beside it), is no part of that line
    last = max((k for k in range(len(page.lines)) if k not in drop and page.lines[k][0].strip()), default=None)
    lowest = min(run.y for _, _, run, _ in found)
    runs = page.segments[last] if last is not None else None
    if runs and len(runs) == 1 and _NUMBER.match(page.lines[last][0]) and runs[0].y < lowest - SAME_HEIGHT:
        drop.add(last)  # type: ignore[arg-type]
    page.keep(set(range(len(page.lines))) - drop)
    return True
