"""Draft sections end to end: evidence, drafter, accepted sentences kept, citation check, new revision.

Evidence is gathered for all sections first (search is quick and shares one index). The extractive drafter
then drafts all sections together so that a wording is used once in the whole draft, in the section where it
answers best, and never one an editor removed from that section; an LLM drafter drafts in a bounded thread
pool, since its calls mostly wait on the network. Each finished section is checked and stored at once, so a
failure or interruption loses at most the sections still being finished.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, replace
from typing import Any

from pipeline.drafting.checking import check_draft, divergence_paragraphs, divergence_theme, merge_locked
from pipeline.drafting.drafters.base import Drafter, DraftingError
from pipeline.drafting.drafters.extractive import ANSWERED_ELSEWHERE, candidates, is_taken, quote_key
from pipeline.drafting.drafters.lead import (
    divergent_voices,
    lead_sentence,
    open_llm_draft,
    recount_accepted_leads,
    settle_llm_leads,
    with_leads,
)
from pipeline.drafting.drafts import EDITED, ConflictError, DraftStore
from pipeline.drafting.evidence import EvidenceSettings, gather_evidence, stored_passages
from pipeline.drafting.judge import SupportJudge
from pipeline.drafting.outline import Outline, SectionSpec
from pipeline.drafting.quote_owners import give_to_unanswered, keeps, owners, wording
from pipeline.drafting.support import SupportChecker
from pipeline.index.search import Searcher
from pipeline.model import DraftResult, Evidence, Gap, Paragraph, Revision, SectionEvidence, Sentence


@dataclass(frozen=True)
class SectionOutcome:
    """What happened to one section in a drafting run."""

    section_id: str
    status: str  # drafted | failed | conflict
    revision: int | None = None
    sentences: int = 0
    flagged: int = 0
    gaps: int = 0
    reason: str = ""

    def as_json(self) -> dict[str, object]:
        """Plain fields for --json output."""
        return dict(self.__dict__)


@dataclass(frozen=True)
class DraftProgress:
    """A progress event: ``done`` of ``total`` sections, at ``stage`` of ``section_id``."""

    stage: str  # evidence | drafting | stored | failed
    section_id: str
    done: int
    total: int


def _merge_gaps(*groups: Sequence[Gap]) -> tuple[Gap, ...]:
    seen: dict[str, Gap] = {}
    for group in groups:
        for gap in group:
            seen.setdefault(gap.question, gap)
    return tuple(seen.values())


def finish_draft(
    draft: DraftResult,
    evidence: SectionEvidence,
    base: Revision | None,
    locked: list,
    checker: SupportChecker | None,
    judge: SupportJudge | None = None,
) -> tuple[DraftResult, dict[str, dict[str, str]]]:
    """Keep accepted sentences, check citations and support (and let the judge refine), collect cited passages."""
    merged = merge_locked(draft, locked)
    passages = {e.chunk_id: e.text for e in evidence.evidence}
    sources = {e.chunk_id: e.source() for e in evidence.evidence}
    if base is not None:  # accepted sentences may cite passages this run did not retrieve
        for cid, src in base.sources.items():
            passages.setdefault(cid, src.get("text", ""))
            sources.setdefault(cid, src)
    checked = check_draft(merged, passages, checker, sources)
    if judge is not None:
        checked = judge.refine(checked, passages)
    cited = {c for p in checked.paragraphs for s in p.sentences for c in s.citations}
    answered = {p.theme for p in checked.paragraphs if p.sentences}  # an accepted sentence answers its question
    gaps = tuple(g for g in _merge_gaps(evidence.gaps, draft.gaps) if g.question not in answered)
    checked = replace(checked, gaps=gaps)
    return checked, {cid: sources[cid] for cid in sorted(cited)}


def _evidence_for(searcher: Searcher, chunk_ids: Sequence[str], have: SectionEvidence) -> tuple[Evidence, ...]:
    """Evidence values for passages a divergence cites that the section's own evidence lacks."""
    known = {e.chunk_id for e in have.evidence}
    return tuple(stored_passages(searcher, [c for c in chunk_ids if c not in known]))


def locked_positions(base: Revision | None) -> list[tuple[int, int, Sentence, str]]:
    """The accepted sentences of ``base`` with paragraph index, sentence index and the paragraph's theme."""
    if base is None:
        return []
    return [
        (p, i, s, par.theme) for p, par in enumerate(base.paragraphs) for i, s in enumerate(par.sentences) if s.locked
    ]


