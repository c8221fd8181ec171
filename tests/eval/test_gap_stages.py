"""eval/gap_stages.py finds a labelled answer again in a passage however the reader spaced and quoted it."""

from __future__ import annotations

import importlib

import pytest

pytestmark = pytest.mark.unit

stages = importlib.import_module("eval.gap_stages")


def test_an_answer_is_found_in_a_passage_whatever_its_spacing_and_quotes():
    passage = "Our view:  \u201cTrainees should be assessed\non a real lathe\u201d, said the guild."
    assert stages.holds(passage, 'Trainees should be assessed on a real lathe"')


def test_a_long_answer_cut_by_the_reader_after_its_first_words_is_still_found():
    answer = (
        "Every badge should name the body that checks its quality, so that a reader in another country knows "
        "whom to ask about it."
    )
    passage = "Every badge should name the body that checks its quality, so that a reader in another country knows wh"
    assert stages.holds(passage, answer)


def test_another_sentence_is_not_the_answer():
    assert not stages.holds("Badges are printed on thick paper.", "Badges should be issued within a month.")
    assert not stages.holds("Anything at all.", "")


def test_the_stages_are_listed_in_the_order_the_drafter_passes_them():
    assert stages.STAGES[:4] == ("reader", "retrieval", "candidates", "gate")
    assert stages.STAGES[-1] == "unlabelled"


def test_an_answer_phrase_marks_the_candidates_that_hold_it_for_its_question_only():
    rows = [{"question": "Who should sign the badge?", "words": "the guild master should sign"}]
    find = stages.phrase_finder(rows, lambda question, text: None)
    assert find("Who should sign the badge?", "In our trade the guild master should sign every badge.") == "answers"
    assert find("Who should sign the badge?", "Badges are printed on thick paper.") is None
    assert find("Who should pay for the badge?", "In our trade the guild master should sign every badge.") is None


def test_a_labelled_line_still_answers_beside_the_phrases():
    labels = {("Who should sign the badge?", "The mayor signs."): "on_topic"}
    find = stages.phrase_finder([], lambda question, text: labels.get((question, text)))
    assert find("Who should sign the badge?", "The mayor signs.") == "on_topic"
