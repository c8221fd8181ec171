"""Numbered items under a note written under a table are the note's list, not rows named by the table's header
(ingest.readers.sheet_rows)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ingest.readers.xlsx import XlsxReader

pytestmark = pytest.mark.unit


def _matrix(path: Path, under: list[list[str]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["", "Aim", "Indicator", "Source"])
    for cell in ws[1]:
        cell.font = openpyxl.styles.Font(bold=True)
    ws.append(["Goal", "More adults in training", "Participation rises to 12%", "Labour force survey"])
    ws.append(["Output 1", "Evening courses in three towns", "Three courses a year", "Course reports"])
    ws.append([])
    ws.append(["Our proposals for the guidelines"])
    for row in under:
        ws.append(row)
    wb.save(str(path))
    return path


def test_numbered_proposals_under_a_matrix_are_read_as_a_list(tmp_path: Path) -> None:
    rows = [["1", "Every evening course should end with a practical assessment of the skill."],
            ["2", "Employers should give learners two paid hours a week for their course."]]  # fmt: skip
    text = "\n".join(p.text for p in XlsxReader().read(_matrix(tmp_path / "plan.xlsx", rows)).passages)
    assert "1. Every evening course should end with a practical assessment" in text
    assert "2. Employers should give learners two paid hours" in text
    assert "Aim: Every evening" not in text and "Aim: Employers" not in text
    assert "Aim: More adults in training" in text  # the matrix's own rows keep their header


def test_a_row_with_figures_under_the_note_stays_a_row_of_the_table(tmp_path: Path) -> None:
    text = "\n".join(p.text for p in XlsxReader().read(_matrix(tmp_path / "plan.xlsx", [["3", "12%"]])).passages)
    assert "1. " not in text and "3. 12%" not in text
