"""Prepare a workspace for the app: ``python -m cli.first_run CORPUS OUTLINE`` (what ``make run`` calls).

On a new workspace it keeps the outline, ingests the corpus and drafts every section offline with the
extractive drafter, so a new user opens the app on a complete draft with citations to click (the Draft page
says how it was made). On a workspace that already has work in it, it only ingests files that are new or
changed: an outline edited in the app and revisions saved by editors are never replaced.

The corpus folder also holds what builds it (``build.py`` and the text sources in ``src/``) and the outline:
those are not contributions. Which files to pass over is an ignore list kept in the workspace
(``ingest-ignore.txt``, glob patterns relative to the corpus folder), written on the first run and left
alone afterwards, so a team can edit it. Progress is one line per file on stderr, with a count and the time.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

from pipeline.settings import load_settings
from pipeline.workspace import FIRST_RUN_AUTHOR, OUTLINE_NAME, Workspace, workspace_outline

IGNORE_NAME = "ingest-ignore.txt"
DEFAULT_IGNORE = ("build.py", "src/")  # the sample corpus's generator and the text sources it builds from


def ignore_list(ws: Workspace, corpus: Path, outline: Path) -> list[str]:
    """The workspace's ignore patterns; on the first run, written with the corpus's build files and outline."""
    path = ws.root / IGNORE_NAME
    if not path.is_file():
        patterns = list(DEFAULT_IGNORE)
        with contextlib.suppress(ValueError):  # an outline kept elsewhere is not in the corpus folder
            patterns.append(outline.resolve().relative_to(corpus.resolve()).as_posix())
        header = "# Files in the corpus folder that are not contributions: glob patterns relative to it, one a line.\n"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(header + "\n".join(patterns) + "\n", encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


class ProgressLines:
    """One line per file (or drafted section): ``[3/17 4.2s] reading brief.pdf``.

    Plain lines rather than a bar: ``make run`` output is often not a terminal, and a line per file
    shows a first-time user that the work moves on.
    """

    def __init__(self, log: Callable[[str], None]) -> None:
        self.log, self.start, self.finished = log, time.monotonic(), 0

    def file(self, event) -> None:  # noqa: ANN001 - pipeline.index.ingestion.Progress
        """Report a file as its reading starts, or once it is skipped as unchanged or failed.

        Files are stored after their passages are embedded together, so "stored" would come for all of them
        at the end: reading is when each file's turn comes. Each file is numbered by its place in the run.
        """
        if event.stage == "reading":
            self.log(f"[{event.done + 1}/{event.total} {self.elapsed()}] reading {event.file}")
        elif event.stage == "embedding":
            self.log(f"[{self.elapsed()}] embedding the passages read so far (the longest step of a first ingest)")
        elif event.stage in ("skipped", "failed"):
            word = {"skipped": "unchanged", "failed": "failed"}[event.stage]
            self.log(f"[{event.done}/{event.total} {self.elapsed()}] {word} {event.file}")

    def section(self, event) -> None:  # noqa: ANN001 - pipeline.drafting.orchestration.DraftProgress
        """Report a section once it is drafted or has failed."""
        if event.stage in ("stored", "failed"):
            self.log(f"[{event.done}/{event.total} {self.elapsed()}] {event.stage} section {event.section_id}")

    def elapsed(self) -> str:
        """Seconds since the run started."""
        return f"{time.monotonic() - self.start:.1f}s"


def prepare(ws: Workspace, corpus: Path, outline: Path, log=print) -> dict[str, int]:  # noqa: ANN001
    """Ingest ``corpus``; on a workspace without an outline and drafts, keep ``outline`` and draft it all."""
    from pipeline.index.discovery import SheetWarning

    fresh = not (ws.root / OUTLINE_NAME).is_file() and not ws.store.sections()
    if fresh:
        workspace_outline(ws.root, outline)
        log(f"new workspace {ws.root}: outline from {outline}")
    ignore = ignore_list(ws, corpus, outline)
    lines = ProgressLines(log)
    log(f"ingesting {corpus} (skipping {', '.join(ignore)}: see {ws.root / IGNORE_NAME})")
    outcomes, notes = ws.ingest_paths([corpus], None, lines.file, ignore)
    for note in notes:
        log(f"{'warning' if isinstance(note, SheetWarning) else 'note'}: {note}")
    for o in outcomes:
        if o.status == "failed":
            log(f"failed: {o.file}: {o.reason}")
    counts = {s: sum(o.status == s for o in outcomes) for s in ("ingested", "unchanged", "failed")}
    log(", ".join(f"{n} {s}" for s, n in counts.items()) + f" in {lines.elapsed()}")
    counts["drafted"] = 0
    if fresh:
        log("drafting every section offline with the extractive drafter (set GUIDELINES_LLM to use an LLM)")
        log(f"[{lines.elapsed()}] first comparing the contributions for points of divergence")
        run = ws.draft(author=FIRST_RUN_AUTHOR, progress=lines.section)
        counts["drafted"] = sum(o.status == "drafted" for o in run.outcomes)
        log(f"drafted {counts['drafted']} of {len(run.outcomes)} sections in {lines.elapsed()}")
    return counts


def main(argv: list[str] | None = None) -> int:
    """Prepare the workspace named by the settings from CORPUS and OUTLINE (messages on stderr)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("outline", type=Path)
    args = parser.parse_args(argv)
    with Workspace(load_settings()) as ws:
        prepare(ws, args.corpus, args.outline, log=lambda m: print(m, file=sys.stderr, flush=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
