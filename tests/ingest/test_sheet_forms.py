"""Survey tools' exports (Microsoft Forms as .xlsx, Google Forms as .csv): each answer a passage of its own under
its question, quoted; the tool's response numbers, times and "anonymous" left out. Other tables keep their rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from ingest.model import QUOTE_MARK
from ingest.readers.csvfile import CsvReader
from ingest.readers.sheet_forms import form_columns
from ingest.readers.xlsx import XlsxReader

pytestmark = pytest.mark.unit

ASK_SIZE = "1. How many hours should the smallest micro-credential take?"
ASK_PAY = "2. Please describe who should pay for the assessment and why"
SIZE = "Forty hours at least, or employers will not take the credential seriously."
PAY = "The regional fund should pay, since small firms cannot release staff and pay fees at the same time."


def forms_workbook(path: Path) -> Path:
    """A workbook saved the way Microsoft Forms exports responses: the tool's columns, then the questions."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Form1"
    ws.append(["Id", "Start time", "Completion time", "Email", "Name", "Organisation", ASK_SIZE, ASK_PAY])
    start = dt.datetime(2026, 2, 2, 9, 15, 3)
    ws.append([1, start, start + dt.timedelta(minutes=14), "anonymous", None, "Harbour Logistics", SIZE, PAY])
    ws.append([2, start, start + dt.timedelta(minutes=3), "anonymous", None, "Dockside Catering", "Twenty.", None])
    wb.save(path)
    return path


def test_each_answer_of_a_forms_export_is_a_passage_under_its_quoted_question(tmp_path: Path) -> None:
    texts = [p.text for p in XlsxReader().read(forms_workbook(tmp_path / "responses.xlsx")).passages]
    assert texts == [
        f"Organisation: Harbour Logistics\n{QUOTE_MARK}{ASK_SIZE}\n{SIZE}",
        f"Organisation: Harbour Logistics\n{QUOTE_MARK}{ASK_PAY}\n{PAY}",
        f"Organisation: Dockside Catering\n{QUOTE_MARK}{ASK_SIZE}\nTwenty.",  # the unanswered question is not read
    ]
    joined = "\n".join(texts)
    assert "anonymous" not in joined and "2026" not in joined and "Id:" not in joined


def test_a_google_forms_csv_reads_each_answer_under_its_question_and_keeps_a_named_respondent(tmp_path: Path) -> None:
    path = tmp_path / "responses.csv"
    path.write_text(
        f'Timestamp,Email address,Name,"{ASK_SIZE}"\n2026/02/02 9:15:03 AM GMT+1,m.rossi@port.example,Maria Rossi,'
        f'"{SIZE}"\n',
        encoding="utf-8",
    )
    texts = [p.text for p in CsvReader().read(path).passages]
    assert texts == [f"Email address: m.rossi@port.example; Name: Maria Rossi\n{QUOTE_MARK}{ASK_SIZE}\n{SIZE}"]


def test_tables_that_are_not_a_survey_tools_export_keep_their_rows(tmp_path: Path) -> None:
    # a programme with start and end times but no question, and a table of questions with no tool's times
    assert form_columns({1: "Session", 2: "Start time", 3: "End time", 4: "Speaker"}) is None
    assert form_columns({1: "Country", 2: "Should fees be capped?", 3: "Comment"}) is None
    wb = Workbook()
    ws = wb.active
    ws.title = "Programme"
    ws.append(["Session", "Start time", "End time", "Speaker"])
    ws.append(["Opening", "09:00", "09:30", "Marta Kowalska"])
    wb.save(tmp_path / "programme.xlsx")
    texts = [p.text for p in XlsxReader().read(tmp_path / "programme.xlsx").passages]
    assert texts == ["Session: Opening; Start time: 09:00; End time: 09:30; Speaker: Marta Kowalska"]


def test_a_numbered_question_without_its_mark_and_a_long_comment_are_answers_not_fields(tmp_path: Path) -> None:
    path = tmp_path / "export.tsv"
    comment = "Our centre has run twelve short courses for dockers since 2023, all of them in the evening."
    header = ["Response ID", "Started", "Completed", "Organisation", "Q2. Any other remarks", "Comments"]
    row = ["R-7", "2026-02-02 09:15", "2026-02-02 09:40", "Harbour Logistics", SIZE, comment]
    path.write_text("\t".join(header) + "\n" + "\t".join(row) + "\n", encoding="utf-8")
    texts = [p.text for p in CsvReader().read(path).passages]
    assert texts == [
        f"Organisation: Harbour Logistics\n{QUOTE_MARK}Q2. Any other remarks\n{SIZE}",
        f"Organisation: Harbour Logistics\n{QUOTE_MARK}Comments\n{comment}",
    ]
