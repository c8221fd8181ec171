"""Polarity and normative wording of a claim: which negation is the claim's own, whether it takes a position.

Rule-based on purpose (see :mod:`pipeline.synthesis.stance`): sentence embeddings do not see negation, so the
cues here decide which way a claim turns its matter. A negation inside an amount's bound, a reason, a contrast or
a relative clause describing a thing is not the claim's; a named force (an obligation or an option, from
:mod:`pipeline.synthesis.modality`) outranks polarity when two claims are put on sides.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.synthesis.amounts import DENIED_COMPARISON, bound_denials
from pipeline.synthesis.modality import OBLIGATION, OPTION, deontic

# Each cue flips the claim's polarity; two cues cancel ("we disagree with keeping them outside" affirms).
NEGATION = re.compile(
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
    # advice for or against a course of action ("we advise against recording ...", "we would caution against ...")
    r"advis(?:e|es|ed|ing)|(?:warn(?:s|ed|ing)?|caution(?:s|ed|ing)?|argu(?:e|es|ed|ing))\s+against|"
    r"(?:do|does|did)\s+not\s+(?:support|accept|want|favou?r|endorse)|"
    rf"{_DECLINING}|"
    r"oppos(?:e|es|ed|ing)|reject(?:s|ed)?|(?:am|are|is|remains?|stands?)\s+(?:\w+ly\s+)?against|enough|sufficient|insufficient|mandatory|required?|requires|"
    r"minimum|maximum|at\s+(?:least|most)|no\s+more\s+than|too\s+(?!many\b|much\b)\w+|"
    r"(?:see|find)\s+no\s+(?:place|need|reason|role|case|room|justification)\s+for|"
    # a judgement of where a thing belongs or whether it is worth doing ("short courses do not belong in the
    # framework", "has no place in the register", "a one-credit course is worth issuing")
    r"(?:do|does)(?:\s+not|n['’]t)\s+belong|belongs?\s+(?:in|within|inside|outside)|(?:has|have)\s+no\s+place\s+in|"
    r"(?:is|are)\s+(?:not\s+|well\s+)?worth\s+[a-z]+ing|"
    r"there\s+is\s+no\s+(?:place|need|case|room|justification)\s+for)\b",
    re.IGNORECASE,
)

# Negations that do not turn the claim round: a contrast ("X, not Y, should decide"; "awarded for an assessment,
# never for attendance"), "not only", the alternative a claim sets aside ("rather than Y", "instead of Y"), and
# "only" opening a condition ("only if", "only after an external review", "only when ..."): the claim affirms its
# predicate under that condition, it restricts no one. Nor does the "not" of a condition that does not matter
# ("should be entered in the register, whether or not it has a level"; "whether they passed or not"): the claim
# holds either way.
_CONTRAST = re.compile(
    r",\s*(?:and\s+|but\s+)?(?:not|never)\s+[^,;:]*(?=[,;:]|$)|\bnot\s+only\b|\bif\s+only\b"
    r"|\bwhether\s+or\s+not\b|\b(?<=whether\s)[^,;:.]*?\bor\s+not\b"
    r"|\bonly\s+(?:if|after|when|once|where|until|upon|provided|as\s+long\s+as)\b"
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


def without_contrast(text: str) -> str:
    """The claim without the alternatives it sets aside ("planned from labour market forecasts, not from whatever
    providers happen to offer" says nothing of offering): what it says of its own predicate."""
    return _CONTRAST.sub(" ", text)


ONLY = re.compile(r"\bonly\b", re.IGNORECASE)
# A reason, purpose or consequence after the claim ("..., so that the register does not fill up", "...,
# otherwise we cannot evaluate it") has its own polarity: the negation there is not the claim's.
_SUBORDINATE = re.compile(
    r"(?:,\s*|\s)(?:so\s+that|because|since|in\s+order\s+to|so\s+as\s+to|which|whose|otherwise|or\s+else)\b.*$", re.I
)

# Negations that are part of an amount's bound ("no more than one third", "should not exceed 10 ECTS", "must
# not fall below 25 hours"): a ceiling or a floor, not a denial.
_BOUND_NEGATION = re.compile(
    rf"\b{DENIED_COMPARISON}(?:be\s+)?(?:more|less|fewer|greater|lower|higher|larger|smaller|longer|shorter|bigger|later|earlier|sooner)"
    r"\s+than\b"
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
    plain = _denying_part(text)
    cues = len(NEGATION.findall(plain)) or len(ONLY.findall(plain))
    return -1 if cues % 2 else 1


# "Unless" opens a condition. After an affirmative predicate it has its own polarity ("learners should pay unless
# they are unemployed" affirms paying); after a denied one it makes the double negation of a condition, as "without"
# does: "no micro-credential should be awarded unless an invigilator has checked ..." requires the check.
_UNLESS = re.compile(r"(?:,\s*|\s)unless\b.*$", re.IGNORECASE | re.DOTALL)


# A relative clause of the subject, before the claim's modal ("Teachers who teach courses outside their timetable
# should be paid ...", "Learners who have no diploma should be admitted"): it says whom the claim is about, and its
# negation is not the claim's. Only "who", "whom", "whose": a "that" may open the claim itself ("we propose that
# no provider should ...").
_SUBJECT_RELATIVE = re.compile(
    r"\b(?:who|whom|whose)\b[^,;:]*?(?=\s(?:should|must|shall|may|might|can|could|ought|needs?|will|would)\b)",
    re.IGNORECASE,
)
_ANY_MODAL = re.compile(r"\b(?:should|must|shall|may|might|can|could|ought|needs?|will|would)\b", re.IGNORECASE)


# A relative clause of people after the claim's modal ("should be free for workers who hold no diploma", "should
# be open to anyone who has not finished school"): it says whom the claim benefits, and its negation is its own.
_OBJECT_RELATIVE = re.compile(r"\b(?:who|whom|whose)\b[^,;:]*", re.IGNORECASE)


def _without_subject_relative(text: str) -> str:
    relative = _SUBJECT_RELATIVE.search(text)
    if relative is None or _ANY_MODAL.search(text, 0, relative.start()):
        modal = _ANY_MODAL.search(text)
        later = _OBJECT_RELATIVE.search(text, modal.end()) if modal else None
        if later is None or NEGATION.search(text, modal.end(), later.start()):  # type: ignore[union-attr]
            return text  # after a negated predicate the relative clause may carry a double negation; left as it is
        return text[: later.start()] + " " * (later.end() - later.start()) + text[later.end() :]
    return text[: relative.start()] + " " * (relative.end() - relative.start()) + text[relative.end() :]


# "Outside" after a participle in the claim's subject, before its modal ("short courses taken outside the
# university should never ...", "skills learnt outside formal courses should ..."): it says which things the claim
# is about, it denies nothing. After the modal ("should be kept outside the framework") it is the claim's own.
_DESCRIBED_OUTSIDE = re.compile(
    r"\b(?:[a-z]+ed|taken|learnt|earnt|done|held|run|given|won|built|made|got|gotten)\s+(?P<cue>outside)\b",
    re.IGNORECASE,
)


def _without_described_outside(text: str) -> str:
    for match in _DESCRIBED_OUTSIDE.finditer(text):
        if not _ANY_MODAL.search(text, 0, match.start()):
            text = text[: match.start("cue")] + " " * len("outside") + text[match.end("cue") :]
    return text


@lru_cache(maxsize=8192)
def _denying_part(text: str) -> str:
    """The claim with the negations that are not its own blanked or cut off (see :func:`polarity`)."""
    plain = _without_subject_relative(_without_described_outside(bound_denials(text)))
    plain = _CONTRAST.sub(" ", _SUBORDINATE.sub("", plain))
    plain = _LEAVE_TO.sub(" ", _BOUND_NEGATION.sub(" ", plain))
    plain = _MEASURED_AGAINST.sub(lambda m: m.group(0)[: -len("against")], plain)
    for match in _RELATIVE_WITHOUT.finditer(plain):
        if match.group("before").lower() not in _TAKES_A_CLAUSE:
            plain = plain[: match.start("cue")] + " " * len("without") + plain[match.end("cue") :]
    manner = _WITHOUT_DOING.search(plain)
    if manner and not NEGATION.search(plain[: manner.start()]):
        plain = plain[: manner.start()]
    condition = _UNLESS.search(plain)
    if condition:
        main = plain[: condition.start()]
        plain = f"{main} not" if NEGATION.search(main) else main  # "no X unless Y": X only if Y, affirmative
    return plain


# What "without" denies: its noun phrase, up to the end of its clause.
_WITHOUT_WHAT = re.compile(
    r"\bwithout\s+(?P<what>(?:(?!\b(?:and|or|but|because|since|so|which|who|whom|that|when|if|unless)\b)[^,;:.])*)",
    re.IGNORECASE,
)


def without_what(text: str) -> str | None:
    """What a claim negative only by "without" denies ("should be able to take the assessment without the course"
    denies the course, not the assessment): the words after it in its clause; None when the claim has another
    negation or none."""
    plain = _denying_part(text)
    cues = NEGATION.findall(plain)
    if len(cues) != 1 or cues[0].lower() != "without":
        return None
    found = _WITHOUT_WHAT.search(plain)
    return found.group("what").strip() if found else None


def restricted(text: str) -> bool:
    """Whether the claim is negative only by restricting ("Only accredited institutions should award
    micro-credentials"): it denies its predicate to everyone outside the restriction, nothing else."""
    plain = _denying_part(text)
    return not NEGATION.search(plain) and len(ONLY.findall(plain)) % 2 == 1


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
    return is_normative(_BOUND_WORDS.sub(" ", text)) or bool(_DUTY_OF_A_THING.search(text))


# A duty laid on a thing in the passive ("course content has to be refreshed every twelve months"): it sets the
# figure as "should be refreshed" would. Not "has to repeat" (what someone must do today, often a description).
_DUTY_OF_A_THING = re.compile(r"\b(?:has|have)\s+to\s+be\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", re.IGNORECASE)


def position_sign(text: str) -> int:
    """Which way a claim turns its matter: +1 for an obligation and -1 for an option when it names its force
    ("should be mandatory", "must stay a choice"; see :func:`pipeline.synthesis.modality.deontic`), else its
    polarity. Claims of one sign may share a side; claims of opposite signs never do."""
    force = deontic(text)
    return 1 if force == OBLIGATION else -1 if force == OPTION else polarity(text)


# Verbs by which a claim argues against what follows them ("we disagree with the view that ...").
REJECTION = re.compile(
    r"\b(?:disagree[sd]?|oppos(?:e|es|ed|ing)|reject(?:s|ed)?|refuse[sd]?|"
    rf"(?:do|does|did)\s+not\s+(?:support|accept|want|favou?r|endorse)|{_DECLINING})\b",
    re.IGNORECASE,
)


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
    QA is enough", "... that they should enter the NQF", "... that a qualification could be assembled from
    badges") stays a stance."""
    match = _REJECTED_THAT.search(text)
    return bool(match) and not is_normative(match.group("rest")) and not _POSSIBLE_DEED.search(match.group("rest"))


# "... the idea that a full qualification could be assembled from micro-credentials": denying that a thing may be
# done is denying a permission, a position on what should be done, unlike "... that it would compete with ...".
_POSSIBLE_DEED = re.compile(r"\b(?:can|could|may|might)\s+(?:also\s+)?be\s+\w+(?:ed|en)\b", re.IGNORECASE)


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
    cue = NEGATION if polarity(text) < 0 else _NORMATIVE
    carrying = [c for c in clauses if cue.search(_CONTRAST.sub(" ", c))]
    return " ".join(carrying) if carrying else text
