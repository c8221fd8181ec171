"""Running headers and footers of a PDF: lines the publisher repeats at the top or bottom of its pages.

They are the publisher's, not the contribution's: left in, they end up inside passages and quotes, glued onto
the first or last paragraph of a page, or read as the section of the text under them. A line is one when it
sits among the first or last few lines of a page (by the text's order, or by where it is placed) and recurs
there, numbers aside ("Page 3 of 12", "Agency X - page 3"), on most pages; a bare page number ("3", "- 3 -",
"[3]") when its number follows the page's on at least half the pages. A line in heading type must recur word for
word: numbered headings opening each page ("Recommendation 3", a deck's "Step 4") are no header. A second line
from the edge (a footer of two lines) counts only when the line at the edge is one too and, when it is set in
the body's type, only when it is set apart from the body by more than the line spacing (where positions are
known): a paragraph that happens to open each page alike stays.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from ingest.readers.pdf_headings import HEADING_RATIO, PageLines
from ingest.readers.pdf_tables import leadings, placed_items

FURNITURE_EDGE = 2  # lines at the top and at the bottom of a page that may be running headers or footers
APART = 1.25  # line spacings: a furniture line's distance from the body text, at least
BODY_TYPE = 0.5  # points: a line this close to the body's size is set in the body's type
SAME_PLACE = 1.0  # points: two pages' lines this close in height are at the same place
_DIGITS = re.compile(r"\d+")
_OUTER_NUMBER = re.compile(r"^#(?:\s*[-–—|·:]?\s+)|(?:\s+[-–—|·:]?\s*)#$")  # "48 Title", "Title | 49"
_NUMBER_ONLY = re.compile(r"^[\s\-–—\[\]().|#]*#[\s\-–—\[\]().|#]*$")  # "3", "- 3 -", "[3]", "| 3 |"


def _furniture_key(line: str) -> str:
    """A line with its numbers blanked: "Page 3 of 12" and "Page 4 of 12" are the same running footer; a number
    at either end is dropped, as a book or report sets its page number on the outer edge ("48 Title" on the left
    page, "Title 49" on the right)."""
    key = " ".join(_DIGITS.sub("#", line).lower().split())
    return _OUTER_NUMBER.sub("", key)


def _page_number(line: str) -> int | None:
    """The number of a line that holds a page number and nothing else."""
    numbers = _DIGITS.findall(line)
    if len(numbers) != 1 or not _NUMBER_ONLY.match(_furniture_key(line)):
        return None
    return int(numbers[0])


class _Edges:
    """A page's edge lines, top and bottom, each from the edge inward, with what tells the body apart."""

    def __init__(self, page: PageLines) -> None:
        filled = [i for i, (line, _) in enumerate(page.lines) if line.strip()]
        self.y: dict[int, float] = {}
        if len(page.segments) == len(page.lines):
            for i in filled:
                start = next((run for run in page.segments[i] or () if run.text.strip()), None)
                if start is not None:
                    self.y[i] = start.y
        self.placed = bool(filled) and len(self.y) == len(filled)
        # the first and last lines of the text, and, where all are placed, the top and bottom lines of the page (a
        # footer drawn before the body); both, since a figure's text can be placed off the page by its transform
        self.sides = [filled, filled[::-1]]
        if self.placed:
            order = sorted(filled, key=lambda i: -self.y[i])
            self.sides += [order, order[::-1]]
        self.page = page
        self._leading: dict[float, float] | None = None  # found when first needed: most pages never need it

    @property
    def leading(self) -> dict[float, float]:
        if self._leading is None:
            self._leading = leadings(placed_items(self.page)) if self.placed else {}
        return self._leading

    def candidates(self) -> set[int]:
        return {i for side in self.sides for i in side[:FURNITURE_EDGE]}

    def apart(self, side: list[int], k: int) -> bool:
        """Whether line ``side[k]`` is further from the next line inward than the line spacing."""
        if not self.placed or k + 1 >= len(side):
            return True
        inner = side[k + 1]
        size = self.page.lines[inner][1]
        spacing = self.leading.get(size or 0.0, math.inf)
        return math.isinf(spacing) or abs(self.y[side[k]] - self.y[inner]) > APART * spacing

    def running(self, is_running: set[int], body: float) -> set[int]:
        """The edge lines to drop, given which of them recur: from the edge inward, while they recur."""
        drop: set[int] = set()
        for side in self.sides:
            block: list[int] = []
            for i in side[:FURNITURE_EDGE]:
                if i not in is_running:
                    break
                block.append(i)
            # a second line in the body's type that runs on into the body at the line spacing is body text; a
            # header block in its own (smaller) type goes whole, however tightly it is set
            while len(block) > 1 and self._in_body_type(block[-1], body) and not self.apart(side, len(block) - 1):
                block.pop()
            drop.update(block)
        return drop

    def _in_body_type(self, i: int, body: float) -> bool:
        size = self.page.lines[i][1]
        return size is not None and abs(size - body) <= BODY_TYPE


