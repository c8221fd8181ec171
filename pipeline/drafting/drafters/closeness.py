"""A learned closeness of a question and a sentence: which dimensions of the embedding matter for answering.

One cosine of two sentence embeddings weighs every dimension alike, so a paraphrased answer ("the full fee back"
for "their money back") scores as low as a sentence that only shares the question's topic. The learned closeness
is a logistic regression on the element-wise product of the question's and the sentence's unit vectors (a
diagonal bilinear form, ``sum_k w_k q_k s_k``), fitted on the labelled question x sentence lines by
``eval/calibrate_answers.py``. Its log-odds are one feature of the answer model (``answering.LEARNED``).
The weights belong to the embedding they were fitted on: a workspace embedded otherwise gets the answer model
without it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# the penalty that pulls the 384 weights towards zero (against 1 for the nine hand-made features): over six folds of
# whole labelled sets, the closeness alone ranked the left-out sets' answers best at 300 (AUROC 0.863 as written,
# 0.809 reworded; 0.861 / 0.798 at 100, 0.856 / 0.812 at 1000, 0.838 / 0.801 at 10000; one cosine 0.742 / 0.732:
# BENCHMARKS.md 66)
L2 = 300.0
MAX_NEWTON_STEPS = 50


@dataclass(frozen=True)
class Closeness:
    """Logistic weights over the standardised element-wise product of a question's and a sentence's vectors."""

    embedding: str  # the identity of the embedder whose vectors it was fitted on
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float

    def fits(self, embedding: str | None) -> bool:
        """Whether vectors of the embedder ``embedding`` (its identity) are the ones these weights read."""
        return embedding == self.embedding

    def score(self, question_vec: np.ndarray, vectors: np.ndarray) -> np.ndarray:
        """The log-odds that each sentence (rows of ``vectors``) answers the question, from meaning alone."""
        if len(vectors) == 0:
            return np.zeros(0)
        if vectors.shape[1] != len(self.weights):
            raise ValueError(f"vectors of width {vectors.shape[1]}, weights fitted on width {len(self.weights)}")
        z = (np.asarray(vectors) * np.asarray(question_vec) - np.asarray(self.mean)) / np.asarray(self.scale)
        return z @ np.asarray(self.weights) + self.bias

    def as_json(self) -> dict[str, object]:
        """The stored form (a part of answer_weights.json)."""
        return {
            "embedding": self.embedding,
            "mean": list(self.mean),
            "scale": list(self.scale),
            "weights": list(self.weights),
            "bias": self.bias,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Closeness:
        """Read the stored form back."""
        return cls(
            str(data["embedding"]),
            tuple(float(x) for x in data["mean"]),  # type: ignore[attr-defined]
            tuple(float(x) for x in data["scale"]),  # type: ignore[attr-defined]
            tuple(float(x) for x in data["weights"]),  # type: ignore[attr-defined]
            float(data["bias"]),  # type: ignore[arg-type]
        )


def fit_closeness(products: np.ndarray, labels: np.ndarray, embedding: str, l2: float = L2) -> Closeness:
    """Fit the weights on ``products`` (one row per labelled question x sentence: the element-wise product of
    their vectors) and ``labels`` (1: the sentence answers): an L2-penalised logistic regression on standardised
    columns, solved by Newton's method (a few steps, where gradient descent on 384 columns took hundreds)."""
    if len(products) == 0 or len(set(labels.tolist())) < 2:
        raise ValueError("the learned closeness needs labelled answers and labelled non-answers")
    mean = products.mean(axis=0)
    scale = products.std(axis=0) + 1e-9
    n, width = products.shape
    design = np.hstack([(products - mean) / scale, np.ones((n, 1))])
    y = labels.astype(float)
    beta = np.zeros(width + 1)
    penalty = np.full(width + 1, l2 / n)
    penalty[-1] = 0.0  # the bias is not pulled towards zero
    for _ in range(MAX_NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(design @ beta)))
        gradient = design.T @ (p - y) / n + penalty * beta
        hessian = (design * (p * (1.0 - p))[:, None]).T @ design / n + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if float(np.abs(step).max()) < 1e-7:
            break
    return Closeness(
        embedding,
        tuple(float(x) for x in mean),
        tuple(float(x) for x in scale),
        tuple(float(x) for x in beta[:-1]),
        float(beta[-1]),
    )
