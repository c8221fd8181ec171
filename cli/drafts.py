"""Drafting commands of the ``guidelines`` CLI: draft, show, history, pin, exclude, accept, status."""

from __future__ import annotations

import argparse
import contextlib
import sys
import warnings
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cli.common import EXIT_OK, EXIT_PARTIAL, TerminalBar, UserError, emit, index_for, opened, settings_for

if TYPE_CHECKING:
    from pipeline.drafting.drafts import DraftStore
    from pipeline.drafting.outline import Outline
    from pipeline.model import Revision

__all__ = ["register", "revision_json", "store_for", "workspace_outline"]


def print_revision(data: dict[str, Any]) -> None:
    """A readable section: sentences with numbered citations, flags, sources and gaps."""
    print(
        f"# {data['title']}  [{data['section_id']}, revision {data['revision']}, {data['status']}, {data['backend']}]"
    )
    numbers: dict[str, int] = {}
    for p, paragraph in enumerate(data["paragraphs"], 1):
        print()
        if paragraph.get("theme"):  # the guiding question the paragraph answers, or the point of divergence
            print(f"## {paragraph['theme']}")
        for s, sentence in enumerate(paragraph["sentences"], 1):
            marks = "".join(f"[{numbers.setdefault(c, len(numbers) + 1)}]" for c in sentence["citations"])
            flags = f"  <- {', '.join(sentence['flags'])}" if sentence["flags"] else ""
            lock = " (accepted)" if sentence.get("locked") else ""
            lead = " (summary of the passages)" if sentence.get("kind") == "summary" else ""
            print(f"{p}.{s} {sentence['text']} {marks}{lead}{lock}{flags}")
    if data["gaps"]:
        print("\nGaps:")
        for gap in data["gaps"]:
            print(f"- {gap['question']}: {gap['note']}")
    if numbers:
        print("\nSources:")
        for cid, n in numbers.items():
            src = data["sources"].get(cid, {})
            who = ", ".join(x for x in (src.get("contributor"), src.get("organisation"), src.get("country")) if x)
            print(f"[{n}] {who}: {src.get('title', '')} ({src.get('file', '')}, {src.get('location', '')})")


CHANGE_WORDS = {"released": "no longer accepted"}


def _cited(side: dict[str, Any], indent: str) -> list[str]:
    """A sentence's text, then one line per citation naming its source (contributor, file, page or slide)."""
    lines = [side["text"] + (" (accepted)" if side["accepted"] else "")]
    lines += [f"{indent}cites {c['source']}" for c in side["citations"]] or [f"{indent}cites nothing"]
    return lines


def print_changes(data: dict[str, Any]) -> None:
    """A revision diff as an editor reads it: per question, each changed sentence, its sources and what changed."""
    ends = [f"revision {d['revision']} ({d['author']}, {d['backend']})" for d in (data["from"], data["to"])]
    print(f"{data['section_id']}: {ends[0]} -> {ends[1]}")
    changes = data["changes"]
    if not changes:
        print("No sentence changed.")
        return
    counts: dict[str, int] = {}
    for c in changes:
        counts[c["change"]] = counts.get(c["change"], 0) + 1
    print(f"{len(changes)} change(s): " + ", ".join(f"{n} {CHANGE_WORDS.get(k, k)}" for k, n in counts.items()))
    theme = None
    for c in changes:
        if c["theme"] != theme:
            theme = c["theme"]
            print(f"\n{theme or '(no question)'}")
        word = CHANGE_WORDS.get(c["change"], c["change"]).capitalize()
        if c["change"] == "edited":
            for label, side in (("was", c["before"]), ("now", c["after"])):
                first, *rest = _cited(side, " " * 6)
                print(f"  {word if label == 'was' else '':<10} {label}: {first}")
                print("\n".join(f"  {'':<10}{line}" for line in rest))
        else:
            first, *rest = _cited(c["after"] or c["before"], "    ")
            print(f"  {word}: {first}")
            print("\n".join(f"  {line}" for line in rest))


