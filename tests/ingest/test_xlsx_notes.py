"""Notes written under a table, and cells' comments: what people add around a workbook's figures.

Each workbook is built in code as people make them: a table, an empty row, then a line or two in the first column
("Note: ...", "Source: ..."); a comment put on a cell by the workbook's writer or by a colleague.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.comments import Comment

from ingest.readers.csvfile import CsvReader
from ingest.readers.xlsx import XlsxReader

pytestmark = pytest.mark.unit

TABLE = [
    ["Course", "Hours", "ECTS", "Fee (EUR)"],
    ["Bookkeeping basics", 40, 2, 120],
    ["Digital office skills", 25, 1, 90],
    ["Forklift operation", 30, 1, 180],
]


def book(path: Path, below: list[list[object]], *, creator: str = "Jana Ozola", last: str | None = None) -> Workbook:
    wb = Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = last
    sheet = wb.active
    sheet.title = "Plan"
    for row in TABLE + below:
        sheet.append(row)
    return wb


def texts(path: Path) -> list[str]:
    return [p.text for p in XlsxReader().read(path).passages]


def test_notes_under_the_table_are_prose_of_their_own_not_rows_of_it(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    below = [[], ["Notes"], ["Note: fees are those planned for 2025."], ["Source: the centre's budget for 2025."]]
    book(path, below).save(path)
    passages = XlsxReader().read(path).passages
    assert passages[-1].text == "Note: fees are those planned for 2025.\nSource: the centre's budget for 2025."
    assert passages[-1].location.label == "sheet Plan, rows 7-8"
    assert not any("Course: Note" in p.text or "Course: Notes" in p.text for p in passages)
    assert passages[0].text.endswith("Course: Forklift operation; Hours: 30; ECTS: 1; Fee (EUR): 180")


def test_a_note_right_under_the_table_is_one_when_it_says_so(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    book(path, [["Source: national statistics office, 2025."]]).save(path)
    assert texts(path)[-1] == "Source: national statistics office, 2025."


def test_a_row_with_only_its_first_cell_filled_is_still_a_row_of_the_table(tmp_path: Path) -> None:
    # no empty row before it and no note's label: a course still without figures, not a note
    path = tmp_path / "plan.xlsx"
    book(path, [["Welding inspection"], ["Care of older people", 60, 2, 150]]).save(path)
    text = "\n".join(texts(path))
    assert "Course: Welding inspection\nCourse: Care of older people; Hours: 60" in text


def test_a_second_table_under_the_notes_is_read_as_a_table_again(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    book(path, [[], ["The centre was founded in 1991."], ["Evening groups", 12, 1, 60]]).save(path)
    assert texts(path)[-2:] == [
        "The centre was founded in 1991.",
        "Course: Evening groups; Hours: 12; ECTS: 1; Fee (EUR): 60",
    ]


def test_notes_under_a_csv_table_are_prose_of_their_own(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    rows = [",".join(str(v) for v in row) for row in TABLE]
    path.write_text("\n".join([*rows, ",,,", "Note: fees are those planned for 2025.,,,"]) + "\n", encoding="utf-8")
    passages = CsvReader().read(path).passages
    assert passages[-1].text == "Note: fees are those planned for 2025."
    assert "Course: Forklift operation" in passages[0].text


def test_the_writers_own_comment_is_the_cells_note_and_a_colleagues_is_quoted(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    wb = book(path, [])
    sheet = wb.active
    sheet["D2"].comment = Comment("Jana Ozola:\nThe fee includes the exam.", "Jana Ozola")  # as Excel writes it
    sheet["C4"].comment = Comment("I would give 2 ECTS for this one.", "Marek Horvat")
    wb.save(path)
    lines = "\n".join(texts(path)).split("\n")
    assert (
        "Course: Bookkeeping basics; Hours: 40; ECTS: 2; Fee (EUR): 120 (note on Fee (EUR): The fee includes the exam.)"
        in lines
    )
    row = lines.index("Course: Forklift operation; Hours: 30; ECTS: 1; Fee (EUR): 180")
    assert lines[row + 1] == "> Note by Marek Horvat on ECTS: I would give 2 ECTS for this one."


def test_a_comment_is_quoted_when_the_workbook_was_saved_by_someone_else_too(tmp_path: Path) -> None:
    # created by Jana, saved last by Marek: which of them the contributor is, the file cannot tell
    path = tmp_path / "plan.xlsx"
    wb = book(path, [], last="Marek Horvat")
    wb.active["D2"].comment = Comment("The fee includes the exam.", "Jana Ozola")
    wb.save(path)
    assert "> Note by Jana Ozola on Fee (EUR): The fee includes the exam." in "\n".join(texts(path)).split("\n")


THREADED = (
    '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">'
    '<threadedComment ref="B3" dT="2026-03-01T10:00:00" personId="{P1}" id="{C1}"><text>Could this be 20 hours?'
    '</text></threadedComment><threadedComment ref="B3" personId="{P2}" id="{C2}" parentId="{C1}">'
    "<text>No, the exam alone takes four.</text></threadedComment></ThreadedComments>"
)
PERSONS = (
    '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">'
    '<person displayName="Marek Horvat" id="{P1}" userId="m" providerId="None"/>'
    '<person displayName="Jana Ozola" id="{P2}" userId="j" providerId="None"/></personList>'
)
SHEET_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2017/10/relationships/'
    'threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>'
)


def test_a_threaded_comment_and_its_reply_each_keep_their_author(tmp_path: Path) -> None:
    # Excel 365's threaded comments: the thread's parts added to a saved workbook as Excel writes them
    plain, path = tmp_path / "plain.xlsx", tmp_path / "plan.xlsx"
    book(plain, []).save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr("xl/worksheets/_rels/sheet1.xml.rels", SHEET_RELS)
        target.writestr("xl/threadedComments/threadedComment1.xml", THREADED)
        target.writestr("xl/persons/person.xml", PERSONS)
    lines = "\n".join(texts(path)).split("\n")
    row = "Course: Digital office skills; Hours: 25; ECTS: 1; Fee (EUR): 90"
    row += " (note on Hours: No, the exam alone takes four.)"  # Jana, the workbook's writer, answered
    assert lines[lines.index(row) + 1] == "> Note by Marek Horvat on Hours: Could this be 20 hours?"


def test_damaged_comments_cost_their_notes_not_the_workbooks_text(tmp_path: Path) -> None:
    plain, path = tmp_path / "plain.xlsx", tmp_path / "plan.xlsx"
    book(plain, []).save(plain)
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr("xl/worksheets/_rels/sheet1.xml.rels", SHEET_RELS)
        target.writestr("xl/threadedComments/threadedComment1.xml", "<ThreadedComments><unclosed>")
    result = XlsxReader().read(path)
    assert "Course: Bookkeeping basics; Hours: 40; ECTS: 2; Fee (EUR): 120" in result.passages[0].text
    assert result.warnings == ("cell comments not read (XMLSyntaxError)",)


def test_a_comment_on_the_header_row_is_named_in_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    wb = book(path, [])
    wb.active["D1"].comment = Comment("Fees as planned in January.", "Jana Ozola")
    wb.save(path)
    result = XlsxReader().read(path)
    assert result.warnings == ("sheet Plan: cell comments on 1 row(s) not read (the header row or rows without text)",)
    assert "January" not in "\n".join(p.text for p in result.passages)
