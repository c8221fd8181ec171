"""Bad-input sweep: every generated bad case and every shared parser test file through one ingest.

Writes the generated cases (``tests/reliability/generated.py``) and copies of the files listed in
``../shared/testdata/parsers/manifest.tsv`` (with the passwords its README gives, in a metadata.csv) into a
temporary folder, ingests both folders in one batch into a temporary workspace with readers isolated as in
production, and prints a Markdown table (file, what it is, format, outcome, chunks, reason) and a summary.
Without ``../shared`` only the generated cases run.

Run: ``.venv/bin/python bench/bad_input_sweep.py [--embedding fake:64] [--no-50mb]``
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script: make the project's packages importable
    sys.path.insert(0, str(REPO))

from pipeline.index.ingestion import Outcome, ingest_paths  # noqa: E402
from pipeline.index.workspace_index import Index  # noqa: E402
from pipeline.settings import Settings  # noqa: E402
from tests.reliability.generated import write_all  # noqa: E402

PARSERS = REPO.parent / "shared" / "testdata" / "parsers"
# From ../shared/testdata/README.md: the passwords a user would put in the metadata.
PASSWORDS = {
    "pdf/crazyones-encrypted-256.pdf": "password",
    "pdf/encrypted-file.pdf": "test",
    "pdf/libreoffice-writer-password.pdf": "openpassword",
    "pdf/r2-user-password.pdf": "asdfzxcv",
    "pdf/r4-aes-user-password.pdf": "asdfzxcv",
    "pdf/r6-both-passwords.pdf": "foo",
}
REASON_WIDTH = 110
WHAT_WIDTH = 60


_TEXT_COUNT = re.compile(r"(?:text_chars(?:_first3pages)?|slides_with_notes)=(\d+)")


def has_text(observed: str) -> bool:
    """Whether the manifest's ``observed`` column (what pypdf, python-pptx or python-docx itself extracted) shows
    text: a count of text characters, or slides with notes, above zero."""
    return any(int(n) > 0 for n in _TEXT_COUNT.findall(observed))


def copy_parser_files(target: Path, with_text: set[str] | None = None) -> dict[str, str]:
    """Copy the files the manifest lists into ``target``; returns what each one is, by relative name, and adds
    to ``with_text`` the files whose own parser library found text in them."""
    described: dict[str, str] = {}
    manifest = PARSERS / "manifest.tsv"
    if not manifest.is_file():
        return described
    with manifest.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            name = row["file"]
            source = PARSERS / name
            if not source.is_file():
                continue
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target / name)
            described[name] = row.get("special (from test suite names/comments)", "") or ""
            if with_text is not None and has_text(row.get("observed (pypdf / python-pptx / python-docx here)") or ""):
                with_text.add(name)
    with (target / "metadata.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "password", "contributor"])
        for name, password in PASSWORDS.items():
            if name in described:
                writer.writerow([name, password, "pypdf test suite"])
    return described


def _cell(text: str, width: int) -> str:
    """Text fit for one Markdown table cell: one line, pipes escaped, shortened to ``width``."""
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _format(file: str) -> str:
    suffix = Path(file).suffix.lower().lstrip(".")
    return suffix or "-"


def table(rows: list[tuple[str, str, str, Outcome]]) -> str:
    """The Markdown table: origin, file, what it is, format, outcome, chunks, reason (or first warning)."""
    lines = [
        "| origin | file | what | format | outcome | chunks | reason |",
        "|---|---|---|---|---|---:|---|",
    ]
    for origin, what, fmt, outcome in rows:
        reason = outcome.reason or (f"warning: {outcome.warnings[0]}" if outcome.warnings else "")
        lines.append(
            f"| {origin} | `{_cell(outcome.file, 70)}` | {_cell(what, WHAT_WIDTH)} | {fmt} | {outcome.status} "
            f"| {outcome.chunks} | {_cell(reason, REASON_WIDTH)} |"
        )
    return "\n".join(lines)


def summary(rows: list[tuple[str, str, str, Outcome]], seconds: float) -> str:
    """One line of counts, overall and per origin."""

    def counts(selected: list[Outcome]) -> str:
        by_status = {s: sum(o.status == s for o in selected) for s in ("ingested", "unchanged", "failed")}
        return ", ".join(f"{n} {s}" for s, n in by_status.items())

    outcomes = [row[3] for row in rows]
    parts = [f"**{len(outcomes)} files: {counts(outcomes)}**"]
    for origin in dict.fromkeys(row[0] for row in rows):
        selected = [row[3] for row in rows if row[0] == origin]
        parts.append(f"{origin} {len(selected)}: {counts(selected)}")
    crashed = [
        o.file for o in outcomes if o.status == "failed" and ("Traceback" in o.reason or "reader failed" in o.reason)
    ]
    parts.append(f"reader crashes: {len(crashed)}")
    parts.append(f"one batch in {seconds:.1f} s")
    return "; ".join(parts)


def text_files_read(rows: list[tuple[str, str, str, Outcome]], with_text: set[str]) -> str:
    """The target's figure: of the parser-suite files that hold text (their own library found some, or we read
    them), how many were read; and whether every other file was refused with a reason of one line."""
    parser_rows = [row[3] for row in rows if row[0] == "parser tests"]
    texts = [o for o in parser_rows if o.file in with_text or o.status == "ingested"]
    read = [o for o in texts if o.status == "ingested"]
    missed = ", ".join(o.file for o in texts if o.status != "ingested") or "none"
    refused = [o for o in parser_rows if o.status == "failed"]
    one_line = sum(bool(o.reason.strip()) and "\n" not in o.reason for o in refused)
    share = 100 * len(read) / len(texts) if texts else 0.0
    return (
        f"**parser-suite files holding text read: {len(read)} of {len(texts)} ({share:.1f}%; not read: {missed}); "
        f"refused with a one-line reason: {one_line} of {len(refused)}**"
    )


def sweep(embedding: str, with_50mb_page: bool) -> tuple[list[tuple[str, str, str, Outcome]], float, set[str]]:
    """Generate, copy, ingest in one batch; rows in the order ingest reported them, the seconds it took, and the
    parser-suite files their own library found text in."""
    with tempfile.TemporaryDirectory(prefix="bad-input-sweep-") as tmp:
        root = Path(tmp)
        generated = root / "upload" / "generated"
        cases = write_all(generated, root / "outside", with_50mb_page=with_50mb_page)
        paths = [generated]
        parsers = root / "upload" / "parsers"
        parsers.mkdir(parents=True)
        with_text: set[str] = set()
        described = copy_parser_files(parsers, with_text)
        if described:
            paths.append(parsers)
        else:
            print(f"note: {PARSERS} not found; sweeping the generated cases only", file=sys.stderr)
        settings = Settings(workspace=root / "ws", embedding=embedding, isolate_readers=True)
        started = time.monotonic()
        outcomes, notes = ingest_paths(Index(settings), paths)
        seconds = time.monotonic() - started
        for note in notes:
            print(f"note: {note}", file=sys.stderr)
    by_case = {case.file: case for case in cases}
    rows = []
    for outcome in outcomes:
        case = by_case.get(outcome.file)
        if case is not None:
            rows.append(("generated", case.what, case.fmt or _format(outcome.file), outcome))
        else:
            rows.append(("parser tests", described.get(outcome.file, ""), _format(outcome.file), outcome))
    return rows, seconds, with_text


def main(argv: list[str] | None = None) -> int:
    """Run the sweep and print the table and the summary line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--embedding", default="fake:64", help="embedding spec (default fake:64: reading is measured)")
    parser.add_argument("--no-50mb", action="store_true", help="leave out the PDF page of 50 MB of text")
    args = parser.parse_args(argv)
    rows, seconds, with_text = sweep(args.embedding, not args.no_50mb)
    print(table(rows))
    print()
    print(summary(rows, seconds))
    if with_text:
        print()
        print(text_files_read(rows, with_text))
    return 0


if __name__ == "__main__":
    sys.exit(main())
