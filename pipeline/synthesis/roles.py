"""Who a claim gives a role: the answers to a "who should pay / assess / award" question, read as actors.

"Who should pay for a learner's micro-credential?" is answered by claims that name a payer, and two answers that
name different payers ("public money ought to bear the whole price" / "people who sign up should cover what their
certificate costs") disagree although they share no word: the actor is the position. The register reads, of each
claim that answers such a question:
- the role the question asks about (:func:`asked_role`): paying (pay, fund, finance, bear, carry or cover the cost ...),
  assessing (assess, examine, evaluate, grade ...) or awarding (award, issue, certify, grant ...);
- the actor the claim gives that role (:func:`assignment`), only where it plainly assigns it: a modal of
  obligation or recommendation ("should", "must", "ought to") or a permission ("may", "should be allowed to") whose
  subject names the actor ("public money ought to bear ...") or whose passive names it as agent ("should be funded
  from public budgets"); a description of who does it today ("our courses are financed by donors") assigns
  nothing. The actor is read as one of a few kinds of payer or awarder in general English (the public purse, the
  learner, the employer, the provider), so that "learners" and "people who sign up" are one actor and "public
  budgets" and "taxpayers" another; a subject of no known kind assigns nothing (abstain). Who assesses may also be
  an assessor from outside or the trainer (:mod:`pipeline.synthesis.value_families`), and assessing may be said as
  running an assessment ("should sign off the final assessment").

Two assignments are opposed (:func:`opposed`) when both oblige or recommend the role, whole, to different actors;
when one denies the role to the actor the other gives it ("no learner should have to pay anything" / "every
participant ought to put in a modest sum"); or when one gives it to one actor only ("only accredited institutions
should have the right to award") and the other gives it to another. A share is no opposition ("employers should
contribute part of the fee" beside "public funds should pay"), unless the other gives all of the role to another
actor ("learners should pay part of the fee" against "public funds should cover the full cost"), nor are two
actors for two groups ("employers should pay for apprentices" / "public money should pay for jobseekers"), nor a
trainer and the provider it teaches for, nor an outsider and a public body. Names
of actors are those of :mod:`pipeline.drafting.drafters.actors`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipeline.drafting.drafters.actors import asks_who, names_actor
from pipeline.synthesis.value_families import OUTSIDER, SUPERVISOR, TRAINER, runs_assessment

_I = re.IGNORECASE

# The roles a "who" question may ask about, each by the verbs that name it. Verbs that take money only as their
# object ("bear", "cover", "meet") name paying only beside a word of money.
_PAYING = (
    r"pay|pays|paid|paying|fund|funds|funded|funding|finance|finances|financed|financing|subsidi[sz]e[sd]?|"
    r"reimburse[sd]?"
)
_CARRYING = (
    r"(?:bear|bears|borne)(?!\s+in\s+mind)|cover|covers|covered|meet|meets|met|foot|foots|footed|shoulder|shoulders|"
    r"put\s+in|puts\s+in|contribute|contributes|contributed|"
    # the cost carried or absorbed ("employers should carry the cost"), never carried out, over or on
    r"(?:carry|carries|carried)(?!\s+(?:out|over|on|forward)\b)|absorb|absorbs|absorbed"
)
_MONEY = re.compile(
    r"\b(?:costs?|price|prices|expenses?|fees?|tuition|bill|bills|sums?|charges?|money|amount|outlay)\b", _I
)
_ROLE_VERBS = {
    "pay": rf"{_PAYING}|{_CARRYING}",
    "assess": r"assess|assesses|assessed|examine|examines|examined|evaluate|evaluates|evaluated|grade|grades|graded|"
    r"mark|marks|marked|judge|judges|judged|test|tests|tested",
    "award": r"award|awards|awarded|issue|issues|issued|certify|certifies|certified|grant|grants|granted|"
    r"confer|confers|conferred",
}
_ROLE = {role: re.compile(rf"^(?:{verbs})\b", _I) for role, verbs in _ROLE_VERBS.items()}
# after a modal only the verb's plain form gives the role ("should be entitled to paid leave" pays no one), and in
# a passive that names its agent only the participle ("should be funded from public budgets")
_PLAIN = {
    "pay": r"pay|fund|finance|subsidi[sz]e|reimburse|bear(?!\s+in\s+mind)|cover|meet|foot|shoulder|put\s+in|"
    r"contribute|carry(?!\s+(?:out|over|on|forward)\b)|absorb",
    "assess": r"assess|examine|evaluate|grade|mark|judge|test",
    "award": r"award|issue|certify|grant|confer",
}
_PARTICIPLE = {
    "pay": r"paid|funded|financed|subsidi[sz]ed|reimbursed|borne|covered|met|footed|shouldered|contributed|carried|"
    r"absorbed",
    "assess": r"assessed|examined|evaluated|graded|marked|judged|tested",
    "award": r"awarded|issued|certified|granted|conferred",
}
_ACTIVE = {role: re.compile(rf"^(?:{verbs})\b", _I) for role, verbs in _PLAIN.items()}
# what is granted or issued that is no credential: leave, time, money, access, a right or an exemption ("employers
# should grant paid study leave", "the ministry should issue vouchers"); awarding them gives no awarding role
_NO_CREDENTIAL = re.compile(
    r"^\s+(?:(?:\w+\s+){0,2}?(?:[\w-]+\s+)?(?:leave|time\s+off|days?\s+off|funding|funds|grants?|money|budgets?|"
    r"vouchers?|scholarships?|loans?|subsid(?:y|ies)|allowances?|bursar(?:y|ies)|access|permission|exemptions?|"
    r"licen[cs]es?\s+to\s+operate|rights?|waivers?))\b",
    _I,
)
_PASSIVE = {role: re.compile(rf"^(?:{verbs})$", _I) for role, verbs in _PARTICIPLE.items()}
_CARRY = re.compile(rf"^(?:{_CARRYING})\b", _I)

# the public insurance and services for the unemployed ("the unemployment fund", "the labour office"): public money,
# though the drafter's lexicon of actors names no fund
_PUBLIC_SERVICES = (
    r"unemployment\s+(?:funds?|insurance|offices?|agenc(?:y|ies)|services?)|labou?r\s+offices?|"
    r"(?:public\s+)?employment\s+(?:services?|agenc(?:y|ies)|offices?)|social\s+security"
)

# The kinds of actor a role is given to, in general English. One kind holds every wording of one actor, so that
# two wordings of one payer never make two positions.
_KINDS = (
    (
        "public",
        r"public\s+(?:money|funds?|funding|budgets?|purse|finances|sector|authorit(?:y|ies)|bodies|employment\s+services?)|"
        # public money named with what it is for: "the public training fund", "a state education budget"
        r"(?:public|state)\s+[a-z]+\s+(?:funds?|budgets?|money)|"
        r"state\s+budgets?|national\s+budgets?|the\s+state|states?|governments?|ministr(?:y|ies)|taxpayers?|"
        + _PUBLIC_SERVICES
        + r"|tax\s+revenues?|treasury|municipalit(?:y|ies)|"
        r"(?:local|regional|city|town|county)\s+(?:authorit(?:y|ies)|councils?)",
    ),
    (
        "employer",
        r"employers?|compan(?:y|ies)|firms?|enterprises?|business(?:es)?|industr(?:y|ies)|private\s+sector|"
        + SUPERVISOR,
    ),
    (
        "provider",
        r"providers?|institutions?|universit(?:y|ies)|colleges?|schools?|academ(?:y|ies)|training\s+cent(?:re|er)s?|"
        r"awarding\s+bod(?:y|ies)|issuers?",
    ),
    (
        "individual",
        r"learners?|students?|participants?|trainees?|candidates?|individuals?|persons?|people|jobseekers?|"
        r"job-seekers?|applicants?|adults?|workers?|employees?|apprentices?|holders?|examinees?",
    ),
    # who assesses: one from outside those who teach or employ, or the one who taught (value_families)
    ("outside", OUTSIDER),
    ("trainer", TRAINER),
)
_KIND = [(kind, re.compile(rf"\b(?:{words})\b", _I)) for kind, words in _KINDS]

# A duty or recommendation, then a permission, each up to where its predicate starts.
_DUTY = re.compile(
    r"\b(?:should|must|shall|ought\s+to|has\s+to|have\s+to|needs?\s+to)\b"
    r"(?!\s+(?:be\s+)?(?:(?:able|allowed|permitted|entitled)\b|free\s+to\b))"  # "free of charge" is no permission
    # "is the right person to judge ...": who is fit for the role is given it
    r"|\b(?:is|are)\b(?=\s+the\s+(?:right|best|proper|only)\s+(?:persons?|people|ones?|body)\s+to\b)",
    _I,
)
_PERMISSION = re.compile(
    r"\b(?:may|can|(?:should|must|ought\s+to)\s+(?:be\s+(?:able|allowed|permitted|free|entitled)\s+to|"
    r"have\s+the\s+right\s+to))\b",
    _I,
)
# What opens a predicate before its verb: a negation, an adverb, a second modal ("should have to pay")
_OPENING = re.compile(
    r"^(?:(?:not|never|also|only|always|alone|then|still|themselves|itself|each|all|(?:be\s+)?(?:required|expected|"
    r"obliged|asked|made)\s+to|have\s+to|need\s+to|be\s+(?:able|allowed|permitted|free|entitled)\s+to|"
    r"\w+ly)\s+)*",
    _I,
)
_NEGATED = re.compile(r"^(?:not|never)\b", _I)
_NO_SUBJECT = re.compile(r"^(?:no|neither|nobody|no\s+one|none)\b", _I)
_ONLY = re.compile(r"^only\b", _I)
# a share of the role is no claim to all of it: "should contribute", "should pay part of the fee"
_PARTIAL = re.compile(
    r"\b(?:share[sd]?|sharing|part|partly|partially|portion|proportion|co-\w+|jointly|together|also|as\s+well|too|"
    r"half|(?<!no\s)contribut\w*|split|some\s+of|percent|per\s+cent|%|"
    # what is paid for restricted, or the sum bounded: "should pay only for ...", "should pay no more than 10 euros"
    r"only|(?:no|not)\s+more\s+than|at\s+most|up\s+to|a\s+maximum\s+of|less\s+than)\b",
    _I,
)
# a part of a course is no share of the role: "should assess the practical part"
_COMPONENT = re.compile(
    r"\b(?:practical|theoretical|theory|written|oral|workplace|final|online|classroom|hands-on)\s+(?:parts?|portions?)\b"
    # taking part (or none) in something is no share of the role: "a person who took no part in the teaching"
    r"|\b(?:took|takes?|taken|taking|play(?:s|ed|ing)?|ha[sd]|have)\s+(?:no\s+|any\s+)?part\s+in\b",
    _I,
)
# all of the role, leaving no share to anyone else: "cover the full cost", "pay in full", "be free of charge for the
# learner and paid by the state", "so that no learner pays anything"
_WHOLE = re.compile(
    r"\b(?:(?:full|whole|entire|total)\s+(?:cost|costs|fee|fees|price)|in\s+full|fully|free\s+of\s+charge|"
    r"at\s+no\s+cost\s+to|no\s+(?:learner|trainee|student|participant|worker|jobseeker)s?\s+pays?|"
    r"with\s+no\s+contribution\s+from)\b",
    _I,
)
# the subject's relative clause or participle phrase says which ones, not who acts ("Companies whose employees
# benefit", "People who sign up"); the alternative a subject sets aside (", not individual firms,") is denied
_RELATIVE = re.compile(r"\s+(?:who|whom|whose|that|which)\b.*$", _I)
_SET_ASIDE = re.compile(r",?\s+(?:and\s+)?not\s+([^,]+),?", _I)
# a frame before the claim's subject ("We propose that", "In our view,")
_FRAME = re.compile(
    r"^(?:.*?\b(?:propose|recommend|suggest|believe|think|consider|insist|argue|hold)s?\s+that\s+|"
    # those it is done for, fronted: "For registered jobseekers, the fund should pay ..."
    r"for\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s*|"
    r"(?:in\s+our\s+view|in\s+our\s+opinion|for\s+us|in\s+short|in\s+principle|in\s+(?:the\s+)?future|in\s+any\s+case|"
    r"even\s+so|however|nevertheless|nonetheless|still|therefore|instead|rather|ideally|above\s+all|first|second|"
    r"finally),\s*)",
    _I,
)
# the passive that names its agent: "should be paid for by employers", "should be funded from public budgets"
_AGENT = re.compile(r"^be\s+(?P<verb>\w+)(?:\s+for)?\b[^,;:]*?\b(?:by|from|out\s+of|through)\s+(?P<agent>[^,;:]+)", _I)
# a second predicate after "and" that shares the first one's "be" ("should be free of charge for the learner and
# financed entirely from the public budget"): its participle and agent say who pays
_SECOND_PASSIVE = re.compile(r"^be\s+[^,;:]*?\s+and\s+(?=[a-z]+(?:ed|en)\b)", _I)
# those the role is done for, named in the predicate ("pay for apprentices' courses")
_FOR = re.compile(r"\bfor\s+(?:the\s+|their\s+|its\s+)?([^,;:]+)", _I)


@dataclass(frozen=True)
class Assignment:
    """Who a claim gives a role to: ``actor`` the kind of actor ("public", "employer", "provider",
    "individual"), ``sign`` +1 when it gives them the role and -1 when it denies it, ``duty`` whether said as an
    obligation or recommendation (else a permission), ``only`` whether to them alone, ``partial`` whether only a
    share of it, ``whole`` whether all of it, no share left to anyone else ("the full cost"), ``beneficiaries``
    the people or bodies the predicate names it is done for ("worker")."""

    role: str
    actor: str
    sign: int
    duty: bool
    only: bool = False
    partial: bool = False
    beneficiaries: frozenset[str] = frozenset()
    whole: bool = False


def asked_role(question: str) -> str | None:
    """The role a "who" question asks about: "pay" ("Who should pay / fund / bear the cost of ...?"), "assess" or
    "award"; None for any other question."""
    if not asks_who(question):
        return None
    words = re.findall(r"[A-Za-z][\w-]*", question)
    for n in range(len(words)):
        rest = " ".join(words[n:])
        for role, verb in _ROLE.items():
            if verb.match(rest) and (not _CARRY.match(rest) or _MONEY.search(rest)):
                return role
    return None


def _kind(phrase: str) -> str | None:
    """The kind of actor a phrase names first ("Public budgets" -> "public", "People" -> "individual"), or None
    when it names none of the known kinds or no actor at all."""
    if not names_actor(phrase) and not _TEACHING.search(phrase) and not re.search(_PUBLIC_SERVICES, phrase, _I):
        return None  # "the instructor" is a person too, and "the unemployment fund" public money
    # "an instructor from another centre" is an outsider before an instructor
    found = [(m.start(), kind != "outside", kind) for kind, pattern in _KIND if (m := pattern.search(phrase))]
    return min(found)[2] if found else None


# a workforce named as such is a group of its own for whom something is paid ("the micro-credentials its own staff
# take"), though it is no kind of payer
_STAFF = re.compile(r"\b(?:staff|personnel|workforce)\b", _I)


def _people(phrase: str) -> frozenset[str]:
    """The actors a phrase names, word by word without a plural's "s" ("dock workers' courses" -> {"worker"}):
    two groups are told apart by their own nouns, "apprentices" from "jobseekers", though both are learners; a
    workforce ("its own staff") is one more group."""
    found = {_singular(m.group(0).lower()) for _, pattern in _KIND for m in pattern.finditer(phrase)}
    return frozenset(found | {"staff" for _ in _STAFF.finditer(phrase)})


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _clause(text: str) -> str:
    """A claim's first clause without its frame ("We propose that ..."): where it says who acts."""
    clause = re.split(r"\s*;\s*|\s*:\s+(?=[a-z])", text.strip())[0]
    return _FRAME.sub("", re.sub(r"^(?:\W+|\d+[.)]\s+)+", "", clause))  # a list's number is no subject


