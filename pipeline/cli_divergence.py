"""The ``guidelines divergences`` command: the register of points on which contributors disagree."""

from __future__ import annotations

import argparse

from pipeline.cli_common import EXIT_OK, emit, index_for
from pipeline.cli_drafts import stderr, store_for, workspace_outline


def cmd_divergences(args: argparse.Namespace) -> int:
    """Contested points per section and guiding question, each side with its sources."""
    from pipeline.divergence import find_divergences, refine_with_llm
    from pipeline.search import Searcher

    index = index_for(args)
    outline = workspace_outline(index.root, None)
    store = store_for(index.root)
    try:
        found = find_divergences(index, outline, Searcher(index), store=store, section_ids=args.section or ())
    finally:
        store.close()
    spec = (args.llm if args.llm is not None else index.settings.llm).strip()
    if spec and spec != "extractive":
        from pipeline.drafters.llm import build_chat_model

        stderr(f"checking {len(found)} contested points with {spec}")
        model = build_chat_model(spec, timeout=index.settings.llm_timeout_s, max_retries=index.settings.llm_max_retries)
        found = refine_with_llm(found, model)
    else:
        stderr("divergences found offline (stance and number comparison; no LLM configured)")

    def human() -> None:
        for d in found:
            print(f"{d.section_id}: {d.topic}  ({d.question})")
            for p in d.positions:
                who = ", ".join(sorted({f"{c.evidence.contributor or c.evidence.file} ({c.evidence.country})"
                                        for c in p.claims}))  # fmt: skip
                print(f"  - {who}: {p.summary}")
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
