"""A sheet of posts whose author column is spelled as its tool spells it ("author_name", "createdBy"), and one with
no title column (a board's notes): only the contributor's rows kept, without the tool's bookkeeping."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ingest.ownership import own_words
from ingest.readers import reader_for
from ingest.readers.sheet_posts import is_author

pytestmark = pytest.mark.unit


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _kept(path: Path, contributor: str) -> tuple[str, list[str]]:
    result = reader_for(path).read(path)
    own = own_words(result.passages, contributor, "", result.properties.author)
    return "\n".join(p.text for p in own.passages), own.notes


@pytest.mark.parametrize("name", ["author_name", "authorName", "Created by", "created-by", "User name", "Username"])
def test_an_author_column_is_known_however_it_is_spelled(name: str) -> None:
    assert is_author(name)


@pytest.mark.parametrize("name", ["Members", "author email", "Authority", "Body"])
def test_other_columns_name_no_author(name: str) -> None:
    assert not is_author(name)


def test_a_decision_thread_keeps_only_the_contributors_stances(tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "decision.csv",
        [
            ["id", "kind", "author_name", "title", "body", "stance", "created_at", "updated_at"],
            ["11", "poll", "Marta Ruiz", "Our reply", "Assessment should be done by the course's own trainer.", "",
             "2026-03-01 10:00", "2026-03-01 10:05"],
            ["12", "stance", "Pau Roca", "", "Disagree: an outside examiner is fairer, and we have 80 members.",
             "disagree", "2026-03-02 09:00", "2026-03-02 09:00"],
            ["13", "stance", "Marta Ruiz", "", "Agree, and the courses should be free for jobseekers.", "agree",
             "2026-03-02 11:00", "2026-03-02 11:00"],
        ],
    )  # fmt: skip
    text, notes = _kept(path, "Marta Ruiz")
    assert "own trainer" in text and "free for jobseekers" in text
    assert "outside examiner" not in text and "80 members" not in text
    assert "Pau Roca" in " ".join(notes)
    assert "2026-03" not in text and "kind:" not in text and "id:" not in text and "stance: agree" in text


def test_a_board_export_without_titles_keeps_only_the_contributors_notes_without_bookkeeping(tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "board.csv",
        [
            ["Frame", "Type", "Content", "Color", "Author", "Created", "Last modified", "Tags"],
            ["Frame 1 - Size", "sticky_note", "Credits should be stated on every certificate.", "yellow",
             "Ola Berg", "2026-02-01 09:00", "2026-02-01 09:01", "position"],
            ["Frame 1 - Size", "sticky_note", "My own course is 7 credits, does that count?", "pink",
             "Kari Lund", "2026-02-01 09:02", "2026-02-01 09:02", ""],
        ],
    )  # fmt: skip
    text, _ = _kept(path, "Ola Berg")
    assert "Credits should be stated" in text and "7 credits" not in text
    assert "sticky_note" not in text and "yellow" not in text and "2026-02" not in text and "Tags" not in text


def test_an_ordinary_sheet_with_a_user_and_a_date_keeps_its_columns(tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "log.csv",
        [["User", "Created", "Status"], ["Ana", "2026-01-01", "open"], ["Ben", "2026-01-02", "closed"]],
    )
    text, notes = _kept(path, "Ana")
    assert "Ben" in text and "closed" in text and not notes
