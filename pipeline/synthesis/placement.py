"""Where a point of divergence goes and what it is called: the question of the whole outline its sides answer
best, each point stated once, and a label made of that question and what each side holds.

A point is found under every question whose evidence holds it; :func:`placed` puts it under the one its sides
answer and drops the repeats. Points and the search's shared state are passed in (``run`` gives embeddings and a
claim's salient words), so this module needs nothing from :mod:`pipeline.synthesis.divergence` at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np

from pipeline.drafting.drafters.answer_type import answers_type, asked_type
from pipeline.drafting.drafters.answering import key_terms
from pipeline.drafting.outline import Outline
from pipeline.index.lexical import tokenize
from pipeline.synthesis.amounts import quantities
from pipeline.synthesis.matter import CUE_WORDS, acronyms, neutral
from pipeline.synthesis.polarity import position_sign, stance_clause
from pipeline.synthesis.roles import asked_role, assignment, named_by_deed
from pipeline.synthesis.stance import stated_amounts
from pipeline.synthesis.ways import asks_of

if TYPE_CHECKING:
    from pipeline.synthesis.divergence import Divergence, Position


def _head(question: str) -> str:
    """The question's first clause, without its question mark ("Who may issue micro-credentials")."""
    head = re.split(r",\s+(?:and|or|if|how|which|what)\b|\?", question, maxsplit=1)[0].strip()
    return head or question.strip()


# A time adjunct names the moment from which an amount counts, not what is measured: "keep records for three
# years after the credential is issued" is about keeping records, not about issuing, and "how long may a provider
# take to issue the credential after the learner passes" about issuing, not about passing. Placement compares
# claims and questions without them.
_TIME_ADJUNCT = re.compile(
    r"[,\s]+(?:(?:after|before|until|following)\s+(?:the|a|an|its|their|his|her|each|every)"
    r"|once\s+(?:the|its|their|his|her))\s+[^,;:.?!]*",  # "once a year" is a frequency, not a moment
    re.IGNORECASE,
)


# A condition that does not matter ("..., whether or not it has a level") names what the claim holds either way:
# it is not what the claim is about.
# (also once its "not" is left out for embedding: "whether or it has a level")
_NO_MATTER_CONDITION = re.compile(
    r"[,\s]+whether\s+or\b[^,;:.?!]*|[,\s]+whether\b[^,;:.?!]*?\bor(?:\s+not)?\s*(?=[,;:.?!]|$)", re.IGNORECASE
)


def _matter(text: str) -> str:
    """``text`` without its time adjuncts ("... for three years after the credential is issued") and its conditions
    that do not matter ("..., whether or not it has a level")."""
    return _NO_MATTER_CONDITION.sub("", _TIME_ADJUNCT.sub("", text)).strip() or text


def label_of(question: str, positions: Sequence[Position]) -> str:
    """The question, then what differs: "Is there a minimum size: minimum 1 ECTS / minimum 3 ECTS / no minimum",
    or for a stance what each side holds in its own words ("Should they be levelled in the NQF: should form part
    of the national qualifications framework / should stay outside the NQF")."""
    differs = " / ".join(p.stance for p in positions)
    return f"{_head(question)}: {differs}" if question else differs


def _same_point(a: Divergence, b: Divergence) -> bool:
    """Two contested points that pit the same claims against each other: one matter found under two questions,
    or as a difference both in number and in stance. One shared claim is not enough, since a claim can take part
    in two matters ("at least 5 ECTS ... should be given an NFQ level" is both a minimum and a view of the NQF)."""
    ca = {c.text: c.voice for p in a.positions for c in p.claims}
    cb = {c.text for p in b.positions for c in p.claims}
    shared = ca.keys() & cb
    if a.kinds != b.kinds and shared:  # a stance argued in amounts only restates the difference in number
        stance = a if "stance" in a.kinds else b
        if all(quantities(c.text) for p in stance.positions for c in p.claims):
            return True
    return len({ca[t] for t in shared}) >= 2 or a.kinds == b.kinds and len(shared) >= 0.5 * min(len(ca), len(cb))


