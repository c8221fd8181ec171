"""Value families written from half A's misses in session 22: a framework one would keep them out of, a mode one
stops using, and the one who assesses named by a relative clause. Sentences written here (a guild of glassblowers,
a cycling federation, a diving school)."""

from __future__ import annotations

import pytest

from pipeline.synthesis.roles import assignment
from pipeline.synthesis.value_families import level_answer
from pipeline.synthesis.values import read_value

PLACE = "Should glassblowing badges be included in the national qualifications framework?"
MEDIUM = "Should cycling badges be issued only in digital form?"


@pytest.mark.unit
@pytest.mark.parametrize(
    "text",
    [
        "I would keep glassblowing badges outside the qualifications framework altogether.",
        "We would rather keep short badges out of the national framework, whatever their size.",
        "The ministry should keep these badges out of the framework.",
    ],
)
def test_keeping_them_out_of_the_framework_answers_no(text: str) -> None:
    assert level_answer(text, PLACE) == -1


@pytest.mark.unit
def test_keeping_out_denied_or_of_something_else_answers_nothing() -> None:
    assert level_answer("I would not keep glassblowing badges out of the framework.", PLACE) is None
    assert level_answer("We would keep the framework itself simple.", PLACE) is None
    assert level_answer("I would keep them outside the framework.", PLACE) is None  # whose referent is unknown
    # and only under a question on a place in a framework
    assert level_answer("I would keep badges out of the framework.", "Who should pay for the badges?") is None


@pytest.mark.unit
def test_a_mode_one_stops_using_is_set_aside() -> None:
    stop = read_value(MEDIUM, "Once the app works, the federation should stop printing paper badges altogether.")
    assert stop is not None and stop.label == "digital only"
    ceased = read_value(MEDIUM, "Clubs must cease issuing printed cards and send the digital badge instead.")
    assert ceased is not None and ceased.label == "digital only"


@pytest.mark.unit
def test_a_mode_one_should_not_stop_using_is_kept() -> None:
    kept = read_value(MEDIUM, "The federation should not stop printing paper badges for older riders.")
    assert kept is not None and kept.label == "paper"


@pytest.mark.unit
def test_the_one_who_assesses_is_named_by_a_relative_clause() -> None:
    yes = assignment(
        "The instructor who taught the dive knows the divers best and should be the one who assesses them.", "assess"
    )
    assert yes is not None and (yes.actor, yes.sign) == ("trainer", 1)
    no = assignment("The person who trained you should never be the one who decides whether you pass.", "assess")
    assert no is not None and (no.actor, no.sign) == ("trainer", -1)
    body = assignment("The employer should not be the body that assesses its own divers.", "assess")
    assert body is not None and (body.actor, body.sign) == ("employer", -1)


@pytest.mark.unit
def test_the_one_who_does_something_else_is_given_no_assessing() -> None:
    assert assignment("The trainer should be the one who decides whether the dive goes ahead.", "assess") is None
    assert assignment("The instructor should be the one who plans the dives.", "assess") is None


RECOGNISED = "How should glassblowing badges from other countries be recognised?"


@pytest.mark.unit
def test_what_comes_from_abroad_is_the_subject_of_a_question_on_other_countries() -> None:
    one = read_value(
        RECOGNISED, "Every certificate obtained abroad should be examined individually by the equivalence board."
    )
    assert one is not None and one.label == "individual"
    two = read_value(RECOGNISED, "A badge awarded in another Member State should be accepted automatically.")
    assert two is not None and two.label == "automatic"
    # without a word of either subject the sentence may speak of any certificate
    assert read_value(RECOGNISED, "Every certificate should be examined individually by the equivalence board.") is None


@pytest.mark.unit
def test_the_unemployment_fund_is_public_money() -> None:
    fund = assignment("For jobseekers, the unemployment fund should pay the entire course fee.", "pay")
    assert fund is not None and fund.actor == "public"
    office = assignment("The labour office should cover the fee of every glassblowing course.", "pay")
    assert office is not None and office.actor == "public"
    assert assignment("The guild's training fund should pay the fee.", "pay") is None  # whose fund is unsaid


@pytest.mark.unit
def test_public_money_for_jobseekers_and_an_employer_for_its_staff_are_two_groups() -> None:
    from pipeline.synthesis.roles import opposed

    staff = assignment("The employer should pay for the courses its own staff take.", "pay")
    office = assignment("The labour office should pay the full fee for registered jobseekers.", "pay")
    assert staff is not None and staff.beneficiaries == frozenset({"staff"})
    assert office is not None and not opposed(staff, office)
    everyone = assignment("The labour office should pay the full fee of every glassblowing course.", "pay")
    employer = assignment("Employers should pay the full fee of every glassblowing course.", "pay")
    assert everyone is not None and employer is not None and opposed(everyone, employer)


@pytest.mark.unit
def test_a_trainer_named_by_the_deed_answers_who_assesses() -> None:
    from types import SimpleNamespace

    from pipeline.synthesis.roles import role_claims

    question = "Who should assess divers for a badge?"
    claims = [
        SimpleNamespace(text="The person who trained you should never be the one who decides whether you pass."),
        SimpleNamespace(text="The instructor should be the one who plans the dives."),
    ]
    assert role_claims(claims, question) == [0]