def _modal(clause: str) -> re.Match[str] | None:
    """The clause's first modal of duty or permission."""
    found = [m for m in (_PERMISSION.search(clause), _DUTY.search(clause)) if m]
    return min(found, key=lambda m: m.start()) if found else None  # "should have the right to" is a permission


_OUTSIDE = re.compile(rf"\b(?:{OUTSIDER})\b", _I)
# actors the drafter's lexicon does not name, known here: "the instructor", "the tutor"
_TEACHING = re.compile(rf"\b(?:{TRAINER})\b", _I)


def _subject_actor(subject: str) -> str:
    """The actor a subject names: without its relative clause ("Companies whose employees benefit"), unless that
    clause makes it an outsider ("someone who did not teach the course") or the trainer ("the person who ran the
    course")."""
    outside = _OUTSIDE.search(subject)
    taught = _TEACHING.search(subject)
    if outside is None and taught and re.search(r"\bwho", taught.group(0), _I):
        outside = taught  # "the person who ran the course": the one who taught, named by the relative clause
    return outside.group(0) if outside else _RELATIVE.sub("", _SET_ASIDE.sub(" ", subject))


@lru_cache(maxsize=8192)
def assignment(text: str, role: str) -> Assignment | None:
    """The actor ``text`` gives ``role`` to, or denies it, when it plainly assigns it (see the module); None when
    it does not say who, says it of no known kind of actor, or only describes."""
    clause = _clause(text)
    permission, duty = _PERMISSION.search(clause), _DUTY.search(clause)
    modal = _modal(clause)
    if modal is None:
        return None
    subject, predicate = clause[: modal.start()].strip(" ,"), clause[modal.end() :].strip()
    if not subject or re.search(r"\b(?:if|when|whether|unless|because)\b", subject, _I):
        return None
    sign = -1 if _NEGATED.match(predicate) or _NO_SUBJECT.match(subject) else 1
    only = bool(_ONLY.match(subject))
    verb = _OPENING.sub("", predicate)
    passive = _AGENT.match(verb)
    second = _SECOND_PASSIVE.search(verb)
    if second and not (passive and _PASSIVE[role].match(passive.group("verb"))) and not _ACTIVE[role].match(verb):
        passive = _AGENT.match("be " + verb[second.end() :])  # the second predicate shares the first one's "be"
    if passive and _PASSIVE[role].match(passive.group("verb")):
        actor_phrase, acted = passive.group("agent"), verb
    elif _ACTIVE[role].match(verb):
        actor_phrase, acted = _subject_actor(subject), verb
    elif role == "assess" and (running := runs_assessment(subject, verb)) is not None:
        # "should sign off the final assessment", "(the assessment) should be run by an examiner from outside"
        actor_phrase, acted = (_subject_actor(subject) if running == subject else running), verb
    else:
        return None
    if role == "pay" and _CARRY.match(acted if not passive else passive.group("verb")) and not _MONEY.search(acted):
        return None  # "should bear in mind", "should meet the standards": no paying
    if role == "award" and not passive and _NO_CREDENTIAL.match(_ACTIVE[role].sub("", verb, count=1)):
        return None  # "should grant paid study leave", "should issue a training voucher": no credential awarded
    actor = _kind(_ONLY.sub("", _NO_SUBJECT.sub("", actor_phrase)).strip())
    if actor is None:
        return None
    beneficiaries = frozenset()
    for_whom = _FOR.search(acted)
    if for_whom:
        beneficiaries = _people(for_whom.group(1))
    return Assignment(
        role=role,
        actor=actor,
        sign=sign,
        duty=bool(duty) and (permission is None or duty.start() < permission.start()),
        only=only,
        partial=bool(_PARTIAL.search(_COMPONENT.sub("", predicate))),
        beneficiaries=beneficiaries,
        whole=bool(_WHOLE.search(predicate)) and not _PARTIAL.search(predicate),
    )