def _joined(kept: Divergence, repeat: Divergence, run: Any) -> Divergence | None:
    """``kept`` with the contributor(s) of one side of ``repeat`` added to a side, when ``repeat`` opposes them
    to claims ``kept`` already holds, on the whole matter ``kept`` disputes: Moldova's "should enter the framework
    and the register through the same procedure" against Georgia's "we disagree with the proposal that
    micro-credentials should enter the NQF ..." is the levelling point Ireland and Georgia dispute, found once more.

    Only for two-sided stances, when exactly one side of ``repeat`` shares claims, all with one side of ``kept``,
    and its other side is new to the point, takes the sign of the side it joins, and denies at least the matter
    that side's lead denies (the salient words the lead's stance clause shares with the claims it opposes). A
    contributor who opposes only part of it ("should be listed in the register" against "should stay outside the
    framework and the register", where the side's lead wants a framework level and the register) is no member:
    they may hold the rest otherwise. Else None, and the repeat is dropped as before. Members join with their own
    claims, each quoted in their own words."""
    if kept.kinds != ("stance",) or repeat.kinds != ("stance",) or len(kept.positions) != 2:
        return None
    if len(repeat.positions) != 2:
        return None
    held = [{c.text for c in p.claims} for p in kept.positions]
    sharing = [n for n, p in enumerate(repeat.positions) if any(c.text in h for c in p.claims for h in held)]
    if len(sharing) != 1:
        return None
    anchor, new = repeat.positions[sharing[0]], repeat.positions[1 - sharing[0]]
    home = [k for k, h in enumerate(held) if any(c.text in h for c in anchor.claims)]
    if len(home) != 1 or not anchor.voices <= kept.positions[home[0]].voices:
        return None
    target = kept.positions[1 - home[0]]
    if new.voices & {v for p in kept.positions for v in p.voices}:
        return None
    if {position_sign(c.text) for c in new.claims} != {position_sign(target.claims[0].text)}:
        return None

    with _own_acronyms(run, kept, repeat):

        def matter(claims: Sequence[Any]) -> set[str]:
            return {w for c in claims for w in run.salient(stance_clause(c.text))}

        disputed = matter(target.claims[:1]) & matter(kept.positions[home[0]].claims)
        if not disputed or not disputed <= matter(new.claims) & matter(anchor.claims):
            return None
    positions = list(kept.positions)
    positions[1 - home[0]] = replace(target, claims=target.claims + new.claims)
    return replace(kept, positions=tuple(positions))


def _differs(d: Divergence, questions: np.ndarray, run: Any) -> np.ndarray:
    """For a difference in number, how close what differs is to each question: the amounts and bounds without
    the unit every side shares ("minimum 1 / minimum 3", since the unit names what is measured, "ECTS", which a
    question on how to express workload shares too). Zeros for a stance, whose sides state what differs
    themselves."""
    if "number" not in d.kinds:
        return np.zeros(len(questions))
    differs = " / ".join(p.stance for p in d.positions)
    for unit in {q.unit for p in d.positions for c in p.claims for q in stated_amounts(c.text)[0]}:
        differs = re.sub(rf"(?<=\d)\s*{re.escape(unit)}(?!\w)", "", differs)
    return run.vectors([differs])[0] @ questions.T


def _sides(d: Divergence, questions: np.ndarray, run: Any) -> list[np.ndarray]:
    """For each side, how close its closest claim (without negation, force words and time adjuncts) comes to
    each question."""
    return [(run.vectors([_matter(neutral(c.text)) for c in p.claims]) @ questions.T).max(axis=0) for p in d.positions]


def _fit(d: Divergence, questions: np.ndarray, run: Any) -> np.ndarray:
    """How well a point answers each question: how close each side's claims come to it (averaged over the sides,
    so every side must answer it); for a difference in number, plus how close what differs is ("minimum 1 ECTS /
    no minimum" asks "is there a minimum size?", not "how should workload be expressed?"), since the claims'
    words are about what is measured and not about the bound."""
    return np.mean(_sides(d, questions, run), axis=0) + _differs(d, questions, run)


# the kind of value a unit gives, as the drafter's answer type names it; a period that recurs is a frequency. Not
# money: a sum answers many questions on costs ("what should the holder pay" asks for none by the drafter's types,
# "how much should it cost a provider to issue" does, and a fee for evaluating a credential answers only the first)
_KIND_OF = {"%": "share"}


