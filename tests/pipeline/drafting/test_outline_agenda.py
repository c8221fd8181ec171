"""Outlines kept as a workshop's agenda: audiences in brackets after an item's title, and the agenda's own items
("Welcome", "Lunch break", "Any other business", the closing line) neither sections nor any section's purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.drafting.outline import load_outline
from pipeline.drafting.outline_agenda import bracketed_audience, is_agenda_item

pytestmark = pytest.mark.unit

AGENDA = """SHORT COURSES – DRAFTING DAY
Programme of 4 May 2026, 10:00–15:30, Harbour Hall

1. Welcome and coffee 10:00

2. Paying for short courses (for ministries and funding agencies)
   a) Who should pay for a learner's first short course?
   b) Should employers share the cost?

Lunch break 12:00–13:00

3. Checking what learners can do (assessors)
   a) Who should assess the learners?
   b) Can assessment take place online?

4. Any other business

Close of the meeting 15:30. Next drafting round in June.
"""


def test_an_agendas_items_with_questions_are_sections_with_their_bracketed_audience(tmp_path: Path) -> None:
    path = tmp_path / "outline.txt"
    path.write_text(AGENDA, encoding="utf-8")
    outline = load_outline(path)
    assert [s.title for s in outline.sections] == [
        "2. Paying for short courses (for ministries and funding agencies)",
        "3. Checking what learners can do (assessors)",
    ]
    assert [s.audience for s in outline.sections] == ["system", "provider"]
    assert [len(s.questions) for s in outline.sections] == [2, 2]
    for section in outline.sections:  # a break or the closing line is no section's purpose
        assert "break" not in section.purpose.lower() and "close" not in section.purpose.lower()


def test_a_markdown_agendas_item_without_questions_does_not_refuse_the_outline(tmp_path: Path) -> None:
    path = tmp_path / "outline.md"
    path.write_text(
        "# Drafting meeting\n\n## Welcome\n\n## Recognition (recognition officers)\n\n"
        "- How fast should a decision be made?\n\n## AOB\n",
        encoding="utf-8",
    )
    outline = load_outline(path)
    assert [(s.title, s.audience, s.questions) for s in outline.sections] == [
        ("Recognition (recognition officers)", "provider", ("How fast should a decision be made?",))
    ]


def test_ordinary_sections_and_brackets_stay_as_they_are(tmp_path: Path) -> None:
    path = tmp_path / "outline.md"
    path.write_text(
        "# Guidelines\n\n## Funding (2025 round)\n\nWhat the money is for, after the break-even year.\n\n"
        "- Who pays?\n\n## Breaks in learning\n\n- How long may a learner pause a course?\n",
        encoding="utf-8",
    )
    outline = load_outline(path)
    assert [s.title for s in outline.sections] == ["Funding (2025 round)", "Breaks in learning"]
    assert outline.sections[0].audience == "system"  # the default: "(2025 round)" names no one
    assert outline.sections[0].purpose == "What the money is for, after the break-even year."


@pytest.mark.parametrize(
    "text",
    ["Lunch break 12:30–13:30", "6. Any other business", "AOB", "09:30 Welcome", "Close of the meeting 16:00."],
)
def test_agenda_items_are_known(text: str) -> None:
    assert is_agenda_item(text)


@pytest.mark.parametrize(
    "text", ["Breaks in learning", "Closing the skills gap", "Welcomed by employers?", "Short break-even courses"]
)
def test_titles_that_only_begin_alike_are_no_agenda_items(text: str) -> None:
    assert not is_agenda_item(text)


def test_a_bracket_that_names_no_audience_is_none() -> None:
    assert bracketed_audience("Funding (online)") is None
    assert bracketed_audience("Funding (for policy makers)") == "system"


def test_each_agenda_item_left_out_is_named_in_a_warning(tmp_path: Path) -> None:
    from pipeline.drafting.outline_data import OutlineWarning

    path = tmp_path / "outline.md"
    path.write_text(
        "# Network day\n\n## Coffee break 10:30\n\n## Mentoring (for providers)\n\n"
        "- Who mentors a new assessor?\n\n## Other business\n",
        encoding="utf-8",
    )
    with pytest.warns(OutlineWarning) as heard:
        outline = load_outline(path)
    assert [s.title for s in outline.sections] == ["Mentoring (for providers)"]
    named = [str(w.message) for w in heard if issubclass(w.category, OutlineWarning)]
    assert len(named) == 2 and "'Coffee break 10:30'" in named[0] and "'Other business'" in named[1]


def test_no_warning_when_no_agenda_item_is_left_out(tmp_path: Path) -> None:
    import warnings

    from pipeline.drafting.outline_data import OutlineWarning

    path = tmp_path / "outline.md"
    path.write_text("# Plan\n\n## Closing the skills gap\n\n- Which skills are missing?\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error", OutlineWarning)
        assert [s.title for s in load_outline(path).sections] == ["Closing the skills gap"]
