"""Points found by comparing each contributor's answer to a guiding question as a value.

Invented contributions on sailing licences and first-aid badges, none from the evaluation sets.
"""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.drafting.drafters.answering import load_model
from pipeline.drafting.outline import SectionSpec
from pipeline.model import Evidence
from pipeline.synthesis.claims import Claim
from pipeline.synthesis.compared import (
    Answer,
    admitted_below,
    contributor_values,
    in_order,
    merged,
    section_value_points,
    value_sides,
)
from pipeline.synthesis.points import Divergence, Position
from pipeline.synthesis.values import read_value

WORKLOAD = "What is the smallest workload a sailing licence course should have?"


def _evidence(n: int, who: str, text: str) -> Evidence:
    return Evidence(f"c{n}", f"{who}.docx", "T", who, "", "X", "EU", "k", "", "page 1", text)


def _answer(who: str, text: str, score: float = 0.5, question: str = WORKLOAD) -> Answer:
    value = read_value(question, text)
    assert value is not None, text
    return Answer(Claim(text, _evidence(hash(text) % 1000, who, text), who), value, score)


THIRTY = "No sailing course shorter than 30 hours of learning should lead to a licence."
AT_LEAST_THIRTY = "A licence course should take at least 30 hours of learning."
TEN = "Ten hours of learning are enough for a course on one type of dinghy."
TWELVE = "Twelve hours of learning should be the floor for any licence course."


@pytest.mark.unit
def test_a_contributor_giving_two_values_gives_none() -> None:
    held = contributor_values([_answer("Ana", THIRTY), _answer("Ana", TEN), _answer("Ben", AT_LEAST_THIRTY)])
    assert set(held) == {"Ben"}
    # the same value said twice is one value
    held = contributor_values([_answer("Ana", THIRTY, 0.3), _answer("Ana", AT_LEAST_THIRTY, 0.6)])
    assert [a.claim.text for a in held["Ana"]] == [AT_LEAST_THIRTY, THIRTY]


@pytest.mark.unit
def test_sides_hold_only_the_contributors_who_gave_their_value() -> None:
    sides = value_sides([_answer("Ana", THIRTY), _answer("Ben", AT_LEAST_THIRTY), _answer("Cleo", TEN)])
    assert [sorted({a.claim.voice for a in side}) for side in sides] == [["Ana", "Ben"], ["Cleo"]]
    # each quotes its own sentence
    assert {a.claim.voice: a.claim.text for side in sides for a in side}["Cleo"] == TEN
    # a third value differing from both sides is a third side; a torn contributor is on none
    sides = value_sides(
        [
            _answer("Ana", THIRTY),
            _answer("Cleo", TEN),
            _answer("Dan", TWELVE),
            _answer("Eve", THIRTY),
            _answer("Eve", TEN),
        ]
    )
    assert sorted(sorted({a.claim.voice for a in side}) for side in sides) == [["Ana"], ["Cleo"], ["Dan"]]


@pytest.mark.unit
def test_the_same_value_is_an_agreement_never_a_point() -> None:
    assert value_sides([_answer("Ana", THIRTY), _answer("Ben", AT_LEAST_THIRTY)]) == []
    assert value_sides([_answer("Ana", THIRTY)]) == []
    assert value_sides([]) == []


def _embed(texts: list[str]) -> np.ndarray:
    rows = np.array([[float(len(t)), float(sum(map(ord, t)) % 97), 1.0] for t in texts])
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


@pytest.mark.unit
def test_a_section_s_point_quotes_each_contributor_in_their_own_words() -> None:
    section = SectionSpec(id="licences", title="Sailing licences", purpose="Licences.", questions=(WORKLOAD,))
    evidence = [
        _evidence(1, "Ana", f"Our club trains crews on the lake. {THIRTY}"),
        _evidence(2, "Ben", f"{AT_LEAST_THIRTY} The club was founded in 1962."),
        _evidence(3, "Cleo", TEN),
    ]
    voice_of = {e.file: e.contributor for e in evidence}
    # every sentence admitted (closeness bar below any cosine): what decides is the value each gives
    points, held = section_value_points(
        section, evidence, voice_of, load_model(), _embed, 1.1, -1.0, lambda t: frozenset()
    )
    assert held[WORKLOAD] == {"Ana": ("hours", 30.0, 30.0), "Ben": ("hours", 30.0, 30.0), "Cleo": ("hours", 10.0, 10.0)}
    assert len(points) == 1
    point = points[0]
    assert point.question == WORKLOAD and point.kinds == ("number",)
    assert point.topic.startswith(WORKLOAD.rstrip("?")) and "10 hours" in point.topic
    quoted = {c.voice: c.text for p in point.positions for c in p.claims}
    assert quoted == {"Ana": THIRTY, "Ben": AT_LEAST_THIRTY, "Cleo": TEN}
    for p in point.positions:
        for c in p.claims:
            assert c.text in c.evidence.text and c.evidence.contributor == c.voice
    # a question asking for no value is not compared
    other = SectionSpec(id="x", title="Sailing", purpose="Knots.", questions=("How should crews learn about knots?",))
    assert section_value_points(other, evidence, voice_of, load_model(), _embed, 0.0, -1.0, lambda t: frozenset()) == (
        [],
        {},
    )


