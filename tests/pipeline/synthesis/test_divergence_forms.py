"""Points whose sides are written as people answer forms and FAQs, on a small invented workspace about sailing
badges: a form's "Question: ...?; Answer: Yes. ..." row, an FAQ answer opening "No. ...", a floor said "as little as
6 hours", and a rejection whose author also wants something else that shares its subject. Each side is credited
with their answer, never with the question they answered."""

from __future__ import annotations

import csv
import io

import pytest

from tests.builders import invented_register, sides_held


def _form() -> str:
    rows = [
        ("Question", "Answer"),
        (
            "Please introduce your federation.",
            "The federation was founded in 1988 and trains about 300 sailors a year.",
        ),
        (
            "Should sailing badges be recorded in the national boating register?",
            "Yes. Every sailing badge must be recorded in the national boating register, otherwise harbour masters "
            "cannot check who may take a boat out.",
        ),
        (
            "What is the shortest course that should lead to a sailing badge?",
            "No sailing badge should be awarded for fewer than 20 hours of practice on the water.",
        ),
    ]
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


FILES = {
    "form.csv": _form(),
    "faq.md": (
        "# Questions our guests ask\n\n"
        "### Should badges be recorded in the national boating register?\n\n"
        "No. Sailing badges should stay outside the national boating register, because the register takes months "
        "to update.\n\n"
        "### How short may a course be?\n\n"
        "A sailing badge should be possible for as little as 6 hours of practice, because most of our guests stay "
        "for one week only.\n"
    ),
    "clubs.txt": (
        "Input from the association of harbour clubs.\n\n"
        "We recommend that sailing clubs grant credit towards the skipper licence for badges earned at a private "
        "sailing school, after checking the syllabus against their own.\n"
    ),
    "league.txt": (
        "Input from the yacht league.\n\n"
        "We reject the proposal that sailing clubs grant credit towards the skipper licence for badges issued by "
        "private sailing schools. Hours sailed at one club should count towards the skipper licence at any other "
        "club in the country, so that sailors who move do not start again.\n"
    ),
}
PEOPLE = {"form.csv": "Anna Berg", "faq.md": "Marco Rossi", "clubs.txt": "Lena Fischer", "league.txt": "Tomas Horvat"}
REGISTER_Q = "Should sailing badges be recorded in the national boating register?"
SHORTEST_Q = "What is the shortest course that can lead to a sailing badge?"
CREDIT_Q = "Should sailing clubs grant credit towards the skipper licence for badges earned at private sailing schools?"
OUTLINE = f"""title: Sailing badges
version: "0.1"
sections:
  - id: register
    title: Badges and the boating register
    purpose: Where badges are recorded.
    questions:
      - {REGISTER_Q}
  - id: courses
    title: Courses
    purpose: How long a course leading to a badge lasts.
    questions:
      - {SHORTEST_Q}
  - id: credit
    title: Credit towards the skipper licence
    purpose: What counts towards the skipper licence.
    questions:
      - {CREDIT_Q}
"""


@pytest.fixture(scope="module")
def register(tmp_path_factory, minilm):
    return invented_register(tmp_path_factory.mktemp("forms"), FILES, PEOPLE, OUTLINE, minilm)


def _point(register, question: str):
    found = [d for d in register if d.question == question]
    assert len(found) == 1, [(d.question, d.topic, sides_held(d)) for d in register]
    return found[0]


@pytest.mark.integration
def test_a_forms_yes_against_an_faqs_no_and_neither_is_credited_with_the_question(register) -> None:
    point = _point(register, REGISTER_Q)
    assert sorted(map(sorted, sides_held(point))) == [["Anna Berg"], ["Marco Rossi"]]
    quoted = [c.text for p in point.positions for c in p.claims]
    assert not any(text.endswith("?") for text in quoted), quoted
    # "No." answers the question; the claim after it keeps its own polarity and its own words
    assert (
        "Sailing badges should stay outside the national boating register, because the register takes months to update."
        in quoted
    )


@pytest.mark.integration
def test_as_little_as_six_hours_is_a_floor_below_twenty(register) -> None:
    point = _point(register, SHORTEST_Q)
    assert point.kinds == ("number",)
    assert sorted(map(sorted, sides_held(point))) == [["Anna Berg"], ["Marco Rossi"]]
    assert "minimum 6 hours" in point.topic and "minimum 20 hours" in point.topic


@pytest.mark.integration
def test_a_rejection_stands_though_its_author_wants_other_credit_on_the_same_subject(register) -> None:
    point = _point(register, CREDIT_Q)
    assert sorted(map(sorted, sides_held(point))) == [["Lena Fischer"], ["Tomas Horvat"]]


@pytest.mark.integration
def test_no_question_is_a_claim_anywhere(register) -> None:
    for d in register:
        for p in d.positions:
            assert not any(c.text.rstrip().endswith("?") for c in p.claims), d.as_json()
