"""A question on a dispute, an appeal or a complaint is answered only by a sentence that speaks of one or of a way to
settle it (pipeline.drafting.drafters.disputes).

The sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.answer_type import answers_type
from pipeline.drafting.drafters.disputes import asks_dispute, dispute_unsaid

pytestmark = pytest.mark.unit

ASKED = "How should two harbour authorities settle a dispute about the worth of a sailing badge?"


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        (ASKED, True),
        ("Should a candidate be able to appeal a failed practical test?", True),
        ("How should complaints about a sailing school be handled?", True),
        ("In what way can a trainee contest the mark they received?", True),
        ("Who ought to rule when two clubs disagree over a badge?", True),
        ("How should a sailing badge be assessed?", False),
        ("Who should keep the register of badges?", False),
    ],
)
def test_asks_dispute(question: str, asks: bool) -> None:
    assert asks_dispute(question) is asks


@pytest.mark.parametrize(
    "sentence",
    [
        "A joint committee of both authorities should mediate, and its ruling should bind both.",
        "Where the authorities disagree, the badge should be judged by an independent panel of skippers.",
        "Any refusal should be open to an appeal before the national maritime board.",
        "The candidate should be able to ask for a second marker who did not see the first test.",
    ],
)
def test_a_sentence_about_settling_it_may_answer(sentence: str) -> None:
    assert not dispute_unsaid(ASKED, sentence)
    assert answers_type(ASKED, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A club that wants its badges to travel should say clearly what they certify.",
        "Each harbour authority should publish the list of badges it accepts.",
    ],
)
def test_a_sentence_about_the_same_badges_that_says_nothing_of_a_dispute_does_not_answer(sentence: str) -> None:
    assert dispute_unsaid(ASKED, sentence)
    assert not answers_type(ASKED, sentence)
