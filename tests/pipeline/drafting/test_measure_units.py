"""A question asking in what unit an amount should be shown is answered by a sentence naming a unit, not by one
giving an amount (pipeline/drafting/drafters/measure_units.py), with sentences of our own."""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.answer_type import answers_type, asked_type

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("In what way should colleges express how much study a badge needs?", "unit"),
        ("Which unit should be used to record how many hours a learner studied?", "unit"),
        ("In what units should the size of a course be given?", "unit"),
        # the amount itself asked: the verb of showing opens the question, or there is none
        ("State how much a resit should cost.", "money"),
        ("How much study should a badge need?", "amount"),
        # "which" of a relative clause asks for no unit
        ("Is there a size below which a unit is too small to be stacked?", None),
    ],
)
def test_a_unit_is_asked_only_as_the_way_to_show_an_amount(question, kind):
    assert asked_type(question) == kind


_QUESTION = "In what way should colleges express how much study a badge needs?"


@pytest.mark.parametrize(
    "sentence",
    [
        "The study load should be given in ECTS credits.",
        "Colleges should state the hours of guided study on every badge.",
        "Use the professional points the engineering council already awards.",
    ],
)
def test_a_unit_named_answers(sentence):
    assert answers_type(_QUESTION, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Every badge should be reviewed by the agency before it is offered.",
        "A badge should match one unit of the occupational standard.",
    ],
)
def test_no_unit_named_does_not_answer(sentence):
    assert not answers_type(_QUESTION, sentence)
