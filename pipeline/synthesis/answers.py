"""Yes and no read from claims that answer one yes-or-no guiding question closely.

"Should workers have a right to paid time off to study?" is answered yes by "employers must grant paid training
leave of at least 20 hours a year" and no by "whether an employee gets time off is a matter for the employer and
the employee to settle", though the two share no key word: the question is what makes them two answers to one
matter. A claim's answer is read from the force it names, never from its words' topic:
- an obligation (a modal of duty, a named force: :mod:`pipeline.synthesis.modality`) answers yes;
- leaving the matter to someone's choice (optional, voluntary, "left to", "a matter for ... to settle") answers a
  question of duty ("should", "must") no; a question of possibility ("can", "may") it answers neither way, since
  what is left to choice is also allowed;
- anything else answers neither way: a bare "may" or "allowed to" permits what a question of duty does not ask,
  and a claim's polarity alone (tried over the development sets) opposed claims on other predicates that share
  only the field's common words with the question ("should stay outside the framework" against "should add up
  to a full qualification" under "Can several micro-credentials be combined into a larger qualification?").
A claim restricted by "only", or rebutting a fact, answers neither way (it says yes for some and no for the
others). Two claims of different contributors are opposed only when both are close in meaning to the question
(``bar``, well above the relevance that admits a claim to a question at all), both state a word of the
question's own matter in their predicate, and they answer it differently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from pipeline.synthesis.alternatives import alternatives
from pipeline.synthesis.bridge import predicate_of
from pipeline.synthesis.matter import QUANTIFIERS
from pipeline.synthesis.modality import OBLIGATION, OPTION, bare_force, deontic
from pipeline.synthesis.polarity import rebuttal, restricted, stance_clause

# A modal first, one predicate asked ("X or Y" as two ways is the alternatives' module's, a noun phrase's "or" is
# not: "a complete degree or qualification"). A question of fact ("Is there a minimum size?", "Do providers ...?")
# is not answered by a duty: "require a documented mapping" says no yes to it.
_ASKS = re.compile(r"^(?:should|must|shall|ought|can|could|may|might)\s[^?]+\?\s*$", re.IGNORECASE)
_POSSIBILITY = re.compile(r"^(?:can|could|may|might)\b", re.IGNORECASE)


def asks_yes_no(question: str) -> bool:
    """Whether ``question`` asks yes or no of one predicate: it opens with a modal and sets no two ways of acting
    side by side ("Must it be held in person, or may it be taken online?" sets two)."""
    plain = question.strip()
    return bool(_ASKS.match(plain)) and alternatives(plain) is None


def answer(text: str, question: str) -> int | None:
    """The answer a claim gives a yes-or-no ``question``: +1 yes, -1 no, None when its grammar says neither
    clearly (see the module's note)."""
    if restricted(text) or rebuttal(text):
        return None
    force = deontic(text)
    if force is None:
        bare = bare_force(text)
        # "must grant paid leave" binds; a bare "may" or "allowed to" only permits, which a question of duty
        # does not ask and a question of possibility asks of another predicate often enough to be unclear
        force = OBLIGATION if bare is not None and bare[0] == OBLIGATION else None
    if force == OBLIGATION:
        return 1
    if force == OPTION:
        return None if _POSSIBILITY.match(question.strip()) else -1
    return None


# A choice of one thing about the matter ("free to choose the date of their assessment"): what is chosen is the
# head of the noun phrase, not what follows its "of" (the assessment itself is no choice there).
_CHOSEN = re.compile(
    r"^(?P<head>(?:choose|decide|select|pick|set|determine|fix)\s+(?!whether\b|if\b|between\b)[^,;:]*?)\s+"
    r"(?:of|for|within|in|at|on|by)\b",
    re.IGNORECASE,
)


def predicate(text: str) -> str:
    """What a claim says its subject should do or be: the predicate its modal force binds or frees ("grant paid
    training leave ..."; of a choice, what is chosen: "choose the date"), else what follows its modal or its verb
    of rejection, else its stance clause."""
    bare = bare_force(text)
    if bare is not None:
        chosen = _CHOSEN.match(bare[1])
        return chosen.group("head") if chosen else bare[1]
    split = predicate_of(text)
    return split[1] if split is not None else stance_clause(text)


def yes_no_conflicts(
    claims: Sequence[Any],
    rel: Sequence[float],
    question: str,
    bar: float,
    salient: Callable[[str], frozenset],
    taken: set[tuple[int, int]],
    apart: Callable[[str, str], bool],
) -> dict[tuple[int, int], tuple[int, int]]:
    """Pairs of claims of different contributors that answer the yes-or-no ``question`` differently, beyond the
    pairs ``taken`` and those ``apart`` says are about two kinds of actor; each pair maps to its claims' answers.
    Both claims are at least ``bar`` close to the question and hold one of its salient words in their predicate
    (:func:`predicate`): "riding schools should be free to choose between a printed card and a digital one" is no
    answer to whether they should report their badges, however close the two are in meaning."""
    if not asks_yes_no(question):
        return {}
    asked = salient(question) - QUANTIFIERS
    if not asked:
        return {}
    answers = [
        answer(c.text, question) if r >= bar and asked & salient(predicate(c.text)) else None
        for c, r in zip(claims, rel, strict=True)
    ]
    out: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            ai, aj = answers[i], answers[j]
            if ai is None or aj is None or ai == aj or (i, j) in taken or claims[i].voice == claims[j].voice:
                continue
            if apart(claims[i].text, claims[j].text):
                continue
            out[(i, j)] = (ai, aj)
    return out
