"""What an amount in a claim measures: the thing whose validity, fee or workload the figure gives.

Two claims differ in number only when their amounts measure one thing. "The accreditation of a training centre
should be valid for six years" and "a micro-credential, once earned, should never expire" both give years, and
both may name micro-credentials, but one is how long an accreditation lasts and the other how long a credential
does; "a fisherman who has maintained his boat engine for twenty years should ..." measures neither, since its
figure only describes whom the claim is about.

The reading follows the grammar of the clause, not any subject matter: the thing measured is the head noun of
the claim's subject (the noun the amount's verb or adjective is said of: what "should be valid", "should never
expire", "should not exceed 10 ECTS"). Where the subject names no such thing the reading abstains and any two
amounts of one unit may still differ, as before: a person or a body who acts ("a student ... should pay no more
than 10 euros", "providers should keep records for three years": the amount measures what they do; in the
passive, "providers should be reviewed every four years", they are what is measured), a pronoun
("we accept ...", "nothing larger than ten credits ..."), a subject that is itself the amount or a bound ("a
compulsory minimum well above 15 hours ...", "the minimum workload ... is 1 ECTS"), or a word that only names a
dimension ("size", "workload", "duration").
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.index.lexical import tokenize
from pipeline.synthesis.amounts import Quantity, quantities
from pipeline.synthesis.matter import core, family

# The verb group that ends the subject: the claim's modal, else a form of "be" or "have" or a verb of costing
# (a relative clause of the subject may hold a finite verb before the modal: "a fisherman who has ... should").
_MODAL = re.compile(r"\b(?:should|must|shall|may|might|can|could|will|would|ought|needs?\s+to)\b", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|costs?|lasts?|expires?|exceeds?)\b", re.IGNORECASE)
# Discourse openers before the subject ("For that reason a micro-credential should ...", "First, ...").
_OPENER = re.compile(
    r"^(?:(?:for\s+(?:that|this|these|those)\s+reasons?|in\s+(?:our|my|their)\s+view|in\s+practice|in\s+short|"
    r"in\s+(?:general|principle|particular)|therefore|thus|so|first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|"
    r"however|moreover|also|above\s+all|as\s+a\s+rule)\b\s*,?\s*)+",
    re.IGNORECASE,
)
# Where the head of a noun phrase has been passed: a preposition, a relative pronoun, a participle or a comma
# ("the accreditation of a training centre", "a fisherman who ...", "a micro-credential awarded by ...").
_AFTER_HEAD = frozenset(
    "of for in on at by with from to under over above below within after before during without about between "
    "across through against like than who whom whose that which where when".split()
)
_DETERMINERS = frozenset(
    "a an the this that these those every each any all some no its their our his her your my both either "
    "another other".split()
)
# Subjects that name nothing measured: pronouns and indefinites ("we accept ...", "nothing larger than ...").
_PRONOUNS = frozenset(
    "we i you they it he she this that these those one nothing nobody none anything anybody anyone something "
    "someone everything everybody everyone all".split()
)
# Words that name a dimension or a bound, not a thing: what is measured is what they are said of.
_DIMENSIONS = frozenset(
    "minimum maximum size workload length duration amount number share proportion volume total limit ceiling cap "
    "floor level period time value figure age".split()
)


# A frame of saying with words between its verb and "that" ("I would argue in the conclusions that providers
# should ...", "We would strongly recommend to the ministry that ..."): the claim's subject follows "that".
_SAYING = re.compile(
    r"^(?:we|i|the\s+\w+|our\s+\w+)\b[^,;:.]{0,40}?\b(?:argue|propose|recommend|suggest|believe|think|consider|"
    r"hold|insist|urge)s?\b[^,;:.]{0,40}?\bthat\s+",
    re.IGNORECASE,
)


def _split(text: str) -> tuple[str, str]:
    """The claim's subject and what follows its verb group's first word: the words before its first verb group,
    without a frame ("We propose that ...", "I would argue in the conclusions that ...") or a discourse opener
    ("For that reason ..."), up to its first comma; ("", "") when no verb group is found."""
    rest = _OPENER.sub("", _SAYING.sub("", core(text).strip(), count=1))
    verb = _MODAL.search(rest) or _FINITE.search(rest)
    if verb is None:
        return "", ""
    return rest[: verb.start()].split(",")[0].strip(), rest[verb.end() :]


def _subject(text: str) -> str:
    """The claim's subject (see :func:`_split`); "" when no verb group is found."""
    return _split(text)[0]


# A passive predicate ("providers should be reviewed every four years"): its subject is acted on, so even a person
# or a body is then what the amount measures (the review of providers). Not "be required / allowed / able to ...",
# which says what the subject does.
# A verb of undergoing is a passive in meaning: "providers should undergo / go through / be subject to / submit to
# an external review every five years" has providers reviewed, as "should be reviewed" does.
_PASSIVE = re.compile(
    r"^\s*(?:(?:not|never|also|only)\s+)?(?:(?:be|remain|stay)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b(?!\s+to\b)"
    r"|(?:undergo|go\s+through|submit\s+to|be\s+subject(?:ed)?\s+to)\b)",
    re.IGNORECASE,
)