def drop_page_furniture(pages: Sequence[PageLines]) -> int:
    """Remove running headers and footers (see the module's doc). Returns how many lines were removed."""
    if len(pages) == 1:
        return _drop_lone_page_footer(pages[0])
    if not pages:
        return 0
    # page numbers first: a footer line above one is then at the page's edge
    removed = _drop_page_numbers(pages, [_Edges(page) for page in pages])
    if len(pages) == 2:
        return removed + _drop_two_page_furniture(pages)
    edges = [_Edges(page) for page in pages]
    body = _body_size(pages)
    large = HEADING_RATIO * body

    def key_of(line: tuple[str, float | None]) -> str:
        # a line in heading type is furniture only when it recurs word for word: "Recommendation 3" opening
        # page 3 and "Recommendation 4" page 4 are headings (a deck's slide titles), not a running header
        text, size = line
        return " ".join(text.lower().split()) if size is not None and size >= large else _furniture_key(text)

    seen: Counter[str] = Counter()
    exact: Counter[str] = Counter()  # the same lines word for word
    for page, edge in zip(pages, edges, strict=True):
        for key in {key_of(page.lines[i]) for i in edge.candidates()}:
            seen[key] += 1
        for text in {" ".join(page.lines[i][0].lower().split()) for i in edge.candidates()}:
            exact[text] += 1
    count = len(pages)
    # on at least three pages and half of them, numbers aside; or, word for word, on most pages (a header on the
    # two pages after a three-page paper's cover)
    recurring = {k for k, n in seen.items() if n >= 3 and n >= 0.5 * count}
    for text, n in exact.items():
        if n >= 2 and n > 0.5 * count:
            recurring |= {text, _furniture_key(text)}
    recurring = {k for k in recurring if k.strip("# ") and not _NUMBER_ONLY.match(k)}
    for page, edge in zip(pages, edges, strict=True):
        running = {i for i in edge.candidates() if key_of(page.lines[i]) in recurring}
        drop = edge.running(running, body)
        if drop:
            page.keep(set(range(len(page.lines))) - drop)
            removed += len(drop)
    return removed


def _body_size(pages: Sequence[PageLines]) -> float:
    """The type size most characters use (infinite when no size is known: then no line is in heading type)."""
    chars: Counter[float] = Counter()
    for page in pages:
        for line, size in page.lines:
            if size is not None:
                chars[size] += len(line)
    return max(chars, key=lambda s: chars[s]) if chars else math.inf


def _drop_page_numbers(pages: Sequence[PageLines], edges: list[_Edges]) -> int:
    """Remove bare page numbers at a page's edge whose number follows the page's (by one offset, as a document
    numbered from its cover or from 1 after it) on at least half the pages, and two."""
    found: list[tuple[int, int, int]] = []  # page index, line index, offset
    for p, (page, edge) in enumerate(zip(pages, edges, strict=True)):
        for side in edge.sides:
            for i in side[:FURNITURE_EDGE]:
                number = _page_number(page.lines[i][0])
                if number is not None:
                    found.append((p, i, number - page.number))
    offsets = Counter(offset for _, offset in {(p, offset) for p, _, offset in found})
    numbered = {o for o, n in offsets.items() if n >= 2 and n >= 0.5 * len(pages)}
    removed = 0
    for p, page in enumerate(pages):
        drop = {i for q, i, offset in found if q == p and offset in numbered}
        if drop:
            page.keep(set(range(len(page.lines))) - drop)
            removed += len(drop)
    return removed


