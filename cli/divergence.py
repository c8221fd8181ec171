"""The ``guidelines divergences`` command: the register of points on which contributors disagree."""

from __future__ import annotations

import argparse

from cli.common import EXIT_OK, UserError, emit, index_for, opened
from cli.drafts import stderr, workspace_outline
from pipeline.labels import point_heading


def cmd_divergences(args: argparse.Namespace) -> int:
    """Contested points per section and guiding question, each side with its sources."""
    from pipeline.drafting.drafters.base import DraftingError
    from pipeline.workspace import Workspace

    index = index_for(args)
    workspace = opened(Workspace(index.settings, index))
    workspace_outline(index.root, None)  # a missing outline is one clear error
    label = workspace.drafter_label(args.llm)
    if label.startswith("extractive"):
        stderr("divergences found offline (stance and number comparison; no LLM configured)")
    else:
        stderr(f"divergences found offline, then checked with {label}")
    try:
        found = workspace.divergences(args.section or (), llm=args.llm)
    except DraftingError as exc:
        raise UserError(str(exc)) from exc
    finally:
        workspace.store.close()

    def human() -> None:
        for d in found:
            print(point_heading(d.section_id, d.topic, d.question))
            for p in d.positions:
                print(f"  - {p.stance or 'position'}:")
                for c in p.voiced():  # each contributor in their own words, with where they said it
                    e = c.evidence
                    print(f"      {e.contributor or e.file} ({e.country}): {c.text}  [{e.file}, {e.location}]")
        if not found:
            print("no contested points found")

    emit(args, [d.as_json() for d in found], human)
    return EXIT_OK


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``divergences`` with the main parser."""
    p = sub.add_parser("divergences", parents=[common], help="points on which contributors disagree, with every side")
    p.add_argument("--section", action="append", metavar="ID", help="only this section (repeatable)")
    p.add_argument("--llm", metavar="SPEC", help="provider:model to confirm the points; 'extractive' for offline only")
    p.set_defaults(func=cmd_divergences)