@lru_cache(maxsize=8192)
def subject_kind(text: str) -> str | None:
    """The kind of actor a claim's subject names before its modal ("Workers must never pay ..." -> "individual",
    "The employer should pay ..." -> "employer"); None when the subject names none (a thing, a passive, "we") or
    names every actor of a kind ("any provider" holds employers and colleges alike)."""
    clause = _clause(text)
    modal = _modal(clause)
    if modal is None:
        return None
    subject = _RELATIVE.sub("", _SET_ASIDE.sub(" ", clause[: modal.start()].strip(" ,")))
    if not subject or _UNIVERSAL.match(subject):
        return None  # "any provider" holds employers too: no one kind
    return _kind(_ONLY.sub("", _NO_SUBJECT.sub("", subject)).strip())


_UNIVERSAL = re.compile(r"^(?:any|all|every|each|anyone|everyone|whoever)\b", _I)


def different_actors(a: str, b: str) -> bool:
    """Whether two claims say what two different kinds of actor should do: then one's negation is no denial of the
    other ("workers must never pay for a course out of their wages" and "the employer should pay for its staff's
    courses" can both be followed), as :func:`opposed` already holds of a denied role."""
    kind_a, kind_b = subject_kind(a), subject_kind(b)
    return kind_a is not None and kind_b is not None and kind_a != kind_b


