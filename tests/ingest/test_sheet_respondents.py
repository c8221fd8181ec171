"""A survey tool's export with several respondents: only the contributor's row is theirs, the others named in a
warning, the tool's tracking columns left out (ingest.readers.sheet_forms, ingest.sheet_authors)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ingest.ownership import own_words
from ingest.readers.csvfile import CsvReader

pytestmark = pytest.mark.unit

HEADER = ["#", "Your full name", "Where do you work?", "What should a short course prove?", "Any other remarks?",
          "Started at (CET)", "Submitted at (CET)", "Network ID", "utm_source", "Tags", "Token"]  # fmt: skip
ROWS = [
    ["1", "Piet Claes", "Ghent", "Attendance is enough for me.", "", "2026-02-01 10:00", "2026-02-01 10:04",
     "aa11", "mail", "", "tok1"],
    ["2", "Marta Vidal", "Girona", "A short course should prove a skill with a real assessment at its end.",
     "Trainers need time to write the assessments.", "2026-02-02 09:00", "2026-02-02 09:30", "bb22", "web",
     "partner", "tok2"],
    ["3", "anonymous", "", "Money.", "", "2026-02-03 08:00", "2026-02-03 08:01", "cc33", "web", "", "tok3"],
]  # fmt: skip


def _export(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def test_only_the_contributors_row_is_kept_and_the_others_named(tmp_path: Path) -> None:
    read = CsvReader().read(_export(tmp_path / "responses.csv", ROWS))
    own = own_words(read.passages, "Marta Vidal", "", None)
    text = "\n".join(p.text for p in own.passages)
    assert "real assessment" in text and "time to write the assessments" in text
    assert "Attendance is enough" not in text and "Money." not in text and "Piet Claes" not in text
    # the tool's tracking columns are nobody's words
    for field in ("tok2", "bb22", "utm_source", "Network ID", "Token", "2026-02-02"):
        assert field not in text
    assert any("Piet Claes" in note and "anonymous respondent" in note for note in own.notes)


def test_a_single_respondents_export_is_kept_whole(tmp_path: Path) -> None:
    read = CsvReader().read(_export(tmp_path / "responses.csv", ROWS[1:2]))
    own = own_words(read.passages, "Marta Vidal", "", None)
    assert "real assessment" in "\n".join(p.text for p in own.passages) and not own.notes


def test_an_export_none_of_whose_respondents_is_the_contributor_is_left_as_it_is(tmp_path: Path) -> None:
    read = CsvReader().read(_export(tmp_path / "responses.csv", ROWS))
    own = own_words(read.passages, "Girona Adult School", "Girona Adult School", None)
    text = "\n".join(p.text for p in own.passages)
    assert "Attendance is enough" in text and "real assessment" in text
