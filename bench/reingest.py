"""Benchmark 2: re-ingest of an unchanged corpus, against the first ingest (target: first / re-ingest >= 50x).

Re-ingest must hash every file and compare it with the manifest, and do nothing else: no model load,
no Chroma client. Measured in-process with a fresh ``Index`` each time (as a new command would build it),
and once through the ``guidelines`` command for the user's view including interpreter start-up.

Standalone: ``python -m bench.reingest [--quick]`` builds and ingests a corpus first.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.common import OUT_DIR, REPO, Stopwatch, build_corpus, quiet_stderr, write_json
from pipeline.index.ingestion import ingest_paths
from pipeline.index.workspace_index import Index
from pipeline.settings import Settings

TARGET_RATIO = 50.0


def measure(workspace: Path, corpus: Path, first_seconds: float, repeats: int = 5) -> dict[str, Any]:
    """Re-ingest ``corpus`` into ``workspace`` ``repeats`` times; compare the median with ``first_seconds``."""
    settings = Settings(workspace=workspace, isolate_readers=True)
    times: list[float] = []
    statuses: dict[str, int] = {}
    touched_model = touched_chroma = False
    for _ in range(repeats):
        with Stopwatch() as watch:
            index = Index(settings)
            outcomes, _notes = ingest_paths(index, [corpus])
        times.append(watch.seconds)
        statuses = {}
        for outcome in outcomes:
            statuses[outcome.status] = statuses.get(outcome.status, 0) + 1
        # read-only peek at the lazily built parts: a re-ingest of unchanged files must build neither
        touched_model = touched_model or index._embedder is not None
        touched_chroma = touched_chroma or index._vectors is not None
        index.manifest.close()
    median = statistics.median(times)
    cli = _cli_reingest(workspace, corpus)
    ratio = first_seconds / median if median > 0 else float("inf")
    return {
        "files": sum(statuses.values()),
        "statuses": statuses,
        "first_ingest_s": round(first_seconds, 2),
        "reingest_runs_s": [round(t, 4) for t in times],
        "reingest_median_s": round(median, 4),
        "ratio_first_over_reingest": round(ratio, 1),
        "target_ratio": TARGET_RATIO,
        "meets_target": ratio >= TARGET_RATIO,
        "loaded_embedding_model": touched_model,
        "opened_chroma": touched_chroma,
        "cli_reingest_s": cli["seconds"],
        "cli_statuses": cli["statuses"],
        "cli_ratio_first_over_reingest": round(first_seconds / cli["seconds"], 1) if cli["seconds"] else None,
    }


def _cli_reingest(workspace: Path, corpus: Path) -> dict[str, Any]:
    """``guidelines ingest CORPUS --workspace WS --json`` in a new process: interpreter and imports included."""
    exe = Path(sys.executable).with_name("guidelines")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "cli"]
    with Stopwatch() as watch:
        proc = subprocess.run(
            [*command, "ingest", str(corpus), "--workspace", str(workspace), "--json"],
            capture_output=True,
            text=True,
            cwd=REPO,
            check=False,
        )
    statuses: dict[str, int] = {}
    try:
        for item in json.loads(proc.stdout):
            statuses[item["status"]] = statuses.get(item["status"], 0) + 1
    except (ValueError, KeyError, TypeError):
        statuses = {"unparsed_exit_code": proc.returncode}
    return {"seconds": round(watch.seconds, 3), "statuses": statuses}


def main() -> None:
    """Build a corpus, ingest it once, then measure re-ingest."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a small corpus (about 500 chunks)")
    parser.add_argument("--json-out", type=Path, default=OUT_DIR / "reingest.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gd-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        build_corpus(corpus, 500 if args.quick else 2500)
        settings = Settings(workspace=Path(tmp) / "ws", isolate_readers=True)
        with quiet_stderr(), Stopwatch() as watch:
            ingest_paths(Index(settings), [corpus])
        result = measure(settings.workspace, corpus, watch.seconds)
    write_json(args.json_out, result)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
