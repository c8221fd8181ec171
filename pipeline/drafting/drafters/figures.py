"""Figures in a sentence: numbers in digits or in words, which of them count or measure something (no year, no
label such as "level 5"), and the units of time and money they come with. Shared by the answer kinds
(``answer_type``) and the "how many" rules (``counting``).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# numbers written in words, up to the ones contributions spell out
WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|million|a dozen|dozens|half|a few|several|a single|single"
)
# a figure in digits: "5", "1,500", "2.5", "75-90" (a range), not part of a word ("ESG2015", "B2")
DIGITS = r"(?<![\w.])\d+(?:[.,]\d+)*(?:\s*[-–]\s*\d+(?:[.,]\d+)*)?(?![\w])"
LABEL_BEFORE = re.compile(
    r"\b(level|levels|part|article|section|annex|chapter|page|slide|step|question|paragraph|item|no\.?|number|"
    r"version|phase|grade|table|figure|esg|eqf|nqf|iso)\s*$",
    _I,
)
YEAR = re.compile(r"^(19|20)\d\d(\s*[-–/]\s*\d{2,4})?$")
UNIT_AFTER = re.compile(
    r"^\s*(%|per\s*cent|percent|euros?|eur\b|€|dollars?|hours?|ects|credits?|days?|weeks?|months?|years?)", _I
)

TIME_UNIT = (
    r"(?:working\s+|calendar\s+|school\s+|academic\s+|business\s+)?"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|semesters?|terms?|decades?)"
)
CURRENCY = (
    r"€|\$|£|\b(?:eur|euros?|usd|dollars?|pounds?|gbp|chf|francs?|tenge|dinars?|lari|lei|leu|kuna|kron[aeo]r?|"
    r"zloty|złoty|forint|huf|lev|leva|bgn|dirhams?|manat|soms?|hryvnias?|uah|rubles?|roubles?|denars?|mkd|lek|"
    r"dram|drams|amd|cents?|pence)\b"
)


def counting_figures(text: str) -> list[str]:
    """The figures in ``text`` that count or measure something: years and labels ("level 5") left out."""
    out = []
    for match in re.finditer(DIGITS, text):
        figure = match.group(0)
        before, after = text[: match.start()], text[match.end() :]
        if LABEL_BEFORE.search(before):
            continue
        if YEAR.match(figure) and not UNIT_AFTER.match(after) and not re.search(r"[€$£]\s*$", before):
            continue
        out.append(figure)
    return out


def without_non_counting(text: str) -> str:
    """``text`` with its years and labelled numbers blanked, so a time-unit or currency pattern cannot meet them."""
    keep = set(counting_figures(text))
    return re.sub(DIGITS, lambda m: m.group(0) if m.group(0) in keep else " ", text)
