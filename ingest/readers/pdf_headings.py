"""Headings in PDF text, found by font size, so passages carry the section they sit in.

A PDF has no paragraph styles; what marks a heading is type larger than the body text. pypdf hands
every piece of text it extracts to a visitor together with its font size and matrices, and the pieces
joined are exactly the page text, so each line's size is known. The body size is the size most of
the document's characters use; a short line set clearly larger is a heading, its level given by the
rank of its size among the heading sizes. The largest type, when it is only at the top of the first
page, is the document's title, not a section. Wrapped headings (two lines of the same size) are one; a
line repeated on most pages is a running header, not a heading.

Running headers and footers are dropped first (see :mod:`ingest.readers.pdf_furniture`).
The same visitor also records where each piece starts, so each line is kept as runs of placed text
(``PageLines.segments``), which :mod:`ingest.readers.pdf_tables` reads tables from.
Otherwise nothing here changes the page text or its ``page N`` label: a page with headings is split into one
passage per section part, each with ``section`` and ``section_path`` set and the heading as its first
line, so a heading never runs into the line before it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ingest.readers.pdf_marks import drop_reference_marks

HEADING_RATIO = 1.15  # a heading's type is at least this much larger than the body's ...
HEADING_MIN_GAIN = 1.0  # ... and at least one point larger
MAX_HEADING_CHARS = 150
MAX_HEADING_WORDS = 20
MAX_HEADING_SHARE = 0.25  # a size used by more of the text than this is body text, not headings
MAX_LEVELS = 4
MAX_HEADING_LINES = 3
_SECTION_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.)\s+")  # "2.1 ", "3. ", "IV. "
_SHOWS = {b"Tj", b"TJ", b"'", b'"'}  # the operations that show a string
LIST_MARK = "• "  # how :mod:`ingest.readers.pdf_lists` writes a list item's mark: such a line is never a heading
# a piece that is only a list's mark or number ("•", "2.", "(3)", "b)"), or anything but a letter or digit (a DEL glyph)
_MARK_ONLY = re.compile(r"^\s*(?:\(\d{1,3}\)|\d{1,3}[.)]?|[A-Za-z][.)]|[^\w\s]{1,2})\s*$")


# Widest average character width, in type sizes, of ordinary text: where a run can have ended at most.
WIDE_CHAR = 0.62
SEGMENT_GAP = 2.0  # type sizes of empty space beyond that, before a piece starts a new run
SAME_LINE = 0.2  # type sizes: pieces whose baselines are this close sit on one line


@dataclass
class Segment:
    x: float
    y: float
    text: str
    size: float
    # where a piece placed on its own was merged into the run, since it may have started within the widest
    # estimate of where the run ends: (offset in ``text``, its start x); a long table cell drawn beside the next
    # one is told apart only later, by the column starts of the lines around it (see pdf_tables)
    joins: list[tuple[int, float]] = field(default_factory=list)
    indent: float | None = None  # a list item's: where its text starts, right of the mark that opens the run

    def may_end(self) -> float:
        return self.x + len(self.text) * self.size * WIDE_CHAR


@dataclass
class PageLines:
    """One page's text as lines, each with the type size most of its characters use (None: unknown)."""

    number: int
    text: str
    lines: list[tuple[str, float | None]] = field(default_factory=list)
    # each line's runs of text as placed on the page (start x, y, text, type size), a new run wherever a piece
    # starts well to the right of where the text before it can have ended (a table's next cell); None where not
    # known
    segments: list[list[Segment] | None] = field(default_factory=list)
    # the text of the page's filled form fields (see pdf_forms): a passage of its own after the page's text
    form: str = ""
    form_fields: int = 0  # how many filled fields ``form`` holds
    fillable: bool = False  # whether the page holds form fields to fill, filled or not (known on the pypdf path)

    def keep(self, indexes: set[int]) -> None:
        """Keep only the lines at ``indexes`` (with their segments), and the text they make."""
        self.lines = [line for i, line in enumerate(self.lines) if i in indexes]
        if self.segments:
            self.segments = [seg for i, seg in enumerate(self.segments) if i in indexes]
        self.text = "\n".join(line for line, _ in self.lines)


