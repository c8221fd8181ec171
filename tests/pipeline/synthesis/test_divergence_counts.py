"""A difference in how many people do something ("observed by two examiners" / "a single examiner ... is enough"),
on a small invented workspace about driving tests; a count of other people ("a single instructor") and a figure of
a survey that only reports ("at least one instructor ... in the last two years") make no point."""

from __future__ import annotations

import pytest

from tests.builders import invented_register, sides_held

FILES = {
    "authority.md": (
        "# Input from a road safety authority\n\n## Examiners\n\n"
        "Every practical driving test must be observed by two examiners, one of whom has never met the candidate. "
        "Complaints about test results halved after the rule was tried in 2019.\n"
    ),
    "schools.md": (
        "# Input from an association of driving schools\n\n## Examiners\n\n"
        "A single trained examiner in the car is enough to judge whether a candidate drives safely. A second "
        "examiner would make nervous candidates fail more often.\n"
    ),
    "union.md": (
        "# Input from an instructors' union\n\n## Lessons\n\n"
        "A single instructor should give every lesson of a course, so that the learner builds trust. In a survey "
        "of our members in 2025, 41 per cent said they had trained at least one instructor from another school "
        "in the last three years.\n"
    ),
}
PEOPLE = {"authority.md": "Greta Lind", "schools.md": "Pavel Novak", "union.md": "Ines Costa"}
OUTLINE = """title: Test guidelines
version: "0.1"
sections:
  - id: tests
    title: Practical driving tests
    purpose: Who observes a practical driving test.
    questions:
      - How many examiners should observe a practical driving test?
"""


@pytest.fixture(scope="module")
def register(tmp_path_factory, minilm):
    return invented_register(tmp_path_factory.mktemp("counts"), FILES, PEOPLE, OUTLINE, minilm)


@pytest.mark.integration
def test_two_examiners_against_one_is_a_point_in_number_and_the_instructors_are_on_no_side(register) -> None:
    assert len(register) == 1, [(d.topic, sides_held(d)) for d in register]
    (point,) = register
    assert point.kinds == ("number",)
    assert point.question == "How many examiners should observe a practical driving test?"
    assert sorted(map(sorted, sides_held(point))) == [["Greta Lind"], ["Pavel Novak"]]
    assert "2 examiners" in point.topic and "1 examiner" in point.topic
