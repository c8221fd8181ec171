"""Revisions compared in [n] numbering with their sources named (ui/history.py)."""

from __future__ import annotations

import pytest

from pipeline.model import Paragraph, Revision, Sentence
from ui.history import compare, described_changes

pytestmark = [pytest.mark.unit]

A, B, C = "a" * 32, "b" * 32, "c" * 32
FIELDS = ("contributor", "organisation", "country", "file", "location")
SOURCES = {
    A: dict(zip(FIELDS, ("Ana Lopes", "DGES", "Portugal", "pt.pdf", "page 3"), strict=True)),
    B: dict(zip(FIELDS, ("Nino Beridze", "", "Georgia", "ge.pptx", "slide 4"), strict=True)),
    C: dict(zip(FIELDS, ("", "", "", "notes.md", "section 2 Funding"), strict=True)),
}


def revision(number: int, *sentences: Sentence) -> Revision:
    return Revision("s", number, (Paragraph(tuple(sentences)),), (), "extractive", "x", "2026-01-01", sources=SOURCES)


def test_the_diff_shows_numbers_and_names_the_sources_of_changed_lines_never_chunk_ids():
    old = revision(1, Sentence("Outcomes matter.", (A,)), Sentence("Stacking helps.", (B,)))
    new = revision(2, Sentence("Outcomes matter.", (A,)), Sentence("Stacking helps learners.", (B, C)))
    diff = compare(old, new)
    text = diff.text()
    assert A not in text and B not in text and C not in text
    assert "-Stacking helps. [2]" in diff.lines and "+Stacking helps learners. [2] [3]" in diff.lines
    assert " Outcomes matter. [1]" in diff.lines  # unchanged context, same number on both sides
    assert diff.sources == (
        (2, "Nino Beridze (Georgia): ge.pptx, slide 4"),
        (3, "notes.md, section 2 Funding"),
    )  # [1] is on no changed line: not listed


def test_a_sentence_keeps_its_number_when_an_earlier_citation_is_removed():
    # numbered by the newer revision: C becomes [1] there, and the old revision's A gets the next number
    old = revision(1, Sentence("First.", (A,)), Sentence("Second.", (C,)))
    new = revision(2, Sentence("Second.", (C,)))
    diff = compare(old, new)
    assert "-First. [2]" in diff.lines and " Second. [1]" in diff.lines
    assert diff.sources == ((2, "Ana Lopes, DGES (Portugal): pt.pdf, page 3"),)


def test_accepting_a_sentence_shows_in_the_diff_and_no_change_says_so():
    old = revision(1, Sentence("Outcomes matter.", (A,)))
    assert compare(old, revision(2, Sentence("Outcomes matter.", (A,)))).text() == "(no difference)"
    accepted = compare(old, revision(2, Sentence("Outcomes matter.", (A,), locked=True)))
    assert "+Outcomes matter. [1] (accepted)" in accepted.lines


def test_changes_are_described_in_words_in_the_diffs_numbering():
    old = revision(1, Sentence("Outcomes matter.", (A,)), Sentence("Stacking helps.", (B,)), Sentence("Gone.", (C,)))
    new = revision(2, Sentence("Outcomes matter.", (A,), locked=True), Sentence("Stacking helps learners.", (B, C)))
    assert described_changes(old, new) == (
        ("Accepted", "Outcomes matter. [1]"),
        ("Edited", "Stacking helps learners. [2] [3] (was: Stacking helps. [2])"),
        ("Removed", "Gone. [3]"),
    )
    assert described_changes(new, new) == ()
