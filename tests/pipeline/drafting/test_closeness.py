"""The learned closeness ranks answers above topic sentences where one cosine cannot, is read only from the
embedder it was fitted on, and the stored answer model falls back to the nine features elsewhere."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from pipeline.drafting.drafters.answering import FEATURES, LEARNED, AnswerModel, load_model
from pipeline.drafting.drafters.closeness import Closeness, fit_closeness

WIDTH = 8


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v, axis=-1, keepdims=True)


def _pairs(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Questions and sentences whose cosines are alike, where an answer agrees with its question on dimension 0
    (what is asked) and a topic sentence agrees on dimension 1 (the subject) at least as strongly."""
    q = _unit(rng.normal(size=(n, WIDTH)) * 0.3 + np.array([1.0, 1.0] + [0.0] * (WIDTH - 2)))
    answers = rng.random(n) < 0.4
    s = rng.normal(size=(n, WIDTH)) * 0.3
    s[answers, 0] += 1.0
    s[answers, 1] += 0.6
    s[~answers, 1] += 1.4
    return q, _unit(s), answers.astype(int)


@pytest.mark.unit
def test_it_learns_which_dimensions_answer_where_the_cosine_does_not():
    rng = np.random.default_rng(3)
    q, s, y = _pairs(rng, 600)
    closeness = fit_closeness(q * s, y, "test-embedder", l2=1.0)
    qt, st, yt = _pairs(rng, 300)
    learned = np.array([closeness.score(qt[i], st[i : i + 1])[0] for i in range(len(yt))])
    cosine = (qt * st).sum(axis=1)

    def auroc(score: np.ndarray) -> float:
        pos, neg = score[yt == 1], score[yt == 0]
        return float((pos[:, None] > neg[None, :]).mean())

    assert auroc(learned) > 0.9
    assert auroc(learned) > auroc(cosine) + 0.2


@pytest.mark.unit
def test_vectors_of_another_width_are_refused_and_no_answer_labelled_cannot_be_fitted():
    closeness = Closeness("e", (0.0,) * WIDTH, (1.0,) * WIDTH, (1.0,) * WIDTH, 0.0)
    with pytest.raises(ValueError, match="width 3"):
        closeness.score(np.ones(3), np.ones((2, 3)))
    assert closeness.score(np.ones(WIDTH), np.zeros((0, WIDTH))).shape == (0,)
    with pytest.raises(ValueError, match="answers"):
        fit_closeness(np.ones((4, WIDTH)), np.zeros(4), "e")


def _model(closeness: Closeness | None, weight: float) -> AnswerModel:
    n = len(FEATURES) + (closeness is not None)
    weights = (0.0,) * len(FEATURES) + ((weight,) if closeness is not None else ())
    return AnswerModel((0.0,) * n, (1.0,) * n, weights, 0.0, 0.5, closeness=closeness)


@pytest.mark.unit
def test_the_model_reads_the_closeness_as_its_tenth_feature():
    closeness = Closeness("e", (0.0,) * WIDTH, (1.0,) * WIDTH, (5.0,) + (0.0,) * (WIDTH - 1), 0.0)
    model = _model(closeness, 1.0)
    assert model.feature_names == FEATURES + (LEARNED,)
    rows = np.zeros((2, len(FEATURES)))
    question = np.eye(WIDTH)[0]
    vectors = np.stack([np.eye(WIDTH)[0], np.eye(WIDTH)[1]])  # the first agrees on what is asked
    extended = model.extend(rows, question, vectors)
    assert extended.shape == (2, len(FEATURES) + 1)
    probs = model.probability(extended)
    assert probs[0] > 0.9 > 0.5 == probs[1]
    nine = _model(None, 0.0)
    assert nine.extend(rows, question, vectors) is rows


@pytest.mark.unit
def test_the_stored_model_reads_the_closeness_only_from_its_own_embedder(tmp_path):
    closeness = Closeness("minilm-test", (0.0,) * WIDTH, (1.0,) * WIDTH, (1.0,) * WIDTH, 0.0)
    ten = _model(closeness, 2.0)
    nine = replace(_model(None, 0.0), threshold=0.4)
    path = tmp_path / "answer_weights.json"
    path.write_text(json.dumps({**ten.as_json(), "without_closeness": nine.as_json()}), encoding="utf-8")
    own = load_model(path, embedding="minilm-test")
    assert own.closeness == closeness and own.weights == ten.weights
    for other in ("lc-openai-text-embedding-3-small", None):
        fallback = load_model(path, embedding=other)
        assert fallback.closeness is None and fallback.threshold == 0.4
    alone = tmp_path / "alone.json"
    alone.write_text(json.dumps(ten.as_json()), encoding="utf-8")
    with pytest.raises(ValueError, match="recalibrate"):
        load_model(alone, embedding="fake-64")
