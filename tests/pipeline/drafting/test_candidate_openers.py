"""A sentence opened by a conjunction, and a motion's numbered "That ..." clauses, as draft candidates."""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.candidates import candidates, clean_sentence
from pipeline.model import Evidence

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "raw, kept",
    [
        (
            "But the written part of the examination must be taken in the learner's own language.",
            "the written part of the examination must be taken in the learner's own language.",
        ),
        (
            "Yet every provider should publish the criteria its assessors apply to a portfolio.",
            "every provider should publish the criteria its assessors apply to a portfolio.",
        ),
        (
            "And once issued, a badge should carry the name of the body that checked the assessment.",
            "once issued, a badge should carry the name of the body that checked the assessment.",
        ),
        (
            "So employers should have a seat on the board that approves each short programme.",
            "employers should have a seat on the board that approves each short programme.",
        ),
    ],
)
def test_a_conjunction_before_a_whole_clause_is_cut_and_the_clause_stays_word_for_word(raw, kept):
    assert clean_sentence(raw, on_slide=False) == kept


@pytest.mark.parametrize(
    "raw",
    [
        "But this would double the cost for every small provider in the region.",  # a demonstrative subject
        "And in that case, the learner should be allowed to resit the test at once.",  # conditional on the one before
        "Yet, as we said above, the register should stay open to private providers.",
        "And yet, the guidelines should leave the number of credits to each country.",
    ],
)
def test_a_conjunction_before_a_clause_that_leans_on_the_one_before_stays_out(raw):
    assert clean_sentence(raw, on_slide=False) is None


def test_a_motions_numbered_that_clauses_are_quoted_under_what_the_body_resolves():
    text = (
        "The assembly notes:\n- that 900 of our members drive lorries across the border;\n\n"
        "The assembly resolves:\n1. That the driving test for a micro-credential is taken on the road, in a loaded "
        "lorry.\n2. That no member pays a fee of their own for a refresher course."
        "\n\nThe union will hold its next congress in the spring of 2028."
    )
    found = candidates([Evidence("c", "m.eml", "t", "A", "org", "C", "EU", "input", "", "paragraph 4", text)])
    listed = [(c.lead, c.text) for c in found if c.lead]
    assert listed == [
        ("resolves that", "the driving test for a micro-credential is taken on the road, in a loaded lorry."),
        ("resolves that", "no member pays a fee of their own for a refresher course."),
    ]
    # what the body only notes is no position of its, and the list ends at a sentence of its own
    assert not any("900" in c.text for c in found)
    assert any(c.text.startswith("The union will hold") and not c.lead for c in found)
    assert all(c.text in text for c in found)


def test_a_one_word_stem_opens_a_list_only_as_a_motion_does():
    # "Examples like:" is no one's demand: its items stay ordinary sentences, never quoted as what someone wants
    text = (
        "Examples like:\n- Learners should be able to pause a course for a year without losing their credits.\n\n"
        "Conference believes:\n- that every credential should name the body that assessed it."
    )
    found = candidates([Evidence("c", "m.txt", "t", "A", "org", "C", "EU", "input", "", "paragraph 2", text)])
    assert [(c.lead, c.text) for c in found] == [
        ("", "Learners should be able to pause a course for a year without losing their credits."),
        ("believes that", "every credential should name the body that assessed it."),
    ]
