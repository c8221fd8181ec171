"""Slide titles in a deck printed to PDF, so each page's bullets carry their slide's title as their section.

Headings are found by type larger than the body's, the body being the size most characters use (see
:mod:`ingest.readers.pdf_headings`). A deck of sparse slides breaks that: a title in 30 pt over one or two short
bullets in 20 pt may hold most of the characters, so the titles' size reads as the body and no slide gets a
section. What marks a deck instead is its pages: each opens with a line (or a wrapped title of two or three) in a
type clearly larger than anything else on the page. When most pages, and at least two, open so, each such opening
line is its page's section, as the PPTX reader does with a slide's title. Running footers and slide numbers are
dropped before this (see :mod:`ingest.readers.pdf_furniture`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.readers.pdf_headings import HEADING_RATIO, LIST_MARK, MAX_HEADING_LINES, Heading, PageLines

MIN_SHARE = 0.75  # of the pages with text besides their opening line


def _opening(page: PageLines) -> tuple[int, list[int], float] | None:
    """The page's opening line (and the lines its title wraps onto) when its type is larger than the rest's."""
    filled = [(i, size) for i, (line, size) in enumerate(page.lines) if line.strip() and size is not None]
    if len(filled) < 2 or page.lines[filled[0][0]][0].startswith(LIST_MARK):
        return None
    first, size = filled[0]
    title: list[int] = []  # the opening lines in that size, one after the other (a wrapped title)
    for i, s in filled[:MAX_HEADING_LINES]:
        if s != size:
            break
        title.append(i)
    rest = [s for i, s in filled if i not in title]
    if not rest or size < HEADING_RATIO * max(rest):
        return None
    return first, title, size


def slide_titles(pages: Sequence[PageLines]) -> dict[tuple[int, int], Heading]:
    """Each page's opening title as a section heading (level 1) when the document reads as a deck; else none."""
    openings = {p: _opening(page) for p, page in enumerate(pages)}
    counted = [p for p, page in enumerate(pages) if sum(1 for line, _ in page.lines if line.strip()) >= 2]
    titled = [p for p in counted if openings[p] is not None]
    if len(titled) < 2 or len(titled) < MIN_SHARE * len(counted):
        return {}
    out: dict[tuple[int, int], Heading] = {}
    for p in titled:
        opening = openings[p]
        assert opening is not None
        first, lines, _ = opening
        text = " ".join(" ".join(pages[p].lines[i][0].split()) for i in lines)
        out[(p, first)] = Heading(1, text)
        for i in lines[1:]:
            out[(p, i)] = Heading(-1, "")
    return out
