"""A report's key-figures box: numbers set in large type, each over the few words that say what it counts.

An annual report or a brochure sets a box beside its text ("Key figures 2025", "At a glance"): "4,870" over
"members", "91 %" over "pass rate in final assessments", and so on. The text layer gives the box's lines after or
among the chapter's, and read as prose the numbers and labels run into each other and into the chapter
("... pass rate in final assessments 312 applications from nurses trained abroad"). Here such a box is taken out
of the page's text and becomes a passage of its own after it, each figure on one line with its label ("91 % pass
rate in final assessments"), under the box's title when a short line stands over it.

A box is three figures or more in a row, each a line holding only a number (with a currency, a unit or "%") set
in type larger than the short label that follows it (words without a sentence's end): a table's figures and a
table of contents' page numbers, in the type of their text, are no box.
"""

from __future__ import annotations

import re

from ingest.readers.pdf_headings import PageLines
from ingest.readers.pdf_paragraphs import PARAGRAPH_END

_FIGURE = re.compile(
    r"^(?:(?:EUR|USD|GBP|CHF|€|\$|£)\s?)?[<>~≈+\-−]?\d[\d.,\s]{0,12}"
    r"(?:\s?(?:%|‰|per\s?cent|k|m|bn|million|billion|EUR|€|hours?|h|days?|weeks?|years?))?$",
    re.IGNORECASE,
)
_MIN_FIGURES = 3
_LABEL_WORDS = 8
_TITLE_WORDS = 5
_LARGER = 1.5  # points: a box's figures stand out in larger type than their labels (a table's cells do not)


def _label(line: str) -> bool:
    words = line.split()
    ends = line.rstrip().endswith((".", "!", "?", ";"))
    return 0 < len(words) <= _LABEL_WORDS and not ends and not _FIGURE.match(line)


def take_figures(page: PageLines) -> tuple[str, int]:
    """Take the page's key-figures box (see the module's doc) out of its lines and return it as text with the
    index of the page's line it stood before; ("", -1) when the page has none (and the page is left as it was)."""
    real = [k for k, (text, _) in enumerate(page.lines) if text.strip(PARAGRAPH_END + " \t")]
    lines = [" ".join(page.lines[k][0].split()) for k in real]
    sizes = [page.lines[k][1] for k in real]

    def pair(i: int) -> bool:
        """A figure over its label: the number alone on its line, in type larger than the label's."""
        big, small = sizes[i], sizes[i + 1]
        larger = big is not None and small is not None and big >= small + _LARGER
        return larger and bool(_FIGURE.match(lines[i])) and _label(lines[i + 1])

    best: tuple[int, int] | None = None
    i = 0
    while i < len(lines) - 1:
        start = i
        while i + 1 < len(lines) and pair(i):
            i += 2
        if (i - start) // 2 >= _MIN_FIGURES and (best is None or i - start > best[1] - best[0]):
            best = (start, i)
        i = max(i, start + 1)
    if best is None:
        return "", -1
    start, end = best
    if start > 0 and _label(lines[start - 1]) and len(lines[start - 1].split()) <= _TITLE_WORDS:
        start -= 1  # the box's title: "Key figures 2025", "At a glance"
    head = [lines[start]] if (end - start) % 2 else []
    pairs = [f"{lines[k]} {lines[k + 1]}" for k in range(start + len(head), end, 2)]
    first, last = real[start], real[end - 1]
    page.keep(set(range(len(page.lines))) - set(range(first, last + 1)))
    return "\n".join([*head, *pairs]), first
