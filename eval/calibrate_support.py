"""Fit and evaluate the support checker on a claim-support dataset (WiCE dev by default).

    python eval/calibrate_support.py [--data PATH] [--write]

Prints nested 5-fold cross-validated AUROC of the checker next to the plain word-coverage baseline, for
supported vs not supported and for supported vs partially or not supported: in each outer fold the
standardisation, the L2 strength (inner 5-fold CV) and the weights are fitted on the other folds only, so
the figure is what unseen claims get. Also compares the shipped few signals with every signal computed.
The weak-support threshold is the Youden cut on the held-out probabilities. With --write, fits the weights
on all the data (L2 chosen the same way) and saves them to pipeline/drafting/support_weights.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.drafting.support import (  # noqa: E402
    ALL_SIGNALS,
    FEATURES,
    WEIGHTS_FILE,
    Calibration,
    SupportChecker,
    word_coverage,
)
from pipeline.index.embeddings import MiniLMEmbedder  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "testdata" / "support" / "wice-dev.jsonl"
# L2 strengths tried by the inner loop of nested CV (the penalty is l2 * |w|^2 / 2n on standardised features)
L2_GRID = (1.0, 10.0, 30.0, 100.0)


def auroc(scores: np.ndarray, positive: np.ndarray) -> float:
    """Probability that a random positive outranks a random negative (ties count half)."""
    pos, neg = scores[positive], scores[~positive]
    if not len(pos) or not len(neg):
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 4000, rate: float = 0.1):
    """Plain gradient descent on the L2-regularised log loss (standardised features)."""
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        w -= rate * (x.T @ (p - y) / len(y) + l2 * w / len(y))
        b -= rate * float((p - y).mean())
    return w, b


def youden_threshold(probabilities: np.ndarray, positive: np.ndarray) -> float:
    """The cut that best separates supported claims from the rest (max TPR - FPR), on held-out scores."""
    best, cut = -1.0, 0.5
    for candidate in np.unique(probabilities):
        predicted = probabilities >= candidate
        tpr = (predicted & positive).sum() / max(positive.sum(), 1)
        fpr = (predicted & ~positive).sum() / max((~positive).sum(), 1)
        if tpr - fpr > best:
            best, cut = tpr - fpr, float(candidate)
    return round(cut, 4)


def targets(labels: np.ndarray) -> np.ndarray:
    """Supported 1, not supported 0, partially supported in between: one score serves both questions."""
    return np.where(labels == "supported", 1.0, np.where(labels == "not_supported", 0.0, 0.5))


def report(scores: np.ndarray, labels: np.ndarray) -> dict[str, float]:
    """AUROC for the two questions editors care about."""
    strict = labels != "partially_supported"
    return {
        "supported_vs_not": round(auroc(scores[strict], labels[strict] == "supported"), 4),
        "supported_vs_partial_or_not": round(auroc(scores, labels == "supported"), 4),
    }


def fit_standardised(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Mean, std, weights and bias fitted on ``x`` alone (standardisation included, so no fold sees another)."""
    mean, std = x.mean(axis=0), x.std(axis=0) + 1e-9
    w, b = fit_logistic((x - mean) / std, y, l2=l2)
    return mean, std, w, b


def choose_l2(x: np.ndarray, y: np.ndarray, positive: np.ndarray, folds: int, seed: int) -> float:
    """The L2 strength with the best cross-validated AUROC on ``x`` alone (the inner loop of nested CV)."""
    splits = np.array_split(np.random.default_rng(seed).permutation(len(y)), folds)
    best, choice = -1.0, L2_GRID[0]
    for l2 in L2_GRID:
        scores = np.zeros(len(y))
        for fold in splits:
            train = np.setdiff1d(np.arange(len(y)), fold)
            mean, std, w, b = fit_standardised(x[train], y[train], l2)
            scores[fold] = (x[fold] - mean) / std @ w + b
        value = auroc(scores, positive)
        if value > best + 1e-4:  # ties go to the smaller penalty listed first
            best, choice = value, l2
    return choice


def nested_cv(x: np.ndarray, y: np.ndarray, labels: np.ndarray, folds: int) -> tuple[np.ndarray, list[float]]:
    """Held-out scores of every claim: each outer fold's model (and its L2) chosen on the other folds only."""
    held_out, chosen = np.zeros(len(y)), []
    for n, fold in enumerate(np.array_split(np.random.default_rng(0).permutation(len(y)), folds)):
        train = np.setdiff1d(np.arange(len(y)), fold)
        l2 = choose_l2(x[train], y[train], labels[train] == "supported", folds, seed=n + 1)
        mean, std, w, b = fit_standardised(x[train], y[train], l2)
        held_out[fold] = (x[fold] - mean) / std @ w + b
        chosen.append(l2)
    return held_out, chosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--write", action="store_true", help="save the weights fitted on all the data")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    placeholder = Calibration((0.0,) * len(FEATURES), (1.0,) * len(FEATURES), (0.0,) * len(FEATURES), 0.0, 0.5)
    checker = SupportChecker(MiniLMEmbedder(), placeholder)
    table = [checker.features(r["claim"], r["evidence"])[0] for r in rows]
    labels = np.array([r["label"] for r in rows])
    baseline = np.array([word_coverage(r["claim"], r["evidence"]) for r in rows])
    y = targets(labels)
    comparison = {}
    for name, names in (("all_signals", ALL_SIGNALS), ("shipped", FEATURES)):
        held, chosen = nested_cv(np.array([[t[f] for f in names] for t in table]), y, labels, args.folds)
        comparison[name] = {"features": list(names), "l2_chosen": chosen, **report(held, labels)}
    matrix = np.array([[t[f] for f in FEATURES] for t in table])
    held_out, _ = nested_cv(matrix, y, labels, args.folds)
    result = {
        "data": str(args.data.name),
        "claims": len(rows),
        "baseline_word_coverage": report(baseline, labels),
        f"checker_{args.folds}fold_nested_cv": report(held_out, labels),
        "feature_sets_nested_cv": comparison,
    }
    l2 = choose_l2(matrix, y, labels == "supported", args.folds, seed=0)
    mean, std, w, b = fit_standardised(matrix, y, l2)
    result["l2"] = l2
    result["checker_fit_on_all"] = report((matrix - mean) / std @ w + b, labels)
    threshold = youden_threshold(1.0 / (1.0 + np.exp(-held_out)), labels == "supported")
    result["weak_support_threshold"] = threshold
    print(json.dumps(result, indent=2))
    if args.write:
        WEIGHTS_FILE.write_text(
            json.dumps(
                {
                    "features": list(FEATURES),
                    "mean": mean.round(6).tolist(),
                    "std": std.round(6).tolist(),
                    "weights": w.round(6).tolist(),
                    "bias": round(float(b), 6),
                    "threshold": threshold,
                    "fitted_on": f"{args.data.name} ({len(rows)} claims)",
                    "l2": l2,
                    "cross_validated_auroc": result[f"checker_{args.folds}fold_nested_cv"],
                    "baseline_auroc": result["baseline_word_coverage"],
                },
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"wrote {WEIGHTS_FILE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
