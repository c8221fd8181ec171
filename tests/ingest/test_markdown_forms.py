"""Markdown reader: HTML comments left out, a template's check boxes read as a form's answers, a Marp deck read
slide by slide; prose, code and lists that merely look alike are kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.model import QUOTE_MARK
from ingest.readers.markdown import MarkdownReader
from ingest.readers.markdown_forms import drop_comments, read_check_boxes, split_slides

pytestmark = pytest.mark.unit

ISSUE = """\
# Feedback on the draft recommendations

<!-- Fill in every part marked with a star.
     Remove this text before you open the issue. -->

### Which audience does your feedback address? *

- [x] Ministries and regulators
- [ ] Training providers
- [X] Recognition officers

### Your feedback *

Regional chambers should keep the register of short courses. <!-- optional: add a link -->

### Confirmation

- [x] I agree that this issue is public
"""


def _read(tmp_path: Path, text: str, name: str = "input.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return MarkdownReader().read(path)


def test_comments_of_a_template_are_left_out(tmp_path: Path) -> None:
    result = _read(tmp_path, ISSUE)
    text = "\n".join(p.text for p in result.passages)
    assert "Fill in every part" not in text and "Remove this text" not in text and "optional" not in text
    assert "<!--" not in text and "-->" not in text
    assert "Regional chambers should keep the register of short courses." in text
    assert any("2 HTML comment(s) left out" in w for w in result.warnings)


def test_ticked_boxes_are_answers_and_unticked_options_are_left_out(tmp_path: Path) -> None:
    result = _read(tmp_path, ISSUE)
    by_section = {p.location.section: p.text for p in result.passages}
    audience = by_section["1 Which audience does your feedback address? *"]
    assert audience.split("\n") == [
        f"{QUOTE_MARK}Ministries and regulators",
        "Yes",
        f"{QUOTE_MARK}Recognition officers",
        "Yes",
    ]
    assert "Training providers" not in "\n".join(p.text for p in result.passages)
    assert by_section["3 Confirmation"].split("\n") == [f"{QUOTE_MARK}I agree that this issue is public", "Yes"]


def test_a_list_with_no_box_ticked_stays_quoted(tmp_path: Path) -> None:
    text = "## Options\n\n- [ ] Ask the ministry about funding\n- [ ] Send the survey to the colleges\n"
    result = _read(tmp_path, text)
    assert result.passages[0].text.split("\n") == [
        f"{QUOTE_MARK}Ask the ministry about funding",
        f"{QUOTE_MARK}Send the survey to the colleges",
    ]


def test_a_list_of_tasks_under_its_heading_is_the_writers_text(tmp_path: Path) -> None:
    text = (
        "# Board of the adult school\n\n## Next steps\n\n"
        "- [x] Ask the ministry about funding\n- [ ] Send the survey to the colleges\n"
    )
    result = _read(tmp_path, text)
    assert result.passages[-1].text.split("\n") == [
        "- Ask the ministry about funding",
        "- Send the survey to the colleges",
    ]


def test_tasks_given_to_the_people_a_note_names_are_its_text_under_any_heading() -> None:
    note = (
        "**Present:** Jonas Berg, Aino Laine\n\n## Decided today\n\n"
        "- [ ] Jonas: draft the letter to the council\n- [x] Aino – book the hall\n"
    )
    assert read_check_boxes(note).split("\n")[-3:] == [
        "- Jonas: draft the letter to the council",
        "- Aino – book the hall",
        "",
    ]
    # the same items with one person the note never names are a form's options still
    stranger = note.replace("- [x] Aino – book", "- [x] Ruben: book")
    assert f"{QUOTE_MARK}Ruben: book the hall" in read_check_boxes(stranger)


def test_brackets_that_are_no_box_are_kept() -> None:
    text = "- [see annex] for the figures\n- [ ]not a box without a space\n1. [x]ray courses"
    assert read_check_boxes(text) == text


def test_comment_like_prose_and_code_are_kept() -> None:
    text = (
        "An HTML comment opens with <!-- and nobody closes it here.\n"
        "Write `<!-- hidden -->` to hide a line.\n"
        "\n"
        "```html\n"
        "<!-- kept in the code -->\n"
        "```\n"
    )
    kept, count = drop_comments(text)
    assert kept == text and count == 0


def test_an_unclosed_comment_keeps_the_text_below(tmp_path: Path) -> None:
    result = _read(tmp_path, "<!-- a note the writer never closed\n\nProviders should publish their fees.\n")
    assert "Providers should publish their fees." in result.passages[0].text


def test_a_comment_between_two_paragraphs_parts_them() -> None:
    kept, count = drop_comments("First line.\n<!--\nreminder\n-->\nSecond line.")
    assert kept.split("\n") == ["First line.", "", "", "", "Second line."] and count == 1


DECK = """\
---
marp: true
paginate: true
footer: Valley Colleges Association
---

# Short courses that count

Ana Petrović, secretary

<!-- greet the chair first -->

---

## Assessment

- Final exams should be held at the workplace.

<!--
Tell them about the pilot in the spring.
-->

---

---

## Fees

| Course | Fee |
|---|---|
| Welding | 120 EUR |
"""


def test_a_marp_deck_is_read_slide_by_slide(tmp_path: Path) -> None:
    result = _read(tmp_path, DECK, "deck.md")
    assert [p.location.label for p in result.passages] == ["slide 1", "slide 2", "slide 4"]
    assert [p.location.slide for p in result.passages] == [1, 2, 4]
    assert result.passages[1].location.section == "Assessment"
    assert result.passages[1].text == "Assessment\n- Final exams should be held at the workplace."
    assert "Welding | 120 EUR" in result.passages[2].text
    assert result.properties.title == "Short courses that count"
    text = "\n".join(p.text for p in result.passages)
    assert "greet the chair" not in text and "pilot in the spring" not in text and "Valley Colleges" not in text


def test_a_deck_without_marp_keeps_its_rules_and_sections(tmp_path: Path) -> None:
    result = _read(tmp_path, DECK.replace("marp: true\n", ""), "deck.md")
    assert not any(p.location.label.startswith("slide") for p in result.passages)


def test_a_line_of_dashes_under_text_is_no_slide_separator() -> None:
    assert split_slides("Title\n---\nText\n\n---\n\nNext") == ["Title\n---\nText\n", "\nNext"]
