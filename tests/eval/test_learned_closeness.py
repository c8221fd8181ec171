"""The learned-closeness measurement (eval/learned_closeness.py) scores each set only with models that never saw
it, with and without the learned closeness."""

from __future__ import annotations

import numpy as np
import pytest

import eval.calibrate_answers as calibrate
from eval.learned_closeness import closeness_alone, held_out_sets

pytestmark = pytest.mark.unit


def test_each_set_is_scored_by_both_refits_fitted_without_it(monkeypatch):
    fits: list[tuple[bool, set[str]]] = []

    def fit_model(items):
        fits.append((calibrate.LEARNED_CLOSENESS, {d["set"] for d in items}))
        return len(fits) - 1

    monkeypatch.setattr(calibrate, "fit_model", fit_model)
    monkeypatch.setattr(calibrate, "lifts_for", lambda model, items: {})
    monkeypatch.setattr(calibrate, "predict", lambda model, item, lifts=None: model)
    monkeypatch.setattr(calibrate, "LEARNED_CLOSENESS", True)
    items = [{"set": s, "question": f"{s}{i}?", "y": np.array([1])} for s in "abc" for i in range(2)]
    preds = held_out_sets(items)
    assert calibrate.LEARNED_CLOSENESS is True  # left as it was
    for name, learned in (("refit", False), ("refit + learned closeness", True)):
        for item, model in zip(items, preds[name], strict=True):
            assert fits[model][0] is learned
            assert item["set"] not in fits[model][1]
            assert fits[model][1] == set("abc") - {item["set"]}
    fits.clear()
    before = calibrate.MAX_WRONG_GAPS
    preds = held_out_sets(items, parts=2, max_wrong=(0.05, 0.1))
    assert len(preds) == 4 and len(fits) == 2 * 2 * 2  # two parts, two deciders, two rules
    assert before == calibrate.MAX_WRONG_GAPS


def test_the_closeness_alone_is_scored_on_sets_it_never_saw_against_the_cosine():
    rng = np.random.default_rng(5)
    items = []
    for s in "abcdef":
        for i in range(20):
            q = np.array([1.0, 1.0, 0.0, 0.0]) / np.sqrt(2)
            y = rng.integers(0, 2, size=5)
            v = rng.normal(0, 0.2, size=(5, 4))
            v[:, 0] += np.where(y == 1, 1.0, 0.2)  # an answer agrees on what is asked
            v[:, 1] += np.where(y == 1, 0.3, 1.2)  # a topic sentence on the subject, more strongly
            v /= np.linalg.norm(v, axis=1, keepdims=True)
            items.append({"set": s, "question": f"{s}{i}?", "qvec": q, "vectors": v, "y": y})
    report = closeness_alone(items, [1.0, 300.0])
    assert set(report) == {"cosine", "1.0", "300.0"}
    assert report["1.0"]["as written"] > 0.9 > report["cosine"]["as written"]
    assert "reworded" not in report["cosine"]