def _by_editor(revision: Revision) -> bool:
    return revision.backend == EDITED or any(n.startswith("imported from review") for n in revision.notes)


def removed_wording(store: DraftStore, section_id: str) -> set[str]:
    """Wordings an editor removed or replaced in a revision of the section; a later draft never brings them back."""
    removed: set[str] = set()
    previous: Revision | None = None
    for info in store.history(section_id):
        revision = store.revision(section_id, info.number)
        if previous is not None and _by_editor(revision):
            kept = " ".join(quote_key(s.text) for s in revision.sentences())
            for sentence in previous.sentences():
                key = wording(sentence)
                if sentence.kind == "evidence" and key and key not in kept:
                    removed.add(key)
        previous = revision
    return removed


def _without_removed(
    draft: DraftResult, removed: set[str], why: str = "whose wording an editor had removed from this section"
) -> DraftResult:
    """An LLM draft without the sentences that say again a wording in ``removed`` (by default: an editor removed it).

    A model rarely writes a sentence twice word for word: one that holds the wording, sits inside it, or differs
    from it only by a few characters (the same sentence lightly reworded) counts as the same.
    """
    paragraphs, dropped = [], 0
    for paragraph in draft.paragraphs:
        kept = tuple(s for s in paragraph.sentences if not _says_again(wording(s), removed))
        dropped += len(paragraph.sentences) - len(kept)
        if kept:
            paragraphs.append(replace(paragraph, sentences=kept))
    if not dropped:
        return draft
    note = f"left out {dropped} sentence(s) {why}"
    return replace(draft, paragraphs=tuple(paragraphs), notes=(*draft.notes, note))


REWORDED = 0.8  # share of characters two long wordings keep in common (difflib) to be one sentence reworded


def _says_again(key: str, wordings: set[str]) -> bool:
    """Whether the wording ``key`` is one of ``wordings``, holds one, sits in one, or is one lightly reworded."""
    if is_taken(key, wordings):
        return True
    long = [w for w in wordings if len(w) >= 25 and len(key) >= 25]
    return any(difflib.SequenceMatcher(None, key, w, autojunk=False).ratio() >= REWORDED for w in long)


def _divergence_blocks(
    sections: Sequence[SectionSpec], divergences: Mapping[str, Sequence[Any]] | None
) -> dict[str, tuple[Paragraph, ...]]:
    """Each section's "Points of divergence" paragraphs, in outline order, each quoted wording stated once.

    The register states each point once, under the question it answers best; a contributor whose words a point
    quotes were quoted by an earlier point already is quoted from another of their claims on that side (see
    :func:`divergence_paragraphs`), and a point that would still repeat a wording is left out.
    """
    used: set[str] = set()
    blocks: dict[str, tuple[Paragraph, ...]] = {}
    for section in sections:
        paragraphs: list[Paragraph] = []
        for point in (divergences or {}).get(section.id, ()):
            for paragraph in divergence_paragraphs([point], lambda quote: is_taken(quote, used)):
                keys = [wording(s) for s in paragraph.sentences]
                if any(is_taken(k, used) for k in keys):
                    continue
                used.update(keys)
                paragraphs.append(paragraph)
        blocks[section.id] = tuple(paragraphs)
    return blocks


def _answered_in_divergence(
    draft: DraftResult,
    block: Sequence[Paragraph],
    section: SectionSpec,
    sources: Mapping[str, Mapping[str, str]],
    sides: Sequence[list[set[str]]],
    points: Sequence[Any] = (),
) -> DraftResult:
    """A question whose best answers a point of divergence of the section quotes is no gap: its paragraph is the
    lead alone, counting the point's contributors and pointing to it.

    The extractive drafter leaves such a question without sentences rather than take a substitute that shares
    its topic without answering it (the point already quotes the answers, each once in the draft).
    """
    order = {q: n for n, q in enumerate(section.questions)}
    asked = {divergence_theme(d): d.question for d in points}
    paragraphs = list(draft.paragraphs)
    gaps = []
    for gap in draft.gaps:
        point = next((p for p in block if asked.get(p.theme or "") == gap.question), None)
        lead = (
            lead_sentence(Paragraph(point.sentences, gap.question), sources, sides)
            if point is not None and gap.note.startswith(ANSWERED_ELSEWHERE)
            else None
        )
        if lead is None:
            gaps.append(gap)
            continue
        at = next(
            (i for i, p in enumerate(paragraphs) if order.get(p.theme or "", -1) > order.get(gap.question, 0)),
            len(paragraphs) - len(block),
        )
        paragraphs.insert(at, Paragraph((lead,), gap.question))
    return replace(draft, paragraphs=tuple(paragraphs), gaps=tuple(gaps))


