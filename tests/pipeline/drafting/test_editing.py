"""Editors' text back into a revision: markers, unchanged sentences, and the sentence a citation rests on."""

from __future__ import annotations

import pytest

from pipeline.drafting.editing import EditError, citation_numbers, edit_text, parse_edit, rebuild, supporting_sentence
from pipeline.model import Paragraph, Revision, Sentence

pytestmark = pytest.mark.unit

SOURCES = {
    "a": {"text": "Registers list every micro-credential. Each entry states the workload in ECTS credits."},
    "b": {"text": "Providers publish learning outcomes for each course."},
}
REVISION = Revision(
    section_id="s",
    number=3,
    paragraphs=(
        Paragraph(
            (
                Sentence("Entries state the workload in ECTS credits.", ("a",), 0.8, locked=True),
                Sentence("Providers publish learning outcomes.", ("b", "a"), 0.7, ("weak_support",)),
            ),
            theme="Q1",
        ),
    ),
    gaps=(),
    backend="extractive",
    author="drafter",
    created_at="2026-11-28T10:00:00",
    sources=SOURCES,
)


def test_markers_number_passages_in_order_of_first_citation():
    assert citation_numbers(REVISION) == {"a": 1, "b": 2}
    assert edit_text(REVISION) == [
        "Entries state the workload in ECTS credits. [1]\nProviders publish learning outcomes. [2] [1]"
    ]


def test_unchanged_sentences_keep_their_checks_and_changed_ones_are_checked_again():
    texts = ["Entries state the workload in ECTS credits. [1]\nProviders publish outcomes online. [2]\nNew claim."]
    paragraphs, changed = rebuild(REVISION, parse_edit(REVISION, texts), None)
    kept, edited, added = paragraphs[0].sentences
    assert kept == REVISION.paragraphs[0].sentences[0]  # score, lock and all
    assert (edited.citations, edited.locked) == (("b",), False)
    assert (added.citations, added.flags) == ((), ("uncited",))
    assert changed == ["1.2", "1.3"] and paragraphs[0].theme == "Q1"


def test_a_marker_that_names_no_cited_passage_is_refused_with_where_it_is():
    with pytest.raises(EditError, match=r"paragraph 1, line 2: marker \[7\] refers to no passage"):
        parse_edit(REVISION, ["First. [1]\nSecond. [7]"])
    with pytest.raises(EditError, match="markers but no sentence"):
        parse_edit(REVISION, ["[1] [2]"])
    assert parse_edit(REVISION, ["", "   "]) == []  # emptied paragraphs are dropped


def test_the_supporting_sentence_of_a_passage_is_the_one_holding_the_claims_words():
    passage = SOURCES["a"]["text"]
    assert supporting_sentence(passage, "Entries state the workload in ECTS credits.") == 1
    assert supporting_sentence(passage, "Registers list every micro-credential.") == 0
    assert supporting_sentence(passage, "Funding comes from vouchers.") is None
