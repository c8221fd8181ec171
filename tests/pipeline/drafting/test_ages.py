"""A question about age is answered only by a sentence that speaks of age (pipeline.drafting.drafters.ages).

The sentences are our own, written for these tests: a limit on age, "from what age", "how old" turn away a close
sentence about something else, and every way people write an age (a minimum age, "under 16", "18 and over",
"school leavers", "adults only", "no age limit") still passes, through ``answers_type`` as the drafter reads it.
"""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.ages import age_unsaid, asks_age
from pipeline.drafting.drafters.answer_type import answers_type

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Should there be an age limit for publicly funded training?", True),
        ("From what age may pupils sign up for a badge?", True),
        ("How old must a candidate be to sit the test?", True),
        ("Should learners of all ages pay the same fee?", True),
        ("What percentage of the cost should the state cover?", False),
        ("At what stage should learners be assessed?", False),
        ("Should older workers get paid leave for training?", False),
    ],
)
def test_asks_age(question: str, asks: bool) -> None:
    assert asks_age(question) is asks


@pytest.mark.parametrize(
    "sentence",
    [
        "The minimum age for these courses should be 16.",
        "Nobody under 18 should enrol without a parent's consent.",
        "Courses paid from the training fund should be open to people aged 25 to 64.",
        "The grant should go to learners of 50 and over.",
        "Funded places should be kept for school leavers and the long-term unemployed.",
        "These short courses are for adults only.",
        "There should be no age limit whatsoever.",
        "A 15-year-old should be able to earn a badge as much as a retired engineer.",
        "Young people should come first when the money is short.",
    ],
)
def test_a_sentence_on_age_passes(sentence: str) -> None:
    question = "Should there be an age limit for publicly funded training?"
    assert not age_unsaid(question, sentence)
    assert answers_type(question, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "No college should be forced to accept short courses into its bachelor programmes.",
        "Funded courses should be open all year round, not only from September.",
        "Providers should publish what share of their learners find work within a year.",
        "Every stage of the course should be documented on the page of the register.",
    ],
)
def test_a_sentence_silent_on_age_is_turned_away(sentence: str) -> None:
    question = "Should there be an age limit for publicly funded training?"
    assert age_unsaid(question, sentence)
    assert not answers_type(question, sentence)


def test_a_question_on_something_else_is_left_alone() -> None:
    question = "Should funded training be open all year round?"
    assert not age_unsaid(question, "Funded courses should be open all year round, not only from September.")
    assert answers_type(question, "Funded courses should be open all year round, not only from September.")
