"""Who acts in a sentence, for a "who" question: a thing acted upon with no one acting, and the act's name alone,
answer no one (pipeline/drafting/drafters/actors.py through answer_type.answers_type)."""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.actors import asks_who
from pipeline.drafting.drafters.answer_type import answers_type

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "sentence, answers",
    [
        # a passive whose subject is a thing, and no one named as acting: where or how, not who
        ("Every credential must be placed at a level of the framework, otherwise employers cannot tell.", False),
        ("A credential should be kept in a digital wallet that the learner controls.", False),
        ("Practical skills should be assessed in a real workshop.", False),
        # someone named as acting: an agent, a partner, or the subject of a later clause
        ("Practical skills should be assessed by the regional chamber.", True),
        ("Practical skills should be assessed under the eye of an experienced veterinarian.", True),
        ("Practical skills should be assessed with employers from the trade.", True),
        ("Practical skills should be assessed on site, and the employer should sign the record.", True),
        ("Trainers from the sector should assess practical skills.", True),
    ],
)
def test_who_acts_is_not_answered_by_a_thing_acted_upon_with_no_one_acting(sentence, answers):
    assert answers_type("Who should assess practical skills?", sentence) is answers


@pytest.mark.parametrize(
    "sentence, answers",
    [
        # the act only inside the name of those who do it, while the sentence has them do something else
        ("Sworn translators should be able to use micro-credentials as proof of their training.", False),
        ("Translators should be paid by the hour.", False),
        # who they should be, or doing the act itself
        ("Translators should be sworn members of the national chamber.", True),
        ("A sworn translator should translate every credential presented abroad.", True),
        ("The recognition centre should translate the credential free of charge.", True),
    ],
)
def test_who_acts_is_not_answered_by_the_name_of_the_act_alone(sentence, answers):
    assert answers_type("Who should translate a micro-credential that is presented abroad?", sentence) is answers


def test_a_word_that_only_shares_the_acts_first_letters_names_no_one_who_does_it():
    # "authority" is not the agent noun of "authorise": the authority approving the centres answers who authorises
    question = "Who should authorise the centres that award badges?"
    assert answers_type(question, "The regional authority should approve every centre before its first badge.")


def test_a_question_with_its_subject_before_the_verb_names_no_act_of_its_own():
    question = "What role should employers play in designing micro-credentials?"
    assert answers_type(question, "Employers' organisations should take part in designing every micro-credential.")


@pytest.mark.parametrize(
    ("question", "who"),
    [
        # two parts sharing one verb: a place answers the first half
        ("Where, and by which people, should practical tasks be examined?", False),
        ("When and by whom should a learner's portfolio be checked?", False),
        # a second part with its own verb still asks who
        ("How can a learner contest a failed test, and which body decides on the appeal?", True),
        ("Who should examine practical tasks, and where?", True),
        ("Which bodies should examine practical tasks?", True),
    ],
)
def test_a_who_half_sharing_the_verb_of_a_where_or_when_question_is_not_the_whole_question(question, who):
    assert asks_who(question) is who


def test_a_place_answers_a_where_and_by_whom_question():
    question = "Where, and by which people, should practical tasks be examined?"
    assert answers_type(question, "Practical tasks should be examined in a real kitchen during service.")


def test_a_passive_main_verb_is_not_taken_for_a_phrase_on_the_subject():
    # "assessed in the workshop by an assessor" is the sentence's own verb: the assessor is who assesses
    sentence = "Practical tasks should be assessed on site by an assessor who has run a workshop."
    assert answers_type("Who should assess learners?", sentence)
    # a participle phrase on the subject still names no one who acts
    assert not answers_type("Who should keep the register?", "Courses funded by the region should be listed.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Coding bootcamps that pass an external review should be allowed to issue badges.",
        "Technical institutes should be allowed to issue badges.",
        "Regional polytechnics should issue the badges.",
    ],
)
def test_a_provider_named_by_its_kind_is_a_body(sentence):
    assert answers_type("Which training bodies should be permitted to issue badges?", sentence)


@pytest.mark.parametrize(
    ("question", "sentence", "answers"),
    [
        # a state that lasts until someone acts is in that person's hands
        (
            "Who should decide who can see a learner's badges?",
            "Badges should be hidden unless the holder shares them.",
            True,
        ),
        (
            "Who should control access to the record?",
            "Access should be closed until the learner opens it, and stop as soon as the learner withdraws it.",
            True,
        ),
        # no one whose act ends it, or a question on another act
        (
            "Who should decide who can see a learner's badges?",
            "Badges should be hidden until the end of the course.",
            False,
        ),
        ("Who should pay for the course?", "Fees should be waived until the learner finds a job.", False),
    ],
)
def test_a_state_that_waits_on_someone_is_theirs_to_control(question, sentence, answers):
    assert answers_type(question, sentence) is answers
