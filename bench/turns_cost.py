"""What reading a record's turns costs as it grows, as ratios measured in one run.

    python bench/turns_cost.py [--turns 400] [--runs 5]

Minutes whose speakers are labelled by surname alone, with a decisions list at the end, are built here in two
shapes: a passage per turn (a text file's paragraphs) and the whole record in one passage (a Markdown section).
For each, ``ingest.turns.own_turns`` is timed (median of ``--runs``) on n turns (``--turns``) and on 4n: a cost
linear in the record gives a ratio of about 4, one that walks the text again at every label about 16.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SPEAKERS = ("Lindqvist", "Horvat", "Petrovski", "Kranjc", "Šimić")


def _median(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _lines(turns: int) -> list[str]:
    lines = ["Minutes of the regional skills board, 12 May 2026"]
    lines += [
        f"{SPEAKERS[k % len(SPEAKERS)]}: Point {k}: short courses of one or two ECTS should be listed in the register."
        for k in range(turns)
    ]
    return [*lines, "Decisions:", "The register lists credentials of 3 ECTS or more.", "Horvat: survey the students."]


def measure(turns: int, runs: int) -> dict[str, float]:
    """Seconds for n and 4n turns, and their ratio, for a passage per turn and for one passage."""
    from ingest.model import Location, Passage
    from ingest.turns import own_turns

    shapes = {
        "passage_per_turn": lambda n: [
            Passage(t, Location(f"paragraph {k}", paragraph=k)) for k, t in enumerate(_lines(n), 1)
        ],
        "one_passage": lambda n: [Passage("\n".join(_lines(n)), Location("section 1 Discussion", section="1"))],
    }
    out: dict[str, float] = {}
    for name, build in shapes.items():
        small, large = build(turns), build(4 * turns)
        kept, _ = own_turns(small, "Ana Horvat", "Student Union")
        assert kept and "survey the students" not in "\n".join(p.text for p in kept)  # measured as read
        n_s = _median(lambda s=small: own_turns(s, "Ana Horvat", "Student Union"), runs)
        n4_s = _median(lambda s=large: own_turns(s, "Ana Horvat", "Student Union"), runs)
        out[f"{name}_n_s"], out[f"{name}_4n_s"], out[f"{name}_ratio"] = n_s, n4_s, n4_s / n_s
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--turns", type=int, default=400)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print(json.dumps({"turns": args.turns, **measure(args.turns, args.runs)}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
