"""What the readers make of the stored contributions, to compare two versions of them file by file.

``read`` writes {file: [passage texts]} as JSON for the sample corpus and the held-out sets' corpora (a set named
with ``--skip`` is never opened: one being written); run it once with an older checkout's ``ingest`` first on
PYTHONPATH, once with this one's. ``diff`` names the files read differently and the passage lines that came or
went::

    git archive <commit> ingest pipeline | tar -x -C /tmp/base
    PYTHONPATH=/tmp/base python eval/readers_compare.py read --suffix .eml .txt > before.json
    python eval/readers_compare.py read --suffix .eml .txt > after.json
    python eval/readers_compare.py diff before.json after.json
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SHEETS = ("metadata.csv", "metadata.tsv", "metadata.xlsx", "metadata.ods")


def _files(suffixes: set[str], skip: set[str]) -> list[Path]:
    folders = [ROOT / "corpus", *(d / "corpus" for d in sorted((ROOT / "eval").glob("heldout*")) if d.name not in skip)]
    return sorted(
        path
        for folder in folders
        if folder.is_dir()
        for path in folder.rglob("*")
        if path.is_file() and path.suffix.lower() in suffixes and path.name not in _SHEETS
    )


def read(suffixes: set[str], skip: set[str]) -> dict[str, list[str] | str]:
    """Each file's passages as its reader gives them, or the reader's error."""
    from ingest.readers import reader_for

    out: dict[str, list[str] | str] = {}
    for path in _files(suffixes, skip):
        try:
            out[str(path.relative_to(ROOT))] = [p.text for p in reader_for(path).read(path).passages]
        except Exception as exc:  # a reader's refusal is a result too: it is compared as the other texts are
            out[str(path.relative_to(ROOT))] = f"error {type(exc).__name__}: {exc}"
    return out


def _lines(read: list[str] | str) -> list[str]:
    """A reading's lines: its passages' lines in order, or its error as one line."""
    return [read] if isinstance(read, str) else [line for passage in read for line in passage.split("\n")]


def diff(before: dict[str, list[str] | str], after: dict[str, list[str] | str]) -> list[str]:
    """One line per file read differently, then its passage lines that went (-) or came (+); a file whose lines
    are the same but grouped into other passages says so."""
    lines: list[str] = []
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name, []), after.get(name, [])
        if old == new:
            continue
        old_lines, new_lines = _lines(old), _lines(new)
        changes = [
            line
            for line in difflib.unified_diff(old_lines, new_lines, lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))
        ]
        lines.append(f"{name}: {len(changes)} line(s) changed" if changes else f"{name}: same lines, other passages")
        lines += [f"  {line}" for line in changes]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    reading = sub.add_parser("read")
    reading.add_argument("--suffix", nargs="+", default=[".eml", ".html", ".htm", ".txt", ".xlsx", ".csv", ".rtf"])
    reading.add_argument(
        "--skip",
        nargs="*",
        default=["heldout30", "heldout31"],
        help="held-out sets never opened",
    )
    comparing = sub.add_parser("diff")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "read":
        json.dump(read({s.lower() for s in args.suffix}, set(args.skip)), sys.stdout, ensure_ascii=False)
        return
    before, after = (json.loads(p.read_text(encoding="utf-8")) for p in (args.before, args.after))
    changed = diff(before, after)
    differently = sum(not line.startswith(" ") for line in changed)
    print(f"{len(before)} files before, {len(after)} after; {differently} read differently")
    print("\n".join(changed))


if __name__ == "__main__":
    main()
