"""Two ways of doing one thing that exclude each other, named in general words of policy.

Two answers to one question can share no key word and still be opposed: "our members must be able to pay in
instalments" and "the entire tuition must be settled before the first class" cannot both be followed, since a fee
paid bit by bit is not all paid before the course starts. Closeness in meaning does not see it and no negation
marks it, so a small lexicon of ways that exclude each other names them: a way of paying spread over time against
the whole sum paid before the learning begins; admission open whatever a learner already holds against admission
that requires a prior qualification; an assessment in the candidate's own language against one in the official
language alone; an assessment adapted for a candidate (extra time, an interpreter) against the same test under
the same conditions for everyone; a credential valid for good against one that lapses unless it is renewed.

Each entry holds the words of its matter (paying: "pay", "fee", "cost", "tuition") and the two ways. A claim takes
a way when it prescribes (a modal of duty or permission, a recommendation), names the matter and exactly one of the
two ways, with no negation before the way in its clause ("should not have to pay up front" would turn it round: the
reading abstains there rather than guess). Two claims of different contributors that both answer the question
and take the two ways are a stance conflict, each claim's position its way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipeline.synthesis.amounts import quantities
from pipeline.synthesis.modality import bare_force
from pipeline.synthesis.polarity import is_normative

_I = re.IGNORECASE
_START = (
    r"(?:the\s+)?(?:first\s+(?:class|lesson|session|day|module|week)|start|beginning|enrol(?:l)?ing|enrol(?:l)?ment|"
    r"registration|(?:course|programme|program|training)\s+(?:starts|begins|has\s+started))"
)


@dataclass(frozen=True)
class Ways:
    """One matter and two ways of it that exclude each other (+1 the first, -1 the second)."""

    name: str
    asked: re.Pattern[str]  # the words of a question that asks about the matter ("fee", "pay")
    matter: re.Pattern[str]
    first: re.Pattern[str]
    second: re.Pattern[str]
    # the ways' patterns open with the matter's word, so a negation inside the match is the claim's own ("exams
    # should not be taken online"); the others' own words may hold one ("no entry requirements")
    from_matter: bool = False


PAYING = Ways(
    "paying",
    re.compile(r"\b(?:pay\w*|fees?|costs?|tuition|price|charg\w+|instal\w*)\b", _I),
    re.compile(r"\b(?:pay|pays|paid|paying|payments?|fees?|costs?|tuition|price|charges?|bills?|sum|amount)\b", _I),
    # spread over time: "in instalments", "spread the cost over several months", "pay monthly", "bit by bit"
    re.compile(
        r"\binstal(?:l)?ments?\b|\bspread\s+(?:the\s+|their\s+|its\s+|a\s+)?(?:cost|costs|fee|fees|payments?|price|"
        r"tuition|bill|sum|amount)\b|\bpay(?:ing)?\s+(?:it\s+|the\s+fee\s+)?(?:in\s+(?:parts|stages)|bit\s+by\s+bit|"
        r"monthly|month\s+by\s+month)\b|\bdeferred\s+payments?\b",
        _I,
    ),
    # the whole sum before the learning begins: "up front", "in advance", "settled before the first class"
    re.compile(
        # "in advance" and "up front" only of paying ("publish their fees in advance" pays nothing)
        r"\b(?:pay|pays|paid|paying|payable|settled|due)\b[^.;:,]{0,30}?\b(?:up[\s-]?front|in\s+advance)\b"
        r"|\bup[\s-]?front\s+(?:payments?|fees?)\b|\b(?:settled|paid|payable|due)\s+(?:in\s+full\s+|entirely\s+)?"
        rf"(?:before|at|on|upon|by)\s+{_START}\b|\bin\s+full\s+(?:before|at|on|upon)\s+{_START}\b",
        _I,
    ),
)
_HELD = r"(?:qualifications?|certificates?|diplomas?|degrees?|school|schooling|education)"
ADMITTING = Ways(
    "admitting",
    re.compile(r"\b(?:access|admi\w+|enrol\w*|entry|entrance)\b", _I),
    # what a learner already holds: a qualification, a certificate, a diploma, a level of schooling
    re.compile(rf"\b{_HELD}\b|\bschool-leaving\b|\b(?:upper-)?secondary\b", _I),
    # open whatever is held: "nobody should be turned away for lack of ...", "regardless of prior qualifications"
    re.compile(
        r"\b(?:no\s+one|nobody|no\s+(?:learner|applicant|candidate|adult|person)s?)\s+(?:should|must|shall|may|will|"
        r"ought\s+to)\s+be\s+(?:turned\s+away|refused|excluded|rejected|kept\s+out)\s+(?:[\w-]+\s+){0,6}?(?:for\s+(?:lack|want)\s+of|"
        rf"because\s+(?:they|he|she)\s+(?:lack|la\w+))|\bregardless\s+of\s+(?:their\s+|any\s+)?(?:prior\s+|previous\s+|"
        rf"formal\s+)?{_HELD}\b|\bno\s+(?:formal\s+)?entry\s+requirements?\b",
        _I,
    ),
    # closed to those without it: "admission ought to require a completed upper-secondary qualification"
    re.compile(
        # access or entry to learning, not to a register or a building
        r"\b(?:admission|enrol(?:l)?ment|enrol(?:l)?ing|(?:access|entry)\s+to\s+(?:the\s+|a\s+|any\s+)?(?:[\w-]+\s+)?"
        r"(?:courses?|programmes?|programs?|training|micro-credentials?|learning))\b[^.;:,]{0,40}?\b(?:require[sd]?|requiring|"
        r"(?:be\s+)?conditional\s+(?:on|upon)|depends?\s+on|be\s+reserved\s+for)\b",
        _I,
    ),
)
_TONGUE = r"(?:language|tongue)"
TESTING_LANGUAGE = Ways(
    "testing language",
    re.compile(r"\b(?:languages?|tongues?)\b", _I),
    # an assessment, an examination, a test, answering it
    re.compile(r"\b(?:assess\w*|exam\w*|tests?|tested|answer(?:s|ed|ing)?)\b", _I),
    # the candidate's own language: "in their first language", "in their mother tongue"
    re.compile(
        r"\b(?:their|his|her|the\s+(?:learner|candidate|student)['’]s)\s+(?:own\s+)?(?:first|mother|native|home)\s+"
        rf"{_TONGUE}\b|\bmother\s+tongue\b",
        _I,
    ),
    # the official language and no other: "only in the official tongue", "in the official language alone" (an
    # official language beside others excludes no candidate's own)
    re.compile(
        rf"\b(?:only|solely|exclusively)\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:official|national|state)\s+{_TONGUE}\b"
        rf"|\b(?:official|national|state)\s+{_TONGUE}\s+(?:alone|only)\b",
        _I,
    ),
)
_TESTED = r"(?:tests?|exams?|examinations?|assessments?|tasks?|procedures?)"
ADAPTING = Ways(
    "adapting",
    re.compile(r"\b(?:adapt\w*|adjust\w*|accommodat\w*|disabilit\w*|disabled|impairments?|special\s+needs)\b", _I),
    # the conditions of an assessment, and whoever sits it
    re.compile(rf"\b(?:{_TESTED}|assess\w*|conditions|arrangements?|candidates?|examinees?)\b", _I),
    # changed for a candidate: "adapted arrangements", "reasonable adjustments", "extra time", "an interpreter"
    re.compile(
        rf"\badapted\s+(?:arrangements?|conditions|formats?|{_TESTED})\b|\b(?:reasonable\s+)?adjustments\b"
        r"|\baccommodations\b|\b(?:extra|additional)\s+(?:time|duration)\b|\bsign[\s-]+(?:language\s+)?interpret\w+",
        _I,
    ),
    # one and the same for all: "the same test under the same conditions", "identical conditions", "no exceptions"
    re.compile(
        rf"\b(?:the\s+)?same\s+{_TESTED}\s+(?:under|in|with)\s+the\s+same\s+(?:conditions|rules|time)\b"
        r"|\b(?:identical|uniform)\s+conditions\b|\bwith(?:out)?\s+(?:any\s+)?exceptions?\s+for\s+(?:anyone|nobody)\b",
        _I,
    ),
)
_PERIOD = r"(?:\w+\s+)?(?:years?|months?)"
LASTING = Ways(
    "lasting",
    re.compile(
        # a question on validity itself, not any "how long" (keeping records, taking a decision)
        r"\b(?:valid|validity|expir\w*|renew\w*|laps\w*|revalidat\w*)\b",
        _I,
    ),
    # what keeps or loses its value: a credential, a badge, a recognition, an achievement
    re.compile(
        # "valid", not "validated": the validation of prior learning is no validity
        r"\b(?:(?:micro-)?credentials?|certificates?|badges?|recognition|achievements?|qualifications?|valid|validity|"
        r"expir\w*|holders?)\b",
        _I,
    ),
    # for good: "for life", "for good", "never to be withdrawn", "no expiry date" (not "lifelong learning")
    re.compile(
        r"\b(?:for\s+life|for\s+good|for\s+ever|forever|permanently|indefinitely|never\s+(?:to\s+)?(?:expire|lapse|"
        r"be\s+withdrawn|be\s+revoked|run\s+out)|no\s+expiry(?:\s+date)?|without\s+(?:an?\s+)?expiry(?:\s+date)?)\b",
        _I,
    ),
    # for a time: "lapse after three years", "a refresher test every four years", "valid for five years"
    re.compile(
        rf"\b(?:expire|expires|lapse|lapses|be\s+renewed|be\s+revalidated)\s+(?:after|every|within)\s+{_PERIOD}\b"
        rf"|\b(?:refresher|re-?assess\w*|re-?certif\w*|revalidat\w*|renew\w*)\b[^.;:]{{0,40}}?\bevery\s+{_PERIOD}\b"
        rf"|\bvalid\s+for\s+(?:only\s+)?{_PERIOD}\b|\bunless\s+(?:the\s+)?(?:holder|learner|worker)\s+is\s+"
        r"(?:reassessed|re-assessed|retested|re-examined)\b",
        _I,
    ),
)
_APPROVAL = r"(?:approval|accreditation|validation|authori[sz]ation|licen[cs]e|review|check)"
_APPROVED = r"(?:approved|accredited|validated|authori[sz]ed|licensed|reviewed|checked|vetted)"
_ITEM = r"(?:micro-credentials?|courses?|programmes?|programs?|qualifications?|offers?|units?|modules?)"
APPROVING = Ways(
    "approving",
    re.compile(r"\b(?:approv\w*|accredit\w*|authori[sz]\w*|licen[cs]\w*|quality|vet\w*)\b", _I),
    re.compile(r"\b(?:approv\w*|accredit\w*|authori[sz]\w*|licen[cs]\w*|validat\w*|quality|vet\w*)\b", _I),
    # each offer approved on its own: "accredited individually", "approved course by course", "a separate
    # approval of every course"
    re.compile(
        rf"\b{_APPROVED}\s+(?:(?:by\s+[\w\s-]{{1,40}}?\s+)?(?:individually|separately|one\s+by\s+one|"
        rf"{_ITEM}\s+by\s+[\w-]+|each\s+on\s+its\s+own|on\s+its\s+own))\b"
        # (not "without a separate approval for each course", the other way)
        rf"|\b(?<!without\sa\s)(?<!without\san\s)(?<!without\s)(?<!no\s)(?:individual|separate)\s+{_APPROVAL}\s+"
        rf"(?:of|for)\s+(?:each|every)\s+(?:[\w-]+\s+)?{_ITEM}\b",
        _I,
    ),
    # the provider's own quality system instead: "without a separate approval for each course", "institutional
    # accreditation", "no individual accreditation of each course"
    re.compile(
        rf"\bwithout\s+(?:a|an|any)?\s*(?:separate|individual|further|additional|new|prior)\s+{_APPROVAL}\b"
        rf"|\binstitutional\s+accreditation\b|\bself-accredit\w*",
        _I,
    ),
)
_SAT = r"\b(?:assess\w*|exam\w*|tests?|tested)\b[^.;:]{0,60}?"
ATTENDING = Ways(
    "attending",
    re.compile(r"\b(?:where|online|in\s+person|on[\s-]?site|remotely|at\s+a\s+distance|from\s+home)\b", _I),
    re.compile(r"\b(?:assess\w*|exam\w*|tests?|tested)\b", _I),
    # at a distance: "take the final exam online, from home", "assessed remotely"
    re.compile(rf"{_SAT}\b(?:online|remotely|from\s+home|at\s+a\s+distance|by\s+video)\b", _I),
    # present in one place: "must take place in person", "on site" (not a yardstick: "the same rules as on campus")
    re.compile(
        rf"{_SAT}(?<!\bas\s)\b(?:in\s+person|on[\s-]site|face[\s-]to[\s-]face|on\s+campus|physically\s+present)\b", _I
    ),
    from_matter=True,
)
LEXICON = (PAYING, ADMITTING, TESTING_LANGUAGE, ADAPTING, LASTING, APPROVING, ATTENDING)

_NEGATION = re.compile(r"\b(?:not|never|no|nobody|none|without|neither|nor|cannot)\b|n['’]t\b", _I)
_CLAUSE_BREAK = re.compile(r"[;:,]|\b(?:but|while|whereas|although|because|since|so\s+that|where|if|when)\b", _I)


def _clause_before(text: str, start: int) -> str:
    before = text[:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


@lru_cache(maxsize=8192)
def way_taken(text: str) -> tuple[str, int] | None:
    """The lexicon's matter and way a claim prescribes: ``("paying", 1)`` for "learners should be able to spread
    the cost over several months", ``("paying", -1)`` for "the entire tuition must be settled before the first
    class"; None when it prescribes none, names both ways of a matter, or a negation stands before the way."""
    if not (is_normative(text) or bare_force(text) is not None):
        return None
    taken = []
    for ways in LEXICON:
        if not ways.matter.search(text):
            continue
        found = [(m, 1) for m in ways.first.finditer(text)] + [(m, -1) for m in ways.second.finditer(text)]
        if not found or len({sign for _, sign in found}) != 1:
            continue
        if any(
            _NEGATION.search(_clause_before(text, m.start())) or ways.from_matter and _NEGATION.search(m.group(0))
            for m, _ in found
        ):
            continue  # "should not have to pay up front": turned round, or not; the reading abstains
        taken.append((ways.name, found[0][1]))
    return taken[0] if len(taken) == 1 else None


