"""A superlative subject bounds its amount; a body acting in one claim and acted on in the other is two measures; a
period that recurs is labelled as one. Sentences written here (pottery classes, sailing clubs, orchard courses)."""

from __future__ import annotations

import pytest

from pipeline.synthesis.amounts import Quantity, quantities
from pipeline.synthesis.measure import acting, measured, same_measure
from pipeline.synthesis.stance import contradiction


@pytest.mark.unit
def test_a_superlative_subject_before_a_modal_bounds_the_amount() -> None:
    smallest = "The smallest should be two ECTS credits, about fifty hours at the wheel."
    assert quantities(smallest)[0] == Quantity("ECTS", 2.0, 2.0, "min")
    assert quantities("The shortest pottery class ought to be 20 hours.")[0].bound == "min"
    assert quantities("The longest an orchard course should last is four months.")[0].bound == "max"
    assert quantities("The largest sailing badge should carry 6 ECTS credits.")[0].bound == "max"
    # a floor of two against a floor of eight: one cannot follow both
    assert contradiction(smallest, "Anything below eight ECTS credits should not be called a pottery credential.")


@pytest.mark.unit
def test_a_superlative_that_describes_or_names_a_majority_bounds_nothing() -> None:
    assert quantities("The smallest clubs charge 40 euros a season.")[0].bound == "exact"
    assert quantities("The smallest of our pottery classes is 2 ECTS.")[0].bound == "exact"
    assert quantities("Most sailing badges should be 3 ECTS.")[0].bound == "exact"
    # an explicit cue still wins
    assert quantities("The longest course should be at least 10 hours.")[0].bound == "min"


@pytest.mark.unit
def test_a_body_acting_and_a_body_acted_on_are_two_measures() -> None:
    publish = (
        "I would argue in my reply that sailing schools should publish each year how many members passed the test."
    )
    audited = "Each sailing school should be inspected by the federation every four years, with a visit to one regatta."
    assert acting(publish) == frozenset({"school"})
    assert measured(audited) == frozenset({"school"})
    assert not same_measure(publish, audited)
    assert contradiction(publish, audited) is None
    # one act of one body in two periods is one measure
    assert contradiction(
        "Schools should publish their results every year.", "Schools should publish them every three years."
    )
    # and so is one body acted on in both
    assert contradiction(
        "Each school should be inspected every year.", "Every school should undergo an inspection every four years."
    )


@pytest.mark.unit
def test_an_acting_subject_against_a_thing_measured_still_abstains() -> None:
    # what the school does to its course and how often the course is reviewed may be one matter: no rule here
    assert acting("Schools should review their sailing courses every year.") == frozenset({"school"})
    assert same_measure(
        "Schools should review their sailing courses every year.", "Courses should be reviewed every 3 years."
    )
    # a pronoun or a thing is no actor
    assert acting("We should publish the results every year.") == frozenset()
    assert acting("The syllabus should be revised every year.") == frozenset()


@pytest.mark.unit
def test_a_recurring_period_is_labelled_as_one() -> None:
    assert Quantity("years", 1.0, 1.0, every=True).label() == "every year"
    assert Quantity("years", 3.0, 3.0, every=True).label() == "every 3 years"
    assert Quantity("months", 6.0, 6.0, "max", every=True).label() == "maximum every 6 months"
    assert Quantity("years", 3.0, 3.0).label() == "3 years"  # a span stays a span
