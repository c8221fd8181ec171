"""A question on what a document should say is answered only by a sentence that says what goes on or in it
(pipeline.drafting.drafters.stated_content).

The sentences are our own, written for these tests: a close sentence about the same document that says how it is
issued, kept or worded is turned away, while the ways people write its content (a verb of stating or showing, "on
the badge", "comes with a supplement") pass, through ``answers_type`` as the drafter reads it.
"""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.answer_type import answers_type
from pipeline.drafting.drafters.stated_content import CONTENT

pytestmark = pytest.mark.unit

ASKED = "What should a boatbuilding badge state?"


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        (ASKED, True),
        ("What information must a welding certificate carry?", True),
        ("Which details should the diploma supplement include?", True),
        ("What should be printed on the card?", True),
        ("What should appear on a micro-credential?", True),
        ("What should a recognition decision say about the holder's rights?", True),
        # a position, an amount, a sum, a unit: not a document's content
        ("What should the guidelines say about fees?", False),
        ("What is the largest workload a micro-credential should carry?", False),
        ("What fee should a provider pay to list a course in the register?", False),
        ("What unit should be used to show how much learning a credential represents?", False),
        ("What should employers give to help their staff learn?", False),
        ("Who should sign the certificate?", False),
    ],
)
def test_asks_content(question: str, asks: bool) -> None:
    assert CONTENT.asked(question) is asks


@pytest.mark.parametrize(
    "sentence",
    [
        "The badge should list the hull repairs the holder carried out, with the hours each took.",
        "Every badge must name the yard where the holder trained and the master who assessed them.",
        "The workload in hours should appear on the badge itself.",
        "We need three things on the badge: the tasks, the hours and the assessor.",
        "A badge should link to photographs of the boat the learner built.",
        "Badges issued in Estonian should come with an English description of the tasks.",
        "It should carry the information elements that the Council Recommendation lists.",
        "The badge states the level, and nothing about the learner's marks.",
    ],
)
def test_content_passes(sentence: str) -> None:
    assert not CONTENT.unsaid(ASKED, sentence)
    assert answers_type(ASKED, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Badges should be issued within a month of the final assessment.",
        "Every badge should be kept in the state education portal, where employers can look it up.",
        "Badges should be written in Estonian and in English.",
        "A badge should be issued on paper with the yard's stamp and as a digital file.",
        "Member States should recognise each other's boatbuilding badges.",
        "Learners who fail the practical test should be able to retake it once.",
    ],
)
def test_sentence_about_the_document_without_its_content_is_turned_away(sentence: str) -> None:
    assert CONTENT.unsaid(ASKED, sentence)
    assert not answers_type(ASKED, sentence)


def test_another_question_is_left_alone():
    question = "Who should issue boatbuilding badges?"
    assert not CONTENT.unsaid(question, "Badges should be issued by the college that ran the course.")
    assert answers_type(question, "Badges should be issued by the college that ran the course.")
