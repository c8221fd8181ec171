"""What a claim is about: its content words and terms, without frame, stance cues or force.

Two claims are on one matter when they share what they are about, not their cue words ("should", "not",
"mandatory" say how, not what): :func:`topic_words` and :func:`word_pairs` give the words and multi-word terms
compared, :func:`neutral` the claim an embedding compares with its denial, :func:`acronyms` the phrases an
acronym stands for where a contribution defines it.
"""

from __future__ import annotations

import re

from pipeline.index.lexical import tokenize
from pipeline.synthesis.amounts import WORD_NUMBERS
from pipeline.synthesis.modality import unforced
from pipeline.synthesis.polarity import NEGATION, ONLY

# The cue words themselves say nothing about the topic, so topic overlap ignores them; nor does a currency (a
# grant "of up to 5,000 euros" and a fee "of at most 150 euros" are two matters).
CUE_WORDS = frozenset(
    tokenize(
        "not no never none nor neither without outside cannot only instead against disagree disagrees oppose "
        "opposes opposed opposing reject rejects refuse exclude excluded insufficient unnecessary too should "
        "must shall ought need needs recommend recommends recommendation propose proposes proposal proposals "
        "believe consider considers argue urge view think want ask favour support prefer call agree enough "
        "sufficient mandatory required require requires least most more than our we compulsory obligatory optional "
        "voluntary discretionary conditional binding euro euros eur dollar dollars usd"
    )
)
# Quantifiers and indefinite pronouns the stopword list lacks: a term made with one is no term ("every
# micro-credential should carry a verification link" and "students must receive every micro-credential as a
# digital credential" share the word "every", not a two-word term on top of it).
_QUANTIFIERS = frozenset(
    tokenize(
        "every everyone everybody everything anyone anybody anything someone somebody something another several "
        "many either whole"
    )
)
QUANTIFIERS = _QUANTIFIERS  # never the word a question and its answers share: "every" bridges nothing
_NO_TERM = CUE_WORDS | _QUANTIFIERS


# How a contribution frames its claim ("We disagree with the proposal that ...", "In our view, ..."): the
# frame makes every such sentence look alike to an embedding, so similarity is taken on what follows it.
_FRAME = re.compile(
    r"^(?:(?:in\s+(?:our|my)\s+view|in\s+short|therefore|first|second|third|finally|however)\s*,?\s*)*"
    r"(?:(?:we|i|the\s+\w+|our\s+\w+(?:\s+\w+)?)\s+(?:also\s+|therefore\s+|strongly\s+|firmly\s+)?"
    r"(?:disagree|agree|believe|think|considers?|propose|recommend|ask|argue|support|oppose|reject|urge|want|"
    r"(?:(?:do|does|did)\s+not|(?:has|have|had)\s+not)\s+(?:adopt(?:ed)?|accept(?:ed)?|approved?|endorsed?)|"
    r"declines?|declined|call\s+for|is|are)\s+(?:with\s+)?(?:(?:the|this|any)\s+)?"
    r"(?:(?:views?|ideas?|proposals?|approach|suggestion)\b(?:,[^,]*,)?\s*)?(?:that|to|of|in\s+which)?\s*)?",
    re.IGNORECASE,
)


def core(text: str) -> str:
    """The claim without its frame: "We disagree with the proposal that X should ..." gives "X should ..."."""
    rest = _FRAME.sub("", text, count=1).strip()
    return rest if len(rest.split()) >= 3 else text


def neutral(text: str) -> str:
    """The claim's core with its negation cues and the words naming its force taken out, so that a claim and its
    denial, or an obligation and an option of one matter, embed alike."""
    return unforced(" ".join(ONLY.sub(" ", NEGATION.sub(" ", core(text))).split()))


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_LINK_WORDS = frozenset({"of", "the", "and", "for", "on", "in"})


