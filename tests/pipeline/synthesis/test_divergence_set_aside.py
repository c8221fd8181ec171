"""A way one contributor sets aside ("in hours of practice, and never in credits") against another's way of doing
the same thing ("should be stated in ECTS credits"), on a small invented workspace about diving courses: one point
under the open question both answer. A way set aside with "from" (where a plan comes from) opposes nothing."""

from __future__ import annotations

import pytest

from tests.builders import invented_register, sides_held

LENGTH_Q = "How should the length of a diving course be expressed?"
OUTLINE = f"""title: Diving courses
version: "0.1"
sections:
  - id: design
    title: Course design
    purpose: How diving courses are described and planned.
    questions:
      - {LENGTH_Q}
      - How should the offer of diving courses be planned?
"""
FILES = {
    "clubs.md": (
        "# Input from a federation of diving clubs\n\n## Course length\n\n"
        "The length of a diving course should be given in hours of practice in the water, and never in credits. "
        "Diving courses should be planned from the clubs' own forecasts, not from whatever instructors happen to "
        "offer.\n"
    ),
    "college.md": (
        "# Input from a maritime college\n\n## Course length\n\n"
        "The length of every diving course should be stated in ECTS credits, so that colleges can compare it.\n"
    ),
    "instructors.md": (
        "# Input from an instructors' guild\n\n## Offer\n\n"
        "Instructors should offer courses in night diving and in cave diving every winter.\n"
    ),
}
PEOPLE = {"clubs.md": "Ana Ribeiro", "college.md": "Piet Jansen", "instructors.md": "Sara Olsen"}


@pytest.fixture(scope="module")
def register(tmp_path_factory, minilm):
    return invented_register(tmp_path_factory.mktemp("aside"), FILES, PEOPLE, OUTLINE, minilm)


@pytest.mark.integration
def test_a_way_set_aside_against_the_way_prescribed_is_one_point(register) -> None:
    found = [d for d in register if d.question == LENGTH_Q]
    assert len(found) == 1, [(d.question, d.topic, sides_held(d)) for d in register]
    assert sorted(map(sorted, sides_held(found[0]))) == [["Ana Ribeiro"], ["Piet Jansen"]]


@pytest.mark.integration
def test_where_a_plan_comes_from_opposes_no_offer(register) -> None:
    assert all("Sara Olsen" not in side for d in register for side in sides_held(d))
