"""Scale-out: the same 100k-chunk index on embedded Chroma and on a Chroma server (`chroma run` on 127.0.0.1,
started and stopped by this script), measured in one run: write throughput and search latency.

Ingest at 100k: embedding 100k chunks would take about an hour here and costs the same in both modes, so the
chunks are the synthetic ones of benchmark 3 (``bench.search_latency.grow``: real chunk texts re-shuffled,
their MiniLM vectors plus noise) written through the project's own classes (``Manifest.replace_source``,
``Index.vectors.upsert``), then BM25 is built: chunks/s of everything an ingest does after embedding. The
sample corpus is also ingested for real (reading, embedding included) through ``ingest_paths`` in both modes.
Search: ``Searcher.search(query, k=10)`` per method, as in benchmark 3. Every figure is also given as the
ratio server / embedded: the machine is noisy, ratios within one run are what to compare.

``python -m bench.scaleout [--chunks N] [--embedded bench/out/embedded_chunks.npz]``
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.common import OUT_DIR, REPO, Stopwatch, TextMaterial, machine, make_queries, quiet_stderr, write_json
from bench.search_latency import Synthetic, grow, load_base, time_searches
from pipeline.index.embeddings import MiniLMEmbedder
from pipeline.index.ingestion import ingest_paths
from pipeline.index.search import Searcher
from pipeline.index.workspace_index import Index
from pipeline.settings import Settings
from tests.servers import start_chroma, stop

DEFAULT_CACHE = OUT_DIR / "embedded_chunks.npz"


@contextmanager
def chroma_server(data: Path) -> Iterator[str]:
    """A `chroma run` on a free loopback port with its data in ``data``; stopped by its process id."""
    try:
        proc, url = start_chroma(data)
    except RuntimeError as exc:
        raise SystemExit(str(exc)) from None
    try:
        yield url
    finally:
        stop(proc, timeout=30)


def measure(mode: str, url: str, workdir: Path, chunks: int, base: tuple, queries: list[str], embedder) -> dict:  # noqa: ANN001
    """Synthetic write of ``chunks`` chunks, BM25 build, searches, and a real ingest of the sample corpus."""
    texts, vectors = base
    index = Index(Settings(workspace=workdir / f"{mode}-ws", chroma_url=url), embedder=embedder)
    with Stopwatch() as total:
        build = grow(index, Synthetic(), chunks, texts, vectors, seed=chunks)
        with Stopwatch() as bm25:
            index.lexical()
    write_s = build["manifest_s"] + build["chroma_s"] + bm25.seconds
    entry: dict[str, Any] = {
        "chunks": index.manifest.count_chunks(),
        "vectors": index.vectors.count(),
        "build": {**build, "bm25_s": round(bm25.seconds, 2), "wall_s": round(total.seconds, 2)},
        "write_chunks_per_s": round(chunks / write_s, 1),
        "chroma_chunks_per_s": round(chunks / build["chroma_s"], 1),
        "search": time_searches(Searcher(index), queries),
    }
    corpus_index = Index(Settings(workspace=workdir / f"{mode}-corpus", chroma_url=url), embedder=embedder)
    with Stopwatch() as real, quiet_stderr():
        outcomes, _ = ingest_paths(corpus_index, [REPO / "corpus"])
    n = sum(o.chunks for o in outcomes if o.status == "ingested")
    entry["corpus_ingest"] = {
        "chunks": n,
        "seconds": round(real.seconds, 2),
        "chunks_per_s": round(n / real.seconds, 1),
    }
    return entry


def ratios(server: dict, embedded: dict) -> dict[str, float]:
    """server / embedded for each figure (above 1: the server is slower for latencies, faster for rates)."""
    out = {
        "write_chunks_per_s": server["write_chunks_per_s"] / embedded["write_chunks_per_s"],
        "chroma_chunks_per_s": server["chroma_chunks_per_s"] / embedded["chroma_chunks_per_s"],
        "corpus_ingest_chunks_per_s": server["corpus_ingest"]["chunks_per_s"]
        / embedded["corpus_ingest"]["chunks_per_s"],
    }
    for method, figures in server["search"].items():
        for p in ("p50_ms", "p95_ms"):
            out[f"{method}_{p}"] = figures[p] / embedded["search"][method][p]
    return {k: round(v, 2) for k, v in out.items()}


def run(chunks: int, cache: Path | None, n_queries: int = 100) -> dict[str, Any]:
    """Embedded first, then the server, on the same synthetic chunks and queries."""
    texts, vectors, base_info = load_base(cache, quick=False)
    queries = make_queries(TextMaterial.load(), n_queries)
    embedder = MiniLMEmbedder()
    results: dict[str, Any] = {"chunks": chunks, "queries": n_queries, "base": {**base_info, "texts": len(texts)}}
    with tempfile.TemporaryDirectory(prefix="gd-scaleout-") as tmp:
        work = Path(tmp)
        with Stopwatch() as watch:
            results["embedded"] = measure("embedded", "", work, chunks, (texts, vectors), queries, embedder)
        results["embedded"]["seconds"] = round(watch.seconds, 1)
        (work / "server").mkdir()
        with chroma_server(work / "server") as url, Stopwatch() as watch:
            results["server"] = measure("server", url, work, chunks, (texts, vectors), queries, embedder)
        results["server"]["seconds"] = round(watch.seconds, 1)
    results["server_over_embedded"] = ratios(results["server"], results["embedded"])
    return results


def main() -> None:
    """Run the scale-out benchmark and write its JSON."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--embedded", type=Path, default=DEFAULT_CACHE if DEFAULT_CACHE.exists() else None)
    parser.add_argument("--json-out", type=Path, default=OUT_DIR / "scaleout.json")
    args = parser.parse_args()
    with Stopwatch() as watch:
        result = run(args.chunks, args.embedded, args.queries)
    result["total_s"] = round(watch.seconds, 1)
    result["machine"] = machine()
    write_json(args.json_out, result)
    print(json.dumps({k: v for k, v in result.items() if k != "machine"}, indent=2))


if __name__ == "__main__":
    main()
