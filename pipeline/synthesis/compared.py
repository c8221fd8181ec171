"""Points of divergence found by comparing values: per guiding question, each contributor's answer read as a value.

Per section and guiding question that asks for a value (:func:`pipeline.synthesis.values.value_kind`):
1. the sentences of the section's evidence that answer the question are those the drafter's answer model
   (:mod:`pipeline.drafting.drafters.answering`) scores at least ``answer_floor``, or that are at least ``close``
   to the question in meaning, and that give a value of the asked kind; below both, a sentence giving a mode
   with a modal of duty still answers at ``mode_close`` (:func:`admitted_below`);
2. each contributor's value is read from their own answering sentences; a contributor giving two values that
   differ gives none (mixed: abstain); a contributor saying both yes and no to a question, or leaning the other
   way in a hedged or conditional sentence, leaves it without a point;
3. contributors giving one value form a group; the two largest groups whose values differ
   (:func:`pipeline.synthesis.values.differ`) are a point's sides, and any other group differing from every side
   is one more side. Groups giving one value never make a point: that is an agreement. Each side quotes only its
   own contributors, each in their own sentence.
Points of the other engine (:mod:`pipeline.synthesis.divergence`) come first: a question it already holds a
point under, or contributors it already sets against each other, gets no second point from here
(:func:`merged`); unless its point under that question sets against each other two contributors who give one
and the same value to it here, which is an agreement: then this point stands in its place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from pipeline.drafting.drafters.answering import AnswerModel, features
from pipeline.drafting.drafters.candidates import candidates
from pipeline.drafting.outline import SectionSpec
from pipeline.model import Evidence
from pipeline.synthesis.bare_answers import plain_answer
from pipeline.synthesis.claims import Claim
from pipeline.synthesis.placement import label_of
from pipeline.synthesis.points import Divergence, Position
from pipeline.synthesis.positions import people
from pipeline.synthesis.values import Value, differ, read_value, value_kind, word_families

_KIND_OF_POINT = {
    "quantity": "number", "actor": "actor", "mode": "stance", "yesno": "stance", "way": "stance", "charge": "stance"
}  # fmt: skip


@dataclass(frozen=True)
class Answer:
    """One contributor's sentence answering a question, with the value it gives and how well it answers."""

    claim: Claim
    value: Value
    score: float  # the answer model's probability
    closeness: float = 0.0  # cosine to the question


def _group_key(value: Value) -> tuple:
    """What makes two values one: a quantity's unit and figures (not its bound word), an actor and its sign, the
    modes held, yes or no."""
    if value.kind == "quantity":
        return value.key[:3]
    return value.key


def contributor_values(answers: Sequence[Answer]) -> dict[str, list[Answer]]:
    """Each contributor's answers, best first; a contributor whose answers give values that differ, or that are
    not one value, is left out (mixed)."""
    by_voice: dict[str, list[Answer]] = {}
    for a in sorted(answers, key=lambda a: -a.score):
        by_voice.setdefault(a.claim.voice, []).append(a)
    return {
        voice: held
        for voice, held in by_voice.items()
        if len({_group_key(a.value) for a in held}) == 1
        and not any(differ(x.value, y.value) for x in held for y in held)
    }


def held_values(answers: Sequence[Answer]) -> dict[str, tuple]:
    """Each person's value (by :func:`_group_key`), for those who give one value."""
    return {
        person: _group_key(held[0].value)
        for voice, held in contributor_values(answers).items()
        for person in people(voice)
    }


