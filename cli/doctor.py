"""The ``doctor`` command of the ``guidelines`` CLI: check the workspace, and rebuild its derived indexes."""

from __future__ import annotations

import argparse
import sys

from cli.common import EXIT_ERROR, EXIT_OK, TerminalBar, emit, settings_for


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``doctor`` with the main parser."""
    p = sub.add_parser(
        "doctor",
        parents=[common],
        help="check that manifest, Chroma, BM25 and drafts agree; --repair rebuilds the derived parts",
    )
    p.add_argument(
        "--repair",
        action="store_true",
        help="rebuild vectors and the BM25 index from the manifest and roll back interrupted writes "
        "(revisions are never touched)",
    )
    p.set_defaults(func=cmd_doctor)


def cmd_doctor(args: argparse.Namespace) -> int:
    """Check the workspace (and with --repair, rebuild what is derived); exit 1 while a problem remains."""
    from pipeline.upkeep.doctor import check_workspace
    from pipeline.upkeep.repair import repair_workspace

    settings = settings_for(args)
    if args.repair:
        bar = TerminalBar("chunk", "re-embedding")
        try:
            report = repair_workspace(settings, bar.update)
        finally:
            bar.close()
    else:
        report = check_workspace(settings)
    for action in report.repaired:
        print(f"repaired: {action}", file=sys.stderr)

    def human() -> None:
        for finding in report.findings:
            print(finding.line())
        counts = ", ".join(f"{v} {k}" for k, v in report.counts.items())
        verdict = "consistent" if report.healthy else f"{len(report.problems)} problem(s)"
        hint = "" if report.healthy or args.repair else "; guidelines doctor --repair rebuilds what is derived"
        print(f"workspace {report.workspace}: {verdict} ({counts}){hint}")

    emit(args, report.as_json(), human)
    return EXIT_OK if report.healthy else EXIT_ERROR
