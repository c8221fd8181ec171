"""How many labelled lines pass the answer-kind test (``answer_type.answers_type``), answers apart from the rest.

    python eval/answer_kinds.py [--json] [--list]

Reads every labelled set of ``eval/labelled_sets.py``, each question as written and as reworded
(``eval/paraphrases.yaml``), and counts the lines that pass: an answer kind rule is kept only if the answers passing
do not drop. ``--list`` prints every labelled answer the test turns away.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.labelled_sets import SETS, load_paraphrases  # noqa: E402
from pipeline.drafting.drafters.answer_type import answers_type  # noqa: E402


def count(sets=SETS) -> tuple[dict[str, list[int]], list[tuple[str, str, str]]]:
    """Per label group ("answers", "other"): [lines, passing], and the answers turned away (set, question, text)."""
    totals = {"answers": [0, 0], "other": [0, 0]}
    refused: list[tuple[str, str, str]] = []
    for labelled in sets:
        reworded = load_paraphrases(labelled.outline)
        for row in labelled.load_labels():
            group = "answers" if row["label"] == "answers" else "other"
            for question in [row["question"], *reworded.get(row["question"], [])]:
                passes = answers_type(question, row["text"])
                totals[group][0] += 1
                totals[group][1] += int(passes)
                if group == "answers" and not passes:
                    refused.append((labelled.name, question, row["text"]))
    return totals, refused


def main(argv: list[str] | None = None) -> int:
    """Print the counts (and with ``--list`` the answers turned away)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.add_argument("--list", action="store_true", help="print each labelled answer the test turns away")
    args = parser.parse_args(argv)
    totals, refused = count()
    if args.json:
        print(json.dumps({"answers": totals["answers"], "other": totals["other"], "refused": len(refused)}))
    else:
        for group, (lines, passing) in totals.items():
            print(f"{group}: {passing} of {lines} lines pass")
    if args.list:
        for name, question, text in refused:
            print(f"{name} | {question} | {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
