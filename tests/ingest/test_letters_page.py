"""A newspaper's letters page: each letter is its writer's, the paper's lines and headlines nobody's."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.ownership import own_words
from ingest.readers import reader_for
from ingest.readers.letters_page import letters_on_page

pytestmark = pytest.mark.unit


def _rtf(paragraphs: list[str]) -> str:
    body = "".join(f"\\pard {p.replace(chr(10), chr(92) + 'line ')}\\par\n" for p in paragraphs)
    return "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}\n" + body + "}"


PAGE = [
    "THE VALLEY HERALD | Monday, 9 March 2026 | page 12",
    "Letters to the Editor",
    "Keep it short",
    "Sir, short courses for carpenters should end with a practical test in a real workshop, not a quiz.",
    "They should also be free for anyone out of work, whatever their age or their savings.",
    "Ida Lindqvist\nChair, Valley Carpenters' Guild, Eskilstuna",
    "Bus times",
    "Sir, the number 4 bus has been late every morning this month and the fare went up to 30 crowns.",
    "Per Holm, Torshälla",
    "Editor's note: the consultation is open until 30 March and we will print a selection of replies.",
]


def test_only_the_contributors_letter_is_kept_without_the_papers_lines(tmp_path: Path) -> None:
    path = tmp_path / "page.rtf"
    path.write_text(_rtf(PAGE), encoding="utf-8")
    result = reader_for(path).read(path)
    own = own_words(result.passages, "Ida Lindqvist", "Valley Carpenters' Guild", result.properties.author)
    text = " ".join(p.text for p in own.passages)
    assert "practical test" in text and "free for anyone" in text
    for other in ("number 4 bus", "HERALD", "Editor's note", "Keep it short", "Eskilstuna"):
        assert other not in text
    assert any("Per Holm" in note for note in own.notes)
    assert own.passages[1].location.label == "letter 1, paragraph 2"


def test_a_single_signed_letter_is_no_letters_page() -> None:
    letter = ["Dear Editor, the courses should be shorter and cheaper for everyone in town.", "Ida Lindqvist"]
    assert letters_on_page(letter) is None


def test_two_signed_sections_without_salutations_or_a_letters_line_are_no_page() -> None:
    report = [
        "Our first finding is that courses should be shorter for working adults.",
        "Ida Lindqvist",
        "Our second finding is that assessment should take place at work.",
        "Per Holm",
    ]
    assert letters_on_page(report) is None
