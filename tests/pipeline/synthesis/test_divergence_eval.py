"""eval/eval_divergence.py: how a found register is judged against gold points (points found, mixed sides, stray
contributors, unmatched points), on registers written in code."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest


def _eval_module():
    """eval/eval_divergence.py (a script, not a package), loaded once."""
    if "eval_divergence" not in sys.modules:
        path = Path(__file__).resolve().parents[3] / "eval" / "eval_divergence.py"
        spec = importlib.util.spec_from_file_location("eval_divergence", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["eval_divergence"] = module  # its dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules["eval_divergence"]


def _point(section: str, *sides: list[str]) -> dict:
    return {
        "section_id": section,
        "topic": "t",
        "positions": [
            {"summary": "s", "sources": [{"file": f"{n}.txt", "contributor": n.title()} for n in side]}
            for side in sides
        ],
    }


@pytest.fixture
def gold():
    evaluation = _eval_module()
    return [
        evaluation.GoldPoint("size", ("s1",), "size", (frozenset({"ann"}), frozenset({"bob", "cy"}))),
        evaluation.GoldPoint("issuer", ("s2",), "issuer", (frozenset({"dee"}), frozenset({"eve"}))),
    ]


@pytest.mark.unit
def test_a_clean_register_finds_every_point_without_faults(gold) -> None:
    result = _eval_module().score([_point("s1", ["ann"], ["bob", "cy"]), _point("s2", ["dee"], ["eve"])], gold)
    assert result["points_found"] == 2
    assert result["mixed_sides"] == [] and result["stray_contributors"] == [] and result["unmatched"] == []


@pytest.mark.unit
def test_a_side_crediting_someone_from_the_other_side_is_mixed(gold) -> None:
    # bob argues with cy against ann, yet the register puts him beside ann
    result = _eval_module().score([_point("s1", ["ann", "bob"], ["cy"])], gold)
    assert result["points_found"] == 1 and result["mixed_sides"] == [[0, 0]]


@pytest.mark.unit
def test_a_contributor_on_two_sides_makes_both_mixed(gold) -> None:
    result = _eval_module().score([_point("s1", ["ann"], ["bob", "ann"])], gold)
    assert result["mixed_sides"] == [[0, 0], [0, 1]]


@pytest.mark.unit
def test_strays_and_unmatched_points_are_counted(gold) -> None:
    found = [_point("s2", ["dee", "fay"], ["eve"]), _point("s1", ["fay"], ["gus"]), _point("s1", ["ann"], ["ann"])]
    result = _eval_module().score(found, gold)
    assert result["stray_contributors"] == [[0, "fay"]]  # fay takes no side on who may issue
    assert result["unmatched"] == [1, 2]  # nobody of the gold on two sides: no gold point stated
    assert result["points_found"] == 1
    assert "unmatched points: 2" in _eval_module().report(found, gold, result)
