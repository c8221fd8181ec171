"""Synthesis commands of the ``guidelines`` CLI: coverage (divergences and scope come with the synthesis issue)."""

from __future__ import annotations

import argparse

from pipeline.cli_common import EXIT_OK, emit, index_for
from pipeline.cli_drafts import store_for, workspace_outline


def cmd_coverage(args: argparse.Namespace) -> int:
    """Whose contributions the current drafts cite, per contribution and per section."""
    from pipeline.coverage import compute_coverage, summarise
    from pipeline.search import Searcher

    index = index_for(args)
    outline = workspace_outline(index.root, None)
    searcher = Searcher(index) if args.unused else None
    coverage = compute_coverage(index, outline, store_for(index.root), searcher)

    def human() -> None:
        for line in summarise(coverage):
            print(line)
        for c in coverage.contributions:
            where = ", ".join(c.sections) or "-"
            print(f"{c.meta['file']:<40} {c.meta.get('region', ''):<8} {c.sentences:>3} sentences  {where}")
        for row in coverage.unused_on_topic[:20]:
            print(f"unused, on topic for {row['section_id']}: {row['file']}, {row['location']} (rank {row['rank']})")

    emit(args, coverage.as_json(), human)
    return EXIT_OK


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register the synthesis commands with the main parser."""
    p = sub.add_parser("coverage", parents=[common], help="which contributions the drafts cite, and where")
    p.add_argument("--unused", action="store_true", help="also list on-topic passages no draft cites (searches)")
    p.set_defaults(func=cmd_coverage)
