"""eval/draft_answers.py counts what the draft puts under each question against the labels."""

from __future__ import annotations

import importlib

import pytest

pytestmark = pytest.mark.unit

draft_answers = importlib.import_module("eval.draft_answers")
labelled_sets = importlib.import_module("eval.labelled_sets")

Q_WHO = "Who should sign the badge?"
Q_FEE = "What should a retake cost?"
LABELS = [
    {"question": Q_WHO, "text": "The guild master should sign every badge.", "label": "answers"},
    {"question": Q_WHO, "text": "Badges are printed on thick paper.", "label": "off_topic"},
    {"question": Q_WHO, "text": "Signed badges are trusted by employers.", "label": "on_topic"},
]


def test_a_sentence_that_only_shares_the_topic_counts_against_the_precision():
    rows = [
        {"question": Q_WHO, "text": "The guild master should sign every badge."},
        {"question": Q_WHO, "text": "Signed badges are trusted by employers."},
        {"question": Q_WHO, "text": "Badges are printed on thick paper."},
        {"question": Q_WHO, "text": "A sentence nobody labelled."},
    ]
    out = draft_answers.tally(rows, labelled_sets.label_finder(LABELS), set())
    assert (out["answers"], out["on_topic"], out["off_topic"], out["unlabelled"]) == (1, 1, 1, 1)
    assert out["answer_precision"] == 0.333  # the unlabelled sentence is left out of the ratio
    assert [w["label"] for w in out["wrong"]] == ["on_topic", "off_topic"]


def test_any_sentence_under_an_unanswerable_question_is_listed():
    rows = [{"question": Q_FEE, "text": "A sentence nobody labelled."}]
    out = draft_answers.tally(rows, labelled_sets.label_finder(LABELS), {Q_FEE})
    assert out["unanswerable_answered"] == 1
    assert out["wrong"][0]["unanswerable"] is True
    assert out["answer_precision"] is None


def test_a_sentence_cut_after_its_opener_keeps_its_label_and_its_score():
    rows = [{"question": Q_WHO, "text": "the guild master should sign every badge."}]
    labels = [{"question": Q_WHO, "text": "In our view, the guild master should sign every badge.", "label": "answers"}]
    scores = {(Q_WHO, "In our view, the guild master should sign every badge."): 0.8123}
    out = draft_answers.tally(rows, labelled_sets.label_finder(labels), set(), scores)
    assert out["answers"] == 1
    assert out["scored"][0]["p"] == 0.812