def _drop_two_page_furniture(pages: Sequence[PageLines]) -> int:
    """A two-page document's running header or footer: the line at the same edge of both pages, the same but for
    its numbers ("Agency X | Position paper", "Page 1 of 2"), and the line inside it when that one matches too. An
    edge is the very first or very last line of the text, or, where every line is placed, the top or the bottom
    line of the page (a writer that draws the page's furniture after its columns, a page template drawn last, ends
    the text with the header); placed lines must also sit where a page template puts them (at the same height,
    apart from the text, or numbered with the page). Two pages that are the same throughout are left alone: that
    is content printed twice, not furniture."""
    texts = [[line for line, _ in page.lines if line.strip()] for page in pages]
    if not all(len(t) >= 3 for t in texts) or texts[0] == texts[1]:
        return 0
    edges = [_Edges(page) for page in pages]
    body = _body_size(pages)
    drop: list[set[int]] = [set(), set()]
    for side in range(min(len(edge.sides) for edge in edges)):
        # from the edge inward, while the lines match: a browser or a layout program sets two pieces at each edge
        # (the date and the page's title over the page, its address and "1/2" under it; a footer's text and its
        # page number), so the second line from the edge is furniture too when the first one is
        for depth in range(min(FURNITURE_EDGE, *(len(edge.sides[side]) for edge in edges))):
            ends = [edge.sides[side][depth] for edge in edges]
            if not _same_furniture(pages, edges, ends, side, depth, body):
                break
            for found, i in zip(drop, ends, strict=True):
                found.add(i)
    removed = 0
    for page, found in zip(pages, drop, strict=True):
        if found:
            page.keep(set(range(len(page.lines))) - found)
            removed += len(found)
    return removed


def _same_furniture(
    pages: Sequence[PageLines], edges: list[_Edges], ends: list[int], side: int, depth: int, body: float
) -> bool:
    """Whether the two pages' lines ``ends``, ``depth`` lines in from the edge ``side``, are one running line: the
    same but for numbers, short, and where lines are placed, where a page template puts them (see _templated: a
    table's last row that wraps alike at the foot of both pages is no footer). A line further in that is set in
    the body's type must also be set apart from the body on both pages: a paragraph opening both pages alike
    stays."""
    keys = [_furniture_key(page.lines[i][0]) for page, i in zip(pages, ends, strict=True)]
    if not (keys[0] == keys[1] and keys[0].strip("# ") and len(keys[0].split()) <= 15):
        return False
    placed = all(edge.placed for edge in edges)
    if placed and not _templated(pages, edges, ends, side):
        return False
    if depth and any(edge._in_body_type(i, body) for edge, i in zip(edges, ends, strict=True)):
        return placed and all(edge.apart(edge.sides[side], depth) for edge in edges)
    return True


def _templated(pages: Sequence[PageLines], edges: list[_Edges], ends: list[int], side: int) -> bool:
    """Whether two pages' edge lines are where a page template puts furniture: at the same height, or set apart
    from the text on both pages, or carrying each page's own number ("Page 1 of 2", "Page 2 of 2")."""
    first, second = (edge.y[i] for edge, i in zip(edges, ends, strict=True))
    if abs(first - second) <= SAME_PLACE or all(edge.apart(edge.sides[side], 0) for edge in edges):
        return True
    return all(str(page.number) in _DIGITS.findall(page.lines[i][0]) for page, i in zip(pages, ends, strict=True))


_FOOTER_WORDS = 10  # a footer's line beside its page number: a publisher's name, a reference, a short title


def _drop_lone_page_footer(page: PageLines) -> int:
    """Remove a one-page document's footer: nothing recurs to tell it, so only a block this sure is taken, the
    bottom lines by position (where all are placed): the page's own number and a line beside it, each in smaller
    type than the body and short, none a sentence ("Centre for Policy Appraisal" over "1")."""
    edge = _Edges(page)
    if not edge.placed:
        return 0
    body = _body_size([page])
    bottom = edge.sides[3][:FURNITURE_EDGE]
    if not any(_page_number(page.lines[i][0]) == page.number for i in bottom):
        return 0
    block = []
    for i in bottom:
        text, size = page.lines[i]
        small = size is not None and size < body - BODY_TYPE
        if not small or len(text.split()) > _FOOTER_WORDS or text.rstrip().endswith((".", "!", "?", ":", ";")):
            break
        block.append(i)
    # the number and a line beside it: a bare number alone is left where it is (the notes above it read by it)
    if len(block) < 2 or not any(_page_number(page.lines[i][0]) == page.number for i in block):
        return 0
    page.keep(set(range(len(page.lines))) - set(block))
    return len(block)
