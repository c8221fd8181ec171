"""Prepare a workspace for the app: ``python -m cli.first_run CORPUS OUTLINE`` (what ``make run`` calls).

On a new workspace it keeps the outline, ingests the corpus and drafts every section offline with the
extractive drafter, so a new user opens the app on a complete draft with citations to click (the Draft page
says how it was made). On a workspace that already has work in it, it only ingests files that are new or
changed: an outline edited in the app and revisions saved by editors are never replaced.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.common import TerminalBar
from pipeline.settings import load_settings
from pipeline.workspace import FIRST_RUN_AUTHOR, OUTLINE_NAME, Workspace, workspace_outline


def prepare(ws: Workspace, corpus: Path, outline: Path, log=print) -> dict[str, int]:  # noqa: ANN001
    """Ingest ``corpus``; on a workspace without an outline and drafts, keep ``outline`` and draft it all."""
    fresh = not (ws.root / OUTLINE_NAME).is_file() and not ws.store.sections()
    if fresh:
        workspace_outline(ws.root, outline)
        log(f"new workspace {ws.root}: outline from {outline}")
    bar = TerminalBar("file", "ingest")
    try:
        outcomes, notes = ws.ingest_paths([corpus], None, lambda e: bar.update(e.done, e.total, f"{e.stage} {e.file}"))
    finally:
        bar.close()
    for note in notes:
        log(f"note: {note}")
    for o in outcomes:
        if o.status == "failed":
            log(f"failed: {o.file}: {o.reason}")
    counts = {s: sum(o.status == s for o in outcomes) for s in ("ingested", "unchanged", "failed")}
    log(", ".join(f"{n} {s}" for s, n in counts.items()))
    counts["drafted"] = 0
    if fresh:
        log("drafting every section offline with the extractive drafter (set GUIDELINES_LLM to use an LLM)")
        run = ws.draft(author=FIRST_RUN_AUTHOR)
        counts["drafted"] = sum(o.status == "drafted" for o in run.outcomes)
        log(f"drafted {counts['drafted']} of {len(run.outcomes)} sections")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("outline", type=Path)
    args = parser.parse_args(argv)
    ws = Workspace(load_settings())
    prepare(ws, args.corpus, args.outline, log=lambda m: print(m, file=sys.stderr))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
