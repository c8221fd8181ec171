"""Hybrid search: answers found where a user would look, filters, diversity and each method alone."""

from __future__ import annotations

import pytest

from pipeline.index.search import Filters, Searcher

pytestmark = [pytest.mark.integration, pytest.mark.scaleout]


@pytest.fixture(scope="module")
def searcher(ingested) -> Searcher:
    return Searcher(ingested)


@pytest.mark.parametrize(
    ("query", "file", "location"),
    [
        ("How many learners took part in the wallet pilot?", "deck.pptx", "slide 2 notes"),
        ("What share of assessment is workplace observation?", "assessment.docx", "section 2 Workload, table 1"),
        ("minimum ECTS for listing in the register after external quality assurance", "brief.pdf", "page 2"),
        ("How much of a full qualification can be credited?", "stacking.md", "section 2 Limits"),
        ("a network to speed up cross-border recognition", "recognition.txt", "paragraph 3"),
    ],
)
def test_the_answer_ranks_first_with_its_location(searcher, query, file, location):
    top = searcher.search(query, k=3)[0]
    assert (top.file, top.location) == (file, location)
    assert top.contributor and top.country


def test_results_carry_the_contract_fields(searcher):
    hit = searcher.search("digital credentials", k=1)[0].as_json()
    for key in ("chunk_id", "file", "title", "contributor", "country", "kind", "location", "text", "score"):
        assert key in hit


def test_filters_restrict_both_methods(searcher):
    for method in ("hybrid", "dense", "bm25"):
        hits = searcher.search(
            "credentials recognition register", k=10, method=method, filters=Filters(country=("Serbia",))
        )
        assert hits and {h.country for h in hits} == {"Serbia"}
    hits = searcher.search("pilot", k=10, filters=Filters(kind=("presentation",), region=("EU",)))
    assert hits and {h.file for h in hits} == {"deck.pptx"}
    assert searcher.search("pilot", k=10, filters=Filters(country=("Atlantis",))) == []


def test_cap_per_contributor_lets_others_in(searcher):
    capped = searcher.search("qualifications recognition stacking", k=4, max_per_contributor=1)
    people = [h.contributor for h in capped]
    assert len(set(people[:3])) == 3


def test_single_methods_rank_on_their_own_scores(searcher):
    dense = searcher.search("wallet pilot", k=3, method="dense")
    bm25 = searcher.search("wallet pilot", k=3, method="bm25")
    assert dense and bm25
    assert all(0 < h.score <= 1.0001 for h in dense)
    assert bm25[0].file == "deck.pptx"
    assert searcher.search("   ", k=3) == []
    assert searcher.search("zzzqqq", k=3, method="bm25") == []
