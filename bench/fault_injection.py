"""Fault injection: SIGKILL real ``guidelines`` processes during ingest, drafting and export, then check that the
next run finds the workspace consistent (``guidelines doctor``) and completes; and race editors on one section.

    python bench/fault_injection.py [--kills 5] [--seed 8] [--workers 4] [--rounds 20]

Kills come two ways: at named points inside the process (``tests/reliability/killpoints.py``), and from outside
after a seeded random delay. Prints Markdown tables (the ones in RELIABILITY.md).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.reliability.killpoints import cli_env, command, doctor, revisions, run  # noqa: E402

CORPUS = REPO / "corpus"
OUTLINE = CORPUS / "outline.yaml"
KILLED = -signal.SIGKILL


@dataclass
class Row:
    phase: str
    how: str
    kills: int = 0
    consistent: int = 0
    completed: int = 0
    note: str = ""


def healthy(ws: Path) -> bool:
    code, report = doctor(ws)
    return code == 0 and bool(report.get("healthy"))


def no_revision_lost(before: dict[str, list[int]], after: dict[str, list[int]]) -> bool:
    """Every earlier revision is still there and every section's numbers run 1..k."""
    gapless = all(n == list(range(1, len(n) + 1)) for n in after.values())
    return gapless and all(set(n) <= set(after.get(s, [])) for s, n in before.items())


