"""A stand-in embedder for the drafter's tests: the question on the first axis, each sentence at a chosen cosine to
it, every other text on an axis of its own (cosine 0)."""

from __future__ import annotations

import numpy as np


class AngledEmbedder:
    dimension = 3

    def __init__(self, question: str, cosines: dict[str, float]) -> None:
        self.question = question
        self.cosines = cosines

    def embed(self, texts):
        rows = []
        for t in texts:
            if t in self.cosines or t == self.question:
                c = self.cosines.get(t, 1.0)
                rows.append([c, float(np.sqrt(1 - c * c)), 0.0])
            else:
                rows.append([0.0, 0.0, 1.0])
        return np.asarray(rows, dtype=np.float32)