class SizeRecorder:
    """A pypdf ``visitor_text`` that records the type size and start position of every piece of text of a page."""

    def __init__(self) -> None:
        self.pieces: list[tuple[str, float]] = []
        self.positions: list[tuple[float, float] | None] = []
        self.rises: list[float] = []  # each piece's text rise as rendered (a superscript's is above 0)
        self._rise = 0.0  # the text state's rise (``Ts``), in text space
        self._shown: list[float] = []  # rendered rises of the strings shown since the last piece
        self._showing = False  # whether the operation being run shows a string (its rise is not in the piece yet)

    def __call__(self, text: str, cm: Sequence[float], tm: Sequence[float], font: Any, size: float) -> None:
        if text:
            self.pieces.append((text, _rendered_size(cm, tm, size)))
            self.positions.append(_position(cm, tm))
            # pypdf hands over a piece when the font or the matrix changes, often while running the next string's
            # operation: that string's rise belongs to the next piece
            shown = self._shown[:-1] if self._showing else self._shown
            self.rises.append(max(shown, default=0.0))
            self._shown = self._shown[-1:] if self._showing else []

    def operation(self, operator: bytes, operands: Any, cm: Sequence[float], tm: Sequence[float]) -> None:
        """A pypdf ``visitor_operand_before``: follows the text rise, which pypdf does not pass with the text."""
        self._showing = operator in _SHOWS
        if operator == b"Ts" and operands:
            try:
                self._rise = float(operands[0])
            except (TypeError, ValueError):
                self._rise = 0.0
        elif self._showing:
            self._shown.append(self._rise * (_rendered_size(cm, tm, 1.0) or 1.0) if self._rise else 0.0)

    def unmarked(self, text: str) -> str:
        """``text`` without the reference marks set raised in small type after a word (see
        :mod:`ingest.readers.pdf_marks`); unchanged when the pieces are not the text."""
        if "".join(piece for piece, _ in self.pieces) != text or len(self.rises) != len(self.pieces):
            return text
        if not drop_reference_marks(self.pieces, self.positions, self.rises):
            return text
        return "".join(piece for piece, _ in self.pieces)

    def rejoined(self, text: str) -> str:
        """``text`` with the words of one line drawn as separate objects back on their line.

        pypdf ends a piece with a line break wherever the transformation or the text object changes, so a writer
        that places each word under its own transformation reads as one word per line. A piece of one word that
        ends such a break and is followed, on its own baseline, by a piece starting where that word can end (no
        further right than a table's next cell would start, see ``Segment.may_end``) goes on in a space instead;
        longer pieces are left as they are (a column's line, with the next column's line beside it)."""
        if "".join(piece for piece, _ in self.pieces) != text:
            return text  # the pieces are not the text: nothing known of where its lines sit
        changed = False
        opens = True  # whether piece k opens a line
        for k in range(len(self.pieces) - 1):
            (piece, size), here, there = self.pieces[k], self.positions[k], self.positions[k + 1]
            following = self.pieces[k + 1][0]
            line_start, opens = opens, piece.endswith("\n")
            if here is None or there is None or not piece.endswith("\n") or "\n" in piece[:-1]:
                continue
            if not following.strip() or following.startswith("\n") or len(piece.split()) != 1:
                continue  # one word: a line of words (a column's line beside the next column's) is left as it is
            if line_start and _MARK_ONLY.match(piece):
                continue  # a list's mark or number drawn apart from its item: pdf_lists reads it from its own line
            unit = size or 10.0
            end = here[0] + len(piece.rstrip()) * unit * WIDE_CHAR
            if abs(there[1] - here[1]) <= SAME_LINE * unit and here[0] < there[0] <= end + SEGMENT_GAP * unit:
                self.pieces[k] = (piece[:-1] if piece[:-1].endswith(" ") else f"{piece[:-1]} ", size)
                changed, opens = True, False
        return "".join(piece for piece, _ in self.pieces) if changed else text

    def page_lines(self, number: int, text: str) -> PageLines:
        """Split the page into lines with their dominant size; sizes unknown if the pieces are not the text."""
        page = PageLines(number, text)
        if "".join(piece for piece, _ in self.pieces) != text:  # another pypdf might assemble text otherwise
            page.lines = [(line, None) for line in text.split("\n")]
            return page
        line: list[str] = []
        weights: Counter[float] = Counter()
        runs: list[Segment] | None = []
        for (piece, size), position in zip(self.pieces, self.positions, strict=True):
            parts = piece.split("\n")
            for i, part in enumerate(parts):
                if i:  # a line ended
                    page.lines.append(("".join(line), _dominant(weights)))
                    page.segments.append(runs)
                    line, weights, runs = [], Counter(), []
                line.append(part)
                weights[size] += sum(1 for c in part if not c.isspace())
                runs = _place(runs, part, position if i == 0 else None, size)
        page.lines.append(("".join(line), _dominant(weights)))
        page.segments.append(runs)
        return page


