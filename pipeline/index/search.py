"""Hybrid search over the workspace: dense (Chroma) and BM25 candidates, fused.

The default fusion is a convex combination of each method's scores scaled to [0, 1] over its
candidates (equal weights): unlike reciprocal rank fusion it keeps a passage that one method
ranks very high and the other misses. Reciprocal rank fusion remains available (``fusion="rrf"``).

Results are resolved through the manifest, so every hit carries the source's current metadata
and a location an editor can open; ids the manifest does not hold are dropped.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from pipeline.index.workspace_index import Index

METHODS = ("hybrid", "dense", "bm25")
RRF_K = 60  # the constant of reciprocal rank fusion; 60 is the customary, robust choice


@dataclass(frozen=True)
class Filters:
    """Metadata filters; each field lists accepted values (empty: no filter on it)."""

    kind: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    region: tuple[str, ...] = ()
    contributor: tuple[str, ...] = ()

    def active(self) -> dict[str, tuple[str, ...]]:
        """The fields that restrict anything."""
        return {k: v for k, v in self.__dict__.items() if v}

    def chroma_where(self) -> dict[str, Any] | None:
        """The same filter in Chroma's ``where`` syntax."""
        clauses = [{k: {"$in": list(v)}} for k, v in self.active().items()]
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def accepts(self, meta: dict[str, str]) -> bool:
        """Whether a source with this metadata passes."""
        return all(meta.get(k, "") in v for k, v in self.active().items())


@dataclass(frozen=True)
class Hit:
    """One search result: a chunk, who said it, where, and why it ranked."""

    chunk_id: str
    file: str
    title: str
    contributor: str
    organisation: str
    country: str
    region: str
    kind: str
    role: str
    location: str
    text: str
    score: float
    ranks: dict[str, int] = field(default_factory=dict)  # rank per method that found it, from 1
    signals: dict[str, float] = field(default_factory=dict)  # raw score per method: cosine, BM25
    location_fields: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        """The contract's fields, plus organisation, region, role and ranks."""
        return {
            "chunk_id": self.chunk_id,
            "file": self.file,
            "title": self.title,
            "contributor": self.contributor,
            "organisation": self.organisation,
            "country": self.country,
            "region": self.region,
            "kind": self.kind,
            "role": self.role,
            "location": self.location,
            "text": self.text,
            "ocr": bool(self.location_fields.get("ocr")),  # read by OCR from a scanned page: check before quoting
            "score": round(self.score, 6),
            "ranks": self.ranks,
            "signals": {k: round(v, 4) for k, v in self.signals.items()},
        }


def _minmax(results: list[tuple[str, float]]) -> dict[str, float]:
    """Scores scaled to [0, 1] within one method's candidates; a candidate the method missed counts 0."""
    if not results:
        return {}
    values = [raw for _, raw in results]
    low, high = min(values), max(values)
    span = high - low
    return {cid: (raw - low) / span if span > 0 else 1.0 for cid, raw in results}


class Searcher:
    """Answers queries against one workspace index; reuse it for many queries."""

    def __init__(self, index: Index, pool: int = 60, fusion: str = "convex", dense_weight: float = 0.5) -> None:
        self.index = index
        self.pool = pool  # candidates taken from each method before fusion
        self.fusion = fusion
        self.dense_weight = dense_weight
        self._sources: tuple[int, dict[str, dict[str, str]]] | None = None

    def sources(self) -> dict[str, dict[str, str]]:
        """Every source's metadata, read again only when the manifest changed (not on every query)."""
        generation = self.index.manifest.generation()
        if self._sources is None or self._sources[0] != generation:
            self._sources = (generation, {s.file: s.meta for s in self.index.manifest.sources()})
        return self._sources[1]

    def _allowed(self, filters: Filters) -> list[str] | None:
        if not filters.active():
            return None
        files = [f for f, meta in self.sources().items() if filters.accepts(meta)]
        return [cid for f in files for cid in self.index.manifest.chunk_ids(f)]

    def ranked(
        self, query: str, method: str = "hybrid", k: int = 10, filters: Filters | None = None
    ) -> list[tuple[str, float, dict[str, int], dict[str, float]]]:
        """Chunk ids with fused scores, per-method ranks and raw scores, best first, before diversity."""
        if method not in METHODS:
            raise ValueError(f"unknown search method '{method}'; choose one of {', '.join(METHODS)}")
        filters = filters or Filters()
        depth = max(self.pool, 3 * k)
        lists: dict[str, list[tuple[str, float]]] = {}
        if method in ("hybrid", "dense"):
            vector = self.index.embedder.embed([query])[0]
            lists["dense"] = self.index.vectors.query(vector, depth, filters.chroma_where())
        if method in ("hybrid", "bm25"):
            lists["bm25"] = self.index.lexical().query(query, depth, self._allowed(filters))
        scores: dict[str, float] = defaultdict(float)
        ranks: dict[str, dict[str, int]] = defaultdict(dict)
        raws: dict[str, dict[str, float]] = defaultdict(dict)
        for name, results in lists.items():
            for rank, (cid, raw) in enumerate(results, start=1):
                ranks[cid][name] = rank
                raws[cid][name] = raw
            if method != "hybrid":
                for cid, raw in results:
                    scores[cid] = raw
            elif self.fusion == "rrf":
                for rank, (cid, _raw) in enumerate(results, start=1):
                    scores[cid] += 1.0 / (RRF_K + rank)
            else:
                for cid, norm in _minmax(results).items():
                    scores[cid] += (self.dense_weight if name == "dense" else 1.0 - self.dense_weight) * norm
        order = sorted(scores, key=lambda c: (-scores[c], c))
        return [(c, scores[c], ranks[c], raws[c]) for c in order]

    def search(
        self,
        query: str,
        k: int = 10,
        method: str = "hybrid",
        filters: Filters | None = None,
        max_per_contributor: int | None = None,
    ) -> list[Hit]:
        """The top ``k`` passages for ``query``.

        ``max_per_contributor`` caps how many passages one contributor may hold in the results, so a
        long submission cannot crowd out the others; capped passages fill in only if too few remain.
        """
        if not query.strip():
            return []
        ranked = self.ranked(query, method, k, filters)
        records = self.index.manifest.chunks([r[0] for r in ranked])
        sources = self.sources()
        chosen: list[Hit] = []
        overflow: list[Hit] = []
        per: dict[str, int] = defaultdict(int)
        for cid, score, rank, raw in ranked:
            rec = records.get(cid)
            if rec is None or rec.file not in sources:  # stale vector: the manifest is the truth
                continue
            meta = sources[rec.file]
            hit = Hit(
                chunk_id=cid,
                file=rec.file,
                title=meta.get("title", ""),
                contributor=meta.get("contributor", ""),
                organisation=meta.get("organisation", ""),
                country=meta.get("country", ""),
                region=meta.get("region", ""),
                kind=meta.get("kind", ""),
                role=meta.get("role", ""),
                location=rec.label,
                text=rec.text,
                score=score,
                ranks=rank,
                signals=raw,
                location_fields=rec.location,
            )
            who = hit.contributor or hit.file
            if max_per_contributor and per[who] >= max_per_contributor:
                overflow.append(hit)
                continue
            per[who] += 1
            chosen.append(hit)
            if len(chosen) >= k:
                break
        if len(chosen) < k:
            chosen.extend(overflow[: k - len(chosen)])
        return chosen
