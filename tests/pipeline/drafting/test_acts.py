"""A "who" question is answered only by a sentence that speaks of the act it asks about
(pipeline/drafting/drafters/acts.py), with sentences of our own."""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.acts import act_unsaid, asked_act
from pipeline.drafting.drafters.answer_type import answers_type

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("question", "act"),
    [
        ("Who should train the examiners of badges?", "train"),
        ("Which body should keep the list of recognised issuers?", "keep"),
        ("By whom should welding skills be assessed?", "assessed"),
        ("Who decides whether a badge counts towards a diploma?", "decides"),
        ("Which organisations should be allowed to issue badges?", "issue"),
        ("Who ought to be permitted to award a badge?", "award"),
        ("Which ministry should foot the bill for the courses?", "pay"),
        ("Who are the learners?", None),
    ],
)
def test_the_act_a_who_question_asks_about(question, act):
    assert asked_act(question) == act


@pytest.mark.parametrize(
    ("question", "sentence", "unsaid"),
    [
        # the act in another form, or an act of its kind
        ("Who should pay for the courses?", "Employers should cover the cost of the courses.", False),
        ("Who should pay for the courses?", "For jobseekers the course must be free of charge.", False),
        ("Who should pay for the courses?", "The regional budget should fund the courses.", False),
        ("Who should train the examiners?", "Examiners should attend a training day run by the chamber.", False),
        ("Which body should keep the register?", "The skills agency should maintain the register.", False),
        ("Which body should keep the register?", "The agency should be responsible for the register.", False),
        ("By whom should welding skills be assessed?", "A certified welder should judge the test piece.", False),
        ("Who should take part in designing a badge?", "Employers should sit on the group that drafts it.", False),
        ("Who should pay for the courses?", "Not a cent should come out of a carer's own pocket.", False),
        (
            "Who should have a say in what a badge covers?",
            "Employers should co-design every badge with the school.",
            False,
        ),
        # someone named doing something else
        ("Who should train the examiners?", "Each test piece should be judged by two examiners from the trade.", True),
        ("Which body should keep the register?", "Entry in the register should stay voluntary for issuers.", True),
        ("Who should pay for the courses?", "Employers should sit on the board that approves the courses.", True),
        # a feedback form is no fee, a market no mark
        ("Who should pay for the courses?", "Employers should give feedback on the courses.", True),
    ],
)
def test_a_sentence_must_speak_of_the_act(question, sentence, unsaid):
    assert act_unsaid(question, sentence) is unsaid


def test_a_verb_the_groups_do_not_know_turns_nothing_away():
    # "public" is read where the verb stands; an unknown word must never cost an answer
    question = "Who should public money for the courses reach first?"
    assert not act_unsaid(question, "Jobseekers without a diploma should come first.")


def test_the_answer_kind_test_applies_it_to_who_questions():
    question = "Who should train the examiners of badges?"
    assert answers_type(question, "The national chamber should train every examiner before the first session.")
    assert not answers_type(question, "Every test piece should be judged by two examiners from the trade.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Each college should issue its own certificates to the people it trains.",
        "Trainees should be able to study on their own at weekends.",
        "A worker's own employer should sign the form.",
    ],
)
def test_own_after_a_possessive_is_no_act_of_keeping(sentence):
    # "own" belongs to the group of controlling, which "keep" and "run" share: as an adjective it is no act at all
    assert act_unsaid("Which body should keep the list of recognised issuers?", sentence)
    assert act_unsaid("Who should control the learners' data?", sentence)


def test_own_as_a_verb_still_speaks_of_controlling():
    assert not act_unsaid("Who should control the learners' data?", "Learners should own the data they produce.")


@pytest.mark.parametrize(
    "sentence",
    [
        "A welder who earns the badge should move up one band on the pay scale.",
        "Apprentices should attend the course during paid working hours.",
        "Every employee should be entitled to paid study leave for short courses.",
        "Volunteers should be admitted on the same terms as paid staff.",
    ],
)
def test_pay_that_is_a_wage_is_no_paying_for_the_course(sentence: str) -> None:
    assert act_unsaid("Who should pay for welding badges?", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Employers should pay the course fee and give paid leave for the days of training.",
        "The fee should be paid by the regional fund, never by the welder.",
    ],
)
def test_paying_beside_a_wage_still_speaks_of_paying(sentence: str) -> None:
    assert not act_unsaid("Who should pay for welding badges?", sentence)