def value_sides(answers: Sequence[Answer]) -> list[list[Answer]]:
    """The sides of a point among ``answers`` (see the module); empty when they agree or nobody gives one value,
    and, of a yes or a no, when anyone says both (their reading is in doubt, so the point is)."""
    said: dict[str, set[tuple]] = {}
    for a in answers:
        if a.value.kind == "yesno":
            said.setdefault(a.claim.voice, set()).add(a.value.key)
    if any(len(keys) > 1 for keys in said.values()):
        return []
    groups: dict[tuple, list[Answer]] = {}
    for held in contributor_values(answers).values():
        groups.setdefault(_group_key(held[0].value), []).extend(held)
    ordered = sorted(groups.values(), key=lambda g: (-len({a.claim.voice for a in g}), -max(a.score for a in g)))

    def apart(g: list[Answer], h: list[Answer]) -> bool:
        return all(differ(a.value, b.value) for a in g for b in h)

    pairs = [(i, j) for i in range(len(ordered)) for j in range(i + 1, len(ordered)) if apart(ordered[i], ordered[j])]
    if not pairs:
        return []
    first, second = pairs[0]
    sides = [ordered[first], ordered[second]]
    for n, group in enumerate(ordered):
        if n not in (first, second) and all(apart(group, side) for side in sides):
            sides.append(group)
    if len({p for side in sides for a in side for p in people(a.claim.voice)}) < 2:
        return []
    return sides


def _point(section_id: str, question: str, sides: list[list[Answer]], relevance: float) -> Divergence:
    positions = []
    for side in sides:
        text = side[0].claim.text
        positions.append(Position(text, tuple(a.claim for a in side), side[0].value.label))
    kind = _KIND_OF_POINT[sides[0][0].value.kind]
    return Divergence(section_id, question, label_of(question, positions), tuple(positions), (kind,), relevance)


# a modal of duty: what a sentence says should be, not what is
_DUTY = re.compile(r"\b(?:should|must|shall|ought\s+to|needs?\s+to|ha(?:s|ve)\s+to)\b", re.IGNORECASE)


# what each group of modes is said of: a credential is issued digital or on paper, learning or an assessment is
# done online or in person ("a link to check the certificate online" says nothing of how courses are taught)
_MATTER = {
    "medium": re.compile(r"\b(?:certificates?|credentials?|badges?|diplomas?|cards?|micro-credentials?)\b", re.I),
    "delivery": re.compile(
        r"\b(?:courses?|training|classes|lessons?|teaching|learning|studies|study|assessments?|exams?|examinations?|"
        r"tests?|modules?|programmes?|programs?)\b",
        re.I,
    ),
}


def admitted_below(value: Value, text: str) -> bool:
    """Whether a sentence scored below the answer gate still answers with ``value``: a mode (of a closed lexicon of
    general words, named by the question itself) said with a modal of duty, of the matter its group of modes is
    about ("jobseekers should receive a printed certificate"). Measured on thirty development sets (BENCHMARKS
    section 101): a lower bar for any value let figures of the asked unit from other matters make false points;
    for modes it made none."""
    matter = _MATTER.get(value.key[0]) if value.kind == "mode" else None
    return matter is not None and bool(matter.search(text)) and bool(_DUTY.search(text))


