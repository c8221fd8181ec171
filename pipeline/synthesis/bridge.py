"""A yes-or-no question as the bridge between two claims worded apart.

"Must micro-credentials be issued as digital credentials?" asks yes or no of one predicate. Two answers to it may
share few words beyond the question's own ("every micro-credential must be issued as a digital credential" /
"providers should be free to choose between a printed certificate and a digital one"; "a micro-credential should
expire after five years" / "we reject any expiry date on micro-credentials"), so closeness in meaning between the
claims says too little. The question says more: when both claims answer it, each predicate holds one and the same
rare word of it, and they speak of one subject, they give the two answers, yes and no:
- an obligation against an option said with modal verbs (:func:`pipeline.synthesis.modality.bare_force`);
- a position against its denial (opposite polarity, :func:`pipeline.synthesis.stance.contradiction` said so) that
  was not close enough to pass for one topic by its words alone.

The module needs nothing from :mod:`pipeline.synthesis.divergence` at run time: it is given the run's salient
words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from pipeline.synthesis.alternatives import yes_no
from pipeline.synthesis.matter import QUANTIFIERS, core
from pipeline.synthesis.modality import _content, _inflected, bare_force, names_someone, one_subject, shares_subject
from pipeline.synthesis.polarity import NEGATION, REJECTION, polarity, restricted, stance_clause

# The predicate of a position: after its modal ("should expire after five years"), else after the verb that rejects
# ("we reject any expiry date on ..."); its subject is what stands before.
_OUGHT = re.compile(r"\b(?:should|must|shall|ought\s+to|needs?\s+to|has\s+to|have\s+to)\b", re.IGNORECASE)


_NEGATED_HEAD = re.compile(r"^(?:not|never|no\s+longer|no)\b\s*", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_LIGHT = frozenset(
    "a an the this that these those its their his her our your every each any all some no not never of to for in "
    "on at by with from be is are was were been being have has get it they there".split()
)


# Fixed phrases whose noun names nothing ("must take place on site" says where it happens, not a place on a
# certificate; "take part", "in place"): left out of a claim's predicate before its words are compared.
_IDIOM = re.compile(r"\b(?:tak(?:e|es|en|ing)|took)\s+(?:place|part)\b|\bin\s+place\b", re.IGNORECASE)


def _words(predicate: str, salient: Callable[[str], frozenset]) -> frozenset:
    return salient(_IDIOM.sub(" ", predicate))


def turning_word(predicate: str) -> str:
    """The word a position turns on: the first content word of its predicate, its verb or the head of what it
    rejects ("expire after five years ..." -> "expire"; "any expiry date on micro-credentials" -> "expiry"),
    without a negation before it."""
    words = [w for w in _WORD.findall(_NEGATED_HEAD.sub("", predicate)) if w.lower() not in _LIGHT]
    return words[0] if words else ""


def predicate_of(text: str) -> tuple[str, str] | None:
    """The subject and the predicate of a position in its stance clause: ``("A micro-credential in a
    safety-critical skill", "expire after five years ...")`` for "... should expire after five years", ``("We",
    "any expiry date on micro-credentials")`` for "We reject any expiry date on micro-credentials". None when the
    clause has neither a modal of duty nor a verb of rejection."""
    clause = stance_clause(text)
    found = _OUGHT.search(clause) or REJECTION.search(clause)
    if found is None:
        return None
    return clause[: found.start()].strip(), clause[found.end() :].strip()


def _denies(text: str, predicate: tuple[str, str]) -> bool:
    """Whether a position says yes or no of its predicate outright: an affirmative claim whose predicate holds no
    negation, or a negative one whose negation opens its predicate ("should never expire") or that rejects it ("we
    reject any expiry date"); not a claim negative only by "only" or by a negation further on ("allowed to take
    the assessment ... whenever the skill does not depend on language")."""
    if restricted(text):
        return False
    if polarity(text) > 0:
        return not NEGATION.search(predicate[1])
    rejected = REJECTION.search(stance_clause(text))
    return (
        bool(_NEGATED_HEAD.match(predicate[1]))
        or rejected is not None
        and predicate[1].startswith(stance_clause(text)[rejected.end() :].strip())
    )


def _one_subject(a: tuple[str, str], b: tuple[str, str], question: str) -> bool:
    """Whether two positions speak of one subject: each subject that names something ("a micro-credential in a
    safety-critical skill"; not "we" or a frame) has a content word in the other claim or in the question, as
    :func:`pipeline.synthesis.modality.one_subject` asks of two modal claims."""
    for (subject, _), (other_subject, other_predicate) in ((a, b), (b, a)):
        if not shares_subject(core(subject) if subject else "", f"{other_subject} {other_predicate} {question}"):
            return False
    return True


def acted_on(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    """Whether the people one modal claim binds or frees (``a``'s subject, :func:`pipeline.synthesis.modality.
    bare_force`) are who the other claim's predicate acts on, named by all their words, while the other's subject
    names what acts (no pronoun): "an employer representative must take part in every final assessment" and "institutes
    may invite a representative of a care employer to the final assessment" speak of one party, whom the
    institutes may or may not bring in."""
    subject, other_subject = core(a[2]) if a[2] else "", core(b[2]) if b[2] else ""
    words = _content(subject)
    if not words or not names_someone(subject) or not _content(other_subject):
        return False
    predicate = _content(b[1])
    return all(any(_inflected(w, v) for v in predicate) for w in words)


def bridged_conflicts(
    claims: Sequence[Any],
    rel: Sequence[float],
    question: str,
    relevance: float,
    salient: Callable[[str], frozenset],
    taken: set[tuple[int, int]],
    denials: set[tuple[int, int]],
) -> dict[tuple[int, int], str | None]:
    """Pairs of claims of different contributors the yes-or-no ``question`` opposes, beyond the pairs ``taken``:
    each pair maps to the force of its claims' modal verbs for an obligation against an option (``"obligation"``
    or ``"option"`` of the first claim), or None for a position against its denial (from ``denials``, the pairs
    whose polarities oppose but whose words were not close enough). Both claims answer the question
    (``rel`` >= ``relevance``), each predicate holds one and the same rare word of it, of one subject."""
    if not yes_no(question):
        return {}
    asked = salient(question) - QUANTIFIERS
    if not asked:
        return {}
    bare = [bare_force(c.text) for c in claims]
    out: dict[tuple[int, int], str | None] = {}
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if (i, j) in taken or claims[i].voice == claims[j].voice or min(rel[i], rel[j]) < relevance:
                continue
            fi, fj = bare[i], bare[j]
            if fi is not None and fj is not None and fi[0] != fj[0]:
                if asked & _words(fi[1], salient) & _words(fj[1], salient) and (
                    one_subject(claims[i].text, claims[j].text, question) or acted_on(fi, fj) or acted_on(fj, fi)
                ):
                    out[(i, j)] = fi[0]
                continue
            if (i, j) not in denials:
                continue
            pi, pj = predicate_of(claims[i].text), predicate_of(claims[j].text)
            if pi is None or pj is None or not _denies(claims[i].text, pi) or not _denies(claims[j].text, pj):
                continue
            # the word of the question is what both turn on, not a word further on ("must never be used as a reason
            # to pay a worker less than agreed for the full qualification" turns on using, not on qualifications;
            # "should name the employer" and "should never cost the employer anything" on naming and costing)
            if not asked & salient(turning_word(pi[1])) & salient(turning_word(pj[1])):
                continue
            if _one_subject(pi, pj, question):
                out[(i, j)] = None
    return out
