"""Which section keeps a wording drafted in several, and giving a wording to the question only it answers.

The draft uses each contributor's wording once: a wording several sections draft stays in the section where it
scores best (:func:`owners`), and the others draft again without it. That alone can leave a question a gap
whose one answer another section's question holds though that question has other answers of its own.
:func:`give_to_unanswered` then moves such a wording to the question it alone answers, when the wording passes
that question's answer bar on its own and the question that held it stays answered; every other sentence and
gap of the draft stays as it was, so one use per wording holds across the draft.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping, Sequence

from pipeline.drafting.drafters.extractive import ANSWERED_ELSEWHERE, quote_key
from pipeline.model import DraftResult, Sentence

Scored = tuple[DraftResult, dict[str, float]]
# draft one section again while avoiding the given wordings (besides what the section always avoids)
Redraft = Callable[[str, set[str]], Scored]


def owners(results: Mapping[str, Scored], pinned: Mapping[str, set[str]]) -> dict[str, str]:
    """Which section keeps each wording: where it answers best; a pinned wording is not contested where pinned.

    A tie goes to the section drafted first, so the outcome does not depend on anything but the outline order.
    """
    best: dict[str, tuple[float, str]] = {}
    for sid, (_, scores) in results.items():
        for key, score in scores.items():
            if key in pinned.get(sid, ()):
                continue
            if key not in best or score > best[key][0]:
                best[key] = (score, sid)
    return {k: v[1] for k, v in best.items()}


def keeps(owner: Mapping[str, str], pinned: Mapping[str, set[str]], sid: str, key: str) -> bool:
    """Whether section ``sid`` keeps the wording ``key``: it owns it, nobody drafted it, or an editor pinned it."""
    return key in pinned.get(sid, ()) or owner.get(key, sid) == sid


def wording(sentence: Sentence) -> str:
    """The words a sentence quotes (or says), as compared across a draft: see ``quote_key``."""
    return quote_key(sentence.quote or sentence.text)


def _lost(results: Mapping[str, Scored], pinned: Mapping[str, set[str]]) -> set[tuple[str, str]]:
    """The (section, wording) pairs a section drafted but does not keep: what would still repeat."""
    owner = owners(results, pinned)
    return {(sid, k) for sid, (_, scores) in results.items() for k in scores if not keeps(owner, pinned, sid, k)}


def _answered(draft: DraftResult) -> set[str]:
    return {p.theme for p in draft.paragraphs if p.sentences and p.theme}


def _held_gaps(draft: DraftResult, extra: set[str]) -> list[tuple[str, str]]:
    """(question, wording) for each gap whose best answer the section gave up to another section.

    The gap's note names the answer held elsewhere; only a wording the section lost to another section's better
    score counts (``extra``): one an accepted sentence, a point of divergence or an editor's removal holds is
    never offered again.
    """
    held = []
    for gap in draft.gaps:
        if not gap.note.startswith(ANSWERED_ELSEWHERE) or "point of divergence" in gap.note:
            continue
        said = quote_key(gap.note)
        for key in sorted(k for k in extra if k and k in said):
            held.append((gap.question, key))
    return held


def give_to_unanswered(
    redraft: Redraft,
    order: Sequence[str],
    results: MutableMapping[str, Scored],
    extra: MutableMapping[str, set[str]],
    pinned: Mapping[str, set[str]],
    bar: float,
    moves: int = 20,
) -> list[tuple[str, str, str]]:
    """Move a wording from the section holding it to a question of another section it alone answers.

    A question of section S is a gap because its best answer, wording W, went to section H, which scored W
    higher for one of its own questions. W moves to S when, with S drafted again allowed W and H drafted again
    without it: S quotes W under that very question with a score at ``bar`` or above (the sentence model's
    threshold, never the relaxed bar of a question's best sentence); no question of S or H that was answered
    becomes a gap; and no wording of the draft is used twice where it was not before. Accepted sentences,
    pinned passages and points of divergence keep theirs: only wordings lost to another section's score are
    offered. Sections are visited in outline order and each move is tried once, so the result is deterministic.
    ``results`` and ``extra`` are updated in place; the moves made are returned as (to, from, wording).
    """
    done: list[tuple[str, str, str]] = []
    tried: set[tuple[str, str, str]] = set()
    while len(done) < moves:
        move = _next_move(redraft, order, results, extra, pinned, bar, tried)
        if move is None:
            break
        done.append(move)
    return done


def _next_move(
    redraft: Redraft,
    order: Sequence[str],
    results: MutableMapping[str, Scored],
    extra: MutableMapping[str, set[str]],
    pinned: Mapping[str, set[str]],
    bar: float,
    tried: set[tuple[str, str, str]],
) -> tuple[str, str, str] | None:
    owner = owners(results, pinned)
    for sid in order:
        for question, key in _held_gaps(results[sid][0], extra[sid]):
            holder = owner.get(key)
            if holder is None or holder == sid or key in pinned.get(holder, ()) or (sid, question, key) in tried:
                continue
            tried.add((sid, question, key))
            trial, avoided = _trial(redraft, results, extra, pinned, sid, holder, key)
            if not _quoted_under(trial[sid], question, key, bar):
                continue
            if not all(_answered(results[s][0]) <= _answered(trial[s][0]) for s in (sid, holder)):
                continue  # the holder (or another question of S) would be left without an answer
            if not _lost(trial, pinned) <= _lost(results, pinned):
                continue  # a wording would be quoted twice, or another section would lose one
            results[sid], results[holder] = trial[sid], trial[holder]
            extra[sid], extra[holder] = avoided[sid], avoided[holder]
            return sid, holder, key
    return None


def _trial(
    redraft: Redraft,
    results: Mapping[str, Scored],
    extra: Mapping[str, set[str]],
    pinned: Mapping[str, set[str]],
    sid: str,
    holder: str,
    key: str,
    rounds: int = 3,
) -> tuple[dict[str, Scored], dict[str, set[str]]]:
    """Sections ``sid`` and ``holder`` drafted again with ``key`` moved from the holder to ``sid``, and what each
    then avoids: a wording either takes in its place that a third section answers better is given up in turn
    (a few rounds, as the sections are drafted in the first place)."""
    avoided = {sid: extra[sid] - {key}, holder: extra[holder] | {key}}
    trial = dict(results)
    again = [sid, holder]
    for _ in range(rounds):
        for s in again:
            trial[s] = redraft(s, avoided[s])
        owner = owners(trial, pinned)
        again = [s for s in (sid, holder) if not all(keeps(owner, pinned, s, k) for k in trial[s][1])]
        if not again:
            break
        for s in again:
            avoided[s] = avoided[s] | {k for k in trial[s][1] if not keeps(owner, pinned, s, k)}
    return trial, avoided


def _quoted_under(scored: Scored, question: str, key: str, bar: float) -> bool:
    """Whether the draft quotes ``key`` under ``question`` with a score at ``bar`` or above."""
    draft, scores = scored
    if scores.get(key, 0.0) < bar:
        return False
    return any(p.theme == question and any(wording(s) == key for s in p.sentences) for p in draft.paragraphs)
