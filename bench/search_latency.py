"""Benchmark 3: search latency at 10k and 100k chunks (target: hybrid p95 <= 50 ms at 100k), and a naive
LangChain + Chroma pipeline on the same data.

Embedding 100k chunks would take about an hour here, so the large index is synthetic: a few thousand
real chunk texts are embedded once (by the ingest benchmark, or here when run alone), and each synthetic
chunk is one of them with its sentences shuffled and its numbers varied, with that text's vector plus
small Gaussian noise (re-normalised). Chunks are written through the project's own classes
(``Manifest.replace_source`` and ``Index.vectors.upsert``), so ``Searcher`` runs unchanged over them.

Each timed query is ``Searcher.search(query, k=10)`` with its query embedding included, after a warm-up;
the three methods are interleaved query by query so that machine noise hits them alike.

Standalone: ``python -m bench.search_latency [--quick] [--embedded CACHE.npz]``.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import importlib.util
import json
import os
import random
import statistics
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from bench.common import (
    COUNTRIES,
    OUT_DIR,
    Stopwatch,
    TextMaterial,
    latency_summary,
    machine,
    make_queries,
    peak_rss_mb,
    rss_mb,
    shuffle_sentences,
    write_json,
)
from ingest.chunking import chunk_id
from ingest.model import Chunk, Location, SourceMeta
from pipeline.index.embeddings import MiniLMEmbedder
from pipeline.index.manifest import SourceRecord, now
from pipeline.index.search import METHODS, Searcher
from pipeline.index.workspace_index import Index, chunk_metadata
from pipeline.settings import Settings

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")  # Chroma clients built by LangChain: no phoning home

TARGET_P95_MS = 50.0
CHUNKS_PER_SOURCE = 50  # a 15-20 page brief at the default chunking
NOISE_SIGMA = 0.02  # per dimension; cosine to the base vector about 0.93
POOL = 60  # Searcher's default candidates per method


@dataclass
class Synthetic:
    """Chunks written so far, kept for the LangChain comparison (same ids, texts, metadata and vectors)."""

    ids: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    metas: list[dict[str, Any]] = field(default_factory=list)
    vectors: list[np.ndarray] = field(default_factory=list)
    sources: int = 0

    def __len__(self) -> int:
        return len(self.ids)


def load_base(cache: Path | None, quick: bool) -> tuple[list[str], np.ndarray, dict[str, Any]]:
    """Real chunk texts and their MiniLM vectors: from the ingest benchmark's cache, or embedded here."""
    if cache is not None and cache.exists():
        data = np.load(cache, allow_pickle=True)
        return [str(t) for t in data["texts"]], data["vectors"].astype(np.float32), {"source": str(cache)}
    material = TextMaterial.load()
    rng = random.Random(11)
    texts = list(dict.fromkeys(material.paragraph(rng, 500, 900) for _ in range(600 if quick else 2500)))
    with Stopwatch() as watch:
        vectors = MiniLMEmbedder().embed(texts)
    return texts, vectors, {"source": "embedded here", "embed_s": round(watch.seconds, 1)}


