"""A board export's bookkeeping columns are left out; a sheet of amendments quotes the draft's wording."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ingest.model import QUOTE_MARK
from ingest.readers.csvfile import CsvReader
from ingest.readers.sheet_columns import board_bookkeeping, draft_column
from ingest.readers.xlsx import XlsxReader

pytestmark = pytest.mark.unit


def _text(result) -> str:
    return "\n".join(p.text for p in result.passages)


def test_a_board_export_keeps_only_the_cards_name_and_description(tmp_path: Path) -> None:
    path = tmp_path / "board.csv"
    path.write_text(
        "Card ID,Card Name,Card URL,Card Description,Labels,Members,Due Date,Comment Count,List Name,Archived\n"
        "a1b2c3,Ferry timetable,https://boards.example/c/a1b2c3,The island ferry should run hourly in summer.,"
        "transport,Oona Lind,2026-05-01T10:00:00.000Z,3,Proposals,false\n",
        encoding="utf-8",
    )
    text = _text(CsvReader().read(path))
    assert "Card Name: Ferry timetable" in text and "ferry should run hourly" in text
    for gone in ("a1b2c3", "boards.example", "transport", "Oona Lind", "2026-05-01", "Proposals", "false"):
        assert gone not in text


def test_a_sheet_with_a_due_date_but_no_card_keeps_every_column(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Action,Members,Due Date\nRepaint the village hall,Parish council,2026-06-30\n"
        "Fix the church roof,Diocese,2026-09-01\n",
        encoding="utf-8",
    )
    text = _text(CsvReader().read(path))
    assert "Parish council" in text and "2026-06-30" in text
    assert board_bookkeeping({1: "Action", 2: "Members", 3: "Due Date"}) == frozenset()


def test_the_drafts_wording_in_an_amendments_sheet_is_quoted(tmp_path: Path) -> None:
    path = tmp_path / "amendments.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["No.", "Current wording", "Suggested change", "Justification"])
    ws.append([1, "Ponds are cleaned once a year.", "Ponds should be cleaned every spring.", "Algae grow fast."])
    ws.append([2, "Fishing is allowed.", "Fishing should need a permit.", "Stocks are falling."])
    wb.save(path)
    passages = XlsxReader().read(path).passages
    text = "\n".join(p.text for p in passages)
    assert f"{QUOTE_MARK}Current wording: Ponds are cleaned once a year." in text
    assert f"{QUOTE_MARK}Current wording: Fishing is allowed." in text
    own = [line for line in text.split("\n") if not line.startswith(QUOTE_MARK)]
    assert not any("once a year" in line or "Fishing is allowed" in line for line in own)
    assert any("Fishing should need a permit" in line for line in own)


def test_a_draft_column_alone_is_no_amendment_sheet() -> None:
    assert draft_column({1: "Section", 2: "Draft text"}) is None
    assert draft_column({1: "Draft text", 2: "Proposed amendment"}) == 1
    assert draft_column({1: "Original text", 2: "Current wording", 3: "Comment"}) is None
