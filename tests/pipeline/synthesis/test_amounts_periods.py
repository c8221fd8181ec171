"""Periods and bounds that cannot both hold, read on invented wording (a sailing school, a choir): a floor above a
ceiling, one period written in two units of time, a period said without a figure."""

from __future__ import annotations

import pytest

from pipeline.synthesis.amounts import Quantity, number_conflict, quantities
from pipeline.synthesis.stance import contradiction


@pytest.mark.unit
def test_a_floor_above_a_ceiling_is_a_difference_in_number() -> None:
    floor = "At least two thirds of the sailing lessons should be held on the water."
    ceiling = "No more than half of the sailing lessons should be held on the water."
    assert contradiction(floor, ceiling) == "number"
    # a floor below the ceiling leaves room for both
    assert number_conflict((Quantity("%", 25, 25, "min"),), (Quantity("%", 50, 50, "max"),)) is None
    assert number_conflict((Quantity("%", 60, 60, "min"),), (Quantity("%", 50, 50, "max"),)) is not None
    # "no minimum" is a floor of nought in any unit, below every ceiling
    assert number_conflict((Quantity("any", 0, 0, "min"),), (Quantity("hours", 10, 10, "max"),)) is None


@pytest.mark.unit
def test_one_period_in_two_units_of_time_is_one_amount() -> None:
    yearly = "The choir's repertoire should be reviewed every twelve months."
    three = "The choir's repertoire should be reviewed every three years."
    assert contradiction(yearly, three) == "number"
    assert contradiction(yearly, "The choir's repertoire should be reviewed every year.") is None
    assert Quantity("months", 12, 12, every=True).key() == Quantity("years", 1, 1, every=True).key()
    # a time said once is compared as written: "graduates in work six months after" is no period of review
    assert (
        contradiction(
            "Clubs should report how many members are sailing six months after the course.",
            "The choir's repertoire should be reviewed every three years.",
        )
        is None
    )
    assert Quantity("months", 12, 12).key() != Quantity("years", 1, 1).key()
    # units that are no time do not convert
    assert number_conflict((Quantity("hours", 12, 12),), (Quantity("ECTS", 3, 3),)) is None


@pytest.mark.unit
def test_a_period_without_a_figure_is_read_when_the_claim_states_no_other_amount() -> None:
    assert [q.label() for q in quantities("Safety drills should be repeated every year.")] == ["every year"]
    assert [q.label() for q in quantities("The syllabus should be updated annually.")] == ["every year"]
    assert [q.label() for q in quantities("Members should sing in a concert once a month.")] == ["every month"]
    # with another amount the period is its rate: "20 hours each year" sets 20 hours
    assert [q.label() for q in quantities("Every skipper should log 20 hours each year.")] == ["20 hours"]


@pytest.mark.unit
def test_a_duty_laid_on_a_thing_with_has_to_be_sets_its_figure() -> None:
    assert (
        contradiction(
            "The rescue boat has to be inspected every six months.",
            "The rescue boat should be inspected every two years.",
        )
        == "number"
    )


@pytest.mark.unit
def test_a_period_and_a_span_in_one_unit_are_not_one_measure() -> None:
    # "a yearly budget" is how often, "for twenty years" how long: neither says the other is wrong
    assert number_conflict((Quantity("years", 1, 1, every=True),), (Quantity("years", 20, 20),)) is None
    yearly = "Every sailor should get a yearly allowance to spend on courses of their choice."
    span = "A skipper who has sailed for twenty years should have that experience recognised."
    assert contradiction(yearly, span) is None
    # two spans, or two periods, in one unit still differ
    assert number_conflict((Quantity("years", 2, 2),), (Quantity("years", 20, 20),)) is not None
    assert number_conflict((Quantity("years", 1, 1, every=True),), (Quantity("years", 3, 3, every=True),)) is not None
