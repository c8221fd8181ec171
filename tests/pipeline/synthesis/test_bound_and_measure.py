"""An amount compared in an "any" subject with its predicate denied is a bound; a verb of undergoing has its subject
measured. Sentences written here (beekeeping courses, ferry licences)."""

from __future__ import annotations

import pytest

from pipeline.synthesis.amounts import Quantity, bound_denials, quantities
from pipeline.synthesis.measure import measured, same_measure
from pipeline.synthesis.polarity import polarity
from pipeline.synthesis.stance import contradiction


@pytest.mark.unit
def test_an_any_subject_below_an_amount_with_a_denied_predicate_sets_a_floor() -> None:
    short = "Anything shorter than 30 hours of practice does not make a beekeeper."
    nothing = "Nothing below 30 hours of practice should be called a beekeeping course."
    assert quantities(short) == (Quantity("hours", 30.0, 30.0, "min"),)
    assert polarity(short) == polarity(nothing) == 1  # both prescribe the same floor
    assert contradiction(short, nothing) is None
    assert quantities("Any ferry course longer than 12 ECTS should not be called a short course.")[0].bound == "max"
    assert "not" not in bound_denials("Any ferry course longer than 12 ECTS should not be called a short course.")


@pytest.mark.unit
def test_a_denial_of_another_clause_or_subject_stays() -> None:
    # no "any" subject: the denial is the claim's own
    assert polarity("Courses shorter than 30 hours should not be called beekeeping courses.") == -1
    # the denial in another clause, after a comma
    assert polarity("Anything shorter than 30 hours, in our view, is not a beekeeping course.") == -1
    # a denial before the comparison is the older reading, unchanged
    assert quantities("No course should last fewer than 30 hours.")[0].bound == "min"


@pytest.mark.unit
def test_a_verb_of_undergoing_has_its_subject_measured() -> None:
    for text in (
        "Ferry operators should undergo an external audit every four years.",
        "Ferry operators should go through a safety review every four years.",
        "Ferry operators should be subject to an inspection every four years.",
    ):
        assert measured(text) == {"operator"}, text
    every_licence = "Each ferry licence should be checked against the accident register every two years."
    assert not same_measure(every_licence, "Ferry operators should go through a safety review every four years.")
    # acting, not undergoing: the reading still abstains
    assert measured("Ferry operators should go to the harbour office every year.") == frozenset()
