"""What a "how many" question counts, and the figures a question names.

"How many learners should one assessor have?" is not answered by a sentence whose figures count assessors or
measure a time ("within ten working days") or a volume of learning ("1 ECTS credit"); a question that names its own
figures ("learners under 18") is not answered by a sentence naming none of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.drafting.drafters.figures import DIGITS, TIME_UNIT, WORDS, YEAR, without_non_counting
from pipeline.index.lexical import tokenize

_I = re.IGNORECASE

# what "how many" counts: the words up to the verb ("how many learning outcomes should ..." counts outcomes)
_HOW_MANY = re.compile(
    r"\bhow\s+many\s+(?:(?:more|different|separate|individual|other)\s+)?"
    r"((?:(?!(?:should|must|shall|can|could|may|might|will|would|do|does|did|is|are|was|were|has|have|had|need|"
    r"ought)\b)[\w-]+\s*){1,3})",
    _I,
)
_FIGURE = re.compile(rf"{DIGITS}|\b(?:{WORDS})\b", _I)


@lru_cache(maxsize=1024)
def _counted_and_named(question: str) -> tuple[frozenset[str], frozenset[str]]:
    """What a "how many" question counts, and the other words it names (both empty for any other question): read
    once per question, not once per candidate sentence."""
    asked = _HOW_MANY.search(question)
    if not asked:
        return frozenset(), frozenset()
    counted = frozenset(tokenize(asked.group(1)))
    return counted, frozenset(tokenize(question)) - counted


# a figure joined by a hyphen to the word it measures ("five-point", "two-day", "15-hour")
_COMPOUND_UNIT = re.compile(r"-([A-Za-z]+)\b")
# what follows a figure that measures time or how often, never a number of people or things
# ("25 to 30 hours": the first figure of a range measures what the second does)
_RANGE_END = rf"(?:\s*(?:to|or|-|–)\s*{DIGITS})?"
_MEASURE_AFTER = re.compile(rf"{_RANGE_END}[\s-]+(?:(?:a|an)\s+)?(?:{TIME_UNIT}|times)\b", _I)
# what follows a figure that measures a volume of learning ("1 ECTS credit", "5 credit points")
_VOLUME_AFTER = re.compile(rf"{_RANGE_END}[\s-]+(?P<unit>(?:ects\s+)?(?:credits?|credit\s+points|points)|ects)\b", _I)


def counts_elsewhere(question: str, sentence: str, kind: str | None) -> bool:
    """Whether every figure of ``sentence`` counts another thing the question names than the one it asks the
    number of: "How many learners should one assessor have?" is not answered by "at least one assessor should
    take part", whose figure counts assessors, nor by "results within ten working days", whose figure is a time.
    A figure followed by no word of the question counts something unknown and may still answer."""
    counted, named = _counted_and_named(question)
    if not counted or not named:
        return False
    text = without_non_counting(sentence)
    counting_things = kind == "count"  # ``kind``: the asked type; "how many hours" asks for a time
    verdicts = []
    for match in _FIGURE.finditer(text):
        if counting_things and _MEASURE_AFTER.match(text[match.end() :]):
            verdicts.append(True)  # "within ten working days", "four times a year": a time, not a number of them
            continue
        volume = _VOLUME_AFTER.match(text[match.end() :]) if counting_things else None
        if volume and not set(tokenize(volume.group("unit"))) & counted:
            verdicts.append(True)  # "at least 1 ECTS credit" measures learning, not how many courses
            continue
        compound = _COMPOUND_UNIT.match(text[match.end() :])
        if compound:  # "a five-point scale", "a 15-hour course": the figure measures the word it is joined to
            verdicts.append(not set(tokenize(compound.group(1))) & counted)
            continue
        after = tokenize(" ".join(text[match.end() :].split()[:3]))
        hit = next((w for w in after if w in counted or w in named), None)
        if hit is None and match.group(0).lower() in _PRONOUN_FIGURES:
            continue  # "the only one to decide", "a single body": a pronoun or an article, not a count
        determiner = match.group(0).lower() in _PRONOUN_FIGURES and _OPENS_SUBJECT.match(text[: match.start()])
        if hit in counted and determiner:
            continue  # "A single micro-credential should not exceed 150 hours": any one of them, not how many
        verdicts.append(hit is not None and hit not in counted)
    return bool(verdicts) and all(verdicts)


# A figure the question itself names ("learners under 18", "level 4 or level 5", "courses of fewer than 5 ECTS")
# is what it asks about: a sentence that names none of its figures speaks of something else ("Admission should be
# open to people without a school-leaving certificate" does not say whether learners under 18 may enrol). A year
# and a figure that is part of a name ("Open Badges 3.0", "ISO 9001") are left out: the answer need not repeat them.
_NAME_BEFORE = re.compile(r"\b(?:[A-Z][\w-]*|ISO|ESG|EN)\s*$")
_SPELLED = dict(
    zip(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
        "eighteen nineteen twenty".split(),
        range(1, 21),
        strict=True,
    )
)


@lru_cache(maxsize=1024)
def named_figures(question: str) -> frozenset[str]:
    """The figures ``question`` names as what it asks about (digits, as written): no year, no part of a name. Read
    once per question, not once per candidate sentence."""
    out = set()
    for match in re.finditer(DIGITS, question):
        figure = match.group(0)
        if YEAR.match(figure) or _NAME_BEFORE.search(question[: match.start()]):
            continue
        out.add(figure)
    return frozenset(out)


def misses_named_figures(question: str, sentence: str) -> bool:
    """Whether ``question`` names figures (:func:`named_figures`) and ``sentence`` gives none of them, in digits
    or spelled out ("18" / "eighteen")."""
    wanted = named_figures(question)
    if not wanted:
        return False
    given = {m.group(0) for m in re.finditer(DIGITS, sentence)}
    given |= {str(_SPELLED[w.lower()]) for w in re.findall(r"[A-Za-z]+", sentence) if w.lower() in _SPELLED}
    return not wanted & given


# the start of a sentence before a number word that opens its subject ("A single ...", "Each single ...")
_OPENS_SUBJECT = re.compile(r"^\W*(?:a|an|each|every|any)?\s*$", _I)
# number words that are as often pronouns or articles as counts
_PRONOUN_FIGURES = frozenset({"one", "a single", "single", "half", "a few", "several"})


# "How many credits may count towards a degree?" asks how much of one qualification another may stand for: the
# size of one credential ("should carry no fewer than three credits") or its price does not say it. The question
# asks so with "towards" or "count in / for / into" ("How many credits should count for the diploma?"); a sentence
# answers it only by speaking of counting, crediting, recognising, transferring, accumulating, stacking, combining,
# exempting or shortening, or of a part of the whole or what stands in its place. The drafter's answer-kind test and
# the divergence register's quantity reader (``pipeline.synthesis.values``) both ask this one rule.
_TOWARDS = re.compile(r"\b(?:towards?|count(?:s|ed)?\s+(?:in|for|into))\b", re.IGNORECASE)
_COUNTED_IN = re.compile(
    r"\b(?:towards?|count\w*|credited|credit\w*\s+(?:for|against|to|towards|in)|recogni[sz]\w*|transfer\w*|"
    r"accumulat\w*|stack\w*|add\w*\s+up|combin\w*|exempt\w*|shorten\w*|part\s+of|in\s+place\s+of|replac\w*)\b",
    re.IGNORECASE,
)


def counted_in_elsewhere(question: str, sentence: str, kind: str | None) -> bool:
    """Whether ``question`` asks a value (``kind``, its asked type, not None) of what counts towards something
    larger ("towards", "count in / for / into") and ``sentence`` gives it without speaking of any counting towards,
    crediting, recognising or transferring: one credential's size is not how much of it counts towards a whole."""
    return kind is not None and bool(_TOWARDS.search(question)) and not _COUNTED_IN.search(sentence)
