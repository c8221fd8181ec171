"""Outlines presented as a slide deck (.pptx, .odp): a slide per section, its questions on it
(pipeline/drafting/outline_slides.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.drafting.outline import OutlineError, load_outline
from tests.builders import write_pptx
from tests.ingest.test_odf import p, table, write_odf

pytestmark = pytest.mark.unit


def _deck(path: Path, slides: list[tuple[str, list[str]]], notes: str = "") -> Path:
    return write_pptx(path, [(title, lines, notes) for title, lines in slides])


def test_a_deck_of_a_title_slide_an_agenda_and_a_slide_per_section(tmp_path):
    deck = _deck(
        tmp_path / "outline.pptx",
        [
            ("Badge guidelines: questions for the drafting round", ["Working group on badges, March 2026"]),
            ("Agenda", ["Where we stand", "The questions", "Next steps"]),
            (
                "Recognition",
                [
                    "Audience: policy makers",
                    "Who should decide whether a badge counts towards a diploma?",
                    "Should a badge from abroad count as a national one?",
                ],
            ),
            ("Assessment", ["Audience: providers", "Describe how practical skills should be tested."]),
            ("Thank you", ["Drafts are due on 30 April"]),
        ],
        notes="Can everyone hear me? Remind the group of the deadline.",
    )
    outline = load_outline(deck)
    assert outline.title == "Badge guidelines: questions for the drafting round"
    assert [(s.title, s.audience, s.questions) for s in outline.sections] == [
        (
            "Recognition",
            "system",
            (
                "Who should decide whether a badge counts towards a diploma?",
                "Should a badge from abroad count as a national one?",
            ),
        ),
        ("Assessment", "provider", ("Describe how practical skills should be tested.",)),
    ]


def test_an_impress_deck_with_a_table_of_questions(tmp_path):
    def frame(y: str, inner: str, cls: str = "") -> str:
        kind = f' presentation:class="{cls}"' if cls else ""
        return f'<draw:frame svg:x="1cm" svg:y="{y}"{kind}><draw:text-box>{inner}</draw:text-box></draw:frame>'

    body = (
        '<draw:page draw:name="page1">' + frame("1cm", p("Questions on badges"), "title") + "</draw:page>"
        '<draw:page draw:name="page2">'
        + frame("1cm", p("Funding"), "title")
        + '<draw:frame svg:x="1cm" svg:y="4cm">'
        + table([["No.", "Guiding question"], ["1", "Who should pay for the assessment?"], ["2", "Should it be free?"]])
        + "</draw:frame></draw:page>"
    )
    outline = load_outline(write_odf(tmp_path / "outline.odp", "presentation", body))
    assert outline.title == "Questions on badges"
    assert [(s.title, s.questions) for s in outline.sections] == [
        ("Funding", ("Who should pay for the assessment?", "Should it be free?"))
    ]


def test_a_deck_that_asks_nothing_is_refused_naming_it(tmp_path):
    deck = _deck(tmp_path / "talk.pptx", [("Our badges", ["Founded in 2019"]), ("Results", ["400 learners"])])
    with pytest.raises(OutlineError, match=r"talk\.pptx: no slide asks a question"):
        load_outline(deck)


def test_examples_under_a_question_are_no_purpose_and_ids_drop_the_slides_number(tmp_path):
    deck = _deck(
        tmp_path / "outline.pptx",
        [
            ("Kick-off", ["Online, 2 April"]),
            ("1. Costs", ["Who should pay for a badge?", "e.g. learners, employers, the state", "Is a fee fair?"]),
            ("2. Tests", ["Purpose: how badges are tested", "Must every badge end with a test?"]),
        ],
    )
    outline = load_outline(deck)
    first, second = outline.sections
    assert (first.id, first.title, first.purpose) == ("costs", "1. Costs", "1. Costs")
    assert first.questions == ("Who should pay for a badge?", "Is a fee fair?")
    assert (second.id, second.purpose) == ("tests", "how badges are tested")


def test_numbered_questions_on_a_deck_are_read_without_their_numbers(tmp_path):
    # a chair's deck numbers each theme's questions "1.1", "1.2": the drafter must see the question itself
    deck = _deck(
        tmp_path / "outline.pptx",
        [
            ("Badges: what we ask", ["Working group, March 2026"]),
            ("1. Recognition", ["1.1 Should a badge count towards a diploma?", "1.2 Who decides what counts?"]),
            ("2. Assessment", ["2.1 How should practical skills be tested?"]),
        ],
    )
    outline = load_outline(deck)
    assert [s.questions for s in outline.sections] == [
        ("Should a badge count towards a diploma?", "Who decides what counts?"),
        ("How should practical skills be tested?",),
    ]
