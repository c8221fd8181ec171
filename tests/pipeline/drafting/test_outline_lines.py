"""The line grammar shared by Markdown, text and Word outlines: a question's trailing note."""

from __future__ import annotations

import pytest

from pipeline.drafting.outline_lines import without_note

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("written", "question"),
    [
        ("Which evidence is required? (see the 2023 survey)", "Which evidence is required?"),
        ("Which evidence is required? (max. 300 words)", "Which evidence is required?"),
        ("Which evidence is required? [optional]", "Which evidence is required?"),
        ("Which evidence is required? [optional] (see annex 2).", "Which evidence is required?"),
        ("How long may a decision take [optional]", "How long may a decision take"),
        ("Describe the appeal routes (see the 2023 survey)", "Describe the appeal routes"),
        ("Describe the appeal routes (cf. question 3)", "Describe the appeal routes"),
        ("Describe the appeal routes (300 words)", "Describe the appeal routes"),
        ("Describe the appeal routes (if applicable)", "Describe the appeal routes"),
        ("Describe the appeal routes (to be confirmed)", "Describe the appeal routes"),
        ("Describe the appeal routes (optional)", "Describe the appeal routes"),
        ("Describe the appeal routes (maximum half a page)", "Describe the appeal routes"),
        ("Describe the appeal routes (source: 2023 survey)", "Describe the appeal routes"),
        ("Describe the appeal routes (new question)", "Describe the appeal routes"),
    ],
)
def test_a_note_after_a_question_is_left_out(written, question):
    assert without_note(written) == question


@pytest.mark.parametrize(
    "written",
    [
        "Which public funds cover short courses (e.g. vouchers or tax credits)?",  # inside the question
        "Describe the funding of short courses (vouchers, tax credits)",  # what the instruction is about
        "Describe the role of the National Qualifications Framework (NQF)",
        "How are learning outcomes written (knowledge, skills, autonomy)",
        "Explain how providers are funded (sources, amounts)",
        "Describe the incentives offered (minimum wage top-ups)",
        "Describe the approaches in use (new ways of learning)",
        "Describe the registration schemes (voluntary or mandatory)",
        "[optional]",  # a remark alone is no question's note
        "(see the 2023 survey)",
        "Who pays?",
    ],
)
def test_an_aside_that_belongs_to_the_question_is_kept(written):
    assert without_note(written) == written


def test_a_lone_word_on_a_form_is_no_instruction():
    from pipeline.drafting.outline_lines import instructs

    assert not instructs("Name:")
    assert not instructs("Describe")
    assert instructs("Name the body that should issue the credential.")
