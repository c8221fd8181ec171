"""A question on who pays for something other than the learning itself is answered only by a sentence that speaks of
that thing (pipeline.drafting.drafters.paid_for).

The sentences are our own, written for these tests: a sentence saying who pays for the course is turned away from a
question on who pays for the assessment, the register or a check that a badge is genuine, while a question on who
pays for the course or the training asks nothing more than who pays.
"""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.answer_type import answers_type, refusal
from pipeline.drafting.drafters.paid_for import asked_matters

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("question", "matters"),
    [
        ("Who should pay for the final examination of a boatbuilding apprentice?", {"assessment"}),
        ("Who should pay the fee for entering a course in the regional catalogue?", {"registration", "systems"}),
        ("Which body ought to finance the checking of welding badges?", {"verification"}),
        ("By whom should the hosting of the badge platform be funded?", {"systems"}),
        ("Whose budget should meet the cost of an outside audit of a driving school?", {"review"}),
        ("Who should bear the cost of translating a certificate, and from which budget?", {"translation"}),
        ("Who should pay for issuing the card to each learner?", {"issuing"}),
        # the learning itself, or no paid-for matter named: nothing more asked than who pays
        ("Who should pay for the training of bakers?", set()),
        ("Who should fund micro-credentials for nurses?", set()),
        ("Who should pay when a jobseeker takes a short course?", set()),
        ("What should the guidelines say about fees?", set()),
    ],
)
def test_asked_matters(question: str, matters: set[str]) -> None:
    assert asked_matters(question) == frozenset(matters)


ASSESSMENT = "Who should pay for the final examination of a boatbuilding apprentice?"
PLATFORM = "Which body should fund the platform that holds the welding badges?"


@pytest.mark.parametrize(
    ("question", "sentence", "answers"),
    [
        # who pays for the course, not for what is asked
        (ASSESSMENT, "The shipyard that hires the apprentice should pay the full course fee.", False),
        (PLATFORM, "Every welder should have a yearly training budget paid by the sector fund.", False),
        # the asked matter said, in the question's words or others
        (
            ASSESSMENT,
            "The sector fund should cover the cost of the final test, so that no apprentice pays for it.",
            True,
        ),
        (ASSESSMENT, "Examination fees should be borne by the employer.", True),
        (PLATFORM, "The ministry should fund the badge platform from its digital budget.", True),
        (PLATFORM, "Hosting the system should be paid from public money, not by welders.", True),
    ],
)
def test_paid_for_matter(question: str, sentence: str, answers: bool) -> None:
    assert answers_type(question, sentence) is answers
    assert (refusal(question, sentence) == "topic") is not answers


def test_learning_paid_for_asks_only_who_pays() -> None:
    question = "Who should pay for the training of bakers?"
    assert answers_type(question, "The bakery that sends its staff should pay the full course fee.")
