"""A deck's furniture repeated slide after slide, which is no one's words: the page marker a carousel prints in a
corner ("2/7", "3 of 7", the slide's own number over the deck's length) and the account's handle at the foot
("@name"), when it stands on a line of its own on at least two slides and on half of them or more. A handle inside a
sentence ("write to @name") and a fraction in a statement ("1/3 of learners") stay text."""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["drop_furniture"]

_MARKER = re.compile(r"^\s*(?P<n>\d{1,3})\s*(?:/|\bof\b)\s*(?P<m>\d{1,3})\s*$", re.I)
_HANDLE = re.compile(r"^\s*@[A-Za-z0-9_.]{2,30}(?:\s*[·|,]?\s*@[A-Za-z0-9_.]{2,30})*\s*$")


def _is_marker(line: str, number: int) -> bool:
    match = _MARKER.match(line)
    return bool(match) and int(match["n"]) == number and int(match["n"]) <= int(match["m"])


def drop_furniture(slides: list[list[str]]) -> list[list[str]]:
    """Each slide's texts (in reading order, slide 1 first) without the page markers and handles repeated across
    the deck; a text left empty goes."""
    markers = sum(any(_is_marker(line, n) for t in texts for line in t.split("\n")) for n, texts in
                  enumerate(slides, start=1))  # fmt: skip
    handles = Counter(
        line.strip() for texts in slides for line in {ln for t in texts for ln in t.split("\n")} if _HANDLE.match(line)
    )
    repeated = {h for h, count in handles.items() if count >= 2 and 2 * count >= len(slides)}
    out: list[list[str]] = []
    for number, texts in enumerate(slides, start=1):
        kept: list[str] = []
        for text in texts:
            lines = [
                line
                for line in text.split("\n")
                if not (markers >= 2 and _is_marker(line, number)) and line.strip() not in repeated
            ]
            if any(line.strip() for line in lines):
                kept.append("\n".join(lines))
        out.append(kept)
    return out
