"""Column widths for the export's tables, from their content and the page width, so no word breaks in a cell.

Each column needs at least its longest word (plus the cell's padding); what the page has left is shared in
proportion to each column's typical text length (its upper quartile), so a passage column gets the room and a
"Country" column stays narrow. Widths are measured with the advance widths of DejaVu Sans, wider than
Calibri (the document's font) and what LibreOffice uses where Calibri is not installed, so what fits there
fits in Word too. Columns marked breakable (file names, ids) give way first when even the longest words do
not fit the page, and need no more than their typical cell to begin with.
"""

from __future__ import annotations

import json
import statistics
import unicodedata
from collections.abc import Sequence
from functools import cache
from pathlib import Path

WIDTHS_FILE = Path(__file__).with_name("glyph_widths.json")
CELL_PADDING_PT = 2 * 57 / 20 + 1.0  # the export's cell margins (57 twips, 0.1 cm, each side) and the borders
BREAKABLE_SHARE = 0.12  # of the page width: what a wrapping file-name column needs at least, at most
SAFETY = 1.04  # kerning, rounding and font versions differ a little between renderers
UNKNOWN_EM = 1.0  # a character outside the table (CJK, symbols): as wide as an em, the widest common case


@cache
def _advances(bold: bool) -> dict[str, int]:
    """Character -> advance width in thousandths of an em, for the characters the table covers."""
    data = json.loads(WIDTHS_FILE.read_text(encoding="utf-8"))
    first = int(data["first"])
    return {chr(first + i): int(w) for i, w in enumerate(data["bold" if bold else "regular"])}


def _unknown(ch: str) -> int:
    return 0 if unicodedata.combining(ch) else int(UNKNOWN_EM * 1000)


def text_width_pt(text: str, size_pt: float, *, bold: bool = False) -> float:
    """The width of ``text`` on one line at ``size_pt`` points, in points."""
    advances = _advances(bold)
    try:
        total = sum(map(advances.__getitem__, text))  # the common case, at C speed
    except KeyError:
        total = sum(advances[ch] if ch in advances else _unknown(ch) for ch in text)
    return total / 1000 * size_pt * SAFETY


def _longest_word(text: str, size_pt: float, bold: bool) -> float:
    words = text.split()
    if not words:
        return 0.0
    top = max(map(len, words))
    # width follows length closely enough to measure only the few longest words of a long passage
    return max(text_width_pt(w, size_pt, bold=bold) for w in words if len(w) >= top - 4)


SAMPLE = 400  # characters measured for a cell's length; a longer text is scaled from them


def _length(text: str, size_pt: float) -> float:
    flat = " ".join(text.split())
    if len(flat) <= SAMPLE:
        return text_width_pt(flat, size_pt)
    return text_width_pt(flat[:SAMPLE], size_pt) * len(flat) / SAMPLE


def column_widths_pt(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    available_pt: float,
    size_pt: float,
    breakable: Sequence[bool] = (),
) -> list[float]:
    """One width per column (points) that sums to at most ``available_pt`` and, where the page allows,
    keeps every word of every cell (header in bold) on one line."""
    columns = len(headers)
    breakable = list(breakable) + [False] * (columns - len(breakable))
    minimum, typical = [], []
    for c in range(columns):
        cells = [str(r[c]) for r in rows]
        word = max(_longest_word(headers[c], size_pt, True), *(_longest_word(x, size_pt, False) for x in cells), 0.0)
        lengths = [_length(x, size_pt) for x in cells] or [0.0]
        upper = statistics.quantiles(lengths, n=4, method="inclusive")[2] if len(lengths) > 1 else lengths[0]
        if breakable[c]:  # a long file name may wrap: the column needs only what a typical cell holds
            typical_cell = min(statistics.median(lengths), BREAKABLE_SHARE * available_pt)
            word = max(min(word, typical_cell), _longest_word(headers[c], size_pt, True))
        minimum.append(word + CELL_PADDING_PT)
        typical.append(max(upper + CELL_PADDING_PT, minimum[-1]))
    if sum(minimum) > available_pt:
        minimum = _squeeze(minimum, breakable, available_pt)
    if sum(typical) <= available_pt:
        return typical  # everything fits on one line per cell: no need to fill the page
    spare = available_pt - sum(minimum)
    wants = [t - m for t, m in zip(typical, minimum, strict=True)]
    total = sum(wants) or 1.0
    return [m + spare * w / total for m, w in zip(minimum, wants, strict=True)]


def _squeeze(minimum: list[float], breakable: list[bool], available_pt: float) -> list[float]:
    """Narrow breakable columns first (never below a fair share), then all columns in proportion."""
    out = list(minimum)
    fair = available_pt / len(out)
    excess = sum(out) - available_pt
    for c in sorted((c for c in range(len(out)) if breakable[c]), key=lambda c: -out[c]):
        cut = min(excess, max(0.0, out[c] - fair))
        out[c] -= cut
        excess -= cut
    if excess > 0:
        scale = available_pt / sum(out)
        out = [w * scale for w in out]
    return out
