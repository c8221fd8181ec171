"""Text as the app lays it out: shortened at a word with an ellipsis, and edit boxes as tall as their wrapped text.

No Streamlit here: these are plain functions the pages call, so they are tested on their own.
"""

from __future__ import annotations

ELLIPSIS = "…"
# Characters per line of an edit box in a 1024-pixel window with the sidebar open: a 560 px box of 14 px type
# wraps there after 80 to 90 characters of prose (measured in Chromium). Wider windows hold more, so there a box is
# a few lines too tall, never too short.
BOX_CHARS = 80
LINE_PX = 20  # Streamlit's text area: 14 px type, line height 19.6 px
# The height Streamlit is given covers the label row above the box too (30 px, measured), then 12 px inner
# padding top and bottom and the border.
BOX_PADDING_PX = 56
MIN_BOX_PX = 68  # Streamlit refuses text areas lower than 68 px


def shorten(text: str, limit: int) -> str:
    """``text`` with its whitespace collapsed, cut at a word boundary to at most ``limit`` characters.

    A cut text ends with an ellipsis (counted in ``limit``); a word is never split, unless a single word is longer
    than the limit on its own (then at a hyphen where it has one).
    """
    flat = " ".join(str(text).split())
    if len(flat) <= limit:
        return flat
    room = max(1, limit - len(ELLIPSIS))
    head = flat[:room]
    if flat[room] != " ":  # the cut falls inside a word: drop that word, or keep a hyphenated word's first part
        if " " in head:
            head = head.rsplit(" ", 1)[0]
        elif "-" in head.strip("-"):
            head = head[: head.rindex("-")]
    return head.rstrip(" ,;:.-–—") + ELLIPSIS


def wrapped_lines(text: str, width: int = BOX_CHARS) -> int:
    """How many lines ``text`` takes in a box ``width`` characters wide, wrapping at spaces as a browser does."""
    total = 0
    for line in str(text).split("\n"):
        rows, used = 1, 0
        for word in line.split():
            if len(word) + (used + 1 if used else 0) <= width:
                used += len(word) + (1 if used else 0)
                continue
            if used:  # the word starts a new row
                rows += 1
            while len(word) > width:  # a word wider than the box breaks across rows of its own
                word, rows = word[width:], rows + 1
            used = len(word)
        total += rows
    return max(1, total)


def box_height(text: str, *, width: int = BOX_CHARS, spare_lines: int = 1) -> int:
    """Pixel height of a text area that shows all of ``text`` wrapped, plus ``spare_lines`` to type into."""
    lines = wrapped_lines(text, width) + spare_lines
    return max(MIN_BOX_PX, lines * LINE_PX + BOX_PADDING_PX)