def _place(
    runs: list[Segment] | None, part: str, position: tuple[float, float] | None, size: float
) -> list[Segment] | None:
    """Add a piece of a line to its runs: a new run when it starts far right of the last one's end."""
    if runs is None:
        return None
    if not part.strip():
        if runs and position is None:
            runs[-1].text += part
        return runs
    if position is None:
        if not runs:
            return None  # the line's first text has no known place: the line cannot be placed
        runs[-1].text += part
        return runs
    x, y = position
    size = size or 10.0
    last = runs[-1] if runs else None
    if last is None or x > last.may_end() + SEGMENT_GAP * size or x < last.x - SEGMENT_GAP * size:
        runs.append(Segment(x, y, part, size))
    else:
        last.joins.append((len(last.text), x))
        last.text += part
    return runs


def _position(cm: Sequence[float], tm: Sequence[float]) -> tuple[float, float] | None:
    """Where a piece of text starts on the page: the text matrix's origin through the transformation."""
    try:
        x, y = float(tm[4]), float(tm[5])
        px = x * float(cm[0]) + y * float(cm[2]) + float(cm[4])
        py = x * float(cm[1]) + y * float(cm[3]) + float(cm[5])
    except (TypeError, ValueError, IndexError):
        return None
    return (px, py) if math.isfinite(px) and math.isfinite(py) else None


def _rendered_size(cm: Sequence[float], tm: Sequence[float], size: float) -> float:
    """The font size as rendered: the text matrix and the current transformation scale it."""
    try:
        c = float(tm[2]) * float(cm[0]) + float(tm[3]) * float(cm[2])
        d = float(tm[2]) * float(cm[1]) + float(tm[3]) * float(cm[3])
        scale = math.hypot(c, d)
        rendered = abs(float(size)) * scale if scale else abs(float(size))
    except (TypeError, ValueError, IndexError):
        return 0.0
    return round(rendered * 2) / 2 if math.isfinite(rendered) else 0.0


def _dominant(weights: Counter[float]) -> float | None:
    return max(weights, key=lambda s: weights[s]) if weights and max(weights.values()) > 0 else None


# a figure with its unit set large: "290 EUR", "12 %", "3 ECTS", "5 km", "EUR 290", "€ 1.5m" (its number is no
# section number and its unit no word)
_FIGURE = re.compile(
    r"^(?:[-+]?\d[\d.,\s]*\s*(?:%|‰|[A-Z]{2,4}|[a-zµ]{1,3}\.?|[€$£¥])|(?:[A-Z]{3}|[€$£¥])\s*\d[\d.,\s]*[a-zA-Z]{0,2})$"
)


def _looks_like_heading(text: str) -> bool:
    """Short, worded text; not a date or a figure set large ("October 14, 1998", "2004-06", "84 %", "290 EUR")."""
    words = text.split()
    if not (2 <= len(text) <= MAX_HEADING_CHARS and len(words) <= MAX_HEADING_WORDS):
        return False
    if _FIGURE.match(" ".join(words)):
        return False
    unnumbered = _SECTION_NUMBER.sub("", text)
    letters = sum(1 for c in unnumbered if c.isalpha())
    digits = sum(1 for c in unnumbered if c.isdigit())
    return letters >= 2 and digits < 0.25 * (letters + digits)


@dataclass(frozen=True)
class Heading:
    level: int  # 0: the document's title (opens no section); -1: a wrapped heading's next line
    text: str


@dataclass
class _Candidate:
    page: int
    first: int  # line index of its first and last line on the page
    last: int
    size: float
    text: str
    lines: int = 1


