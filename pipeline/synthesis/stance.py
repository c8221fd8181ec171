"""Stance in a contribution's claims: how two claims contradict, and what a claim holds in a few words.

Rule-based on purpose: the divergence register must work offline and explain itself ("minimum 1 ECTS"
versus "minimum 3 ECTS" is a number conflict an editor can check at a glance). Sentence embeddings say
whether two claims are about the same thing; they do not see negation, so polarity comes from cues
(:mod:`pipeline.synthesis.polarity`), amounts from :mod:`pipeline.synthesis.amounts` and an obligation or an
option from :mod:`pipeline.synthesis.modality`; what a claim is about is :mod:`pipeline.synthesis.matter`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.synthesis.amounts import (
    ANY_UNIT,
    Quantity,
    beyond_bound,
    number_conflict,
    quantities,
    same_amount,
    set_amounts,
)
from pipeline.synthesis.matter import core, family, topic_words
from pipeline.synthesis.measure import described, reports_practice, same_measure
from pipeline.synthesis.modality import deontic
from pipeline.synthesis.polarity import (
    REJECTION,
    is_normative,
    polarity,
    position_sign,
    prescribes,
    rebuttal,
    restricted,
    stance_clause,
    without_contrast,
    without_what,
)


@lru_cache(maxsize=8192)
def stated_amounts(text: str) -> tuple[tuple[Quantity, ...], tuple[Quantity, ...]]:
    """The amounts a claim asserts, and those it argues against.

    An amount after a rejection verb of a negative claim is rejected: "we disagree with the view that no
    more than one third may be credited" rejects a ceiling of one third, "we do not support ceilings of 60
    percent" one of 60 %; they are not that claim's own figures. "No minimum" is asserted whatever precedes it.
    Nor is a figure that only describes whom the claim is about ("a fisherman who has maintained his boat engine
    for twenty years should ...", :func:`pipeline.synthesis.measure.described`).
    """
    found = list(quantities(text))
    for q in described(text):
        if q in found:
            found.remove(q)
    cue = REJECTION.search(text)
    if cue is None or polarity(text) != -1:
        return tuple(found), ()
    rejected = [q for q in quantities(text[cue.end() :]) if q.unit != ANY_UNIT]
    asserted = list(found)
    for q in rejected:
        if q in asserted:
            asserted.remove(q)
    return tuple(asserted), tuple(rejected)


def _set_here(text: str) -> tuple[Quantity, ...]:
    """The amounts a claim sets exactly, without those that only describe whom it is about."""
    described_here = described(text)
    return tuple(q for q in set_amounts(text) if q not in described_here)


def contradiction(a: str, b: str, decided: tuple[bool, bool] = (False, False)) -> str | None:
    """How two claims assumed to be on one topic contradict each other: "stance", "number" or None.

    Opposite polarity counts only between normative claims (two descriptions do not disagree), and so does
    obligation against option ("should be mandatory" / "must stay the learner's choice"); differing
    amounts count when both claims prescribe them or bound them ("minimum", "at most"), and so does an amount
    one claim asserts and the other argues against (:func:`stated_amounts`). A claim ``decided`` (a row of a
    decision table, see :func:`pipeline.synthesis.claims.decision_claims`) is a position even without a modal.
    """
    normative_a, normative_b = is_normative(a) or decided[0], is_normative(b) or decided[1]
    # amounts first: "no minimum" against "minimum 3 ECTS" is a difference in number an editor can check
    asserted_a, rejected_a = stated_amounts(a)
    asserted_b, rejected_b = stated_amounts(b)
    # an exact amount is set only by a claim that prescribes with words other than a bound's: "38 per cent said
    # they had sent at least one employee ... in the last two years" sets no two years
    # nor does a report of what someone does ("each member logs at least 1,900 hours") set its bound
    prescribed_a = tuple(
        q for q in asserted_a if decided[0] or (q.bound != "exact" or prescribes(a)) and not reports_practice(a)
    )
    prescribed_b = tuple(
        q for q in asserted_b if decided[1] or (q.bound != "exact" or prescribes(b)) and not reports_practice(b)
    )
    if same_measure(a, b) and (
        number_conflict(prescribed_a, prescribed_b)
        or same_amount(rejected_a, prescribed_b)
        or same_amount(rejected_b, prescribed_a)
        or prescribes(a)
        and beyond_bound(_set_here(a), prescribed_b)
        or prescribes(b)
        and beyond_bound(_set_here(b), prescribed_a)
    ):  # amounts of one thing: an accreditation's validity is no credential's validity
        return "number"
    if not (normative_a and normative_b) or rebuttal(a) or rebuttal(b):
        return None
    force_a, force_b = deontic(a), deontic(b)
    if force_a and force_b:  # both name their force: obligation against option, whatever their negations
        return "stance" if force_a != force_b else None
    # one names its force: "should not be mandatory" (an option) still opposes "every X should be used", but
    # "should be optional" opposes neither "X should be used" nor "X should not be banned"
    if polarity(a) != polarity(b) and position_sign(a) != position_sign(b):
        if (restricted(a) or restricted(b)) and not shared_predicate(a, b):
            # "only accredited institutions should have the right to award" is against others awarding, not
            # against "the accreditation ... should be valid for six years", which only names the same things
            return None
        if not (denies_what_other_says(a, b) and denies_what_other_says(b, a)):
            return None
        return "stance"
    return None


def denies_what_other_says(a: str, b: str) -> bool:
    """Whether a claim negative only by "without" denies something the other claim speaks of: "should be able to
    take the assessment without the course" opposes "the course must be followed in full" (the course), not "the
    final assessment must be practical" (only the assessment, which the first affirms). True for any other claim."""
    what = without_what(a)
    if what is None:
        return True
    denied = frozenset(family(w) for w in topic_words(what))
    return bool(denied & frozenset(family(w) for w in topic_words(b)))


_PREDICATE = re.compile(r"\b(?:should|must|shall|may|can|could|ought\s+to|needs?\s+to)\b\s*", re.IGNORECASE)


# Words that open a predicate without saying what is done ("should have the right to award", "ought to be able to
# award", "should remain free to choose"): the predicate's head is the first word after them.
_LIGHT_HEAD = frozenset({"right", "able", "allow", "permit", "entitl", "free", "remain", "stay", "also", "still"})


def _predicate(text: str) -> str:
    plain = without_contrast(stance_clause(text))
    modal = _PREDICATE.search(plain)
    return plain[modal.end() :] if modal else plain


def _head(text: str) -> str | None:
    """The first content word of the claim's predicate (by word family), past the words that only open it."""
    from pipeline.index.lexical import tokenize

    return next((family(w) for w in tokenize(_predicate(text)) if family(w) not in _LIGHT_HEAD), None)


def shared_predicate(a: str, b: str) -> bool:
    """Whether two claims say something of one predicate: the head word of one's predicate (by word family) stands
    in the other's predicate, after their modal verbs ("should have the right to award" and "ought to be able to
    award"). Sharing only words of the complement is no shared predicate: "only micro-credentials with a level
    should be entered in the national register" says nothing against "every micro-credential should be assigned a
    level of the national framework". A claim without a modal is taken whole."""

    def words(text: str) -> frozenset[str]:
        found = topic_words(_predicate(text))
        # a compound is one word: "micro-credentials" and "verifiable credentials" share no predicate
        parts = {part for w in found if "-" in w for part in w.split("-")}
        return frozenset(family(w) for w in found - parts)

    return _head(a) in words(b) or _head(b) in words(a)


_MODAL = re.compile(
    r"\b(?:should|must|shall|ought\s+to|needs?\s+to|may|can(?:not)?|is|are)\b(?:\s+(?:not|never|only|also))?",
    re.IGNORECASE,
)
# Where a stated position ends and its reason, condition or detail begins.
_PHRASE_END = re.compile(
    r"\s*(?:[,;:.(]|\b(?:if|when|unless|because|since|so\s+that|provided|whatever|as\s+long\s+as|and\s+(?:be|is|are|then|to))\b"
    # a relative clause with its own subject describes the object ("... as a digital credential that they can store")
    r"|\b(?:that|which|who)\s+(?=(?:they|we|you|he|she|it|anyone|everyone)\s)"
    # a time adjunct says when, not what is held ("must be placed at a level ... before it is issued")
    r"|\b(?:before|after|until|once)\s+(?=(?:it|they|he|she|the|a|an|its|their|each|every)\s))",
    re.IGNORECASE,
)
_ONLY_SUBJECT = re.compile(r"\bonly\b(?!\s+(?:if|when|after|once|where|until|upon|provided)\b)", re.IGNORECASE)
_TRAILING = frozenset({"a", "an", "the", "of", "for", "to", "in", "on", "and", "or", "by", "with", "its", "their"})


# A proposal named as a row's matter ("Proposal of the advisory board to award micro-credentials ... | Rejected."):
# what it proposes starts after "to" or "that".
_PROPOSAL = re.compile(
    r"^(?:the\s+)?(?:proposals?|suggestions?|requests?|calls?|ideas?)\b(?:\s+(?:of|from|by)\s+[^|]*?)?\s+(?:to|that)\s+",
    re.IGNORECASE,
)
_DECLINED_ROW = re.compile(
    r"\s+\|\s+(?:rejected|refused|declined|dismissed|not\s+(?:adopted|accepted|approved|supported|endorsed|agreed))\b\.?$",
    re.IGNORECASE,
)


# A rejection that core() leaves in place ("the Ministry does not support the creation of ...", "we do not support
# proposals to let ...", "[we are] firmly against ..."): the label says what the side is against.
_REJECTING_FRAME = re.compile(
    r"^(?:[\w'’-]+\s+){0,4}?(?:(?:do|does|did)\s+not\s+(?:support|want|favou?r|accept|endorse)|oppose[sd]?|"
    r"reject(?:s|ed)?|(?:(?:am|are|is)\s+)?(?:\w+ly\s+)?against)\s+(?:(?:the|this|these|any|all)\s+)?(?:(?:proposals?|ideas?|suggestions?|plans?|calls?)\s+"
    r"(?:to|that|of|for)\s+)?",
    re.IGNORECASE,
)
_EXTRAPOSED_DUTY = re.compile(
    r"\bit\s+(?:is|should\s+be|must\s+be)\s+(?:required|mandatory|compulsory|obligatory|necessary)\s+that\b", re.I
)
# "We propose that a company tutor ... be allowed to assess ...": the subjunctive after a proposal
_SUBJUNCTIVE = re.compile(r"\b(?:not\s+)?be\s+(?=\w)", re.IGNORECASE)


def _phrase_from(rest: str, start: int, words: int) -> str:
    tail = rest[start:]
    cut = _PHRASE_END.search(tail, 1)
    kept = (tail[: cut.start()] if cut else tail).split()[:words]
    while kept and kept[-1].lower() in _TRAILING:
        kept.pop()
    return " ".join(kept).strip(" ,;:.")


def stance_phrase(text: str, words: int = 12) -> str:
    """What a claim holds, in its own words and a few of them: from its modal verb to the end of the position
    ("should stay outside the NQF", "should be able to issue micro-credentials"); a claim arguing against a view
    says so ("against: the internal quality assurance ... is sufficient on its own"); else the claim's opening
    words without its frame ("Internal QA of an accredited institution is enough")."""
    declined = _DECLINED_ROW.search(text)
    if declined:  # a decision table's row that declines its matter: against what the matter proposes
        matter = _PROPOSAL.sub("", text[: declined.start()]).split()[:words]
        return f"against: {' '.join(matter)}" if matter else "against"
    rest = core(text)
    rejected = REJECTION.search(text) is not None and rest != text  # "we disagree with the proposal to ..."
    framed = None if rejected else _REJECTING_FRAME.match(rest)
    if framed:  # "the Ministry does not support the creation of ...": against what follows
        rest, rejected = rest[framed.end() :], True
    start = 0
    if not rejected:
        # from the claim's modal ("... or on paper should be up to each provider"), not from a verb of its subject;
        # a duty said of a clause from "it is required that"; a proposal's subjunctive from its "be"
        modal = next((m for m in _MODAL.finditer(rest) if m.group(0).split()[0].lower() not in {"is", "are"}), None)
        opening = modal or _EXTRAPOSED_DUTY.search(rest) or (_SUBJUNCTIVE.search(rest) if rest != text else None)
        start = opening.start() if opening else 0
        # a subject restricted by "only" is what the claim holds ("only micro-credentials with a level should be
        # registered" against "every micro-credential should be registered"): the phrase starts at "only"
        only = _ONLY_SUBJECT.search(rest, 0, start) if modal is not None else None
        start = only.start() if only else start
    phrase = _phrase_from(rest, start, words)
    if start and len(phrase.split()) <= 3 and len(topic_words(phrase)) < 2:
        # a predicate that names nothing ("should be used") is read with its subject: "a shared ledger should be used"
        start, phrase = 0, _phrase_from(rest, 0, words)
    if start == 0 and phrase:
        phrase = phrase[0].lower() + phrase[1:] if not phrase[:2].isupper() else phrase
    return f"against: {phrase}" if rejected and phrase else phrase
