"""The kind of value a question asks for, and whether a sentence gives one (pipeline.drafting.drafters.answer_type).

The sentences are our own, written for these tests: a reader checks that a "how long" question is never answered
by a founding year, a "how much does it cost" question never by a count of learners, and that the ways people
state a value ("24 months", "never expires", "free of charge", "one third") all count.
"""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.answer_type import answers_type, asked_type, counting_figures

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How long should a provider keep the recordings of practical tests?", "duration"),
        ("After how many years should a credential be renewed?", "duration"),
        ("How many working days may the agency take to decide?", "duration"),
        ("What is the longest a short course should last?", "duration"),
        ("What duration should a work placement have?", "duration"),
        # how quickly something is done is a time it takes, as "how soon"
        ("How quickly should an appeal be decided?", "duration"),
        ("How fast must a complaint be dealt with?", "duration"),
        # time off is time, however paid: days of leave, not a sum of money
        ("How much paid time off should a bakery give an apprentice for a course?", "duration"),
        ("How much study leave should a welder get each year?", "duration"),
        ("How often should the register be updated?", "frequency"),
        ("How much of a degree may be earned through short courses?", "share"),
        ("What share of the workload may be online?", "share"),
        ("What part of the fee should the employer pay?", "share"),
        # a part one plays is a role, not a share: any sentence on what students should do may answer it
        ("What part should students play in quality assurance?", None),
        ("How much does an external review cost a small provider?", "money"),
        ("What fee may a provider charge for a re-sit?", "money"),
        ("How many assessors should sit on a panel?", "count"),
        # a number asked outright is a count as much as "how many"
        ("What is the minimum number of learners for a course to start?", "count"),
        ("What number of assessors should sit on a panel?", "count"),
        ("How large may a micro-credential be?", "workload"),  # its volume of learning, not any figure
        ("What is the largest workload a micro-credential should have?", "workload"),
        ("What is the smallest amount of learning that deserves a credential?", "amount"),
        ("Who should review a micro-credential before it is registered?", None),
        ("Should credentials show a grade?", None),
        ("How should learning outcomes be written?", None),
    ],
)
def test_the_kind_of_value_a_question_asks_for(question, kind):
    assert asked_type(question) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Recordings should be kept for 24 months after the certificate is issued.",
        "Records are kept for two years and then deleted.",
        "Data stays in the wallet until the learner deletes the account.",
        "Each practical test should take no more than a one-day session.",
    ],
)
def test_durations_answer_how_long(sentence):
    assert answers_type("How long does a provider keep the recordings of practical tests?", sentence)
    # (what stays valid answers how long a credential does, not how long recordings are kept: below)
    assert answers_type(
        "How long should a credential remain valid?", "A credential, once awarded, should never expire."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Our office was founded in 2014 and has handled recognition files ever since.",
        "Personal data in the register is governed by the 2018 data protection act.",
        "Recordings of practical tests should be stored securely by the provider.",
        "The register lists micro-credentials at NQF level 5 and above.",
        "In the 2025-26 academic year the provider filmed every practical test.",
    ],
)
def test_years_labels_and_topic_alone_do_not_answer_how_long(sentence):
    assert not answers_type("How long should a provider keep the recordings of practical tests?", sentence)


def test_money_needs_a_sum_or_its_denial():
    question = "How much does an external review cost a small provider?"
    assert answers_type(question, "The agency charges 1,200 euros for each review.")
    assert answers_type(question, "Reviews are free of charge for public schools.")
    assert answers_type(question, "A review costs €400 plus travel.")
    assert not answers_type(question, "Last year the agency reviewed 140 micro-credentials from 35 providers.")
    assert not answers_type(question, "Learners should be free to decide which courses to take.")


