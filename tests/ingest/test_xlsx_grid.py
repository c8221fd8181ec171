"""A grid of headed cells in a workbook (a SWOT analysis, pros and cons): each cell reads under its own heading,
the text merged under the grid is the writer's prose, and no column name is taken for a speaker."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from ingest.model import Location, Passage
from ingest.readers.xlsx import XlsxReader
from ingest.turn_labels import find_speakers
from ingest.turns import own_turns

_GRID = [
    ("Strengths", "Weaknesses"),
    (
        "- 42 partner firms in the region\n- Training centre opened in 2011",
        "- Few trainers under 40\n- No evening courses",
    ),
    ("Opportunities", "Threats"),
    ("- A new apprenticeship law in 2026\n- Regional funds for upskilling", "- Firms poaching trained staff"),
]
_ASK = "Each micro-credential should be assessed at the workplace by a trainer and a company mentor together."


def _swot(path: Path, *, members_title: bool) -> Path:
    wb = Workbook()
    wb.properties.creator = "Marta Kowalczyk"
    sheet = wb.active
    sheet.title = "Analysis"
    sheet.append(["Regional printing industry chamber - SWOT on micro-credentials", None])
    sheet.merge_cells("A1:B1")
    sheet.append([None, None])
    for row in _GRID:
        sheet.append(list(row))
        if "\n" not in row[0]:
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
    for cells in sheet.iter_rows():
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True)
    sheet.append([None, None])
    sheet.append([_ASK, None])
    sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=2)
    members = wb.create_sheet("Firms")
    if members_title:
        members.append(["Partner firms by town", None])
    members.append(["Town", "Firms", "Apprentices"])
    for row in (("Gdynia", 14, 60), ("Sopot", 9, 21), ("Wejherowo", 19, 48)):
        members.append(list(row))
    wb.save(path)
    return path


@pytest.mark.unit
@pytest.mark.parametrize("members_title", [True, False])
def test_quadrants_read_under_their_own_headings(tmp_path: Path, members_title: bool) -> None:
    result = XlsxReader().read(_swot(tmp_path / "swot.xlsx", members_title=members_title))
    texts = [p.text for p in result.passages]
    assert "Strengths\n- 42 partner firms in the region\n- Training centre opened in 2011" in texts
    assert "Weaknesses\n- Few trainers under 40\n- No evening courses" in texts
    assert "Opportunities\n- A new apprenticeship law in 2026\n- Regional funds for upskilling" in texts
    assert "Threats\n- Firms poaching trained staff" in texts  # a quadrant of a single point
    assert not any("Strengths: " in t for t in texts)  # no heading names the rows under it
    assert _ASK in texts  # the ask merged under the grid is prose of its own
    assert any("Town: Gdynia; Firms: 14; Apprentices: 60" in t for t in texts)  # the table keeps its header


@pytest.mark.unit
def test_grid_workbook_is_no_transcript(tmp_path: Path) -> None:
    # the second sheet starts at its header row: its column name opens every row, as a speaker's label would
    result = XlsxReader().read(_swot(tmp_path / "swot.xlsx", members_title=False))
    kept, warnings = own_turns(list(result.passages), "Marta Kowalczyk", "Regional Printing Industry Chamber")
    assert warnings == []
    assert [p.text for p in kept] == [p.text for p in result.passages]


@pytest.mark.unit
def test_table_of_several_line_cells_stays_a_table(tmp_path: Path) -> None:
    wb = Workbook()
    sheet = wb.active
    sheet.append(["Theme", "Comments"])
    sheet.append(["Assessment", "Practical tasks\nObserved at work"])
    sheet.append(["Funding", "Vouchers"])  # a row of short values after it, as a grid's headings would be
    sheet.append(["Recognition", "Credit transfer\nA common template"])
    sheet["A1"].font = sheet["B1"].font = Font(bold=True)
    path = tmp_path / "themes.xlsx"
    wb.save(path)
    texts = [p.text for p in XlsxReader().read(path).passages]
    assert any("Theme: Assessment; Comments: Practical tasks Observed at work" in t for t in texts)
    assert any("Theme: Funding; Comments: Vouchers" in t for t in texts)
    assert any("Theme: Recognition; Comments: Credit transfer A common template" in t for t in texts)


def _passage(text: str, sheet: str) -> Passage:
    return Passage(text, Location(label=f"sheet {sheet}", section=sheet, section_path=(sheet,)))


@pytest.mark.unit
def test_column_names_of_repeated_rows_are_no_speakers() -> None:
    rows = "\n".join(f"Town: {t}; Firms: {n}" for t, n in (("Gdynia", 14), ("Sopot", 9), ("Puck", 3)))
    grid = "Pros: short courses; Cons: no evening classes\nPros: Employers; Cons: Unions"
    assert find_speakers([_passage(grid, "A"), _passage(rows, "B")]) == set()
    # a real record's turns are still turns, beside a table of the same file
    record = (
        "Chair: We open the hearing on micro-credentials.\nMs Nowak: Employers should co-design the courses.\n"
        "Chair: Thank you. Mr Zielinski?\nMr Zielinski: Assessment must stay with the schools."
    )
    assert find_speakers([_passage(record, "Minutes"), _passage(rows, "B")]) == {"chair", "ms nowak", "mr zielinski"}


@pytest.mark.unit
def test_one_survey_response_stays_a_row_named_by_its_header(tmp_path: Path) -> None:
    # a survey tool's export of one response: short column names over one row, one answer typed over two lines
    wb = Workbook()
    sheet = wb.active
    sheet.append(["Response", "Country", "Q1 Size", "Q2 Assessment", "Q3 Funding"])
    sheet.append([118, "Malta", "3 ECTS", "At the workplace\nby a mentor", "Employers"])
    path = tmp_path / "response.xlsx"
    wb.save(path)
    texts = [p.text for p in XlsxReader().read(path).passages]
    assert texts == [
        "Response: 118; Country: Malta; Q1 Size: 3 ECTS; Q2 Assessment: At the workplace by a mentor; Q3 Funding: "
        "Employers"
    ]