def parse_positions(values: list[str]) -> list[tuple[int, int]]:
    """``P.S`` (1-based, as ``show`` prints them) to 0-based (paragraph, sentence) pairs."""
    out = []
    for value in values:
        try:
            p, s = (int(x) for x in value.split("."))
        except ValueError:
            raise ValueError(f"'{value}' is not a sentence position like 2.3 (paragraph 2, sentence 3)") from None
        if p < 1 or s < 1:
            raise ValueError(f"'{value}': positions count from 1")
        out.append((p - 1, s - 1))
    return out


def store_for(workspace: Path) -> DraftStore:
    """The workspace's draft store."""
    from pipeline.drafting.drafts import DraftStore

    return opened(DraftStore.in_workspace(workspace))


# The core is imported when a command runs, not when the parser is built (`guidelines --help` stays fast).
def workspace_outline(workspace: Path, outline: str | Path | None) -> Outline:
    """The workspace's outline, after copying ``outline`` into it when one is given (``pipeline.workspace``)."""
    from pipeline.workspace import workspace_outline as load

    return load(workspace, outline)


def revision_json(revision: Revision, title: str, status: str, ocr: Collection[str] = ()) -> dict[str, Any]:
    """A revision in the shape ``show --json`` prints (``pipeline.workspace.revision_json``)."""
    from pipeline.workspace import revision_json as shape

    return shape(revision, title, status, ocr)


