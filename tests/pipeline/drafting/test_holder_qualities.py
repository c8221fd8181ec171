"""A question on what a person should hold or bring is answered only by a sentence that speaks of qualifications,
training, experience or registration (pipeline.drafting.drafters.holder_qualities).

The sentences are our own, written for these tests: a close sentence about the same people that says nothing of
what they should have learnt or done is turned away, while the ways people write it (a certificate, years of
practice, "who have done the job themselves") still pass, through ``answers_type`` as the drafter reads it.
"""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.answer_type import answers_type
from pipeline.drafting.drafters.holder_qualities import asks_qualities, qualities_unsaid

pytestmark = pytest.mark.unit

ASKED = "What qualifications should sailing instructors hold?"


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        (ASKED, True),
        ("What experience must an examiner have?", True),
        ("Describe the experience that assessors should have.", True),
        ("Should entry to a course depend on the qualifications a learner already holds?", False),
        ("Who should train the instructors?", False),
    ],
)
def test_asks_qualities(question: str, asks: bool) -> None:
    assert asks_qualities(question) is asks


@pytest.mark.parametrize(
    "sentence",
    [
        "Instructors should hold a coastal skipper certificate and a first-aid licence.",
        "Every instructor should have sailed for at least five years before teaching.",
        "Instructors should be experienced sailors who have taught beginners themselves.",
    ],
)
def test_a_sentence_that_speaks_of_what_they_hold_may_answer(sentence: str) -> None:
    assert not qualities_unsaid(ASKED, sentence)
    assert answers_type(ASKED, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Hire instructors; buy two dinghies; agree the timetable with the harbour.",
        "Instructors should be paid by the club rather than by the learners.",
    ],
)
def test_a_sentence_about_the_same_people_that_says_nothing_of_their_qualities_does_not_answer(sentence: str) -> None:
    assert qualities_unsaid(ASKED, sentence)
    assert not answers_type(ASKED, sentence)


@pytest.mark.parametrize(
    ("question", "sentence", "answers"),
    [
        # qualifications said, but of no person of the asked role
        (
            "What qualifications should the examiners of sailing badges hold?",
            "Clubs should be able to build badges out of units of their existing qualifications.",
            False,
        ),
        (
            "What credentials ought dinghy instructors to have?",
            "Every badge should carry a level of the national framework, like other qualifications.",
            False,
        ),
        (
            "Describe the experience that assessors should have.",
            "The harbour master has worked on the quay for twenty years.",
            False,
        ),
        # the role said, by its name or by its work
        (
            "What qualifications should the examiners of sailing badges hold?",
            "The practical test should be judged by a skipper who has sailed for at least ten years.",
            True,
        ),
        (
            "What credentials ought dinghy instructors to have?",
            "Those who teach beginners should hold a coastal skipper certificate.",
            True,
        ),
        # a holder of no known role asks nothing more than the qualities
        (
            "What experience should a harbour volunteer have?",
            "Volunteers should have sailed for at least two years.",
            True,
        ),
    ],
)
def test_the_asked_holder_must_be_spoken_of(question: str, sentence: str, answers: bool) -> None:
    assert qualities_unsaid(question, sentence) is not answers
    assert answers_type(question, sentence) is answers
