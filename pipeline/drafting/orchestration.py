"""Draft sections end to end: evidence, drafter, accepted sentences kept, citation check, new revision.

Evidence is gathered for all sections first (search is quick and shares one index); drafting then
runs in a bounded thread pool, since an LLM call mostly waits on the network. Each finished section
is stored at once, so a failure or interruption loses at most the sections still being drafted.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, replace
from typing import Any

from pipeline.drafting.checking import check_draft, divergence_paragraphs, merge_locked
from pipeline.drafting.drafters.base import Drafter, DraftingError
from pipeline.drafting.drafts import ConflictError, DraftStore
from pipeline.drafting.evidence import EvidenceSettings, gather_evidence, stored_passages
from pipeline.drafting.judge import SupportJudge
from pipeline.drafting.outline import Outline, SectionSpec
from pipeline.drafting.support import SupportChecker
from pipeline.index.search import Searcher
from pipeline.model import DraftResult, Evidence, Gap, Revision, SectionEvidence


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
    checked = replace(checked, gaps=_merge_gaps(evidence.gaps, draft.gaps))
    return checked, {cid: sources[cid] for cid in sorted(cited)}


def _evidence_for(searcher: Searcher, chunk_ids: Sequence[str], have: SectionEvidence) -> tuple[Evidence, ...]:
    """Evidence values for passages a divergence cites that the section's own evidence lacks."""
    known = {e.chunk_id for e in have.evidence}
    return tuple(stored_passages(searcher, [c for c in chunk_ids if c not in known]))


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
    """Draft the chosen sections (all when none are named) and store a new revision of each."""
    sections: list[SectionSpec] = [outline.section(i) for i in section_ids] if section_ids else list(outline.sections)
    notify = progress or (lambda _e: None)
    prepared = []
    for n, section in enumerate(sections):
        notify(DraftProgress("evidence", section.id, n, len(sections)))
        base = store.current(section.id)
        evidence = gather_evidence(
            searcher, section, store.pins(section.id), store.exclusions(section.id), evidence_settings
        )
        locked = store.locked_sentences(section.id)
        prepared.append((section, evidence, base, locked))

    def run(item) -> SectionOutcome:  # noqa: ANN001 - one prepared tuple
        section, evidence, base, locked = item
        try:
            draft = drafter.draft(section, evidence, [s for _, s in locked])
        except DraftingError as exc:
            return SectionOutcome(section.id, "failed", reason=str(exc))
        points = list((divergences or {}).get(section.id, ()))
        if points:
            draft = replace(draft, paragraphs=draft.paragraphs + divergence_paragraphs(points))
            cited = [src["chunk_id"] for d in points for p in d.positions for src in p.sources()]
            evidence = replace(evidence, evidence=evidence.evidence + _evidence_for(searcher, cited, evidence))
        final, sources = finish_draft(draft, evidence, base, locked, checker, judge)
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