def _amounts(p: Position) -> list[Any]:
    return [q for c in p.claims for q in stated_amounts(c.text)[0]]


def _answerable(d: Divergence, where: Sequence[tuple[str, str]], questions: np.ndarray, run: Any) -> np.ndarray:
    """Which questions the point's sides answer, so that it may be filed there: close enough in meaning to count
    as an answer (the register's ``relevance``), and each side with a claim that gives the kind of value the
    question asks for (the drafter's answer type: a "how long" is answered by a duration, a "how many" by a
    count). For a stance every side must come that close. For a difference in number the sides are taken
    together (their mean), or what differs alone ("minimum 1 / no minimum" answers "is there a minimum size?"):
    a side's quotation often states little beside its amount ("The minimum workload for entry is 1 ECTS"). A
    point whose sides share words with a question but do not answer it is better left without a question than
    filed under it: "keep records for three years" says nothing of how long issuing may take."""
    sides = _sides(d, questions, run)
    relevance = run.settings.relevance
    if "number" in d.kinds:
        ok = (np.mean(sides, axis=0) >= relevance) | (_differs(d, questions, run) >= relevance)
    elif "actor" in d.kinds:  # giving the role is the answer (below): one side close to the question is enough
        ok = np.max(sides, axis=0) >= relevance
    else:
        ok = np.all([near >= relevance for near in sides], axis=0)
        # sides taking the two ways of a matter the question asks about answer it by their ways, however far in
        # meaning ("examined only in the official tongue" is far from "in which language ...?", "should last for
        # life" from "how long should a micro-credential remain valid?"), as the register found them
        leads = [p.claims[0].text for p in d.positions]
        by_way = np.array([asks_of(q, leads) for _, q in where])
        ok |= by_way
    for p in d.positions:
        ok &= np.array(
            [[answers_type(q, c.text, practice=True) or named_by_deed(c.text, q) for _, q in where] for c in p.claims]
        ).any(axis=0)
    if "stance" in d.kinds and "number" not in d.kinds and "actor" not in d.kinds:
        ok |= by_way  # the way is the answer, as an amount is: "for life" answers "how long ...?"
    if "number" in d.kinds:
        # the amount is the answer: "how much should an assessment cost?" by "capped at 60 euros"; a question that
        # asks for the very kind of value the amounts are (a share, a frequency) is answered by them
        # before any other ("minimum 50% / maximum 33.3%" of what may be taught online answers "what share may be
        # delivered online?", not "should a workplace be a compulsory part of every micro-credential?")
        kinds = {_KIND_OF.get(q.unit, "frequency" if q.every else "") for p in d.positions for q in _amounts(p)}
        asks = np.array([asked_type(q) in kinds - {""} for _, q in where])
        return ok & asks if (ok & asks).any() else ok
    # and a stance's claims use the question's subject: one of its key terms (the drafter's) rare enough in the
    # workspace to tell subjects apart, when it has any ("who should take part in defining what it teaches" is
    # not answered by claims on earning a credential through validation, however close in meaning)
    used = {w for p in d.positions for c in p.claims for w in tokenize(c.text)}
    limit = max(run.settings.salient_share * len(run.lexical), 3)
    for n, (_, q) in enumerate(where):
        if "actor" in d.kinds:
            # who is given the role is the answer: every side gives the role this question asks about
            role = asked_role(q)
            ok[n] &= role is not None and all(any(assignment(c.text, role) for c in p.claims) for p in d.positions)
            continue
        subject = {t for t in key_terms(q) if t not in CUE_WORDS and run.lexical.doc_freq(t) <= limit}
        if subject and not subject & used and not asks_of(q, [p.claims[0].text for p in d.positions]):
            ok[n] = False
    return ok


def _opposed(d: Divergence) -> set[frozenset[str]]:
    """Pairs of contributors the point puts on different sides."""
    return {
        frozenset((a, b))
        for n, p in enumerate(d.positions)
        for q in d.positions[n + 1 :]
        for a in p.voices
        for b in q.voices
        if a != b
    }


