"""Letters and Word documents saved as web pages: Word's list marks, a letter's greeting and its closing.

The pages are written here as Word ("Save as Web Page, Filtered") and web editors write them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.html import HtmlReader

pytestmark = pytest.mark.unit

NBSP = "&nbsp;" * 7


def word_item(mark: str, font: str, text: str) -> str:
    """A list paragraph as Word writes it in a web page: the mark in a span of its font, then spaces for its tab."""
    return (
        f"<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt'><span style='font-family:{font}'>{mark}"
        f"<span style='font:7.0pt \"Times New Roman\"'>{NBSP}\n</span></span>{text}</p>"
    )


def page(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "statement.htm"
    path.write_text(f"<html><head><title>Statement</title></head><body>{body}</body></html>", encoding="utf-8")
    return [p.text for p in HtmlReader().read(path).passages]


def test_words_symbol_and_courier_list_marks_are_marks_not_text(tmp_path: Path) -> None:
    body = (
        "<h1>Statement</h1><h2>Venues</h2>"
        + word_item("·", "Symbol", "Course materials should be published in accessible formats.")
        + word_item("o", '"Courier New"', "Venues should have a lift.")
        + word_item("§", "Wingdings", "Providers should publish the accessibility of each venue.")
    )
    assert page(tmp_path, body) == [
        "Course materials should be published in accessible formats.\nVenues should have a lift.\n"
        "Providers should publish the accessibility of each venue."
    ]


def test_a_paragraph_that_opens_with_such_a_letter_or_sign_keeps_it(tmp_path: Path) -> None:
    # no run of non-breaking spaces after it: a word, a dash or a figure of the text, not a list mark
    body = (
        "<h1>Statement</h1><h2>Venues</h2><p>o levels and A levels are not micro-credentials.</p>"
        "<p>- 3 ECTS is the minimum we propose.</p><p>· the dot is the text's own.</p>"
    )
    assert page(tmp_path, body) == [
        "o levels and A levels are not micro-credentials.\n- 3 ECTS is the minimum we propose.\n"
        "· the dot is the text's own."
    ]


def test_a_letter_page_leaves_out_its_greeting_and_its_closing_with_the_signature(tmp_path: Path) -> None:
    body = (
        "<p>Dear colleagues,</p>"
        "<p>Every micro-credential should state its workload in hours as well as in ECTS credits.</p>"
        "<p>Recognition officers need the assessment method written on the certificate.</p>"
        "<p>Kind regards,</p><p>Milica Radunović<br>Montenegrin Alliance for Accessible Learning</p>"
    )
    passages = page(tmp_path, body)
    assert passages == [
        "Every micro-credential should state its workload in hours as well as in ECTS credits.\n"
        "Recognition officers need the assessment method written on the certificate."
    ]
    path = tmp_path / "statement.htm"
    # the greeting still counts among the paragraphs, so the others keep the numbers an editor counts
    assert HtmlReader().read(path).passages[0].location.label == "paragraphs 2-3"


def test_a_greeting_or_a_closing_inside_the_text_is_text(tmp_path: Path) -> None:
    body = (
        "<p>Dear colleagues are invited to comment on the draft by 30 April.</p>"
        "<p>Every micro-credential should state its workload in hours.</p>"
        "<p>Kind regards to the teachers who piloted the courses: their reports are annexed.</p>"
    )
    assert page(tmp_path, body) == [
        "Dear colleagues are invited to comment on the draft by 30 April.\n"
        "Every micro-credential should state its workload in hours.\n"
        "Kind regards to the teachers who piloted the courses: their reports are annexed."
    ]
