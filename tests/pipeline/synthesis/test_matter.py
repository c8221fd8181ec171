"""What a claim is about, on invented sentences and a small invented workspace: words of one family are one word.

"Without an individual assessment" and "must be assessed individually" deny and require the same thing; the index's
light stemmer leaves "assessment" / "assess" and "individual" / "individually" apart, so the two claims shared no
word and their disagreement was never compared.
"""

from __future__ import annotations

import pytest

from pipeline.synthesis.matter import family, topic_words
from tests.builders import invented_register, sides_held


@pytest.mark.unit
def test_a_suffix_that_only_changes_the_part_of_speech_keeps_the_family() -> None:
    assert family("assessment") == "assess"
    assert family("individually") == "individual"
    assert family("requirements") == "require"
    # a stem too short to be a word of its own, or a compound, stays as it is
    assert family("element") == "element"
    assert family("only") == "only"
    assert family("self-assessment") == "self-assessment"
    assert family("recognis") == "recognis"


@pytest.mark.unit
def test_two_claims_in_one_family_of_words_share_their_matter() -> None:
    free = "A trade certificate from another region should be accepted without an individual assessment."
    check = "A trade certificate earned elsewhere must be assessed individually by the guild."
    plain = topic_words(free) & topic_words(check)
    families = {family(w) for w in topic_words(free)} & {family(w) for w in topic_words(check)}
    assert {"assess", "individual"} <= families - plain


FILES = {
    "guild.md": (
        "# Input from a guild of builders\n\n## Certificates from elsewhere\n\n"
        "A diploma earned abroad should be recognised straight away, without an individual assessment, when it "
        "names the examining board. Checking every diploma again costs more than the course.\n\n## Training\n\n"
        "Every apprentice should keep a workbook signed by the master each month.\n"
    ),
    "council.md": (
        "# Input from a regional trade council\n\n## Certificates from elsewhere\n\n"
        "Foreign qualifications must be assessed individually before they count for a licence.\n\n## Training\n\n"
        "Masters should receive two days of training a year on how to teach apprentices.\n"
    ),
    "school.md": (
        "# Input from a building school\n\n## Certificates from elsewhere\n\n"
        "Our teachers regularly meet holders of certificates from other regions.\n\n## Training\n\n"
        "The school should offer evening courses for apprentices who work during the day.\n"
    ),
}
PEOPLE = {"guild.md": "Oskar Brandt", "council.md": "Lena Moser", "school.md": "Pavel Hruby"}
OUTLINE = """title: Test guidelines
version: "0.1"
sections:
  - id: certificates
    title: Certificates from other regions
    purpose: How a certificate earned in another region comes to count.
    questions:
      - Should diplomas earned abroad be recognised straight away or checked one by one?
      - How should apprentices be trained?
"""


@pytest.fixture(scope="module")
def register(tmp_path_factory, minilm):
    return invented_register(tmp_path_factory.mktemp("families"), FILES, PEOPLE, OUTLINE, minilm)


@pytest.mark.integration
def test_denying_and_requiring_an_individual_assessment_is_a_point(register) -> None:
    points = [d for d in register if {"Oskar Brandt"} in sides_held(d)]
    assert len(points) == 1, [(d.topic, sides_held(d)) for d in register]
    assert sorted(map(sorted, sides_held(points[0]))) == [["Lena Moser"], ["Oskar Brandt"]]
    assert points[0].question == "Should diplomas earned abroad be recognised straight away or checked one by one?"
    # nobody else is on a side: the school describes, and the training claims are on other matters
    assert {v for d in register for side in sides_held(d) for v in side} == {"Oskar Brandt", "Lena Moser"}
