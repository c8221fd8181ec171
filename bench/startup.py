"""Start-up of the ``guidelines`` command: each command against ``python -c pass``, measured in one run.

    python bench/startup.py [--runs 9] [--embedding fake:64] [--baseline OTHER_CHECKOUT]

Each command runs ``--runs`` times as a new process (``python -m cli ...``), interleaved with the others so that
a burst of load on a shared machine falls on all of them alike; the figure is the median. ``python -c pass``
(the interpreter's own start-up) is measured the same way in the same run, and every command is also given as a
ratio to it, the figure that stays comparable between a quiet and a busy machine. ``--baseline`` times another
checkout (say, ``git worktree add /tmp/before main``) in the same rounds, each with its own workspace; a command
the baseline does not have is left out of its column.

Commands: ``--help``, ``--version``, ``sources`` and ``info`` on a workspace holding the sample corpus, and a
re-ingest of the unchanged sample corpus into it (after one full ingest, which is not timed). Targets (seconds,
on a quiet machine): ``--help`` and ``--version`` 0.3, ``sources`` and ``info`` 0.6, re-ingest 0.5.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGETS = {"--help": 0.3, "--version": 0.3, "sources": 0.6, "info": 0.6, "re-ingest": 0.5}
BASE = "python -c pass"


@dataclass
class Checkout:
    """One checkout of the project, timed with its own code and its own workspace."""

    label: str
    root: Path
    workspace: Path
    embedding: str

    def env(self) -> dict[str, str]:
        """The checkout first on the path, its workspace and the embedding."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("GUIDELINES_")}
        path = [str(self.root), env.get("PYTHONPATH", "")]
        env.update(PYTHONPATH=os.pathsep.join(p for p in path if p), GUIDELINES_WORKSPACE=str(self.workspace))
        if self.embedding:
            env["GUIDELINES_EMBEDDING"] = self.embedding
        return env

    def commands(self) -> dict[str, list[str]]:
        """The argv of each measured command (the corpus is the checkout's own sample corpus)."""
        cli = [sys.executable, "-m", "cli"]
        return {
            BASE: [sys.executable, "-c", "pass"],
            "--help": [*cli, "--help"],
            "--version": [*cli, "--version"],
            "sources": [*cli, "sources", "--json"],
            "info": [*cli, "info", "--json"],
            "re-ingest": [*cli, "ingest", str(self.root / "corpus"), "--json"],
        }

    def run(self, argv: list[str]) -> subprocess.CompletedProcess:
        """Run one command in this checkout."""
        return subprocess.run(argv, cwd=self.root, env=self.env(), capture_output=True, text=True, check=False)

    def prepare(self) -> dict[str, list[str]]:
        """Ingest the sample corpus once; the commands that work here (a failing one stops the benchmark, except
        in a baseline, which may predate a command)."""
        first = self.run(self.commands()["re-ingest"])
        if first.returncode != 0:
            raise SystemExit(f"{self.label}: the first ingest failed: {first.stderr.strip()[-500:]}")
        again = self.run(self.commands()["re-ingest"])
        if {row["status"] for row in json.loads(again.stdout)} != {"unchanged"}:
            raise SystemExit(f"{self.label}: the re-ingest would not be of an unchanged corpus")
        usable = {}
        for name, argv in self.commands().items():
            proc = self.run(argv)
            if proc.returncode == 0:
                usable[name] = argv
            elif self.label == "this checkout":
                raise SystemExit(f"{name} failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
        return usable


def measure(checkouts: list[Checkout], runs: int) -> dict[str, dict[str, list[float]]]:
    """Every command of every checkout ``runs`` times, round-robin (the checks in ``prepare`` warmed the caches)."""
    plans = {c.label: (c, c.prepare()) for c in checkouts}
    times: dict[str, dict[str, list[float]]] = {label: {n: [] for n in plan} for label, (_, plan) in plans.items()}
    for _ in range(runs):
        for label, (checkout, plan) in plans.items():
            env = checkout.env()
            for name, argv in plan.items():
                start = time.perf_counter()
                subprocess.run(argv, cwd=checkout.root, env=env, capture_output=True, check=False)
                times[label][name].append(time.perf_counter() - start)
    return times


def report(times: dict[str, dict[str, list[float]]], load: float) -> str:
    """A Markdown table: median seconds and ratio to ``python -c pass`` per checkout, and the target."""
    labels = list(times)
    medians = {label: {n: statistics.median(v) for n, v in times[label].items()} for label in labels}
    runs = len(times[labels[0]][BASE])
    lines = [f"load average at the start: {load:.1f}; runs per command: {runs}", ""]
    header = "| command | " + " | ".join(f"{label}: median s | x pass" for label in labels) + " | target s |"
    lines += [header, "|---|" + "---:|---:|" * len(labels) + "---:|"]
    for name in times[labels[0]]:
        cells = []
        for label in labels:
            median = medians[label].get(name)
            base = medians[label][BASE]
            cells.append(f"{median:.3f} | {median / base:.1f}" if median is not None else "- | -")
        target = f"{TARGETS[name]:.1f}" if name in TARGETS else ""
        lines.append(f"| `{name}` | " + " | ".join(cells) + f" | {target} |")
    return "\n".join(lines)


def main() -> None:
    """Ingest the sample corpus once per checkout into a scratch workspace, then time the commands."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each command (default 9)")
    parser.add_argument("--embedding", default="", help="GUIDELINES_EMBEDDING for the workspaces (default: default)")
    parser.add_argument("--baseline", type=Path, help="another checkout to time in the same rounds")
    parser.add_argument("--json", action="store_true", help="print the raw times as JSON too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="startup-") as tmp:
        checkouts = [Checkout("this checkout", REPO, Path(tmp) / "ws", args.embedding)]
        if args.baseline:
            checkouts.append(Checkout("baseline", args.baseline.resolve(), Path(tmp) / "ws-baseline", args.embedding))
        print("ingesting the sample corpus once per checkout (not timed) ...", file=sys.stderr)
        load = os.getloadavg()[0]
        times = measure(checkouts, args.runs)
    print(report(times, load))
    if args.json:
        print(json.dumps(times, indent=2))


if __name__ == "__main__":
    main()