def _draft_without_repeats(
    drafter: Any,
    prepared: list,
    avoid: Mapping[str, set[str]],
    pinned: Mapping[str, set[str]],
    rounds: int = 3,
    removed: Mapping[str, set[str]] | None = None,
    settled: Mapping[str, set[str]] | None = None,
) -> dict[str, DraftResult]:
    """Draft every section so that each wording is used once in the whole draft, where it answers best.

    Sections are drafted; a wording drafted in several sections stays in the one where it scored best and the
    others are drafted again without it (a few rounds). A question left a gap because another section holds its
    only answer then gets it when it answers on its own and the holder stays answered (:func:`give_to_unanswered`);
    whatever still repeats is dropped where it lost. A wording from a passage an editor pinned to a section stays
    in that section whatever other sections use.
    """
    extra: dict[str, set[str]] = {item[0].id: set() for item in prepared}
    results: dict[str, tuple[DraftResult, dict[str, float]]] = {}
    by_id = {item[0].id: item for item in prepared}

    def redraft(sid: str, lost: set[str]) -> tuple[DraftResult, dict[str, float]]:
        section, evidence, _base, locked = by_id[sid]
        return drafter.draft_scored(
            section,
            evidence,
            [s for *_, s, _t in locked],
            avoid[sid] | lost,
            (removed or {}).get(sid, ()),
            (settled or {}).get(sid, ()),
        )

    todo = [item[0].id for item in prepared]
    for _ in range(rounds):
        for sid in todo:
            results[sid] = redraft(sid, extra[sid])
        owner = owners(results, pinned)
        todo = [sid for sid, (_, scores) in results.items() if not all(keeps(owner, pinned, sid, k) for k in scores)]
        for sid in todo:
            extra[sid] |= {k for k in results[sid][1] if not keeps(owner, pinned, sid, k)}
        if not todo:
            break
    bar = getattr(drafter, "answer_bar", None)
    if bar is not None:
        give_to_unanswered(redraft, [item[0].id for item in prepared], results, extra, pinned, bar)
    owner = owners(results, pinned)
    out: dict[str, DraftResult] = {}
    for sid, (draft, _scores) in results.items():
        paragraphs = []
        for paragraph in draft.paragraphs:
            kept = tuple(s for s in paragraph.sentences if keeps(owner, pinned, sid, wording(s)))
            if kept:
                paragraphs.append(replace(paragraph, sentences=kept))
        out[sid] = replace(draft, paragraphs=tuple(paragraphs))
    return out


