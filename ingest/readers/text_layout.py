"""What a plain-text file's layout says, read as a person reads it: headings underlined Notepad-style, and the marks
text copied out of a PDF brings along (each page's header or footer line, words broken at a line end).

A heading underlined with a line of ``=`` or ``-`` ("About us" over "--------") is a heading: its own line, never
joined into the paragraph under it, and the underline is no text. Only a short line that opens its paragraph and
reads as a heading counts (no sentence's end, no columns of a table), under a line of one mark about as long.

Text copied out of a PDF repeats each page's header or footer ("Institute of Technology ... 1/2", "Page 2 of 3"):
page furniture, left out, so it is never a paragraph nor the title. A line counts only when a page count says so:
"Page N" or "Page N of M" alone on its line, or the same words before (or after) a count that goes up from page to
page ("1/2", "2/2"), several lines apart. A word broken at a line end ("irri-" over "gation") is rejoined as the
PDF reader rejoins one; a compound keeps its hyphen ("micro-" over "credentials" where the text also writes
"micro-credentials", "Souss-" over "Massa").
"""

from __future__ import annotations

import re

__all__ = ["drop_page_counts", "rejoin_broken_words", "underlined_headings"]

_UNDERLINE = re.compile(r"^[ \t]*(?:={3,}|-{3,})[ \t]*$")
_COLUMNS = re.compile(r"\S(?: {2,}|\t)\S|\|")  # a table's columns: runs of spaces or tabs between words, or pipes
_HEADING_MAX_WORDS = 12


def _heading_line(line: str, underline: str) -> bool:
    """Whether ``line`` reads as a heading over ``underline``: short, no sentence, no table row, underlined about
    its own length (people type the marks by eye)."""
    text = line.strip()
    if not text or _UNDERLINE.match(line) or _COLUMNS.search(text) or len(text.split()) > _HEADING_MAX_WORDS:
        return False
    if text.endswith((".", ",", ";", ":")) and not re.search(r"\b\d+\.$", text):
        return False  # a sentence or a label; "1." ending a numbered heading is not one
    marks = len(underline.strip())
    return 0.5 * len(text) <= marks <= 2 * len(text) + 4


def underlined_headings(text: str) -> tuple[str, frozenset[str]]:
    """``text`` (its lines ended by ``\\n``) without the underlines of its underlined headings, and those
    headings' lines (spaces collapsed, as ``clean_text`` leaves them). A heading opens its paragraph: the line
    above it is empty, or it is the file's first."""
    lines = text.split("\n")
    kept: list[str] = []
    headings: set[str] = set()
    for n, line in enumerate(lines):
        if n and _UNDERLINE.match(line) and _heading_line(lines[n - 1], line):
            opens = n == 1 or not lines[n - 2].strip()
            if opens:
                headings.add(" ".join(lines[n - 1].split()))
                continue
        kept.append(line)
    return "\n".join(kept), frozenset(headings)


_PAGE_WORD = r"(?:page|p\.|pg\.?|seite|s\.|strona|str\.|pagina|página|pág\.|pag\.|stran|strana|sayfa|oldal|sivu|sida)"
_OF = r"(?:/|of|von|z|di|de|od|din|van|sur|af|av|iz)"
# a line that is only a page count: "Page 2 of 3", "Seite 2 von 3", "Page 2", "- 2 -", "2/3"
_COUNT_ALONE = re.compile(
    rf"^(?:{_PAGE_WORD}\s*(?P<n>\d{{1,4}})(?:\s*{_OF}\s*(?P<m>\d{{1,4}}))?|(?P<n2>\d{{1,4}})\s*/\s*(?P<m2>\d{{1,4}})"
    rf"|[-–—]\s*(?P<n3>\d{{1,4}})\s*[-–—])$",
    re.I,
)
# words beside a page count: "Oued Massa Institute 1/2", "Annual report | Page 2 of 3", "2/3 Ministry of Labour"
_COUNT_AFTER = re.compile(
    rf"^(?P<words>.*?\S)\s*[|·•,;–—-]?\s+(?:{_PAGE_WORD}\s*)?(?P<n>\d{{1,4}})\s*{_OF}\s*(?P<m>\d{{1,4}})$", re.I
)
_COUNT_BEFORE = re.compile(
    rf"^(?:{_PAGE_WORD}\s*)?(?P<n>\d{{1,4}})\s*{_OF}\s*(?P<m>\d{{1,4}})\s*[|·•,;–—-]?\s+(?P<words>\S.*)$", re.I
)
_MAX_PAGES = 300
_PAGE_LINES_APART = 5  # lines between two pages' headers: a page holds more than a few lines


