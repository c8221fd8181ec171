"""Ages as amounts, on invented wording (diving and sailing badges): an age is a number without its unit, named by
"minimum age" or "youngest age" before it, and "no lower age limit" is no minimum at all."""

from __future__ import annotations

import pytest

from pipeline.synthesis.amounts import quantities
from pipeline.synthesis.stance import contradiction


@pytest.mark.unit
def test_an_age_is_read_from_the_bound_before_it() -> None:
    assert [q.label() for q in quantities("The minimum age for a diving badge should be 14.")] == [
        "minimum 14 years of age"
    ]
    assert [q.label() for q in quantities("The youngest age at which a sailor may start is sixteen.")] == [
        "minimum 16 years of age"
    ]
    assert [q.label() for q in quantities("Diving badges should have no lower age limit at all.")] == ["no minimum"]


@pytest.mark.unit
@pytest.mark.parametrize(
    "text",
    [
        "Our oldest member is 82 years old and still dives.",  # an age in years describes someone
        "The age of our boats is 15 on average.",  # no bound before "age"
        "A minimum age should be set by each club.",  # no figure
    ],
)
def test_no_age_bound_is_read_without_a_bound_and_a_figure_after_age(text: str) -> None:
    assert not [q for q in quantities(text) if q.unit == "years of age"]


@pytest.mark.unit
def test_two_minimum_ages_and_no_minimum_differ_in_number() -> None:
    fourteen = "The minimum age for a diving badge should be 14."
    sixteen = "The minimum age should be 16 for every diving course."
    none = "Diving badges should have no lower age limit at all."
    assert contradiction(fourteen, sixteen) == contradiction(fourteen, none) == contradiction(sixteen, none) == "number"
