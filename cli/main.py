"""The ``guidelines`` command line: a thin front end over the same core the app uses.

JSON goes to stdout with ``--json``; progress and messages go to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_PARTIAL,
    TerminalBar,
    UserError,
    VersionAction,
    closing_opened,
    emit,
    index_for,
    loaded,
    opened,
)

# The errors a command reports in one line, named where they live: `loaded` looks them up only once an exception
# is raised, among the modules the command imported, so that naming them here imports nothing.
IndexMismatch = ("pipeline.index.workspace_index", "IndexMismatch")
EmbeddingError = ("pipeline.index.embeddings", "EmbeddingError")
VectorStoreError = ("pipeline.index.vectors", "VectorStoreError")
MetadataError = ("ingest.metadata", "MetadataError")
OutlineError = ("pipeline.drafting.outline", "OutlineError")
ValidationError = ("pydantic", "ValidationError")


def cmd_ingest(args: argparse.Namespace) -> int:
    """Ingest files and folders."""
    from pipeline.index.discovery import SheetWarning, discover
    from pipeline.index.ingestion import Ingester

    if args.metadata and not Path(args.metadata).exists():
        raise UserError(f"{args.metadata}: metadata file not found")
    # a sheet none of whose rows matches a file stops the run before the workspace is touched (MetadataError:
    # exit 1); one that cannot be read is a warning (in the JSON too) and the files go in without it
    candidates, notes = discover([Path(p) for p in args.paths], Path(args.metadata) if args.metadata else None)
    index = index_for(args)
    bar = TerminalBar("file")
    try:
        outcomes = Ingester(index).run(candidates, lambda e: bar.update(e.done, e.total, f"{e.stage} {e.file}"))
    finally:
        bar.close()
    sheet = [n for n in notes if isinstance(n, SheetWarning)]
    for note in notes:
        print(f"{'warning' if isinstance(note, SheetWarning) else 'note'}: {note}", file=sys.stderr)
    for o in outcomes:
        if o.status == "failed":
            print(f"failed: {o.file}: {o.reason}", file=sys.stderr)
        elif o.status == "skipped":  # not a contribution (an image without text no row lists): no failure
            print(f"warning: {o.file}: {o.reason}", file=sys.stderr)
        for w in o.warnings:
            print(f"warning: {o.file}: {w}", file=sys.stderr)

    def human() -> None:
        for o in outcomes:
            detail = o.reason or f"{o.chunks} chunks"
            print(f"{o.status:<10} {o.file}  ({detail})")
        counts = {s: sum(o.status == s for o in outcomes) for s in ("ingested", "unchanged", "failed", "skipped")}
        print(", ".join(f"{n} {s}" for s, n in counts.items() if n or s != "skipped"), file=sys.stderr)

    rows = [o.as_json() for o in outcomes]
    if rows and sheet:
        # The contract's JSON is a list of one entry per file (no top-level object, no entry that is not a file);
        # warnings about the sheet (a row matching no file, an ambiguous name, unused columns) belong to no file,
        # so they ride on the first entry's warnings, once, each opening with the sheet's file name (discovery
        # writes them so) and never mistaken for that file's own.
        rows[0]["warnings"] = [*sheet, *rows[0]["warnings"]]
    emit(args, rows, human)
    return EXIT_PARTIAL if any(o.status == "failed" for o in outcomes) else EXIT_OK


def cmd_sources(args: argparse.Namespace) -> int:
    """List ingested sources with their metadata."""
    from pipeline.workspace import Workspace

    index = index_for(args)
    rows = opened(Workspace(index.settings, index)).sources()

    def human() -> None:
        for r in rows:
            if r["status"] == "failed":
                print(f"{r['file']}: FAILED ({r['reason']})")
                continue
            who = ", ".join(x for x in (r["contributor"], r["organisation"], r["country"]) if x)
            print(f"{r['file']}: {r['title']} [{r['kind']}, {r['region']}] {who} - {r['chunks']} chunks")
        print(
            f"{sum(r['status'] == 'ingested' for r in rows)} sources, "
            f"{index.manifest.count_chunks()} chunks in {index.root}",
            file=sys.stderr,
        )

    emit(args, rows, human)
    return EXIT_OK


def _filters(args: argparse.Namespace):  # noqa: ANN202
    from pipeline.index.search import Filters

    return Filters(
        kind=tuple(args.kind or ()),
        country=tuple(args.country or ()),
        region=tuple(args.region or ()),
        contributor=tuple(args.contributor or ()),
    )


def cmd_search(args: argparse.Namespace) -> int:
    """Search passages, one query or a JSONL file of queries."""
    from pipeline.index.search import Searcher

    if bool(args.query) == bool(args.queries):
        raise UserError("give either a QUERY or --queries FILE.jsonl")
    searcher = Searcher(index_for(args))
    options = dict(k=args.k, method=args.method, filters=_filters(args), max_per_contributor=args.max_per_contributor)
    if args.query:
        hits = searcher.search(" ".join(args.query), **options)

        def human() -> None:
            for n, h in enumerate(hits, 1):
                print(f"{n}. [{h.score:.4f}] {h.file}, {h.location} - {h.contributor} ({h.country})")
                print(f"   {' '.join(h.text.split())[:300]}")

        emit(args, [h.as_json() for h in hits], human)
        return EXIT_OK
    queries = _read_jsonl(Path(args.queries))
    results = {}
    for q in queries:
        if "id" not in q or "question" not in q:
            raise UserError(f"{args.queries}: every line needs 'id' and 'question'")
        results[str(q["id"])] = [h.as_json() for h in searcher.search(str(q["question"]), **options)]
    emit(args, results, lambda: print(json.dumps(results, indent=2, ensure_ascii=False)))
    return EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    """Remove sources and their chunks."""
    index = index_for(args)
    out = []
    with index.writing():
        for file in args.files:
            if index.manifest.source(file) is None:
                raise UserError(f"no ingested source named '{file}' (see: guidelines sources)")
            heir = index.heir_of(file)
            out.append({"file": file, "status": "removed", "chunks": index.remove(file), "passages_kept_by": heir})

    def show() -> None:
        for o in out:
            kept = f"; its passages stay, now as those of {o['passages_kept_by']}" if o["passages_kept_by"] else ""
            print(f"removed {o['file']} ({o['chunks']} chunks{kept})")

    emit(args, out, show)
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    """Show what the workspace holds and whether its parts agree."""
    status = index_for(args).status()
    emit(args, status, lambda: [print(f"{k}: {v}") for k, v in status.items()])
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    """Evaluate retrieval on a question set: hybrid, dense and BM25 side by side."""
    from pipeline.index.evaluation import evaluate, load_questions
    from pipeline.index.search import Searcher

    path = Path(args.questions)
    if not path.is_file():
        raise UserError(f"{path}: question file not found")
    try:
        questions = load_questions(path)
        ks = sorted({int(k) for k in str(args.k).split(",") if k.strip()})
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    if not ks or ks[0] < 1:
        raise UserError("--k takes positive integers such as 5,10")
    if args.limit:
        questions = questions[: args.limit]
    index = index_for(args)
    if not index.manifest.count_chunks():
        raise UserError(f"workspace {index.root} holds no chunks; ingest the corpus first")
    from tqdm import tqdm

    with tqdm(total=len(questions), unit="q", file=sys.stderr, disable=None) as bar:
        report = evaluate(Searcher(index), questions, ks, progress=lambda done, _total: bar.update(1))
    if not args.per_question:
        report.pop("per_question")

    def human() -> None:
        methods = report["methods"]
        keys = list(next(iter(methods.values())))
        print(f"{report['questions']} questions")
        print(f"{'method':<8}" + "".join(f"{k:>22}" for k in keys))
        for name, metrics in methods.items():
            print(f"{name:<8}" + "".join(f"{metrics[k]:>22.3f}" for k in keys))

    emit(args, report, human)
    return EXIT_OK


def cmd_support(args: argparse.Namespace) -> int:
    """Score claims against evidence with the citation check, many pairs in one process.

    Each pair's evidence list is checked the way a drafted sentence's citations are: every item is one cited
    passage with its own verdict (``citation_checks``); the optional ``sources`` list (one metadata object per
    item: contributor, organisation, country) lets named contributors and quotations be checked too.
    """
    from pipeline.drafting.checking import check_sentence
    from pipeline.drafting.support import SupportChecker
    from pipeline.index.embeddings import build_embedder
    from pipeline.model import Sentence
    from pipeline.settings import load_settings

    pairs = _read_jsonl(Path(args.pairs))
    settings = load_settings(workspace=args.workspace)
    checker = SupportChecker(build_embedder(settings.embedding, settings.embedding_batch))
    out: dict[str, dict[str, Any]] = {}
    for n, pair in enumerate(pairs, 1):
        if "claim" not in pair or not isinstance(pair.get("evidence"), list):
            raise UserError(f"{args.pairs}, line {n}: needs 'claim' and a list 'evidence'")
        metadata = pair.get("sources")
        if metadata is not None and (not isinstance(metadata, list) or len(metadata) != len(pair["evidence"])):
            raise UserError(f"{args.pairs}, line {n}: 'sources' must list one metadata object per evidence item")
        key = str(pair.get("id", n))
        passages = {str(i): str(e) for i, e in enumerate(pair["evidence"], 1)}
        sources = {str(i): dict(m) for i, m in enumerate(metadata or (), 1) if isinstance(m, dict)}
        checked = check_sentence(Sentence(str(pair["claim"]), tuple(passages)), passages, checker, sources or None)
        out[key] = {
            "score": round(checked.support or 0.0, 4),
            "flags": list(checked.flags),
            "citation_checks": [{**c.as_json(), "evidence_item": int(c.chunk_id)} for c in checked.checks],
        }
    emit(args, out, lambda: [print(f"{k}: {v['score']:.3f} {' '.join(v['flags'])}") for k, v in out.items()])
    return EXIT_OK


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UserError(f"{path}: {exc.strerror or exc}") from exc
    out = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise UserError(f"{path}, line {n}: not valid JSON ({exc.msg})") from exc
    return out


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; every command takes --workspace and --json."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--workspace", help="workspace folder (default ./workspace or GUIDELINES_WORKSPACE)")
    common.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    parser = argparse.ArgumentParser(prog="guidelines", description="Draft guidelines from contributions.")
    parser.add_argument("--version", action=VersionAction)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", parents=[common], help="ingest files and folders")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument(
        "--metadata",
        metavar="FILE",
        help="metadata sheet, .csv, .xlsx or .ods, anywhere (default: metadata.csv beside the files)",
    )
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("sources", parents=[common], help="list ingested sources")
    p.set_defaults(func=cmd_sources)

    p = sub.add_parser("search", parents=[common], help="search passages")
    p.add_argument("query", nargs="*", metavar="QUERY")
    p.add_argument("--queries", metavar="FILE.jsonl", help="many queries, one {id, question} per line")
    p.add_argument("--k", type=int, default=10, help="results per query (default 10)")
    p.add_argument("--method", choices=("hybrid", "dense", "bm25"), default="hybrid")
    for name in ("kind", "country", "region", "contributor"):
        p.add_argument(f"--{name}", action="append", help=f"only passages whose {name} is this (repeatable)")
    p.add_argument("--max-per-contributor", type=int, help="at most N passages from one contributor")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("remove", parents=[common], help="remove sources and their chunks")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("eval", parents=[common], help="evaluate retrieval on a question set")
    p.add_argument("target", choices=("retrieval",))
    p.add_argument("--questions", default="eval/questions.jsonl", metavar="FILE.jsonl")
    p.add_argument("--k", default="5,10", help="cut-offs, comma-separated (default 5,10)")
    p.add_argument("--limit", type=int, help="only the first N questions")
    p.add_argument("--per-question", action="store_true", help="include each question's ranks in the JSON")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("support", parents=[common], help="score claims against evidence passages")
    p.add_argument("--pairs", required=True, metavar="FILE.jsonl", help='lines of {"id", "claim", "evidence": [...]}')
    p.set_defaults(func=cmd_support)

    p = sub.add_parser("info", parents=[common], help="counts of sources, chunks and vectors")
    p.set_defaults(func=cmd_info)

    from cli import divergence as cli_divergence
    from cli import doctor as cli_doctor
    from cli import drafts as cli_drafts
    from cli import export as cli_export
    from cli import review as cli_review
    from cli import synthesis as cli_synthesis

    cli_drafts.register(sub, common)
    cli_synthesis.register(sub, common)
    cli_divergence.register(sub, common)
    cli_export.register(sub, common)
    cli_review.register(sub, common)
    cli_doctor.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    args = build_parser().parse_args(argv)
    try:
        with closing_opened():
            return int(args.func(args))
    except (UserError, *loaded(IndexMismatch, EmbeddingError, VectorStoreError, MetadataError, OutlineError)) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except sqlite3.DatabaseError as exc:  # a damaged manifest or drafts.sqlite, met outside the index's own check
        print(f"error: a workspace database is damaged ({exc}); run: guidelines doctor", file=sys.stderr)
        return EXIT_ERROR
    except loaded(ValidationError) as exc:
        first = exc.errors()[0]
        print(f"error: setting {'.'.join(map(str, first['loc']))}: {first['msg']}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # output piped into `head` and the like: not an error of ours
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stays open until exit, as Python's docs advise
        return EXIT_OK
    except KeyboardInterrupt:
        print("interrupted; the workspace stays consistent, run the command again to finish", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
