"""Answer kinds added in session 16: validity kept by renewal, vague counts, "stay in force", values held by "is
worth doing", and a language question answered only by a sentence naming a language
(pipeline/drafting/drafters/answer_type.py)."""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.answer_type import answers_type

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        # a renewal period keeps the credential in force for that long
        ("Holders should pass a short refresher exam every three years to keep the certificate active.", True),
        ("The credential should be renewed every five years.", True),
        # a review of the course, not of the credential held, says nothing of how long it stays valid
        ("Providers should review the course every two years.", False),
    ],
)
def test_how_long_valid_is_answered_by_a_renewal_period(sentence, answers):
    assert answers_type("How long should a micro-credential stay valid?", sentence) is answers


def test_a_renewal_period_answers_no_other_how_long_question():
    assert not answers_type("How long should a course last?", "The credential should be renewed every five years.")


@pytest.mark.parametrize("sentence", ["Several modules should add up to a diploma.", "A few short courses count."])
def test_several_or_a_few_is_no_count(sentence):
    question = "How many micro-credentials should make up a diploma?"
    assert not answers_type(question, sentence)
    assert answers_type(question, "Four micro-credentials should make up a diploma.")


@pytest.mark.parametrize(
    "question", ["How long should a badge stay in force?", "For how long should a badge keep its value?"]
)
def test_staying_in_force_asks_how_long_a_credential_stays_valid(question):
    assert answers_type(question, "A badge should remain valid for three years.")
    assert not answers_type(question, "A badge course should not exceed 80 hours of learning.")


def test_worth_doing_holds_a_value():
    question = "What is the smallest workload a badge should have?"
    assert answers_type(question, "A badge of two hours of learning is worth issuing when it certifies one skill.")


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        ("Courses should be taught in Estonian, with handouts in Russian.", True),
        ("Learners should be examined in their mother tongue.", True),
        ("Every certificate should be bilingual.", True),
        ("Every online course should work with a screen reader and come with subtitles.", False),
        ("Courses should be taught by practitioners from the sector.", False),
    ],
)
def test_which_language_is_answered_only_by_a_sentence_naming_one(sentence, answers):
    assert answers_type("In which language should the courses be taught?", sentence) is answers


@pytest.mark.parametrize(
    "sentence",
    [
        "Six hours of study can be enough for a badge on one piece of software.",
        "For a single safety procedure, four hours would be sufficient.",
    ],
)
def test_what_can_suffice_holds_a_value(sentence):
    assert answers_type("What is the smallest workload a badge should have?", sentence)


def test_a_described_workload_still_holds_no_value():
    question = "What is the smallest workload a badge should have?"
    assert not answers_type(question, "Last year our badges averaged twelve hours of study.")


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        ("The Ministry of Economy should keep the register of badges.", True),
        ("Oversight belongs with the labour ministry, which already runs the training fund.", True),
        ("The national skills agency should keep the register.", True),
        ("Learners keep their badges in a wallet so that nothing is lost when a ministry closes its portal.", False),
        ("We want the register to be simple to search.", False),
    ],
)
def test_which_ministry_is_answered_only_by_a_sentence_naming_a_body(sentence, answers):
    assert answers_type("Which ministry should keep the register of badges?", sentence) is answers


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        ("A badge course should last no more than six weeks.", True),
        ("Courses should run for ten weeks at most.", True),
        ("A badge course should carry at most 60 hours of study.", True),  # its volume of learning
        ("A safety badge should stay valid for five years before a refresher is due.", False),
        ("Records of each course should be kept for three years.", False),
    ],
)
def test_how_long_a_course_lasts_is_not_how_long_its_badge_stays_valid(sentence, answers):
    assert answers_type("How long should a badge course last at most?", sentence) is answers


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        ("Badges should be issued in the official languages of the country.", True),
        ("Each learner should receive the badge in their mother tongue.", True),
        ("Badges should be issued in Latvian and in English.", True),
        ("Every badge should describe the skills in plain language that employers understand.", False),
    ],
)
def test_a_way_of_writing_names_no_language(sentence, answers):
    assert answers_type("In which languages should badges be issued?", sentence) is answers


def test_a_floor_question_without_a_unit_is_not_answered_by_a_ceiling():
    question = "What is the minimum amount of learning a badge should require?"
    assert not answers_type(question, "A single badge should not exceed 150 hours of learning.")
    assert answers_type(question, "No badge should require fewer than 20 hours of learning.")


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        ("A badge should require at least 25 hours of learning.", True),
        ("There should be no minimum size for a badge.", True),
        ("A worker who holds a badge should move up one grade on the pay scale.", False),
    ],
)
def test_how_large_a_badge_is_asks_its_volume_of_learning(sentence, answers):
    assert answers_type("How large should a badge be?", sentence) is answers


def test_a_bound_said_as_anything_below_it_holds_a_value():
    question = "What is the smallest workload a badge should have?"
    assert answers_type(question, "Anything shorter than 20 hours of learning does not let us test a real skill.")
    assert not answers_type(question, "Our shortest badge took 20 hours of learning last year.")


