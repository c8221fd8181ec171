"""A question written in parts, "(a) Who should accredit providers? (b) How often should that accreditation be
renewed?", in one questionnaire cell or list item: each part is a guiding question of its own.

A part that asks by itself (a capital, a question) stands alone. A part that only makes sense with the words before
the marks, the stem ("How should providers be accredited: (a) by which body? (b) and how often?"), keeps the stem in
front ("How should providers be accredited: and how often?"), so that no question loses what it asks about. The
marks run (a), (b), (c) ... or a), b), c) ..., or (i), (ii) ...; the list grammar strips a first mark in front of an
item, so parts from (b) on with a question before them are read alike. Every part must end in "?": "(a) public
bodies, (b) private ones or (c) both?" lists the answers to one question and is left whole.
"""

from __future__ import annotations

import re

from pipeline.drafting.outline_lines import asks

__all__ = ["question_parts", "with_stem"]

_MARK = re.compile(r"(?:(?<=\s)|^)\(?(?P<mark>[a-h]|i{1,3}|iv|v|vi)\)\s+")
_LETTERS = "abcdefgh"
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi")
# words a part opens with when it goes on from its stem rather than asking by itself
_GOES_ON = re.compile(r"(?i)^(?:and|or|but|if\s+so|if\s+not|by|for|from|with|to|in|on|at|within|under)\b")


def _marks(text: str) -> list[re.Match[str]]:
    """The marks of a run of parts in ``text``: (a), (b) ... in order, or from (b) on when the first was taken off
    as the item's own mark; [] when the text holds no such run."""
    found = list(_MARK.finditer(text))
    for series in (_LETTERS, _ROMAN):
        run: list[re.Match[str]] = []
        for match in found:
            mark = match.group("mark")
            if mark not in series:
                continue
            expected = series[len(run)] if not run else _next(series, run[-1].group("mark"))
            if run and mark == expected:
                run.append(match)
            elif not run and mark in series[:2]:
                run = [match]
        if len(run) >= 2 or (run and run[0].group("mark") == series[1]):
            return run
    return []


def _next(series: str | tuple[str, ...], mark: str) -> str:
    index = list(series).index(mark) + 1
    return series[index] if index < len(series) else ""


def _alone(part: str) -> bool:
    """A part that asks by itself: it opens with a capital, goes on from nothing, says enough ("How often?" does
    not) and asks."""
    return part[:1].isupper() and not _GOES_ON.match(part) and len(part.split()) >= 4 and asks(part)


def question_parts(question: str) -> list[str]:
    """The questions a question written in parts holds (see the module's note); ``[question]`` when it has none."""
    marks = _marks(question)
    if not marks:
        return [question]
    stem = question[: marks[0].start()].strip()
    bounds = [m.end() for m in marks]
    ends = [m.start() for m in marks[1:]] + [len(question)]
    parts = [" ".join(question[a:b].split()) for a, b in zip(bounds, ends, strict=True)]
    if marks[0].group("mark") in ("b", "ii"):  # the first part's mark was the item's own: the stem is part (a)
        if not stem.endswith("?"):
            return [question]
        parts, stem = [stem, *parts], ""
    if not all(part.endswith("?") for part in parts):
        return [question]
    out: list[str] = []
    if stem and all(_alone(part) for part in parts) and stem.endswith("?"):
        out.append(stem)  # a question of its own before parts that each ask by themselves
    for part in parts:
        if not stem or _alone(part):
            out.append(part)
        elif stem.endswith("?"):
            out.append(f"{stem} {part[:1].upper()}{part[1:]}")
        else:
            out.append(f"{stem} {part}")
    return out


def with_stem(stem: str, part: str) -> str:
    """A question listed under another as a part of it ("Should providers be accredited?" over "- by whom?"): as
    written when it asks by itself, else with the question above it in front."""
    part = _MARK.sub("", part, count=1) if _MARK.match(part) else part  # "- (a) by whom?" under the question
    if part[:1].isupper() and not _GOES_ON.match(part):
        return part
    if stem.endswith("?"):
        return f"{stem} {part[:1].upper()}{part[1:]}"
    return f"{stem} {part}"
