"""Whole lines without a final stop read as sentences only when they are whole clauses that another line follows."""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.candidates import candidates
from pipeline.drafting.drafters.line_clauses import reads_as_clause, whole_line_clauses
from pipeline.model import Evidence

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "line",
    [
        "Employers should co-design the assessment",
        "Every bakery course should end with a tasting panel of two master bakers",
        "A small cooperative cannot pay the assessor's travel on its own",
        "Remote learners must not pay more than learners in the classroom",
    ],
)
def test_a_subject_a_modal_and_its_verb_make_a_clause(line):
    assert reads_as_clause(line)


@pytest.mark.parametrize(
    "line",
    [
        "Each year, using learner feedback",  # no modal: a fragment
        "What a bakery course should cover",  # a heading that asks
        "WHO SHOULD PAY FOR THE TASTING PANEL",  # a title in capitals
        "Why Bakers Should Join the Regional Register",  # a title in title case
        "In our view, the panel should meet twice",  # an aside before the subject
        "The panel should meet twice (see the annex",  # an aside left open
        "Every bakery course should end with a panel,",  # ends on a comma
    ],
)
def test_headings_fragments_and_asides_are_no_clause(line):
    assert not reads_as_clause(line)


def test_only_a_line_another_line_follows_as_a_line_of_its_own_is_whole():
    text = (
        "What we ask\n"
        "Every bakery course should end with a tasting panel of two master bakers\n"
        "Apprentices should be assessed in the bakery where they work\n"
        "A small cooperative cannot pay the assessor's travel and the\n"
        "panel's fee on its own\n"
        "Regional funds should cover the panel's travel"
    )
    assert whole_line_clauses(text) == {
        "Every bakery course should end with a tasting panel of two master bakers",
        "Apprentices should be assessed in the bakery where they work",
    }  # the wrapped line goes on in lower case; the last line may be cut at a chunk's end


def test_a_deck_kept_as_pages_gives_its_bullets_as_candidates():
    text = (
        "Assessment in the bakery\n\n"
        "Apprentices should be assessed in the bakery where they work\n"
        "Each year, using learner feedback\n"
        "Regional funds should cover the panel's travel"
    )
    page = Evidence("p4", "deck.pdf", "Deck", "Ilze Berzina", "", "Latvia", "EU", "input", "", "page 4", text)
    assert [c.text for c in candidates([page])] == ["Apprentices should be assessed in the bakery where they work"]
