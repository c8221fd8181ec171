"""Cost of the divergence register: ``find_divergences`` over the sample evaluation outline, in CPU seconds.

    python bench/divergence_cost.py [--rounds 3] [--baseline OTHER_CHECKOUT] [--workspace DIR]

Each measurement is a new process that opens a workspace holding the sample corpus (ingested once, not timed),
runs ``find_divergences`` over ``eval/drafting_outline.yaml`` once (first run: embeddings of claims computed) and
again (second run: cached), and reports the CPU seconds of each. ``--baseline`` measures another checkout (say,
``git worktree add /tmp/before main``) in the same rounds, alternating with this one so that load on a shared
machine falls on both alike, each in its own copy of the workspace; the figure to quote is the ratio of the
medians, this checkout over the baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

_CHILD = """
import json, sys, time
from pathlib import Path
from pipeline.drafting.outline import load_outline
from pipeline.settings import Settings
from pipeline.synthesis.divergence import find_divergences
from pipeline.workspace import Workspace

ws = Workspace(Settings(workspace=Path(sys.argv[1])))
outline = load_outline(Path(sys.argv[2]))
times = []
for _ in range(2):
    start = time.process_time()
    points = find_divergences(ws.index, outline, ws.searcher)
    times.append(time.process_time() - start)
print(json.dumps({"first_s": times[0], "second_s": times[1], "points": len(points)}))
"""


def _measure(root: Path, workspace: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    outline = REPO / "eval" / "drafting_outline.yaml"
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(workspace), str(outline)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _ingest(root: Path, workspace: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(root)}
    subprocess.run(
        [sys.executable, "-m", "cli", "ingest", str(REPO / "corpus"), "--workspace", str(workspace)],
        cwd=root,
        env=env,
        capture_output=True,
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    """Measure, print the medians (and the ratio to ``--baseline``) as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout, measured alternately")
    parser.add_argument("--workspace", type=Path, default=None, help="a workspace holding the sample corpus")
    args = parser.parse_args(argv)
    checkouts = {"this": REPO} | ({"baseline": args.baseline.resolve()} if args.baseline else {})
    with tempfile.TemporaryDirectory() as tmp:
        spaces = {}
        for label, root in checkouts.items():
            spaces[label] = Path(tmp) / label
            if args.workspace is not None:
                shutil.copytree(args.workspace, spaces[label])
            else:
                _ingest(root, spaces[label])
        runs: dict[str, list[dict[str, float]]] = {label: [] for label in checkouts}
        for _ in range(args.rounds):
            for label, root in checkouts.items():
                runs[label].append(_measure(root, spaces[label]))
    report: dict[str, object] = {}
    for label, measured in runs.items():
        report[label] = {
            "first_s": round(statistics.median(m["first_s"] for m in measured), 2),
            "second_s": round(statistics.median(m["second_s"] for m in measured), 2),
            "points": measured[-1]["points"],
        }
    if "baseline" in report:
        this, base = report["this"], report["baseline"]
        report["ratio_first"] = round(this["first_s"] / base["first_s"], 2)  # type: ignore[index]
        report["ratio_second"] = round(this["second_s"] / base["second_s"], 2)  # type: ignore[index]
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