# kinds of actor one of which may act for or as the other
_KIN = ({"trainer", "provider"}, {"outside", "public"})


def opposed(a: Assignment, b: Assignment) -> bool:
    """Whether two assignments of one role cannot both be followed (see the module): the whole role obliged to
    two actors, given and denied to one actor, or given to one actor only and to another."""
    if a.role != b.role:
        return False
    if a.beneficiaries and b.beneficiaries and not a.beneficiaries & b.beneficiaries:
        return False  # two groups, two payers: both can hold
    if a.partial or b.partial:
        # a share given to one actor leaves the rest to others, unless another is given all of it ("learners should
        # pay part of the fee" against "public funds should cover the full cost")
        part, other = (a, b) if a.partial else (b, a)
        return (
            not other.partial
            and other.whole
            and part.actor != other.actor
            and part.sign > 0
            and other.sign > 0
            and part.duty
            and other.duty
        )
    if a.actor == b.actor:
        return a.sign != b.sign and a.duty and b.duty
    if {a.actor, b.actor} in _KIN:
        return False  # a trainer acts for the provider; a public body is itself from outside
    if a.sign < 0 or b.sign < 0:
        return False  # "no learner should pay" says nothing against "public money should pay"
    if a.only or b.only:
        return True
    return a.duty and b.duty


