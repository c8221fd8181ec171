"""The ``import-review`` command: bring a reviewed Word export back as new revisions."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.common import EXIT_OK, EXIT_PARTIAL, UserError, emit, settings_for


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register ``import-review`` with the main parser."""
    p = sub.add_parser("import-review", parents=[common], help="store a reviewed Word export as new revisions")
    p.add_argument("file", metavar="FILE.docx", help="a file written by guidelines export, edited in Word")
    p.add_argument("--force", action="store_true", help="save sections changed in the store since the export anyway")
    p.add_argument("--author", default="review", help="author of the new revisions (default: review)")
    p.set_defaults(func=cmd_import_review)


def cmd_import_review(args: argparse.Namespace) -> int:
    """Import a reviewed export; exit 3 when some section changed since the export and was not saved."""
    from pipeline.drafting.drafts import FILENAME, DraftStore
    from pipeline.drafting.support import SupportChecker
    from pipeline.index.embeddings import build_embedder
    from pipeline.word.review.importer import import_reviewed
    from pipeline.word.review.reader import ReviewFileError, read_review

    settings = settings_for(args)
    try:
        doc = read_review(Path(args.file))  # before loading the embedder: a wrong file fails fast
    except ReviewFileError as exc:
        raise UserError(str(exc)) from exc
    if not (settings.workspace / FILENAME).is_file():
        raise UserError(
            f"workspace {settings.workspace} holds no drafts; pass the --workspace {args.file} was exported from"
        )
    checker = SupportChecker(build_embedder(settings.embedding, settings.embedding_batch))
    with DraftStore.in_workspace(settings.workspace) as store:
        try:
            results = import_reviewed(doc, store, checker=checker, author=args.author, force=args.force)
        except ReviewFileError as exc:
            raise UserError(str(exc)) from exc
    for r in results:
        if r.message and r.status != "unchanged":
            print(f"{r.status}: {r.section_id}: {r.message}", file=sys.stderr)

    def human() -> None:
        for r in results:
            detail = (
                f"revision {r.revision}: {len(r.changed_sentences)} changed, {len(r.removed_citations)} citations "
                f"removed, {len(r.uncited_sentences)} uncited, {len(r.comments)} comments"
            )
            print(f"{r.status:<9} {r.section_id}  ({detail})")
            for c in r.comments:
                where = f"sentence {c['sentence']}" if c["sentence"] else "section"
                print(f"    {c['author']} on {where}: {c['text']}")
        if any(r.status == "conflict" for r in results):
            print("sections marked conflict changed since the export; re-run with --force to save over them")

    emit(args, [r.as_json() for r in results], human)
    return EXIT_PARTIAL if any(r.status == "conflict" for r in results) else EXIT_OK
