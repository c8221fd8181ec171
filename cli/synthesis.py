"""Synthesis commands of the ``guidelines`` CLI: coverage and the scope explorer (divergences: cli_divergence)."""

from __future__ import annotations

import argparse

from cli.common import EXIT_OK, UserError, emit, index_for, opened
from cli.drafts import store_for, workspace_outline


def cmd_coverage(args: argparse.Namespace) -> int:
    """Whose contributions the current drafts cite, per contribution and per section."""
    from pipeline.index.search import Searcher
    from pipeline.synthesis.coverage import compute_coverage, summarise

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


def preview(text: str, limit: int = 160) -> str:
    """A passage's opening words on one line, cut at a word with an ellipsis."""
    flat = " ".join(str(text).split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + "…"


def cmd_scope(args: argparse.Namespace) -> int:
    """Topics the contributions raise that no outline section covers; --add N puts proposal N in the outline."""
    from pipeline.drafting.drafters.base import DraftingError
    from pipeline.drafting.outline import Outline, save_outline
    from pipeline.workspace import OUTLINE_NAME, Workspace

    index = index_for(args)
    outline = workspace_outline(index.root, None)
    try:
        proposals = opened(Workspace(index.settings, index)).scope(args.llm)
    except DraftingError as exc:
        raise UserError(str(exc)) from exc
    if args.add is not None:
        if not 1 <= args.add <= len(proposals):
            raise UserError(f"--add takes a proposal number from 1 to {len(proposals)} (see guidelines scope)")
        section = proposals[args.add - 1].section({s.id for s in outline.sections})
        save_outline(
            Outline(title=outline.title, version=outline.version, sections=(*outline.sections, section)),
            index.root / OUTLINE_NAME,
        )
        data = {"added": section.model_dump(mode="json")}
        emit(args, data, lambda: print(f"added section '{section.id}': {section.title}"))
        return EXIT_OK

    def human() -> None:
        if not proposals:
            print("every contribution's topics fall within the outline's sections")
        for n, p in enumerate(proposals, 1):
            print(
                f"{n}. {p.proposed_title}  (keywords: {', '.join(p.keywords)}; raised by {', '.join(p.contributors)})"
            )
            if p.purpose:
                print(f"   {p.purpose}")
            for q in p.questions:
                print(f"   - {q}")
            for passage in p.passages[:3]:
                print(f"   {passage['file']}, {passage['location']}: {preview(passage.get('text', ''))}")

    emit(args, [p.as_json() for p in proposals], human)
    return EXIT_OK


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register the synthesis commands with the main parser."""
    p = sub.add_parser("coverage", parents=[common], help="which contributions the drafts cite, and where")
    p.add_argument("--unused", action="store_true", help="also list on-topic passages no draft cites (searches)")
    p.set_defaults(func=cmd_coverage)

    p = sub.add_parser("scope", parents=[common], help="topics the contributions raise outside the outline")
    p.add_argument("--add", type=int, metavar="N", help="add proposal N to the workspace's outline as a section")
    p.add_argument("--llm", metavar="SPEC", help="provider:model to word the proposals; 'extractive' for keywords only")
    p.set_defaults(func=cmd_scope)
