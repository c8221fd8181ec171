"""The learned-closeness probe (eval/learned_closeness.py): its bilinear fit and its feature column."""

from __future__ import annotations

import numpy as np
import pytest

from eval.learned_closeness import fit_bilinear, with_closeness

pytestmark = pytest.mark.unit


def _item(y, rows):
    return {"y": np.asarray(y), "rows": np.asarray(rows, dtype=float), "texts": ["t"] * len(y), "question": "q"}


def test_the_bilinear_fit_learns_which_dimensions_mark_an_answer():
    rng = np.random.default_rng(0)
    # answers agree with their question on dimension 0, non-answers on dimension 1
    prods, items = [], []
    for _ in range(40):
        y = rng.integers(0, 2, size=6)
        p = rng.normal(0, 0.1, size=(6, 4))
        p[:, 0] += np.where(y == 1, 1.0, 0.0)
        p[:, 1] += np.where(y == 1, 0.0, 1.0)
        prods.append(p)
        items.append(_item(y, np.zeros((6, 2))))
    score = fit_bilinear(items, prods, list(range(30)), l2=1.0)
    held = np.vstack(prods[30:])
    labels = np.concatenate([d["y"] for d in items[30:]])
    s = score(held)
    assert s[labels == 1].min() > s[labels == 0].max()


def test_the_learned_closeness_is_one_more_feature_column():
    item = _item([1, 0, -1], np.ones((3, 9)))
    out = with_closeness(item, np.ones((3, 4)), lambda p: p.sum(axis=1))
    assert out["rows"].shape == (3, 10) and list(out["rows"][:, -1]) == [4.0, 4.0, 4.0]
    assert item["rows"].shape == (3, 9)  # the item itself is left as it was
    empty = with_closeness(_item([], np.zeros((0, 9))), np.zeros((0, 4)), lambda p: p.sum(axis=1))
    assert empty["rows"].shape == (0, 10)
