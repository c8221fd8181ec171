"""Each person of a joint input is a voice of their own on the sides of a point (``pipeline.model.people_of``)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pipeline.synthesis.positions import apart, held_sides, people


def _claim(voice: str) -> SimpleNamespace:
    return SimpleNamespace(voice=voice, text="")


@pytest.mark.unit
def test_a_joint_input_is_its_people() -> None:
    assert people("Ana Lupu and Ion Rusu") == ("Ana Lupu", "Ion Rusu")
    assert people("Harbour Sailing Club") == ("Harbour Sailing Club",)
    assert not apart("Ana Lupu", "Ana Lupu and Ion Rusu")
    assert apart("Ana Lupu", "Ion Rusu")


@pytest.mark.unit
def test_a_person_alone_on_one_side_and_in_a_joint_input_on_the_other_is_torn() -> None:
    claims = [_claim("Ana Lupu"), _claim("Ana Lupu and Ion Rusu"), _claim("Mara Stan")]
    # Ana alone against the joint input, and the joint input against Mara: Ana stands on both sides
    assert held_sides([[0, 2], [1]], claims, {(0, 1): "stance", (1, 2): "stance"}) == []
    # with someone else in the joint input's place, the sides stand
    claims[1] = _claim("Dan Voicu and Ion Rusu")
    assert held_sides([[0, 2], [1]], claims, {(0, 1): "stance", (1, 2): "stance"}) == [[0, 2], [1]]


@pytest.mark.unit
def test_a_side_counts_each_person_of_a_joint_input() -> None:
    from pipeline.synthesis.points import Position

    position = Position("", (SimpleNamespace(voice="Ana Lupu and Ion Rusu", text=""),))  # type: ignore[arg-type]
    assert position.voices == frozenset({"Ana Lupu", "Ion Rusu"})
