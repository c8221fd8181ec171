"""List, per guiding question, the candidate sentences the drafter weighs, so they can be labelled by reading.

    python eval/list_candidates.py [--set sample|heldout|...|heldout9] [--workspace DIR] [--top N]
                                   [--unlabelled-only] [--question TEXT]...

For each question of the set's outline (the sample's eval/drafting_outline.yaml by default; ``--set heldout``:
eval/heldout/outline.yaml over eval/heldout/corpus/, and likewise for every set of eval/labelled_sets.SETS, whose
outline may be YAML, Markdown, Word, plain text or a workbook: eval/heldout3/outline.md, eval/heldout4/outline.docx,
eval/heldout6/outline.xlsx, eval/heldout7/outline.txt, eval/heldout8/outline.odt and eval/heldout9/outline.csv
are read by the drafter's own outline loader), or only
those given with ``--question``, the candidates are gathered exactly as eval/calibrate_answers.py gathers them,
ranked by the stored answer model and, separately, by closeness in meaning to the question (so the list holds both
what the model would draft and what merely reads close), and printed as lines in the format of the set's label file
with ``"label"`` set to the existing label or ``"?"``. ``--containing WORDS`` adds every candidate of the question's
pool that holds those words, however it ranks: to find the sentences that answer a question the ranking misses (so
recall is measured), grep the contributions, then list their sentences this way. A person reads each line, sets the
label to ``answers``, ``on_topic`` or ``off_topic`` and appends it to the labelled set; nothing here labels anything
itself.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval.calibrate_answers import collect, rows_for  # noqa: E402
from eval.labelled_sets import SETS, label_finder  # noqa: E402


def ranked(item: dict[str, object], top: int) -> list[int]:
    """Indices of the ``top`` candidates by the stored model, then the ``top`` closest by meaning, once each.

    The model is the one the drafter loads for the workspace's embedder (with the learned closeness when it was
    fitted on that embedder), so the list holds what the drafter would weigh first."""
    from pipeline.drafting.drafters.answering import FEATURES, load_model

    rows = np.asarray(item["rows"])
    if not len(rows):
        return []
    model = load_model(embedding=item.get("embedding"))  # type: ignore[arg-type]
    by_model = np.argsort(-model.probability(rows_for(model, item)))[:top]
    by_cosine = np.argsort(-rows[:, FEATURES.index("cos_question")])[:top]
    return list(dict.fromkeys(int(i) for i in [*by_model, *by_cosine]))


def containing(item: dict[str, object], words: list[str]) -> list[int]:
    """Indices of the candidates whose text holds any of ``words`` (case and spacing aside)."""
    wanted = [" ".join(w.lower().split()) for w in words if w.strip()]
    texts = [" ".join(str(t).lower().split()) for t in item["texts"]]  # type: ignore[attr-defined]
    return [i for i, t in enumerate(texts) if any(w in t for w in wanted)]


def main(argv: list[str] | None = None) -> int:
    """Command line: print the candidate lines to label on stdout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default=SETS[0].name, choices=[s.name for s in SETS], help="which labelled set")
    parser.add_argument("--workspace", type=Path, default=None, help="the set's workspace (ingested if empty)")
    parser.add_argument("--top", type=int, default=6)
    parser.add_argument("--unlabelled-only", action="store_true", help="leave out lines already labelled")
    parser.add_argument("--question", action="append", default=[], help="only this question (repeatable)")
    parser.add_argument(
        "--containing", action="append", default=[], help="also list the candidates holding these words (repeatable)"
    )
    args = parser.parse_args(argv)
    labelled = next(s for s in SETS if s.name == args.set)
    # a set being labelled for the first time has no label file yet: every line is "?"
    find = label_finder(labelled.load_labels())
    # labels are written under the outline's own questions: its rewordings (eval/paraphrases.yaml) borrow them
    for item in collect(labelled, args.workspace, paraphrased=False):
        if args.question and item["question"] not in args.question:
            continue
        for i in dict.fromkeys([*ranked(item, args.top), *containing(item, args.containing)]):
            text = item["texts"][i]
            label = find(item["question"], text) or "?"
            if args.unlabelled_only and label != "?":
                continue
            row = {"question": item["question"], "label": label, "file": item["files"][i], "text": text}
            print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
