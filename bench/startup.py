"""Start-up of the ``guidelines`` command: each command against ``python -c pass``, measured in one run.

    python bench/startup.py [--runs 9] [--embedding fake:64]

Each command runs ``--runs`` times as a new process (``python -m cli ...``), interleaved with the others so that
a burst of load on a shared machine falls on all of them alike; the figure is the median. ``python -c pass``
(the interpreter's own start-up) is measured the same way in the same run, and every command is also given as a
ratio to it, the figure that stays comparable between a quiet and a busy machine.

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
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
TARGETS = {"--help": 0.3, "--version": 0.3, "sources": 0.6, "info": 0.6, "re-ingest": 0.5}


def environment(workspace: Path, embedding: str) -> dict[str, str]:
    """The environment of every timed process: this checkout first on the path, the workspace and embedding."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GUIDELINES_")}
    path = [str(REPO), env.get("PYTHONPATH", "")]
    env.update(PYTHONPATH=os.pathsep.join(p for p in path if p), GUIDELINES_WORKSPACE=str(workspace))
    if embedding:
        env["GUIDELINES_EMBEDDING"] = embedding
    return env


def commands() -> dict[str, list[str]]:
    """The argv of each measured command."""
    cli = [sys.executable, "-m", "cli"]
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "--help": [*cli, "--help"],
        "--version": [*cli, "--version"],
        "sources": [*cli, "sources", "--json"],
        "info": [*cli, "info", "--json"],
        "re-ingest": [*cli, "ingest", str(CORPUS), "--json"],
    }


def once(argv: list[str], env: dict[str, str]) -> float:
    """Seconds one run takes, from starting the process to its exit; a failing command stops the benchmark."""
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv[1:])} failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
    return seconds


def measure(runs: int, env: dict[str, str], skip: set[str] = frozenset()) -> dict[str, list[float]]:
    """Every command ``runs`` times, round-robin; the first round warms the file cache and is not counted."""
    argvs = {name: argv for name, argv in commands().items() if name not in skip}
    times: dict[str, list[float]] = {name: [] for name in argvs}
    for round_ in range(runs + 1):
        for name, argv in argvs.items():
            seconds = once(argv, env)
            if round_:
                times[name].append(seconds)
    return times


def check_reingest(env: dict[str, str]) -> None:
    """The timed re-ingest must find every file unchanged, or it would measure real work."""
    out = subprocess.run(commands()["re-ingest"], cwd=REPO, env=env, capture_output=True, text=True, check=True)
    statuses = {row["status"] for row in json.loads(out.stdout)}
    if statuses != {"unchanged"}:
        raise SystemExit(f"the re-ingest is not of an unchanged corpus: {statuses}")


def report(times: dict[str, list[float]], load: float) -> str:
    """A Markdown table: median seconds, ratio to ``python -c pass``, target."""
    base = statistics.median(times["python -c pass"])
    lines = [
        f"load average at the start: {load:.1f}; runs per command: {len(times['python -c pass'])}",
        "",
        "| command | median s | x python -c pass | target s |",
        "|---|---:|---:|---:|",
    ]
    for name, values in times.items():
        median = statistics.median(values)
        target = f"{TARGETS[name]:.1f}" if name in TARGETS else ""
        lines.append(f"| `{name}` | {median:.3f} | {median / base:.1f} | {target} |")
    return "\n".join(lines)


def main() -> None:
    """Ingest the sample corpus once into a scratch workspace, then time the commands."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each command (default 9)")
    parser.add_argument("--embedding", default="", help="GUIDELINES_EMBEDDING for the workspace (default: default)")
    parser.add_argument("--json", action="store_true", help="print the raw times as JSON too")
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        help="leave out a command (e.g. --version on a checkout that predates it)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="startup-") as tmp:
        env = environment(Path(tmp) / "ws", args.embedding)
        print("ingesting the sample corpus once (not timed) ...", file=sys.stderr)
        first = subprocess.run(commands()["re-ingest"], cwd=REPO, env=env, capture_output=True, text=True)
        if first.returncode != 0:
            raise SystemExit(f"the first ingest failed: {first.stderr.strip()[-500:]}")
        check_reingest(env)
        load = os.getloadavg()[0]
        times = measure(args.runs, env, set(args.skip))
    print(report(times, load))
    if args.json:
        print(json.dumps(times, indent=2))


if __name__ == "__main__":
    main()
