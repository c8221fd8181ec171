"""Stance in a contribution's claims: polarity cues, normative wording, and how two claims contradict.

Rule-based on purpose: the divergence register must work offline and explain itself ("minimum 1 ECTS"
versus "minimum 3 ECTS" is a number conflict an editor can check at a glance). Sentence embeddings say
whether two claims are about the same thing; they do not see negation, so polarity comes from cues here,
amounts from :mod:`pipeline.synthesis.amounts` and an obligation or an option from
:mod:`pipeline.synthesis.modality`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.index.lexical import tokenize
from pipeline.synthesis.amounts import (
    ANY_UNIT,
    DENIED_COMPARISON,
    WORD_NUMBERS,
    Quantity,
    beyond_bound,
    bound_denials,
    number_conflict,
    quantities,
    same_amount,
    set_amounts,
)
from pipeline.synthesis.modality import OBLIGATION, OPTION, deontic, unforced

# Each cue flips the claim's polarity; two cues cancel ("we disagree with keeping them outside" affirms).
_NEGATION = re.compile(
    r"\b(?:not|no|never|none|nothing|nobody|nor|neither|without|outside|cannot|instead|against|"
    r"disagree[sd]?|oppos(?:e|es|ed|ing)|reject(?:s|ed)?|refuse[sd]?|exclude[sd]?|declines?|declined|"
    r"insufficient|unnecessary|too\s+(?!many\b|much\b)\w+(?:\s+(?:and|or)\s+too\s+\w+)?)\b|n['’]t\b",
    re.IGNORECASE,
)
# Declining a named proposal ("The Council does not adopt the proposal to ...", "the Board has not accepted the
# suggestion that ...", "we decline the request to ..."): a position against what the proposal says.
_DECLINING = (
    r"(?:(?:(?:do|does|did)\s+not|(?:has|have|had)\s+not)\s+(?:adopt(?:ed)?|accept(?:ed)?|approved?|endorsed?|"
    r"support(?:ed)?|take\s+up|taken\s+up|retain(?:ed)?)|declines?|declined|dismiss(?:es|ed)?|turn(?:s|ed)?\s+down)"
    r"\s+(?:the|this|that|a|an|any)\s+(?:[\w'’-]+\s+){0,3}?(?:proposals?|suggestions?|requests?|calls?|ideas?|options?)"
)
# Wording of a position (a recommendation, a requirement, a judgement), not of a description.
_NORMATIVE = re.compile(
    r"\b(?:should|must|shall|ought|needs?\s+to|need|recommend(?:s|ed)?|propose[sd]?|believe|consider|argue|urge|"
    r"in\s+(?:our|my)\s+view|we\s+(?:think|want|ask|favour|favor|support|prefer|call)|agree|disagree[sd]?|"
    r"(?:do|does|did)\s+not\s+(?:support|accept|want|favou?r|endorse)|"
    rf"{_DECLINING}|"
    r"oppos(?:e|es|ed|ing)|reject(?:s|ed)?|enough|sufficient|insufficient|mandatory|required?|requires|"
    r"minimum|maximum|at\s+(?:least|most)|no\s+more\s+than|too\s+(?!many\b|much\b)\w+|"
    r"(?:see|find)\s+no\s+(?:place|need|reason|role|case|room|justification)\s+for|"
    r"there\s+is\s+no\s+(?:place|need|case|room|justification)\s+for)\b",
    re.IGNORECASE,
)
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
_NO_TERM = CUE_WORDS | _QUANTIFIERS

# Negations that do not turn the claim round: a contrast ("X, not Y, should decide"), "not only", "only if",
# and the alternative a claim sets aside ("rather than Y", "instead of Y").
_CONTRAST = re.compile(
    r",\s*(?:and\s+|but\s+)?not\s+[^,;:]*(?=[,;:]|$)|\bnot\s+only\b|\bonly\s+if\b|\bif\s+only\b"
    r"|\b(?:rather\s+than|instead\s+of)\b[^,;:]*",
    re.IGNORECASE,
)
# "Against" of comparison, after a verb of measuring ("assessed against the same criteria", "checked against the
# learning outcomes", "benchmarked against"): a yardstick, not an opposition.
_MEASURED_AGAINST = re.compile(
    r"\b(?:assess(?:es|ed|ing)?|measur(?:e|es|ed|ing)|check(?:s|ed|ing)?|compar(?:e|es|ed|ing)|judg(?:e|es|ed|ing)|"
    r"evaluat(?:e|es|ed|ing)|benchmark(?:s|ed|ing)?|test(?:s|ed|ing)?|validat(?:e|es|ed|ing)|weigh(?:s|ed|ing)?|"
    r"verif(?:y|ies|ied|ying)|mapp?(?:s|ed|ing)?)(?:\s+[\w'’-]+){0,6}?,?\s+against\b",
    re.IGNORECASE,
)


_ONLY = re.compile(r"\bonly\b", re.IGNORECASE)
# A reason, purpose or consequence after the claim ("..., so that the register does not fill up", "...,
# otherwise we cannot evaluate it") has its own polarity: the negation there is not the claim's.
_SUBORDINATE = re.compile(
    r"(?:,\s*|\s)(?:so\s+that|because|since|in\s+order\s+to|so\s+as\s+to|which|whose|otherwise|or\s+else)\b.*$", re.I
)
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
    return unforced(" ".join(_ONLY.sub(" ", _NEGATION.sub(" ", core(text))).split()))


# Negations that are part of an amount's bound ("no more than one third", "should not exceed 10 ECTS", "must
# not fall below 25 hours"): a ceiling or a floor, not a denial.
_BOUND_NEGATION = re.compile(
    rf"\b{DENIED_COMPARISON}(?:be\s+)?(?:more|less|fewer|greater|lower|higher|larger|smaller|longer|shorter|bigger)\s+than\b"
    r"|\b(?:not|never)\s+(?:exceed|go\s+(?:beyond|above|over|below|under)|fall\s+below|drop\s+below|surpass)\b",
    re.IGNORECASE,
)
# "Should not leave recognition officers to guess": a denied burden on someone, that is a duty of the actor
# (tell them), not the rejection of a proposal. "To" must open a verb, not name who decides ("leave the
# decision to employers" does reject a proposal): no determiner after it, no plural noun.
_LEAVE_TO = re.compile(
    r"\b(?:not|never|n['’]t)\s+(?:\w+\s+){0,2}?leav(?:e|es|ing)\s+(?:[\w'’-]+\s+){1,8}?to\s+"
    r"(?!(?:the|a|an|their|its|his|her|our|your|each|every|any|some|other|individual|local|national)\b)"
    r"[a-z]+(?<![^s]s)\b",
    re.IGNORECASE,
)


# "Without" and a verb after an affirmative predicate says how it is done ("should be able to check online that a
# credential is genuine without writing to the issuer" affirms checking online); it denies only its own verb. After
# a denied predicate it makes the double negation of a condition ("no credential should be issued without passing
# an assessment"), and counts.
_WITHOUT_DOING = re.compile(r"(?:,\s*|\s)without\s+[a-z]+ing\b", re.IGNORECASE)
# "Without" in a relative clause of what can be done with a thing ("a verification link that anyone can open
# without an account", "a serial number that employers can look up without a login") describes that thing; the
# claim itself denies nothing. "That" after a verb or noun that takes a clause ("we propose that learners can
# enrol without a diploma", "the view that ...") opens the claim's own content, and its "without" counts.
_RELATIVE_WITHOUT = re.compile(
    r"(?P<before>[\w'’-]+)\s+(?:that|which|who)\s+(?:[\w'’-]+\s+){0,3}?(?:can|could|may|might|will|would)\s+"
    r"(?:[\w'’-]+\s+){1,6}?(?P<cue>without)\b",
    re.IGNORECASE,
)
_TAKES_A_CLAUSE = frozenset(
    "propose proposes proposed recommend recommends recommended believe believes consider considers argue argues "
    "urge urges think thinks want wants ask asks agree agrees insist insists suggest suggests ensure ensures say "
    "says said hope hopes expect expects stress stresses demand demands request requests note notes mean means "
    "require requires required accept accepts clear essential important necessary vital sure view idea proposal "
    "suggestion fact requirement condition principle position belief claim argument assumption rule so such "
    "and but or because since if as".split()
)


@lru_cache(maxsize=8192)
def polarity(text: str) -> int:
    """+1 for an affirmative claim, -1 when an odd number of negation cues turn it round.

    "Only" restricts ("only accredited institutions may award") and so counts against an open claim, but
    only when the claim has no other negation: next to one it usually sits inside the negated part.
    Not counted: the negation inside a bound ("no more than one third" is a ceiling, "no micro-credential should
    be awarded for fewer than fifty hours" a floor), and a denied burden
    ("should not leave learners to guess", a duty to inform, see ``_LEAVE_TO``), "against" of a yardstick
    ("assessed against the same criteria"), and "without" in a relative
    clause of what can be done with a thing ("a link that anyone can open without an account").
    """
    plain = _CONTRAST.sub(" ", _SUBORDINATE.sub("", bound_denials(text)))
    plain = _LEAVE_TO.sub(" ", _BOUND_NEGATION.sub(" ", plain))
    plain = _MEASURED_AGAINST.sub(lambda m: m.group(0)[: -len("against")], plain)
    for match in _RELATIVE_WITHOUT.finditer(plain):
        if match.group("before").lower() not in _TAKES_A_CLAUSE:
            plain = plain[: match.start("cue")] + " " * len("without") + plain[match.end("cue") :]
    manner = _WITHOUT_DOING.search(plain)
    if manner and not _NEGATION.search(plain[: manner.start()]):
        plain = plain[: manner.start()]
    cues = len(_NEGATION.findall(plain)) or len(_ONLY.findall(plain))
    return -1 if cues % 2 else 1


@lru_cache(maxsize=8192)
def is_normative(text: str) -> bool:
    """Whether the sentence takes a position (recommends, requires, judges) rather than describes. A named force
    alone is not enough: "in our country registration is voluntary" describes."""
    return bool(_NORMATIVE.search(text))


# Words that make a claim normative only by bounding something ("had used at least part of their credit"):
# a figure beside them is not set by the claim.
_BOUND_WORDS = re.compile(r"\b(?:minimum|maximum|at\s+(?:least|most)|no\s+more\s+than)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def prescribes(text: str) -> bool:
    """Whether the claim prescribes (recommends, requires, proposes) with words other than a bound's: only such a
    claim sets the exact amounts it states ("We propose ... a flat fee of 30 euros"; not "74 per cent of account
    holders had used at least part of their credit")."""
    return is_normative(_BOUND_WORDS.sub(" ", text))


def position_sign(text: str) -> int:
    """Which way a claim turns its matter: +1 for an obligation and -1 for an option when it names its force
    ("should be mandatory", "must stay a choice"; see :func:`pipeline.synthesis.modality.deontic`), else its
    polarity. Claims of one sign may share a side; claims of opposite signs never do."""
    force = deontic(text)
    return 1 if force == OBLIGATION else -1 if force == OPTION else polarity(text)


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


# Verbs by which a claim argues against what follows them ("we disagree with the view that ...").
_REJECTION = re.compile(
    r"\b(?:disagree[sd]?|oppos(?:e|es|ed|ing)|reject(?:s|ed)?|refuse[sd]?|"
    rf"(?:do|does|did)\s+not\s+(?:support|accept|want|favou?r|endorse)|{_DECLINING})\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def stated_amounts(text: str) -> tuple[tuple[Quantity, ...], tuple[Quantity, ...]]:
    """The amounts a claim asserts, and those it argues against.

    An amount after a rejection verb of a negative claim is rejected: "we disagree with the view that no
    more than one third may be credited" rejects a ceiling of one third, "we do not support ceilings of 60
    percent" one of 60 %; they are not that claim's own figures. "No minimum" is asserted whatever precedes it.
    """
    found = quantities(text)
    cue = _REJECTION.search(text)
    if cue is None or polarity(text) != -1:
        return found, ()
    rejected = [q for q in quantities(text[cue.end() :]) if q.unit != ANY_UNIT]
    asserted = list(found)
    for q in rejected:
        if q in asserted:
            asserted.remove(q)
    return tuple(asserted), tuple(rejected)


# "We do not accept that X would ...", "we reject the claim that X is ...": what follows is a statement of fact.
_REJECTED_THAT = re.compile(
    r"\b(?:disagree[sd]?|(?:do|does|did)\s+not\s+(?:accept|agree|believe|think)|reject(?:s|ed)?|dispute[sd]?)"
    r"(?:\s+with)?(?:\s+(?:the|this|any)\s+(?:view|claim|argument|concern|fear|assumption|idea))?\s+that\s+(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)


@lru_cache(maxsize=8192)
def rebuttal(text: str) -> bool:
    """Whether the claim only denies a statement of fact ("we do not accept that levelled micro-credentials would
    compete with full qualifications"): an argument about consequences, not a position on what should be done,
    so its negation is no opposite stance. Denying a recommendation ("we disagree with the view that internal
    QA is enough", "... that they should enter the NQF") stays a stance."""
    match = _REJECTED_THAT.search(text)
    return bool(match) and not is_normative(match.group("rest"))


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
    prescribed_a = tuple(q for q in asserted_a if q.bound != "exact" or normative_a)
    prescribed_b = tuple(q for q in asserted_b if q.bound != "exact" or normative_b)
    if (
        number_conflict(prescribed_a, prescribed_b)
        or same_amount(rejected_a, prescribed_b)
        or same_amount(rejected_b, prescribed_a)
        or prescribes(a)
        and beyond_bound(set_amounts(a), prescribed_b)
        or prescribes(b)
        and beyond_bound(set_amounts(b), prescribed_a)
    ):
        return "number"
    if not (normative_a and normative_b) or rebuttal(a) or rebuttal(b):
        return None
    force_a, force_b = deontic(a), deontic(b)
    if force_a and force_b:  # both name their force: obligation against option, whatever their negations
        return "stance" if force_a != force_b else None
    # one names its force: "should not be mandatory" (an option) still opposes "every X should be used", but
    # "should be optional" opposes neither "X should be used" nor "X should not be banned"
    if polarity(a) != polarity(b) and position_sign(a) != position_sign(b):
        return "stance"
    return None


# Where one sentence joins two statements ("..., and a rule that requires them would exclude ..."): each has
# its own subject, so a negation in one does not bear on what the other is about. Two predicates of one subject
# joined by "and" where the second is negated ("should lead towards X and never replace them") are two
# positions too: the negation denies only the second predicate.
_COORDINATE = re.compile(
    r"\s*;\s+|,\s+(?:and|but|while|whereas|yet)\s+"
    r"|,?\s+(?:and|but)\s+(?=(?:(?:should|must|shall|may|can|will|would)\s+)?(?:not|never|no\s+longer)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def stance_clause(text: str) -> str:
    """The part of a claim that carries its stance: the clauses holding its negation when it is negative, else
    those holding its normative wording ("... wallets are many years away, and a rule that requires them would
    exclude our learners" is against excluding learners, not against wallets; "X should lead towards full
    qualifications and never replace them" is against replacing, not about what leads where). A reason or
    consequence ("because ...", "otherwise ...") is no part of it. The whole claim when no clause stands out."""
    text = _SUBORDINATE.sub("", text) or text
    clauses = [c for c in _COORDINATE.split(text) if c.strip()]
    if len(clauses) < 2:
        return text
    cue = _NEGATION if polarity(text) < 0 else _NORMATIVE
    carrying = [c for c in clauses if cue.search(_CONTRAST.sub(" ", c))]
    return " ".join(carrying) if carrying else text


_MODAL = re.compile(
    r"\b(?:should|must|shall|ought\s+to|needs?\s+to|may|can(?:not)?|is|are)\b(?:\s+(?:not|never|only|also))?",
    re.IGNORECASE,
)
# Where a stated position ends and its reason, condition or detail begins.
_PHRASE_END = re.compile(
    r"\s*(?:[,;:.(]|\b(?:if|when|unless|because|since|so\s+that|provided|whatever|as\s+long\s+as|and\s+(?:be|is|are|then|to))\b"
    # a relative clause with its own subject describes the object ("... as a digital credential that they can store")
    r"|\b(?:that|which|who)\s+(?=(?:they|we|you|he|she|it|anyone|everyone)\s))",
    re.IGNORECASE,
)
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
# proposals to let ..."): the label says what the side is against.
_REJECTING_FRAME = re.compile(
    r"^(?:[\w'’-]+\s+){0,4}?(?:(?:do|does|did)\s+not\s+(?:support|want|favou?r|accept|endorse)|oppose[sd]?|"
    r"reject(?:s|ed)?)\s+(?:(?:the|this|these|any|all)\s+)?(?:(?:proposals?|ideas?|suggestions?|plans?|calls?)\s+"
    r"(?:to|that|of|for)\s+)?",
    re.IGNORECASE,
)
_EXTRAPOSED_DUTY = re.compile(
    r"\bit\s+(?:is|should\s+be|must\s+be)\s+(?:required|mandatory|compulsory|obligatory|necessary)\s+that\b", re.I
)
# "We propose that a company tutor ... be allowed to assess ...": the subjunctive after a proposal
_SUBJUNCTIVE = re.compile(r"\b(?:not\s+)?be\s+(?=\w)", re.IGNORECASE)


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
    rejected = _REJECTION.search(text) is not None and rest != text  # "we disagree with the proposal to ..."
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
    tail = rest[start:]
    cut = _PHRASE_END.search(tail, 1)
    kept = (tail[: cut.start()] if cut else tail).split()[:words]
    while kept and kept[-1].lower() in _TRAILING:
        kept.pop()
    phrase = " ".join(kept).strip(" ,;:.")
    if start == 0 and phrase:
        phrase = phrase[0].lower() + phrase[1:] if not phrase[:2].isupper() else phrase
    return f"against: {phrase}" if rejected and phrase else phrase