# words a count after them counts rather than pages: "Question 2 of 10", "Module 1/4", "Step 3 of 5"
_COUNTED_NOUNS = frozenset(
    """question questions step steps part parts chapter module modules section item items slide round phase unit
    units lesson day week session stage level task exercise case example annex appendix table figure decision
    frage teil kapitel schritt modul étape partie chapitre pregunta paso parte capítulo domanda passo
    capitolo pytanie krok część rozdział moduł pergunta vraag stap deel hoofdstuk""".split()
)


def _counted(line: str) -> tuple[str, int, int] | None:
    """The words beside a page count on ``line``, the page's number and the count of pages; None for a line
    holding no page count (a count that follows a word such as "Question" or "Module" counts those)."""
    for pattern in (_COUNT_AFTER, _COUNT_BEFORE):
        match = pattern.match(line)
        words = match.group("words").split() if match else []
        if pattern is _COUNT_AFTER and words and words[-1].casefold().strip(".:,") in _COUNTED_NOUNS:
            return None
        if match and len(words) <= _HEADING_MAX_WORDS:
            number, total = int(match.group("n")), int(match.group("m"))
            if 1 <= number <= total <= _MAX_PAGES:
                return " ".join(match.group("words").casefold().split()), number, total
    return None


def drop_page_counts(text: str) -> tuple[str, int]:
    """``text`` (cleaned: lines trimmed) without its page furniture (see the module's docstring), and how many
    lines were left out."""
    lines = text.split("\n")
    furniture: set[int] = set()
    bare: list[tuple[int, int]] = []  # "2/3" or "- 2 -" alone: furniture only when the pages count up
    groups: dict[str, list[tuple[int, int, int]]] = {}
    for n, line in enumerate(lines):
        alone = _COUNT_ALONE.match(line)
        if alone:
            if alone.group("n") is not None:  # the page's word says so
                furniture.add(n)
            else:
                bare.append((n, int(alone.group("n2") or alone.group("n3"))))
            continue
        counted = _counted(line)
        if counted:
            words, number, total = counted
            groups.setdefault(words, []).append((n, number, total))
    for members in [*groups.values(), [(n, number, 0) for n, number in bare]]:
        if _pages_count_up(members, lines):
            furniture.update(n for n, _, _ in members)
    if not furniture:
        return text, 0
    return "\n".join(line for n, line in enumerate(lines) if n not in furniture), len(furniture)


def _pages_count_up(members: list[tuple[int, int, int]], lines: list[str]) -> bool:
    """Whether lines of the same words are one page count: two or more, their numbers going up in the file's
    order, one count of pages, each page's line several lines below the one before."""
    if len(members) < 2 or len({total for _, _, total in members}) != 1:
        return False
    numbers = [number for _, number, _ in members]
    if any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        return False
    places = [n for n, _, _ in members]
    between = [sum(1 for line in lines[a + 1 : b] if line.strip()) for a, b in zip(places, places[1:], strict=False)]
    return all(count >= _PAGE_LINES_APART for count in between)


_BROKEN = re.compile(r"([^\W_]+)-\n([^\W_]\w*)")
# first parts of compounds written with their hyphen ("micro-credential", "non-formal", "self-assessment")
_COMPOUND_FIRST = frozenset("micro macro self non cross well e".split())


def rejoin_broken_words(text: str) -> str:
    """``text`` with words broken at a line end joined again: "irri-" over "gation" is "irrigation"; a compound
    keeps its hyphen, when the text writes it so elsewhere, its first part is one that makes compounds, or its
    one part is a number or the second opens with a capital ("Souss-Massa", "2025-2026", "20-year")."""
    lowered = text.casefold()

    def join(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        if not right[0].islower() or left[-1].isdigit():
            return f"{left}-{right}"
        whole = f"{left}-{right}".casefold()
        if whole in lowered or (left.casefold() in _COMPOUND_FIRST and f"{left}{right}".casefold() not in lowered):
            return f"{left}-{right}"
        return f"{left}{right}"

    return _BROKEN.sub(join, text)


# a video platform's transcript copied as text: a time code on a line of its own over each caption ("0:06", "1:02:15")
_TIME_CODE = re.compile(r"^[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]*$")
_MIN_TIME_CODES = 3


def drop_time_codes(text: str) -> tuple[str, int]:
    """``text`` without the lines that are only a time code, when three or more such lines rise in time (a copied
    video transcript): the captions under them are the speaker's words, the codes are not; other text unchanged."""
    lines = text.split("\n")
    codes = [i for i, line in enumerate(lines) if _TIME_CODE.match(line)]
    if len(codes) < _MIN_TIME_CODES:
        return text, 0

    def seconds(line: str) -> int:
        total = 0
        for part in line.strip().split(":"):
            total = total * 60 + int(part)
        return total

    times = [seconds(lines[i]) for i in codes]
    if any(later < earlier for earlier, later in zip(times, times[1:], strict=False)):
        return text, 0  # not a running clock: a list of times of day, say
    drop = set(codes)
    return "\n".join(line for i, line in enumerate(lines) if i not in drop), len(codes)