def opposed_ways(
    claims: Sequence[Any], rel: Sequence[float], relevance: float, taken: set[tuple[int, int]], question: str = ""
) -> dict[tuple[int, int], tuple[int, int]]:
    """Pairs of claims of different contributors that both answer the question (``rel`` >= ``relevance``, or
    ``question`` asks about the matter, so that each answers it by its way) and take the two ways
    of one matter of the lexicon, beyond the pairs ``taken``; each pair maps to its claims' signs."""
    ways = [way_taken(c.text) for c in claims]
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            wi, wj = ways[i], ways[j]
            if wi is None or wj is None or wi[0] != wj[0] or wi[1] == wj[1]:
                continue
            if (i, j) in taken or claims[i].voice == claims[j].voice:
                continue
            # a claim far from the question in meaning still answers it when the question names the matter of its
            # way ("should last for life" answers "how long should a micro-credential remain valid?")
            if min(rel[i], rel[j]) < relevance and not answers_by_way(claims[i].text, question):
                continue
            out[(i, j)] = (wi[1], wj[1])
    return out


def way_phrase(text: str) -> str:
    """The words in which a claim takes its way ("in instalments", "settled before the first class"), for a label;
    "" when it takes none."""
    taken = way_taken(text)
    if taken is None:
        return ""
    ways = next(w for w in LEXICON if w.name == taken[0])
    if ways.from_matter:
        return ""  # its match opens at the matter's word ("exam online"): the claim's own stance phrase reads better
    found = (ways.first if taken[1] == 1 else ways.second).search(text)
    return found.group(0) if found else ""