_NAMED_BY_DEED = frozenset({"trainer", "outside"})


def role_claims(claims: Sequence[Any], question: str) -> list[int]:
    """The claims that give the role the "who" ``question`` asks about to someone it can be answered with (the
    drafter's answer type: a "who should pay" by a sentence that speaks of money), however far from the question
    in meaning: a payer named in other words than the question's ("each trainee ought to put in a modest sum")
    still answers it. Empty for any other question."""
    from pipeline.drafting.drafters.answer_type import answers_type

    role = asked_role(question)
    if role is None:
        return []
    return [
        n
        for n, c in enumerate(claims)
        if assignment(c.text, role)
        and (named_by_deed(c.text, question) or answers_type(question, c.text, practice=True))
    ]


def named_by_deed(text: str, question: str) -> bool:
    """Whether ``text`` gives the role the "who" ``question`` asks about to the trainer or an assessor from outside,
    named by what they did or did not do ("the person who trained you should never be the one who decides whether
    you pass"): words the drafter's lexicon of actors does not hold, so its answer type cannot tell that such a
    sentence answers who assesses; reading the assignment is answering."""
    role = asked_role(question)
    given = assignment(text, role) if role else None
    return given is not None and given.actor in _NAMED_BY_DEED


def actor_conflicts(
    claims: Sequence[Any], rel: Sequence[float], question: str, relevance: float, taken: set[tuple[int, int]]
) -> tuple[dict[tuple[int, int], str], dict[int, str]]:
    """Pairs of claims of different contributors, both answering the "who" ``question``, that give its role to
    opposed actors, beyond the pairs ``taken``; and for each claim of such a
    pair the position it takes: the actor it gives the role to, or, for a denial, the actor its contributor gives
    it to in another claim of the pair set (their "no learner should pay" and "the public purse should bear the
    whole expense" are one position), else "not " and the actor denied.

    Giving the role the question asks about is what answers it (:func:`role_claims`); one claim of the pair must
    still be close to the question (``rel`` >= ``relevance``), so that the pair is about what it asks."""
    role = asked_role(question)
    if role is None:
        return {}, {}
    answering = set(role_claims(claims, question))
    read = [assignment(c.text, role) if n in answering else None for n, c in enumerate(claims)]
    pairs: dict[tuple[int, int], str] = {}
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            a, b = read[i], read[j]
            if a is None or b is None or (i, j) in taken or claims[i].voice == claims[j].voice:
                continue
            if max(rel[i], rel[j]) < relevance:
                continue
            if opposed(a, b):
                pairs[(i, j)] = "actor"
    engaged = {i for pair in pairs for i in pair}
    given = {claims[i].voice: read[i].actor for i in sorted(engaged) if read[i] and read[i].sign > 0}  # type: ignore[union-attr]
    positions = {}
    for i in engaged:
        a = read[i]
        positions[i] = a.actor if a.sign > 0 else given.get(claims[i].voice, f"not {a.actor}")  # type: ignore[union-attr]
    return pairs, positions


def actor_phrase(text: str) -> str:
    """What a side of a "who" point holds, in its own words: its subject, then its position from the modal on
    ("public money ought to bear the whole price", "no learner should have to pay anything"); "" when the claim has
    no modal."""
    from pipeline.synthesis.stance import stance_phrase

    clause = _clause(text)
    modal = _modal(clause)
    if modal is None:
        return ""
    subject = clause[: modal.start()].strip(" ,").split()
    if len(subject) > 6:  # "Only institutions that hold accreditation from the state": who, without which ones
        subject = _RELATIVE.sub("", " ".join(subject)).split()
    if not subject or len(subject) > 6:
        return ""
    held = stance_phrase(clause[modal.start() :])
    if not held:
        return ""
    first = subject[0] if subject[0][1:2].isupper() else subject[0][0].lower() + subject[0][1:]  # "NGOs", not "A"
    return " ".join([first, *subject[1:], held])
