"""What the ingest keeps of the stored contributions, to compare two versions of it file by file.

``eval/readers_compare.py`` compares what the readers give; this goes one step further, as the ingest does: each
file is read, its metadata row applied (``ingest.metadata.build_meta``) and only the contributor's words kept
(``ingest.ownership.own_words``). Each file's reading is its kept passages (``[location] text``) and the notes the
ownership step gives, so a change in whose rows, turns or posts are kept shows even when the readers' text does not.
Run it once with an older checkout's ``ingest`` first on PYTHONPATH, once with this one's, then ``diff`` the two
with ``eval/readers_compare.py``::

    git archive <commit> ingest pipeline | tar -x -C /tmp/base
    PYTHONPATH=/tmp/base python eval/ownership_compare.py --suffix .xlsx .ods .csv > before.json
    python eval/ownership_compare.py --suffix .xlsx .ods .csv > after.json
    python eval/readers_compare.py diff before.json after.json

A set named with ``--skip`` is never opened (one being written).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _folders(skip: set[str]) -> list[Path]:
    sets = [d / "corpus" for d in sorted((ROOT / "eval").glob("heldout*")) if d.name not in skip]
    return [folder for folder in [ROOT / "corpus", *sets] if folder.is_dir()]


def owned(suffixes: set[str], skip: set[str]) -> dict[str, list[str] | str]:
    """Each file's kept passages and ownership notes, or the reader's error."""
    from ingest.metadata import build_meta, first_heading
    from ingest.ownership import own_words
    from ingest.readers import reader_for
    from pipeline.index.discovery import discover

    out: dict[str, list[str] | str] = {}
    for folder in _folders(skip):
        candidates, _ = discover([folder])
        for cand in candidates:
            if cand.path.suffix.lower() not in suffixes or cand.problem:
                continue
            name = str(cand.path.relative_to(ROOT))
            try:
                result = reader_for(cand.path).read(cand.path)
            except Exception as exc:  # a reader's refusal is a result too
                out[name] = f"error {type(exc).__name__}: {exc}"
                continue
            meta, _ = build_meta(cand.file, cand.path, cand.row, result.properties, first_heading(result.passages))
            own = own_words(result.passages, meta.contributor, meta.organisation, result.properties.author)
            out[name] = [f"[{p.location.label}] {p.text}" for p in own.passages] + [f"note: {n}" for n in own.notes]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suffix", nargs="+", default=[".xlsx", ".ods", ".csv"])
    parser.add_argument("--skip", nargs="*", default=["heldout30", "heldout31"], help="held-out sets never opened")
    args = parser.parse_args()
    json.dump(owned({s.lower() for s in args.suffix}, set(args.skip)), sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
