"""Where contributors disagree: positions per guiding question and the contested points between them.

Offline method, per section and guiding question:
1. the section's evidence is split into claims that take a position (:func:`pipeline.synthesis.claims.claims_from`);
   near-duplicate contributions speak with one voice, text addressed to machines is dropped;
2. claims close in meaning to the question are kept; the most relevant ones are also searched for, since
   the other side of a point is often worded unlike the question but like the claim it denies;
3. pairs of claims of different contributors that contradict each other by amount, or by stance on one matter
   (opposite polarity, or obligation against option, see :mod:`pipeline.synthesis.modality`; close in meaning
   without their negations and force words, and sharing salient words in the clauses that carry their stances;
   on a yes-or-no question, an obligation and an option whose predicates hold one and the same rare word of the
   question, of one subject), are the evidence of a disagreement; a stance conflict counts only between claims
   that are, each for the
   other, among the closest they contradict (unless both name opposite forces), and never from a rebuttal of a
   statement of fact or a clause whose subject is a pronoun, nor between claims that say what two different kinds
   of actor should do (:func:`pipeline.synthesis.roles.different_actors`); a word found in at most two passages
   of the workspace counts twice towards one topic, since two contributors sharing it speak of one specific thing;
4. claims are clustered into groups (average-link) that never join contradicting claims or opposite signs (the
   polarity, or the force a claim names: :func:`pipeline.synthesis.polarity.position_sign`);
   groups linked by conflicts of one kind (number, or stance) form one contested point, its sides the groups
   merged where they agree (the claims a point does not state may form another, under the same rules);
5. a side keeps only claims that contradict a claim of another contributor on another side: its contributors
   are those whose own passage takes the position (see :func:`held_sides`); a contributor whose claims stand
   on two sides makes those sides unreported; a stance point has one side per sign, the others of that sign
   joining it; a contributor not yet in the point joins a side only with a near-paraphrase of one of its claims,
   of its sign; then each side keeps only the contributors verified to share its lead's position (the same
   amount, the same sign in near-paraphrase, or the same named force against the same claim;
   :func:`verified_sides`);
6. each point is placed under the question of the whole outline its sides answer best, stated once
   (:func:`pipeline.synthesis.placement.placed`; two points opposing the same people are one only when they
   share a matter), and labelled by that question and what each side holds ("...: minimum 1 ECTS / minimum
   3 ECTS / no minimum", "...: should form part of the national qualifications framework / should stay outside
   the NQF").
7. per question asking for a value, each contributor's answer is also read as a value and compared across
   contributors (:mod:`pipeline.synthesis.compared`); such a point joins where the register holds none.
With a chat model, :func:`pipeline.synthesis.refinement.refine_with_llm` confirms each point and merges sides
that say the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from pipeline.drafting.drafts import DraftStore
from pipeline.drafting.evidence import QUESTION_WORDS, EvidenceSettings, gather_evidence
from pipeline.drafting.outline import Outline
from pipeline.index.embeddings import embed_cached
from pipeline.index.search import Searcher
from pipeline.index.workspace_index import Index
from pipeline.model import Evidence
from pipeline.synthesis.alternatives import opposed_choices
from pipeline.synthesis.answers import yes_no_conflicts
from pipeline.synthesis.bridge import bridged_conflicts
from pipeline.synthesis.claims import Claim, claims_from
from pipeline.synthesis.compared import in_order, merged, section_value_points
from pipeline.synthesis.coverage import near_duplicates
from pipeline.synthesis.exclusion import excluding_conflicts
from pipeline.synthesis.matter import acronyms, core, family, neutral, topic_words, word_pairs
from pipeline.synthesis.modality import OBLIGATION, OPTION, bare_force, deontic, opposite_forces
from pipeline.synthesis.placement import label_of, placed
from pipeline.synthesis.points import Divergence, Position
from pipeline.synthesis.polarity import polarity, position_sign, stance_clause
from pipeline.synthesis.positions import (
    closest_partners,
    cluster,
    components,
    held_sides,
    merged_sides,
    people,
    verified_sides,
    with_paraphrases,
)
from pipeline.synthesis.roles import actor_conflicts, actor_phrase, different_actors, role_claims
from pipeline.synthesis.stance import contradiction, stance_phrase, stated_amounts
from pipeline.synthesis.ways import answers_by_way, asks_of, opposed_ways, way_phrase, way_taken, without_way


@dataclass(frozen=True)
class DivergenceSettings:
    """Thresholds of the offline method (cosines of the default MiniLM embedding)."""

    relevance: float = 0.40  # claim-to-question cosine to count as an answer to the question
    anchor: float = 0.45  # a contested point needs a disputed claim at least this close to the question
    answer_bar: float = 0.55  # cosine at which a claim answers a yes-or-no question closely enough to say yes or no
    same_topic: float = 0.76  # cosine at which two claims sharing one salient word are on one topic (near-paraphrases)
    near_topic: float = 0.52  # ... or this much, when they share two (a shared two-word term counts one more)
    amount_topic: float = 0.35  # cosine at which two claims sharing a salient word may differ in amount
    salient_share: float = 0.30  # a word in more than this share of all passages is too common to make a topic
    same_position: float = 0.60  # average affinity at which two groups of claims say the same thing
    same_side: float = 0.45  # average affinity at which two agreeing positions of one contested point join
    partner_margin: float = 0.10  # a stance conflict this much below either claim's closest one is a shared subject
    no_shared_word_penalty: float = 0.15  # affinity is the cosine, less this when no salient word is shared
    expand: int = 4  # most relevant claims searched for, per question (0: the section's evidence only)
    expand_keep: float = 0.45  # cosine to one of those claims at which a claim found so joins the question's
    expand_keep_sharing: float = 0.30  # ... or this much, when it shares a salient word with that claim
    max_claims: int = 60  # per question, most relevant first: bounds the pairwise work
    summary_chars: int = 240
    rare_passages: int = 2  # a shared word in at most this many passages counts twice towards one topic
    # per question, each contributor's answer read as a value and compared (:mod:`pipeline.synthesis.compared`)
    values: bool = True
    value_answer: float = 0.20  # answer-model probability at which a sentence answers, for its value to be read
    value_close: float = 0.45  # ... or cosine to the question
    value_mode_close: float = 0.35  # below both, a mode said with a modal of duty still answers at this cosine
    # wider than for drafting: a side stated once, in a passage ranked thirteenth, is still a side
    evidence: EvidenceSettings = field(
        default_factory=lambda: EvidenceSettings(per_query=16, max_passages=64, max_per_contributor=6)
    )


class _Run:
    """What one search of the register shares: searcher, embeddings, word frequencies, acronyms, voices."""

    def __init__(self, searcher: Searcher, settings: DivergenceSettings, voice_of: dict[str, str]) -> None:
        self.searcher = searcher
        self.settings = settings
        self.voice_of = voice_of
        self.lexical = searcher.index.lexical()
        self.expansions: dict[str, frozenset[str]] = {}

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """Embeddings of ``texts``, each computed once per process (shared with the drafter and the check)."""
        return embed_cached(self.searcher.index.embedder, texts)

    def terms(self, text: str) -> frozenset[tuple[str, str]]:
        """The claim's two-word terms that hold a salient word."""
        salient = self.salient(text)
        pairs = ((family(a), family(b)) for a, b in word_pairs(text))
        return frozenset(p for p in pairs if p[0] in salient or p[1] in salient)

    def salient(self, text: str) -> frozenset[str]:
        """The claim's topic words rare enough in the workspace to tell topics apart.

        In a workspace of a few passages every subject word is in a large share of them; up to three passages a
        word still tells a topic apart (a first trial with three contributions found no point at all).
        """
        limit = max(self.settings.salient_share * len(self.lexical), 3)
        words = topic_words(text, self.expansions) - QUESTION_WORDS
        # compared by word family: "without an individual assessment" and "assessed individually" share two words
        return frozenset(family(w) for w in words if self.lexical.doc_freq(w) <= limit)

    def rare(self, text: str) -> frozenset[str]:
        """The claim's topic words found in at most ``rare_passages`` passages of the workspace: two claims of two
        contributors sharing one speak of one specific thing ("a blockchain"), however apart the rest of their
        words."""
        words = topic_words(text, self.expansions) - QUESTION_WORDS
        return frozenset(family(w) for w in words if 0 < self.lexical.doc_freq(w) <= self.settings.rare_passages)