def grow(index: Index, data: Synthetic, target: int, texts: Sequence[str], vectors: np.ndarray, seed: int) -> dict:
    """Add synthetic sources of ``CHUNKS_PER_SOURCE`` chunks until the index holds ``target`` chunks."""
    rng = random.Random(seed + len(data))
    np_rng = np.random.default_rng(seed + len(data))
    manifest_s = chroma_s = make_s = 0.0
    pending: tuple[list[str], list[np.ndarray], list[str], list[dict[str, Any]]] = ([], [], [], [])

    def flush() -> float:
        if not pending[0]:
            return 0.0
        with Stopwatch() as watch:
            index.vectors.upsert(pending[0], np.stack(pending[1]), pending[2], pending[3])
        for part in pending:
            part.clear()
        return watch.seconds

    while len(data) < target:
        with Stopwatch() as making:
            s = data.sources
            country, region = COUNTRIES[s % len(COUNTRIES)]
            file = f"synthetic/brief_{s:06d}_{country.lower()}.pdf"
            meta = SourceMeta(
                file=file,
                title=f"Synthetic contribution {s} from {country}",
                kind=("policy_brief", "presentation", "expert_input")[s % 3],
                contributor=f"Contributor {s % 700}",
                organisation=f"Organisation {s % 90}",
                country=country,
                region=region,
                reader="pdf",
            ).public()
            digest = hashlib.sha256(file.encode()).hexdigest()
            n = min(CHUNKS_PER_SOURCE, target - len(data))
            picks = np_rng.integers(0, len(texts), size=n)
            noisy = vectors[picks] + np_rng.normal(0.0, NOISE_SIGMA, size=(n, vectors.shape[1])).astype(np.float32)
            noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
            chunks: list[Chunk] = []
            seen: set[str] = set()
            for j, base in enumerate(picks):
                location = Location(label=f"page {j // 3 + 1}", page=j // 3 + 1)
                text = shuffle_sentences(texts[int(base)], rng)
                cid = chunk_id(digest, location.label, text)
                while cid in seen:
                    text += f" ({j})"
                    cid = chunk_id(digest, location.label, text)
                seen.add(cid)
                chunks.append(Chunk(cid, file, text, location, j))
            record = SourceRecord(file, digest, "synthetic", 0, n // 3 + 1, n, meta, (), now())
        make_s += making.seconds
        with Stopwatch() as writing:
            index.manifest.replace_source(record, chunks)
        manifest_s += writing.seconds
        for c, vec in zip(chunks, noisy, strict=True):
            md = chunk_metadata(meta, c)
            pending[0].append(c.chunk_id)
            pending[1].append(vec)
            pending[2].append(c.text)
            pending[3].append(md)
            data.ids.append(c.chunk_id)
            data.texts.append(c.text)
            data.metas.append(md)
            data.vectors.append(vec)
        data.sources += 1
        if len(pending[0]) >= 5000:
            chroma_s += flush()
    chroma_s += flush()
    return {"generate_s": round(make_s, 2), "manifest_s": round(manifest_s, 2), "chroma_s": round(chroma_s, 2)}


def time_searches(searcher: Searcher, queries: Sequence[str], warmup: int = 10) -> dict[str, dict[str, float]]:
    """Latency of ``search(query, k=10)`` per method, methods interleaved in rotating order."""
    for q in queries[:warmup]:
        for method in METHODS:
            searcher.search(q, k=10, method=method)
    samples: dict[str, list[float]] = {m: [] for m in METHODS}
    gc.collect()
    for i, q in enumerate(queries):
        order = METHODS[i % 3 :] + METHODS[: i % 3]
        for method in order:
            with Stopwatch() as watch:
                hits = searcher.search(q, k=10, method=method)
            samples[method].append(watch.seconds)
            if not hits and method != "bm25":
                raise RuntimeError(f"no hits for {q!r} ({method})")
    return {m: latency_summary(v) for m, v in samples.items()}


def breakdown(index: Index, queries: Sequence[str]) -> dict[str, float]:
    """Median milliseconds of each step of a hybrid search, timed separately (the calls ``Searcher`` makes)."""
    searcher = Searcher(index)
    steps: dict[str, list[float]] = {k: [] for k in ("embed", "dense", "bm25", "chunks", "sources")}
    for q in queries:
        with Stopwatch() as w:
            vec = index.embedder.embed([q])[0]
        steps["embed"].append(w.seconds)
        with Stopwatch() as w:
            dense = index.vectors.query(vec, POOL, None)
        steps["dense"].append(w.seconds)
        with Stopwatch() as w:
            bm25 = index.lexical().query(q, POOL, None)
        steps["bm25"].append(w.seconds)
        ids = list(dict.fromkeys([c for c, _ in dense] + [c for c, _ in bm25]))
        with Stopwatch() as w:
            index.manifest.chunks(ids)
        steps["chunks"].append(w.seconds)
        with Stopwatch() as w:
            searcher.sources()  # cached per manifest generation: a generation check after the first query
        steps["sources"].append(w.seconds)
    return {f"{k}_p50_ms": round(statistics.median(v) * 1000, 2) for k, v in steps.items()}


class MiniLMLangChainEmbeddings:
    """LangChain ``Embeddings`` adapter around ``MiniLMEmbedder``.

    Queries are embedded for real. Documents whose text is in ``known`` get their precomputed synthetic
    vector (embedding 10k-100k texts here would take minutes to an hour and measure only the model, which
    both pipelines share); others are embedded for real.
    """

    def __init__(self, embedder: MiniLMEmbedder, known: dict[str, np.ndarray]) -> None:
        self.embedder = embedder
        self.known = known

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Vectors for documents."""
        missing = [t for t in texts if t not in self.known]
        fresh = dict(zip(missing, self.embedder.embed(missing), strict=True)) if missing else {}
        return [(self.known[t] if t in self.known else fresh[t]).tolist() for t in texts]

    def embed_query(self, text: str) -> list[float]:
        """The query vector, computed by MiniLM."""
        return self.embedder.embed([text])[0].tolist()


def langchain_available() -> bool:
    """Whether ``langchain-chroma`` is installed (it is not a project dependency)."""
    return importlib.util.find_spec("langchain_chroma") is not None


def langchain_naive(
    data: Synthetic, n: int, queries: Sequence[str], embedder: MiniLMEmbedder, ours: Searcher
) -> dict[str, Any]:
    """``Chroma.from_documents`` with default settings on the first ``n`` chunks; dense ``similarity_search``."""
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_core.embeddings import Embeddings

    adapter_cls = type("MiniLMAdapter", (MiniLMLangChainEmbeddings, Embeddings), {})
    adapter = adapter_cls(embedder, dict(zip(data.texts[:n], data.vectors[:n], strict=True)))
    docs = [
        Document(page_content=t, metadata=m, id=i)
        for i, t, m in zip(data.ids[:n], data.texts[:n], data.metas[:n], strict=True)
    ]
    rss_before = rss_mb()
    with Stopwatch() as build:
        store = Chroma.from_documents(docs, embedding=adapter, ids=data.ids[:n])
    rss_after = rss_mb()
    for q in queries[:10]:
        store.similarity_search(q, k=10)
    samples: list[float] = []
    overlap: list[float] = []
    for q in queries:
        with Stopwatch() as watch:
            hits = store.similarity_search(q, k=10)
        samples.append(watch.seconds)
        theirs = {h.id for h in hits}
        mine = {h.chunk_id for h in ours.search(q, k=10, method="dense")} if len(overlap) < 30 else None
        if mine is not None:
            overlap.append(len(theirs & mine) / 10)
    store.delete_collection()
    del store, docs, adapter
    gc.collect()
    return {
        "chunks": n,
        "ingest_s_vectors_precomputed": round(build.seconds, 2),
        "rss_growth_mb": round(rss_after - rss_before, 1),
        "dense": latency_summary(samples),
        "top10_overlap_with_our_dense": round(statistics.mean(overlap), 3),
        "client": "chromadb.Client() in memory (langchain-chroma's default without persist_directory), l2 space",
    }


def run(quick: bool, workdir: Path, cache: Path | None, langchain_large: bool | None = None) -> dict[str, Any]:
    """Build the synthetic index in steps (10k, then 100k) and measure each; LangChain on the same chunks."""
    sizes = [10_000] if quick else [10_000, 100_000]
    n_queries = 60 if quick else 100
    langchain_large = (not quick) if langchain_large is None else langchain_large
    texts, vectors, base_info = load_base(cache, quick)
    material = TextMaterial.load()
    queries = make_queries(material, n_queries)
    settings = Settings(workspace=workdir / "ws", isolate_readers=True)
    index = Index(settings)
    searcher = Searcher(index)
    data = Synthetic()
    results: dict[str, Any] = {
        "base_texts": len(texts),
        "base": base_info,
        "queries": n_queries,
        "chunks_per_source": CHUNKS_PER_SOURCE,
        "noise_sigma": NOISE_SIGMA,
        "sizes": {},
    }
    have_langchain = langchain_available()
    for size in sizes:
        entry: dict[str, Any] = {}
        entry["build"] = grow(index, data, size, texts, vectors, seed=size)
        with Stopwatch() as bm25_build:
            index.lexical()  # the first search after a change rebuilds BM25 from the manifest
        entry["build"]["bm25_rebuild_s"] = round(bm25_build.seconds, 2)
        entry["sources"] = data.sources
        entry["chunks"] = index.manifest.count_chunks()
        entry["vectors"] = index.vectors.count()
        entry["latency"] = time_searches(searcher, queries)
        entry["hybrid_breakdown"] = breakdown(index, queries[: min(40, len(queries))])
        entry["hybrid_p95_ms"] = entry["latency"]["hybrid"]["p95_ms"]
        entry["peak_rss_mb"] = peak_rss_mb()
        if have_langchain and (size == sizes[0] or langchain_large):
            entry["langchain"] = langchain_naive(data, size, queries, index.embedder, searcher)  # type: ignore[arg-type]
        results["sizes"][str(size)] = entry
    largest = results["sizes"][str(sizes[-1])]
    # a cold start (new Index: model load, Chroma open, BM25 load from disk) and the first query after a change
    with Stopwatch() as cold:
        fresh = Index(settings)
        Searcher(fresh).search(queries[0], k=10)
    grow(index, data, len(data) + CHUNKS_PER_SOURCE, texts, vectors, seed=1)
    with Stopwatch() as after_change:
        Searcher(fresh).search(queries[1], k=10)
    with Stopwatch() as next_query:
        Searcher(fresh).search(queries[2], k=10)
    largest["cold_first_query_s"] = round(cold.seconds, 2)
    largest["first_query_after_adding_one_source_s"] = round(after_change.seconds, 2)
    largest["next_query_s"] = round(next_query.seconds, 3)
    p95 = largest["hybrid_p95_ms"]
    results["target_p95_ms"] = TARGET_P95_MS
    results["largest"] = sizes[-1]
    results["ratio_target_over_p95"] = round(TARGET_P95_MS / p95, 2)
    results["meets_target"] = p95 <= TARGET_P95_MS
    results["langchain"] = "measured" if have_langchain else "skipped: pip install langchain-chroma"
    return results


def main() -> None:
    """Run benchmark 3 and write its JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10k chunks only, 60 queries")
    parser.add_argument("--embedded", type=Path, default=None, help="chunk texts and vectors from the ingest run")
    parser.add_argument("--no-langchain-large", action="store_true", help="LangChain comparison at 10k only")
    parser.add_argument("--json-out", type=Path, default=OUT_DIR / "search.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gd-bench-") as tmp:
        result = run(args.quick, Path(tmp), args.embedded, False if args.no_langchain_large else None)
    result["machine"] = machine()
    write_json(args.json_out, result)
    print(json.dumps({k: v for k, v in result.items() if k != "machine"}, indent=2))


if __name__ == "__main__":
    main()
