"""Evidence for a section: hybrid search for its purpose and each guiding question, merged with diversity.

Each passage records why it was chosen (which query, at what rank and score). Editors' pins are
always included and their exclusions never are. A guiding question that the contributions do not
address becomes a gap of the section instead of being filled with weak sentences.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.drafting.outline import SectionSpec
from pipeline.index.lexical import tokenize
from pipeline.index.search import Hit, Searcher
from pipeline.model import Evidence, Gap, Reason, SectionEvidence

# Words of the question's form, not its subject; they say nothing about whether a contribution addresses it.
QUESTION_WORDS = frozenset(
    tokenize(
        "what which how who whom when where why whether should could would can must may role recommended "
        "used say says contributor contributors about according way ways kind kinds matter matters apply "
        "applies appropriate sufficient example examples case cases play"
    )
)


@dataclass(frozen=True)
class EvidenceSettings:
    """How much evidence to gather and when a question counts as unaddressed."""

    per_query: int = 8  # passages kept per query
    max_passages: int = 30  # per section, pins excluded
    max_per_contributor: int = 5  # per section, so one long submission cannot crowd out the rest
    # best dense cosine below this: the contributions are about something else. Questions on other matters
    # (recipes, football, motorways) score 0.01-0.28 against a micro-credential corpus; outline questions worded
    # otherwise than the contributions score from 0.24 ("people living far from cities" for "villages"). Between
    # the two the answer model decides, and it makes every such off-domain probe a gap too (BENCHMARKS section 37).
    min_similarity: float = 0.20
    # share of the question's subject words no contribution uses at all, at or above which the question is a gap
    # before any passage is read: only when none is used. Outline writers paraphrase ("hands-on competences" for
    # "practical skills"), so a missing word is weak evidence; the answer model weighs it with the rest.
    max_unseen: float = 1.0


def _reason_hits(searcher: Searcher, query: str, k: int, excluded: set[str]) -> list[Hit]:
    hits = searcher.search(query, k=k + len(excluded))
    return [h for h in hits if h.chunk_id not in excluded][:k]


def unseen_share(searcher: Searcher, question: str) -> tuple[float, list[str]]:
    """The share of the question's subject words that occur in no chunk, and those words."""
    lexical = searcher.index.lexical()
    words = [w for w in dict.fromkeys(tokenize(question)) if w not in QUESTION_WORDS and len(w) > 1]
    missing = [w for w in words if lexical.doc_freq(w) == 0]
    return (len(missing) / len(words) if words else 0.0), missing


def _gap(searcher: Searcher, question: str, hits: Sequence[Hit], settings: EvidenceSettings) -> Gap | None:
    best = max((h.signals.get("dense", 0.0) for h in hits), default=0.0)
    if not hits or best < settings.min_similarity:
        return Gap(question, f"no contribution addresses this question (closest passage similarity {best:.2f})")
    share, missing = unseen_share(searcher, question)
    if share >= settings.max_unseen:
        return Gap(
            question, f"no contribution addresses this question (no contribution mentions: {', '.join(missing)})"
        )
    return None


def gather_evidence(
    searcher: Searcher,
    section: SectionSpec,
    pins: Sequence[str] = (),
    exclusions: Sequence[str] = (),
    settings: EvidenceSettings | None = None,
) -> SectionEvidence:
    """Evidence and gaps for one section."""
    settings = settings or EvidenceSettings()
    excluded = set(exclusions)
    reasons: dict[str, list[Reason]] = defaultdict(list)
    hits_by_id: dict[str, Hit] = {}
    best_rank: dict[str, tuple[int, float]] = {}
    gaps: list[Gap] = []
    for query in (section.purpose, *section.questions):
        hits = _reason_hits(searcher, query, settings.per_query, excluded)
        if query != section.purpose:
            gap = _gap(searcher, query, hits, settings)
            if gap:
                gaps.append(gap)
                continue
        for rank, hit in enumerate(hits, start=1):
            reasons[hit.chunk_id].append(Reason(query, rank, round(hit.score, 4)))
            hits_by_id.setdefault(hit.chunk_id, hit)
            key = (rank, -hit.score)
            best_rank[hit.chunk_id] = min(best_rank.get(hit.chunk_id, key), key)
    # best-ranked first; a contributor's passages beyond the cap wait until every other voice is in
    chosen: list[str] = []
    per_contributor: dict[str, int] = defaultdict(int)
    overflow: list[str] = []
    for cid in sorted(hits_by_id, key=lambda c: (best_rank[c], -len(reasons[c]), c)):
        who = hits_by_id[cid].contributor or hits_by_id[cid].file
        if per_contributor[who] >= settings.max_per_contributor:
            overflow.append(cid)
            continue
        per_contributor[who] += 1
        chosen.append(cid)
    chosen = (chosen + overflow)[: settings.max_passages]
    evidence = [_evidence(hits_by_id[c], reasons[c], pinned=False) for c in chosen if c not in pins]
    pinned = _pinned(searcher, [p for p in pins if p not in excluded], hits_by_id, reasons)
    return SectionEvidence(section.id, tuple(pinned + evidence), tuple(gaps), tuple(sorted(excluded)))


def _evidence(hit: Hit, reasons: Sequence[Reason], pinned: bool) -> Evidence:
    return Evidence(
        chunk_id=hit.chunk_id,
        file=hit.file,
        title=hit.title,
        contributor=hit.contributor,
        organisation=hit.organisation,
        country=hit.country,
        region=hit.region,
        kind=hit.kind,
        role=hit.role,
        location=hit.location,
        text=hit.text,
        reasons=tuple(reasons),
        relevance=round(hit.signals.get("dense", 0.0), 4),
        pinned=pinned,
    )


def stored_passages(searcher: Searcher, chunk_ids: Sequence[str], reasons: Sequence[Reason] = ()) -> list[Evidence]:
    """Evidence for passages read straight from the manifest (ids of removed sources are left out)."""
    records = searcher.index.manifest.chunks(list(chunk_ids))
    sources = searcher.sources()
    out: list[Evidence] = []
    for cid in dict.fromkeys(chunk_ids):
        rec = records.get(cid)
        meta = sources.get(rec.file) if rec is not None else None
        if rec is None or meta is None:
            continue
        hit = Hit(
            cid,
            rec.file,
            meta.get("title", ""),
            meta.get("contributor", ""),
            meta.get("organisation", ""),
            meta.get("country", ""),
            meta.get("region", ""),
            meta.get("kind", ""),
            meta.get("role", ""),
            rec.label,
            rec.text,
            1.0,
        )
        out.append(_evidence(hit, reasons, pinned=False))
    return out


def _pinned(searcher: Searcher, pins: Sequence[str], hits: dict[str, Hit], reasons) -> list[Evidence]:
    """Pinned passages, read from the manifest when no query found them (a pin on a removed source is dropped)."""
    pinned = Reason("pinned by an editor", 0, 1.0)
    found = {e.chunk_id: e for e in stored_passages(searcher, [p for p in pins if p not in hits], [pinned])}
    out: list[Evidence] = []
    for cid in pins:
        if cid in hits:
            out.append(_evidence(hits[cid], [*reasons[cid], pinned], pinned=True))
        elif cid in found:
            out.append(replace(found[cid], pinned=True))
    return out
