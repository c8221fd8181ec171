"""A "who" question about taking part in an act ("Who should help choose ...?", "Who should contribute to setting
...?") is met by the ways people say someone takes part: being asked, helping, planning with them (acts.py and
actors.py), with sentences of our own."""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.answer_type import answers_type, refusal

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # the act after "contribute to" is asked as well: agreeing the content is deciding it
        (
            "Who should contribute to defining the content of a short course?",
            "The content of each module should be agreed with the regional chamber of trades.",
        ),
        # being asked is being consulted, in the act check and as the passive that takes part
        (
            "Who should be involved in designing the curriculum?",
            "Hospital managers should be asked which tasks each module must cover.",
        ),
        (
            "Who should take part in drafting the learning outcomes?",
            "Hospital managers should be asked which tasks each module must cover.",
        ),
        # planning a course is deciding and designing it
        (
            "Who should be involved in deciding what a module teaches?",
            "Modules should be planned with the port authority.",
        ),
        # helping is taking part, and a question asking who helps asks who takes part
        (
            "Who should be involved in developing the syllabus?",
            "Trade unions should help decide which topics each course covers.",
        ),
        (
            "Which bodies should help to select the topics of a course?",
            "Trade unions should help draft the syllabus together with the colleges.",
        ),
        # a body asked to take part may be a group of people ("Which bodies should help ...?")
        (
            "Which bodies should help to select the topics of a course?",
            "The fishermen should sit with the trainers when they decide what goes into a course.",
        ),
        (
            "Which bodies ought to help state what learners must be able to do?",
            "Owners of bakeries should be asked what each course must teach.",
        ),
    ],
)
def test_a_way_of_taking_part_answers(question, sentence):
    assert answers_type(question, sentence)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # asking someone to do a thing is no consultation of them
        ("Who should approve the providers?", "Asking every college to file new forms would add months of work."),
        # the noun of the ones who plan is not the act
        ("Who should be involved in writing the outcomes?", "Outcomes should avoid the jargon of curriculum planners."),
        # helping with something else is not taking part in the act asked
        ("Who should be involved in choosing what a course teaches?", "Mentors should help learners find a job."),
        (
            "Which bodies should help to decide what a course teaches?",
            "The ministry should publish the list of courses.",
        ),
        # helping do an act the groups do not know is still taking part: the certificate states, no one takes part
        (
            "Which bodies ought to help state what learners must be able to do?",
            "The certificate shall state the learning outcomes and the level.",
        ),
        # a body asked to do the act alone is not answered by people one by one
        ("Which body should keep the register?", "Learners should keep their own records."),
    ],
)
def test_other_acts_still_do_not_answer(question, sentence):
    assert not answers_type(question, sentence)


def test_the_refusing_rule_is_named():
    question = "Which bodies should help to decide what a course teaches?"
    assert refusal(question, "The ministry should publish the list of courses.") == "act"
    assert refusal(question, "Trade unions should help draft the syllabus together with the colleges.") is None
