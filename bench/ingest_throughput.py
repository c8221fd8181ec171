"""Benchmark 1: ingest throughput of the real pipeline against raw embedding of the same chunk texts.

A synthetic mixed corpus (PDF, DOCX, PPTX, Markdown, text) is ingested with ``ingest_paths`` and default
settings (readers isolated in child processes, as users run it) into a fresh workspace. Exactly the texts
the pipeline embedded for the manifest's chunks (chunk text under the index header, as ``Index.store``
builds it; their number is checked against ``Manifest.count_chunks()``) are then embedded directly with
``MiniLMEmbedder().embed`` in one call (same batch size, length-sorted batches of 32).
Rounds alternate pipeline and raw passes so that machine noise hits both; the target is
pipeline / raw >= 0.85 in chunks per second.

Benchmark 2 (re-ingest, ``bench.reingest``) runs on the first round's workspace.

Standalone: ``python -m bench.ingest_throughput [--quick] [--rounds N]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from bench import reingest
from bench.common import OUT_DIR, Stopwatch, build_corpus, machine, peak_rss_mb, write_json
from pipeline.index.embeddings import MiniLMEmbedder
from pipeline.index.ingestion import ingest_paths
from pipeline.index.workspace_index import Index
from pipeline.settings import Settings

TARGET_RATIO = 0.85
FULL_CHUNKS, QUICK_CHUNKS = 2500, 500


class TimedEmbedder:
    """Passes through to an embedder, adds up the seconds spent embedding and keeps the texts it was given.

    The kept texts are what the raw pass embeds: exactly what the pipeline embedded (the index may embed
    more than the chunk text, e.g. a header with title and location).
    """

    def __init__(self, inner: MiniLMEmbedder) -> None:
        self.inner = inner
        self.identity = inner.identity
        self.dimension = inner.dimension
        self.seconds = 0.0
        self.texts: list[str] = []

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed with the wrapped model and time it."""
        with Stopwatch() as watch:
            out = self.inner.embed(texts)
        self.seconds += watch.seconds
        self.texts.extend(texts)
        return out


def pipeline_pass(corpus: Path, workspace: Path) -> dict[str, Any]:
    """Ingest ``corpus`` into a new ``workspace`` as ``guidelines ingest`` does; time it and split the time."""
    settings = Settings(workspace=workspace, isolate_readers=True)
    with Stopwatch() as total:
        with Stopwatch() as load:
            embedder = TimedEmbedder(MiniLMEmbedder(batch_size=settings.embedding_batch))
        index = Index(settings, embedder=embedder)
        outcomes, notes = ingest_paths(index, [corpus])
    failed = [o for o in outcomes if o.status != "ingested"]
    if failed:
        raise RuntimeError(f"{len(failed)} file(s) not ingested, e.g. {failed[0].file}: {failed[0].reason}")
    sources = index.manifest.sources()
    chunks = index.manifest.count_chunks()
    chunk_chars = [len(c.text) for c in index.manifest.all_chunks()]
    pages = sum(s.units for s in sources if s.file.lower().endswith((".pdf", ".pptx")))
    return {
        "workspace": str(workspace),
        "files": len(outcomes),
        "chunks": chunks,
        "pages_and_slides": pages,
        "seconds": round(total.seconds, 2),
        "model_load_s": round(load.seconds, 2),
        "embed_s": round(embedder.seconds, 2),
        "other_s": round(total.seconds - embedder.seconds - load.seconds, 2),
        "chunks_per_s": round(chunks / total.seconds, 2),
        "pages_per_s": round(pages / total.seconds, 2),
        "embedded_texts": len(embedder.texts),
        "mean_chunk_chars": round(sum(chunk_chars) / max(1, len(chunk_chars))),
        "mean_embedded_chars": round(sum(map(len, embedder.texts)) / max(1, len(embedder.texts))),
        "notes": notes,
        "index": index,
        "texts": embedder.texts,
    }


def raw_pass(embedder: MiniLMEmbedder, texts: Sequence[str]) -> tuple[dict[str, Any], np.ndarray]:
    """Embed ``texts`` directly, one call with the pipeline's batch size (length-sorted batches of 32)."""
    with Stopwatch() as watch:
        vectors = embedder.embed(texts)
    return {"seconds": round(watch.seconds, 2), "chunks_per_s": round(len(texts) / watch.seconds, 2)}, vectors