def acronyms(texts: list[str]) -> dict[str, frozenset[str]]:
    """Acronyms in ``texts`` with the stems of a phrase they abbreviate there (initials in order, "of" skipped).

    "NQF" and "NFQ" both stand for "national qualifications framework" (or "National Framework of
    Qualifications"): expanding them lets two claims that name one thing differently share a topic. A phrase
    counts only where it is plainly the acronym's definition: right before "(NQF)", or written in capitals
    ("National Framework of Qualifications"). Any run of lower-case words with the right initials is not enough
    ("... external check. Specific ..." is no expansion of ECTS).
    """
    joined = " ".join(texts)
    tokens = list(re.finditer(r"[A-Za-z][\w'’-]*", joined))
    words = [m for m in tokens if m.group().lower() not in _LINK_WORDS]
    found: dict[str, frozenset[str]] = {}
    for acronym in sorted(set(_ACRONYM.findall(joined))):
        letters = list(acronym.lower())
        n = len(letters)
        defined = [m.start() for m in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", joined)]
        best = None
        for i in range(len(words) - n + 1):
            phrase = words[i : i + n]
            if [w.group()[0].lower() for w in phrase] != letters or not all(len(w.group()) > 2 for w in phrase):
                continue
            gap = [joined[phrase[-1].end() : d] for d in defined if d >= phrase[-1].end()]
            if any(len(g.strip()) == 0 for g in gap):  # "national qualifications framework (NQF)"
                best = phrase
                break
            if best is None and all(w.group()[0].isupper() for w in phrase):
                best = phrase
        if best is not None:
            found[acronym.lower()] = frozenset(t for w in best for t in tokenize(w.group()))
    return found


# How long something stays valid is said with "valid" or with its end, "expire": "valid for five years" and
# "should never expire" measure one thing, so both name the measure (not "validation", another matter).
_VALIDITY = re.compile(
    r"\b(?:valid\s+(?:for|until|from|indefinitely|permanently|without)|validity|expir(?:e|es|ed|ing|y|ation))\b",
    re.IGNORECASE,
)


def topic_words(text: str, expansions: dict[str, frozenset[str]] | None = None) -> frozenset[str]:
    """Content words that say what a claim is about (stemmed; stance and modal cues left out; a validity or an
    expiry also as the one measure "validity")."""
    words = {
        w for w in tokenize(text) if w not in CUE_WORDS and w not in WORD_NUMBERS and len(w) > 2 and not w.isdigit()
    }
    for acronym, phrase in (expansions or {}).items():
        if acronym in words:
            words |= phrase
    if _VALIDITY.search(text):
        words.add("validity")
    return frozenset(words)


_TERM_BREAK = re.compile(r"[^\w\s'’-]+")


def word_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Adjacent content words of a claim as stem pairs ("digital credentials", "certificate of attendance").

    A multi-word term two claims share says more about their being on one matter than its words apart:
    "certificates of attendance" and "daytime attendance" share a word, not a term. Punctuation, cue words
    and every stopword but "of" end a term.
    """
    pairs: set[tuple[str, str]] = set()
    for segment in _TERM_BREAK.split(text):
        previous = ""
        for word in segment.split():
            tokens = tokenize(word)
            if not tokens and word.lower() == "of":
                continue  # "certificate of attendance" is one term
            stem = tokens[0] if tokens and tokens[0] not in _NO_TERM and len(tokens[0]) > 2 else ""
            if previous and stem and previous != stem:
                pairs.add((previous, stem))
            previous = stem
    return frozenset(pairs)


# Derivation that keeps the word's meaning and only changes its part of speech: an adverb from its adjective
# ("individually" / "individual") and a noun of action from its verb ("assessment" / "assess"). The light stemmer of
# the index leaves them apart; two claims using one family of words are on one matter. The stem left must still be
# a word of its own length ("element" is no "ele" + "ment").
_DERIVATIONS = (("ments", 5), ("ment", 5), ("ly", 5))


def family(stem: str) -> str:
    """The word family of an index stem: ``stem`` without a derivational suffix that only changes its part of
    speech ("assessment" -> "assess", "individually" -> "individual"), else ``stem`` itself."""
    for suffix, rest in _DERIVATIONS:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= rest and "-" not in stem:
            return stem[: -len(suffix)]
    return stem
