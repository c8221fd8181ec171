"""A question asking for a floor is not answered by a ceiling, nor the other way round (drafters/bounds.py)."""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.answer_type import answers_type
from pipeline.drafting.drafters.bounds import asked_bound, bounds_elsewhere

pytestmark = pytest.mark.unit

FLOOR = "What is the smallest workload a short course may carry to earn a badge?"
CEILING = "What is the largest workload a short course may carry?"


def test_which_bound_a_question_asks():
    assert asked_bound(FLOOR) == "floor"
    assert asked_bound(CEILING) == "ceiling"
    assert asked_bound("What should the minimum and the maximum workload be?") is None
    assert asked_bound("How many hours should a course take?") is None


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        ("A badge course should not exceed 6 ECTS credits.", False),
        ("Keep short courses at 120 hours or less.", False),
        ("A badge course should carry at least 2 ECTS credits.", True),
        ("No badge should be given for less than 25 hours of learning.", True),
        ("A badge course should carry 4 ECTS credits.", True),  # a value, no bound: may answer
        ("There should be no minimum workload at all.", True),  # a bound denied
    ],
)
def test_a_floor_question_is_not_answered_by_a_ceiling(sentence, answers):
    assert answers_type(FLOOR, sentence) is answers


def test_a_ceiling_question_is_not_answered_by_a_floor():
    assert bounds_elsewhere(CEILING, "A badge course should carry at least 2 ECTS credits.")
    assert not bounds_elsewhere(CEILING, "A badge course should not exceed 6 ECTS credits.")
    # a comparative whose subject may be denied is no clear bound either way
    assert not bounds_elsewhere(CEILING, "No badge course should be larger than 6 ECTS credits.")
    # "up to" a person is no bound
    assert not bounds_elsewhere(FLOOR, "The workload should be up to the provider.")
