"""How many labelled lines pass the answer-kind test (``answer_type.answers_type``), answers apart from the rest.

    python eval/answer_kinds.py [--json] [--list] [--by-set] [--half odd|even]

Reads every labelled set of ``eval/labelled_sets.py``, each question as written and as reworded
(``eval/paraphrases.yaml``), and counts the lines that pass: an answer kind rule is kept only if the answers passing
do not drop. ``--list`` prints every labelled answer the test turns away with the rule that refuses it
(``answer_type.refusal``), ``--by-set`` the counts of each set.

``--half`` keeps one half of the sets, split by the parity of the set's number (``sample`` counts as 0 and
``heldout`` as 1): a rule is written from the refusals of one half (session 21 wrote from the odd half: heldout,
heldout3, ..., heldout29) and judged on the other (the even half: sample, heldout2, ..., heldout28), which it never
saw.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.labelled_sets import SETS, load_paraphrases  # noqa: E402
from pipeline.drafting.drafters.answer_type import refusal  # noqa: E402


def set_number(name: str) -> int:
    """The number of a labelled set ("heldout12" is 12, "heldout" 1, "sample" 0), for splitting the sets by parity."""
    found = re.search(r"\d+$", name)
    if found:
        return int(found.group())
    return 1 if name == "heldout" else 0


def half(sets, parity: str | None):
    """The sets of one half ("odd" or "even" set numbers), or all of them when ``parity`` is None."""
    if parity is None:
        return list(sets)
    return [s for s in sets if (set_number(s.name) % 2 == 1) == (parity == "odd")]


def count(sets=SETS) -> tuple[dict[str, list[int]], list[tuple[str, str, str, str]]]:
    """Per label group ("answers", "other"): [lines, passing], and the answers turned away (set, refusing rule,
    question, text)."""
    totals = {"answers": [0, 0], "other": [0, 0]}
    refused: list[tuple[str, str, str, str]] = []
    for labelled in sets:
        reworded = load_paraphrases(labelled.outline)
        for row in labelled.load_labels():
            group = "answers" if row["label"] == "answers" else "other"
            for question in [row["question"], *reworded.get(row["question"], [])]:
                rule = refusal(question, row["text"])
                passes = rule is None
                totals[group][0] += 1
                totals[group][1] += int(passes)
                if group == "answers" and not passes:
                    refused.append((labelled.name, str(rule), question, row["text"]))
    return totals, refused


def main(argv: list[str] | None = None) -> int:
    """Print the counts (and with ``--list`` the answers turned away)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.add_argument("--list", action="store_true", help="print each labelled answer the test turns away")
    parser.add_argument("--by-set", action="store_true", help="print the counts of each set as well")
    parser.add_argument("--half", choices=("odd", "even"), help="only the sets of odd or of even number")
    args = parser.parse_args(argv)
    sets = half(SETS, args.half)
    totals, refused = count(sets)
    per_set = {s.name: count([s])[0] for s in sets} if args.by_set else {}
    if args.json:
        out = {"answers": totals["answers"], "other": totals["other"], "refused": len(refused)}
        if per_set:
            out["sets"] = per_set
        print(json.dumps(out))
    else:
        for group, (lines, passing) in totals.items():
            print(f"{group}: {passing} of {lines} lines pass")
        for name, groups in per_set.items():
            print(
                f"{name}: answers {groups['answers'][1]}/{groups['answers'][0]}, other {groups['other'][1]}/"
                f"{groups['other'][0]}"
            )
    if args.list:
        for name, rule, question, text in refused:
            print(f"{name} | {rule} | {question} | {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
