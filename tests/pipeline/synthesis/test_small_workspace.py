"""Points of divergence in a workspace of a few contributions, and views a contributor only reports from others."""

from __future__ import annotations

import pytest

from pipeline.model import Evidence
from pipeline.synthesis.claims import claims_from, reported
from tests.builders import invented_register, sides_held

FILES = {
    "office.md": (
        "# Input from a qualifications office\n\n## Levelling\n\n"
        "Some stakeholders argue that micro-credentials should stay outside the national qualifications framework. "
        "We reject this view. Micro-credentials should be levelled in the national qualifications framework when "
        "they have passed external quality assurance.\n\n## Workload\n\n"
        "Providers told us that a minimum of 5 ECTS credits would exclude most workplace courses.\n"
    ),
    "employers.md": (
        "# Input from an employers' council\n\n## Levelling\n\n"
        "Micro-credentials should stay outside the national qualifications framework, because levelling small "
        "units confuses employers. A separate register section is enough for them.\n\n## Workload\n\n"
        "We propose a minimum of 5 ECTS credits for every micro-credential.\n"
    ),
    "network.md": (
        "# Input from an adult learning network\n\n## Levelling\n\n"
        "Our members want micro-credentials levelled in the national qualifications framework, so that learners "
        "can progress.\n\n## Workload\n\n"
        "In our view there should be no minimum size at all for micro-credentials.\n"
    ),
}
PEOPLE = {"office.md": "Anna Vaher", "employers.md": "Boris Ozols", "network.md": "Clara Petraitė"}
OUTLINE = """title: Test guidelines
version: "0.1"
sections:
  - id: nqf
    title: Levelling in the NQF
    purpose: Whether micro-credentials are levelled in the NQF, and how large they must be.
    questions:
      - Should micro-credentials be levelled in the national qualifications framework?
      - Is there a minimum size for a micro-credential?
"""


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("Providers told us that a minimum of 5 ECTS credits would exclude most workplace courses.", True),
        ("Some stakeholders argue that micro-credentials should stay outside the framework.", True),
        ("It has been suggested that every micro-credential should be reviewed externally.", True),
        ("Others warned that a fixed minimum would exclude short workplace courses.", True),
        ("We argue that micro-credentials should stay outside the framework.", False),
        ("The Ministry considers that micro-credentials should form part of the framework.", False),
        ("Many learners need guidance before they enrol.", False),
    ],
)
def test_a_view_reported_from_others_is_not_the_speakers_claim(text: str, theirs: bool) -> None:
    assert reported(text) is theirs
    item = Evidence("c1", "a.md", "Input", "Anna Vaher", "", "Estonia", "EU", "input", "", "paragraph 1", text)
    if theirs:  # never a claim of the speaker's, so never a side they are put on
        assert claims_from([item], {}) == []


@pytest.mark.integration
def test_three_contributions_give_both_disputes_with_only_the_people_who_hold_each_side(tmp_path, minilm) -> None:
    register = invented_register(tmp_path, FILES, PEOPLE, OUTLINE, minilm, country="Estonia")
    by_question = {d.question: sides_held(d) for d in register}
    levelled = by_question.get("Should micro-credentials be levelled in the national qualifications framework?")
    assert levelled is not None and {"Boris Ozols"} in levelled  # the employers' council against levelling
    size = by_question.get("Is there a minimum size for a micro-credential?")
    assert size is not None and {"Clara Petraitė"} in size and {"Boris Ozols"} in size
    # the office only reports the view it rejects and what providers told it: never on the side it argues against
    for point in register:
        for side in sides_held(point):
            if "Boris Ozols" in side:
                assert "Anna Vaher" not in side, (point.topic, sides_held(point))
