"""What a claim excludes: the way it sets aside ("in hours of learning, and never in credits").

An open question ("How should the workload be expressed?") is answered by ways of doing one thing, and two ways are
not opposed by themselves: "should be stated in ECTS credits" and "should also be given in hours" can both hold. A
claim that sets a way aside after "not" or "never" says which cannot: it denies that way, and a claim prescribing it
in the same words, after the same preposition ("never in credits" against "should be stated in ECTS credits"), is
its opposite. The preposition is what makes the two ways answers to one question: "planned from forecasts, not
from whatever providers offer" sets nothing aside that "providers should offer courses" does.

The one way a claim allows alone ("recorded only as passed or not passed", "held in the official language alone")
would also deny every other way said with its preposition, but read so over the sixteen development sets it paired
dozens of claims that merely share "in" or "as" ("... in the official language alone" against "should be included
in the national qualifications framework"), and no closeness of the two ways in meaning told the true pairs apart:
it is not read.

Read only where both claims answer the question, each prescribes (a modal of duty or permission), and they speak
of one subject (:func:`pipeline.synthesis.modality.shares_subject`, the question's words counting for both); the
register pairs them as a stance conflict, the excluding claim on one side and the other on the other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from pipeline.synthesis.alternatives import yes_no
from pipeline.synthesis.bridge import predicate_of
from pipeline.synthesis.matter import core, family
from pipeline.synthesis.modality import shares_subject
from pipeline.synthesis.polarity import is_normative

_I = re.IGNORECASE
_PREPOSITION = r"(?:in|as|by|at|on|through|via|into|with|under)"
# ", and never in credits", ", not as a grade": the way set aside
_SET_ASIDE = re.compile(rf",\s*(?:and\s+|but\s+)?(?:not|never)\s+(?P<prep>{_PREPOSITION})\s+(?P<what>[^,;:.]+)", _I)
# a clause of its own (a relative, a condition, a reason) says which ones or when, not the way prescribed
_SUBORDINATE = re.compile(
    r"[,\s]+(?:who|whom|whose|which|that|if|when|unless|because|since|so\s+that|as\s+long\s+as)\b[^;:]*$", _I
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_LIGHT = frozenset(
    "a an the this that these those its their his her our your each every any all some of to for in on at by with "
    "from as and or not no never only alone their own country's".split()
)


def _words(phrase: str, n: int = 4) -> frozenset[str]:
    """The content words of a way, its first ``n`` words ("ECTS credits" -> {"ects", "credit"})."""
    return frozenset(family(w.lower()) for w in _WORD.findall(phrase)[:n] if w.lower() not in _LIGHT)


@lru_cache(maxsize=8192)
def excluded(text: str) -> tuple[str, frozenset[str]] | None:
    """The way a claim sets aside: its preposition and content words (``("in", {"credits"})`` for "..., and never
    in credits"); None when it sets none aside."""
    found = _SET_ASIDE.search(_SUBORDINATE.sub(" ", text))
    if found is None:
        return None
    words = _words(found.group("what"))
    return (found.group("prep").lower(), words) if words else None


def _ways(predicate: str, prep: str) -> frozenset[str]:
    """The content words of every way a predicate states with ``prep``, outside what it sets aside."""
    plain = _SET_ASIDE.sub(" ", predicate)
    return frozenset(w for m in re.finditer(rf"\b{prep}\s+([^,;:.]+)", plain, _I) for w in _words(m.group(1)))


def excludes(a: str, b: str) -> bool:
    """Whether claim ``a`` sets aside the way claim ``b`` prescribes (see the module): ``b``'s predicate names it
    after the same preposition, outside a clause of its own."""
    ex = excluded(a)
    if ex is None or not is_normative(b) or excluded(b) is not None:
        return False
    pb = predicate_of(b)
    return pb is not None and bool(ex[1] & _ways(_SUBORDINATE.sub(" ", pb[1]), ex[0]))


def excluding_conflicts(
    claims: Sequence[Any],
    rel: Sequence[float],
    question: str,
    relevance: float,
    taken: set[tuple[int, int]],
) -> dict[tuple[int, int], tuple[int, int]]:
    """Pairs of claims of different contributors that both answer the open ``question`` (``rel`` >=
    ``relevance``), where one excludes the way the other prescribes, of one subject, beyond the pairs ``taken``;
    each pair maps to the signs of its claims (+1 the excluding one, -1 the other)."""
    if yes_no(question):
        return {}  # a yes or no is not a way
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if (i, j) in taken or claims[i].voice == claims[j].voice or min(rel[i], rel[j]) < relevance:
                continue
            a, b = claims[i].text, claims[j].text
            for x, y, signs in ((a, b, (1, -1)), (b, a, (-1, 1))):
                if excludes(x, y) and _one_subject(x, y, question):
                    out[(i, j)] = signs
                    break
    return out


def _one_subject(a: str, b: str, question: str) -> bool:
    """Whether each claim's subject that names something has a content word in the other claim or the question."""
    pa, pb = predicate_of(a), predicate_of(b)
    if pa is None or pb is None:
        return False
    for (subject, _), (other_subject, other_predicate) in ((pa, pb), (pb, pa)):
        if not shares_subject(core(subject) if subject else "", f"{other_subject} {other_predicate} {question}"):
            return False
    return True
