"""Would a learned closeness between question and sentence help the answer/abstain decision? A probe, not a model.

    python eval/learned_closeness.py [--workspace-dir DIR] [--l2 L2] [--json]

The stored answer model reads closeness in meaning as one cosine of two sentence embeddings, which scores a
paraphrased answer ("the full fee back" for "their money back") as low as a sentence that only shares the topic.
This probe learns which dimensions of the embedding matter for answering: a logistic regression on the
element-wise product of the question's and the sentence's vectors (a diagonal bilinear form), fitted on the
labelled question x sentence lines of ``eval/labelled_sets.py``. It is measured the honest way: leaving one labelled
set out at a time, the bilinear weights and the whole decision of ``eval/calibrate_answers.py`` (sentence model,
question model, gap threshold) are fitted on the other sets only, the training lines' bilinear scores coming from
weights that never saw their own set (four folds of whole sets), and the figures are those of the set left out.
It prints the pooled figures of three deciders: the stored model, the same features refitted, and the refit with
the learned closeness as a tenth feature. Nothing here is used by the drafter.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eval import calibrate_answers as ca  # noqa: E402
from eval.labelled_sets import SETS  # noqa: E402

INNER_FOLDS = 4
STEPS = 1500


def products(items: list[dict[str, Any]]) -> list[np.ndarray]:
    """Per question, the element-wise products of its vector and each candidate's (unit-length embeddings)."""
    from pipeline.index.embeddings import build_embedder

    embedder = build_embedder("default")
    texts = sorted({t for d in items for t in d["texts"]} | {d["question"] for d in items})
    vectors = dict(zip(texts, np.asarray(embedder.embed(texts), dtype=np.float32), strict=True))
    width = len(next(iter(vectors.values())))
    return [
        np.stack([vectors[d["question"]] * vectors[t] for t in d["texts"]]) if d["texts"] else np.zeros((0, width))
        for d in items
    ]


def fit_bilinear(items: list[dict[str, Any]], prods: list[np.ndarray], chosen: list[int], l2: float) -> Any:
    """The learned closeness fitted on the labelled candidates of the items ``chosen``: a function of products."""
    x = np.vstack([prods[i][items[i]["y"] >= 0] for i in chosen])
    y = np.concatenate([items[i]["y"][items[i]["y"] >= 0] for i in chosen]).astype(float)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / scale
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        w -= 0.1 * (z.T @ (p - y) / len(y) + l2 * w / len(y))
        b -= 0.1 * float(np.mean(p - y))
    return lambda prod: ((prod - mean) / scale) @ w + b


def with_closeness(item: dict[str, Any], prod: np.ndarray, score: Any) -> dict[str, Any]:
    """``item`` with the learned closeness appended to its feature rows."""
    extra = score(prod)[:, None] if len(prod) else np.zeros((0, 1))
    return {**item, "rows": np.hstack([item["rows"], extra])}


def leave_one_set_out(items: list[dict[str, Any]], prods: list[np.ndarray], l2: float) -> dict[str, list]:
    """Each decider's prediction for every item, from models that never saw the item's set."""
    preds: dict[str, list] = {"refit": [None] * len(items), "refit + learned closeness": [None] * len(items)}
    bases = sorted({ca._base(d) for d in items})
    for test in bases:
        train = [i for i, d in enumerate(items) if ca._base(d) != test]
        held = [i for i, d in enumerate(items) if ca._base(d) == test]
        nine = ca.fit_model([items[i] for i in train])
        lifts = ca.lifts_for(nine, [items[i] for i in held])
        for i in held:
            preds["refit"][i] = ca.predict(nine, items[i], lifts)
        fold_of = {b: k % INNER_FOLDS for k, b in enumerate(sorted({ca._base(items[i]) for i in train}))}
        augmented: dict[int, dict[str, Any]] = {}
        for fold in range(INNER_FOLDS):
            score = fit_bilinear(items, prods, [i for i in train if fold_of[ca._base(items[i])] != fold], l2)
            for i in train:
                if fold_of[ca._base(items[i])] == fold:
                    augmented[i] = with_closeness(items[i], prods[i], score)
        ten = ca.fit_model([augmented[i] for i in train])
        score = fit_bilinear(items, prods, train, l2)
        tested = [with_closeness(items[i], prods[i], score) for i in held]
        lifts = ca.lifts_for(ten, tested)
        for i, d in zip(held, tested, strict=True):
            preds["refit + learned closeness"][i] = ca.predict(ten, d, lifts)
        print(f"{test}: done", file=sys.stderr)
    return preds


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
    """Command line: the probe's pooled figures, as text or JSON."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--workspace", type=Path, default=None, help="the sample set's workspace")
    parser.add_argument("--workspace-dir", type=Path, default=None, help="one workspace per set: DIR/<set>")
    parser.add_argument("--l2", type=float, default=100.0, help="the bilinear weights' L2 penalty")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    items = [d for s in SETS for d in ca.collect(s, ca.workspace_for(s, args))]
    from pipeline.drafting.drafters.answering import load_model

    stored = load_model()
    lifts = ca.lifts_for(stored, items)
    preds = {"stored": [ca.predict(stored, d, lifts) for d in items]}
    preds.update(leave_one_set_out(items, products(items), args.l2))
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