@pytest.mark.parametrize(
    ("question", "sentence", "answers"),
    [
        # a time limit after an event says how soon, not how long a licence or a record lasts
        (
            "How long should a guide's licence stay valid?",
            "The licence should be sent no later than a week after the exam.",
            False,
        ),
        (
            "How long should clubs keep their members' logbooks?",
            "Members should get their badge within ten days of the climb.",
            False,
        ),
        (
            "How long should a licence stay valid?",
            "A licence should be renewed no later than five years after its award.",
            True,
        ),
        # a wait, a decision or a completion is bounded by such a limit
        (
            "How long should divers wait for their card?",
            "The card should be posted no later than two weeks after the dive.",
            True,
        ),
        ("How long may an appeal decision take?", "An appeal should be settled within six weeks of its filing.", True),
        (
            "How long should a trainee have to finish the course?",
            "Trainees should finish within a year of enrolling.",
            True,
        ),
        # ... but only when the limit is on the thing asked: finishing a course is no decision
        ("How long may an appeal decision take?", "Trainees should finish a course within a year of enrolling.", False),
        (
            "Within what time of the final dive should the card reach the diver?",
            "A course should not exceed 40 hours of study.",
            False,
        ),
    ],
)
def test_a_time_limit_after_an_event_is_the_time_of_that_event(question, sentence, answers):
    assert answers_type(question, sentence) is answers


@pytest.mark.parametrize(
    ("question", "sentence", "answers"),
    [
        # keeping a licence or a registration is staying valid, not storing anything
        (
            "How long should clubs keep their logbooks?",
            "Guides must log 20 climbs over three years to keep their licence.",
            False,
        ),
        (
            "How long should a guide's licence stay valid?",
            "Guides must log 20 climbs over three years to keep their licence.",
            True,
        ),
        ("How long should clubs keep their logbooks?", "Clubs should keep logbooks for six years.", True),
        # a credential is kept in a wallet: keeping it is no standing
        (
            "How long should divers be able to keep their badge?",
            "The wallet should store each badge for ten years.",
            True,
        ),
    ],
)
def test_keeping_a_licence_is_its_validity_not_storage(question, sentence, answers):
    assert answers_type(question, sentence) is answers


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        ("A sailing course should carry no fewer than two credits.", False),
        ("The club charges 90 euros for a course of 2 credits.", False),
        ("Up to 20 credits from sailing courses should count towards the instructor diploma.", True),
        ("The academy should recognise at most 15 credits of earlier courses.", True),
        ("Courses should be credited towards the diploma, 2 credits each.", True),
    ],
)
def test_how_much_may_count_towards_a_diploma_is_not_one_courses_size(sentence, answers):
    question = "How many credits from short courses may count towards the instructor diploma?"
    assert answers_type(question, sentence) is answers


def test_an_interpreter_names_no_language():
    question = "In which language should diving courses be taught?"
    assert not answers_type(question, "Every dive school should offer a sign language interpreter to deaf divers.")
    assert answers_type(question, "Divers should be taught in their mother tongue, with an interpreter if needed.")


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        ("Every dive centre should have a ramp for wheelchair users.", False),
        ("A diver should be tested in open water, watched by an instructor.", False),
        ("Divers should answer at least 75% of the theory questions correctly.", True),
        ("The theory test should be marked pass or fail, with no grade.", True),
        ("Nobody should need more than half of the points to pass.", True),
    ],
)
def test_a_pass_mark_question_needs_a_mark(sentence, answers):
    assert answers_type("What pass mark should a diver reach in the theory test?", sentence) is answers


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        # the act in a relative clause of the subject says which of them, not what they should do
        ("Any club that runs a sailing school should be allowed to sign the certificates it awards.", False),
        ("Every harbour office that keeps a list of skippers should publish it.", False),
        ("Our first point: any club that runs a sailing school should sign the certificates it awards.", False),
        ("The national sailing federation should keep the register of instructors.", True),
    ],
)
def test_an_act_that_only_describes_the_subject_does_not_answer_who_does_it(sentence, answers):
    assert answers_type("Which body should keep the register of sailing instructors?", sentence) is answers


@pytest.mark.parametrize(
    ("question", "sentence", "answers"),
    [
        # "count for" asks the same as "count towards": one course's size does not answer it
        ("How many credits should count for the instructor diploma?", "A course should carry two credits.", False),
        ("How many credits should count for the instructor diploma?", "Up to 20 credits should count.", True),
        # any counting word of the one rule answers either form: combining, exempting, a part of the whole
        ("How many credits may count towards the diploma?", "Courses combined should make up 20 credits.", True),
        ("How many credits should count for the diploma?", "A sailor should be exempted from 12 credits.", True),
    ],
)
def test_both_forms_of_counting_towards_a_whole_are_one_rule(question, sentence, answers):
    assert answers_type(question, sentence) is answers


@pytest.mark.parametrize(
    "sentence",
    [
        "A beekeeping course of three full days should be enough for a first certificate.",
        "A course should last at least ten working days, spread over a term.",
        "Two calendar weeks should be the least a course lasts.",
    ],
)
def test_a_word_saying_which_days_leaves_a_duration_a_duration(sentence):
    assert answers_type("How long should the shortest course last?", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We are against any expiry date: a first-aid certificate records what was learned, and it lasts for life.",
        "We’re firmly opposed to an end date, since a skill once shown stays valid for life.",
        "I am in favour of a validity of five years, after which a short refresher renews it.",
    ],
)
def test_being_against_or_in_favour_in_the_first_person_holds_a_value(sentence):
    assert answers_type("How long should a first-aid certificate stay valid?", sentence)
