"""Amounts in a contribution's claims: quantities with a unit and the bound their wording gives.

"minimum 1 ECTS" against "minimum 3 ECTS" is a difference in number an editor can check at a glance, and so is
"at most one third" against "up to 60%" or "should never expire" against "valid for five years". Units are
compared as written (years with years, ECTS with ECTS); "no minimum" is a floor of nought in any unit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
_FRACTIONS = {  # shares written in words, as per cent so they compare with "60%"
    "a quarter": 25.0, "one quarter": 25.0, "a third": 100 / 3, "one third": 100 / 3, "half": 50.0,
    "one half": 50.0, "two thirds": 200 / 3, "three quarters": 75.0,
}  # fmt: skip
_UNITS = (
    ("ECTS", r"(?:ects(?:\s+credits?)?|credits?|credit\s+points?)"),
    ("%", r"(?:%|per\s*cent|percent)"),
    ("hours", r"(?:hours?|hrs)"),
    ("years", r"years?"),
    ("months", r"months?"),
    ("weeks", r"weeks?"),
    ("days", r"days?"),
    ("levels", r"levels?"),
    ("EUR", r"(?:euros?|eur|€)"),
    ("USD", r"(?:(?:us\s+)?dollars?|usd)"),
)
# "a single ECTS credit", "one single year": one of the unit, as "one" is (a bare "single" names no amount: "a
# single framework", "single-use")
_NUM = r"(?:\d+(?:[.,]\d+)?|(?:(?<=\ba\s)|(?<=\bone\s))single|" + "|".join(WORD_NUMBERS) + r")"
_RANGE = rf"(?:between\s+)?(?P<low>{_NUM})(?:\s*(?:-|–|to|and)\s*(?P<high>{_NUM}))?"
_AMOUNT = re.compile(
    rf"\b{_RANGE}(?:-|\s*)(?P<unit>{'|'.join(p for _, p in _UNITS)})(?![\w-])"
    rf"|\b(?P<lunit>levels?)\s+{_RANGE.replace('low', 'llow').replace('high', 'lhigh')}\b"
    rf"|\b(?P<fraction>{'|'.join(_FRACTIONS)})\b"
    rf"|(?P<cunit>€|\$)\s*{_RANGE.replace('low', 'clow').replace('high', 'chigh')}\b",
    re.IGNORECASE,
)
# A denied comparison bounds the amount it compares with: "no less than" and "nothing shorter than" set a floor,
# "not more than" and "nothing larger than ten credits (should be called ...)" a ceiling.
DENIED_COMPARISON = r"(?:no|not|nothing|none|never)\s+(?:[\w-]+\s+)?"
_BOUND = re.compile(
    rf"\b(?:(?P<min>minimum|min\.|at\s+least|{DENIED_COMPARISON}(?:less|fewer|smaller|shorter|lower|earlier|sooner)\s+than|"
    # "possible for as little as 8 hours": the least that may be asked, a floor; "as many as five" the most
    r"as\s+(?:little|few|short|small|low|brief)\s+as(?=\s*$)|"
    # "from" opens a range only right before its figure ("from 5 up to 30 ECTS"); "the time from a complete
    # file to a statement was 41 days" bounds nothing
    r"from(?=\s*$))"
    rf"|(?P<max>maximum|max\.|at\s+most|up\s+to|{DENIED_COMPARISON}(?:more|larger|longer|bigger|greater|higher|later)\s+than|"
    r"as\s+(?:much|many|long|large|big|high)\s+as(?=\s*$)|"
    r"limit|ceilings?|caps?|capped|(?:must|should|may|shall)\s+not\s+exceed))\b",
    re.IGNORECASE,
)


# A superlative of size as the subject bounds the amount its copula gives: "the smallest should be one ECTS credit",
# "the shortest course ought to be 25 hours" set a floor, "the longest a course should last is six months" or "the
# largest should be 10 ECTS" a ceiling, as "minimum 1 ECTS" does. Only right before the amount, after a modal ("the
# smallest providers charge 50 euros" and "the smallest of our courses is 2 ECTS" describe and bound nothing; "most"
# is a majority, not a ceiling).
_SUPERLATIVE = re.compile(
    r"\b(?:the|its|their)\s+(?:(?P<min>smallest|shortest|lowest|fewest|briefest)|(?P<max>largest|longest|highest|"
    r"biggest|greatest))\b(?:\s+(?!(?:but|and|or|because|since|which|while|whereas|so|not|no|never)\b)[\w'’-]+){0,6}?"
    r"\s+(?:should|must|shall|may|can|could|would|ought\s+to)\s+(?:be|last|take|carry|count|have)(?:\s+(?:is|are))?"
    r"(?:\s+(?:set\s+at|equal\s+to|worth))?\s+$",
    re.IGNORECASE,
)
# A comparison denied earlier in its clause bounds the amount it compares with, the other way round: "no
# micro-credential should be awarded for fewer than fifty hours" sets a floor of fifty hours, as "at least 50
# hours" does; "nobody should study more than 20 hours a week" a ceiling. The denial then belongs to the bound,
# not to the claim's stance (see :func:`bound_denials`). Words between stay inside one clause (no punctuation,
# no conjunction opening another clause).
# a deadline is a ceiling on the time taken ("no later than two months after"), a waiting time a floor ("no
# earlier than", "no sooner than")
_LOWER = r"(?:fewer|less|shorter|smaller|lower|earlier|sooner)\s+than|under|below"
_UPPER = r"(?:more|longer|larger|bigger|greater|higher|later)\s+than|over|above"
_DENIED_COMPARISON = re.compile(
    r"\b(?P<neg>no|not|never|nothing|none|nobody|no\s+one)\b"
    r"(?:\s+(?!(?:but|and|or|because|since|which|while|whereas|so)\b)[\w'’-]+){0,8}?"
    rf"\s+(?:(?P<lower>{_LOWER})|(?P<upper>{_UPPER}))\s+$",
    re.IGNORECASE,
)
# The same bound said the other way round: a subject of "any" thing compared with an amount, its predicate denied
# ("anything shorter than 25 hours does not deserve the name", "any course longer than 30 ECTS should not be called
# a micro-credential") sets a floor (a ceiling) as "nothing shorter than 25 hours should ..." does; the denial in
# its clause after the amount belongs to the bound. Only a subject opening the sentence, in at most six words.
_ANY_COMPARED = re.compile(
    r"^\W*(?:any|anything|everything|every|each|all)\b"
    r"(?:\s+(?!(?:but|and|or|because|since|which|while|whereas|so|not|no|never)\b)[\w'’-]+){0,6}?"
    rf"\s+(?:(?P<lower>{_LOWER})|(?P<upper>{_UPPER}))\s+$",
    re.IGNORECASE,
)
_DENIED_AFTER = re.compile(r"^[^,;:.!?]{0,80}?\b(?P<neg>not|never|cannot|\w+n['’]t)\b", re.IGNORECASE)


def _denied_after(text: str, start: int, end: int) -> re.Match[str] | None:
    """The denial after an amount compared in an "any" subject (see ``_ANY_COMPARED``), or None."""
    compared = _ANY_COMPARED.search(text[:start])
    return compared and _DENIED_AFTER.search(text[end:])  # type: ignore[return-value]


# "50 hours or more" is a floor, "ten credits or fewer" a ceiling; so are "four years at most" and "30 hours at least"
# (the bound said after its amount)
_OR_MORE = re.compile(
    r"^(?:\s+or\s+(?:(?P<min>more|longer|above|over|higher|greater)|(?P<max>less|fewer|shorter|under|below))"
    r"|,?\s*at\s+(?:(?P<least>least)|most))\b",
    re.I,
)
_NO_BOUND = re.compile(
    r"\bno\s+(minimum|maximum|upper\s+(?:age\s+)?limit|lower\s+(?:age\s+)?limit|(?:minimum|maximum)\s+age)\b",
    re.IGNORECASE,
)
# An age is a number without its unit, named by "age" before it: "the minimum age ... should be 15", "the youngest
# age at which ... is 16"; the bound is the word before "age" (no bare "age of 15", which may describe someone)
_AGE = re.compile(
    rf"\b(?P<bound>minimum|lowest|youngest|maximum|highest|oldest)\s+age\b[^.;:]{{0,60}}?"
    rf"\b(?:should|must|shall|is|be|of|at)\s+(?:be\s+)?(?P<num>\d{{1,2}}|{'|'.join(WORD_NUMBERS)})\b(?![\w%-]|\s+per)",
    re.IGNORECASE,
)
AGE = "years of age"
# A validity without end is an amount of time too, the largest one: "should never expire" differs from "valid for
# five years" as "three years" does, and "keep the evidence ... without a time limit" from "keep it ten years".
_UNLIMITED = re.compile(
    r"\b(?:never|not|n['’]t)\s+(?:\w+\s+)?expire[sd]?\b|\bno\s+(?:expiry|expiration|end)\s+date\b"
    r"|\bwithout\s+(?:an?\s+)?(?:expiry|expiration)(?:\s+date)?\b"
    r"|\bvalid\s+(?:for\s+life|indefinitely|permanently)\b|\b(?:without\s+(?:a\s+|any\s+)?|no\s+)time\s+limits?\b",
    re.IGNORECASE,
)
# One period, said without a figure: "every year", "each month", "once a week", "annually".
_EVERY = re.compile(
    r"\b(?:every|each|once\s+(?:a|per|every))\s+(?P<unit>year|month|week)\b|\b(?:annually|yearly)\b", re.IGNORECASE
)
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)
ANY_UNIT = "any"
INF = float("inf")

# A count of people who do something ("watched by two assessors", "a single trained assessor is enough", "three
# examiners"): an amount whose unit is the counted agent noun, compared only with counts of the same noun. An
# agent noun is a lower-case -or, -er, -ist, -ian or -ee noun, or one of the common people nouns ending otherwise;
# words of those endings that name no one are set aside. At most one modifier stands between the number and the
# noun ("two independent assessors"); "one of whom", "one other" count nothing.
_PEOPLE = (
    "people persons members experts judges staff students residents agents participants applicants assistants "
    "consultants apprentices nurses candidates learners adults"
)
_AGENT = rf"(?:[a-z]{{3,}}(?:or|er|ist|ian|ee)|{'|'.join(_PEOPLE.split())})s?"
_COUNTING = "|".join(w for w in WORD_NUMBERS if w != "hundred")
_COUNT = re.compile(
    rf"\b(?P<num>a\s+single|one\s+single|a\s+sole|(?<!\bno\s)single|{_COUNTING}|\d{{1,2}})"
    rf"\s+(?:(?P<mod>[a-z]+(?:ed|al|ent|ant|ive)|trained|qualified|senior|extra|other)\s+)?(?P<noun>{_AGENT})\b"
)
_COUNT_FLAGS = re.compile(_COUNT.pattern, re.IGNORECASE)  # the number may open the sentence; the noun is lower case
# words of an agent's ending that name no one, or no thing counted here
_NOT_AGENTS = frozenset(
    "other under after whether together rather either neither further later former latter never however better "
    "number order matter manner paper register semester letter chapter folder answer computer transfer river "
    "finger summer winter water quarter border layer filter cluster barrier character meter millimeter "
    "kilometer centimeter litre liter floor door error major minor factor sector motor vector indicator anchor "
    "corridor interior mirror colour color super younger older larger smaller higher lower longer shorter "
    "greater fewer simpler another degree whenever wherever whoever".split()
)


def _counts(text: str) -> list[Quantity]:
    """Counts of people the claim states ("two assessors", "a single trained assessor"), exact, unit the noun."""
    out = []
    spans = [m.span() for m in _AMOUNT.finditer(text)]
    for match in _COUNT_FLAGS.finditer(text):
        noun = match.group("noun")
        if noun != noun.lower() or noun.rstrip("s") in _NOT_AGENTS or (match.group("mod") or "").lower() in _NOT_AGENTS:
            continue  # a capital names a nationality or a month; the others name no one
        if any(a < match.end() and match.start() < b for a, b in spans):
            continue  # "40 percent": an amount of a known unit
        noun = noun.lower()
        before = text[max(0, match.start() - 50) : match.start()]
        if _RANGE_BEFORE.search(before):
            continue  # "two or three people": a range said loosely, no count the claim sets
        word = match.group("num").lower()
        value = 1.0 if "single" in word or "sole" in word else _value(word)
        singular = noun[:-1] if noun.endswith("s") and noun not in {"people", "persons"} else noun
        if _SHARE_BEFORE.search(before) or _ANOTHER_AFTER.match(text[match.end() :]):
            continue  # "nine out of ten learners": a share; "from one provider to another": any one, no count
        clause = re.split(r"[,;:]|\b(?:and|or|but)\b", before)[-1]  # a bound bears on its own phrase
        # "from one provider to another", "answers from 17 issuers": "from" opens no range of people
        cues = [cue for cue in _BOUND.finditer(clause) if not cue.group(0).lower().startswith("from")]
        bound = "exact" if not cues else "min" if cues[-1].group("min") else "max"
        out.append(Quantity("people" if singular in {"people", "persons"} else singular, value, value, bound))
    return out


_ANOTHER_AFTER = re.compile(r"\s+(?:to|or|after)\s+another\b", re.IGNORECASE)
_SHARE_BEFORE = re.compile(r"\bout\s+of\s*$", re.IGNORECASE)
_RANGE_BEFORE = re.compile(rf"\b{_NUM}\s*(?:\s(?:or|to|and)|-|–)\s*$", re.IGNORECASE)
_MEASURES = frozenset(name for name, _ in _UNITS) | {ANY_UNIT, AGE}


@dataclass(frozen=True)
class Quantity:
    """An amount with a unit: ``bound`` is "min", "max" or "exact"; a single value has ``low == high``."""

    unit: str
    low: float
    high: float
    bound: str = "exact"
    every: bool = False  # a period that recurs ("every three years", "every year"), not a time once ("in 6 months")

    def key(self) -> tuple[str, str, float, float]:
        """What the amount says, whatever unit of time a recurring period is written in: "every twelve months" and
        "every year" have one key, so two claims stating them state one amount."""
        scale = _MONTHS.get(self.unit) if self.every else None
        if scale is None:
            return self.bound, self.unit, self.low, self.high
        return self.bound, "months", round(self.low * scale, 3), round(self.high * scale, 3)

    def label(self) -> str:
        """Short human text, e.g. 'minimum 3 ECTS'."""
        if self.unit == ANY_UNIT:
            return "no minimum" if self.bound == "min" else "no maximum"
        if self.low == INF:
            return "no time limit"
        low, high = round(self.low, 1), round(self.high, 1)  # a third is 33.3%, not 33.3333%
        value = f"{low:g}" if low == high else f"{low:g}-{high:g}"
        prefix = {"min": "minimum ", "max": "maximum "}.get(self.bound, "")
        if self.every:  # a period that recurs is said as one: "every year", "every 3 years", never "1 years"
            return (
                f"{prefix}every {self.unit.rstrip('s')}" if low == high == 1 else f"{prefix}every {value} {self.unit}"
            )
        unit = self.unit
        if unit not in _MEASURES and unit != "people" and not (low == high == 1):
            unit += "s"  # a count of people names its noun: "1 assessor", "2 assessors"
        return f"{prefix}{value} {unit}".replace(" %", "%")


def _value(text: str) -> float:
    text = text.lower()
    if text == "single":
        return 1.0
    if text in WORD_NUMBERS:
        return float(WORD_NUMBERS[text])
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", text):  # "1,100 euros": a thousands separator, not a decimal comma
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


def _unit(text: str) -> str:
    for name, pattern in _UNITS:
        if re.fullmatch(pattern, text, re.IGNORECASE):
            return name
    return text.lower()


@lru_cache(maxsize=8192)  # read once per claim, not once per pair of claims
def quantities(text: str) -> tuple[Quantity, ...]:
    """Amounts with a known unit in ``text``, each with the bound its wording gives ("minimum", "at most")."""
    # "no minimum (size)" is a minimum of nought in any unit: it contradicts every positive minimum
    found: list[Quantity] = [
        Quantity(ANY_UNIT, 0.0, 0.0, "min")
        if m.group(1).lower().startswith(("minimum", "lower"))
        else Quantity(ANY_UNIT, INF, INF, "max")
        for m in _NO_BOUND.finditer(text)
    ]
    for m in _AGE.finditer(text):
        age = _value(m.group("num"))
        low = m.group("bound").lower() in {"minimum", "lowest", "youngest"}
        found.append(Quantity(AGE, age, age, "min" if low else "max"))
    found += [Quantity("years", INF, INF) for _ in _UNLIMITED.finditer(text)]
    if not _AMOUNT.search(text):
        # a period said without a figure ("revised every year", "renewed annually"), when the claim states no other
        # amount: with one ("20 hours each year") the period is a rate of that amount, not what is set
        found += [Quantity(_unit(m.group("unit") or "year"), 1.0, 1.0, every=True) for m in _EVERY.finditer(text)]
    previous_end = 0
    for match in _AMOUNT.finditer(text):
        # the bound is said just before the amount, after any earlier amount ("minimum 1 ECTS, that is 25 hours")
        before = text[max(previous_end, match.start() - 50) : match.start()]
        cues = list(_BOUND.finditer(before))  # the nearest cue wins: "from 5 up to 30 ECTS" bounds 30 above
        bound = "exact" if not cues else "min" if cues[-1].group("min") else "max"
        superlative = None if cues else _SUPERLATIVE.search(before)
        if superlative:
            bound = "min" if superlative.group("min") else "max"
        denied = _DENIED_COMPARISON.search(text[max(previous_end, match.start() - 120) : match.start()])
        if denied:
            bound = "min" if denied.group("lower") else "max"
        if _denied_after(text, match.start(), match.end()):
            bound = "min" if _ANY_COMPARED.search(text[: match.start()]).group("lower") else "max"  # type: ignore[union-attr]
        after = _OR_MORE.match(text[match.end() :])
        if after:
            bound = "min" if after.group("min") or after.group("least") else "max"
        previous_end = match.end()
        if match.group("fraction"):
            value = _FRACTIONS[" ".join(match.group("fraction").lower().split())]
            found.append(Quantity("%", value, value, bound))
            continue
        low = match.group("low") or match.group("llow") or match.group("clow")
        high = match.group("high") or match.group("lhigh") or match.group("chigh")
        unit = _unit(match.group("unit") or match.group("lunit") or match.group("cunit").replace("$", "usd"))
        lo = _value(low)
        hi = _value(high) if high else lo
        every = bool(_EVERY_BEFORE.search(text[max(0, match.start() - 12) : match.start()]))
        found.append(Quantity(unit, min(lo, hi), max(lo, hi), bound, every))
    return tuple(found + _counts(text))


def bound_denials(text: str) -> str:
    """``text`` with the denials that make an amount's bound blanked ("no micro-credential should be awarded for
    fewer than fifty hours" reads "... micro-credential should be awarded for fewer than fifty hours" as to its
    polarity): such a claim prescribes a floor, it does not reject what it is about. Only a denial followed, in
    its clause, by a comparison with an amount of a known unit counts; "no one under 18 should enrol" is left.
    A validity or a keeping without end ("should never expire", "without a time limit") is an amount too."""
    out = text
    for match in _AMOUNT.finditer(text):
        denied = _DENIED_COMPARISON.search(text[max(0, match.start() - 120) : match.start()])
        if denied:
            start = max(0, match.start() - 120) + denied.start("neg")
            end = max(0, match.start() - 120) + denied.end("neg")
            out = out[:start] + " " * (end - start) + out[end:]
        after = _denied_after(text, match.start(), match.end())
        if after:
            start, end = match.end() + after.start("neg"), match.end() + after.end("neg")
            out = out[:start] + " " * (end - start) + out[end:]
    # "without a time limit", "should never expire": an amount of time, the largest, not a denial
    return _UNLIMITED.sub(lambda m: " " * len(m.group(0)), out)


# Units of time that convert into one another, for two periods that recur: "every twelve months" and "every three
# years" are two periods of one scale (in months). A time said once ("six months after they finish") is compared as
# written, since it often measures another thing than the period beside it. Credits, hours and money convert into
# nothing here.
_MONTHS = {"years": 12.0, "months": 1.0, "weeks": 12.0 / 52.0, "days": 12.0 / 365.0}


def _on_one_scale(qa: Quantity, qb: Quantity) -> tuple[float, float, float, float] | None:
    """Both amounts' lows and highs in one unit (months for two times), or None when their units differ."""
    if ANY_UNIT in (qa.unit, qb.unit):
        return qa.low, qa.high, qb.low, qb.high
    if qa.unit == qb.unit:
        # a period ("a yearly amount", "every 3 years") and a span ("for twenty years") measure two things
        return (qa.low, qa.high, qb.low, qb.high) if qa.every == qb.every else None
    if qa.unit in _MONTHS and qb.unit in _MONTHS and qa.every and qb.every:
        fa, fb = _MONTHS[qa.unit], _MONTHS[qb.unit]
        return qa.low * fa, qa.high * fa, qb.low * fb, qb.high * fb
    return None