def test_a_share_needs_a_share():
    question = "How much of a full qualification may be earned through micro-credentials?"
    assert answers_type(question, "At most one third of a full qualification should come from micro-credentials.")
    assert answers_type(question, "Up to 60% of the qualification may be credited.")
    assert answers_type(question, "No more than 30 ECTS credits of a degree should be recognised this way.")
    assert not answers_type(question, "Assessors are trained in a 24-hour course followed by two observed tests.")


def test_frequency_is_not_a_conjunction():
    question = "How often should a micro-credential be reviewed?"
    assert answers_type(question, "Each micro-credential should be reviewed every three years.")
    assert answers_type(question.replace("should", "do"), "Providers review their offer annually.")
    assert not answers_type(question, "Once approved, a micro-credential enters the register.")


def test_counts_leave_out_years_and_labels():
    assert counting_figures("In 2025 we issued 340 credentials at level 4 under Article 12.") == ["340"]
    assert counting_figures("Between 2019 and 2023, 2000 hours of training were given.") == ["2000"]
    question = "How many assessors should sit on a practical assessment panel?"
    assert answers_type(question, "Two assessors, one of them from industry, should sit on each panel.")
    assert not answers_type(question, "Panels were introduced in 2021 under the Article 7 procedure.")


def test_questions_without_a_kind_let_every_sentence_through():
    assert answers_type("Who should review a micro-credential?", "An independent panel of the agency.")


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("How many learners should a course group have at most?", "The average group had 14 learners."),
        ("How many working days may an agency take to decide?", "A typical file takes us 25 working days."),
        ("How much should a listing in the register cost?", "In 2025 the average fee was 120 euros."),
        (
            "How long should a provider have operated before it issues credentials?",
            "Nine providers had existed for less than three years.",
        ),
    ],
)
def test_a_question_asking_what_a_value_should_be_is_not_answered_by_a_statistic(question, sentence):
    assert not answers_type(question, sentence)
    # the same statistic answers a question asking what the value is
    assert answers_type(question.replace(" should ", " does ").replace(" may ", " does "), sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Groups should have no more than 20 learners.",
        "We accept groups of up to 20 learners.",
        "On average a group had 14 learners, and it should never exceed 20.",
        "A group of 20 learners is enough for a practical course.",
    ],
)
def test_a_position_or_a_bound_answers_what_a_value_should_be(sentence):
    assert answers_type("How many learners should a course group have at most?", sentence)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("How long should a provider keep the recordings?", "Records are kept for two years and then deleted."),
        ("How much should a quality review cost?", "Some providers ask us for a fee of 20 dollars for each letter."),
        ("How large should a micro-credential be at most?", "A scaffolding course takes 64 hours and costs 380 euros."),
        ("How often should a micro-credential be reviewed?", "Providers review their offer annually."),
    ],
)
def test_a_value_as_it_is_done_does_not_say_what_it_should_be(question, sentence):
    # the labellers of fourteen sets read a contributor's practice as context, not as their answer
    assert not answers_type(question, sentence)
    assert answers_type(question.replace(" should ", " does "), sentence)


def test_a_question_asking_what_should_be_done_is_not_answered_by_a_survey_figure():
    question = "Should providers publish the pass rates of their micro-credentials?"
    assert not answers_type(question, "In 2024, 58 per cent of providers published their pass rates.")
    assert answers_type(question, "Providers should publish their pass rates every year.")
    assert answers_type(question, "We publish our pass rates on the course page.")  # a practice, not a statistic
    assert answers_type("Do providers publish pass rates?", "In 2024, 58 per cent of providers published them.")


def test_a_share_of_people_is_no_sum_of_money_but_a_percentage_of_a_price_is():
    question = "How much should it cost a provider to have a micro-credential listed in a register?"
    assert not answers_type(question, "Only 34 per cent of the learners had heard the word before the survey.")
    assert answers_type(question, "The listing fee should be 2% of the course price.")