def _one_matter(a: Divergence, b: Divergence, run: Any) -> bool:
    """Whether two points opposing the same contributors are about one matter (their claims share a salient
    word): two people may disagree on several matters ("stackable into degrees" and "a prerequisite for listing"),
    and each is a point of its own."""
    with _own_acronyms(run, a, b):
        words = [{w for p in d.positions for c in p.claims for w in run.salient(c.text)} for d in (a, b)]
    return bool(words[0] & words[1])


@contextmanager
def _own_acronyms(run: Any, *points: Divergence) -> Iterator[None]:
    """Compare words with the acronyms the points' own passages define ("NQF", "NFQ": one framework), not with
    those of whichever section the register read last."""
    saved = run.expansions
    run.expansions = acronyms([c.evidence.text for d in points for p in d.positions for c in p.claims])
    try:
        yield
    finally:
        run.expansions = saved


def _same_dispute(a: Divergence, b: Divergence) -> bool:
    """Two stance points under one question where a contributor takes the same polarity in both: one dispute
    found from two claims of that contributor ("should stay outside the NQF" against two framings of levelling)."""
    if a.question != b.question or a.kinds != ("stance",) or b.kinds != ("stance",):
        return False
    held = {(v, position_sign(p.claims[0].text)) for p in a.positions for v in p.voices}
    return any((v, position_sign(p.claims[0].text)) in held for p in b.positions for v in p.voices)


def placed(found: Sequence[Divergence], outline: Outline, run: Any, wanted: set[str]) -> list[Divergence]:
    """Each contested point under the question of the whole outline it answers best, stated once.

    A point is found under every question whose evidence holds it; it belongs under the one its sides answer
    best (see :func:`_fit`) among those they answer at all (see :func:`_answerable`); a point that answers none
    keeps an empty section and question, and is listed after the others when the whole outline is asked for.
    One point found twice (the same claims; the same contributors opposed in the same way on
    one matter:
    "internal QA is enough" and "external review is too costly" against "every micro-credential should be
    reviewed externally"; one contributor's stance opposed under one question twice, see :func:`_same_dispute`)
    is kept where it holds the most contributors, then where its sides deny each other most specifically, then
    where it fits best; a difference in number says more than the stance it implies, so it comes first. Points
    that belong to a section not asked for are left to that section.
    """
    where = [(section.id, q) for section in outline.sections for q in section.questions]
    if not found or not where:
        return list(found)
    questions = run.vectors([_matter(q) for _, q in where])
    placed: list[tuple[Divergence, float]] = []
    for d in found:
        fit = np.where(_answerable(d, where, questions, run), _fit(d, questions, run), -np.inf)
        best = int(np.argmax(fit))
        if not np.isfinite(fit[best]):  # no question of the outline is answered by every side: no section
            placed.append((replace(d, section_id="", question="", topic=label_of("", d.positions)), -1.0))
            continue
        section_id, question = where[best]
        topic = label_of(question, d.positions)
        placed.append((replace(d, section_id=section_id, question=question, topic=topic), float(fit[best])))
    kept: list[Divergence] = []
    voices = {id(d): len({v for p in d.positions for v in p.voices}) for d, _ in placed}
    for d, _ in sorted(placed, key=lambda x: ("number" not in x[0].kinds, -voices[id(x[0])], -x[0].denial, -x[1])):
        if not any(
            _same_point(d, other)
            or (d.kinds == other.kinds and bool(_opposed(d) & _opposed(other)) and _one_matter(d, other, run))
            or _same_dispute(d, other)
            for other in kept
        ):
            kept.append(d)
            continue
        # the same point found against another contributor: they join the side opposite the claims it shares
        for n, other in enumerate(kept):
            joined = _same_point(d, other) and _joined(other, d, run)
            if joined:
                kept[n] = joined
                break
    order = {qid: n for n, qid in enumerate(where)}
    # a point no question fits stays in the register, after the placed ones, when the whole outline is asked for
    every = wanted >= {section.id for section in outline.sections}
    return sorted(
        (d for d in kept if d.section_id in wanted or (not d.section_id and every)),
        key=lambda d: order.get((d.section_id, d.question), len(order)),
    )
