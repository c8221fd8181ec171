"""A live poll's export: the audience's answers under a bare "Response" heading are several people's words, kept
quoted, never the presenter's (ingest.audience_answers, applied by ingest.ownership). The workbook is our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.model import QUOTE_MARK
from ingest.ownership import own_words
from ingest.readers import reader_for

pytestmark = pytest.mark.unit


def _poll(tmp_path: Path, answers: list[str]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "3 Open ended"
    sheet.append(["Who should pay for the skipper's final test?"])
    sheet.append(["My own answer is in the notes sheet."])
    sheet.append(["Response"])
    for answer in answers:
        sheet.append([answer])
    notes = book.create_sheet("Presenter notes")
    notes.append(["Slide", "Presenter notes"])
    notes.append([3, "Say it plainly: the harbour that hires the skipper should pay for the test."])
    path = tmp_path / "poll_results.xlsx"
    book.save(path)
    return path


def _lines(path: Path) -> list[str]:
    result = reader_for(path).read(path)
    own = own_words(result.passages, "Rita Zammit", "Harbour Guild", None)
    return [line for p in own.passages for line in p.text.split("\n")]


def test_an_audiences_answers_are_kept_quoted(tmp_path: Path) -> None:
    answers = ["The state should pay, clubs are too small", "Half and half", "The skipper, if he leaves the club"]
    lines = _lines(_poll(tmp_path, answers))
    for answer in answers:
        assert QUOTE_MARK + answer in lines
    # the presenter's own words stay theirs
    assert any("the harbour that hires the skipper should pay for the test" in line for line in lines)
    assert not any(line.startswith(QUOTE_MARK) and "harbour that hires" in line for line in lines)


def test_a_single_answer_under_its_heading_is_left_as_it_is(tmp_path: Path) -> None:
    lines = _lines(_poll(tmp_path, ["The harbour should pay for every test a skipper sits."]))
    assert "The harbour should pay for every test a skipper sits." in lines