def test_only_or_never_in_a_statistic_is_no_position():
    question = "How many learners should a course group have at most?"
    sentence = "Asked what they had missed, 31 per cent of the learners said they could only attend courses at night."
    assert not answers_type(question, sentence)


def test_may_of_possibility_asks_what_is_and_a_survey_figure_answers_it():
    figure = "In 2025, 31 per cent of the learners said they could only attend courses at night."
    assert answers_type("Which barriers may learners face when they enrol?", figure)
    assert answers_type("What problems may arise for learners in work?", figure)
    assert not answers_type("How many hours may a learner in work be asked to study at night?", figure)


@pytest.mark.parametrize(
    "sentence, answers",
    [
        ("Keep micro-credentials outside the national framework and the register.", False),
        ("The register should be public and free to search.", False),
        ("The national qualifications agency should keep the register.", True),
        ("The register should be run by Cedefop, which already hosts the skills databases.", True),
        ("Providers should enter their own micro-credentials, checked by the ministry.", True),
    ],
)
def test_a_who_question_is_answered_only_by_a_sentence_naming_someone(sentence, answers):
    assert answers_type("Who should maintain the register of micro-credentials?", sentence) is answers


def test_a_whose_inside_a_question_asks_for_no_one():
    question = "Should a person whose skills are recognised receive the same credential as a course graduate?"
    assert answers_type(question, "Validation should lead to the same micro-credential as the course.")


@pytest.mark.parametrize(
    "sentence, answers",
    [
        ("At least one assessor from outside the company should take part in every final assessment.", False),
        ("One assessor should never be responsible for more than 25 learners at a time.", True),
        ("No assessor should have more than twenty in a group.", True),
        ("The person who trains should not be the only one to decide, and 30 is a sensible ceiling.", True),
        # a figure of time or of how often counts no learners
        ("Each assessor should send the results within ten working days.", False),
        ("Assessors should meet 4 times a year to compare their marking.", False),
        ("Assessors should be given half a day each week to prepare.", False),  # "half a day": a time
    ],
)
def test_a_how_many_question_is_not_answered_by_a_count_of_something_else_it_names(sentence, answers):
    assert answers_type("How many learners should one assessor be responsible for?", sentence) is answers


def test_a_how_many_hours_question_is_still_answered_by_hours():
    question = "How many hours of training should assessors complete?"
    assert answers_type(question, "Every assessor should complete 40 hours of training before a first assessment.")


def test_as_long_as_is_a_duration_only_when_something_lasts():
    question = "How long should learners be given to complete a micro-credential?"
    assert not answers_type(question, "Learners should be able to combine credentials, as long as the outcomes fit.")
    assert answers_type(question, "Learners should have access to the course for as long as they are enrolled.")


def test_a_figure_the_question_names_must_be_met_by_its_answer():
    from pipeline.drafting.drafters.answer_type import answers_type, named_figures

    question = "Should micro-credential courses be open to learners under 18?"
    assert not answers_type(question, "Admission should be open to people without a school-leaving certificate.")
    assert answers_type(question, "Learners under 18 should be admitted only with a parent's consent.")
    assert answers_type(question, "Nobody under eighteen should be admitted.")  # spelled out
    levels = "Which criteria should decide whether a course is placed at level 4 or level 5?"
    assert not answers_type(levels, "A framework level should not be a condition for issuing a micro-credential.")
    assert answers_type(levels, "Level 5 should need evidence of autonomy in unfamiliar situations.")
    # a year and a figure that is part of a name are not what the question asks about
    assert named_figures("Should Open Badges 3.0 or ISO 9001 apply after the 2022 Recommendation?") == frozenset()


