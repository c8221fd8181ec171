"""Fit and evaluate the support checker on a claim-support dataset (WiCE dev by default).

    python eval/calibrate_support.py [--data PATH] [--write]

Prints cross-validated AUROC of the checker next to the plain word-coverage baseline, for
supported vs not supported and for supported vs partially or not supported; with --write, fits
the logistic weights on all the data and saves them to pipeline/drafting/support_weights.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.drafting.support import FEATURES, WEIGHTS_FILE, Calibration, SupportChecker, word_coverage  # noqa: E402
from pipeline.index.embeddings import MiniLMEmbedder  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "testdata" / "support" / "wice-dev.jsonl"


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--write", action="store_true", help="save the weights fitted on all the data")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    placeholder = Calibration((0.0,) * len(FEATURES), (1.0,) * len(FEATURES), (0.0,) * len(FEATURES), 0.0, 0.5)
    checker = SupportChecker(MiniLMEmbedder(), placeholder)
    matrix = np.array([[checker.features(r["claim"], r["evidence"])[0][f] for f in FEATURES] for r in rows])
    labels = np.array([r["label"] for r in rows])
    baseline = np.array([word_coverage(r["claim"], r["evidence"]) for r in rows])
    mean, std = matrix.mean(axis=0), matrix.std(axis=0) + 1e-9
    x, y = (matrix - mean) / std, targets(labels)
    folds = np.array_split(np.random.default_rng(0).permutation(len(rows)), args.folds)
    held_out = np.zeros(len(rows))
    for fold in folds:
        train = np.setdiff1d(np.arange(len(rows)), fold)
        w, b = fit_logistic(x[train], y[train])
        held_out[fold] = x[fold] @ w + b
    result = {
        "data": str(args.data.name),
        "claims": len(rows),
        "baseline_word_coverage": report(baseline, labels),
        f"checker_{args.folds}fold_cv": report(held_out, labels),
    }
    w, b = fit_logistic(x, y)
    result["checker_fit_on_all"] = report(x @ w + b, labels)
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
                    "cross_validated_auroc": result[f"checker_{args.folds}fold_cv"],
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
