"""A questionnaire a respondent fills in (a Delphi round): the study's statements are quoted, each row stands alone."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from ingest.model import QUOTE_MARK
from ingest.readers.sheet_forms import questionnaire_columns
from ingest.readers.xlsx import XlsxReader


def _workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Ronda"
    ws.append(["Rating exercise on short courses, second round"])
    ws.append(["Respondent: R3 - Ana Lind, Harbour Training Union"])
    ws.append([])
    ws.append(["#", "Statement to rate", "Group mean", "Your score", "Your remarks"])
    for cell in ws[4]:
        cell.font = Font(bold=True)
    ws.append([1, "Short courses need no final test.", 4.5, 1, "A test at the end is the only proof of skill."])
    ws.append([2, "Providers should publish their fees.", 6, 6])
    ws.append([3, "Courses should be free for the unemployed.", 5, 7, "The job centre ought to pay all of it."])
    wb.save(path)
    return path


def test_a_questionnaires_statements_are_quoted_and_each_answer_stands_alone(tmp_path: Path) -> None:
    result = XlsxReader().read(_workbook(tmp_path / "round.xlsx"))
    texts = [p.text for p in result.passages]
    title = texts[0].splitlines()
    assert all(line.startswith(QUOTE_MARK) for line in title)  # the form's title and respondent line
    first = next(t for t in texts if "final test" in t)
    assert f"{QUOTE_MARK}#: 1; Statement to rate: Short courses need no final test.; Group mean: 4.5" in first
    assert "Your remarks: A test at the end is the only proof of skill." in first
    own = [line for line in first.splitlines() if not line.startswith(QUOTE_MARK)]
    assert not any("no final test" in line for line in own)
    second = next(t for t in texts if "publish" in t)
    assert "free for the unemployed" not in second  # a row without remarks is not joined to the next


def test_only_a_header_with_the_respondents_columns_and_a_statement_is_a_questionnaire() -> None:
    assert questionnaire_columns({1: "No.", 2: "Statement", 3: "Your rating"}) == frozenset({3})
    assert questionnaire_columns({1: "Statement", 2: "Rating", 3: "Comment"}) is None
    assert questionnaire_columns({1: "Faculty", 2: "Your role", 3: "Answer"}) is None