def section_value_points(
    section: SectionSpec,
    evidence: Sequence[Evidence],
    voice_of: dict[str, str],
    model: AnswerModel,
    embed: Callable[[Sequence[str]], np.ndarray],
    answer_floor: float,
    close: float,
    salient: Callable[[str], frozenset[str]],
    mode_close: float | None = None,
) -> tuple[list[Divergence], dict[str, dict[str, tuple]]]:
    """The points of one section's questions found by comparing values (see the module), and per question each
    person's value (:func:`held_values`). ``mode_close``: the cosine at which a sentence below both bars still
    answers, when it gives a mode with a modal of duty (:func:`admitted_below`); None: no such sentence does."""
    asked = [q for q in section.questions if value_kind(q) is not None]
    if not asked or not evidence:
        return [], {}
    cands = candidates(evidence)
    if not cands:
        return [], {}
    vectors = embed([c.text for c in cands])
    questions = list(section.questions)
    question_vecs = embed(questions)
    titled = embed([f"{section.title}. {q}" for q in questions])
    passages = [e.text for e in evidence]
    out: list[Divergence] = []
    values: dict[str, dict[str, tuple]] = {}
    for qi, question in enumerate(questions):
        if question not in asked:
            continue
        rivals = question_vecs[[k for k in range(len(questions)) if k != qi]]
        rows = features(question, question_vecs[qi], titled[qi], cands, vectors, passages, rivals)
        probs = model.probability(model.extend(rows, question_vecs[qi], vectors))
        closeness = vectors @ question_vecs[qi]
        answers = []
        leanings: dict[str, set[int]] = {}
        for c, p, cos in zip(cands, probs, closeness, strict=True):
            below = p < answer_floor and cos < close
            if below and (mode_close is None or cos < mode_close):
                continue
            voice = voice_of.get(c.evidence.file) or c.evidence.contributor or c.evidence.file
            leaning = None if below else plain_answer(c.text, question, salient, word_families, leaning=True)
            if leaning is not None:
                leanings.setdefault(voice, set()).add(leaning)
            value = read_value(question, c.text, salient)
            if value is None or (below and not admitted_below(value, c.text)):
                continue
            answers.append(Answer(Claim(c.text, c.evidence, voice), value, float(p), float(cos)))
        values[question] = held_values(answers)
        # a yes in one sentence and a no in another, one of them hedged or conditional ("should be levelled when
        # they are large" / "should not be levelled at all"): the contributor speaks both ways, so no point
        torn = any(len(signs | {a.value.key[0] for a in answers if a.claim.voice == v and a.value.kind == "yesno"}) > 1
                   for v, signs in leanings.items())  # fmt: skip
        sides = [] if torn else value_sides(answers)
        if sides:
            out.append(_point(section.id, question, sides, max(a.closeness for side in sides for a in side)))
    return out, values


def _opposed_pairs(d: Divergence) -> set[frozenset[str]]:
    sides = [{p for v in pos.voices for p in people(v)} for pos in d.positions]
    return {frozenset((a, b)) for i, x in enumerate(sides) for y in sides[i + 1 :] for a in x for b in y if a != b}


def _agreeing(d: Divergence, values: dict[str, tuple]) -> bool:
    """Whether point ``d`` sets against each other two people who give its question one and the same value."""
    return any(
        len({values.get(p) for p in pair} - {None}) == 1 and all(p in values for p in pair)
        for pair in _opposed_pairs(d)
    )


def merged(
    register: Sequence[Divergence], compared: Sequence[Divergence], values: dict[str, dict[str, tuple]]
) -> list[Divergence]:
    """The register with the points found by comparing values added where it holds none: not under a question it
    already holds a point under, and not between contributors it already sets against each other. A point of the
    register opposing two people who give its question one value (``values``: per question, each person's) gives
    way to the point found here under that question."""
    replacing = {d.question for d in compared}
    register = [d for d in register if not (d.question in replacing and _agreeing(d, values.get(d.question, {})))]
    out = list(register)
    questions = {d.question for d in register}
    pairs = set().union(*(_opposed_pairs(d) for d in register)) if register else set()
    for d in compared:
        if d.question in questions or _opposed_pairs(d) & pairs:
            continue
        out.append(d)
        questions.add(d.question)
        pairs |= _opposed_pairs(d)
    return out


def in_order(register: Sequence[Divergence], result: Sequence[Divergence], sections: Sequence[str]) -> list[Divergence]:
    """``result`` (from :func:`merged`) with the register's own order kept, its unplaced points included, and each
    added point after the last point of its section or of one before it (``sections``: the outline's ids in order)."""
    order = {s: n for n, s in enumerate(sections)}
    out = [d for d in register if any(d is r for r in result)]
    for d in (d for d in result if not any(d is r for r in register)):
        rank = order.get(d.section_id, len(order))
        out.insert(max((n + 1 for n, r in enumerate(out) if order.get(r.section_id, len(order)) <= rank), default=0), d)
    return out
