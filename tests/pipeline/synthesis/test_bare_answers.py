"""Yes and no said with a bare modal of duty, and the two quantity faults (a price, one credential's size).

Invented sentences on sailing certificates, beekeeping courses and first-aid badges, none from the evaluation sets.
"""

from __future__ import annotations

import pytest

from pipeline.synthesis.bare_answers import asked_parts, asks_duty, plain_answer, split
from pipeline.synthesis.values import read_value, word_families

DATE = "Should sailing certificates state the date of the final exam?"


def _answer(text: str, question: str = DATE) -> int | None:
    return plain_answer(text, question, word_families, word_families)


@pytest.mark.unit
def test_a_bare_should_of_the_questions_subject_and_predicate_answers_yes() -> None:
    assert _answer("Sailing certificates should state the date of the final exam.") == 1
    assert _answer("In our view, every sailing certificate should state the exam date.") == 1
    assert read_value(DATE, "Sailing certificates should state the date of the final exam.").label == "yes"


@pytest.mark.unit
def test_a_negation_over_the_predicate_answers_no() -> None:
    assert _answer("A sailing certificate should never state the date of the exam.") == -1
    assert _answer("Sailing certificates should not state the date of the final exam.") == -1
    assert _answer("No sailing certificate should state the date of the exam.") == -1
    assert _answer("Sailing certificates need not state the date of the final exam.") == -1
    assert _answer("Sailing certificates shouldn't state the date of the final exam.") == -1


@pytest.mark.unit
def test_another_subject_or_predicate_is_no_answer() -> None:
    # the instructor, not the certificate, is said to state the date
    assert _answer("Instructors should state the date of the exam in the logbook.") is None
    # one shared word of a longer predicate is another predicate
    assert _answer("Sailing certificates should state the name of the club.") is None


@pytest.mark.unit
def test_hedged_conditional_restricted_or_reported_sentences_are_no_answer() -> None:
    for text in (
        "Sailing certificates should state the date of the final exam only if the learner asks for it.",
        "Sailing certificates should state the date of the final exam unless the club objects.",
        "Sailing certificates should perhaps state the date of the final exam.",
        "Some argue that sailing certificates should state the date of the final exam.",
        "According to the clubs, sailing certificates should state the date of the final exam.",
        "Should sailing certificates state the date of the final exam?",
    ):
        assert _answer(text) is None, text


@pytest.mark.unit
def test_no_modal_or_an_unclear_negation_is_no_answer() -> None:
    # a description says what is, not what should be
    assert _answer("Sailing certificates state the date of the final exam.") is None
    # a negation inside the predicate: its scope is unclear
    assert _answer("Sailing certificates should state the date of the exam without the time.") is None
    # two modals: which one binds the predicate is unclear
    assert _answer("Sailing certificates should state the exam date and clubs must keep a copy.") is None


@pytest.mark.unit
def test_only_questions_of_duty_without_their_own_negation_are_read() -> None:
    assert asks_duty(DATE)
    assert not asks_duty("Can sailing certificates state the date of the final exam?")
    assert not asks_duty("Should sailing certificates not state the date of the final exam?")
    assert _answer("Sailing certificates should state the date of the final exam.", "Can they state it?") is None


@pytest.mark.unit
def test_a_subject_narrowed_or_an_other_act_is_no_answer() -> None:
    # "for adults" narrows the subject: yes for some, nothing said of the others
    assert _answer("Sailing certificates for adults should state the date of the final exam.") is None
    # the act asked ("add up") is not answered by another act on the same object
    whole = "Should several beekeeping badges add up to a full beekeeping diploma?"
    assert plain_answer(
        "Several beekeeping badges should add up to a full beekeeping diploma.", whole, word_families, word_families
    )
    assert (
        plain_answer(
            "A beekeeping badge must never lower the pay set for a full beekeeping diploma.",
            whole,
            word_families,
            word_families,
        )
        is None
    )


@pytest.mark.unit
def test_a_predicate_sharing_a_few_of_the_fields_words_is_no_answer() -> None:
    listed = "Should first-aid badges be listed in the regional register of skills awards?"
    said = "First-aid badges should be included in the regional skills framework."
    assert plain_answer(said, listed, word_families, word_families) is None
    assert (
        plain_answer(
            "First-aid badges should be listed in the regional register of skills awards.",
            listed,
            word_families,
            word_families,
        )
        == 1
    )


@pytest.mark.unit
def test_kept_outside_denies_being_in() -> None:
    level = "Should first-aid badges be placed at a level of the regional skills framework?"
    assert (
        plain_answer(
            "First-aid badges should be placed at a level of the regional skills framework.",
            level,
            word_families,
            word_families,
        )
        == 1
    )
    assert (
        plain_answer(
            "First-aid badges should stay outside the regional skills framework.", level, word_families, word_families
        )
        == -1
    )


