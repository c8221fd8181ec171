"""Alternatives a guiding question sets side by side, and claims that choose between them.

"Must final assessments be held in person, or may they be taken online?" names two ways of doing one thing; a
claim that obliges one ("final assessments must be taken in person") and a claim that allows or obliges the other
("final assessments may be taken online ...") cannot both be followed, though neither denies the other's words.
Only the question can say that "in person" and "online" exclude each other: two adjuncts are not opposed by
themselves ("must be taken in person" and "may be taken at the weekend" can both hold). So the pairing is read
from a question of the form "..., or ...?" whose two parts each end in their own content word, and from claims
whose modal predicate holds the word of one part and not the other's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.synthesis.matter import family
from pipeline.synthesis.modality import OBLIGATION, bare_force

# "Must X ..., or may Y ...?": two interrogative clauses, each opening with its own auxiliary, joined by "or"; an
# "or" inside a noun phrase ("a degree or a full diploma", "level 4 or level 5") joins no two ways of acting
_AUXILIARY = r"(?:must|should|shall|may|might|can|could|would|will|is|are|was|were|do|does|did|has|have|ought)"
_ALTERNATIVE = re.compile(rf"^(?P<a>{_AUXILIARY}\s[^?]+?),?\s+or\s+(?P<b>{_AUXILIARY}\s[^?]+?)\s*\?\s*$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_FUNCTION = frozenset(
    "a an the this that these those it they them its their of to for in on at by with from be is are was were "
    "been being should must may can could would will shall not no do does did".split()
)
_DENIED = re.compile(r"\b(?:not|never|no|without)\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def alternatives(question: str) -> tuple[str, str] | None:
    """The words that tell a question's two alternatives apart, the last content word of each part ("person",
    "online" for "Must final assessments be held in person, or may they be taken online?"), compared by word
    family; None when the question sets no two ways (no "or", "or not", a part ending in a function word, or the
    same word twice, two clauses not both opening with an auxiliary)."""
    match = _ALTERNATIVE.match(question.strip())
    if match is None:
        return None
    last = []
    for part in (match.group("a"), match.group("b")):
        words = _WORD.findall(part)
        if len(words) < 2 or words[-1].lower() in _FUNCTION:
            return None
        last.append(family(words[-1].lower()))
    if last[0] == last[1]:
        return None
    return last[0], last[1]


def _choice(text: str, pair: tuple[str, str]) -> tuple[int, str, str] | None:
    """Which alternative a claim's modal predicate takes (0 or 1), its force and its subject; None when the
    predicate holds both words or neither, or denies the one it holds ("must never be taken online")."""
    force = bare_force(text)
    if force is None:
        return None
    words = [family(w.lower()) for w in _WORD.findall(force[1])]
    held = [n for n, word in enumerate(pair) if word in words]
    if len(held) != 1:
        return None
    position = words.index(pair[held[0]])
    if _DENIED.search(" ".join(_WORD.findall(force[1])[:position])):
        return None
    return held[0], force[0], force[2]


def opposed_choices(a: str, b: str, question: str) -> tuple[int, int] | None:
    """The alternatives (0 or 1) two claims take when they take different ones of the question's and at least
    one of them obliges its own ("must be taken in person" / "may be taken online"), of one subject (the words of
    one subject in the other's, when both name one); else None. Two options of different ways both hold."""
    pair = alternatives(question)
    if pair is None:
        return None
    ca, cb = _choice(a, pair), _choice(b, pair)
    if ca is None or cb is None or ca[0] == cb[0] or OBLIGATION not in (ca[1], cb[1]):
        return None
    sa, sb = ({family(w.lower()) for w in _WORD.findall(c[2])} - _FUNCTION for c in (ca, cb))
    if sa and sb and not sa & sb:
        return None
    return ca[0], cb[0]


# A question asking yes or no of one predicate ("Must micro-credentials be issued as digital credentials?", "Should
# providers be obliged to report ...?"): it opens with an auxiliary and sets no two things side by side ("or").
_YES_NO = re.compile(rf"^{_AUXILIARY}\s(?![^?]*\bor\b)[^?]+\?\s*$", re.IGNORECASE)


def yes_no(question: str) -> bool:
    """Whether the question asks yes or no of one predicate (an auxiliary first, no "or" in it)."""
    return bool(_YES_NO.match(question.strip()))