def kill_after(args: list[str], delay: float) -> bool:
    """Start the CLI, SIGKILL it after ``delay`` seconds; False when it had already finished."""
    proc = subprocess.Popen(
        command(args), cwd=REPO, env=cli_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


def ingest_args(ws: Path) -> list[str]:
    return ["ingest", str(CORPUS), "--workspace", str(ws), "--json"]


def draft_args(ws: Path) -> list[str]:
    return ["draft", "--outline", str(OUTLINE), "--workspace", str(ws), "--json", "--no-divergences"]


def trial_ingest(tmp: Path, kill: Callable[[list[str]], bool], row: Row) -> None:
    ws = tmp / f"ingest-{row.kills}-{time.monotonic_ns()}"
    if not kill(ingest_args(ws)):
        row.note = "some runs finished before the kill (not counted)"
        return
    row.kills += 1
    row.consistent += healthy(ws)
    done = run(ingest_args(ws)).returncode == 0
    row.completed += done and healthy(ws)


def trial_draft(drafted: Path, tmp: Path, kill: Callable[[list[str]], bool], row: Row) -> None:
    ws = tmp / f"draft-{row.kills}-{time.monotonic_ns()}"
    shutil.copytree(drafted, ws)
    before = revisions(ws)
    if not kill(draft_args(ws)):
        row.note = "some runs finished before the kill (not counted)"
        return
    row.kills += 1
    row.consistent += healthy(ws) and no_revision_lost(before, revisions(ws))
    middle = revisions(ws)
    done = run(draft_args(ws)).returncode == 0
    row.completed += done and no_revision_lost(middle, revisions(ws)) and healthy(ws)


def openable(path: Path) -> bool:
    from docx import Document

    try:
        return bool(Document(str(path)).paragraphs)
    except Exception:
        return False


def trial_export(drafted: Path, tmp: Path, kill: Callable[[list[str]], bool], row: Row) -> None:
    out = tmp / f"export-{row.kills}-{time.monotonic_ns()}.docx"
    args = ["export", "--out", str(out), "--workspace", str(drafted)]
    fresh = row.kills % 2 == 0  # half the kills over an earlier export, half where there was none
    good = b""
    if not fresh:
        assert run(args).returncode == 0
        good = out.read_bytes()
    if not kill(args):
        row.note = "some runs finished before the kill (not counted)"
        return
    row.kills += 1
    # absent (or the earlier export) or complete: a kill after the rename but before exit leaves the new file
    intact = (not out.exists() or openable(out)) if fresh else (out.read_bytes() == good or openable(out))
    row.consistent += intact and healthy(drafted)
    row.completed += run(args).returncode == 0 and openable(out)


def _editor(path: str, worker: int, rounds: int, barrier, results) -> None:  # noqa: ANN001 - multiprocessing objects
    from pipeline.drafting.drafts import ConflictError, DraftStore
    from pipeline.model import Paragraph, Sentence

    store = DraftStore(Path(path))
    for round_ in range(rounds):
        barrier.wait(timeout=60)
        sentence = Sentence(f"Round {round_} by editor {worker}.", ("chunk",))
        try:
            store.edit("section", [Paragraph((sentence,))], author=f"editor{worker}", expected=round_)
            results.put("saved")
        except ConflictError:
            results.put("conflict")
        barrier.wait(timeout=60)
    store.close()


def editors_race(tmp: Path, workers: int, rounds: int) -> dict[str, int]:
    """``workers`` processes save one section against the same revision, ``rounds`` times."""
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(workers), ctx.Queue()
    path = tmp / "race" / "drafts.sqlite"
    procs = [ctx.Process(target=_editor, args=(str(path), w, rounds, barrier, results)) for w in range(workers)]
    for p in procs:
        p.start()
    got = [results.get(timeout=300) for _ in range(workers * rounds)]
    for p in procs:
        p.join()
    stored = revisions(path.parent).get("section", [])
    saved = got.count("saved")
    return {
        "workers": workers,
        "attempts": len(got),
        "saves": saved,
        "conflicts": got.count("conflict"),
        "lost": saved - len(stored) + (0 if stored == list(range(1, len(stored) + 1)) else 1),
    }


def mixed_processes(tmp: Path) -> dict[str, int]:
    """Three ingest processes (a third of the corpus each) and two drafting processes at once on one workspace."""
    from tests.builders import small_corpus

    ws = tmp / "mixed"
    assert run(["ingest", str(small_corpus(tmp / "mixed-base")), "--workspace", str(ws)]).returncode == 0
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in {".pdf", ".pptx", ".docx", ".md", ".txt"})
    jobs = []
    for n in range(3):
        folder = tmp / f"mixed-{n}"
        folder.mkdir()
        shutil.copy(CORPUS / "metadata.csv", folder)
        for path in files[n::3]:
            shutil.copy(path, folder)
        jobs.append(["ingest", str(folder), "--workspace", str(ws), "--json"])
    jobs += [draft_args(ws)] * 2
    procs = [
        subprocess.Popen(
            command(a), cwd=REPO, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        for a in jobs
    ]
    outs = [p.communicate()[0] for p in procs]
    outcomes = [o for out in outs[3:] for o in json.loads(out or "[]")]
    stored = revisions(ws)
    drafted = sum(o["status"] == "drafted" for o in outcomes)
    return {
        "workers": len(jobs),
        "saves": drafted,
        "conflicts": sum(o["status"] == "conflict" for o in outcomes),
        "lost": drafted - sum(len(n) for n in stored.values()),
        "consistent": int(healthy(ws)),
        "ingest_ok": int(all(p.returncode == 0 for p in procs[:3])),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=5, help="random-delay kills per phase")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=20)
    opts = parser.parse_args()
    rng = random.Random(opts.seed)
    started = time.monotonic()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="fault-injection-") as name:
        tmp = Path(name)
        drafted = tmp / "drafted"
        assert run(ingest_args(drafted)).returncode == 0
        assert run(draft_args(drafted)).returncode == 0

        def at(point: str) -> Callable[[list[str]], bool]:
            return lambda args: run(args, point).returncode == KILLED

        def after(lo: float, hi: float) -> Callable[[list[str]], bool]:
            return lambda args: kill_after(args, rng.uniform(lo, hi))

        phases: list[tuple[str, Callable[..., None], tuple[str, ...], tuple[float, float]]] = [
            ("ingest", lambda kill, row: trial_ingest(tmp, kill, row),
             ("ingest-stored:5", "ingest-embedding", "ingest-vectors:7", "ingest-manifest:9", "ingest-lexical"),
             (0.5, 2.0)),
            ("draft", lambda kill, row: trial_draft(drafted, tmp, kill, row), ("draft-stored:4", "draft-commit:2"),
             (0.5, 1.6)),
            ("export", lambda kill, row: trial_export(drafted, tmp, kill, row), ("export-zip:3", "export-zip:9"),
             (0.2, 0.7)),
        ]  # fmt: skip
        for phase, trial, points, (lo, hi) in phases:
            for point in points:  # a kill at each named point, then kills after a random delay
                row = Row(phase, f"at `{point}`")
                trial(at(point), row)
                rows.append(row)
            row = Row(phase, f"random delay {lo}-{hi} s")
            for _ in range(opts.kills):
                trial(after(lo, hi), row)
            rows.append(row)
        race = editors_race(tmp, opts.workers, opts.rounds)
        mixed = mixed_processes(tmp)

    print("| phase | kill | kills | recovered consistent | completed afterwards |")
    print("|---|---|---:|---:|---:|")
    for r in rows:
        note = f" ({r.note})" if r.note else ""
        print(f"| {r.phase} | {r.how}{note} | {r.kills} | {r.consistent} | {r.completed} |")
    total = sum(r.kills for r in rows)
    print(f"| **all** | | {total} | {sum(r.consistent for r in rows)} | {sum(r.completed for r in rows)} |")
    print()
    print("| concurrency | workers | saves | conflicts detected | revisions lost |")
    print("|---|---:|---:|---:|---:|")
    print(
        f"| editors saving one section against the same revision, {opts.rounds} rounds | {race['workers']} | "
        f"{race['saves']} | {race['conflicts']} | {race['lost']} |"
    )
    print(
        f"| 3 ingest + 2 draft processes on one workspace (doctor consistent: {bool(mixed['consistent'])}, "
        f"ingests ok: {bool(mixed['ingest_ok'])}) | {mixed['workers']} | {mixed['saves']} | {mixed['conflicts']} | "
        f"{mixed['lost']} |"
    )
    print(f"\nseed {opts.seed}, {time.monotonic() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
