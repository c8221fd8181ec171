"""The figures of the answer/abstain calibration (eval/calibrate_answers.py): AUROC, gap recall and precision, the
share of answerable questions made gaps, and the precision of the labelled sentences kept, per set and pooled."""

from __future__ import annotations

from typing import Any

import numpy as np


def auroc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Area under the ROC curve (the chance a positive outscores a negative; ties count half)."""
    pos, neg = scores[labels == 1], scores[labels == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def answerable_of(items: list[dict[str, Any]]) -> np.ndarray:
    return np.array([d["answerable"] for d in items])


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def figures(items: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[str, Any]:
    """The figures of ``preds`` (one per item, from models that never saw its question) on ``items``."""
    from pipeline.drafting.drafters.answering import FEATURES

    answerable = answerable_of(items)
    gap = np.array([p["gap"] for p in preds], dtype=bool)
    scores = np.array([p["score"] for p in preds])
    labelled_p = np.concatenate([p["probs"][d["y"] >= 0] for p, d in zip(preds, items, strict=True)])
    labelled_y = np.concatenate([d["y"][d["y"] >= 0] for d in items])
    cosine = np.concatenate([d["rows"][d["y"] >= 0][:, FEATURES.index("cos_titled")] for d in items])
    kept = np.concatenate([p["kept"] for p in preds])
    unanswered = int((gap & ~answerable).sum())
    return {
        "questions": len(items),
        "unanswerable": int((~answerable).sum()),
        "labelled": int(len(labelled_y)),
        "answers": int(labelled_y.sum()),
        "sentence_auroc": round(auroc(labelled_p, labelled_y), 3),
        "sentence_auroc_cosine_only": round(auroc(cosine, labelled_y), 3),
        "question_auroc": round(auroc(scores, answerable.astype(int)), 3),
        "gap_recall": _ratio(unanswered, int((~answerable).sum())),
        "gap_precision": _ratio(unanswered, int(gap.sum())),
        "answerable_made_gaps": _ratio(int((gap & answerable).sum()), int(answerable.sum())),
        "sentence_precision": round(float(kept.mean()), 3) if len(kept) else None,
        "labelled_kept": int(len(kept)),
        "gaps": sorted(d["question"] for d, g in zip(items, gap, strict=True) if g),
    }


def per_set(items: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[str, Any]:
    """``figures`` for each set of ``items`` and, when there are several, for all of them pooled."""
    names = list(dict.fromkeys(d["set"] for d in items))
    out = {}
    for name in names:
        chosen = [i for i, d in enumerate(items) if d["set"] == name]
        out[name] = figures([items[i] for i in chosen], [preds[i] for i in chosen])
    written = [i for i, d in enumerate(items) if not d.get("rewording")]
    if len({items[i]["set"] for i in written}) > 1:  # the questions as their outlines word them, all sets
        out["pooled"] = figures([items[i] for i in written], [preds[i] for i in written])
    return out