def draft_sections(
    outline: Outline,
    searcher: Searcher,
    store: DraftStore,
    drafter: Drafter,
    checker: SupportChecker | None,
    section_ids: Sequence[str] = (),
    *,
    author: str = "drafter",
    workers: int = 1,
    judge: SupportJudge | None = None,
    divergences: Mapping[str, Sequence[Any]] | None = None,
    evidence_settings: EvidenceSettings | None = None,
    progress: Callable[[DraftProgress], None] | None = None,
) -> list[SectionOutcome]:
    """Draft the chosen sections (all when none are named) and store a new revision of each.

    With the extractive drafter each wording is used once across the drafted sections and never one an editor
    removed from that section or one a point of divergence quotes. With every drafter each question's paragraph
    opens with a lead sentence built from counts (an LLM's own summary is replaced by it).
    """
    sections: list[SectionSpec] = [outline.section(i) for i in section_ids] if section_ids else list(outline.sections)
    notify = progress or (lambda _e: None)
    prepared = []
    for n, section in enumerate(sections):
        notify(DraftProgress("evidence", section.id, n, len(sections)))
        base = store.current(section.id)
        evidence = gather_evidence(
            searcher, section, store.pins(section.id), store.exclusions(section.id), evidence_settings
        )
        prepared.append((section, evidence, base, locked_positions(base)))
    if hasattr(drafter, "read_outline"):
        # every question is read against the whole outline's median question: sections not being drafted
        # are read too (their evidence only), so redrafting one section decides as drafting all would
        chosen = {item[0].id for item in prepared}
        others = [
            (s, gather_evidence(searcher, s, store.pins(s.id), store.exclusions(s.id), evidence_settings))
            for s in outline.sections
            if s.id not in chosen
        ]
        drafter.read_outline([(item[0], item[1]) for item in prepared] + others)
    blocks = _divergence_blocks(sections, divergences)
    removed = {item[0].id: removed_wording(store, item[0].id) if item[2] else set() for item in prepared}
    drafted: dict[str, DraftResult] = {}
    if hasattr(drafter, "draft_scored"):
        taken = {wording(s) for ps in blocks.values() for p in ps for s in p.sentences}
        pinned = {
            item[0].id: {quote_key(c.text) for c in candidates([e for e in item[1].evidence if e.pinned])}
            for item in prepared
        }
        accepted = {item[0].id: {wording(s) for *_, s, _t in item[3]} for item in prepared}
        avoid = {  # a wording quoted elsewhere stays out, unless an editor pinned its passage here
            item[0].id: (taken | {k for sid, keys in accepted.items() if sid != item[0].id for k in keys})
            - pinned[item[0].id]
            | removed[item[0].id]
            for item in prepared
        }
        try:
            stated = {p.theme for ps in blocks.values() for p in ps}
            settled = {  # questions a stated point of divergence answers: its quotations are their answers
                sid: {d.question for d in points if divergence_theme(d) in stated}
                for sid, points in (divergences or {}).items()
            }
            drafted = _draft_without_repeats(drafter, prepared, avoid, pinned, removed=removed, settled=settled)
        except DraftingError as exc:
            return [SectionOutcome(s.id, "failed", reason=str(exc)) for s in sections]

    def run(item) -> SectionOutcome:  # noqa: ANN001 - one prepared tuple
        section, evidence, base, locked = item
        try:
            if section.id in drafted:
                draft = drafted[section.id]
            else:
                draft = drafter.draft(section, evidence, [s for *_, s, _t in locked])
        except DraftingError as exc:
            return SectionOutcome(section.id, "failed", reason=str(exc))
        points = list((divergences or {}).get(section.id, ()))
        gone = removed[section.id]
        block = tuple(  # a point whose sentence an editor removed is not stated again
            p for p in blocks.get(section.id, ()) if not any(wording(s) in gone for s in p.sentences)
        )
        if draft.backend != "extractive" and gone:  # the extractive drafter avoided them already
            draft = _without_removed(draft, gone)
        kept = {wording(s) for *_, s, _t in locked}
        if draft.backend != "extractive" and kept:  # a model that writes an accepted sentence again: it is there
            draft = _without_removed(draft, kept, "that repeat an accepted sentence")
        sides = divergent_voices(points)
        sources = {e.chunk_id: e.source() for e in evidence.evidence}
        if draft.backend == "extractive":
            draft = replace(draft, paragraphs=with_leads(draft.paragraphs, sources, sides))
        else:  # the model's own summaries give way to leads, in place before accepted sentences are put back
            draft = open_llm_draft(draft, sources, sides)
        if block:
            draft = replace(draft, paragraphs=draft.paragraphs + block)
            cited = [c for p in block for s in p.sentences for c in s.citations]
            evidence = replace(evidence, evidence=evidence.evidence + _evidence_for(searcher, cited, evidence))
        if block and draft.backend == "extractive":
            all_sources = {e.chunk_id: e.source() for e in evidence.evidence}
            draft = _answered_in_divergence(draft, block, section, all_sources, sides, points)
        final, sources = finish_draft(draft, evidence, base, locked, checker, judge)
        if draft.backend != "extractive":  # after the check: the lead counts only what the sentences still cite
            final = settle_llm_leads(final, sources, sides, checker)
        else:  # an accepted lead is put back by finish_draft: its counts are checked against the new paragraph
            final = recount_accepted_leads(final, sources)
        try:
            revision = store.save(
                section.id, final, author=author, expected=base.number if base else None, sources=sources
            )
        except ConflictError as exc:
            return SectionOutcome(section.id, "conflict", reason=f"{exc}; draft the section again")
        sentences = revision.sentences()
        return SectionOutcome(
            section.id,
            "drafted",
            revision.number,
            len(sentences),
            sum(1 for s in sentences if s.flags),
            len(revision.gaps),
        )

    outcomes: dict[str, SectionOutcome] = {}
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures = {pool.submit(run, item): item[0].id for item in prepared}
        for done, future in enumerate(as_completed(futures), start=1):
            outcome = future.result()
            outcomes[outcome.section_id] = outcome
            notify(
                DraftProgress(
                    "stored" if outcome.status == "drafted" else "failed", outcome.section_id, done, len(prepared)
                )
            )
    return [outcomes[s.id] for s in sections]
