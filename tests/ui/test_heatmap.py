"""Colour bands of the Coverage heat map (ui/heatmap.py)."""

from __future__ import annotations

import pytest

from ui.heatmap import BAND_COLOURS, ZERO_COLOUR, band, scale

pytestmark = [pytest.mark.unit]


def test_counts_fall_in_doubling_bands_with_an_open_last_band():
    assert [band(n) for n in (0, 1, 2, 3, 4, 7, 8, 31, 32, 500)] == [
        "0", "1", "2–3", "2–3", "4–7", "4–7", "8–15", "16–31", "32+", "32+",
    ]  # fmt: skip


@pytest.mark.parametrize("largest", [0, 1, 2, 5, 9, 40, 1000])
def test_the_scale_covers_every_count_up_to_the_largest_and_zero_is_the_zero_colour(largest):
    domain, colours = scale(largest)
    assert colours[domain.index("0")] == ZERO_COLOUR and ZERO_COLOUR not in BAND_COLOURS
    assert {band(n) for n in range(largest + 1)} == set(domain)  # no count without a swatch, no empty swatch
    assert len(set(colours)) == len(colours)  # each band its own colour