def without_way(text: str) -> str:
    """``text`` without the words of its way when they hold a negation ("... should be able to offer
    micro-credentials without a separate approval for each course" reads "... should be able to offer
    micro-credentials for each course"): the negation names the way, it turns no predicate round; else ``text``."""
    phrase = way_phrase(text)
    # only an exemption said with "without" ("without a separate approval"); a way that is an amount ("never
    # expire", "without an expiry date": no time limit) keeps its words, which the amount is read from
    if not phrase.lower().startswith("without") or quantities(phrase):
        return text
    return re.sub(r"\s+(?=[.,;:!?])", "", " ".join(text.replace(phrase, " ", 1).split()))


def asks_of(question: str, points: Sequence[str]) -> bool:
    """Whether ``question`` names the matter every claim of ``points`` takes a way of ("How should the payment of
    course fees be arranged?" names paying): such claims answer it whatever other words they share with it."""
    taken = {way_taken(text) for text in points}
    if not taken or None in taken or len({name for name, _ in taken}) != 1:  # type: ignore[misc]
        return False
    name = next(iter(taken))[0]  # type: ignore[index]
    return any(w.name == name and w.asked.search(question) for w in LEXICON)


def answers_by_way(text: str, question: str) -> bool:
    """Whether a claim takes a way of a matter ``question`` asks about: it answers it, however far in meaning
    ("examined only in the official tongue of the country" answers "in which language should candidates be
    assessed?" at a cosine of 0.3)."""
    return asks_of(question, [text])
