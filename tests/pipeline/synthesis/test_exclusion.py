"""What a claim excludes, read sentence by sentence on invented wording (diving courses, badges): a way set aside
after "not" or "never", against a claim prescribing it after the same preposition."""

from __future__ import annotations

import pytest

from pipeline.synthesis.exclusion import excluded, excludes


@pytest.mark.unit
def test_a_way_set_aside_is_read_with_its_preposition() -> None:
    assert excluded("The length of a diving course should be given in hours of practice, and never in credits.") == (
        "in",
        frozenset({"credits"}),
    )
    assert excluded("Badges should be awarded for a practical test, not as a reward for attendance.") == (
        "as",
        frozenset({"reward", "attendance"}),
    )
    # "from" opens no way of doing the thing; a set-aside inside a condition is not the claim's
    assert excluded("Courses should be planned from forecasts, not from whatever clubs happen to offer.") is None
    assert excluded("Divers should rest if the dive was deep, not in the boat but ashore.") is None


@pytest.mark.unit
def test_a_way_set_aside_opposes_a_claim_prescribing_it() -> None:
    aside = "The length of a diving course should be given in hours of practice, and never in credits."
    assert excludes(aside, "The length of every diving course should be stated in ECTS credits.")


@pytest.mark.unit
@pytest.mark.parametrize(
    "other",
    [
        "The length should also be given in hours.",  # the way it keeps
        "Most clubs state the length in credits.",  # a description prescribes nothing
        "Every course should be listed in the register, whose entries are counted in credits.",  # a clause of its own
        "Clubs should offer courses in rowing, never in credits.",  # sets a way aside itself: two of a kind
    ],
)
def test_no_opposition_without_the_way_set_aside_prescribed(other: str) -> None:
    assert not excludes("The length of a diving course should be given in hours, and never in credits.", other)