@pytest.mark.unit
def test_the_parts_of_a_question() -> None:
    assert asked_parts("Should several beekeeping badges add up to a diploma?") == ("several beekeeping badges", "add")
    assert asked_parts("Should first-aid badges have an expiry date?") == ("first-aid badges", None)
    assert asked_parts("Should young sailors be able to earn a licence at 14?") == ("young sailors", "earn")
    # a singular subject is not told from its verb without a parser: nothing is read
    assert asked_parts("Should the club publish its results?") is None
    # two questions in one are not asked as one
    assert not asks_duty("Should first-aid badges be placed at a level, and under what conditions?")


@pytest.mark.unit
def test_the_split_of_a_sentence_at_its_one_modal() -> None:
    assert split("Beekeeping courses must include a day at the hive.") == (
        "Beekeeping courses",
        "include a day at the hive",
        False,
    )
    assert split("No beekeeping course should last less than a day.") == (
        "beekeeping course",
        "last less than a day",
        True,
    )
    assert split("Beekeeping courses are held in spring.") is None


@pytest.mark.unit
def test_a_price_charged_now_gives_no_quantity() -> None:
    workload = "What is the smallest workload of a first-aid badge in ECTS credits?"
    assert read_value(workload, "The college charges 500 euros for a course of 4 ECTS credits.") is None
    assert read_value(workload, "Each first-aid module costs 90 euros and carries 2 ECTS credits.") is None
    floor = read_value(workload, "A first-aid badge should carry at least 2 ECTS credits.")
    assert floor is not None and floor.key[:3] == ("ECTS", 2.0, 2.0)


@pytest.mark.unit
def test_one_credentials_size_is_not_how_much_counts_towards_a_degree() -> None:
    towards = "How many ECTS credits from first-aid badges may count towards a nursing degree?"
    assert read_value(towards, "A first-aid badge should carry no fewer than three ECTS credits.") is None
    counted = read_value(towards, "Up to 20 ECTS credits from badges should count towards the degree.")
    assert counted is not None and counted.key[:3] == ("ECTS", 20.0, 20.0)


@pytest.mark.unit
def test_anyone_saying_both_yes_and_no_leaves_the_question_without_a_point() -> None:
    from pipeline.model import Evidence
    from pipeline.synthesis.claims import Claim
    from pipeline.synthesis.compared import Answer, value_sides

    def said(who: str, text: str) -> Answer:
        value = read_value(DATE, text)
        assert value is not None, text
        evidence = Evidence(f"c{len(text)}", f"{who}.docx", "T", who, "", "X", "EU", "k", "", "page 1", text)
        return Answer(Claim(text, evidence, who), value, 0.5)

    yes = "Sailing certificates should state the date of the final exam."
    no = "A sailing certificate should never state the date of the exam."
    assert len(value_sides([said("Ana", yes), said("Ben", no)])) == 2
    assert value_sides([said("Ana", yes), said("Ben", no), said("Cleo", yes), said("Cleo", no)]) == []


@pytest.mark.unit
def test_a_hedged_sentence_leans_but_never_answers() -> None:
    hedged = "Sailing certificates should state the date of the final exam when the club asks for it."
    assert _answer(hedged) is None
    assert plain_answer(hedged, DATE, word_families, word_families, leaning=True) == 1


EXPIRE = "Should beekeeping badges expire?"


@pytest.mark.unit
def test_a_date_of_expiry_given_to_the_subject_says_whether_it_expires() -> None:
    # stating an expiry date is expiring; carrying none, or never carrying one, is not
    assert _answer("Every beekeeping badge should state an expiry date.", EXPIRE) == 1
    assert _answer("Beekeeping badges should carry an end date two years after the course.", EXPIRE) == 1
    assert _answer("A beekeeping badge should never carry an end date.", EXPIRE) == -1
    assert _answer("Beekeeping badges should bear no expiry date.", EXPIRE) == -1
    assert read_value(EXPIRE, "Beekeeping badges should be printed with an expiration date.").label == "yes"


@pytest.mark.unit
def test_a_date_of_expiry_answers_only_whether_the_subject_expires() -> None:
    # said of another subject, or a date under a question asking another act
    assert _answer("Beekeeping trainers should state an expiry date on the forms.", EXPIRE) is None
    assert _answer("Beekeeping badges should state the hours of practice.", EXPIRE) is None
    assert _answer("Beekeeping badges should state an expiry date.", "Should beekeeping badges list the hives?") is None
    # a doubled negation, or a hedge, is no answer
    assert _answer("No beekeeping badge should carry no end date.", EXPIRE) is None
    assert _answer("Beekeeping badges should perhaps state an expiry date.", EXPIRE) is None
    # another kind of credential's expiry date says nothing of the badges asked about
    assert _answer("Sailing certificates should state an expiry date.", EXPIRE) is None
