"""A way said in answer to a "How should ...?" question, read as a value, and when two ways differ.

Invented sentences on sailing instructors, first-aid volunteers and beekeeping certificates, none from the
evaluation sets.
"""

from __future__ import annotations

import pytest

from pipeline.synthesis.values import differ, read_value, value_kind
from pipeline.synthesis.way_values import asked_way

ASSESSED = "How should a sailing instructor's skills be assessed?"
MONEY = "How should public money for first-aid courses reach volunteers?"
FOREIGN = "How should beekeeping certificates from other countries be recognised?"


@pytest.mark.unit
def test_the_group_of_ways_a_question_asks_among() -> None:
    assert asked_way(ASSESSED) == "assessment form"
    assert asked_way(MONEY) == "funding route"
    assert asked_way(FOREIGN) == "recognition"
    assert value_kind(ASSESSED) == "way"
    # a quantity, two matters, two questions in one, no modal: no way asked
    assert value_kind("How many hours should an instructor's assessment take?") == "quantity"
    assert asked_way("How should instructors be assessed and funded?") is None
    assert asked_way("How can an instructor appeal a failed assessment, and who decides?") is None
    assert asked_way("How are instructors assessed today?") is None
    assert asked_way("How should the sailing club's logbook be kept?") is None


@pytest.mark.unit
def test_ways_read_and_compared() -> None:
    portfolio = read_value(ASSESSED, "Every instructor should be assessed through a portfolio of logged voyages.")
    exam = read_value(ASSESSED, "Each instructor should be assessed by a written examination at the club.")
    both = read_value(ASSESSED, "Instructors' skills should be assessed with a portfolio and an oral exam.")
    assert portfolio is not None and portfolio.label == "portfolio"
    assert exam is not None and exam.label == "examination"
    assert both is not None and both.label == "examination and portfolio"
    assert differ(portfolio, exam)
    assert not differ(portfolio, both) and not differ(exam, both)


@pytest.mark.unit
def test_one_way_in_other_words_is_one_way() -> None:
    centres = read_value(MONEY, "The public money should go straight to the training centres.")
    providers = read_value(MONEY, "Public money for the courses should be paid directly to the providers.")
    voucher = read_value(MONEY, "Each volunteer should receive a voucher from the public money for a course.")
    assert centres is not None and providers is not None and voucher is not None
    assert not differ(centres, providers)
    assert differ(centres, voucher) and voucher.label == "to the learner"


@pytest.mark.unit
def test_automatic_and_individual_recognition() -> None:
    automatic = read_value(FOREIGN, "Foreign beekeeping certificates should be recognised automatically.")
    without = read_value(FOREIGN, "Certificates from abroad should be recognised without an individual evaluation.")
    individual = read_value(FOREIGN, "Each foreign certificate should be recognised individually by the board.")
    assert automatic is not None and without is not None and individual is not None
    assert without.label == "automatic"  # "without an individual evaluation" is no individual way
    assert differ(automatic, individual) and not differ(automatic, without)


@pytest.mark.unit
@pytest.mark.parametrize(
    "sentence",
    [
        "At our club instructors are assessed through a portfolio.",  # a practice described, no modal
        "Instructors could perhaps be assessed through a portfolio.",  # hedged
        "If the club agrees, instructors should be assessed through a portfolio.",  # conditional
        "Some members argue that instructors should be assessed through a portfolio.",  # someone else's view
        "Instructors should not be assessed through a written examination.",  # a way denied, none said
        "A portfolio should record every voyage an instructor has led.",  # the way in the subject, not asked
        "Instructors should be assessed through a portfolio instead of a portfolio.",  # held and set aside
        "Boats should be inspected by a written examination of their logs.",  # no word of the question shared
    ],
)
def test_no_way_is_read_from(sentence: str) -> None:
    assert read_value(ASSESSED, sentence) is None


@pytest.mark.unit
def test_a_way_set_aside_is_not_held() -> None:
    value = read_value(ASSESSED, "Instructors should be assessed through a portfolio rather than an examination.")
    assert value is not None and value.label == "portfolio" and value.exclusive


@pytest.mark.unit
def test_a_first_person_recommendation_states_a_way() -> None:
    voucher = read_value(MONEY, "We recommend that every volunteer get a voucher for a first-aid course.")
    relief = read_value(MONEY, "Clubs that pay for a volunteer's course should be able to deduct the cost from tax.")
    assert voucher is not None and voucher.label == "to the learner"
    assert relief is not None and relief.label == "tax relief" and differ(voucher, relief)
    # not a recommendation of the speaker's own, nor a recommendation denied
    assert read_value(MONEY, "The clubs recommend that every volunteer get a voucher for a course.") is None
    assert read_value(MONEY, "We do not recommend that volunteers get a voucher for a course.") is None


@pytest.mark.unit
def test_a_clause_between_semicolons_a_denied_way_and_the_group_s_matter() -> None:
    clause = read_value(
        MONEY, "Volunteers should never have to pay for first-aid courses; the public money should go to the centres."
    )
    assert clause is not None and clause.label == "to the provider"
    # a way denied in one clause and held in the other: the held one, the other set aside
    both = read_value(MONEY, "Public money should not go to the centres; it must be paid to the learners themselves.")
    assert both is not None and both.label == "to the learner" and both.exclusive
    contracted = read_value(MONEY, "Public money should be paid to accredited first-aid providers under contracts.")
    assert contracted is not None and contracted.label == "to the provider"
    # "without a further examination" said of earning a certificate, not of recognising one: another matter
    stacked = "Holders of four beekeeping certificates shall be awarded the master certificate without a further check."
    assert read_value(FOREIGN, stacked) is None
