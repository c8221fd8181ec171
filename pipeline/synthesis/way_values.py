"""A way of doing something, said in answer to a "How should ...?" guiding question, read as a value.

"How should prior learning be assessed?" asks for a way, and two contributors answering with ways that cannot both
be the rule (a portfolio against a written examination) disagree. The ways are a small closed lexicon of general
words, in groups tied to the matter of the question (recognition, the route of public money, the form of an
assessment); the rule, written before the code, is in ``docs/divergence-ways.md``:
- the question opens with "How" and a modal, and names the matter of exactly one group;
- the sentence has one modal of duty with a subject (``bare_answers.split``), or opens with a first person's
  recommendation ("We recommend that ...", "We support ..."), or has such a modal in a clause between semicolons;
  it has no hedge, condition or report, names the matter of the group (recognising, money, assessing) and shares
  a word family with the question;
- the ways named in the modal's predicate are held, but a way set aside ("instead of an examination") or denied
  ("should not be paid to providers") is not; a way both held and set aside gives nothing, and so does a way only
  set aside.
Two ways of one group differ when they share none (:func:`pipeline.synthesis.values.differ`). The older engine's
lexicon of two ways that exclude each other, whatever the question (:mod:`pipeline.synthesis.ways`), is apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.synthesis.bare_answers import split

_I = re.IGNORECASE

# a first person's recommendation states a way as a modal does: "We recommend that every adult have an individual
# learning account", "We support funding through vouchers" (what follows the frame is what is recommended)
_RECOMMENDS = re.compile(
    r"^(?:[^,;:]*?,\s*)?(?:we|i)\s+(?:(?:therefore|also|strongly|firmly)\s+)?(?:recommend|propose|support|favou?r|prefer|"
    r"advocate|urge|call\s+for|ask\s+for)\s+(?:that\s+)?(?P<rest>.+)$",
    _I,
)
_END = re.compile(r"[;:.()]|\s[-–—]\s|\s(?:so\s+that|because|since|in\s+order\s+to)\b", _I)


# "How should ...?", "How can ...?": a way; "how many / much / long / often" are quantities, read elsewhere
_ASKS_WAY = re.compile(r"^\s*how\s+(?:should|must|shall|ought|can|could|may|might|would)\b", _I)

# two questions in one ("How can a learner appeal, and who decides the appeal?"): no one way is asked
_COMPOUND = re.compile(r",\s*(?:and|or)\b|\b(?:and|or)\s+(?:who|what|which|when|how|whether|should|must)\b", _I)

# each group: the matter a question names for its answers to be read as ways, and its ways in general words
_GROUPS: dict[str, tuple[re.Pattern[str], dict[str, re.Pattern[str]]]] = {
    "recognition": (
        re.compile(r"\b(?:recogni[sz]\w*|accept\w*|equivalen\w*)\b", _I),
        {
            "automatic": re.compile(
                r"\b(?:automatic(?:ally)?|without\s+(?:any\s+|a\s+|an\s+)?(?:new|further|additional|separate|second|"
                r"individual|own)\s+(?:assessment|evaluation|examination|procedure|check|review)s?)\b",
                _I,
            ),
            "individual": re.compile(
                r"\b(?:individually|(?:an\s+)?individual\s+(?:assessment|evaluation|examination|review|check|procedure|"
                r"decision|basis)s?|case[\s-]by[\s-]case|one\s+by\s+one|on\s+(?:its|their)\s+own\s+merits)\b",
                _I,
            ),
        },
    ),
    "funding route": (
        re.compile(r"\b(?:money|fund\w*|fees?|costs?|pay|paid|budgets?|financ\w*|subsid\w*|vouchers?)\b", _I),
        {
            "to the provider": re.compile(
                r"\b(?:go|goes|paid|given|allocated|transferred|flow|channelled|channeled)\s+(?:straight\s+|directly\s+)?"
                r"to\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:providers?|centres?|centers?|schools?|colleges?|institutions?)\b",
                _I,
            ),
            "to the learner": re.compile(
                r"\b(?:vouchers?|(?:individual|personal)\s+(?:learning|training)\s+(?:accounts?|budgets?)|"
                r"follows?\s+the\s+(?:learners?|trainees?|students?|individuals?)|"
                r"(?:paid|given|go|goes)\s+(?:straight\s+|directly\s+)?to\s+(?:the\s+)?"
                r"(?:learners?|trainees?|students?|individuals?))\b",
                _I,
            ),
            "tax relief": re.compile(
                r"\b(?:tax\s+(?:credits?|deductions?|allowances?|relief|breaks?|rebates?)|"
                r"deduct\w*\s+(?:\w+\s+){0,4}from\s+(?:\w+\s+){0,2}tax\w*)\b",
                _I,
            ),
        },
    ),
    "assessment form": (
        re.compile(r"\b(?:assess\w*|evaluat\w*|examin\w*|test\w*|validat\w*)\b", _I),
        {
            "portfolio": re.compile(r"\bportfolios?\b", _I),
            "examination": re.compile(
                r"\b(?:(?:written|oral|final)\s+(?:exam|examination|test)s?|exams?|examinations?)\b", _I
            ),
            "practical demonstration": re.compile(
                r"\b(?:(?:practical|hands-on)\s+(?:tasks?|tests?|assignments?|demonstrations?|exercises?)|"
                r"observ\w+\s+(?:at|in)\s+the\s+workplace)\b",
                _I,
            ),
        },
    ),
}

# a way set aside: "instead of an examination", "rather than a portfolio", "not through the providers"
_SET_ASIDE = re.compile(r"\b(?:instead\s+of|rather\s+than|not|no|never|nor|without)\s+(?:\w+\s+){0,3}$", _I)
# hedges, conditions and reports: a way for some cases, or someone else's view
_UNSURE = re.compile(
    r"\b(?:if|unless|provided|as\s+long\s+as|perhaps|maybe|possibly|probably|might|could|may|would|"
    r"in\s+(?:some|certain|most|many)\s+cases|depend\w*|according\s+to|"
    r"(?:some|others|many|critics|opponents|proponents)\s+(?:\w+\s+)?(?:argue|say|believe|claim|think|hold|feel))\b|\?",
    _I,
)


# what comes from another country, in its several wordings: "obtained abroad", "foreign certificates", "from other
# countries", "awarded in another Member State" (a question and its answer often word it apart)
_ABROAD = re.compile(
    r"\b(?:abroad|foreign|overseas|(?:an)?other\s+(?:countr(?:y|ies)|member\s+states?|states?)|other\s+countries)\b",
    _I,
)


def asked_way(question: str) -> str | None:
    """The group of ways ``question`` asks among ("How should prior learning be assessed?": "assessment form"),
    None when it asks no way or names the matter of more than one group."""
    if not _ASKS_WAY.match(question) or _COMPOUND.search(question):
        return None
    groups = [name for name, (matter, _) in _GROUPS.items() if matter.search(question)]
    return groups[0] if len(groups) == 1 else None


def _predicates(text: str) -> list[tuple[str, bool]] | None:
    """What ``text`` says should be done, each with whether a negation scopes over it: the predicate of its one
    modal of duty, else what follows a first person's recommendation, else each clause's (between semicolons: "...
    should never have to pay; the money should go straight to the centres"); None when it says nothing so."""
    parts = split(text)
    if parts is not None:
        return [(parts[1], parts[2])]
    frame = _RECOMMENDS.match(text.strip())
    if frame is not None:
        rest = frame.group("rest")
        end = _END.search(rest)
        return [(rest[: end.start()] if end else rest, False)]
    clauses = [split(clause) for clause in text.split(";")] if ";" in text else []
    found = [(c[1], c[2]) for c in clauses if c is not None]
    return found or None


def way_held(
    text: str, question: str, group: str, shared: Callable[[str], frozenset[str]]
) -> tuple[frozenset[str], bool] | None:
    """The ways of ``group`` that ``text`` holds in what it says should be done (:func:`_predicates`), and whether
    it sets any aside; None when it states no way (no modal of duty or recommendation, a hedge or a report, the
    group's matter unnamed, no word family of the question's shared (``shared``: a text's word families), no way
    named, a way both held and set aside, only a way denied)."""
    abroad = bool(_ABROAD.search(text) and _ABROAD.search(question))  # one subject in other words
    if _UNSURE.search(text) or not _GROUPS[group][0].search(text) or not (shared(text) & shared(question) or abroad):
        return None  # "shall be awarded without a further examination" names no recognising: another matter
    said = _predicates(text)
    if said is None:
        return None
    held: set[str] = set()
    aside: set[str] = set()
    for predicate, denied in said:
        taken: list[tuple[int, int]] = []
        for way, pattern in _GROUPS[group][1].items():
            for m in pattern.finditer(predicate):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue  # "without an individual evaluation" is the automatic way, not the individual one
                taken.append((m.start(), m.end()))
                before = predicate[max(0, m.start() - 40) : m.start()]
                set_aside = bool(_SET_ASIDE.search(before)) and not m.group(0).lower().startswith("without")
                (aside if set_aside or denied else held).add(way)
    if not held or held & aside:
        return None
    return frozenset(held), bool(aside)
