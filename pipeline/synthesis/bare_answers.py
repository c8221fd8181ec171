"""Yes and no said with a bare modal of duty, read as the answer to one yes-or-no guiding question of duty.

"Badges should state the hours of practice" answers "Should badges state the hours of practice?" yes, and "No
badge should state the hours" answers it no, though neither names a force (:mod:`pipeline.synthesis.answers` reads
only a named one, because a claim's polarity alone once opposed claims on different predicates). So the reading
here is held to the question's own subject and predicate (the rule, written before the code, is in
``docs/divergence-bare-yes-no.md``):
- the question asks a duty ("Should ...?", "Must ...?") and holds no negation of its own;
- the sentence has exactly one modal of duty ("should", "must", "shall", "ought to", "needs to", "has to", or
  "need not") with a subject before it; a sentence without one describes, it does not say what should be;
- its subject shares a word with the question's subject and adds none the question lacks (a narrowed subject
  says yes for some only), its predicate states the act asked (when the question asks one, not a state) and holds
  more than half of the question's other key words (two at least, or all when the question asks one or two);
- a negation scoping over the predicate ("should not", "must never", "need not", "no X should") answers no, none
  answers yes; under a question whether the subject expires, giving it a date of expiry ("should state an expiry
  date") is expiring and carrying none ("should never carry an end date", "should bear no expiry date") is not;
  a negation inside the predicate ("without", "no", "not") is no answer, its scope being unclear;
- a sentence that is hedged, conditional, restricted ("only"), reported ("some argue", "according to") or asks a
  question answers nothing: it says yes for some and no for others, or it is somebody else's view.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.synthesis.matter import QUANTIFIERS

_I = re.IGNORECASE

_DUTY_QUESTION = re.compile(r"^\s*(?:should|must|shall|ought)\b", _I)
_NEGATION = re.compile(r"\b(?:not|no|never|none|nothing|nobody|neither|nor|without|cannot)\b|n['’]t\b", _I)

# one modal of duty, with the negation that scopes over what follows it
_MODAL = re.compile(
    r"\b(?:(?P<modal>should|must|shall|ought\s+to|needs?\s+to|ha(?:s|ve)\s+to)"
    r"(?P<neg>n['’]t\b|\s+(?:not|never)\b)?"
    r"|(?P<neednot>need\s+not|(?:do|does)\s+not\s+need\s+to|(?:don|doesn)['’]t\s+need\s+to))(?=\s)",
    _I,
)
# hedges, conditions, restrictions, reports and other people's views: no plain yes or no
_UNSURE = re.compile(
    r"\b(?:if|unless|provided|as\s+long\s+as|where|when|whenever|once|only|except|perhaps|maybe|possibly|"
    r"probably|arguably|ideally|might|could|may|would|in\s+(?:some|certain|most|many)\s+cases|in\s+principle|"
    r"generally|usually|normally|often|sometimes|depend\w*|case[-\s]by[-\s]case|according\s+to|"
    r"(?:some|others|many|critics|opponents|proponents)\s+(?:\w+\s+)?(?:argue|say|believe|claim|think|hold|feel)|"
    r"it\s+(?:is|was|has\s+been)\s+(?:said|argued|suggested|claimed|proposed)|whether|either)\b|\?",
    _I,
)
# a subject that denies: "no badge should", "none of the badges should", "nothing should"
_DENYING_SUBJECT = re.compile(r"(?:^|\b(?:that|we\s+think|we\s+believe)\s+)(?:no|none|nothing|neither)\b", _I)
# a report of what another person thinks: "employers say that badges should ..." (a first person's frame stays)
_REPORTED = re.compile(
    r"\b(?!we\b|i\b)\w+\s+(?:say|says|said|argue[sd]?|claim(?:s|ed)?|think|thinks|believe[sd]?)\b", _I
)
_END = re.compile(
    r"[,;:.()]|\s[-–—]\s|\s(?:so\s+that|because|since|in\s+order\s+to|as\s+(?:our|their|its|they|we))\b", _I
)
# a predicate keeping its subject out of what is asked: "stay outside the framework", "be kept out of the register"
_KEPT_OUT = re.compile(r"^(?:stay|remain|be\s+kept|be\s+left|be\s+held)\s+(?:\w+\s+)?(?:outside|out\s+of)\s+", _I)


# a predicate giving its subject a date of expiry ("state an expiry date", "carry an end date", "be printed with
# no expiry date"): whether it expires, said of the thing dated; "no" before the date denies it
_DATED = re.compile(
    r"^(?:state|carry|bear|show|print|have|include|display|be\s+(?:issued|printed|given)\s+with)\s+"
    r"(?:(?P<no>no)\s+|an?\s+|its\s+|their\s+)?(?:expiry|expiration|end)\s+dates?\b",
    _I,
)
# two questions in one ("..., and under what conditions?", "... and should they be entered in the register?")
_COMPOUND = re.compile(
    r",\s*(?:and|or)\b|\b(?:and|or)\s+(?:should|must|shall|under|how|what|when|who|which|whether|if|to\s+what)\b", _I
)
# the verbs after which what is asked is a state or an object, not an act ("be free of charge", "have a level")
_LINKS = frozenset({"be", "have", "get", "become", "remain", "stay", "carry", "hold", "receive"})
# "be able to earn", "be allowed to run": the act is what follows
_ABLE = re.compile(r"^be\s+(?:able|allowed|permitted|free)\s+to\s+(?P<verb>[a-z]+)", _I)
_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ed|en|wn|pt|ld|id|ne|ght)$", _I)
# a first person's frame before what is said: "Our central position is that ...", "We think that ..."
_FRAME = re.compile(r"^.*\b(?:that|think|believe|consider|propose|recommend)\s+", _I)


def asks_duty(question: str) -> bool:
    """Whether ``question`` asks a duty of one thing ("Should badges state the hours?"), not two ("..., and
    how?"), and holds no negation of its own (which would turn round what a plain yes or no means)."""
    return bool(_DUTY_QUESTION.match(question)) and not _NEGATION.search(question) and not _COMPOUND.search(question)


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def asked_parts(question: str) -> tuple[str, str | None] | None:
    """A yes-or-no question's subject, and the act it asks of it (a verb, lower case) or None when it asks a state
    or an object ("be free of charge", "have a level", "be placed at a level"). The subject ends at a linking verb
    or after a plural head ("Should several badges | add up to ..."); None when no such end is found (a singular
    subject is not told from its verb without a parser, so nothing is read)."""
    words = re.findall(r"[A-Za-z][\w'’-]*", question)[1:]
    for i in range(1, len(words)):
        word = words[i].lower()
        if word in _LINKS or (_plural(words[i - 1]) and not _plural(word)):
            subject = " ".join(words[:i])
            rest = " ".join(words[i:]).lower()
            able = _ABLE.match(rest)
            if able:
                return subject, able.group("verb")
            if word in _LINKS:
                return subject, None
            return subject, word
    return None


def split(text: str) -> tuple[str, str, bool] | None:
    """A sentence's subject, the predicate its one modal of duty binds, and whether a negation scopes over that
    predicate; None when it has no such modal, two, or a subject that is not one clause's."""
    found = list(_MODAL.finditer(text))
    if len(found) != 1:
        return None
    match = found[0]
    subject = re.split(r"[,;:]", text[: match.start()])[-1].strip()
    rest = text[match.end() :]
    end = _END.search(rest)
    predicate = (rest[: end.start()] if end else rest).strip()
    if not subject or not predicate:
        return None
    denied = bool(match.group("neg") or match.group("neednot"))
    if _DENYING_SUBJECT.search(subject):
        if denied:
            return None  # "no badge should not ...": too subtle to read
        denied = True
        subject = _DENYING_SUBJECT.sub("", subject).strip()
    return subject, predicate, denied


def plain_answer(
    text: str,
    question: str,
    salient: Callable[[str], frozenset[str]],
    words: Callable[[str], frozenset[str]],
    *,
    leaning: bool = False,
) -> int | None:
    """+1 when ``text`` says with a bare modal that the question's subject should do what the yes-or-no
    ``question`` asks, -1 when it says it should not, None otherwise (see the module). ``salient``: a text's key
    words (the predicate must hold the question's); ``words``: all its topic words (the subject must share one).
    ``leaning``: the way a hedged or conditional sentence leans ("should be levelled when they are large" leans
    yes), never an answer, only to tell whether a contributor speaks both ways."""
    if not asks_duty(question) or (_UNSURE.search(text) and not leaning) or _REPORTED.search(text):
        return None
    parts = split(text)
    if parts is None:
        return None
    subject, predicate, denied = parts
    asked_of = asked_parts(question)
    if asked_of is None:
        return None
    kept_out = _KEPT_OUT.match(predicate)
    if kept_out:  # "stay outside the framework" denies being in it
        if denied:
            return None
        denied, predicate = True, predicate[kept_out.end() :]
    dated = _DATED.match(predicate) if asked_of[1] and asked_of[1].startswith("expir") else None
    if dated:  # "should state an expiry date" says it expires; "should never carry an end date" that it does not
        if dated.group("no") and denied:
            return None
        denied, predicate = denied or bool(dated.group("no")), asked_of[1]
    if _NEGATION.search(predicate):
        return None  # "should be issued without a fee", "should carry no date": the negation's scope is unclear
    question_words = words(question) - QUANTIFIERS
    subject_words = words(_FRAME.sub("", subject)) - QUANTIFIERS
    if not subject_words & words(asked_of[0]) or subject_words - question_words:
        # said of another subject ("employers should ..." answers nothing asked of badges), or of some of it only
        # ("badges for adults should ...": yes for some, no word on the others)
        return None
    verb = asked_of[1]
    if verb is not None and not _PARTICIPLE.match(verb) and not _holds_verb(predicate, verb):
        return None  # an act asked ("add up to") is not answered by another act on the same object
    asked = salient(question) - QUANTIFIERS - subject_words
    held = asked & salient(predicate)
    # most of what is asked, not one or two of the field's words: "be included in the national qualifications
    # framework" shares two words with "be listed in the national register of qualifications" and answers nothing
    if not asked or len(held) < min(2, len(asked)) or 2 * len(held) <= len(asked) and len(asked) > 2:
        return None
    return -1 if denied else 1


def _holds_verb(predicate: str, verb: str) -> bool:
    """Whether ``predicate`` states the act ``verb`` in some form ("count", "counts", "counted")."""
    stem = verb[:5] if len(verb) > 5 else verb.rstrip("e")
    return re.search(rf"\b{re.escape(stem)}", predicate, _I) is not None
