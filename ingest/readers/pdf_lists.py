"""List marks and control characters in PDF text, settled before headings, tables and passages are found.

A bulleted list's mark is a glyph of its own: writers draw it apart from the item, often in another font and
size (reportlab's default bullet is a 12 pt glyph that pypdf extracts as U+007F, DEL), and on a baseline of
its own, so pypdf gives it a line of its own. Left so, the mark is read as a wrapped heading's next
line ("Who we are \\x7f") or glued to the end of the item before it. Here a mark at the start of a line is
written "• " and a mark standing alone on a line is joined to its item; control characters are dropped from
every line, so none reaches a section name, a heading or a passage.
"""

from __future__ import annotations

import re

from ingest.readers.pdf_headings import LIST_MARK, PageLines, Segment

# Glyphs that mark list items when they start a line: bullets, squares, circles, diamonds, triangles; DEL as
# pypdf gives WinAnsi's bullet code 0x7F; the private-use code points Word's Symbol and Wingdings bullets map to.
BULLET_GLYPHS = "•▪▫◦■□●○◆◇►▸▶‣⁃∙·\x7f\uf0b7\uf0a7\uf0a8\uf076\uf0d8\uf0e0\uf0fc"
_LEADING_MARK = re.compile(f"^\\s*[{BULLET_GLYPHS}]\\s*")
# a list's number standing alone on a line, as reportlab and some writers draw it apart from its item
_NUMBER_ONLY = re.compile(r"^\s*(?:\(\d{1,3}\)|\d{1,3}[.)]?)\s*$")
NUMBER_INDENT = 4.0  # type sizes: an item's text starts at most this far right of its number
NUMBER_WINDOW = 3  # lines around a number looked at for a third cell on its item's baseline
# C0 controls except tab and newline, DEL and C1 controls (the text helpers drop the same set)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _is_mark_only(line: str) -> bool:
    return bool(line.strip()) and not _LEADING_MARK.sub("", line).strip()


def _uncontrolled(text: str) -> str:
    # WinAnsiEncoding maps its unused code 0x7F to the bullet (PDF reference, annex D) and pypdf gives it as DEL,
    # so a DEL inside a line is a bullet too; any other control character is dropped
    return _CONTROL.sub("", text.replace("\x7f", "\u2022"))


def _clean(text: str) -> str:
    """``text`` with a leading list mark written as "• " and without control characters."""
    match = _LEADING_MARK.match(text)
    if match:
        return LIST_MARK + _uncontrolled(text[match.end() :])
    return _uncontrolled(text)


def _item_of(page: PageLines, i: int, placed: bool) -> int | None:
    """The line whose item the mark standing alone on line ``i`` marks: the next line, or the one before when
    the positions put the mark nearer that line's baseline."""
    lines = page.lines
    near = [k for k in (i + 1, i - 1) if 0 <= k < len(lines) and lines[k][0].strip()]
    near = [k for k in near if not _LEADING_MARK.match(lines[k][0])]  # a line with a mark of its own
    if not placed or not page.segments[i] or any(not page.segments[k] for k in near):
        return i + 1 if i + 1 in near else None  # without positions only the usual order is trusted
    mark = page.segments[i][0]
    # a mark sits on its item's baseline, or within its own type size of it (a larger glyph set lower)
    near = [k for k in near if abs(page.segments[k][0].y - mark.y) <= max(mark.size, 1.0)]
    return min(near, key=lambda k: abs(page.segments[k][0].y - mark.y), default=None)  # a tie keeps the next line


def _join_mark(page: PageLines, mark: int, item: int, placed: bool) -> None:
    text, size = page.lines[item]
    page.lines[item] = (LIST_MARK + text.lstrip(), size)  # the item's size: the mark's own type may be larger
    runs = page.segments[item] if placed else None
    if runs:
        first = runs[0]
        # the line starts where the mark does; the item's baseline is the row's, for tables
        x = page.segments[mark][0].x if page.segments[mark] else first.x
        runs[0] = Segment(x, first.y, LIST_MARK + first.text.lstrip(), first.size, indent=first.x)


def _number_item(page: PageLines, i: int) -> int | None:
    """The item a list number standing alone on line ``i`` ("3", "3.", "(3)") opens, where the positions show it:
    a line of one run starting a little right of the number on its baseline, and no other text on that baseline
    (a table's numbered first column has its other cells there)."""
    runs = page.segments[i]
    if not runs or len(runs) != 1:
        return None
    mark = runs[0]
    item = _item_of(page, i, True)
    if item is None or len(page.segments[item] or ()) != 1:
        return None
    start = page.segments[item][0]
    if not 0 < start.x - mark.x <= NUMBER_INDENT * max(mark.size, 1.0):
        return None
    window = range(max(0, i - NUMBER_WINDOW), min(len(page.lines), i + NUMBER_WINDOW + 1))
    for k in window:
        if k in (i, item):
            continue
        if any(abs(run.y - start.y) <= 1.0 and run.text.strip() for run in page.segments[k] or ()):
            return None
    if start.joins and _row_beside(page, i, item, start):
        return None
    return item


def _row_beside(page: PageLines, i: int, item: int, start: Segment) -> bool:
    """Whether the item's run holds a cell merged into it and other cells stand on its baseline further right,
    however many wrapped lines of the cells between were drawn first: a table's row, its number its first cell."""
    return any(
        abs(run.y - start.y) <= 1.0 and run.x > start.x and run.text.strip()
        for k, runs in enumerate(page.segments)
        if k not in (i, item)
        for run in runs or ()
    )


def _join_number(page: PageLines, mark: int, item: int) -> None:
    number = _NUMBER_ONLY.match(page.lines[mark][0])
    assert number is not None
    written = number.group(0).strip()
    written = f"{written}." if written.isdigit() else written  # a bare number is written as a list's "3."
    text, size = page.lines[item]
    page.lines[item] = (f"{written} {text.lstrip()}", size)
    first = page.segments[item][0]
    page.segments[item][0] = Segment(page.segments[mark][0].x, first.y, f"{written} {first.text.lstrip()}",
                                     first.size, indent=first.x)  # fmt: skip


def mark_list_items(page: PageLines) -> None:
    """Write each list mark at the start of a line as "• " before its item's text, and a list number standing
    alone before its item's text; drop control characters."""
    placed = len(page.segments) == len(page.lines)
    alone = [i for i, (line, _) in enumerate(page.lines) if _is_mark_only(line)]
    for i in alone:
        item = _item_of(page, i, placed)
        if item is not None:
            _join_mark(page, i, item, placed)
    if placed:  # a number alone is a list's only where the positions say so
        numbers = [i for i, (line, _) in enumerate(page.lines) if _NUMBER_ONLY.match(line)]
        joined = {i: _number_item(page, i) for i in numbers}
        for i, item in joined.items():
            if item is not None and item not in joined:
                _join_number(page, i, item)
        alone += [i for i, item in joined.items() if item is not None and item not in joined]
    for i, (line, size) in enumerate(page.lines):
        page.lines[i] = (_clean(line), size)
        runs = page.segments[i] if placed else None
        if runs:
            if len(runs) > 1 and _is_mark_only(runs[0].text):  # a mark is never a table cell of its own
                mark, item = runs[0], runs[1]
                runs[:2] = [Segment(mark.x, item.y, LIST_MARK + item.text.lstrip(), item.size, indent=item.x)]
            for n, run in enumerate(runs):
                run.text = _clean(run.text) if n == 0 else _uncontrolled(run.text)
    page.keep(set(range(len(page.lines))) - set(alone))
