"""Drafting benchmarks: the extractive drafter over the whole sample outline, and the LLM path's concurrency.

1. Extractive drafting of every section of corpus/outline.yaml on the ingested sample corpus (evidence,
   drafting, citation and support check, storing): seconds per section and in all (target: all <= 10 s), and
   the share of that time spent in the citation check (every citation and named contributor; target <= 0.15).
2. The LLM path with a fake chat model that sleeps 1 s per call: wall time for all sections with the default
   pool against the sum of the calls' time (target: >= 4x speed-up).

Standalone: ``python -m bench.drafting [--delay 1.0]``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import Stopwatch, write_json
from pipeline.drafting import orchestration
from pipeline.drafting.checking import check_draft
from pipeline.drafting.drafters.extractive import ExtractiveDrafter
from pipeline.drafting.drafters.fake import SleepyFakeChatModel
from pipeline.drafting.drafters.llm import LLMDrafter
from pipeline.drafting.drafts import DraftStore
from pipeline.drafting.orchestration import draft_sections
from pipeline.drafting.outline import load_outline
from pipeline.drafting.support import SupportChecker
from pipeline.index.embeddings import MiniLMEmbedder
from pipeline.index.ingestion import ingest_paths
from pipeline.index.search import Searcher
from pipeline.index.workspace_index import Index
from pipeline.settings import Settings

REPO = Path(__file__).resolve().parents[1]
TARGET_TOTAL_S = 10.0
TARGET_SPEEDUP = 4.0
TARGET_CHECK_SHARE = 0.15


def run(workdir: Path, delay_s: float) -> dict[str, Any]:
    """Both drafting benchmarks on one ingested copy of the sample corpus."""
    settings = Settings(workspace=workdir / "ws")
    embedder = MiniLMEmbedder(batch_size=settings.embedding_batch)
    index = Index(settings, embedder=embedder)
    ingest_paths(index, [REPO / "corpus"])
    outline = load_outline(REPO / "corpus" / "outline.yaml")
    searcher, checker = Searcher(index), SupportChecker(embedder)
    searcher.search("warm-up query", k=1)  # load BM25 and Chroma outside the timing
    stamps: dict[str, float] = {}
    store = DraftStore(workdir / "extractive.sqlite")
    checking = [0.0]

    def timed_check(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return check_draft(*args, **kwargs)
        finally:
            checking[0] += time.perf_counter() - start

    orchestration.check_draft = timed_check  # the bench measures the check where the pipeline calls it
    try:
        with Stopwatch() as extractive:
            outcomes = draft_sections(
                outline, searcher, store, ExtractiveDrafter(embedder), checker,
                progress=lambda e: stamps.__setitem__(e.section_id, time.perf_counter()) if e.stage == "stored"
                else None,
            )  # fmt: skip
    finally:
        orchestration.check_draft = check_draft
    sections = len(outline.sections)
    model = SleepyFakeChatModel(delay_s=delay_s)
    llm_store = DraftStore(workdir / "llm.sqlite")
    with Stopwatch() as llm:
        llm_outcomes = draft_sections(
            outline, searcher, llm_store, LLMDrafter(model, "fake:sleepy"), checker, workers=settings.llm_concurrency
        )
    calls_s = model.calls * delay_s
    return {
        "extractive": {
            "sections": sections,
            "drafted": sum(o.status == "drafted" for o in outcomes),
            "sentences": sum(o.sentences for o in outcomes),
            "total_s": round(extractive.seconds, 2),
            "per_section_s": round(extractive.seconds / sections, 2),
            "target_total_s": TARGET_TOTAL_S,
            "meets_target": extractive.seconds <= TARGET_TOTAL_S,
            "check_s": round(checking[0], 2),
            "check_share": round(checking[0] / extractive.seconds, 3),
            "target_check_share": TARGET_CHECK_SHARE,
            "meets_check_target": checking[0] / extractive.seconds <= TARGET_CHECK_SHARE,
            "flagged": sum(o.flagged for o in outcomes),
        },
        "llm_concurrency": {
            "sections": sections,
            "drafted": sum(o.status == "drafted" for o in llm_outcomes),
            "pool": settings.llm_concurrency,
            "calls": model.calls,
            "delay_s": delay_s,
            "sum_of_calls_s": round(calls_s, 2),
            "wall_s": round(llm.seconds, 2),
            "speedup": round(calls_s / llm.seconds, 2),
            "target_speedup": TARGET_SPEEDUP,
            "meets_target": calls_s / llm.seconds >= TARGET_SPEEDUP,
        },
    }


def main() -> None:
    """Run and write JSON for bench/run_all.py."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--delay", type=float, default=1.0, help="seconds the fake model sleeps per call")
    parser.add_argument("--json-out", type=Path, required=True)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = run(Path(tmp), args.delay)
    write_json(args.json_out, result)


if __name__ == "__main__":
    main()
