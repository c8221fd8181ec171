"""The ``export`` command of the ``guidelines`` CLI: the drafted sections as a Word document for review."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.common import EXIT_OK, UserError, emit, opened, settings_for
from cli.drafts import store_for, workspace_outline

# pipeline.word.export.docx_writer.STATUS_CHOICES, stated here so that building the parser does not import
# python-docx (tests/cli/test_startup.py checks they agree)
STATUS_CHOICES = ("approved", "all")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``export`` with the main parser."""
    p = sub.add_parser("export", parents=[common], help="write the drafted sections as a Word document for review")
    p.add_argument("--out", required=True, metavar="FILE.docx", help="the Word file to write")
    p.add_argument("--section", action="append", metavar="ID", help="only this section (repeatable)")
    p.add_argument("--status", choices=STATUS_CHOICES, default="all", help="approved sections only, or all (default)")
    p.add_argument("--divergences", action="store_true", help="add each section's points of divergence (slower)")
    p.set_defaults(func=cmd_export)


def workspace_id(workspace: Path) -> str:
    """The id the workspace's index recorded, '' when there is none (read without creating a manifest)."""
    from pipeline.index.manifest import Manifest
    from pipeline.index.workspace_index import MANIFEST_FILE

    path = workspace / MANIFEST_FILE
    if not path.is_file():
        return ""
    manifest = Manifest(path)
    try:
        return manifest.get_meta("workspace_id") or ""
    finally:
        manifest.close()


def cmd_export(args: argparse.Namespace) -> int:
    """Write the current revision of each chosen section, in outline order, to --out."""
    from pipeline.index.workspace_index import MANIFEST_FILE
    from pipeline.word.export import NothingToExport, export_docx

    out = Path(args.out)
    if out.suffix.lower() != ".docx":
        raise UserError(f"{out}: the output file must end in .docx")
    workspace = settings_for(args).workspace
    outline = workspace_outline(workspace, None)
    store = store_for(workspace)
    coverage, divergences = None, None
    if (workspace / MANIFEST_FILE).is_file():
        from pipeline.index.workspace_index import Index
        from pipeline.synthesis.coverage import compute_coverage

        index = opened(Index(settings_for(args)))
        coverage = compute_coverage(index, outline, store).as_json()
        if args.divergences:
            from pipeline.workspace import Workspace

            divergences = opened(Workspace(index.settings, index)).divergence_blocks()
    try:
        summary = export_docx(
            out,
            outline,
            store,
            section_ids=args.section or (),
            status=args.status,
            workspace_id=workspace_id(workspace),
            coverage=coverage,
            divergences=divergences,
        )
    except NothingToExport as exc:
        raise UserError(f"nothing to export: {exc}") from exc
    except OSError as exc:  # e.g. the file is open in Word on a share, or the folder is read-only
        raise UserError(f"{out}: cannot write ({exc.strerror or exc})") from exc
    finally:
        store.close()
    data = {
        "out": str(out),
        "sections": list(summary.sections),
        "footnotes": summary.footnotes,
        "comments": summary.comments,
    }
    print(f"wrote {out}", file=sys.stderr)
    emit(
        args,
        data,
        lambda: print(
            f"{out}: {len(summary.sections)} sections, {summary.footnotes} footnotes, {summary.comments} comments"
        ),
    )
    return EXIT_OK
