"""Alternatives a guiding question sets side by side ("..., or may they be ...?"), on invented questions and claims,
and on a small invented workspace about oral exams."""

from __future__ import annotations

import pytest

from pipeline.synthesis.alternatives import alternatives, opposed_choices
from tests.builders import invented_register, sides_held

QUESTION = "Must oral exams be held in a classroom, or may they be held by video call?"


@pytest.mark.unit
def test_an_alternative_question_names_its_two_ways_by_their_last_words() -> None:
    assert alternatives(QUESTION) == ("classroom", "call")
    # an "or" inside a noun phrase, "or not", or a second part that is no clause sets no two ways
    for question in (
        "Can credits be built up into a degree or a diploma?",
        "Should the register list short courses or not?",
        "Should a certificate show a grade, or only whether the learner passed?",
        "Which criteria should decide whether a course is placed at level 4 or level 5 of the framework?",
        "How should oral exams be held?",
    ):
        assert alternatives(question) is None, question


@pytest.mark.unit
def test_obliging_one_way_opposes_allowing_the_other() -> None:
    must = "Oral exams must be held in a classroom, with the examiner in the room."
    may = "Oral exams may be held by video call when the candidate lives far from a town."
    assert opposed_choices(must, may, QUESTION) == (0, 1)
    assert opposed_choices(may, must, QUESTION) == (1, 0)
    # two ways each merely allowed can both be followed; one way twice is agreement
    assert opposed_choices("Oral exams may be held in a classroom.", may, QUESTION) is None
    assert opposed_choices(must, "Oral exams must be held in a large classroom.", QUESTION) is None
    # a predicate naming neither way, or denying the one it names, takes none
    assert opposed_choices(must, "Oral exams may be held on Saturdays.", QUESTION) is None
    assert opposed_choices(must, "Oral exams must never be held by video call.", QUESTION) is None
    # another subject is another matter
    assert opposed_choices(must, "Language tutors may be hired by video call.", QUESTION) is None
    # without an alternative question nothing is opposed
    assert opposed_choices(must, may, "How should oral exams be held?") is None


FILES = {
    "academy.md": (
        "# Input from a police academy\n\n## Exams\n\n"
        "Oral exams must be held in a classroom, with the examiner in the room. We have seen candidates read "
        "answers from a second screen.\n"
    ),
    "college.md": (
        "# Input from a distance learning college\n\n## Exams\n\n"
        "Oral exams may be held by video call when the candidate lives far from a town. Half of our learners "
        "live more than 100 kilometres from a campus.\n"
    ),
    "library.md": (
        "# Input from a public library\n\n## Exams\n\n"
        "Oral exams may be held on Saturdays, so that people who work during the week can take them.\n"
    ),
}
PEOPLE = {"academy.md": "Jonas Berg", "college.md": "Maria Silva", "library.md": "Eva Horvat"}
OUTLINE = f"""title: Test guidelines
version: "0.1"
sections:
  - id: exams
    title: Oral exams
    purpose: Where and how oral exams are held.
    questions:
      - "{QUESTION}"
"""


@pytest.fixture(scope="module")
def register(tmp_path_factory, minilm):
    return invented_register(tmp_path_factory.mktemp("alternatives"), FILES, PEOPLE, OUTLINE, minilm)


@pytest.mark.integration
def test_the_two_ways_of_the_question_are_two_sides_and_saturdays_none(register) -> None:
    assert len(register) == 1, [(d.topic, sides_held(d)) for d in register]
    (point,) = register
    assert point.question == QUESTION
    assert sorted(map(sorted, sides_held(point))) == [["Jonas Berg"], ["Maria Silva"]]
    assert "must be held in a classroom" in point.topic and "may be held by video call" in point.topic
