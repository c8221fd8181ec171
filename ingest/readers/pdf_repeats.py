"""Short lines a PDF repeats word for word on nearly every page: a slide deck's navigation bar and footer.

A LaTeX Beamer deck prints its section names across the top of every page (the current one in another colour)
and its author, short title and page count across the foot; a report template may print its organisation's name
on each page. The edge rules (:mod:`ingest.readers.pdf_furniture`) catch such lines at a page's top or bottom
edge, but a bar of four names or a footer of three parts reaches further in than they look. A short line (a few
words) that stands as a line of its own, identical, on at least four pages in five of a file of three pages or
more is the page's furniture wherever it sits, and is left out; a passage left with nothing is dropped.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ingest.model import Passage, ReadResult

__all__ = ["drop_repeated_lines"]

MIN_PAGES = 3
SHARE = 0.8
MAX_WORDS = 6


def _key(line: str) -> str:
    return " ".join(line.split()).casefold()


def drop_repeated_lines(result: ReadResult) -> ReadResult:
    """``result`` without the short lines repeated on nearly every page, with a warning when there were any."""
    pages: dict[int, set[str]] = {}
    for passage in result.passages:
        if passage.location.page is None:
            continue
        keys = {_key(x) for x in passage.text.split("\n") if 0 < len(x.split()) <= MAX_WORDS}
        pages.setdefault(passage.location.page, set()).update(keys)
    if len(pages) < MIN_PAGES:
        return result
    counts = Counter(key for keys in pages.values() for key in keys)
    repeated = {key for key, n in counts.items() if n >= max(MIN_PAGES, SHARE * len(pages))}
    if not repeated:
        return result
    kept: list[Passage] = []
    for passage in result.passages:
        if passage.location.page is None:
            kept.append(passage)
            continue
        text = "\n".join(x for x in passage.text.split("\n") if _key(x) not in repeated).strip()
        if text:
            kept.append(passage if text == passage.text else replace(passage, text=text))
    note = f"{len(repeated)} short line(s) repeated on nearly every page (a navigation bar, a footer) left out"
    return replace(result, passages=tuple(kept), warnings=(*result.warnings, note))