def number_conflict(a: tuple[Quantity, ...], b: tuple[Quantity, ...]) -> tuple[Quantity, Quantity] | None:
    """Two amounts of one measure that cannot both hold: of the same bound, not overlapping ("minimum 1 ECTS" vs
    "minimum 3 ECTS"; "every 12 months" vs "every 3 years"), or a floor above a ceiling ("at least half ... online"
    vs "no more than a third ... online": no share is both)."""
    for qa in a:
        for qb in b:
            scaled = _on_one_scale(qa, qb)
            if scaled is None:
                continue
            low_a, high_a, low_b, high_b = scaled
            if qa.bound == qb.bound and (high_a < low_b or high_b < low_a):
                return qa, qb
            if ANY_UNIT in (qa.unit, qb.unit) or {qa.bound, qb.bound} != {"min", "max"}:
                continue
            floor, ceiling = (low_a, high_b) if qa.bound == "min" else (low_b, high_a)
            if floor > ceiling:
                return qa, qb
    return None


def same_amount(rejected: Sequence[Quantity], asserted: Sequence[Quantity]) -> tuple[Quantity, Quantity] | None:
    """An amount one claim argues against that another claim asserts (same unit and bound, overlapping)."""
    for qr in rejected:
        for qa in asserted:
            if qr.unit == qa.unit and qr.bound == qa.bound and qr.low <= qa.high and qa.low <= qr.high:
                return qr, qa
    return None


