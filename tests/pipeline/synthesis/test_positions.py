"""Positions, not topics: contributions written here in code, where a contributor shares words with a side but not
its stance, or stands on two sides; the register credits each contributor only with the position they take."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.drafting.outline import Outline, SectionSpec
from pipeline.index.ingestion import ingest_paths
from pipeline.index.search import Searcher
from pipeline.index.workspace_index import Index
from pipeline.model import Evidence
from pipeline.synthesis.claims import Claim
from pipeline.synthesis.divergence import find_divergences
from pipeline.synthesis.positions import closest_partners, held_sides, verified_sides
from tests.builders import write_metadata
from tests.conftest import make_settings

QUESTION = "Should micro-credentials be levelled in the national qualifications framework?"
OUTLINE = Outline(
    sections=(
        SectionSpec(
            id="nqf",
            title="Micro-credentials and the national qualifications framework",
            audience="system",
            purpose="Whether micro-credentials belong in the national qualifications framework.",
            questions=(QUESTION,),
        ),
    )
)

# Other matters, so that the framework's words are rare enough in the workspace to name a topic.
FILLER = {
    "gus": [
        "Assessors should observe the task in a real workplace and record what the learner did.",
        "Rubrics help two assessors reach the same judgement on a portfolio of evidence.",
    ],
    "hal": [
        "Adult learners need evening and weekend sessions because most of them work full time.",
        "Individual learning accounts can pay the fees of learners on low wages.",
    ],
    "ivy": [
        "Employers in the tourism sector report shortages of kitchen staff and receptionists.",
        "The skills observatory publishes vacancy data for every region twice a year.",
    ],
    "jon": [
        "Badges issued on a phone are easier to share with an employer than a printed certificate.",
        "Our college trained forty teachers to write outcomes that can be observed.",
    ],
}

SIDES = {
    "ann": [
        "Micro-credentials should be levelled in the national qualifications framework, like any other award.",
        "A framework level tells employers and learners how demanding the learning was.",
    ],
    "bob": [
        "Micro-credentials should not be levelled in the national qualifications framework.",
        "Short courses change too often for a framework that is revised once a decade.",
    ],
}

# Shares the framework's words with Ann, not her stance: a duty to explain the framework, no view on levelling.
SAME_WORDS = {
    "cy": [
        "The national qualifications framework should be explained to learners in plain language on every "
        "provider's website.",
        "Guidance staff should be trained on the framework before the new courses open.",
    ]
}

# Stands on both sides of the question.
TORN = {
    "dee": [
        "Micro-credentials should be levelled in the national qualifications framework when they are large.",
        "Micro-credentials should not be levelled in the national qualifications framework at all.",
    ]
}


def _workspace(folder, make_index, contributions: dict[str, list[str]]) -> Index:
    folder.mkdir()
    rows = []
    for name, paragraphs in contributions.items():
        (folder / f"{name}.txt").write_text(f"Input from {name.title()}\n\n" + "\n\n".join(paragraphs), "utf-8")
        rows.append({"file": f"{name}.txt", "title": f"Input from {name.title()}", "kind": "expert_input",
                     "contributor": name.title(), "country": f"Country {name.upper()}", "region": "EU"})  # fmt: skip
    write_metadata(folder, rows)
    index = make_index(folder.parent / "ws")
    ingest_paths(index, [folder])
    return index


@pytest.fixture(scope="module")
def make_module_index(tmp_path_factory, minilm):
    built: list[Index] = []

    def build(workspace):
        built.append(Index(make_settings(workspace), embedder=minilm))
        return built[-1]

    yield build
    for index in built:  # each holds a Chroma store open until closed
        index.close()


def _register(index: Index):
    return find_divergences(index, OUTLINE, Searcher(index))


def _who(position) -> set[str]:
    return {c.evidence.contributor for c in position.claims}


@pytest.fixture(scope="module")
def shared_words(tmp_path_factory, make_module_index):
    folder = tmp_path_factory.mktemp("shared-words") / "in"
    return _register(_workspace(folder, make_module_index, {**FILLER, **SIDES, **SAME_WORDS}))


@pytest.fixture(scope="module")
def torn(tmp_path_factory, make_module_index):
    folder = tmp_path_factory.mktemp("torn") / "in"
    return _register(_workspace(folder, make_module_index, {**FILLER, **SIDES, **TORN}))


@pytest.mark.integration
def test_the_two_stances_are_found_with_one_contributor_each(shared_words) -> None:
    point = next(d for d in shared_words if {"Ann", "Bob"} <= {v for p in d.positions for v in _who(p)})
    assert [_who(p) for p in point.positions] in ([{"Ann"}, {"Bob"}], [{"Bob"}, {"Ann"}])
    # each side says what it holds, in its own words, not only "in favour" / "against"
    assert {p.stance for p in point.positions} == {
        "should be levelled in the national qualifications framework",
        "should not be levelled in the national qualifications framework",
    }
    assert point.topic.startswith("Should micro-credentials be levelled in the national qualifications framework:")


@pytest.mark.integration
def test_shared_words_without_the_stance_put_nobody_on_a_side(shared_words) -> None:
    assert shared_words
    for d in shared_words:
        assert all("Cy" not in _who(p) for p in d.positions), d.as_json()


@pytest.mark.integration
def test_a_contributor_on_both_sides_is_credited_with_neither(torn) -> None:
    for d in torn:
        assert all("Dee" not in _who(p) for p in d.positions), d.as_json()
        held = [_who(p) for p in d.positions]
        assert not any(a & b for n, a in enumerate(held) for b in held[n + 1 :])  # nobody on two sides


@pytest.mark.integration
def test_each_contributor_keeps_their_own_words(shared_words) -> None:
    for d in shared_words:
        for p in d.positions:
            for entry in p.as_json()["contributors"]:
                claim = next(c for c in p.claims if c.evidence.chunk_id == entry["chunk_id"])
                assert entry["contributor"] == claim.evidence.contributor
                assert " ".join(entry["text"].split()) in " ".join(claim.evidence.text.split())


def _claims(*voices: str) -> list[Claim]:
    return [Claim(f"claim {n}", Evidence(f"c{n}", f"{v}.txt", "T", v, "", "X", "EU", "k", "", "p 1", "t"), v)
            for n, v in enumerate(voices)]  # fmt: skip


@pytest.mark.unit
def test_a_side_keeps_only_claims_that_contradict_another_side() -> None:
    claims = _claims("Ann", "Cy", "Bob")  # Cy sits beside Ann but contradicts nobody
    assert held_sides([[0, 1], [2]], claims, {(0, 2): "stance"}) == [[0], [2]]


@pytest.mark.unit
def test_a_contributor_on_two_sides_takes_neither_and_the_point_goes() -> None:
    claims = _claims("Ann", "Dee", "Bob", "Dee")  # Dee contradicts Bob, and her own other claim sits with Bob
    conflicts = {(0, 2): "stance", (1, 2): "stance", (1, 3): "stance"}
    assert held_sides([[0, 1], [2, 3]], claims, conflicts) == []


@pytest.mark.unit
def test_a_stance_conflict_far_below_either_claims_closest_is_dropped() -> None:
    sim = np.array([[1.0, 0.9, 0.6], [0.9, 1.0, 0.5], [0.6, 0.5, 1.0]])
    conflicts = {(0, 1): "stance", (0, 2): "stance", (1, 2): "number"}
    kept = closest_partners(conflicts, sim, ["Ann", "Bob", "Cy"], margin=0.1)
    assert kept == {(0, 1): "stance", (1, 2): "number"}  # Cy only shares a subject with Ann; amounts stay


@pytest.mark.unit
def test_a_contributors_conflict_with_their_own_claim_far_below_their_closest_is_dropped() -> None:
    # Bob rejects Ann's recommendation (0.8 apart); Bob's own other claim shares a subject with it (0.55)
    sim = np.array([[1.0, 0.8, 0.7], [0.8, 1.0, 0.55], [0.7, 0.55, 1.0]])
    conflicts = {(0, 1): "stance", (1, 2): "stance"}
    kept = closest_partners(conflicts, sim, ["Ann", "Bob", "Bob"], margin=0.1, paraphrase=0.76)
    assert kept == {(0, 1): "stance"}
    # as close as his conflict with Ann, or reading alike but for a negation, his two claims do deny each other
    for close in (0.72, 0.9):
        sim[1, 2] = sim[2, 1] = close
        assert closest_partners(conflicts, sim, ["Ann", "Bob", "Bob"], margin=0.1, paraphrase=0.76) == conflicts
    sim[0, 1] = sim[1, 0] = 0.99  # (his conflict with Ann closer still: 0.9 is a paraphrase all the same)
    assert closest_partners(conflicts, sim, ["Ann", "Bob", "Bob"], margin=0.1, paraphrase=0.76) == conflicts
    # a claim in conflict with nobody else keeps its own conflicts
    alone = closest_partners({(1, 2): "stance"}, sim * 0.5, ["Ann", "Bob", "Bob"], margin=0.1, paraphrase=0.76)
    assert alone == {(1, 2): "stance"}


@pytest.mark.unit
def test_a_leads_own_claim_that_opposed_only_someone_left_out_leaves_the_side() -> None:
    # Ann (0) opposes Bob (2); her other claim (1) opposed only Cy (3), whom the lead of Bob's side does not agree with
    claims = _claims("Ann", "Ann", "Bob", "Cy")
    conflicts = {(0, 2): "stance", (1, 3): "stance"}
    matter = np.ones((4, 4))
    sides = verified_sides([[0, 1], [2, 3]], claims, conflicts, matter, lambda i, j: False)
    assert sides == [[0], [2]]  # her claim 1 is free to state another point, against Cy
    # while it still opposes a claim the point keeps, it stays beside her lead
    sides = verified_sides([[0, 1], [2, 3]], claims, {**conflicts, (1, 2): "stance"}, matter, lambda i, j: False)
    assert sides == [[0, 1], [2]]
