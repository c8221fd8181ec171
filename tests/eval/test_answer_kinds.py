"""eval/answer_kinds.py counts the labelled lines the answer-kind test lets through, answers apart."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit


@dataclass(frozen=True)
class _Labelled:
    name: str
    outline: Path
    rows: tuple[dict[str, str], ...]

    def load_labels(self) -> list[dict[str, str]]:
        return list(self.rows)


def test_an_answer_the_type_test_turns_away_is_counted_and_listed(tmp_path):
    kinds = importlib.import_module("eval.answer_kinds")
    question = "How much should a quality review cost a provider?"
    rows = (
        {"question": question, "label": "answers", "text": "A review should cost no more than 900 euros."},
        # labelled an answer by mistake: it gives no sum, so the type test turns it away and the count says so
        {"question": question, "label": "answers", "text": "Reviews should be light and quick."},
        {"question": question, "label": "on_topic", "text": "A scaffolding course costs 380 euros."},
    )
    totals, refused = kinds.count([_Labelled("invented", tmp_path / "outline.yaml", rows)])
    assert totals == {"answers": [2, 1], "other": [1, 0]}
    assert refused == [("invented", "kind", question, "Reviews should be light and quick.")]


def test_the_sets_split_by_the_parity_of_their_number():
    kinds = importlib.import_module("eval.answer_kinds")
    sets = [_Labelled(name, Path("o.yaml"), ()) for name in ("sample", "heldout", "heldout2", "heldout13")]
    assert [s.name for s in kinds.half(sets, "odd")] == ["heldout", "heldout13"]
    assert [s.name for s in kinds.half(sets, "even")] == ["sample", "heldout2"]
    assert len(kinds.half(sets, None)) == 4
