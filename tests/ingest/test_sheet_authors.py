"""A tracker's or a post wall's export: its bookkeeping columns left out, only the contributor's rows and comments
kept (ingest.readers.sheet_columns, ingest.sheet_authors)."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from ingest.ownership import own_words
from ingest.readers import reader_for
from ingest.readers.csvfile import CsvReader
from ingest.readers.xlsx import XlsxReader
from tests.ingest.test_ods_reader import cell, write_ods

pytestmark = pytest.mark.unit

TRACKER_HEADER = ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project name", "Priority", "Assignee",
                  "Reporter", "Created", "Labels", "Description", "Comment", "Comment"]  # fmt: skip


def _tracker(path: Path) -> Path:
    rows = [
        ["Stance: open badges", "HUB-3", "3003", "Story", "Open", "Hub", "High", "tomas.berg", "ines.moura",
         "01/Apr/26 9:00 AM", "stance", "Badges should carry the hours of study.",
         "02/Apr/26 10:00 AM;tomas.berg;We counted 900 badges issued last year.",
         "03/Apr/26 11:00 AM;ines.moura;Agreed, the hours are our position."],
        ["Stance: evening courses", "HUB-4", "3004", "Story", "Open", "Hub", "Low", "ines.moura", "tomas.berg",
         "01/Apr/26 9:30 AM", "stance", "Draft by Tomas, to be rewritten.",
         "04/Apr/26 8:00 AM;ines.moura;Rewritten: courses should also run in the evenings.", ""],
    ]  # fmt: skip
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(TRACKER_HEADER)
        writer.writerows(rows)
    return path


def _wall(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Wall"
    sheet.append(["Subject", "Body", "Author", "Created At", "Updated At", "Section", "Reactions"])
    sheet.append(["Paper too", "Learners should get a printed certificate as well.", "Ines Moura",
                  "2026-04-01 09:00", "2026-04-01 09:00", "Our view", 5])  # fmt: skip
    sheet.append(["A question", "Would an outside examiner be fairer?", "Tomas Berg",
                  "2026-04-02 10:00", "2026-04-02 10:00", "Questions", 1])  # fmt: skip
    sheet.append(["Numbers", "We have 410 members in 12 towns.", "Rui Sal", "2026-04-03 10:00", "", "Facts", 0])
    book.save(path)
    return path


def test_a_tracker_export_keeps_title_and_description_not_its_bookkeeping(tmp_path: Path) -> None:
    text = "\n".join(p.text for p in CsvReader().read(_tracker(tmp_path / "issues.csv")).passages)
    assert "Summary: Stance: open badges" in text and "Badges should carry the hours of study." in text
    for gone in ("HUB-3", "3003", "Story", "Open", "High", "01/Apr/26 9:00 AM", "Labels"):
        assert gone not in text
    assert "Reporter: ines.moura" in text  # kept for the ingest to tell whose row it is


def test_a_tracker_keeps_only_the_contributors_issues_and_comments(tmp_path: Path) -> None:
    result = CsvReader().read(_tracker(tmp_path / "issues.csv"))
    own = own_words(result.passages, "Inês Moura", "Learning Hub", None)
    text = "\n".join(p.text for p in own.passages)
    assert "Badges should carry the hours of study." in text
    assert "Comment: Agreed, the hours are our position." in text
    assert "Comment: Rewritten: courses should also run in the evenings." in text
    assert "900 badges" not in text and "Draft by Tomas" not in text and "evening courses" not in text
    assert "ines.moura" not in text and "tomas.berg" not in text
    assert any("tomas.berg" in note and "someone else's words" in note for note in own.notes)


def test_a_post_wall_keeps_only_the_contributors_posts(tmp_path: Path) -> None:
    result = XlsxReader().read(_wall(tmp_path / "wall.xlsx"))
    own = own_words(result.passages, "I. Moura", "", None)
    text = "\n".join(p.text for p in own.passages)
    assert "Learners should get a printed certificate as well." in text
    assert "outside examiner" not in text and "410 members" not in text
    assert "Reactions" not in text and "2026-04-01" not in text and "Author" not in text
    assert any("Tomas Berg" in note and "Rui Sal" in note for note in own.notes)


def test_a_sheet_whose_authors_do_not_include_the_contributor_is_left_as_it_is(tmp_path: Path) -> None:
    result = XlsxReader().read(_wall(tmp_path / "wall.xlsx"))
    own = own_words(result.passages, "Ana Horvat", "", None)
    assert [p.text for p in own.passages] == [p.text for p in result.passages]


def test_an_ordinary_sheet_with_an_author_column_keeps_its_columns(tmp_path: Path) -> None:
    path = tmp_path / "reading.csv"
    path.write_text(
        "Title,Author,Year\nShort courses in Europe,Ana Horvat,2021\nBadges at work,Ivo Kranjc,2023\n",
        encoding="utf-8",
    )
    result = CsvReader().read(path)
    text = "\n".join(p.text for p in result.passages)
    assert "Year: 2021" in text and "Author: Ana Horvat" in text


def test_a_list_of_works_by_author_keeps_every_row_whoever_the_contributor(tmp_path: Path) -> None:
    path = tmp_path / "reading.csv"
    path.write_text(
        "Title,Author,Year\nShort courses in Europe,Ana Horvat,2021\nBadges at work,Ivo Kranjc,2023\n",
        encoding="utf-8",
    )
    result = CsvReader().read(path)
    own = own_words(result.passages, "Ana Horvat", "", None)
    assert "Badges at work" in "\n".join(p.text for p in own.passages)


def test_a_post_wall_in_calc_keeps_only_the_contributors_posts(tmp_path: Path) -> None:
    rows = [
        cell("Subject", style="ce1") + cell("Body", style="ce1") + cell("Author", style="ce1")
        + cell("Created At", style="ce1"),
        cell("Paper too") + cell("Learners should get a printed certificate as well.") + cell("Ines Moura")
        + cell("2026-04-01 09:00"),
        cell("A question") + cell("Would an outside examiner be fairer?") + cell("Tomas Berg")
        + cell("2026-04-02 10:00"),
    ]  # fmt: skip
    path = write_ods(tmp_path / "wall.ods", [("Wall", rows)])
    own = own_words(reader_for(path).read(path).passages, "Ines Moura", "", None)
    text = "\n".join(p.text for p in own.passages)
    assert "printed certificate" in text and "outside examiner" not in text and "Tomas Berg" not in text
    assert any("Tomas Berg" in note for note in own.notes)


def test_a_post_that_writes_a_column_name_in_its_body_is_still_its_authors(tmp_path: Path) -> None:
    # the row's author is its author cell: words in the body that look like another column are the body's
    path = tmp_path / "wall.csv"
    path.write_text(
        "Subject,Body,Author,Created At\n"
        'Minutes,"We quote the minutes; Author: Tomas Berg, who holds that paper is enough.",Ines Moura,2026-04-01\n'
        "A question,Would an outside examiner be fairer?,Tomas Berg,2026-04-02\n",
        encoding="utf-8",
    )
    own = own_words(CsvReader().read(path).passages, "Ines Moura", "", None)
    text = "\n".join(p.text for p in own.passages)
    assert "We quote the minutes; Author: Tomas Berg, who holds that paper is enough." in text
    assert "outside examiner" not in text


def test_the_kept_passages_carry_no_rows_and_others_keep_none(tmp_path: Path) -> None:
    result = CsvReader().read(_tracker(tmp_path / "issues.csv"))
    assert all(len(p.rows) == p.text.count("\n") + 1 for p in result.passages)
    own = own_words(result.passages, "Inês Moura", "Learning Hub", None)
    assert own.passages and all(p.rows == () for p in own.passages)
