"""Where a contested point is stated and who is on its sides: under the question its sides answer, once; a side
holds only contributors verified to share its position; labels say what each side holds. Contributions written
here in code."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from pipeline.drafting.outline import Outline, SectionSpec
from pipeline.index.search import Searcher
from pipeline.index.workspace_index import Index
from pipeline.model import Evidence
from pipeline.synthesis.claims import Claim
from pipeline.synthesis.divergence import find_divergences
from pipeline.synthesis.polarity import stance_clause
from pipeline.synthesis.positions import verified_sides
from pipeline.synthesis.stance import stance_phrase
from tests.conftest import make_settings
from tests.pipeline.synthesis.test_positions import FILLER, SIDES, _workspace

LEVELLED = "Should micro-credentials be levelled in the national qualifications framework?"
# listed first and sharing the framework's words: a point found under it belongs under the levelling question
EXPLAINED = "How should the national qualifications framework be explained to learners and employers?"
OUTLINE = Outline(
    sections=(
        SectionSpec(id="guidance", title="Guidance", audience="provider", purpose="Guidance.", questions=(EXPLAINED,)),
        SectionSpec(id="nqf", title="The framework", audience="system", purpose="Levels.", questions=(LEVELLED,)),
    )
)
# Shares Ann's polarity (two negations cancel) and the framework's words, but not her position: without the check
# of side members it stood beside Ann as making the same point.
ELSE = {"eli": ["Micro-credentials should not be designed without the national qualifications framework body."]}


def _claim(who: str, text: str) -> Claim:
    return Claim(text, Evidence(f"c-{who}", f"{who}.txt", "T", who, "", "X", "EU", "k", "", "p 1", text), who)


@pytest.mark.unit
def test_a_negation_bears_on_its_own_clause() -> None:
    text = "For rural providers, digital wallets are years away, and a rule that requires them would exclude learners."
    assert stance_clause(text) == "a rule that requires them would exclude learners."
    assert (
        stance_clause("Levels should not be given to short courses.") == "Levels should not be given to short courses."
    )


@pytest.mark.unit
def test_a_side_is_worded_by_what_it_holds() -> None:
    assert stance_phrase("Our central recommendation is that micro-credentials should stay outside the NQF.") == (
        "should stay outside the NQF"
    )
    assert stance_phrase("Any provider should be able to issue micro-credentials if it passes review.") == (
        "should be able to issue micro-credentials"
    )
    assert stance_phrase(
        "We disagree with the proposal to keep them outside national frameworks and to list them."
    ) == ("against: keep them outside national frameworks")
    assert stance_phrase("Internal QA of an accredited institution is enough for its micro-credentials") == (
        "internal QA of an accredited institution is enough for its micro-credentials"
    )


@pytest.mark.unit
def test_only_verified_members_stay_beside_the_lead() -> None:
    claims = [_claim("Ann", "a"), _claim("Bob", "b"), _claim("Cy", "c"), _claim("Dee", "d")]
    conflicts = {(0, 1): "stance", (0, 2): "stance", (0, 3): "stance"}
    matter = np.zeros((4, 4))
    matter[0, 1] = matter[1, 0] = 5.0  # Bob denies Ann most specifically: he leads the other side
    matter[0, 2] = matter[2, 0] = 3.0
    agree = {(2, 1): False, (3, 1): True}  # Cy shares words, not Bob's position; Dee paraphrases Bob
    sides = verified_sides([[0], [2, 3, 1]], claims, conflicts, matter, lambda i, j: agree.get((i, j), False))
    assert sides == [[0], [1, 3]]  # the lead first: its words are the ones the others are checked against


@pytest.fixture(scope="module")
def placed(tmp_path_factory, minilm):
    folder = tmp_path_factory.mktemp("placed") / "in"
    with _workspace(folder, lambda ws: Index(make_settings(ws), embedder=minilm), {**FILLER, **SIDES, **ELSE}) as index:
        return find_divergences(index, OUTLINE, Searcher(index))


@pytest.mark.integration
def test_a_point_is_stated_once_under_the_question_its_sides_answer(placed) -> None:
    points = [d for d in placed if {"Ann", "Bob"} <= {c.voice for p in d.positions for c in p.claims}]
    assert len(points) == 1
    assert (points[0].section_id, points[0].question) == ("nqf", LEVELLED)
    assert points[0].topic == (
        "Should micro-credentials be levelled in the national qualifications framework: "
        + " / ".join(p.stance for p in points[0].positions)
    )
    assert {p.stance for p in points[0].positions} >= {
        "should not be levelled in the national qualifications framework"
    }


@pytest.mark.integration
def test_a_contributor_sharing_polarity_but_not_the_position_is_left_out(placed) -> None:
    [point] = [d for d in placed if {"Ann", "Bob"} <= {v for p in d.positions for v in p.voices}]
    assert sorted(sorted(p.voices) for p in point.positions) == [["Ann"], ["Bob"]]  # not ["Ann", "Eli"]


@pytest.mark.unit
def test_a_clause_about_such_things_takes_no_side() -> None:
    from pipeline.synthesis.claims import claims_from

    evidence = Evidence("c1", "a.txt", "T", "Ann", "", "X", "EU", "k", "", "p 1", "")
    text = "Such credentials should form a distinct award type. Short courses should form a distinct award type."
    claims = claims_from([replace(evidence, text=text)], {})
    assert [c.text for c in claims] == ["Short courses should form a distinct award type."]


EXPRESSED = "How should workload be expressed (ECTS credits, notional hours)?"
MINIMUM = "Is there a minimum size below which a unit is not a micro-credential?"
AMOUNTS = {
    "kim": ["We propose that the minimum workload of a micro-credential should be 1 ECTS credit, or 25 hours."],
    "lou": ["The minimum workload of a micro-credential should be 3 ECTS credits, about 75 hours of learning."],
}


@pytest.mark.integration
def test_a_difference_in_amount_is_stated_under_the_question_asking_for_the_bound(tmp_path, make_index) -> None:
    # both questions share the claims' words; only one asks what differs (the minimum), not what is measured (ECTS)
    outline = Outline(
        sections=(
            SectionSpec(
                id="workload", title="Workload", audience="provider", purpose="Workload.", questions=(EXPRESSED,)
            ),
            SectionSpec(id="size", title="Size", audience="system", purpose="Size.", questions=(MINIMUM,)),
        )
    )
    index = _workspace(tmp_path / "in", make_index, {**FILLER, **AMOUNTS})  # closed after the test
    [point] = [d for d in find_divergences(index, outline, Searcher(index)) if d.kinds == ("number",)]
    assert (point.section_id, point.question) == ("size", MINIMUM)
    assert point.topic == "Is there a minimum size below which a unit is not a micro-credential: " + " / ".join(
        p.stance for p in point.positions
    )
    assert sorted(p.stance for p in point.positions) == ["minimum 1 ECTS", "minimum 3 ECTS"]


WALLETS = "How should learners be helped to use digital wallets for micro-credentials?"
NOT_OPPOSED = {
    "ann": ["Learners need help the first time they open a digital wallet for their micro-credentials."],
    # against a rule that would exclude learners, not against helping them with wallets
    "bek": [
        "For rural providers, digital wallets for micro-credentials are many years away, and a rule that requires "
        "them would simply exclude our learners."
    ],
}


@pytest.mark.integration
def test_a_negation_in_another_clause_opposes_nobody(tmp_path, make_index) -> None:
    outline = Outline(
        sections=(SectionSpec(id="w", title="Wallets", audience="system", purpose="Wallets.", questions=(WALLETS,)),)
    )
    index = _workspace(tmp_path / "in", make_index, {**FILLER, **NOT_OPPOSED})
    assert find_divergences(index, outline, Searcher(index)) == []


@pytest.mark.unit
def test_two_points_are_compared_with_the_acronyms_their_own_passages_define():
    from pipeline.synthesis.divergence import Divergence, Position
    from pipeline.synthesis.matter import topic_words
    from pipeline.synthesis.placement import _one_matter

    class Run:  # the register's run, left holding the acronyms of whichever section it read last
        expansions: dict[str, frozenset[str]] = {"ECVET": frozenset({"vocational", "credit"})}

        def salient(self, text: str) -> frozenset[str]:
            return topic_words(text, self.expansions)

    def point(voice: str, text: str, passage: str) -> Divergence:
        evidence = Evidence(voice, f"{voice}.md", "t", voice, "org", "C", "EU", "input", "", "section 1", passage)
        return Divergence("s", "q", "t", (Position("", (Claim(text, evidence, voice),)),), ("stance",))

    run = Run()
    a = point("A", "Short courses deserve an NQF placement.", "The national qualifications framework (NQF) has levels.")
    b = point("B", "The national qualifications framework must admit brief trainings.", "Frameworks differ.")
    assert _one_matter(a, b, run)  # "NQF" is the framework these passages name
    assert run.expansions == {"ECVET": frozenset({"vocational", "credit"})}  # and the run is left as it was
