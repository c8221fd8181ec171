"""How the legacy code-page choice (``ingest/readers/legacy_encoding.py``) reads the evaluation sets' own text saved
in each Windows code page: every file's (or every passage's) text as its reader gives it, from a JSON written by
``eval/readers_compare.py read``, is encoded in each of the six code pages that can write it and decoded back.

Counted only where the choice matters (the bytes would read otherwise as cp1252): "exact" is the text back,
"as cp1252" the default kept (a misspelling, but the one the tool made before), "as cpNNNN" another code page chosen
wrongly. A Western text must always come back exact::

    python eval/readers_compare.py read --suffix .txt .md .csv .html .eml --skip heldout32 heldout33 > read.json
    python eval/legacy_roundtrip.py read.json [--passages]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from ingest.readers.legacy_encoding import CANDIDATES, decode_legacy


def roundtrip(texts: list[str]) -> dict[str, Counter[str]]:
    """Per code page, how many texts came back exact, as cp1252, or in another code page."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        if text.isascii():
            continue
        for codec in CANDIDATES:
            try:
                data = text.encode(codec)
            except UnicodeEncodeError:
                continue
            if codec != "cp1252" and data.decode("cp1252", "replace") == text:
                continue  # the same either way: nothing to choose
            decoded, used = decode_legacy(data)
            if decoded == text:
                counts[codec]["exact"] += 1
            else:
                counts[codec]["as cp1252" if used in ("cp1252", "latin-1") else f"as {used}"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("read", type=Path, help="a JSON written by eval/readers_compare.py read")
    parser.add_argument("--passages", action="store_true", help="each passage on its own (short texts)")
    args = parser.parse_args()
    files = json.loads(args.read.read_text(encoding="utf-8"))
    readings = [passages for passages in files.values() if isinstance(passages, list)]
    texts = [p for passages in readings for p in passages] if args.passages else ["\n".join(p) for p in readings]
    for codec, counts in roundtrip(texts).items():
        print(codec, dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