def run(quick: bool, workdir: Path, rounds: int, cache: Path | None = None) -> dict[str, Any]:
    """Benchmarks 1 and 2. ``cache`` receives the chunk texts and their raw vectors for the search benchmark."""
    corpus = workdir / "corpus"
    info = build_corpus(corpus, QUICK_CHUNKS if quick else FULL_CHUNKS)
    pipeline_runs: list[dict[str, Any]] = []
    raw_runs: list[dict[str, Any]] = []
    texts: list[str] = []
    vectors: np.ndarray | None = None
    peak_after_first = 0.0
    reingest_result: dict[str, Any] = {}
    raw_embedder: MiniLMEmbedder | None = None
    raw_load_s = 0.0
    for r in range(rounds):
        result = pipeline_pass(corpus, workdir / f"ws{r}")
        index: Index = result.pop("index")
        embedded: list[str] = result.pop("texts")
        pipeline_runs.append(result)
        if r == 0:
            peak_after_first = peak_rss_mb()
            texts = embedded  # the manifest's chunks as the pipeline embedded them
            if len(texts) != result["chunks"]:
                raise RuntimeError(f"pipeline embedded {len(texts)} texts for {result['chunks']} chunks")
            reingest_result = reingest.measure(Path(result["workspace"]), corpus, result["seconds"])
        index.manifest.close()
        if raw_embedder is None:
            with Stopwatch() as load:
                raw_embedder = MiniLMEmbedder(batch_size=Settings().embedding_batch)
            raw_load_s = load.seconds
        raw, vecs = raw_pass(raw_embedder, texts)
        raw_runs.append(raw)
        if vectors is None:
            vectors = vecs
    assert vectors is not None
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(cache, texts=np.asarray(texts, dtype=object), vectors=vectors)
    pipe_rate = statistics.mean(p["chunks_per_s"] for p in pipeline_runs)
    raw_rate = statistics.mean(r["chunks_per_s"] for r in raw_runs)
    ratio = pipe_rate / raw_rate
    first = pipeline_runs[0]
    return {
        "machine": machine(),
        "corpus": info.as_json(),
        "ingest": {
            "chunks": first["chunks"],
            "pages_and_slides": first["pages_and_slides"],
            "rounds": rounds,
            "pipeline_runs": pipeline_runs,
            "raw_runs": raw_runs,
            "raw_model_load_s": round(raw_load_s, 2),
            "pipeline_chunks_per_s": round(pipe_rate, 2),
            "pipeline_pages_per_s": round(statistics.mean(p["pages_per_s"] for p in pipeline_runs), 2),
            "raw_chunks_per_s": round(raw_rate, 2),
            "ratio_pipeline_over_raw": round(ratio, 3),
            "target_ratio": TARGET_RATIO,
            "meets_target": ratio >= TARGET_RATIO,
            "embed_share_of_pipeline": round(
                sum(p["embed_s"] for p in pipeline_runs) / sum(p["seconds"] for p in pipeline_runs), 3
            ),
            "peak_rss_mb_after_first_ingest": peak_after_first,
            "peak_rss_mb_end": peak_rss_mb(),
        },
        "reingest": reingest_result,
    }


def main() -> None:
    """Run benchmarks 1 and 2 and write their JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help=f"about {QUICK_CHUNKS} chunks, one round")
    parser.add_argument("--rounds", type=int, default=None, help="alternating pipeline/raw rounds (default 1)")
    parser.add_argument("--json-out", type=Path, default=OUT_DIR / "ingest.json")
    parser.add_argument("--cache", type=Path, default=None, help="write chunk texts and raw vectors here (.npz)")
    args = parser.parse_args()
    rounds = args.rounds or 1
    with tempfile.TemporaryDirectory(prefix="gd-bench-") as tmp:
        result = run(args.quick, Path(tmp), rounds, args.cache)
    write_json(args.json_out, result)
    print(json.dumps({k: v for k, v in result.items() if k != "machine"}, indent=2))


if __name__ == "__main__":
    main()
