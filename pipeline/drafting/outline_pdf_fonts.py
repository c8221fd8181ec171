"""Lines a PDF outline sets apart by their type: bold, or larger than the body, as a word processor prints a
heading whose size the PDF reader does not count as one (Word's bold body-size headings, a heading a point or two
larger than the text).

The PDF reader finds headings by size alone, clearly larger than the body, since in a contribution bold lines are
often only emphasis. In an outline a short line in bold over questions is a section's title, so the outline reader
asks here which whole lines are emphasised: every piece of text on the line in a bold face (its font's name says
"Bold", "Black", "Heavy", "Semibold" or "Demi") or set at least a tenth larger than the body, or, for a numbered
heading ("Theme 2. Funding", "3. Recognition"), only a little larger.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ingest.readers.pdf_headings import _position, _rendered_size

_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")
LARGER = 1.1  # a line this much larger than the body is set apart
NUMBERED_GAIN = 0.4  # points: a numbered heading ("Theme 2. Funding", "3. Recognition") this much larger is too
_NUMBERED_HEADING = re.compile(
    r"^(?:(?:section|part|chapter|theme|topic|area|module|pillar)\s+(?:\d{1,3}|[ivxlc]{1,6}|[a-z])\b|\d{1,2}[.)]\s)",
    re.I,
)
SAME_LINE = 0.3  # type sizes: pieces whose baselines are this close sit on one line


@dataclass(frozen=True)
class Emphasised:
    """A whole line set apart: its text (spaces folded) and its type size."""

    text: str
    size: float


@dataclass
class _Line:
    y: float
    size: float
    parts: list[tuple[str, bool, float]]  # text, in a bold face, size


def _bold(font: object) -> bool:
    name = str((font or {}).get("/BaseFont", "") if isinstance(font, dict) else "").lower()
    return any(word in name for word in _BOLD_NAMES)


def _lines(page: object) -> list[_Line]:
    lines: list[_Line] = []

    def visit(text: str, cm: list, tm: list, font: object, size: float) -> None:
        if not text.strip():
            return
        where = _position(cm, tm)
        rendered = _rendered_size(cm, tm, size) or float(size or 0)
        if where is None or rendered <= 0:
            return
        y = where[1]
        if lines and abs(lines[-1].y - y) <= SAME_LINE * max(rendered, lines[-1].size):
            lines[-1].parts.append((text, _bold(font), rendered))
        else:
            lines.append(_Line(y, rendered, [(text, _bold(font), rendered)]))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return lines


def emphasised_lines(path: Path, max_pages: int = 20) -> list[Emphasised]:
    """The whole lines of the PDF's first ``max_pages`` pages set in bold or larger than the body, in reading
    order, a heading wrapped over two lines given as one; [] when the PDF cannot be read this way."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        pages = PdfReader(str(path)).pages[:max_pages]
        all_lines = [line for page in pages for line in _lines(page)]
    except (PyPdfError, ValueError, TypeError, KeyError, OSError):
        return []
    weights: Counter[float] = Counter()
    for line in all_lines:
        for text, _bold_face, size in line.parts:
            weights[size] += len(text.strip())
    if not weights:
        return []
    body = max(weights, key=lambda s: weights[s])
    out: list[Emphasised] = []
    previous: Emphasised | None = None
    for line in all_lines:
        size = max(s for _t, _b, s in line.parts)
        apart = all(b for t, b, _s in line.parts if t.strip()) or min(s for _t, _b, s in line.parts) >= body * LARGER
        text = " ".join("".join(t for t, _b, _s in line.parts).split())
        smallest = min(s for _t, _b, s in line.parts)
        apart = apart or (smallest >= body + NUMBERED_GAIN and bool(_NUMBERED_HEADING.match(text)))
        if not apart or not text:
            previous = None
            continue
        current = Emphasised(text, size)
        out.append(current)
        if previous is not None and abs(previous.size - size) < 0.5 and not previous.text.endswith((".", ":", "?")):
            # perhaps one heading wrapped onto a second line: both readings are offered
            out.append(Emphasised(f"{previous.text} {text}", size))
        previous = current
    return out
