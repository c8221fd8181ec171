"""The sides of a contested point: which claims contradict which, and who holds each side.

Claims are referred to by their index in the question's list of claims; ``conflicts`` maps a pair of indices
(lower first) to how they contradict ("number" or "stance"). A side is a list of indices. Everything here
leans towards abstaining: a contributor is on a side only through a claim of theirs that contradicts another
side, and one found on two sides is on none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from pipeline.model import people_of
from pipeline.synthesis.claims import Claim


@lru_cache(maxsize=4096)
def people(voice: str) -> tuple[str, ...]:
    """Who a voice is: each person a joint input names ("A. Smith and B. Jones" is two), else the voice itself."""
    return people_of(voice) or (voice,)


def apart(a: str, b: str) -> bool:
    """Whether two voices share no person: "A. Smith" and "A. Smith and B. Jones" are not two contributors."""
    return not set(people(a)) & set(people(b))


def closest_partners(
    conflicts: dict[tuple[int, int], str],
    sim: np.ndarray,
    voices: Sequence[str],
    margin: float,
    paraphrase: float = 1.0,
):
    """Stance conflicts kept only between claims that are, each for the other, among the closest it contradicts.

    A claim that merely shares a subject with a side ("the framework should be explained to learners" against
    "micro-credentials should not be levelled in the framework") is much farther from it than the claim that side
    really denies ("... should be levelled in the framework"), so its conflict is dropped. Relative to each
    claim's own best, so it does not hang on the embedding's scale. Differences in number are kept as found.
    A contributor's conflict with their own claim is judged the same way against the claims' best conflicts with
    other contributors, unless the two claims read alike but for their negation (cosine >= ``paraphrase``: "should
    be levelled when they are large" / "should not be levelled at all" is someone torn): "we reject the proposal
    that universities grant credit for company academies' certificates" and the same contributor's
    "micro-credentials earned at one university should count towards a degree at another" only share a subject,
    and would otherwise tear them off the side they plainly take. A claim with no conflict with another
    contributor keeps its own conflicts (nothing to be closer than).
    """
    best: dict[int, float] = {}
    for (i, j), kind in conflicts.items():
        if kind == "stance" and voices[i] != voices[j]:
            best[i] = max(best.get(i, -1.0), float(sim[i, j]))
            best[j] = max(best.get(j, -1.0), float(sim[i, j]))
    return {
        (i, j): kind
        for (i, j), kind in conflicts.items()
        if kind != "stance"
        or float(sim[i, j]) >= max(best.get(i, -1.0), best.get(j, -1.0)) - margin
        or voices[i] == voices[j]
        and float(sim[i, j]) >= paraphrase
    }


def blocked(a: Sequence[int], b: Sequence[int], cannot: set[tuple[int, int]]) -> bool:
    return any((min(i, j), max(i, j)) in cannot for i in a for j in b)


def cluster(affinity: np.ndarray, cannot: set[tuple[int, int]], threshold: float) -> list[list[int]]:
    """Average-link agglomerative clustering that never merges groups holding a contradicting pair."""
    groups = [[i] for i in range(len(affinity))]
    while True:
        best, pair = threshold, None
        for a in range(len(groups)):
            for b in range(a + 1, len(groups)):
                score = float(affinity[np.ix_(groups[a], groups[b])].mean())
                if score >= best and not blocked(groups[a], groups[b], cannot):
                    best, pair = score, (a, b)
        if pair is None:
            return groups
        groups[pair[0]] += groups.pop(pair[1])


def components(edges: set[tuple[int, int]]) -> list[list[int]]:
    """Connected groups of positions (union-find over the contradiction edges)."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for a, b in sorted(edges):
        parent[root(a)] = root(b)
    out: dict[int, list[int]] = {}
    for n in sorted(parent):
        out.setdefault(root(n), []).append(n)
    return list(out.values())


def merged_sides(
    component: Sequence[int], groups: Sequence[list[int]], cannot: set, affinity: np.ndarray, floor: float
):
    """The sides of one contested point: its positions merged where they agree and stay close in topic."""
    sides: list[list[int]] = []
    for g in sorted(component, key=lambda g: -len(groups[g])):
        for side in sides:
            if float(affinity[np.ix_(groups[g], side)].mean()) >= floor and not blocked(groups[g], side, cannot):
                side.extend(groups[g])
                break
        else:
            sides.append(list(groups[g]))
    return sides


def held_sides(sides: list[list[int]], claims: Sequence[Claim], conflicts: dict[tuple[int, int], str]):
    """The sides with only the contributors who take them, or ``[]`` when the point cannot be stated truthfully.

    A contributor holds a side only through a claim of their own that contradicts a claim of another contributor
    on another side, and only such claims are kept: a claim close in meaning is not a position (two contributors
    may share words and not a stance). A contributor whose claims stand on two sides has no clear position here,
    and the sides they stand on are not reported. Dropping a side can leave claims with nothing left to
    contradict, so this repeats until nothing changes.
    """
    sides = [list(side) for side in sides]
    while True:
        side_of = {i: n for n, side in enumerate(sides) for i in side}
        engaged: dict[int, set[str]] = {}  # side -> voices with a claim there that contradicts another side
        contested: set[int] = set()  # those claims
        # person -> sides where a claim of theirs contradicts another side: each person of a joint input is a
        # voice of their own, so someone on one side alone and on the other in a joint input is torn
        homes: dict[str, set[int]] = {}
        for i, j in conflicts:
            if i in side_of and j in side_of and side_of[i] != side_of[j]:
                for k in (i, j):
                    for person in people(claims[k].voice):
                        homes.setdefault(person, set()).add(side_of[k])
                if apart(claims[i].voice, claims[j].voice):
                    engaged.setdefault(side_of[i], set()).add(claims[i].voice)
                    engaged.setdefault(side_of[j], set()).add(claims[j].voice)
                    contested |= {i, j}
        torn = {n for voice, ns in homes.items() if len(ns) > 1 for n in ns}
        held = [[i for i in side if i in contested] if n not in torn else [] for n, side in enumerate(sides)]
        held = [side for side in held if side]
        if held == sides:
            return sides if len(sides) >= 2 else []
        sides = held


def with_paraphrases(sides, claims, sim, signs, conflicts, cannot, floor: float) -> list[list[int]]:
    """Sides joined by contributors who make the same point in other words: a claim of a contributor not yet in
    the point, of the side's polarity, a near-paraphrase (cosine >= ``floor``) of a claim the side holds, and
    close to no claim of another side, contradicting none of its own ("should stay outside the DQR" beside
    "should stay outside the NQF"; not "a minimum of 3 ECTS" beside "a minimum of 1 ECTS").
    Nearness alone would join claims that share words and not a stance, hence the high floor and the polarity."""
    if len(sides) < 2:
        return sides
    placed = {claims[i].voice for side in sides for i in side}
    contested = {i for pair in conflicts for i in pair}
    joined = [list(side) for side in sides]
    for c in range(len(claims)):
        if claims[c].voice in placed or c in contested:
            continue
        near = [
            n
            for n, side in enumerate(sides)
            if any(sim[c, i] >= floor and signs[c] == signs[i] for i in side) and not blocked([c], side, cannot)
        ]
        far = all(sim[c, i] < floor for n, side in enumerate(sides) if n not in near for i in side)
        if len(near) == 1 and far:
            joined[near[0]].append(c)
    return joined


def verified_sides(
    sides: Sequence[list[int]],
    claims: Sequence[Claim],
    conflicts: dict[tuple[int, int], str],
    matter: np.ndarray,
    agree: Callable[[int, int], bool],
) -> list[list[int]]:
    """Each side with only the contributors verified to share its position, its lead claim first.

    A side's lead is its claim that denies another side most specifically (the most salient words and terms
    shared, in the clauses carrying the two stances, with a claim it contradicts). Another contributor stays
    on the side only through a claim that ``agree(claim, lead)`` verifies (the same stated amount, or the same
    polarity in near-paraphrase), and with that claim only, so what they are quoted saying is what was checked
    against the lead's quotation; the others are left out, not moved: sharing a side's words or its polarity is
    not sharing its position ("employers should not award" is not "providers should not design alone"), and
    the draft would say they "make the same point".
    """
    verified = []
    for n, side in enumerate(sides):
        others = {i for k, other in enumerate(sides) if k != n for i in other}
        denial = {i: -1.0 for i in side}
        for a, b in conflicts:
            for i, j in ((a, b), (b, a)):
                if i in denial and j in others and claims[i].voice != claims[j].voice:
                    denial[i] = max(denial[i], float(matter[i, j]))
        lead = max(side, key=lambda i: (denial[i], -side.index(i)))
        members = [i for i in side if claims[i].voice != claims[lead].voice and agree(i, lead)]
        verified.append((lead, [i for i in side if i != lead and claims[i].voice == claims[lead].voice], members))
    # the lead's own other claims stay only while they still contradict a claim the point keeps on another side:
    # one that opposed only a contributor left out is about something else ("must be issued as a digital
    # credential" beside the same author's "must be entered in the register", once the option on digital issuing
    # is no member of the register point)
    out = []
    for n, (lead, own, members) in enumerate(verified):
        others = {i for k, (ol, oo, om) in enumerate(verified) if k != n for i in (ol, *oo, *om)}
        own = [i for i in own if any((min(i, j), max(i, j)) in conflicts for j in others)]
        out.append([lead, *own, *members])
    return out
