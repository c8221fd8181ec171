"""What an amount measures, on invented sentences and a small invented workspace: years of a licence are not years
of a permit, and years of someone's practice are no amount the claim sets."""

from __future__ import annotations

import pytest

from pipeline.synthesis.amounts import Quantity
from pipeline.synthesis.measure import described, measured, same_measure
from pipeline.synthesis.stance import contradiction, stated_amounts
from tests.builders import invented_register, sides_held

LICENCE = "The licence of a driving school should be valid for five years, after which the school is inspected again."
PERMIT = "A driving permit, once issued, should never expire."
EXPIRY = "Every driving permit should carry an expiry date ten years after it is issued."
VETERAN = "An instructor who has taught for twenty years should be allowed to train new instructors."


@pytest.mark.unit
def test_the_thing_measured_is_the_head_of_the_subject() -> None:
    assert measured(LICENCE) == {"licence"}
    assert "permit" in measured(PERMIT) and "permit" in measured(EXPIRY)
    assert measured("For that reason a driving permit should be valid for ten years.") >= {"permit"}
    # a person or body who acts, a pronoun, a bound or a dimension says nothing of what is measured: abstain
    for says_nothing in (
        "Learners should pay no more than 20 euros for the test.",
        "We accept courses of up to 30 hours.",
        "Nothing longer than ten weeks should be called a short course.",
        "The minimum duration for a course is 20 hours.",
        "A compulsory minimum well above 15 hours would shut out short courses.",
    ):
        assert measured(says_nothing) == frozenset(), says_nothing


@pytest.mark.unit
def test_amounts_of_two_things_do_not_differ_in_number() -> None:
    assert not same_measure(LICENCE, PERMIT)
    assert contradiction(LICENCE, PERMIT) is None
    assert contradiction(LICENCE, EXPIRY) is None
    # the same thing in two claims, or a claim that does not say what it measures, still differs
    assert contradiction(PERMIT, EXPIRY) == "number"
    assert contradiction("A school's licence should last three years at most.", LICENCE) == "number"
    assert contradiction("Learners should pay no more than 20 euros.", "The test should cost a flat fee of 50 euros.")


@pytest.mark.unit
def test_a_figure_that_describes_whom_the_claim_is_about_is_not_its_amount() -> None:
    assert described(VETERAN) == (Quantity("years", 20, 20),)
    assert stated_amounts(VETERAN) == ((), ())
    assert contradiction(VETERAN, EXPIRY) is None
    # a floor or a ceiling in the relative clause draws a line: it stays the claim's
    line = "Courses that last at least 40 hours should be called programmes."
    assert described(line) == ()
    assert stated_amounts(line)[0] == (Quantity("hours", 40, 40, "min"),)


@pytest.mark.unit
@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody takes away a driving licence after ten years, and a first-aid badge should be no different.",
        "A first-aid badge should be kept for life; no one retrains a surgeon every 3 years either.",
    ],
)
def test_a_figure_of_what_nobody_does_is_the_ground_of_a_comparison_not_the_claims_amount(sentence) -> None:
    assert described(sentence) and stated_amounts(sentence)[0] == ()


@pytest.mark.unit
def test_a_no_one_clause_with_a_modal_sets_its_amount() -> None:
    sentence = "No one should need more than 3 ECTS for a first badge."
    assert described(sentence) == ()
    assert stated_amounts(sentence)[0] == (Quantity("ECTS", 3, 3, "max"),)


FILES = {
    "agency.md": f"# Input from a transport agency\n\n## Licences and permits\n\n{LICENCE}\n",
    "club.md": f"# Input from a motoring club\n\n## Licences and permits\n\n{PERMIT} Drivers keep learning.\n",
    "ministry.md": f"# Input from a ministry\n\n## Licences and permits\n\n{EXPIRY} Eyesight changes with age.\n",
    "instructors.md": f"# Input from an instructors' guild\n\n## Licences and permits\n\n{VETERAN}\n",
}
PEOPLE = {"agency.md": "Rui Matos", "club.md": "Ana Kovac", "ministry.md": "Jonas Berg", "instructors.md": "Mia Roth"}
OUTLINE = """title: Test guidelines
version: "0.1"
sections:
  - id: permits
    title: Licences and permits
    purpose: How long driving permits and driving schools' licences stay valid.
    questions:
      - For how many years should a driving permit stay valid?
"""


@pytest.fixture(scope="module")
def register(tmp_path_factory, minilm):
    return invented_register(tmp_path_factory.mktemp("measure"), FILES, PEOPLE, OUTLINE, minilm)


@pytest.mark.integration
def test_a_point_in_number_holds_only_amounts_of_one_thing(register) -> None:
    points = [d for d in register if "number" in d.kinds]
    assert len(points) == 1, [(d.topic, sides_held(d)) for d in register]
    # the permit's ten years against no end; the school's licence and the instructor's practice are on no side
    assert sorted(map(sorted, sides_held(points[0]))) == [["Ana Kovac"], ["Jonas Berg"]]
    assert {v for d in register for side in sides_held(d) for v in side} == {"Ana Kovac", "Jonas Berg"}


@pytest.mark.unit
def test_a_person_or_body_in_the_passive_is_what_is_measured() -> None:
    inspected = "Driving schools should be inspected by the transport agency every four years."
    assert measured(inspected) == {"school"}
    renewed = "Driving permits for lorries should be renewed every five years."
    # how often schools are inspected is not how often permits are renewed
    assert contradiction(inspected, renewed) is None
    assert contradiction(inspected, "Driving schools should be inspected every two years.") == "number"
    # acting, or bound to act, they are not what is measured: the reading abstains as before
    for acting in (
        "Driving schools should keep their records for four years.",
        "Driving schools should be required to keep their records for four years.",
    ):
        assert measured(acting) == frozenset(), acting


@pytest.mark.unit
def test_a_bound_in_a_report_of_what_people_do_sets_no_amount() -> None:
    from pipeline.synthesis.measure import reports_practice
    from pipeline.synthesis.stance import contradiction

    report = "Every trainee spends at least 300 hours at the hives before joining the guild."
    assert reports_practice(report)
    assert reports_practice("Our apprentices complete at least 30 hours.")
    # a bullet, a claim of a thing or a prescription keeps its bound
    assert not reports_practice("Minimum 3 ECTS")
    assert not reports_practice("A beekeeping badge carries at least 3 ECTS.")
    assert not reports_practice("Every keeper should log at least 40 hours before the badge.")
    floor = "No beekeeping badge should be awarded for fewer than 20 hours of learning."
    assert contradiction(floor, report) is None
    assert contradiction(floor, "Set the minimum at 6 hours of learning.") == "number"