def ocr_chunk_ids(workspace: Path, chunk_ids: Collection[str]) -> set[str]:
    """Which cited passages were read by OCR (``pipeline.workspace.ocr_chunk_ids``)."""
    from pipeline.workspace import ocr_chunk_ids as read

    return read(workspace, chunk_ids)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Register the drafting commands with the main parser."""
    p = sub.add_parser("draft", parents=[common], help="draft sections and store new revisions")
    p.add_argument(
        "--outline",
        metavar="FILE",
        help="outline to draft: .yaml .md .txt .docx .odt .rtf .html .pdf .eml .pptx .odp, or a table .csv .xlsx "
        ".ods (kept in the workspace)",
    )
    p.add_argument("--section", action="append", metavar="ID", help="only this section (repeatable)")
    p.add_argument("--llm", metavar="SPEC", help="provider:model for the LLM drafter; 'extractive' for the offline one")
    p.add_argument("--author", default="drafter")
    p.add_argument("--no-divergences", action="store_true", help="leave out the 'Points of divergence' paragraphs")
    p.set_defaults(func=cmd_draft)

    p = sub.add_parser("show", parents=[common], help="a section's current draft (or --all)")
    p.add_argument("section_id", nargs="?", metavar="SECTION_ID")
    p.add_argument("--all", action="store_true", help="every drafted section in outline order")
    p.add_argument("--revision", type=int, help="an earlier revision")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("history", parents=[common], help="a section's revisions, or a diff of two")
    p.add_argument("section_id", metavar="SECTION_ID")
    p.add_argument("--diff", nargs=2, type=int, metavar=("A", "B"))
    p.set_defaults(func=cmd_history)

    for name, text in (
        ("pin", "always use a passage in a section"),
        ("exclude", "never use a passage in a section"),
        ("clear", "remove a pin or exclusion"),
    ):
        p = sub.add_parser(name, parents=[common], help=text)
        p.add_argument("section_id", metavar="SECTION_ID")
        p.add_argument("chunk_id", metavar="CHUNK_ID")
        p.add_argument("--author", default="editor")
        p.set_defaults(func=cmd_mark, mark=name)

    p = sub.add_parser("accept", parents=[common], help="accept sentences so regeneration keeps them")
    p.add_argument("section_id", metavar="SECTION_ID")
    p.add_argument("positions", nargs="+", metavar="P.S", help="paragraph.sentence as show prints them")
    p.add_argument("--revision", type=int, help="the revision you reviewed (default: the current one)")
    p.add_argument("--undo", action="store_true", help="un-accept instead")
    p.add_argument("--author", default="editor")
    p.set_defaults(func=cmd_accept)

    p = sub.add_parser("status", parents=[common], help="sections' review status, or set one")
    p.add_argument("section_id", nargs="?", metavar="SECTION_ID")
    p.add_argument("--set", choices=("draft", "in_review", "approved"))
    p.add_argument("--author", default="editor")
    p.set_defaults(func=cmd_status)


def stderr(message: str) -> None:
    """A message for the person at the terminal."""
    print(message, file=sys.stderr)


def canonical_section(workspace: Path, given: str | None) -> str | None:
    """A section id as the outline writes it (ids match in any case: ``s1`` finds ``S1``); as given otherwise."""
    from pipeline.drafting.outline import OutlineError

    if not given:
        return given
    try:
        return workspace_outline(workspace, None).section(given).id
    except (OutlineError, OSError):
        return given


def cmd_draft(args: argparse.Namespace) -> int:
    """Draft sections (all, or those named) and store a new revision of each."""
    from pipeline.drafting.drafters.base import DraftingError
    from pipeline.drafting.outline_data import OutlineWarning
    from pipeline.workspace import Workspace

    index = index_for(args)
    with warnings.catch_warnings(record=True) as heard:  # what the outline's loader left out, said once
        warnings.simplefilter("always", OutlineWarning)
        workspace_outline(index.root, args.outline)
    for warning in heard:
        if issubclass(warning.category, OutlineWarning):
            stderr(f"warning: {warning.message}")
        else:  # not ours to word: handed back to the filters in force, as if never recorded
            warnings.warn_explicit(
                warning.message, warning.category, warning.filename, warning.lineno, source=warning.source
            )
    if not index.manifest.count_chunks():
        raise UserError(f"workspace {index.root} holds no contributions; run guidelines ingest first")
    workspace = opened(Workspace(index.settings, index))
    label = workspace.drafter_label(args.llm)
    if label.startswith("extractive"):
        stderr("drafting offline with the extractive drafter (no LLM configured; set GUIDELINES_LLM or --llm)")
    else:
        stderr(f"drafting with {label}")
    bar = TerminalBar("section")

    def progress(event) -> None:  # noqa: ANN001 - pipeline.drafting.orchestration.DraftProgress
        bar.update(event.done, event.total, f"{event.stage} {event.section_id}")

    try:
        run = workspace.draft(
            args.section or (), llm=args.llm, author=args.author, divergences=not args.no_divergences, progress=progress
        )
    except DraftingError as exc:
        raise UserError(str(exc)) from exc
    finally:
        bar.close()
    outcomes = run.outcomes
    for o in outcomes:
        if o.status != "drafted":
            stderr(f"{o.status}: {o.section_id}: {o.reason}")

    def human() -> None:
        for o in outcomes:
            detail = o.reason or f"revision {o.revision}: {o.sentences} sentences, {o.flagged} flagged, {o.gaps} gaps"
            print(f"{o.status:<8} {o.section_id}  ({detail})")

    emit(args, [o.as_json() for o in outcomes], human)
    return EXIT_OK if all(o.status == "drafted" for o in outcomes) else EXIT_PARTIAL


def cmd_show(args: argparse.Namespace) -> int:
    """One section's draft in the BRIEF's shape, or all of them in outline order."""
    from pipeline.drafting.outline import OutlineError

    workspace = settings_for(args).workspace
    store = store_for(workspace)
    args.section_id = canonical_section(workspace, args.section_id)
    if args.all:
        outline = workspace_outline(workspace, None)
        out = []
        for section in outline.sections:
            revision = store.current(section.id)
            if revision is not None:
                ocr = ocr_chunk_ids(workspace, revision.sources)
                out.append(revision_json(revision, section.title, store.status(section.id), ocr))
        emit(args, out, lambda: [(print_revision(d), print()) for d in out])
        return EXIT_OK
    if not args.section_id:
        raise UserError("give a SECTION_ID or --all")
    revision = store.revision(args.section_id, args.revision) if args.revision else store.current(args.section_id)
    if revision is None:
        raise UserError(f"section '{args.section_id}' has no draft yet (guidelines draft --section {args.section_id})")
    title = args.section_id
    with contextlib.suppress(OutlineError):
        title = workspace_outline(workspace, None).section(args.section_id).title
    data = revision_json(revision, title, store.status(args.section_id), ocr_chunk_ids(workspace, revision.sources))
    emit(args, data, lambda: print_revision(data))
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    """A section's revisions, or the diff between two."""
    store = store_for(settings_for(args).workspace)
    args.section_id = canonical_section(settings_for(args).workspace, args.section_id)
    if args.diff:
        from pipeline.drafting.revision_diff import changes_json

        a, b = args.diff
        try:
            old, new = store.revision(args.section_id, a), store.revision(args.section_id, b)
        except KeyError as exc:
            raise UserError(str(exc.args[0])) from exc
        data = {
            "section_id": args.section_id,
            "from": {"revision": a, "author": old.author, "backend": old.backend},
            "to": {"revision": b, "author": new.author, "backend": new.backend},
            "changes": changes_json(old, new),
            "diff": store.diff(args.section_id, a, b),  # the unified diff with chunk ids, for tools
        }
        emit(args, data, lambda: print_changes(data))
        return EXIT_OK
    infos = [dict(i.__dict__) for i in store.history(args.section_id)]
    if not infos:
        raise UserError(f"section '{args.section_id}' has no revisions")
    emit(
        args,
        infos,
        lambda: [
            print(
                f"{i['number']:>3}  {i['created_at']}  {i['author']:<10} {i['backend']:<20} "
                f"{i['sentences']} sentences, {i['flagged']} flagged"
            )
            for i in infos
        ],
    )
    return EXIT_OK


