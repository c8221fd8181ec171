"""Does a sentence take a position on the very act a yes/no or "how should" question asks about?

"Should micro-credentials count towards a larger qualification?" asks whether something should be done; a
contributor who writes "Short courses on renovation should count towards the master craftsman examination" takes
a position on exactly that act (the question's own verb, under a modal), however differently the rest is worded.
Such a sentence answers the question even where the answer model, which reads closeness in meaning and shared
words, judges the pool too far from the question's wording. The rule is narrow on purpose (precision first):

- the question opens with a modal ("Should ...", "Can ...", "May ...") or with "How" and a modal ("How should
  providers assess ...?"); "How long", "how often" and other questions asking for a value are not read here;
- the sentence puts a modal before a verb ("should count", "must be accepted", "can be combined") and the question
  asks for the same verb, in its own family ("assess" / "assessed"), after its modal, or a verb of the same act in
  the general groups of ``acts`` ("contribute to the cost" / "should pay", "verify" / "should be able to check");
  only a question's word that can be its verb has kin, not a noun or a gerund ("training providers", "an
  assessment report"), and a verb no group knows is met by its own family alone;
- after "be", only a participle is an act ("be accepted"); "be open", "be free", "be available" state a quality,
  not an act, and light verbs ("be", "have", "get", "make", "take", "do", "give", "include") are none.
The drafter applies it only to the pool's best sentence, so it never reaches past what the model ranks first.
"""

from __future__ import annotations

import re

from pipeline.drafting.drafters.acts import kin_acts, speaks_of

_I = re.IGNORECASE
_MODAL = r"(?:should|must|shall|can|could|may|might|ought\s+to|need\s+to|needs\s+to|will|would)"
_ADVERBS = r"(?:(?:not|also|only|still|always|never|then|first|therefore|no\s+longer|be\s+able\s+to)\s+)*"
# the question: a modal first, or "How" and a modal; the rest is where its verb is looked for
_QUESTION = re.compile(rf"^\W*(?:how\s+)?{_MODAL}\b(?P<rest>[^?]*)", _I)
# a verb under a modal: "should count", "must not be accepted", "can be combined"
_STATED = re.compile(rf"\b{_MODAL}\s+{_ADVERBS}(?P<be>be\s+)?(?P<verb>[a-z]{{3,}})\b", _I)
# after "be", an act is a participle: a regular one ("accepted") or a common irregular one ("written", "held")
_PARTICIPLE = re.compile(
    r"(?:[a-z]{2,}ed|taken|given|written|chosen|drawn|known|shown|held|kept|paid|done|set|put|run|built|sent|spent|"
    r"met|led|made|told|sold|found|brought|bought|taught|thought|won|begun|seen|heard|borne|understood|undertaken|"
    r"overseen|withdrawn|broken|spoken|sought|bound|laid|left|lost|read|struck|sworn|upheld)$",
    _I,
)
_LIGHT = frozenset(
    "be been being have has had get got make made take taken do done give given include included go gone come "
    "become seem remain keep kept let put set said say see seen use used able allowed".split()
)


def _acts(text: str) -> set[str]:
    """The verbs ``text`` puts under a modal (lower case), without light verbs and without "be" + adjective."""
    out = set()
    for m in _STATED.finditer(text):
        verb = m.group("verb").lower()
        if verb in _LIGHT or (m.group("be") and not _PARTICIPLE.fullmatch(verb)):
            continue
        out.add(verb)
    return out


def _family(a: str, b: str) -> bool:
    """One verb in two forms: "assess" / "assessed", "combine" / "combined", "count" / "counted" (not "counter")."""
    short, long_ = sorted((a, b), key=len)
    stem = short[:-1] if short.endswith("e") and len(short) > 4 else short
    return long_.startswith(stem) and long_[len(stem) :] in {"", "e", "s", "es", "ed", "d", "ing", "n", "en"}


# words after which a question's word is a noun or an adjective, not its verb ("the learner's mark", "a larger award")
_NOUN_BEFORE = frozenset("the a an this that these those its their his her our your every each any some no".split())
# after a preposition a word is a noun unless it is a gerund ("find out what is on offer", "learnt at work")
_PREPOSITIONS = frozenset("on in at of for from with into onto about within without under over".split())


def asked_acts(question: str) -> set[str]:
    """The words a yes/no or "how should" question may ask about as its act (empty for any other question).

    The question's verb follows its subject ("Should micro-credentials count ...", "How should providers
    assess ..."); any word after the modal may be it, except light verbs, words after an article or a possessive
    (nouns: "the learner's mark") and "be" + adjective. A sentence must still put the same verb under its own
    modal, so a noun of the question is met only by a sentence that uses it as a verb."""
    match = _QUESTION.match(question)
    if not match:
        return set()
    words = re.findall(r"[a-z][a-z'-]*", match.group("rest").lower())
    out = set()
    for k, word in enumerate(words):
        before = words[k - 1] if k else ""
        if word in _LIGHT or before in _NOUN_BEFORE or before.endswith("'s") or len(word) < 3:
            continue
        if before in _PREPOSITIONS and not word.endswith("ing"):
            continue  # "on offer", "at work": a noun; "involved in designing" still asks about designing
        if before == "be" and not _PARTICIPLE.fullmatch(word):
            continue
        out.add(word)
    return out


def states_asked_act(question: str, sentence: str) -> bool:
    """Whether ``sentence`` takes a position (a modal) on the act ``question`` asks about (see the module)."""
    asked = asked_acts(question)
    if not asked:
        return False
    stated = _acts(sentence)
    if any(_family(a, s) for a in asked for s in stated):
        return True
    kin = tuple(w for a in asked if _verb_like(a) for w in kin_acts(a))
    return bool(kin) and any(speaks_of(s, kin) for s in stated)


# endings of nouns and adjectives: a question's word so ended is no verb whose kin may answer ("training
# providers", "the assessment", "learners"), though it still meets a sentence that uses it as its own verb
_NOT_VERB_ENDINGS = ("ing", "tion", "sion", "ment", "ance", "ence", "ity", "ness", "ship", "ers", "ors", "ive", "al")


def _verb_like(word: str) -> bool:
    """Whether a question's word may be its verb: no noun or adjective ending, no plural "s" (an "ss" is kept)."""
    if word.endswith(_NOT_VERB_ENDINGS):
        return False
    return not (word.endswith("s") and not word.endswith("ss"))
