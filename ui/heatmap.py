"""Colour bands for the Coverage heat map: counts of citing sentences in bands that double (0, 1, 2-3, 4-7, ...).

One nominal scale colours both the cells and the legend, so the legend's swatch for 0 is the very colour of the
cells no sentence cites. Doubling bands keep a section that cites one file forty times from washing every other
cell out to the palette's palest blue, whatever the counts of a corpus are.
"""

from __future__ import annotations

ZERO_COLOUR = "#f3f4f6"  # pale grey: nothing cited there, told apart from the palest blue
BAND_COLOURS = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b")  # light to dark blue


def band(count: int) -> str:
    """The band a count falls in: ``0``, ``1``, ``2–3``, ``4–7``, ... with the last band open (``32+``)."""
    if count <= 0:
        return "0"
    low = 1
    for _ in range(len(BAND_COLOURS) - 1):
        if count < low * 2:
            return str(low) if low == 1 else f"{low}–{low * 2 - 1}"
        low *= 2
    return f"{low}+"


def scale(largest: int) -> tuple[list[str], list[str]]:
    """The bands up to the one holding ``largest`` and their colours, in order: the heat map's colour scale."""
    domain, colours = ["0"], [ZERO_COLOUR]
    count = 1
    for colour in BAND_COLOURS:
        if count > max(largest, 0):
            break
        domain.append(band(count))
        colours.append(colour)
        count *= 2
    return domain, colours