def _as_evidence(hit: Any) -> Evidence:
    keys = ("chunk_id", "file", "title", "contributor", "organisation", "country", "region", "kind", "role")
    return Evidence(**{k: getattr(hit, k) for k in keys}, location=hit.location, text=hit.text)


def _expanded(run: _Run, seeds: Sequence[Claim], known: set[str], excluded: set[str]) -> list[Claim]:
    """Claims of passages found by searching for the seed claims, outside the evidence already held."""
    found: list[Evidence] = []
    for seed in seeds:
        for hit in run.searcher.search(seed.text, k=8, max_per_contributor=2):
            if hit.chunk_id not in known and hit.chunk_id not in excluded:
                known.add(hit.chunk_id)
                found.append(_as_evidence(hit))
    return claims_from(found, run.voice_of)


def _topical(claims: Sequence[Claim], sim: np.ndarray, run: _Run) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Which claim pairs are on one topic (for a stance, for an amount), and an affinity for clustering that
    favours shared salient words.

    Closeness in meaning is not enough on its own: in one field every claim is "about micro-credentials".
    """
    s = run.settings
    words = [run.salient(c.text) for c in claims]
    terms = [run.terms(c.text) for c in claims]
    rare = [run.rare(c.text) for c in claims]
    # a shared term ("digital credentials") counts on top of its words: two shared words apart are often two
    # matters that meet on one word ("certificates of attendance", "daytime attendance"); so does a rare word
    shared = np.array(
        [
            [len(words[i] & words[j]) + len(terms[i] & terms[j]) + len(rare[i] & rare[j]) for j in range(len(claims))]
            for i in range(len(claims))
        ],
        dtype=np.float32,
    ).reshape(len(claims), -1)
    topical = ((shared >= 1) & (sim >= s.same_topic)) | ((shared >= 2) & (sim >= s.near_topic))
    # two amounts of one unit are specific enough to make a weaker topical match count
    return topical, (shared >= 1) & (sim >= s.amount_topic), np.where(shared >= 1, sim, sim - s.no_shared_word_penalty)


def _matter(claims: Sequence[Claim], sim: np.ndarray, run: _Run) -> tuple[np.ndarray, np.ndarray]:
    """How much two claims share in the clauses that carry their stances (salient words, plus shared terms), and
    whether that is enough for their opposite stances to be on one matter: a negation bears on its own clause,
    so "wallets are years away, and a rule requiring them would exclude our learners" shares only "learners"
    with "learners need help opening a wallet" where it takes its stance."""
    s = run.settings
    clauses = [stance_clause(c.text) for c in claims]
    words = [run.salient(c) for c in clauses]
    terms = [run.terms(c) for c in clauses]
    rare = [run.rare(c) for c in clauses]
    n = len(claims)
    shared = np.array(
        [
            [len(words[i] & words[j]) + len(terms[i] & terms[j]) + len(rare[i] & rare[j]) for j in range(n)]
            for i in range(n)
        ],
        dtype=np.float32,
    ).reshape(n, -1)
    return shared, ((shared >= 1) & (sim >= s.same_topic)) | ((shared >= 2) & (sim >= s.near_topic))


def divergences_for_question(
    section_id: str, question: str, claims: Sequence[Claim], run: _Run, excluded: set[str] = frozenset()
) -> list[Divergence]:
    """Contested points among the claims that answer one guiding question."""
    s = run.settings
    relevance = run.vectors([neutral(c.text) for c in claims]) @ run.vectors([question])[0] if claims else []
    ranked = sorted((r, i) for i, r in enumerate(relevance) if r >= s.relevance)[::-1]
    kept = [claims[i] for _, i in ranked]
    rel = [float(r) for r, _ in ranked]
    if s.expand and kept:
        # the other side of a point is often worded unlike the question but like the claim it denies
        seeds = kept[: s.expand]
        known = {c.evidence.chunk_id for c in claims}
        held = {c.text for c in kept}
        more = [c for c in [*claims, *_expanded(run, seeds, known, excluded)] if c.text not in held]
        if more:
            near = run.vectors([neutral(c.text) for c in more]) @ run.vectors([neutral(c.text) for c in seeds]).T
            to_question = run.vectors([neutral(c.text) for c in more]) @ run.vectors([question])[0]
            seed_words = [run.salient(c.text) for c in seeds]
            for n, c in enumerate(more):
                words = run.salient(c.text)
                shares = np.array([bool(words & w) for w in seed_words])
                if (near[n] >= s.expand_keep).any() or (shares & (near[n] >= s.expand_keep_sharing)).any():
                    kept.append(c)
                    rel.append(float(to_question[n]))
    kept, rel = kept[: s.max_claims], rel[: s.max_claims]
    # a "who" question is answered by whoever a claim gives its role to, in words however far from the question's
    more = [claims[n] for n in role_claims(claims, question) if claims[n].text not in {c.text for c in kept}]
    # and a question on a matter of the ways lexicon by a claim taking one of its ways (:mod:`pipeline.synthesis.ways`)
    more += [c for c in claims if answers_by_way(c.text, question) and c.text not in {k.text for k in [*kept, *more]}]
    if more:
        near = run.vectors([neutral(c.text) for c in more]) @ run.vectors([question])[0]
        kept, rel = kept + more, rel + [float(r) for r in near]
    rel = np.array(rel)
    if len({c.voice for c in kept}) < 2:
        return []
    matrix = run.vectors([neutral(c.text) for c in kept])
    topical, amounts, affinity = _topical(kept, matrix @ matrix.T, run)
    matter, on_matter = _matter(kept, matrix @ matrix.T, run)
    conflicts: dict[tuple[int, int], str] = {}
    denials: set[tuple[int, int]] = set()  # opposite stances not close enough in words to be on one topic
    # a way's own negation ("offer micro-credentials without a separate approval") names the way, it denies no
    # predicate: compared without it, such a claim opposes another only by its way (:mod:`pipeline.synthesis.ways`)
    plain = [without_way(c.text) for c in kept]
    for i in range(len(kept)):
        for j in range(i + 1, len(kept)):
            decided = (kept[i].decided, kept[j].decided)
            if all(decided) and kept[i].evidence.chunk_id == kept[j].evidence.chunk_id:
                continue  # one table of decisions: "Not adopted." and "every apprentice sits the test" say one thing
            kind = contradiction(plain[i], plain[j], decided) if amounts[i, j] else None
            if kind == "stance" and different_actors(kept[i].text, kept[j].text):
                continue  # what workers must not do and what employers should do are no one matter
            if kind == "number" or kind == "stance" and topical[i, j] and on_matter[i, j]:
                conflicts[(i, j)] = kind
            elif kind == "stance":
                denials.add((i, j))
    # obligation against option said with modal verbs ("must publish their pass rates" / "whether they publish
    # their pass rates should be left to each provider"): a conflict only on the same predicate of the same subject
    paired: dict[int, str] = {}
    for i in range(len(kept)):
        for j in range(i + 1, len(kept)):
            other = kept[i].voice != kept[j].voice and (i, j) not in conflicts and amounts[i, j]
            other = other and not different_actors(kept[i].text, kept[j].text)
            if other and opposite_forces(kept[i].text, kept[j].text):
                conflicts[(i, j)] = "stance"
                paired[i], paired[j] = bare_force(kept[i].text)[0], bare_force(kept[j].text)[0]  # type: ignore[index]
    # the two ways an alternative question sets side by side ("Must final assessments be held in person, or may
    # they be taken online?"): a claim obliging one and a claim allowing or obliging the other are opposed
    chosen: dict[int, int] = {}  # claim -> +1 for the question's first way, -1 for its second
    for i in range(len(kept)):
        for j in range(i + 1, len(kept)):
            other = kept[i].voice != kept[j].voice and (i, j) not in conflicts and amounts[i, j]
            choice = opposed_choices(kept[i].text, kept[j].text, question) if other else None
            if choice is not None:
                conflicts[(i, j)] = "stance"
                chosen[i], chosen[j] = (1 if choice[0] == 0 else -1), (1 if choice[1] == 0 else -1)
    # a way one claim sets aside or excludes ("never in credits", "only as passed or not passed") against a claim
    # prescribing it, both answering one open question (:mod:`pipeline.synthesis.exclusion`)
    for (i, j), (si, sj) in excluding_conflicts(kept, rel, question, s.relevance, set(conflicts)).items():
        conflicts[(i, j)] = "stance"
        chosen[i], chosen[j] = si, sj
    # two ways of one matter that exclude each other, worded apart ("pay in instalments" / "the entire tuition
    # settled before the first class"), from a small lexicon of general policy words (:mod:`pipeline.synthesis.ways`)
    ways = opposed_ways(kept, rel, s.relevance, set(conflicts), question)
    for (i, j), (si, sj) in ways.items():
        conflicts[(i, j)] = "stance"
        chosen[i], chosen[j] = si, sj
    # a yes-or-no question answered yes by one claim and no by another, both close to it and stating its matter
    # (:mod:`pipeline.synthesis.answers`): "employers must grant paid training leave" / "whether an employee gets
    # time off is a matter for the employer and the employee to settle"
    answered = yes_no_conflicts(kept, rel, question, s.answer_bar, run.salient, set(conflicts), different_actors)
    for (i, j), (si, sj) in answered.items():
        conflicts[(i, j)] = "stance"
        chosen[i], chosen[j] = si, sj
    # a yes-or-no question bridges two answers worded apart (:mod:`pipeline.synthesis.bridge`): an obligation
    # against an option ("must be issued as a digital credential" / "free to choose between a printed certificate
    # and a digital one"), or a position against its denial ("should expire after five years" / "we reject any
    # expiry date"), whose predicates hold one and the same rare word of the question
    bridged = bridged_conflicts(kept, rel, question, s.relevance, run.salient, set(conflicts), denials)
    for (i, j), force in bridged.items():
        if not amounts[i, j]:
            continue
        conflicts[(i, j)] = "stance"
        if force is not None:
            paired[i], paired[j] = force, bare_force(kept[j].text)[0]  # type: ignore[index]
    # a "who" question (:mod:`pipeline.synthesis.roles`): claims giving its role to different actors are opposed
    # however apart their words ("public money ought to bear the whole price" / "people who sign up should cover
    # what their certificate costs"); each such claim's position is the actor it names
    assigned, actor_of = actor_conflicts(kept, rel, question, s.relevance, set(conflicts))
    conflicts.update(assigned)
    actors = {a: 10 + n for n, a in enumerate(sorted(set(actor_of.values())))}
    forces = [paired.get(n) or deontic(c.text) for n, c in enumerate(kept)]
    # obligation against option where both name their force is specific by itself, not a shared subject: it stays
    # even beside a closer conflict ("must remain the worker's own choice" and "learners should be free to
    # decide" both against "should be compulsory")
    # and so is a pair of the lexicon's ways: each claim names its way, however far the two are in meaning
    named = {
        (i, j): k
        for (i, j), k in conflicts.items()
        if k == "stance" and (forces[i] and forces[j] or (i, j) in ways) or k == "actor"
    }
    conflicts = (
        closest_partners(conflicts, matrix @ matrix.T, [c.voice for c in kept], s.partner_margin, s.same_topic) | named
    )
    # an obligation and an option of one matter never share a side
    signs = [
        actors.get(actor_of.get(n, ""))
        or chosen.get(n)
        or {OBLIGATION: 1, OPTION: -1}.get(paired.get(n, ""), 0)
        or position_sign(c.text)
        for n, c in enumerate(kept)
    ]
    cannot = set(conflicts) | {
        (i, j) for i in range(len(kept)) for j in range(i + 1, len(kept)) if signs[i] != signs[j]
    }
    groups = cluster(affinity, cannot, s.same_position)
    group_of = {i: g for g, members in enumerate(groups) for i in members}
    # with its negation kept: two claims of one polarity that read alike make the same point
    worded = run.vectors([core(c.text) for c in kept])
    amounts_of = [frozenset(q.key() for q in stated_amounts(c.text)[0]) for c in kept]
    ways_of = [way_taken(c.text) for c in kept]

    denied: dict[int, set[int]] = {}  # claim -> the claims of other contributors it contradicts in stance
    for (i, j), kind in conflicts.items():
        if kind == "stance" and kept[i].voice != kept[j].voice:
            denied.setdefault(i, set()).add(j)
            denied.setdefault(j, set()).add(i)

    def agree(i: int, j: int) -> bool:
        """Whether claims i and j are verified to take one position: the same stated amount, the same polarity
        in near-paraphrase (with their negations kept), or the same named force against one and the same claim
        ("must stay a choice for the learner" and "learners should be free to decide", both against "should be
        mandatory")."""
        if signs[i] != signs[j] or (i, j) in cannot or (j, i) in cannot:
            return False
        if forces[i] != forces[j]:  # one names a force the other does not: reading alike is no proof of agreeing
            return False
        if forces[i] is not None and forces[i] == forces[j] and denied.get(i, set()) & denied.get(j, set()):
            return True
        if ways_of[i] is not None and ways_of[i] == ways_of[j]:  # one way of one matter: "in instalments" / "spread"
            return True
        return bool(amounts_of[i] & amounts_of[j]) or float(worded[i] @ worded[j]) >= s.same_topic

    out: list[Divergence] = []
    # a difference in number and a difference in stance are two points, even between the same contributors: a
    # contributor may share one side's minimum and the other side's view of the framework without being torn
    for kind in ("number", "stance", "actor"):
        # a contributor contradicting themselves across the sides takes both: their own conflicts count there
        own = {pair: k for pair, k in conflicts.items() if k == kind}
        mine = {(i, j): k for (i, j), k in own.items() if kept[i].voice != kept[j].voice}
        edges = {(min(group_of[i], group_of[j]), max(group_of[i], group_of[j])) for i, j in mine}
        for component in components(edges):
            # one component can hold two disputes linked only because a claim of one clusters with a claim of the
            # other ("badges must be recorded in the register" beside "clubs should grant credit for badges"): the
            # claims a point does not state may still state another, judged by the same rules on what is left
            used: set[int] = set()
            for _ in range(3):
                parts = [[i for i in group if i not in used] for group in groups]
                left = {pair: k for pair, k in own.items() if not used & set(pair)}
                alive = [g for g in component if parts[g]]
                sides = held_sides(merged_sides(alive, parts, cannot, affinity, s.same_side), kept, left)
                if kind != "number":
                    # a stance has two sides, one per sign: the other sides of a sign join its side closest to the
                    # question, where only claims verified to share the side's position stay (verified_sides)
                    best: dict[int, list[int]] = {}
                    for side in sorted(sides, key=lambda side: -max(rel[i] for i in side)):
                        best.setdefault(signs[side[0]], []).extend(side)
                    sides = held_sides(list(best.values()), kept, left)
                sides = with_paraphrases(sides, kept, worded @ worded.T, signs, mine, cannot, s.same_topic)
                sides = verified_sides(sides, kept, left, matter, agree)  # keeps each side's lead: no side empties
                if len({p for side in sides for i in side for p in people(kept[i].voice)}) < 2:
                    break
                placed = {i for side in sides for i in side}
                used |= placed
                anchor = max(rel[i] for side in sides for i in side)
                if anchor < s.anchor and not asks_of(question, [kept[side[0]].text for side in sides]):
                    # the point is close to some claims that answer the question, not to the question; unless its
                    # sides take the lexicon's ways of a matter the question names (:mod:`pipeline.synthesis.ways`)
                    continue
                positions = [_position(side, kept, rel, kind, s.summary_chars) for side in sides]
                topic = label_of(question, positions)
                denial = max((matter[i, j] for i, j in mine if i in placed and j in placed), default=0.0)
                out.append(
                    Divergence(section_id, question, topic, tuple(positions), (kind,), float(anchor), float(denial))
                )
    return out


def _position(side: Sequence[int], claims: Sequence[Claim], rel: np.ndarray, kind: str, chars: int) -> Position:
    """One side: its lead claim (first in ``side``), then the others most relevant first, and what the lead
    holds in a few words."""
    order = [side[0], *sorted(side[1:], key=lambda i: -rel[i])]
    text = claims[order[0]].text
    summary = text if len(text) <= chars else text[: chars - 1].rsplit(" ", 1)[0] + "…"
    if kind == "number":
        stated = [q for i in order for q in stated_amounts(claims[i].text)[0]]
        bounds = [q for q in stated if q.bound != "exact"]  # "minimum 1 ECTS", not also the hours it equals
        amounts = dict.fromkeys(q.label() for q in bounds or stated)
        stance = " or ".join(amounts) or "other amount"
    elif kind == "actor":  # who the side gives the role to, then what they are to do: "public money ought to bear ..."
        stance = actor_phrase(text) or stance_phrase(text)
    else:  # what the side holds in its own words; its polarity only when no phrase can be taken
        stance = way_phrase(text) or stance_phrase(text) or ("in favour" if polarity(text) > 0 else "against")
    return Position(summary, tuple(claims[i] for i in order), stance)


def find_divergences(
    index: Index,
    outline: Outline,
    searcher: Searcher,
    *,
    store: DraftStore | None = None,
    section_ids: Sequence[str] = (),
    settings: DivergenceSettings | None = None,
) -> list[Divergence]:
    """The divergence register: contested points per section and guiding question, in outline order.

    With a ``store``, each section's evidence honours the editors' pins and exclusions. Unknown section ids
    raise :class:`~pipeline.drafting.outline.OutlineError`.
    """
    settings = settings or DivergenceSettings()
    sections = [outline.section(s) for s in section_ids] if section_ids else list(outline.sections)
    sources = {s.file: s.meta for s in index.manifest.sources()}
    original = near_duplicates(index)
    voice_of = {f: sources.get(original.get(f, f), {}).get("contributor") or original.get(f, f) for f in sources}
    run = _Run(searcher, settings, voice_of)
    found: list[Divergence] = []
    compared: list[Divergence] = []
    values: dict[str, dict[str, tuple]] = {}
    for section in sections:
        pins = store.pins(section.id) if store else ()
        excluded = set(store.exclusions(section.id)) if store else set()
        evidence = gather_evidence(searcher, section, pins, sorted(excluded), settings.evidence)
        claims = claims_from(evidence.evidence, voice_of)
        run.expansions = acronyms([e.text for e in evidence.evidence])
        for question in section.questions:
            found.extend(divergences_for_question(section.id, question, claims, run, excluded))
        if settings.values:
            pool = [e for e in evidence.evidence if e.chunk_id not in excluded]
            points, held = _compared(section, pool, voice_of, run)
            compared.extend(points)
            values.update(held)
    register = placed(found, outline, run, {s.id for s in sections})
    if not compared:
        return register
    return in_order(register, merged(register, compared, values), [s.id for s in outline.sections])


def _compared(
    section: Any, pool: Sequence[Evidence], voice_of: dict[str, str], run: _Run
) -> tuple[list[Divergence], dict[str, dict[str, tuple]]]:
    """The section's points found by comparing each contributor's answer as a value (:mod:`.compared`)."""
    from pipeline.drafting.drafters.answering import load_model

    model = load_model(embedding=getattr(run.searcher.index.embedder, "identity", None))
    s = run.settings
    gate = (s.value_answer, s.value_close, s.value_mode_close)
    return section_value_points(section, pool, voice_of, model, run.vectors, *gate[:2], run.salient, gate[2])
