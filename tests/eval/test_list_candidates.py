"""Listing candidates to label: the sentences a person asks for by their words are listed whatever their rank."""

from __future__ import annotations

import numpy as np
import pytest

import pipeline.drafting.drafters.answering as answering
from eval.list_candidates import containing, ranked


@pytest.mark.unit
def test_candidates_holding_the_words_asked_for_are_found_in_any_case_and_spacing():
    item = {
        "texts": [
            "Practical skills should be assessed in a real workshop.",
            "A written  test alone must never be enough to certify a practical skill.",
            "The lyceum was founded in 1978.",
        ]
    }
    assert containing(item, ["Written Test"]) == [1]
    assert containing(item, ["practical skill", "founded"]) == [0, 1, 2]
    assert containing(item, ["weld"]) == []
    assert containing(item, ["  "]) == []  # blank words select nothing rather than everything


class _ReadsCloseness:
    """A model that, like the stored one fitted on the workspace's embedder, reads a learned closeness column."""

    closeness = object()

    def extend(self, rows, question_vec, vectors):
        return np.hstack([rows, (vectors @ question_vec)[:, None]])

    def probability(self, rows):
        return rows[:, -1]  # only the closeness decides, so the ranking shows which rows were read


@pytest.mark.unit
def test_candidates_are_ranked_by_the_model_the_drafter_loads_for_the_workspace_embedder(monkeypatch):
    asked = []

    def load_model(embedding=None):
        asked.append(embedding)
        return _ReadsCloseness()

    monkeypatch.setattr(answering, "load_model", load_model)
    cos = answering.FEATURES.index("cos_question")
    rows = np.zeros((3, len(answering.FEATURES)))
    rows[:, cos] = [0.9, 0.1, 0.5]  # by closeness in meaning: 0, 2, 1
    item = {
        "rows": rows,
        "qvec": np.array([1.0, 0.0]),
        "vectors": np.array([[0.0, 1.0], [1.0, 0.0], [0.5, 0.5]]),  # by the learned closeness: 1, 2, 0
        "embedding": "hashing-v1",
    }
    assert ranked(item, 1) == [1, 0]
    assert asked == ["hashing-v1"]
