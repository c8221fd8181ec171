"""Obligation against option on what a yes-or-no question asks, when the two predicates word the matter apart, on
a small invented workspace about riding badges: "must be issued as a digital badge" against "free to choose between
a printed card and a digital one" answer one question and hold its word "digital". An option left to someone the
question does not name, or on a matter that holds none of the question's words, makes no point."""

from __future__ import annotations

import pytest

from pipeline.synthesis.alternatives import yes_no
from tests.builders import invented_register, sides_held

FILES = {
    "federation.md": (
        "# Input from the riding federation\n\n## Badges\n\n"
        "Every riding badge must be issued as a digital badge that carries the federation's seal. Riding schools "
        "must report every badge they award to the national stable register.\n"
    ),
    "schools.md": (
        "# Input from an association of riding schools\n\n## Badges\n\n"
        "Riding schools should be free to choose between a printed card and a digital one. A pony club may decide "
        "for itself whether to report its cards to any state register.\n"
    ),
    "vets.md": (
        "# Input from a veterinary chamber\n\n## Horses\n\n"
        "Riders should be free to decide whether they pay for a check of their horse's teeth every year. Every "
        "horse used in lessons must be checked by a vet twice a year.\n"
    ),
}
PEOPLE = {"federation.md": "Greta Lind", "schools.md": "Pavel Novak", "vets.md": "Ines Costa"}
DIGITAL_Q = "Must riding badges be issued as digital badges?"
REPORT_Q = "Should riding schools be obliged to report the badges they award to the national stable register?"
OUTLINE = f"""title: Riding badges
version: "0.1"
sections:
  - id: badges
    title: Riding badges
    purpose: How badges are issued and recorded.
    questions:
      - {DIGITAL_Q}
      - {REPORT_Q}
"""


@pytest.fixture(scope="module")
def register(tmp_path_factory, minilm):
    return invented_register(tmp_path_factory.mktemp("bridged"), FILES, PEOPLE, OUTLINE, minilm)


@pytest.mark.unit
def test_a_yes_or_no_question_opens_with_an_auxiliary_and_sets_nothing_side_by_side() -> None:
    assert yes_no(DIGITAL_Q) and yes_no(REPORT_Q)
    assert not yes_no("Must final tests be held in person, or may they be taken online?")
    assert not yes_no("Should a school examine each rider or the school as a whole?")
    assert not yes_no("Who should pay for the badge?")


@pytest.mark.integration
def test_a_duty_and_a_choice_that_word_the_matter_apart_meet_on_the_question(register) -> None:
    found = [d for d in register if d.question == DIGITAL_Q]
    assert len(found) == 1, [(d.question, d.topic, sides_held(d)) for d in register]
    (point,) = found
    assert sorted(map(sorted, sides_held(point))) == [["Greta Lind"], ["Pavel Novak"]]
    quoted = {c.text for p in point.positions for c in p.claims}
    assert "Riding schools should be free to choose between a printed card and a digital one." in quoted


@pytest.mark.integration
def test_a_choice_left_to_someone_else_or_on_another_matter_makes_no_point(register) -> None:
    # a pony club is not named by the question nor by the duty on riding schools: nobody can tell it is one
    assert not [d for d in register if d.question == REPORT_Q], [(d.topic, sides_held(d)) for d in register]
    # the vets' choice on teeth checks and duty on lessons hold none of the questions' words
    assert all("Ines Costa" not in side for d in register for side in sides_held(d))
