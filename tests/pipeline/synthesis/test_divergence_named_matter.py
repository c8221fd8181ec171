"""A duty said with "must" against a force named of a whole matter ("A safety inspection should stay voluntary"),
on a small invented workspace about apprenticeship workshops; a near miss that shares the matter's words as a
modifier of another thing ("its safety inspection reports") makes no point."""

from __future__ import annotations

import pytest

from tests.builders import invented_register, sides_held

FILES = {
    "chamber.md": (
        "# Input from a chamber of trades\n\n## Inspection\n\n"
        "Every workshop must pass a safety inspection before it takes on its first apprentice. Accidents in "
        "small workshops fell by a third after the chamber began its visits in 2015.\n"
    ),
    "guild.md": (
        "# Input from a carpenters' guild\n\n## Inspection\n\n"
        "A safety inspection should stay voluntary for workshops with fewer than five staff. Most of our members "
        "employ two or three people and cannot close for a day.\n"
    ),
    "council.md": (
        "# Input from a city council\n\n## Publication\n\n"
        "Every workshop that trains apprentices must publish its safety inspection reports on its website. "
        "Parents ask us every year where they can read them.\n"
    ),
}
PEOPLE = {"chamber.md": "Ilse Brandt", "guild.md": "Tomas Varga", "council.md": "Anna Moretti"}
OUTLINE = """title: Test guidelines
version: "0.1"
sections:
  - id: workshops
    title: Workshops that train apprentices
    purpose: How workshops that take on apprentices are checked.
    questions:
      - Must every workshop pass a safety inspection before it takes on an apprentice?
"""


@pytest.fixture(scope="module")
def register(tmp_path_factory, minilm):
    return invented_register(tmp_path_factory.mktemp("named_matter"), FILES, PEOPLE, OUTLINE, minilm)


@pytest.mark.integration
def test_a_duty_opposes_leaving_its_matter_voluntary_and_nothing_else(register) -> None:
    assert len(register) == 1, [(d.topic, sides_held(d)) for d in register]
    (point,) = register
    assert point.question == "Must every workshop pass a safety inspection before it takes on an apprentice?"
    # the council's duty to publish the reports shares "safety inspection" but is another matter: on no side
    assert sorted(map(sorted, sides_held(point))) == [["Ilse Brandt"], ["Tomas Varga"]]
    assert "must pass a safety inspection" in point.topic and "voluntary" in point.topic