# An amount given only roughly ("about half of our courses", "some 40 hours") describes; it sets nothing.
_HEDGED = re.compile(
    r"\b(?:about|around|roughly|approximately|approx\.|some|nearly|almost|close\s+to|over|under|more\s+than|"
    r"less\s+than|that\s+is|i\.e\.)\s+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def set_amounts(text: str) -> tuple[Quantity, ...]:
    """The amounts a claim sets exactly ("a flat fee of 30 euros"), when it states no floor or ceiling at all and
    gives none of its amounts roughly: a claim that also bounds an amount ("minimum 1 ECTS, that is 25 to 30
    hours") sets the bound, and its other figures are equivalences or context."""
    found = quantities(text)
    if any(q.bound != "exact" for q in found):
        return ()
    if any(_HEDGED.search(text[max(0, m.start() - 20) : m.start()]) for m in _AMOUNT.finditer(text)):
        return ()
    return found


def beyond_bound(exact: Sequence[Quantity], bounded: Sequence[Quantity]) -> tuple[Quantity, Quantity] | None:
    """An amount set exactly that lies wholly beyond another claim's floor or ceiling of the same unit: "a flat
    fee of 30 euros" cannot be followed under "no more than 10 euros", nor "a course of 20 hours" under "at least
    40 hours". A floor and a ceiling never conflict: both may hold at once."""
    for qe in exact:
        for qb in bounded:
            if qe.unit != qb.unit or qb.bound == "exact":
                continue
            if qb.bound == "max" and qe.low > qb.high or qb.bound == "min" and qe.high < qb.low:
                return qe, qb
    return None
