"""Markdown reader: what note-taking tools export (Obsidian's callouts, wiki links and tags, Notion's properties,
asides and to-do lists) read as a person reads the page; plain quotes, headings, code and ordinary lines that look
alike are kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.model import QUOTE_MARK
from ingest.readers.markdown import MarkdownReader
from ingest.readers.markdown_notes import read_notes

pytestmark = pytest.mark.unit

VAULT = """\
---
tags: [apprenticeships]
---

Written after the regional round table; see [[Round table 2024|the round table notes]] and [[Budget plan]].

## Findings

Most apprentices finished their modules within the year.

> [!warning] What worries us
> Employers in the valley rarely accept credits earned elsewhere.
> They want an interview with every candidate.

> [!tip]-
> Trainers asked for a shared template of learning outcomes.

> "Nothing about us without us," a trainee told the panel.

![[chart-completions.png]]

Chambers should publish the list of recognised providers #policy each spring (see issue #4).

#apprenticeships #followup
"""


def _read(tmp_path: Path, text: str, name: str = "note.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return MarkdownReader().read(path)


def _sections(result) -> dict[str | None, str]:
    return {p.location.section: p.text for p in result.passages}


def test_callouts_are_the_authors_paragraphs_and_plain_quotes_stay_quotes(tmp_path: Path) -> None:
    text = _sections(_read(tmp_path, VAULT))["1 Findings"]
    lines = text.split("\n")
    assert "What worries us" in lines
    assert (
        "Employers in the valley rarely accept credits earned elsewhere. They want an interview with every candidate."
        in lines
    )
    assert "Trainers asked for a shared template of learning outcomes." in lines
    assert "[!" not in text
    assert f'{QUOTE_MARK}"Nothing about us without us," a trainee told the panel.' in lines


def test_wiki_links_read_as_words_and_embeds_are_left_out(tmp_path: Path) -> None:
    result = _read(tmp_path, VAULT)
    text = "\n".join(p.text for p in result.passages)
    assert "see the round table notes and Budget plan." in text
    assert "[[" not in text and "]]" not in text and "chart-completions" not in text


def test_tags_lose_their_mark_and_a_line_of_tags_is_left_out(tmp_path: Path) -> None:
    result = _read(tmp_path, VAULT)
    text = _sections(result)["1 Findings"]
    assert "list of recognised providers policy each spring (see issue #4)." in text
    assert "apprenticeships" not in text and "followup" not in text
    assert any("1 line(s) of tags left out" in w for w in result.warnings)


def test_hashes_that_are_no_tags_are_kept() -> None:
    source = "\n".join(
        [
            "# Heading stays",
            "Rank #1 in the survey, C# courses, https://example.org/page#part and issue #12.",
            "```",
            "#include <stdio.h>",
            "[[0, 1], [1, 0]]",
            "```",
            "A code span `#define X` stays.",
        ]
    )
    text, warnings = read_notes(source)
    assert text == source and warnings == []


NOTION = """\
# Training offer for rural schools

Owner: Marta Quist
Status: In review
Tags: rural, teachers
Last edited time: April 2, 2026 9:15 AM

<aside>
📌 This page collects what the network's teachers asked for during the spring visits.

</aside>

## Requests

Teachers should be able to take the courses during school hours.

## Tasks

- [x] Visit the northern schools
- [ ] Share the page with the ministry
"""


def test_notion_properties_are_left_out_and_the_aside_is_a_paragraph(tmp_path: Path) -> None:
    result = _read(tmp_path, NOTION, name="Training offer for rural schools 0a1b2c3d4e5f60718293a4b5c6d7e8f9.md")
    text = "\n".join(p.text for p in result.passages)
    for gone in ("Owner", "Marta Quist", "In review", "Tags", "Last edited", "<aside>", "</aside>", "📌"):
        assert gone not in text
    assert result.passages[0].text == (
        "This page collects what the network's teachers asked for during the spring visits."
    )
    assert result.properties.title == "Training offer for rural schools"
    assert any("4 Notion property line(s)" in w for w in result.warnings)
    tasks = _sections(result)["2 Tasks"].split("\n")
    # the writer's own list of tasks (session 18): ticked or not, each is their text, no form's "Yes"
    assert tasks == ["- Visit the northern schools", "- Share the page with the ministry"]


def test_property_lines_are_recognised_without_the_notion_file_name(tmp_path: Path) -> None:
    result = _read(tmp_path, NOTION, name="export.md")
    assert "Marta Quist" not in "\n".join(p.text for p in result.passages)


def test_lines_like_properties_that_are_the_text_are_kept(tmp_path: Path) -> None:
    memo = """\
# Memo on the pilot

Date: 3 March 2026
To: the steering group
From: the secretariat

Status: the pilot runs in four regions.
"""
    result = _read(tmp_path, memo)
    text = "\n".join(p.text for p in result.passages)
    assert "To: the steering group" in text and "Date: 3 March 2026" in text
    assert "Status: the pilot runs in four regions." in text
    single = "# Plan\n\nStatus: the board approved the plan in May.\n\nMore text follows here.\n"
    kept = "\n".join(p.text for p in _read(tmp_path, single, name="plan.md").passages)
    assert "Status: the board approved the plan in May." in kept  # one line alone is a sentence, not a block


def test_properties_further_down_the_page_are_the_text(tmp_path: Path) -> None:
    page = "# Review\n\nWe met twice.\n\nStatus: done\nOwner: the board\n"
    text = "\n".join(p.text for p in _read(tmp_path, page).passages)
    assert "Status: done" in text and "Owner: the board" in text


def test_an_aside_nothing_closes_is_kept() -> None:
    text, _ = read_notes("<aside>\nA box left open.\n")
    assert text == "<aside>\nA box left open.\n"


def test_a_paragraph_under_a_list_item_after_a_line_of_spaces_is_its_own(tmp_path: Path) -> None:
    page = "# Asks\n\n## Points\n\n- Fees\n    \n    Fees should be waived for job seekers.\n\n"
    page += "- Hours\n  in the evening\n"
    lines = _sections(_read(tmp_path, page))["1 Points"].split("\n")
    assert "Fees should be waived for job seekers." in lines and "- Fees" in lines
    assert "- Hours in the evening" in lines  # a wrapped item without a line between stays one line


def test_hackmd_boxes_are_quoted_notes_without_their_markers(tmp_path: Path) -> None:
    text = (
        "# Our view\n\n:::info\n**Status:** draft · **Editors:** @ana-k\n:::\n\n## Fees\n\n"
        "Courses should cost no more than 50 euros.\n\n:::warning\nAsk the board whether we sign.\n:::\n"
    )
    result = _read(tmp_path, text)
    joined = "\n".join(p.text for p in result.passages)
    assert ":::" not in joined
    assert f"{QUOTE_MARK}Status: draft · Editors: @ana-k" in joined.split("\n")
    assert f"{QUOTE_MARK}Ask the board whether we sign." in joined.split("\n")
    assert "Courses should cost no more than 50 euros." in joined.split("\n")
    assert any("HackMD box(es)" in w for w in result.warnings)
    # a box nothing closes is left as it stands
    assert read_notes(":::info\nNo end here")[0] == ":::info\nNo end here"
