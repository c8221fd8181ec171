"""A consultation downloaded from Google Sheets with one tab per question: each tab's question (its title row) is
the form's wording, quoted, never the respondent's text; each answer is read under it, the time stamp left out.
A title that asks nothing stays as the sheet's own text."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from ingest.model import QUOTE_MARK
from ingest.readers.xlsx import XlsxReader

pytestmark = pytest.mark.unit

ASK_FEES = "Who should pay the assessment fee for a short course?"
ASK_TIME = "When should staff follow the courses?"
FEES = "The employer should pay the assessment fee, because the course serves the firm first."
TIME = "Courses should run in the afternoon so that shift workers can attend."


def tabs_workbook(path: Path) -> Path:
    """A cover tab, then a tab per question: the question in row 1, the header in row 2, an answer per row."""
    wb = Workbook()
    cover = wb.active
    cover.title = "Instructions"
    cover.append(["Answers collected by the staff office, one tab per question."])
    for name, question, answer in (("Fees", ASK_FEES, FEES), ("Timing", ASK_TIME, TIME)):
        ws = wb.create_sheet(name)
        ws.append([question])
        ws.append(["Timestamp", "Department", "Answer"])
        ws.append(["12/02/2026 10:04:51", "Catering", answer])
    wb.save(path)
    return path


def test_each_tabs_question_is_quoted_over_its_answers(tmp_path: Path) -> None:
    passages = XlsxReader().read(tabs_workbook(tmp_path / "consultation.xlsx")).passages
    texts = [p.text for p in passages]
    assert f"Department: Catering\n{QUOTE_MARK}{ASK_FEES}\n{FEES}" in texts
    assert f"Department: Catering\n{QUOTE_MARK}{ASK_TIME}\n{TIME}" in texts
    # the question never stands unquoted, as if the respondent had written it; the time stamp is the tool's
    assert not any(line == ASK_FEES for text in texts for line in text.split("\n"))
    assert not any("10:04:51" in text for text in texts)
    assert "Answers collected by the staff office, one tab per question." in texts


def test_a_question_title_over_a_table_without_an_answer_column_is_quoted(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["What do our members offer?"])
    ws.append(["Member", "Course", "Hours"])
    ws.append(["Harbour College", "Welding basics", 40])
    wb.save(tmp_path / "members.xlsx")
    text = "\n".join(p.text for p in XlsxReader().read(tmp_path / "members.xlsx").passages)
    assert f"{QUOTE_MARK}What do our members offer?" in text
    assert "Member: Harbour College; Course: Welding basics; Hours: 40" in text


def test_a_title_that_asks_nothing_stays_the_sheets_text(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Courses offered in 2025"])
    ws.append(["Timestamp", "Department", "Answer"])
    ws.append(["12/02/2026 10:04:51", "Catering", FEES])
    wb.save(tmp_path / "courses.xlsx")
    lines = [line for p in XlsxReader().read(tmp_path / "courses.xlsx").passages for line in p.text.split("\n")]
    assert "Courses offered in 2025" in lines
    assert any(line.endswith(f"Answer: {FEES}") for line in lines)
