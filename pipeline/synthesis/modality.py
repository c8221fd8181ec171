"""Deontic modality in a claim's own words: does it make its matter an obligation or leave it an option?

"Placing the credential in a wallet should be mandatory" and "keeping it in a wallet must stay the learner's
choice" are both affirmative, yet one cannot follow both: obligation against option is a polarity written in
paraphrase. The lexicon follows the grammar of English modality, not any corpus: strong necessity said with
adjectives and nouns (mandatory, compulsory, obligatory, required, binding, a requirement, a condition of),
and with verbs that impose it (require, oblige, compel, force, impose); non-necessity and
permission said with adjectives and nouns (optional, voluntary, discretionary, a choice, an option), with
"free to", "at the discretion of", "left to", "up to the learner", "opt in", "may choose", "choose whether",
and with a denied necessity ("need not", "not required", "no obligation"). A negation just before a marker
turns it round ("should never be compulsory" leaves an option; "must not be optional" obliges), and so does
rejecting it ("we disagree with making review mandatory").

Bare modal verbs are left out on purpose: "must" and "should" open almost every recommendation, and "may"
also says what is possible ("this may exclude learners"); a marker has to name the force itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

OBLIGATION = "obligation"
OPTION = "option"

# Words that name the force themselves, said of the matter: "should be mandatory", "must stay a choice",
# "making review mandatory", "we oppose compulsory wallets". An attributive word alone ("a voluntary system
# leaves learners with paper") describes, so it counts only after a verb that takes a stance on it.
_OBLIGATION_WORD = (
    r"(?:mandatory|compulsory|obligatory|binding|required|a\s+(?:requirement|precondition|prerequisite)"
    r"|an?\s+(?:obligation|duty)|an?\s+(?:legal\s+)?condition\s+(?:of|for)|conditional\s+(?:on|upon))"
)
_OPTION_WORD = (
    r"(?:optional|voluntary|discretionary|elective"
    r"|(?:a|the|their|his|her|its|[\w-]+['’]s?)\s+(?:[\w-]+['’]s?\s+)?(?:own\s+)?(?:free\s+)?choice"
    r"|a\s+matter\s+of\s+(?:choice|preference)|an\s+option)"
)
_PREDICATIVE = r"(?:be|is|are|was|were|been|being|become|becomes|remain|remains|stay|stays)\s+(?:\w+ly\s+)?"
# "make X mandatory", "keep X optional": X is a noun phrase, so no preposition stands between ("keep an eye on
# discretionary spending" keeps nothing optional)
_MAKING = (
    r"(?:make|makes|made|making|render|renders|keep|keeps|kept|leave|leaves)\s+"
    r"(?:(?!(?:on|in|at|for|of|with|to|from|by)\b)[\w'’-]+\s+){1,8}?"
)
_TAKING = (
    r"(?:oppose[sd]?|opposing|reject(?:s|ed)?|support(?:s|ed)?|favou?r(?:s|ed)?|introduce[sd]?|propose[sd]?|"
    r"recommend(?:s|ed)?|call\s+for|ask\s+for|against)\s+(?:(?:a|an|the|any)\s+)?(?:\w+\s+)?"
)


# a second predicate that leaves its verb out ("optional for adults but compulsory for school leavers")
_ELLIPTIC = r"(?:but|yet|and|or)\s+(?:\w+ly\s+)?"


def _marker(word: str) -> str:
    return rf"(?:{_PREDICATIVE}|{_MAKING}|{_TAKING}|{_ELLIPTIC}){word}"


# Verbs that impose a duty on someone ("require every provider to publish", "be forced to open"); not what a
# task needs ("explain what the assessment requires"), which names no one bound to act.
_TO_VERB = r"to\s+(?!(?:the|a|an|this|that|these|those|its|their)\b)[a-z]+"
# just after a modal, a negation or "to", a word is a verb (fixed-width look-behinds, one per word)
_AFTER_VERBAL = (
    "(?:"
    + "|".join(
        rf"(?<=\b{w} )"
        for w in ("should", "must", "would", "will", "could", "may", "might", "can", "not", "never", "to")
    )
    + r"|(?<=n't )|(?<=n’t ))"
)
_IMPOSING = (
    # active, with the one bound between: "require every provider to publish", "forced small firms to pay"
    r"(?:require[sd]?|requiring|oblige[sd]?|obliging|compel(?:s|led|ling)?)\s+"
    rf"(?:[\w'’-]+\s+){{1,4}}?{_TO_VERB}"
    # "force" is a noun as often ("forces coming to join"): it is the verb after a modal, a negation or "to"
    # ("should never force small firms to pay"), or when its object opens with a determiner or is a pronoun
    # ("forced them to")
    rf"|{_AFTER_VERBAL}force\s+(?:[\w'’-]+\s+){{1,4}}?{_TO_VERB}"
    r"|(?:force[sd]?|forcing)\s+(?:(?:the|a|an|every|each|all|any|some|many|most|no|their|our|its|his|her|"
    rf"them|us|him|you|people)\s+)(?:[\w'’-]+\s+){{0,3}}?{_TO_VERB}"
    # passive, said of the one bound: "should be required to", "no learner should be forced to"; not what a task
    # needs ("the 63 days required to turn the agreement into a lease")
    r"|(?:be|is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:required|obliged|compelled|forced)\s+"
    rf"{_TO_VERB}"
    r"|impos(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,4}?on"
)
_OBLIGATION = re.compile(rf"\b(?:{_marker(_OBLIGATION_WORD)}|{_IMPOSING})\b", re.IGNORECASE)
_OPTION = re.compile(
    rf"\b(?:{_marker(_OPTION_WORD)}|free\s+to\s+(?:decide|choose|opt|refuse|decline|keep|use|take|leave|set|"
    r"select|pick|determine|join|withdraw|participate|apply)"
    r"|at\s+(?:the|their|its|his|her|your)\s+(?:own\s+)?discretion|(?:left|leave|leaves|leaving)\s+"
    r"(?:it\s+|the\s+(?:decision|choice)\s+)?to\s+(?:the|each|every|individual)\s"
    r"|up\s+to\s+(?:the|each|every|individual)\s+[a-z]+\s+to\s+(?:decide|choose)"
    r"|opt(?:s|ed|ing)?[\s-](?:in|out)|(?:may|can|could)\s+(?:choose|decide|opt)|on\s+a\s+voluntary\s+basis"
    r"|choose\s+(?:for\s+themselves\s+)?whether|decide\s+for\s+themselves"
    # "a matter for the employer and the employee to settle between them"
    r"|a\s+matter\s+for\s+(?:the|each|every|individual)\s+(?:[\w'’-]+\s+){1,6}?to\s+(?:decide|settle|agree|choose|"
    r"determine|negotiate|arrange))\b",
    re.IGNORECASE,
)
# A negation close before a marker, in the same clause, turns it round ("should not be made mandatory", "no
# learner should be forced to", "must never become optional"); "not only" does not.
_NEGATED = re.compile(
    r"\b(?:not|never|no|nobody|none|neither|nor|without)\b(?!\s+only\b)(?:\s+[\w'’-]+){0,4}\s*$|n['’]t\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
# Rejecting a proposal turns the force of what it proposes round ("we disagree with making external review
# mandatory": they hold it should stay optional).
_REJECTING = re.compile(
    r"\b(?:disagree[sd]?|oppos(?:e|es|ed|ing)|reject(?:s|ed)?|refuse[sd]?|against|"
    r"(?:do|does|did)\s+not\s+(?:support|accept|want|favou?r|endorse))\b",
    re.IGNORECASE,
)
# A denied necessity is already an option, whatever came before.
_DENIED_NECESSITY = re.compile(
    r"\b(?:need\s+not|needn['’]t|(?:(?:do|does|did)\s+)?not\s+(?:need|have)\s+to|(?:do|does|did)n['’]t\s+(?:need|have)\s+to)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[;:,]|\b(?:but|while|whereas|although|because|since|so\s+that)\b", re.IGNORECASE)
_TAIL = re.compile(r"(?:,\s*|\s)(?:so\s+that|because|since|otherwise|which|whose|as\s+long\s+as|if|unless)\b.*$", re.I)


def _force(text: str, match: re.Match[str], force: str) -> str:
    """The force a marker gives, turned round by a negation just before it in its clause."""
    before = text[: match.start()]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    if _NEGATED.search(clause):
        return OPTION if force == OBLIGATION else OBLIGATION
    return force


@lru_cache(maxsize=8192)  # read once per claim, not once per pair of claims
def deontic(text: str) -> str | None:
    """``"obligation"`` when the claim makes its matter binding, ``"option"`` when it leaves it to choice, else
    None (no marker, or markers of both forces: the claim is then not clear about its force).

    "Placing the credential in a wallet should be mandatory" is an obligation; "holding a credential in a
    wallet must stay a choice for the learner", "learners should be free to decide whether to keep it",
    "a wallet need not be used" and "wallets should never become compulsory" are options; "we disagree with
    making external review mandatory" rejects an obligation, so it is an option. A reason or condition after
    the claim ("..., because the law requires it") has its own force and is left out.
    """
    # a rejection is read once, as a rejection: its own "not" ("we do not support ...") is no second negation
    plain = _REJECTING.sub(" opposes ", _TAIL.sub("", text) or text)
    if _DENIED_NECESSITY.search(plain):
        return OPTION
    found = [(m, OBLIGATION) for m in _OBLIGATION.finditer(plain)] + [(m, OPTION) for m in _OPTION.finditer(plain)]
    forces = {_force(plain, m, force) for m, force in found}
    if len(forces) != 1:
        return None
    (force,) = forces
    first = min(m.start() for m, _ in found)
    if re.search(r"\bopposes\b", plain[: first + len("opposes")]):
        return OPTION if force == OBLIGATION else OBLIGATION
    return force


# The words that name a force, without what they are said of: taken out, "should be compulsory" and "should be
# free to decide whether" leave the same matter behind.
_FORCE_WORDS = re.compile(
    r"\b(?:mandatory|compulsory|obligatory|binding|optional|voluntary|discretionary|"
    r"(?:a\s+matter\s+of\s+)?(?:free\s+)?choice|free\s+to\s+(?:decide|choose)(?:\s+(?:whether|if))?|"
    r"at\s+(?:the|their|its|his|her|your)\s+(?:own\s+)?discretion(?:\s+of)?|on\s+a\s+voluntary\s+basis|"
    r"need\s+not|needn['’]t)\b",
    re.IGNORECASE,
)


def unforced(text: str) -> str:
    """``text`` without the words that name its force, so that an obligation and an option of one matter read
    alike ("the final assessment should be compulsory" / "learners should be free to decide whether they sit the
    final assessment"), as a claim and its denial do without their negation."""
    return " ".join(_FORCE_WORDS.sub(" ", text).split())


# Bare modal verbs: "must", "shall", "has to", "is required to" oblige; "may", "is free to" and a matter "left to",
# "up to" or "at the discretion of" someone permit. "May" also says what is possible ("this may exclude
# learners"), so a bare force is read only against the opposite force on the same predicate
# (:func:`same_predicate`), never on its own.
_BARE_OBLIGATION = re.compile(
    r"\b(?:must|shall|(?:has|have)\s+to|(?:is|are)\s+required\s+to)\s+(?!not\b|never\b|only\b)(?P<pred>[^,;:.()]+)",
    re.IGNORECASE,
)
# A duty said of a whole clause ("it is required that the credential is issued in digital form", "it should be
# mandatory that ..."): the clause is the predicate bound, and nobody is named as bound by it.
_EXTRAPOSED = re.compile(
    r"\bit\s+(?:is|should\s+be|must\s+be|shall\s+be|will\s+be)\s+(?:\w+ly\s+)?"
    r"(?:required|mandatory|compulsory|obligatory|necessary)\s+that\s+(?P<pred>[^,;:.()]+)",
    re.IGNORECASE,
)
# "should be free to decide whether they list a course" leaves "they list a course" to choice, as "may" would
# as does "should be allowed / permitted to leave the place of assessment off", permission in the passive
_BARE_OPTION = re.compile(
    r"\b(?:may|(?:(?:should|must|shall|will|would)\s+)?(?:is|are|be|remain|stay)\s+(?:free|allowed|permitted)\s+to"
    r"(?:\s+(?:decide|choose)\s+(?:whether|if))?)\s+(?!not\b|never\b|only\b|also\b)(?P<pred>[^,;:.()]+)",
    re.IGNORECASE,
)
# the matter left to someone is the clause before ("Whether X ... should be left to each provider") or after ("It
# is up to each provider whether X", "... to decide whether X")
# "up to" and "left to" someone, not an amount ("up to 60%", "fees of up to 150 euros are left to the market")
_LEFT_TO = (
    r"(?:(?:left|up)\s+to\s+(?=(?:the|each|every|individual|their|its|his|her|them|him|us|you|any)\s)"
    r"|at\s+the\s+discretion\s+of\b)"
)
# "whether X is a matter for the employer and the employee to settle" leaves X to them, as "left to" does (the
# verb after it is how they decide, not the matter)
_MATTER_FOR = r"|a\s+matter\s+for\s+(?=(?:the|each|every|individual|their|its|his|her|them|him|us|you|any)\s)"
_LEFT_BEFORE = re.compile(
    r"^(?:whether\s+)?(?P<pred>[^,;:]+?)\s+(?:should|must|shall|is|are|will)?\s*(?:be\s+|remain\s+|stay\s+)?"
    rf"(?:{_LEFT_TO}{_MATTER_FOR})",
    re.IGNORECASE,
)
_LEFT_AFTER = re.compile(
    rf"{_LEFT_TO}\s*(?P<who>[^,;:]*?)\s*\b(?:whether|to\s+decide\s+whether|to)\s+"
    r"(?P<pred>[^,;:.]+)",
    re.IGNORECASE,
)
_FUNCTION = frozenset(
    "a an the this that these those its their his her our your every each any all some of to for in on at by with "
    "be is are was were been being it they we whether if or and not no".split()
)


_RELATIVE = re.compile(
    r"\s(?:that|which|who|whom)\s+(?=(?:they|we|you|he|she|it|anyone|everyone|someone|nobody|people)\s)", re.I
)


# A force named of the claim's whole subject ("An external review should remain optional", "Registration with the
# agency should not be compulsory"): the subject is the matter, an action named by a noun phrase, and nobody is
# named as bound or free. The subject holds no verb of its own (no modal before the copula) and is no pronoun.
_NAMED_OF_MATTER = re.compile(
    r"^(?!(?:it|this|that|they|these|those|there)\b)(?P<pred>(?:(?!\b(?:should|must|shall|may|can|will|would|"
    r"ought|is|are|was|were)\b)[^,;:])+?)\s+(?:(?:should|must|shall|will|ought\s+to)\s+)?(?:(?:not|never)\s+)?"
    r"(?:be|remain|stay|become|is|are)\s+(?:\w+ly\s+)?(?:optional|voluntary|discretionary|mandatory|compulsory|"
    r"obligatory)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def named_matter(text: str) -> tuple[str, str] | None:
    """The force a claim names of its whole subject and that subject, its matter: ``("option", "An external
    review")`` for "An external review should remain optional" (the force as :func:`deontic` reads it, so "should
    not be compulsory" is an option). None when the claim names its force of something else, or of a pronoun."""
    match = _NAMED_OF_MATTER.match(_BULLET_OR_SPACE.sub("", text))
    force = deontic(text)
    if match is None or force is None:
        return None
    return force, match.group("pred").strip()


# a matter that is a clause ("whether providers publish ...") names its own actor, checked as any subject is
_CLAUSAL = re.compile(r"(?:whether|if)\b", re.IGNORECASE)
_BULLET_OR_SPACE = re.compile(r"^\s*(?:[-•*–]\s+)?")


@lru_cache(maxsize=8192)  # read once per claim, not once per pair of claims
def bare_force(text: str) -> tuple[str, str, str] | None:
    """The force a claim gives its predicate with modal verbs, that predicate and its subject: ``("obligation",
    "publish their pass rates", "Providers")`` for "Providers must publish their pass rates", ``("option",
    "providers publish their pass rates", "")`` for "Whether providers publish their pass rates should be left to
    each provider" (the subject is inside the matter left). None when the claim has no such modal, or both
    forces. A reason or condition after the claim is left out."""
    plain = _TAIL.sub("", text) or text
    named = named_matter(plain)
    if named is not None:  # "an external review should remain optional": the subject is what is left to choice
        return named[0], named[1], ""
    found: list[tuple[str, str, str]] = []
    for pattern, force in ((_BARE_OBLIGATION, OBLIGATION), (_LEFT_AFTER, OPTION), (_BARE_OPTION, OPTION)):
        for match in pattern.finditer(plain):
            subject = match.group("who") if pattern is _LEFT_AFTER else plain[: match.start()]  # who is free
            # a relative clause with its own subject describes the object, not what is obliged ("receive every
            # micro-credential as a digital credential that they can store in a wallet")
            predicate = _RELATIVE.split(match.group("pred"), maxsplit=1)[0]
            found.append((force, predicate.strip(), subject.strip()))
    left = _LEFT_BEFORE.search(plain)
    if left:
        found.append((OPTION, left.group("pred").strip(), ""))
    found += [(OBLIGATION, m.group("pred").strip(), "") for m in _EXTRAPOSED.finditer(plain)]
    if not found or len({force for force, _, _ in found}) != 1:
        return None
    return found[0]


@lru_cache(maxsize=8192)
def _content(predicate: str) -> frozenset[str]:
    from pipeline.index.lexical import tokenize

    return frozenset(w for w in tokenize(predicate) if w not in _FUNCTION and len(w) > 2)


def same_predicate(a: str, b: str) -> bool:
    """Whether two predicates say the same: the content words of the shorter are (almost) all in the longer, and
    there are at least two ("publish their pass rates" and "providers publish their pass rates"; not "publish
    outcomes" and "charge fees", nor "be part of every online assessment" and "an online exam is proctored")."""
    wa, wb = _content(a), _content(b)
    short, long_ = sorted((wa, wb), key=len)
    met = sum(1 for w in short if any(_inflected(w, v) for v in long_))
    return len(short) >= 2 and met >= max(2, round(0.75 * len(short)))


def shares_subject(subject: str, other: str) -> bool:
    """Whether a content word of ``subject`` stands in ``other`` (in any inflection); True for a subject without
    one ("we", "it")."""
    words = _content(subject)
    return not words or any(_inflected(w, v) for w in words for v in _content(other))


def _inflected(a: str, b: str) -> bool:
    """One word in two inflections the light stemmer leaves apart ("publish" / "publishe" for "publishes")."""
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) and len(long_) - len(short) <= 2


@lru_cache(maxsize=65536)  # asked for the same pair under every question whose evidence holds both
def opposite_forces(a: str, b: str) -> bool:
    """Whether one claim obliges and the other permits the same predicate of the same subject, said with modal
    verbs or a matter left to someone ("Providers must publish their pass rates" / "Whether providers publish
    their pass rates should be left to each provider"); a subject either names must be in the other's words
    ("agencies may publish their pass rates" permits something else)."""
    fa, fb = bare_force(a), bare_force(b)
    if fa is None or fb is None or fa[0] == fb[0] or not same_predicate(fa[1], fb[1]):
        return False
    return one_subject(a, b)


@lru_cache(maxsize=65536)
def one_subject(a: str, b: str, asked: str = "") -> bool:
    """Whether two claims whose modal verbs give opposite forces (:func:`bare_force`) speak of one subject: a
    subject either names must be in the other's words, unless the other binds no one (a passive matter without
    its agent, a force named of a whole matter). When both answer one question (``asked``), a subject the
    question names is shared by both answers ("Must micro-credentials be issued as digital credentials?":
    "every micro-credential must be issued as ..." / "providers should be free to choose ...")."""
    fa, fb = bare_force(a), bare_force(b)
    if fa is None or fb is None or fa[0] == fb[0]:
        return False
    for (_, _, subject), other, other_text in ((fa, fb, b), (fb, fa, a)):
        nominal = named_matter(_TAIL.sub("", other_text) or other_text) is not None and not _CLAUSAL.match(other[1])
        if nominal:
            # a force named of a matter ("an external review should remain optional") leaves no one free whom the
            # other claim binds; but the matter must be what the other predicate does, not a word of another
            # thing ("pass an external review", not "publish the external review reports")
            if not _heads(other[1], (fa if other is fb else fb)[1]):
                return False
            continue
        if _AGENTLESS.search(other[1]) and not other[2]:
            continue  # "whether a credential is issued ... should be up to each provider" names no one who acts
        if _AGENTLESS.match(other[1]):
            # a passive predicate's subject is what is acted on ("every micro-credential must be placed at a
            # level"): it binds no one, so whoever the other claim leaves free to decide it is not someone else
            continue
        # the other binds a thing ("every certificate must state ..."), and so whoever makes it: the one this claim
        # leaves free ("providers should be allowed to leave ... off the certificate") is no one else, unless the
        # other names who acts ("must be registered by the school")
        agent = _BY.search(other[1])
        thing = bool(other[2]) and not names_someone(other[2]) and (agent is None or not names_someone(agent.group(1)))
        if thing and names_someone(subject):
            continue
        words, others = _content(subject), _content(f"{other[2]} {other[1]} {asked}")
        if words and not any(_inflected(w, v) for w in words for v in others):
            return False
    return True


_BY = re.compile(r"\bby\s+([^,;:.]+)", re.IGNORECASE)


def names_someone(subject: str) -> bool:
    """Whether a subject names people or a body who act ("providers", "each college"), not a thing."""
    from pipeline.drafting.drafters.actors import names_actor

    return names_actor(subject)


# A matter in the passive without its agent ("a micro-credential is issued as a digital credential"): it names
# no one who acts, so the subject the other claim names ("students must receive ...") cannot be someone else.
_AGENTLESS = re.compile(r"\b(?:is|are|be|been|being)\s+(?:\w+ly\s+)?\w+ed\b(?![^,;:]*\bby\b)", re.IGNORECASE)


# Words after which a noun phrase has ended: a preposition, a conjunction, a determiner or the end.
_PHRASE_AFTER = frozenset(
    "before after within until once when unless if from of for to in on at by with and or every each its their "
    "the a an".split()
)


def _heads(matter: str, predicate: str) -> bool:
    """Whether the matter's head noun (its last word) stands in the predicate as the head of its own phrase, not
    as a modifier of another noun: "pass an external quality review before ..." holds "an external review";
    "publish the external review reports" does not."""
    words = re.findall(r"[\w'’-]+", predicate.lower())
    head = re.findall(r"[\w'’-]+", matter.lower())
    if not head:
        return False
    for n, word in enumerate(words):
        if _inflected(word, head[-1]):
            return n + 1 == len(words) or words[n + 1] in _PHRASE_AFTER
    return False
