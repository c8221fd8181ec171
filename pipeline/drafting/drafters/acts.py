"""Does a sentence say who does what a "who" question asks about, or only name someone doing something else?

"Who should train the assessors?" is not answered by "Assessments should be judged by two examiners from the
trade": the sentence names people, but none of them trains anyone. A sentence answers a "who" question only when
it speaks of the act the question asks about: the question's verb in any form ("train", "trainers", "training"),
a verb of the same general meaning in policy writing ("pay" is met by "fund", "cover the cost", "free of
charge"; "keep a register" by "maintain", "run", "host"), or a word that gives someone the task itself ("is
responsible for", "in charge of", "the role of"). A sentence without a verb ("An independent panel of the
agency.") answers whom and is left alone. The groups are the general vocabulary of who does what in
public programmes, not any corpus's words; a verb outside them is met by its own family only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.drafting.drafters.candidates import FINITE

_I = re.IGNORECASE

# the verb a "who" question asks about: "Who should pay ...", "Which body should keep ...", "Who ought to be
# permitted to confer ...", "By whom should ... be assessed?", "Who decides ...?". A "which" question names its
# actor before a modal verb, which is then required; "who" may be followed by its own verb ("Who decides").
_MODAL = r"(?:should|must|shall|ought\s+to|will|would|can|could|may|might|is|are|does|do)"
_SKIPPED = (
    r"(?:(?:not|also|first|only|then|jointly|be|get|help|allowed|able|entitled|permitted|expected|required|"
    r"empowered|authori[sz]ed|responsible|free|to|for)\s+)*"
)
_ASKED = re.compile(
    r"^\W*(?:and\s+|so\s+|but\s+)?(?:"
    rf"(?:by|from|with|to|for)\s+whom\s+{_MODAL}\s+|who\s+(?:{_MODAL}\s+)?|which\s+(?:[\w-]+\s+){{1,5}}?{_MODAL}\s+)"
    rf"{_SKIPPED}(?P<verb>[a-z]{{3,}})\b",
    _I,
)
# idioms of one act: "foot the bill" is paying, "give the green light" approving
_IDIOMS = (
    (re.compile(r"\b(?:foot|footing)\s+the\s+bill|\bcarry\s+the\s+(?:cost|expense)|\bmeet\s+the\s+cost", _I), "pay"),
    (re.compile(r"\bgive\s+the\s+green\s+light|\bsign\s+off|\bvet\b", _I), "approve"),
    (re.compile(r"\bdraw(?:ing)?\s+up\b", _I), "design"),
    (re.compile(r"\bhave\s+a\s+say\b", _I), "involve"),
)
_NOT_ACTS = frozenset(
    "should must shall ought will would can could may might is are does do be been being have has not also first "
    "the a an of for".split()
)

# word beginnings of one act, in the forms policy writing uses ("paid", "payment", "funded", "free of charge")
_GROUPS: tuple[tuple[str, ...], ...] = (
    ("pay", "paid", "payment", "fund", "financ", "cover", "bear", "borne", "cost", "fee", "free", "charg",
     "subsid", "reimburs", "budget", "money", "afford", "contribut", "spend", "spent", "voucher", "grant", "pocket"),
    ("assess", "examin", "judge", "judgement", "judgment", "test", "evaluat", "grad", "mark", "scor", "observ",
     "verif", "check", "apprais", "jury", "panel"),
    ("accredit", "approv", "licen", "certif", "recogni", "authori", "review", "audit", "endors", "validat"),
    ("train", "teach", "taught", "prepar", "instruct", "coach", "educat", "mentor"),
    ("keep", "kept", "maintain", "run", "running", "manag", "host", "hold", "held", "stor", "administ", "operat",
     "archiv", "record", "enter", "updat"),
    # planning a course is deciding what it holds and designing it: "Courses should be planned with employers"
    ("decid", "decis", "determin", "set", "choos", "chose", "fix", "agree", "defin", "establish", "approv",
     "consent", "plan", "planned", "planning"),
    ("write", "writing", "written", "wrote", "draw", "drawn", "design", "develop", "draft", "formulat", "shap", "defin",
     "co-design", "creat", "plan", "planned", "planning"),
    ("issu", "award", "grant", "deliver", "confer", "sign", "certif"),
    ("overs", "supervis", "monitor", "regulat", "govern", "control", "inspect", "steer", "coordinat"),
    ("offer", "provid", "deliver", "organis", "organiz", "run", "teach"),
    ("check", "verif", "confirm", "validat", "inspect", "review", "audit", "monitor", "accredit", "approv",
     "examin"),
    ("control", "govern", "decid", "own", "consent", "access", "shar", "disclos", "permission", "see", "run",
     "manag", "host", "operat", "keep", "kept"),
    ("appeal", "complain", "hear", "heard", "hearing", "review", "ombuds", "tribunal", "dispute"),
    # being asked is being consulted ("Employers should be asked what each course must teach"), asking is not
    ("involv", "consult", "asked", "particip", "take part", "sit on", "seat", "represent", "member", "partner",
     "includ", "together", "jointly", "working group", "approv", "co-design", "codesign", "co-decid", "co-writ",
     "co-creat", "co-develop"),
    ("decid", "select", "choos", "chose", "pick", "admit"),
    ("translat", "interpret"),
)  # fmt: skip
# pay that is a wage, not paying for anything: "move up a grade on the pay scale", "during paid working hours",
# "paid educational leave", "paid staff" (on thirty labelled sets, twelve sentences of a who-pays question speak of
# pay only so, none of them an answer)
_WAGE = re.compile(
    r"\bpay\s+(?:scales?|grades?|rises?|increases?|levels?|bands?|slips?|cuts?)\b"
    r"|\bpaid\s+(?:(?:educational|study|training|annual|parental)\s+)?(?:time|leave|hours|working|work|jobs?"
    r"|employment|staff|employees|positions?|days?|holidays?|internships?)\b",
    _I,
)
# words that give someone the task whatever it is: "The agency should be responsible for the register"
_TASK = re.compile(r"\b(?:responsib\w*|in\s+charge|task\w*|role|mandate\w*|remit|lead\w*|duty|duties)\b", _I)


# a passive question's act is its participle: "By whom should practical skills be assessed?"
_PASSIVE = re.compile(r"\bbe\s+(?P<verb>[a-z]{3,}(?:ed|en|wn|pt|ld|id|ne))\b", _I)
# "contribute to setting", "help with writing": the act helped with is asked as well
_GERUND = re.compile(r"\b(?:in|on|for|when|while|by|to|with)\s+(?P<verb>[a-z]{3,}ing)\b", _I)


def asked_act(question: str) -> str | None:
    """The verb a "who" question asks about ("pay" in "Who should pay for ...?", "assessed" in "By whom should
    skills be assessed?"), lower case; None when it asks about no act ("Who are the learners?")."""
    match = _ASKED.search(question)
    if not match:
        return None
    for idiom, act in _IDIOMS:
        if idiom.search(question):
            return act
    passive = _PASSIVE.search(question, match.start())
    if passive and re.fullmatch(_SKIPPED, passive.group("verb") + " ", _I):
        passive = None  # "be allowed to run": the act is running
    verb = (passive or match).group("verb").lower()
    return None if verb in _NOT_ACTS else verb


@lru_cache(maxsize=1024)  # asked of every candidate sentence of a question: read once per question
def _asked_acts(question: str) -> tuple[str, ...]:
    """The act asked about and the acts it is done in ("be involved in designing" is also about designing), when
    the act is one the groups know: a word read as the verb that is none ("Who should public money reach?") must
    never turn an answer away."""
    verb = asked_act(question)
    # "Who should help (to) choose ...?" asks who takes part in choosing: "Teachers should help write the content
    # together with the companies" takes part; helping do an act the groups do not know ("help state what ...") is
    # still taking part
    helping = ("involved",) if _HELPS.search(question) else ()
    if verb is not None and helping and not _known(verb):
        return helping
    if verb is None or not _known(verb):
        return ()
    return (verb, *(m.group("verb").lower() for m in _GERUND.finditer(question)), *helping)


_HELPS = re.compile(r"\bhelp(?:s|ed|ing)?\s+(?:to\s+)?(?P<verb>[a-z]{3,})\b", _I)


# a question on taking part: "Which bodies should help to choose ...", "be involved in", "take part in", "have a say"
_TAKING_PART = re.compile(
    r"\bhelp(?:s|ing)?\s+(?:to\s+)?[a-z]{3,}|\btake\s+part\b|\bbe\s+involved\b|\bparticipat\w*|\bcontribut\w*\s+to\b|"
    r"\bhave\s+a\s+say\b|\bbe\s+consulted\b",
    _I,
)


def asks_taking_part(question: str) -> bool:
    """Whether ``question`` asks who should take part in an act rather than who should do it alone: a group of people
    who are no institution ("the growers", "owners of workshops") can take part in choosing what a course teaches."""
    return bool(_TAKING_PART.search(question))


def _helps_act(sentence: str) -> bool:
    """Whether ``sentence`` has someone help do an act the groups know ("should help decide what each course
    covers", "help to write"): helping do it is taking part; helping someone ("help learners find a job") is not."""
    return any(_known(m.group("verb").lower()) for m in _HELPS.finditer(sentence))


@lru_cache(maxsize=1024)
def _act_stems(question: str) -> tuple[str, ...]:
    """The word beginnings that speak of the question's acts (:func:`_stems` of each)."""
    return tuple(s for verb in _asked_acts(question) for s in _stems(verb))


def _known(verb: str) -> bool:
    return any(_meets(verb, w) or verb.startswith(w[:5]) for g in _GROUPS for w in g if " " not in w and len(w) >= 3)


def _stems(verb: str) -> tuple[str, ...]:
    own = verb[:5] if len(verb) > 5 else verb.rstrip("e") if len(verb) > 3 else verb
    kin = [g for g in _GROUPS if any(verb.startswith(w) or w.startswith(own) for w in g)]
    return (own, *(w for g in kin for w in g))


def kin_acts(verb: str) -> tuple[str, ...]:
    """The word beginnings of the acts of ``verb``'s own kind: every group holding a word of its family ("contribute"
    is of "contribut", so of paying; "verify" of checking and assessing), nothing for a verb no group knows. Tighter
    than :func:`_stems`, which also takes groups by the verb's first letters ("control" would reach "contribut")."""
    verb = verb.lower()
    kin = [g for g in _GROUPS if any(" " not in w and len(w) >= 3 and _meets(verb, w) for w in g)]
    return tuple(dict.fromkeys(w for g in kin for w in g if " " not in w))


def speaks_of(word: str, stems: tuple[str, ...]) -> bool:
    """Whether ``word`` is of the family of one of ``stems`` (short stems only by their inflections)."""
    return any(_meets(word.lower(), s) for s in stems)


def act_unsaid(question: str, sentence: str) -> bool:
    """Whether ``question`` asks who does an act and ``sentence`` never speaks of it: neither the act in any form,
    nor an act of its kind, nor a task given to someone."""
    acts = _asked_acts(question)
    if not acts or _TASK.search(sentence) or not FINITE.search(sentence):
        return False  # a bare answer ("An independent panel of the agency.") says whom, not what else they do
    if any(idiom.search(sentence) and any(_meets(act, a[:5]) for a in acts) for idiom, act in _IDIOMS):
        return False
    words = _verbs_possible(re.findall(r"[a-z][a-z-]*", _WAGE.sub(" ", sentence).lower()))
    text = " ".join(words)
    if "involv" in _act_stems(question) and _helps_act(sentence):
        return False  # taking part, asked, is helping do an act
    for stem in _act_stems(question):
        if " " in stem:
            if stem in text:
                return False
        elif any(_meets(w, stem) for w in words):
            return False
    return True


# "own" after a possessive is the adjective ("its own certificates", "the learner's own record"), never owning
_POSSESSIVES = frozenset("its their his her our your my one's s".split())


def _verbs_possible(words: list[str]) -> list[str]:
    """The sentence's words without an adjective "own" (the possessive's "s" of "learner's" is a word of its own
    here), so that it meets no act of keeping or controlling."""
    return [w for k, w in enumerate(words) if not (w == "own" and k and words[k - 1] in _POSSESSIVES)]


_SHORT_ENDINGS = ("", "s", "d", "ed", "es", "e", "ing", "er", "ers")


def _meets(word: str, stem: str) -> bool:
    """A word of the stem's family: any word it begins, or for a short stem ("fee", "pay", "test") only its own
    inflections ("fees", "tested"), so "feedback" is no fee and "market" no mark."""
    if len(stem) > 4:
        return word.startswith(stem)
    return word.startswith(stem) and word[len(stem) :] in _SHORT_ENDINGS