def test_a_frequency_is_no_duration_but_a_duration_beside_one_still_answers():
    question = "How long should a micro-credential stay valid?"
    assert not answers_type(question, "Providers should be reviewed as institutions every four years.")
    assert not answers_type(question, "The register should be checked once each year by the agency.")
    assert answers_type(question, "A credential should stay valid for five years and be renewed every two years.")
    assert answers_type("How often should providers be reviewed?", "Providers should be reviewed every four years.")


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        ("A credential should be kept in a digital wallet that the learner controls.", False),
        ("People should be free to choose the wallet they trust.", False),
        ("The national agency should run the wallet and keep its servers in the country.", True),
        ("Each learner's own university should run the wallet.", True),
        ("The wallet should be run by Europass.", True),
    ],
)
def test_a_which_body_question_is_answered_only_by_a_sentence_naming_a_body(sentence, answers):
    assert answers_type("Which body should run the wallet that holds learners' credentials?", sentence) is answers
    # a plain "who" question may be answered by people
    assert answers_type("Who should control the wallet?", sentence)


def test_what_a_contributor_charges_now_does_not_say_what_it_should_cost():
    question = "How much should an external quality audit cost a small provider?"
    assert not answers_type(question, "Our audit fee is 1,450 euros for a small provider.")
    assert not answers_type(question, "An audit currently costs about 900 euros.")
    assert answers_type(question, "An audit of a small provider should cost no more than 900 euros.")
    assert answers_type("How much does an audit cost a small provider?", "Our audit fee is 1,450 euros.")


@pytest.mark.parametrize(
    ("question", "sentence", "answers"),
    [
        ("How long should providers keep assessment records?", "A credential should never expire.", False),
        ("How long should providers keep assessment records?", "Records should be kept for ten years.", True),
        ("How long should a recognition decision take?", "A course should be completed within a year.", False),
        ("How long should a recognition decision take?", "A decision should be taken within 30 days.", True),
        ("How long should a learner have to complete a course?", "A credential should expire after five years.", False),
        # a volume of learning is not a span of the calendar
        ("How long should a learner have to complete a course?", "A course should need 50 hours of study.", False),
        ("How long should a learner have to complete a course?", "Learners should have two years to finish.", True),
        # a sentence that names no time of anything still answers by its figure
        ("How long should a learner have to complete a course?", "Six months is enough for most learners.", True),
        # how long a provider has worked, and how long making a course takes, are times of their own
        ("How long should a provider have operated before it may apply?", "Records should be kept for 5 years.", False),
        ("How long should a provider have operated before it may apply?", "Two years of operation are enough.", True),
        ("How long should it take to develop a new course?", "A credential should expire after three years.", False),
        ("How long should it take to develop a new course?", "Designing a course should take six months.", True),
        # a learner developing skills is no course being made
        ("How long should learners have to develop their skills?", "Learners should have a year to finish.", True),
    ],
)
def test_a_how_long_question_is_not_answered_by_the_time_of_something_else(question, sentence, answers):
    assert answers_type(question, sentence) is answers


def test_a_who_question_needs_someone_named_in_the_sentences_own_clause():
    question = "Who should keep the national register up to date?"
    assert not answers_type(question, "Micro-credentials should be listed in the register, where employers look.")
    assert not answers_type(question, "The register should be updated monthly, because learners rely on it.")
    assert answers_type(question, "The national agency should keep the register, which employers already use.")


def test_who_acts_is_not_read_from_a_participle_phrase_of_the_subject():
    question = "Who should keep the national register up to date?"
    assert not answers_type(question, "Courses offered with public funds should be listed in the national register.")
    assert not answers_type(question, "Courses funded by the regional government should appear in the register.")
    assert answers_type(question, "The register kept by the ministry should be updated by the national agency.")
    assert answers_type(question, "Providers accredited by the agency should keep their entries up to date.")


def test_a_figure_joined_to_another_unit_counts_that_unit():
    question = "How many learning outcomes should a micro-credential have at most?"
    assert not answers_type(question, "Results should be graded on the national five-point scale.")
    assert answers_type(question, "A 15-hour course should have no more than four learning outcomes.")
    assert answers_type(question, "A micro-credential should have at most five outcomes.")
    assert answers_type("How many hours should a course take?", "A 15-hour course should be the norm.")