def _head_of(subject: str) -> str:
    """The head noun of the subject: its last word before a preposition, a relative pronoun or a participle ("the
    accreditation of a training centre", "a fisherman who ...", "a micro-credential awarded by ...")."""
    head = ""
    for n, word in enumerate(re.findall(r"[\w'’-]+", subject)):
        low = word.lower()
        if low in _AFTER_HEAD or (head and low.endswith(("ed", "ing")) and n > 0):
            break
        if low in _DETERMINERS and not head:
            continue
        head = word
    return head


@lru_cache(maxsize=8192)
def measured(text: str) -> frozenset[str]:
    """The word family of the thing a claim's amounts measure: the head noun of its subject ("accreditation" for
    "The accreditation of a training centre ... should be valid for six years"; "micro-credential" for "Every
    micro-credential should show an expiry date ..."). Empty when the claim does not say: its subject is a person
    or body who acts, a pronoun, the amount or a bound itself, or a word for a dimension."""
    from pipeline.drafting.drafters.actors import names_actor

    subject, predicate = _split(text)
    if not subject or quantities(subject):
        return frozenset()
    head = _head_of(subject)
    low = head.lower()
    if not head or low in _PRONOUNS or low in _DIMENSIONS:
        return frozenset()
    if names_actor(head) and not _PASSIVE.match(predicate):
        return frozenset()  # the subject acts: the amount measures what they do
    return frozenset(family(t) for t in tokenize(head))


@lru_cache(maxsize=8192)
def acting(text: str) -> frozenset[str]:
    """The word family of a person or body that acts as the claim's subject ("providers" in "Providers should
    publish their pass rates every year"); empty when the subject is no actor or is acted on (the passive)."""
    from pipeline.drafting.drafters.actors import names_actor

    subject, predicate = _split(text)
    head = _head_of(subject) if subject and not quantities(subject) else ""
    if not head or head.lower() in _PRONOUNS or not names_actor(head) or _PASSIVE.match(predicate):
        return frozenset()
    return frozenset(family(t) for t in tokenize(head))


def same_measure(a: str, b: str) -> bool:
    """Whether the amounts of two claims may measure one thing: both say what they measure and it is one thing
    ("micro-credential" and "credential" are one), or either does not say (the reading abstains). A body acted on
    in one claim and acting in the other is two measures: "each provider should be audited every three years"
    times the audit of providers, "providers should publish their results each year" what providers do."""
    ma, mb = measured(a), measured(b)
    if ma & acting(b) or mb & acting(a):
        return False
    return not ma or not mb or bool(ma & mb)


_WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=8192)
def reports_practice(text: str) -> bool:
    """Whether a claim without a modal reports what someone does ("Each member logs at least 1,900 hours of
    interpreting before registration", "our trainees complete at least 40 hours"): its subject names people or a
    body who act, and it prescribes nothing but a bound, so the bound is a fact about them, not an amount it
    sets. A bullet ("Minimum 3 ECTS", "at least 60 hours per micro-credential") or a claim of a thing ("a
    micro-credential carries at least 3 ECTS") names no one, and keeps its bound."""
    from pipeline.drafting.drafters.actors import names_actor
    from pipeline.synthesis.polarity import prescribes

    rest = _OPENER.sub("", core(text).strip())
    if _MODAL.search(rest) or prescribes(text):
        return False
    words = _WORD.findall(rest)
    while words and words[0].lower() in _DETERMINERS:
        words.pop(0)
    # the subject's head: one of its first two words, before any figure
    opening = [w for w in words[:2] if not quantities(w) and not w[0].isdigit()]
    return bool(opening) and names_actor(" ".join(opening))


# A relative clause that describes the subject by an exact figure ("a fisherman who has maintained his own boat
# engine for twenty years should ...", "learners who worked 30 hours a week"): the figure says whom the claim is
# about, it is not an amount the claim sets. A floor or a ceiling there ("micro-credentials that carry more than 10
# ECTS should be called short programmes") draws a line, and stays.
_RELATIVE = re.compile(r"\b(?:who|whom|whose|that|which)\b", re.IGNORECASE)


# A clause whose subject is no one ("Nobody takes away a school diploma after five years, and a short course should
# be no different"): its figure is what nobody does, the ground of a comparison, never an amount the writer sets;
# with a modal of its own ("No one should need more than 3 ECTS ...") it is a position, and keeps its figure.
_NO_ONE_CLAUSE = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+(?:and|but|so|yet|because|since|as)\s+|\b(?:and|but|because)\s+)"
    r"(?:nobody|no\s+one|no-one|nothing|none)\b[^.;:!?]*?(?=,\s+(?:and|but|so|yet)\s+|[.;:!?]|$)",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def described(text: str) -> tuple[Quantity, ...]:
    """The exact amounts inside a relative clause of the claim's subject: they describe, they set nothing; and the
    amounts of a clause whose subject is no one: they are what nobody does, not what the writer holds."""
    nobody = tuple(
        q
        for match in _NO_ONE_CLAUSE.finditer(text)
        if not _MODAL.search(match.group(0))  # "No one should need more than 3 ECTS" sets a ceiling
        for q in quantities(match.group(0))
    )
    subject = _subject(text)
    relative = _RELATIVE.search(subject)
    if relative is None:
        return nobody
    return nobody + tuple(q for q in quantities(subject[relative.end() :]) if q.bound == "exact")
