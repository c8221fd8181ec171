"""A question on learners who cannot see, hear or walk, or on personal data, is answered only by a sentence that
speaks of it (pipeline.drafting.drafters.impairments, .privacy). The sentences are our own, written for these tests."""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.answer_type import answers_type

pytestmark = pytest.mark.unit


SIGHT = "Which accessibility rules should the badge app meet for learners who are blind or partially sighted?"


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        ("The app should work with a screen reader and never rely on colour alone.", True),
        ("Every screen of the app should pass the national accessibility test before launch.", True),
        ("Fund guidance for sailors on the app, not only the servers behind it.", False),
        ("The app should be free for every learner and open on any phone.", False),
    ],
)
def test_a_question_on_learners_who_cannot_see_needs_a_sentence_that_speaks_of_it(sentence: str, answers: bool) -> None:
    assert answers_type(SIGHT, sentence) is answers


DATA = "How should apprentices' personal data in the badge app be protected?"


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        ("Only the apprentice should decide who sees a badge, and the app must never sell the records.", True),
        ("Records should be encrypted and deleted two years after the apprentice leaves.", True),
        ("Whatever the app looks like, an apprentice should be able to get a paper badge on request.", False),
    ],
)
def test_a_question_on_personal_data_needs_a_sentence_that_speaks_of_data(sentence: str, answers: bool) -> None:
    assert answers_type(DATA, sentence) is answers


def test_personal_information_a_certificate_shows_is_not_asked_as_data_protection() -> None:
    question = "What personal information should be left off a badge?"
    assert answers_type(question, "A badge must never show the apprentice's religion.")
