"""refine_with_llm against a fake chat model that makes a real model's mistakes: merging sides that contradict,
writing one side's view under the other, naming a bare topic. The offline sides, their contributors and their
stances stand; only faithful summaries and merges of agreeing sides are taken."""

from __future__ import annotations

import json

import pytest
from langchain_core.language_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from pipeline.model import Evidence
from pipeline.synthesis.claims import Claim
from pipeline.synthesis.divergence import Divergence, Position
from pipeline.synthesis.refinement import refine_with_llm

QUESTION = "Should micro-credentials be levelled in the NQF, and under what conditions?"


def _claim(who: str, text: str) -> Claim:
    return Claim(text, Evidence(f"c-{who}", f"{who}.txt", "T", who, "", "X", "EU", "k", "", "p 1", text), who)


ION = _claim("Ion", "Micro-credentials should be levelled in the NQF like full qualifications.")
SIO = _claim("Sio", "Micro-credentials should be given a level in the NQF once externally checked.")
NINO = _claim("Nino", "Micro-credentials should stay outside the NQF.")
LEVELLED = Position(ION.text, (ION,), "should be levelled in the NQF like full qualifications")
CHECKED = Position(SIO.text, (SIO,), "should be given a level in the NQF once externally checked")
OUTSIDE = Position(NINO.text, (NINO,), "should stay outside the NQF")


def _point(*positions: Position) -> Divergence:
    return Divergence("nqf", QUESTION, "Should micro-credentials be levelled in the NQF: ...", positions, ("stance",))


def _refine(point: Divergence, answer: dict) -> list[Divergence]:
    return refine_with_llm([point], GenericFakeChatModel(messages=iter([AIMessage(json.dumps(answer))])))


@pytest.mark.unit
def test_a_merge_of_contradicting_sides_is_refused_and_stances_stay() -> None:
    point = _point(LEVELLED, OUTSIDE)
    [refined] = _refine(point, {"contested": True, "topic": "NQF", "groups": [[1, 2]], "summaries": ["All agree."]})
    assert [p.voices for p in refined.positions] == [frozenset({"Ion"}), frozenset({"Nino"})]
    assert [p.stance for p in refined.positions] == [LEVELLED.stance, OUTSIDE.stance]
    assert [p.summary for p in refined.positions] == [ION.text, NINO.text]  # "All agree" is nobody's view
    assert refined.topic == (
        "Should micro-credentials be levelled in the NQF: should be levelled in the NQF like full qualifications"
        " / should stay outside the NQF"
    )  # the question and what differs, not the model's bare "NQF"


@pytest.mark.unit
def test_a_summary_of_the_other_side_is_not_credited() -> None:
    swapped = ["Micro-credentials should not enter the framework.", "Micro-credentials should get framework levels."]
    [refined] = _refine(_point(LEVELLED, OUTSIDE), {"contested": True, "groups": [[1], [2]], "summaries": swapped})
    assert [p.summary for p in refined.positions] == [ION.text, NINO.text]
    right = list(reversed(swapped))
    [refined] = _refine(_point(LEVELLED, OUTSIDE), {"contested": True, "groups": [[1], [2]], "summaries": right})
    assert [p.summary for p in refined.positions] == right
    assert [p.stance for p in refined.positions] == [LEVELLED.stance, OUTSIDE.stance]


@pytest.mark.unit
def test_agreeing_sides_merge_with_both_stances_and_contributors() -> None:
    answer = {"contested": True, "groups": [[1, 2], [3]], "summaries": ["They want framework levels for them."]}
    [refined] = _refine(_point(LEVELLED, CHECKED, OUTSIDE), answer)
    assert [p.voices for p in refined.positions] == [frozenset({"Ion", "Sio"}), frozenset({"Nino"})]
    assert refined.positions[0].stance == f"{LEVELLED.stance} or {CHECKED.stance}"
    assert refined.positions[0].summary == "They want framework levels for them."


@pytest.mark.unit
def test_a_model_that_moves_a_side_into_another_group_twice_keeps_each_side_once() -> None:
    answer = {"contested": True, "groups": [[2, 1], [1, 3]], "summaries": ["x y z", "a b c"]}
    [refined] = _refine(_point(LEVELLED, CHECKED, OUTSIDE), answer)
    voices = [v for p in refined.positions for v in p.voices]
    assert sorted(voices) == ["Ion", "Nino", "Sio"]  # nobody on two sides, nobody dropped
    assert all(p.stance for p in refined.positions)