def test_a_bound_on_another_figure_does_not_make_a_current_fee_a_position():
    question = "How much should an external quality audit cost a small provider?"
    assert not answers_type(question, "Our audit fee is 1,450 euros for a provider with up to ten trainers.")
    assert answers_type(question, "Our audit fee is capped at 1,450 euros.")


def test_a_person_named_by_their_trade_answers_who_but_is_no_body():
    sentence = "Practical skills must be assessed on live animals, under the eye of an experienced veterinarian."
    assert answers_type("Who should judge practical skills in the final assessment?", sentence)
    assert not answers_type("Which body should judge practical skills?", sentence)
    # "the pilot" is a trial, not a person
    assert not answers_type("Who should design the courses?", "In the pilot, three courses covered half the syllabus.")


def test_a_rejection_in_the_first_person_is_a_position_even_beside_a_past_event():
    question = "Should micro-credentials expire and need renewing?"
    sentence = "We reject any expiry date: a credential records learning that took place, and it stays valid for life."
    assert answers_type(question, sentence)
    assert not answers_type(question, "The first credentials took place in 2019 and were renewed once.")


def test_a_sum_a_year_is_a_rate_not_how_long():
    question = "How long should a learner have to complete a micro-credential once enrolled?"
    assert not answers_type(question, "Give every adult a learning account of 300 euros a year for any course.")
    assert answers_type(question, "Learners should have a year to complete a micro-credential.")
    assert answers_type(question, "A learner should have two years, at 40 hours a week at most.")


def test_who_should_pay_is_answered_by_who_pays():
    question = "Who should pay for the micro-credentials of jobseekers?"
    assert not answers_type(question, "Courses for jobseekers should be planned by the employment service.")
    assert answers_type(question, "The employment service should cover the full course fee of every jobseeker.")
    assert answers_type("By whom should the courses be financed?", "Employers should bear the cost themselves.")
    # any other "who" question keeps its own test: someone named
    assert answers_type("Who should plan the courses?", "Courses should be planned by the employment service.")


def test_a_contributors_history_answers_no_question():
    question = "How can refugees and other newcomers be helped to take part?"
    assert not answers_type(question, "Our association has helped refugees and newcomers settle in Moldova since 2015.")
    assert answers_type(question, "Courses for newcomers should be free and taught in the learners' own language.")


def test_a_contributor_describing_their_own_work_says_nothing_of_what_should_be():
    question = "When and how should these guidelines be reviewed?"
    assert not answers_type(question, "The Agency's review is a desk-based procedure built on two standards.")
    assert not answers_type("Should courses be free for refugees?", "Our courses are financed by donors.")
    # their position, a bound on their own figure, or a question asking how it is done are another matter
    assert answers_type("Who should decide on levels?", "Our position is that providers decide for themselves.")
    assert answers_type("How is the review done?", "The Agency's review is a desk-based procedure.")


@pytest.mark.parametrize(
    "sentence, answers, answers_largest",
    [
        # a floor answers the minimum, never the largest workload (drafters/bounds.py)
        ("A micro-credential should carry at least 3 ECTS credits.", True, False),
        ("Set the minimum at 8 hours of learning.", True, False),
        ("There should be no minimum size: a short course can be worth a credential.", True, True),
        # a bound on another thing: a share of the final mark, a fee
        ("A written examination should carry at least 60 per cent of the final mark.", False, False),
        ("The fee should be at least 200 euros.", False, False),
    ],
)
def test_a_bound_on_the_workload_is_given_by_a_volume_of_learning(sentence, answers, answers_largest):
    assert asked_type("State the minimum workload a micro-credential should carry.") == "workload"
    assert answers_type("State the minimum workload a micro-credential should carry.", sentence) is answers
    assert answers_type("What is the largest workload a micro-credential should carry?", sentence) is answers_largest


