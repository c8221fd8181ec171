"""What leaving out a letter's closing and signature costs, as ratios measured in one run.

    python bench/signature_cost.py [--lines 2000] [--paragraphs 400] [--runs 5]

Two figures (medians of ``--runs``):
- growth: the time to look for a signature in a text of 4n short lines that are all closings ("Thanks," under one
  another, then a sentence, so every closing is tried and none is a signature) over the time for n (``--lines``).
  A cost linear in the text gives about 4; one that walks the text again at each closing gives about 16.
- readers: reading a letter of ``--paragraphs`` paragraphs that ends with a closing and a signature, as DOCX,
  ODT and RTF, over reading it with the signature step switched off (the paragraphs pass through unchanged).
The files are built here, in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SIGNATURE = ["Yours faithfully,", "Dr Anna Berzina", "Director", "Riga Adult Learning Centre"]


def _median(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def growth(lines: int, runs: int) -> dict[str, float]:
    """Seconds for n and 4n closing lines, and their ratio, for plain text and for paragraphs."""
    from ingest.readers.signature import drop_signature, drop_signature_paragraphs

    out: dict[str, float] = {}
    for name, call in (
        ("text", lambda k: drop_signature("Body text.\n" + "Thanks,\n" * k + "We go on with a sentence of prose.")),
        ("paragraphs", lambda k: drop_signature_paragraphs(["Body text."] + ["Thanks,"] * k + ["We go on."])),
    ):
        small = _median(lambda c=call: c(lines), runs)
        large = _median(lambda c=call: c(4 * lines), runs)
        out[f"{name}_n_s"], out[f"{name}_4n_s"], out[f"{name}_ratio"] = small, large, large / small
    return out


def _letter(paragraphs: int) -> list[str]:
    body = [
        f"Point {k}: our centre asks that short courses of one or two ECTS be listed in the national register, "
        f"each with learning outcomes written down and assessed by the provider ({k})."
        for k in range(paragraphs)
    ]
    return ["Dear members of the guideline team,", *body, *SIGNATURE]


def readers(folder: Path, paragraphs: int, runs: int) -> dict[str, float]:
    """Reading time with the signature step over reading time without it, per format, the two interleaved."""
    from ingest.readers import docx as docx_reader
    from ingest.readers import odf, rtf
    from tests.ingest.test_signature_documents import BUILDERS

    blocks: list[str | tuple] = list(_letter(paragraphs))
    out: dict[str, float] = {}
    modules = {"docx": docx_reader, "odt": odf, "rtf": rtf}
    for fmt, (build, read) in BUILDERS.items():
        path = build(folder / f"letter_{fmt}", blocks)
        assert "Berzina" not in "\n".join(p.text for p in read(path)), fmt
        module, original = modules[fmt], modules[fmt].signature_cuts
        times: dict[bool, list[float]] = {True: [], False: []}
        try:
            for _ in range(runs):
                for step in (True, False):
                    # switched off, the step cuts nothing: the paragraphs pass through unchanged
                    module.signature_cuts = original if step else (lambda blocks, **_: {})
                    start = time.perf_counter()
                    read(path)
                    times[step].append(time.perf_counter() - start)
        finally:
            module.signature_cuts = original
        with_step, without = statistics.median(times[True]), statistics.median(times[False])
        out[f"{fmt}_ratio"], out[f"{fmt}_s"] = with_step / without, with_step
    return out


def main() -> None:
    """Print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=2000)
    parser.add_argument("--paragraphs", type=int, default=400)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        figures = {
            "growth": growth(args.lines, args.runs),
            "readers": readers(Path(folder), args.paragraphs, args.runs),
        }
    print(json.dumps({k: {n: round(v, 4) for n, v in d.items()} for k, d in figures.items()}, indent=2))


if __name__ == "__main__":
    main()
