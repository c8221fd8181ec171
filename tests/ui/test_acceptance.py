"""Unsaved Accept marks of the Draft page: written into the page's address and carried to a newer revision."""

from __future__ import annotations

import pytest

from pipeline.model import Paragraph, Revision, Sentence
from ui.acceptance import carry, decode, encode

pytestmark = [pytest.mark.unit]


def revision(number: int, *paragraphs: tuple[Sentence, ...]) -> Revision:
    return Revision("s", number, tuple(Paragraph(p) for p in paragraphs), (), "extractive", "x", "2026-01-01")


def test_marks_round_trip_through_the_address_and_a_tampered_one_is_ignored():
    choices = {(0, 1): True, (2, 0): False}
    assert encode(3, choices) == "3:0.1+,2.0-"
    assert decode(encode(3, choices)) == (3, choices)
    assert decode("4:") == (4, {})
    for bad in ("", "x:0.1+", "3:0.1", "3:a.b+", "3:0.1+;drop"):
        assert decode(bad) is None, bad


def test_marks_follow_their_sentence_to_a_newer_revision_by_its_text():
    old = revision(1, (Sentence("A."), Sentence("B.")), (Sentence("C."),))
    # a sentence was added before B, C was rewritten, A was accepted by someone else meanwhile
    new = revision(2, (Sentence("A.", locked=True), Sentence("New."), Sentence("B.")), (Sentence("C, reworded."),))
    moved, lost = carry({(0, 0): True, (0, 1): True, (1, 0): True}, old, new)
    assert moved == {(0, 2): True} and lost == 1  # A is already accepted; C is gone
    assert carry({(5, 0): False}, old, new) == ({}, 1)