def test_how_a_workload_is_expressed_asks_for_no_bound():
    question = "How should the workload of a micro-credential be expressed?"
    assert asked_type(question) is None
    assert answers_type(question, "The workload should be given in hours of learning, and never in credits.")


@pytest.mark.parametrize(
    "sentence, answers",
    [
        # named only as the ones acted upon: who is admitted is not who accredits
        ("Volunteers who guide visitors should be admitted to courses on the same terms as paid staff.", False),
        ("Learners should be given access to the register.", False),
        # the agent of a passive acts, and so does a subject handed an act of its own
        ("Providers should be accredited by the national quality agency.", True),
        ("The national quality agency should accredit every provider.", True),
        ("Only universities should be allowed to accredit providers.", True),
        # being consulted or involved is taking part
        ("Employers' associations should be consulted before any provider is accredited.", True),
    ],
)
def test_who_should_act_is_not_answered_by_those_acted_upon(sentence, answers):
    assert answers_type("Who should accredit the providers that issue micro-credentials?", sentence) is answers


def test_a_passive_who_question_is_answered_by_those_acted_upon():
    question = "Who should be consulted when a course is designed?"
    assert answers_type(question, "Organisations of disabled people should be consulted whenever a course is designed.")


@pytest.mark.parametrize(
    "sentence, answers",
    [
        # "a single" opening the subject means any one of them: the figure after it is what the sentence counts
        ("A single micro-credential should not exceed 150 hours of learning.", False),
        ("Five micro-credentials should make up a full qualification.", True),
        ("One micro-credential should be enough.", True),
    ],
)
def test_a_single_one_opening_the_subject_counts_nothing(sentence, answers):
    question = "How many micro-credentials should it take to make up a full qualification?"
    assert answers_type(question, sentence) is answers


def test_a_time_given_each_week_is_no_length_of_a_course():
    question = "How long should a micro-credential course last at most?"
    assert not answers_type(question, "Staff should be given half a day of protected learning time each week.")
    assert not answers_type(question, "Learners should study two hours every week.")
    assert answers_type(question, "A course should last six weeks, with two hours of study each week.")


@pytest.mark.parametrize(
    ("question", "sentence", "answers"),
    [
        # a volume of learning counts no courses
        ("How many courses should one learner be funded for each year?", "A course should be 1 ECTS credit.", False),
        ("How many courses should one learner be funded for each year?", "It should be 25 to 30 hours.", False),
        (
            "How many courses should one learner be funded for each year?",
            "Each learner should have two courses of 5 ECTS.",
            True,
        ),
        ("How many credits should a micro-credential carry?", "At least 5 ECTS credits.", True),
        # a bound word with no figure after it bounds nothing countable
        (
            "How many courses should one learner be funded for each year?",
            "Funds should go to people with no more than primary education.",
            False,
        ),
        ("How many courses should one learner be funded for each year?", "No limit should apply.", True),
    ],
)
def test_how_many_is_answered_by_a_count_of_the_thing_asked(question, sentence, answers):
    assert answers_type(question, sentence) is answers


@pytest.mark.parametrize(
    ("sentence", "answers"),
    [
        # a review tied to an event rather than the calendar says how often, too
        ("Course content should be updated only when the occupational standard changes.", True),
        ("Content should be reviewed whenever the outcomes change.", True),
        ("Content should be revised as needed, not on a fixed calendar.", True),
        ("Content should be reviewed by the sector council.", False),
    ],
)
def test_how_often_is_answered_by_an_event_as_well_as_a_period(sentence, answers):
    assert answers_type("How often should the content of a micro-credential be reviewed?", sentence) is answers


def test_credit_given_for_competence_is_recognition_not_a_workload():
    question = "In what way should competence gained at work be given formal credit?"
    assert asked_type(question) is None
    assert asked_type("What is the largest number of credits a micro-credential should carry?") == "workload"