def _point(question: str, *sides: tuple[str, ...], section: str = "s") -> Divergence:
    positions = tuple(
        Position(names[0], tuple(Claim(f"{n} says.", _evidence(k, n, f"{n} says."), n) for k, n in enumerate(names)))
        for names in sides
    )
    return Divergence(section, question, question, positions)


@pytest.mark.unit
def test_merged_keeps_one_point_per_question_and_no_second_point_between_the_same_people() -> None:
    register = [_point("Q1", ("Ana",), ("Ben",))]
    same_question = _point("Q1", ("Cleo",), ("Dan",))
    same_people = _point("Q2", ("Ben",), ("Ana",))
    new = _point("Q3", ("Cleo",), ("Dan",))
    out = merged(register, [same_question, same_people, new], {})
    assert [d.question for d in out] == ["Q1", "Q3"]
    assert out[0] is register[0]


@pytest.mark.unit
def test_a_register_point_between_people_giving_one_value_gives_way() -> None:
    register = [_point("Q1", ("Ana",), ("Ben",))]
    compared = [_point("Q1", ("Ana", "Ben"), ("Cleo",))]
    agree = {"Q1": {"Ana": ("hours", 30.0, 30.0), "Ben": ("hours", 30.0, 30.0), "Cleo": ("hours", 10.0, 10.0)}}
    assert merged(register, compared, agree) == compared
    # without both values known, the register's point stands
    assert merged(register, compared, {"Q1": {"Ana": ("hours", 30.0, 30.0)}}) == register


@pytest.mark.unit
def test_an_added_point_follows_its_section_and_the_register_keeps_its_order() -> None:
    first, third, unplaced = (
        _point("Q1", ("A",), ("B",), section="a"),
        _point("Q3", ("C",), ("D",), section="c"),
        _point("", ("E",), ("F",), section=""),
    )
    register = [first, third, unplaced]
    added = _point("Q2", ("G",), ("H",), section="b")
    out = in_order(register, merged(register, [added], {}), ["a", "b", "c"])
    assert out == [first, added, third, unplaced]
    assert in_order(register, register, ["a", "b", "c"]) == register


@pytest.mark.unit
def test_below_the_gate_only_a_mode_said_with_a_modal_of_duty_answers() -> None:
    medium = "Should first-aid badges be issued only in digital form?"
    card = "Volunteers should receive a printed badge, since many of them have no phone."
    told = "Our volunteers have always received a printed badge."
    files = "Printed badges should be phased out and every badge sent as an electronic file."
    said, seen = read_value(medium, card), read_value(medium, told)
    assert said is not None and seen is not None
    assert admitted_below(said, card) and not admitted_below(seen, told)  # a description, not what should be
    # a mode said of another matter than its group's: how a credential is checked is not how courses are taught
    delivery = "Must the sailing theory exam be held in person, or may it be taken online?"
    link = "Every licence should carry a web address at which anyone can check it online."
    online = read_value(delivery, link)
    assert online is not None and not admitted_below(online, link)
    thirty = read_value(WORKLOAD, AT_LEAST_THIRTY)
    assert thirty is not None and not admitted_below(thirty, AT_LEAST_THIRTY)  # a figure is no mode
    section = SectionSpec(id="badges", title="First-aid badges", purpose="Badges.", questions=(medium,))
    evidence = [_evidence(1, "Ana", card), _evidence(2, "Ben", files), _evidence(3, "Cleo", told)]
    voice_of = {e.file: e.contributor for e in evidence}
    # both bars shut: nothing answers, unless a mode bar is given
    shut = section_value_points(section, evidence, voice_of, load_model(), _embed, 1.1, 1.1, lambda t: frozenset())
    assert shut[0] == [] and shut[1][medium] == {}
    points, held = section_value_points(
        section, evidence, voice_of, load_model(), _embed, 1.1, 1.1, lambda t: frozenset(), -1.0
    )
    assert set(held[medium]) == {"Ana", "Ben"}  # Cleo describes, and says nothing
    assert len(points) == 1 and {c.voice for p in points[0].positions for c in p.claims} == {"Ana", "Ben"}
