"""How much does the learned closeness of question and sentence add to the answer/abstain decision?

    python eval/learned_closeness.py [--workspace-dir DIR] [--parts N] [--max-wrong-gaps 0.05,0.1] [--json]
    python eval/learned_closeness.py [--workspace-dir DIR] --l2 100,300,1000 [--json]

The answer model reads closeness in meaning as one cosine of two sentence embeddings, which scores a paraphrased
answer ("the full fee back" for "their money back") as low as a sentence that only shares the topic. The learned
closeness (pipeline/drafting/drafters/closeness.py) weighs the dimensions of the embedding that matter for
answering: a logistic regression on the element-wise product of the question's and the sentence's vectors (a
diagonal bilinear form), fitted on the labelled question x sentence lines of ``eval/labelled_sets.py``. It is
measured the honest way: leaving one labelled set out at a time, the whole decision of ``eval/calibrate_answers.py``
(closeness weights, sentence model, question model, gap threshold) is fitted on the other sets only, the training
lines' closeness coming from weights that never saw their own set, and the figures are those of the set left out.
It prints the pooled figures of three deciders: the stored model, the nine features refitted, and the refit with
the learned closeness as a tenth feature. With ``--l2``, it reports instead how well the closeness alone ranks the
answers of sets it never saw (six parts of whole sets) for each penalty given, against the cosine.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval import calibrate_answers as ca  # noqa: E402
from eval.labelled_sets import SETS  # noqa: E402


def held_out_sets(items: list[dict[str, Any]], parts: int = 0, max_wrong: tuple[float, ...] = ()) -> dict[str, list]:
    """Each refitted decider's prediction for every item, from models that never saw the item's set: each set left
    out in turn (``parts`` 0), or whole sets dealt into ``parts`` parts. The deciders are the nine features and the
    ten, each with its gap threshold chosen for every ``max_wrong`` (the share of the training outlines'
    answerable questions it may make gaps; default: the calibration's MAX_WRONG_GAPS)."""
    bases = sorted({ca._base(d) for d in items})
    part = {b: (k % parts if parts else k) for k, b in enumerate(bases)}
    limits = max_wrong or (ca.MAX_WRONG_GAPS,)
    kept = (ca.LEARNED_CLOSENESS, ca.MAX_WRONG_GAPS)
    preds: dict[str, list] = {}
    try:
        for k in sorted(set(part.values())):
            train = [d for d in items if part[ca._base(d)] != k]
            held = [i for i, d in enumerate(items) if part[ca._base(d)] == k]
            for learned in (False, True):
                for limit in limits:
                    ca.LEARNED_CLOSENESS, ca.MAX_WRONG_GAPS = learned, limit
                    name = ("refit + learned closeness" if learned else "refit") + (
                        f", wrong gaps <= {limit}" if max_wrong else ""
                    )
                    model = ca.fit_model(train)
                    lifts = ca.lifts_for(model, [items[i] for i in held])
                    chosen = preds.setdefault(name, [None] * len(items))
                    for i in held:
                        chosen[i] = ca.predict(model, items[i], lifts)
            print(f"part {k + 1} of {len(set(part.values()))}: done", file=sys.stderr)
    finally:
        ca.LEARNED_CLOSENESS, ca.MAX_WRONG_GAPS = kept
    return preds


def closeness_alone(items: list[dict[str, Any]], penalties: list[float], parts: int = 6) -> dict[str, Any]:
    """How well the learned closeness alone ranks the labelled answers of sets it never saw, for each L2 penalty:
    whole sets dealt into ``parts``, each part scored by weights fitted on the others' questions as written.
    The cosine of the question and the sentence is the reference."""
    import numpy as np

    from pipeline.drafting.drafters.closeness import fit_closeness

    bases = sorted({ca._base(d) for d in items})
    part = {b: k % parts for k, b in enumerate(bases)}
    scores: dict[str, dict[str, list]] = {
        name: {"as written": [], "reworded": []} for name in ["cosine", *map(str, penalties)]
    }
    labels: dict[str, list] = {"as written": [], "reworded": []}

    def lines(d: dict[str, Any]) -> np.ndarray:
        return ca._products(d)[d["y"] >= 0]

    for k in range(parts):
        train = [d for d in items if part[ca._base(d)] != k and not d.get("rewording") and len(d["y"])]
        x = np.vstack([lines(d) for d in train])
        y = np.concatenate([d["y"][d["y"] >= 0] for d in train])
        fitted = {str(l2): fit_closeness(x, y, "", l2) for l2 in penalties}
        for d in items:
            if part[ca._base(d)] != k or not len(d["y"]):
                continue
            group = "reworded" if d.get("rewording") else "as written"
            labels[group].append(d["y"][d["y"] >= 0])
            scores["cosine"][group].append(lines(d).sum(axis=1))
            for name, closeness in fitted.items():
                labelled = np.asarray(d["vectors"])[d["y"] >= 0]
                scores[name][group].append(closeness.score(np.asarray(d["qvec"]), labelled))
    return {
        name: {
            group: round(ca.auroc(np.concatenate(values), np.concatenate(labels[group])), 3)
            for group, values in groups.items()
            if values
        }
        for name, groups in scores.items()
    }


KEYS = ("sentence_auroc", "question_auroc", "gap_recall", "answerable_made_gaps", "gap_precision")


def report(items: list[dict[str, Any]], preds: dict[str, list]) -> dict[str, Any]:
    """Pooled figures of each decider, on the questions as written and as reworded."""
    written = [i for i, d in enumerate(items) if not d.get("rewording")]
    reworded = [i for i, d in enumerate(items) if d.get("rewording")]
    out: dict[str, Any] = {}
    for name, chosen in preds.items():
        out[name] = {
            group: {k: ca.figures([items[i] for i in idx], [chosen[i] for i in idx])[k] for k in KEYS}
            for group, idx in (("as written", written), ("reworded", reworded))
            if idx
        }
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: the pooled figures, as text or JSON."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--workspace", type=Path, default=None, help="the sample set's workspace")
    parser.add_argument("--workspace-dir", type=Path, default=None, help="one workspace per set: DIR/<set>")
    parser.add_argument(
        "--l2", default=None, help="comma-separated penalties: report the closeness alone for each, not the deciders"
    )
    parser.add_argument("--parts", type=int, default=0, help="deal whole sets into N parts (default: each set alone)")
    parser.add_argument(
        "--max-wrong-gaps", default="", help="comma-separated shares: one decider per gap threshold rule"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    items = [d for s in SETS for d in ca.collect(s, ca.workspace_for(s, args))]
    if args.l2:
        alone = closeness_alone(items, [float(x) for x in args.l2.split(",")])
        print(json.dumps({"sentence_auroc": alone}, indent=2 if args.json else None))
        return 0
    from pipeline.drafting.drafters.answering import load_model

    stored = load_model(embedding=items[0].get("embedding") if items else None)
    lifts = ca.lifts_for(stored, items)
    preds = {"stored": [ca.predict(stored, d, lifts) for d in items]}
    limits = tuple(float(x) for x in args.max_wrong_gaps.split(",") if x.strip())
    preds.update(held_out_sets(items, args.parts, limits))
    result = report(items, preds)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for name, groups in result.items():
            for group, figs in groups.items():
                print(f"{name:28} {group:11} " + "  ".join(f"{k} {v}" for k, v in figs.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
