"""Which negation is a claim's own: conditions, set-aside alternatives and what "without" denies.

Invented sentences on beekeeping badges, none from the evaluation sets.
"""

from __future__ import annotations

import pytest

from pipeline.synthesis.polarity import polarity, without_what
from pipeline.synthesis.stance import contradiction, shared_predicate


@pytest.mark.unit
def test_only_opening_a_condition_restricts_no_one() -> None:
    # "only after a review" says when the level is given: the claim affirms giving it
    after = "A beekeeping badge should be given a level of the regional framework only after an inspection of hives."
    assert polarity(after) == 1
    assert polarity("Badges should be stacked only when the apiary agrees.") == 1
    # a restriction of who still counts against an open claim
    assert polarity("Only licensed apiaries should award beekeeping badges.") == -1
    # and the condition does not hide the claim's own negation
    assert polarity("A badge should not be given a level only after an inspection; it needs a test too.") == -1
    # a claim on another framework's levels shares words, not a stance
    other = "Badges in hive hygiene should be mapped to the levels of the European apiculture framework."
    assert contradiction(after, other) is None
    assert contradiction(after, "A beekeeping badge should never be given a level of the regional framework.") == (
        "stance"
    )


@pytest.mark.unit
def test_an_alternative_set_aside_after_never_is_no_denial() -> None:
    # "never for attendance alone" sets an alternative aside, as ", not ..." does
    awarded = "A badge should be awarded only after the candidate's skills have been tested, never for attendance."
    assert polarity(awarded) == 1
    listing = "A digital badge should list the skills tested, the hours of practice and the name of the apiary."
    assert contradiction(awarded, listing) is None
    # a denial of the claim's own predicate still counts
    assert polarity("A badge should never be awarded for attendance.") == -1


@pytest.mark.unit
def test_a_set_aside_alternative_is_no_shared_predicate() -> None:
    planned = "Badges for jobseekers should be planned from honey market forecasts, not from what apiaries offer."
    only = "Only apiaries approved by the veterinary office should be allowed to offer badges in queen rearing."
    assert not shared_predicate(planned, only)
    assert contradiction(planned, only) is None
    # a claim that offers on its own predicate still opposes the restriction
    assert contradiction(only, "Any beekeeping club ought to be allowed to offer badges in queen rearing.") == "stance"


@pytest.mark.unit
def test_without_denies_what_follows_it() -> None:
    skip = "Beekeepers who already keep hives should be able to take the badge test without the course"
    assert without_what(skip) == "the course"
    assert without_what("No badge should be awarded without a test.") is None  # two negations: a condition
    assert without_what("Badges should be issued by clubs.") is None
    # the other claim speaks only of the test, which the first affirms: no opposition
    practical = "The badge test in queen rearing must be practical and take place at an apiary, watched by a keeper."
    assert contradiction(skip, practical) is None
    # a claim requiring the course is the opposite view
    course = "Every candidate must follow the whole course before the badge test."
    assert contradiction(skip, course) == "stance"
    assert contradiction(course, skip) == "stance"


@pytest.mark.unit
def test_being_against_something_is_a_position() -> None:
    from pipeline.synthesis.polarity import is_normative
    from pipeline.synthesis.stance import stance_phrase

    against = "We are against a common national seal on beekeeping badges."
    assert is_normative(against) and polarity(against) == -1
    assert contradiction("Every beekeeping badge should carry one common national seal.", against) == "stance"
    assert stance_phrase("The guild is firmly against a common national seal on badges.") == (
        "against: a common national seal on badges"
    )
    # a yardstick is still no opposition, and no position
    assert not is_normative("Each hive log is checked against the badge's outcomes.")
