"""Two revisions compared sentence by sentence: what changed, in words, with the sources named."""

from __future__ import annotations

import pytest

from pipeline.drafting.revision_diff import changes_json, sentence_changes, source_label
from pipeline.model import Paragraph, Revision, Sentence

pytestmark = [pytest.mark.unit]

A, B = "a" * 32, "b" * 32
FIELDS = ("contributor", "organisation", "country", "file", "location")
SOURCES = {
    A: dict(zip(FIELDS, ("Ana Lopes", "DGES", "Portugal", "pt.pdf", "page 3"), strict=True)),
    B: dict(zip(FIELDS, ("Nino Beridze", "", "Georgia", "ge.pptx", "slide 4"), strict=True)),
}
Q1, Q2 = "Who issues them?", "How are they stacked?"


def revision(number: int, *paragraphs: tuple[str, tuple[Sentence, ...]]) -> Revision:
    pars = tuple(Paragraph(sentences, theme) for theme, sentences in paragraphs)
    return Revision("s", number, pars, (), "extractive", "x", "2026-01-01", sources=SOURCES)


def test_each_kind_of_change_is_named_with_its_question():
    keep = Sentence("Providers issue them under the agency's licence.", (A,))
    old = revision(
        1,
        (Q1, (keep, Sentence("Universities issue most of them today.", (A,)))),
        (Q2, (Sentence("Credits add up to a degree over time.", (B,)), Sentence("A wholly unrelated point.", (B,)))),
    )
    new = revision(
        2,
        (Q1, (Sentence(keep.text, (A,), locked=True), Sentence("Universities issue most of them now.", (A, B)))),
        (Q2, (Sentence("Credits add up to a degree over time.", (B,)), Sentence("Stacking needs a plan.", (A,)))),
    )
    changes = sentence_changes(old, new)
    assert [(c.change, c.theme) for c in changes] == [
        ("accepted", Q1),
        ("edited", Q1),
        ("removed", Q2),  # nothing in common with the new sentence: never called an edit of it
        ("added", Q2),
    ]
    edited = changes[1]
    assert edited.before.text.endswith("today.") and edited.after.citations == (A, B)
    assert [c.change for c in sentence_changes(new, old)] == ["released", "edited", "removed", "added"]
    assert sentence_changes(new, new) == ()


def test_new_citations_on_the_same_words_are_an_edit():
    old = revision(1, (Q1, (Sentence("Providers issue them.", (A,)),)))
    new = revision(2, (Q1, (Sentence("Providers issue them.", (B,)),)))
    [change] = sentence_changes(old, new)
    assert change.change == "edited" and change.before.citations == (A,) and change.after.citations == (B,)


def test_the_json_gives_text_and_source_labels_with_the_ids_beside_them():
    old = revision(1, (Q1, (Sentence("Providers issue them.", (A,)),)))
    new = revision(2, (Q1, (Sentence("Providers issue them.", (A,)), Sentence("Agencies check them.", (B,)))))
    [added] = changes_json(old, new)
    assert added["change"] == "added" and added["before"] is None and added["theme"] == Q1
    assert added["after"]["text"] == "Agencies check them."
    assert added["after"]["citations"] == [{"chunk_id": B, "source": "Nino Beridze (Georgia): ge.pptx, slide 4"}]


def test_source_labels_read_as_who_and_where():
    assert source_label(SOURCES[A]) == "Ana Lopes, DGES (Portugal): pt.pdf, page 3"
    assert source_label({"file": "notes.md", "location": "section 2"}) == "notes.md, section 2"
    assert source_label({}) == "(source not stored)"
