"""Shortened text and edit-box heights (ui/text.py)."""

from __future__ import annotations

import pytest

from ui.text import ELLIPSIS, LINE_PX, box_height, shorten, wrapped_lines

pytestmark = [pytest.mark.unit]

TEXT = "Micro-credentials should state their learning outcomes, workload and assessment in plain words."


def test_a_short_text_is_kept_whole_with_its_whitespace_collapsed():
    assert shorten("  two\n words ", 40) == "two words"


@pytest.mark.parametrize("limit", range(12, len(TEXT)))
def test_a_cut_text_ends_at_a_whole_word_with_an_ellipsis_within_the_limit(limit):
    cut = shorten(TEXT, limit)
    assert cut.endswith(ELLIPSIS) and len(cut) <= limit
    head = cut[: -len(ELLIPSIS)]
    assert TEXT.startswith(head)
    assert TEXT[len(head)] in " ,.-" or TEXT[len(head) - 1] in ",.", f"cut mid-word: {cut!r}"


def test_one_word_longer_than_the_limit_is_cut_with_an_ellipsis():
    assert shorten("Kazakhstan", 6) == "Kazak" + ELLIPSIS


def test_wrapped_lines_count_rows_as_a_browser_wraps_at_spaces():
    assert wrapped_lines("") == 1
    assert wrapped_lines("aaaa bbbb cccc", width=9) == 2  # "aaaa bbbb" fits in 9, "cccc" wraps
    assert wrapped_lines("aaaa bbbb cccc", width=8) == 3
    assert wrapped_lines("one\ntwo\n\nfour", width=20) == 4  # an empty line is a row too
    assert wrapped_lines("x" * 25, width=10) == 3  # a word wider than the box breaks


def test_a_box_for_four_long_sentences_shows_every_wrapped_line():
    sentences = [TEXT + " [1]"] * 4  # each wider than one row of the box
    text = "\n".join(sentences)
    rows = wrapped_lines(text)
    assert rows > text.count("\n") + 1  # the old height counted 4 lines and showed half of them
    assert box_height(text) >= rows * LINE_PX
    assert box_height(TEXT) < box_height(text)