def cmd_mark(args: argparse.Namespace) -> int:
    """Pin, exclude or clear a passage for a section (the next draft uses it)."""
    index = index_for(args)
    if args.mark != "clear" and not index.manifest.chunks([args.chunk_id]):
        raise UserError(f"no passage with chunk id '{args.chunk_id}' (guidelines search shows chunk ids)")
    store = store_for(index.root)
    args.section_id = canonical_section(index.root, args.section_id)
    if args.mark == "pin":
        store.pin(args.section_id, args.chunk_id, author=args.author)
    elif args.mark == "exclude":
        store.exclude(args.section_id, args.chunk_id, author=args.author)
    else:
        store.clear(args.section_id, args.chunk_id)
    data = {
        "section_id": args.section_id,
        "pins": store.pins(args.section_id),
        "exclusions": store.exclusions(args.section_id),
    }
    emit(
        args, data, lambda: print(f"{args.section_id}: {len(data['pins'])} pinned, {len(data['exclusions'])} excluded")
    )
    return EXIT_OK


def cmd_accept(args: argparse.Namespace) -> int:
    """Accept (lock) sentences in a new revision; refused if the section changed since --revision."""
    from pipeline.drafting.drafts import ConflictError

    store = store_for(settings_for(args).workspace)
    args.section_id = canonical_section(settings_for(args).workspace, args.section_id)
    current = store.current(args.section_id)
    if current is None:
        raise UserError(f"section '{args.section_id}' has no draft yet")
    try:
        positions = parse_positions(args.positions)
        revision = store.accept(
            args.section_id,
            positions,
            author=args.author,
            expected=args.revision or current.number,
            lock=not args.undo,
        )
    except (ValueError, ConflictError) as exc:
        raise UserError(str(exc)) from exc
    data = {
        "section_id": args.section_id,
        "revision": revision.number,
        "locked": sum(1 for s in revision.sentences() if s.locked),
    }
    emit(args, data, lambda: print(f"{args.section_id}: revision {revision.number}, {data['locked']} accepted"))
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    """Review status of sections, or set one section's status."""
    from pipeline.drafting.outline import OutlineError

    workspace = settings_for(args).workspace
    store = store_for(workspace)
    args.section_id = canonical_section(workspace, args.section_id)
    if args.set:
        if not args.section_id:
            raise UserError("--set needs a SECTION_ID")
        store.set_status(args.section_id, args.set, author=args.author)
    try:
        ids = [s.id for s in workspace_outline(workspace, None).sections]
    except OutlineError:
        ids = store.sections()
    if args.section_id:
        ids = [args.section_id]
    rows = []
    for sid in ids:
        info, current = store.status_info(sid), store.current(sid)
        rows.append(
            {
                "section_id": sid,
                "status": info.status,
                "by": info.by,
                "at": info.at,
                "revision": current.number if current else None,
            }
        )
    emit(args, rows, lambda: [print(f"{r['section_id']:<32} {r['status']:<10} revision {r['revision']}") for r in rows])
    return EXIT_OK