def find_headings(pages: Sequence[PageLines]) -> dict[tuple[int, int], Heading]:
    """Headings by (page index, line index); a wrapped heading sits at its first line, its other lines at -1."""
    chars: Counter[float] = Counter()
    for page in pages:
        for line, size in page.lines:
            if size is not None:
                chars[size] += sum(1 for c in line if not c.isspace())
    total = sum(chars.values())
    if not total:
        return {}
    body = max(chars, key=lambda s: chars[s])
    threshold = max(body * HEADING_RATIO, body + HEADING_MIN_GAIN)
    found: list[_Candidate] = []
    for p, page in enumerate(pages):
        for i, (line, size) in enumerate(page.lines):
            text = " ".join(line.split())
            if size is None or size < threshold or chars[size] > MAX_HEADING_SHARE * total:
                continue
            if not text or text.startswith(LIST_MARK):
                continue
            last = found[-1] if found else None
            if last and last.page == p and last.size == size and _only_blank_between(page, last.last, i):
                # a wrapped heading; a line ending in a hyphen runs on into the next word ("micro-" / "credentials")
                runs_on = last.text.endswith("-") and text[:1].islower()
                joined = f"{last.text}{text}" if runs_on else f"{last.text} {text}"
                last.text, last.last, last.lines = joined, i, last.lines + 1
            else:
                found.append(_Candidate(p, i, i, size, text))
    # a block of larger type that is long (an address block, a pull quote) is text, not a heading; nor is a line
    # repeated at the top or bottom of most pages (a running header or footer set large)
    pages_with: Counter[str] = Counter()
    for text in {(c.page, c.text) for c in found}:
        pages_with[text[1]] += 1
    running = {t for t, n in pages_with.items() if n >= 3 and n >= 0.5 * len(pages)}
    found = [part for c in found for part in _spaced_apart(pages[c.page], c)]
    found = [c for c in found if c.lines <= MAX_HEADING_LINES and _looks_like_heading(c.text) and c.text not in running]
    if not found:
        return {}
    sizes = sorted({c.size for c in found}, reverse=True)
    # the largest type, used only before every other heading on the first page, is the title (its lines may
    # be apart: a title, a subtitle in other type, an edition line in the title's type)
    at_top = [c for c in found if c.size == sizes[0]]
    has_title = len(sizes) > 1 and at_top == found[: len(at_top)] and all(c.page == 0 for c in at_top)
    ranked = sizes[1:] if has_title else sizes
    levels = {size: min(rank, MAX_LEVELS) for rank, size in enumerate(ranked, start=1)}
    out: dict[tuple[int, int], Heading] = {}
    for c in found:
        out[(c.page, c.first)] = Heading(0 if has_title and c.size == sizes[0] else levels[c.size], c.text)
        for j in range(c.first + 1, c.last + 1):
            out[(c.page, j)] = Heading(-1, "")
    return out


WRAP_STEP = 1.75  # type sizes: a heading's next line is at most this far below; further down is a heading of its own


def _next_line_of(page: PageLines, above: int, below: int, size: float) -> bool:
    """Whether line ``below`` can be the next line of a heading ending at line ``above``, by where they sit: not a
    second heading in the same type set apart by space (a leaflet cover's title and subtitle). Lines without a
    known place are taken as one heading."""
    if len(page.segments) != len(page.lines):
        return True
    upper = next((run for run in page.segments[above] or () if run.text.strip()), None)
    lower = next((run for run in page.segments[below] or () if run.text.strip()), None)
    if upper is None or lower is None:
        return True
    return upper.y - lower.y <= WRAP_STEP * size


def _spaced_apart(page: PageLines, candidate: _Candidate) -> list[_Candidate]:
    """A block of large type too long for a heading, cut where space sets its lines apart: two headings in the same
    type one under the other (a leaflet cover's title and subtitle), each of which may be one. Any other candidate
    as it is (a heading of a few lines is never cut)."""
    if candidate.lines <= MAX_HEADING_LINES:
        return [candidate]
    rows = [i for i in range(candidate.first, candidate.last + 1) if page.lines[i][0].strip()]
    parts: list[list[int]] = [[rows[0]]]
    for above, below in zip(rows, rows[1:], strict=False):
        if _next_line_of(page, above, below, candidate.size):
            parts[-1].append(below)
        else:
            parts.append([below])
    if len(parts) == 1:
        return [candidate]
    out: list[_Candidate] = []
    for part in parts:
        text = ""
        for i in part:
            line = " ".join(page.lines[i][0].split())
            runs_on = text.endswith("-") and line[:1].islower()
            text = f"{text}{line}" if runs_on or not text else f"{text} {line}"
        out.append(_Candidate(candidate.page, part[0], part[-1], candidate.size, text, len(part)))
    return out


def _only_blank_between(page: PageLines, above: int, below: int) -> bool:
    return all(not page.lines[j][0].strip() for j in range(above + 1, below))
