"""XLSX reader: rows as named fields, sheet/row locations, hidden sheets, saved formula values."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font

from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.xlsx import XlsxReader
from tests.ingest.xlsx_helpers import (
    NOTES,
    XLSM_MAIN,
    XLSX_MAIN,
    by_label,
    excel_like,
    patch_member,
    single_sheet,
)


@pytest.mark.unit
def test_rows_under_a_header_read_as_named_fields(workbook: Path) -> None:
    assert by_label(workbook)["sheet Survey, rows 2-5"].split("\n") == [
        "Country: Latvia; Provider: Riga Technical University; Minimum ECTS: 3; "
        "Comment: Short courses should stack towards a degree.",
        "Country: Estonia; Provider: Tallinn University; Minimum ECTS: 5",  # the empty comment is left out
        "Country: Lithuania; Provider: Vilnius College; Minimum ECTS: 2.5; "
        "Comment: Workload must be stated in hours as well.",
        "Country: Finland; Provider: Open University; Minimum ECTS: 1; Comment: Below one credit a badge is enough.",
    ]


@pytest.mark.unit
def test_sheets_in_workbook_order_with_sheet_as_section(workbook: Path) -> None:
    passages = XlsxReader().read(workbook).passages
    assert [p.location.label for p in passages] == [
        "sheet Survey, rows 2-5",
        "sheet Notes, rows 1-2",
        "sheet Notes, row 3",
        "sheet Values, rows 2-3",
    ]
    assert [p.location.section for p in passages] == ["Survey", "Notes", "Notes", "Values"]
    assert passages[0].location.as_metadata()["section_path"] == "Survey"


@pytest.mark.unit
def test_free_text_sheet_reads_as_sentences(workbook: Path) -> None:
    # one column of prose has no header: a title line, then each answer as its own line, words untouched; each
    # answer ends its passage (the title stays with the first), so an answer is found and cited as its own row
    passages = by_label(workbook)
    assert passages["sheet Notes, rows 1-2"] == "\n".join(NOTES[:2])
    assert passages["sheet Notes, row 3"] == NOTES[2]


@pytest.mark.unit
def test_hidden_sheet_skipped_with_a_warning(workbook: Path) -> None:
    result = XlsxReader().read(workbook)
    assert "sheet Lookup is hidden; not read" in result.warnings
    assert not any("MC-INTERNAL" in p.text for p in result.passages)
    assert result.units == 3  # sheets read


@pytest.mark.unit
def test_dates_iso_percentages_and_flags_as_shown(workbook: Path) -> None:
    assert by_label(workbook)["sheet Values, rows 2-3"].split("\n") == [
        "Consultation: First round; Closes: 2024-05-31; Share agreeing: 25%; Published: TRUE",
        "Consultation: Second round; Closes: 2024-09-15; Share agreeing: 62.5%; Published: FALSE",
    ]


@pytest.mark.unit
def test_properties_from_core(workbook: Path) -> None:
    props = XlsxReader().read(workbook).properties
    assert (props.title, props.author, props.date) == ("Survey on micro-credential size", "Ilze Berzina", "2024-03-05")


@pytest.mark.unit
def test_library_default_creator_and_missing_core_part_give_no_author(tmp_path: Path) -> None:
    path = single_sheet(tmp_path / "plain.xlsx", [["Country", "Provider", "ECTS"], ["Malta", "MCAST", 2]])
    assert XlsxReader().read(path).properties.author is None  # openpyxl's own "openpyxl" names nobody
    with zipfile.ZipFile(path) as archive:
        parts = {i.filename: archive.read(i) for i in archive.infolist() if i.filename != "docProps/core.xml"}
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    props = XlsxReader().read(path).properties
    assert (props.title, props.author, props.date) == (None, None, None)  # not openpyxl's invented "now"


@pytest.mark.unit
def test_formula_without_saved_value_is_left_out(tmp_path: Path) -> None:
    # openpyxl writes the formula without a result; Excel would compute it on opening, but the reader only
    # takes saved values and computes nothing, so the cell reads as empty (and never as formula text)
    path = single_sheet(
        tmp_path / "totals.xlsx",
        [["Provider", "Courses", "ECTS"], ["Riga", 4, 12], ["Tartu", 2, 8], ["Total", "=SUM(B2:B3)", "=SUM(C2:C3)"]],
    )
    lines = by_label(path)["sheet Sheet, rows 2-4"].split("\n")
    assert lines[-1] == "Provider: Total"
    assert "SUM" not in "\n".join(lines)


@pytest.mark.unit
def test_formula_reads_as_its_saved_value(tmp_path: Path) -> None:
    # Excel and LibreOffice save each formula's last result next to it (<f>..</f><v>6</v>): that is what a
    # reader of the sheet sees, and what is extracted
    path = single_sheet(
        tmp_path / "totals.xlsx",
        [["Provider", "Courses", "ECTS"], ["Riga", 4, 12], ["Tartu", 2, 8], ["Total", "=SUM(B2:B3)", "=SUM(C2:C3)"]],
    )
    saved = {"B4": "6", "C4": "20"}

    def cache(xml: str) -> str:
        return re.sub(
            r'(<c r="([BC]4)"[^>]*><f>[^<]*</f>)<v\s*(?:/>|></v>)', lambda m: f"{m[1]}<v>{saved[m[2]]}</v>", xml
        )

    patch_member(path, "xl/worksheets/sheet1.xml", cache)
    assert by_label(path)["sheet Sheet, rows 2-4"].split("\n")[-1] == "Provider: Total; Courses: 6; ECTS: 20"


@pytest.mark.unit
@pytest.mark.parametrize(
    ("name", "main_type", "with_macros"),
    [("responses.xlsx", XLSX_MAIN, False), ("responses.xlsm", XLSM_MAIN, True)],
)
def test_excel_layout_shared_strings_dates_and_saved_results(
    tmp_path: Path, name: str, main_type: str, with_macros: bool
) -> None:
    path = excel_like(tmp_path / name, main_type, with_macros)
    assert by_label(path)["sheet Responses, rows 2-3"].split("\n") == [
        "Country: Latvia; Provider: Riga Technical University; Minimum ECTS: 3; Responded: 2024-06-01; Share: 40%",
        "Country: Estonia; Provider: TLU; Share: 55%",  # the #DIV/0! error is left out like an empty cell
    ]


@pytest.mark.unit
def test_title_rows_before_the_header_stay_plain(tmp_path: Path) -> None:
    path = single_sheet(
        tmp_path / "titled.xlsx",
        [
            ["Micro-credential providers, spring 2024"],
            [],
            ["Country", "Provider", "Minimum ECTS"],
            ["Latvia", "RTU", 3],
            ["Estonia", "TLU", 5],
        ],
    )
    assert by_label(path)["sheet Sheet, rows 1-5"].split("\n") == [
        "Micro-credential providers, spring 2024",
        "Country: Latvia; Provider: RTU; Minimum ECTS: 3",
        "Country: Estonia; Provider: TLU; Minimum ECTS: 5",
    ]


@pytest.mark.unit
def test_without_a_header_cells_are_joined_with_pipes(tmp_path: Path) -> None:
    path = single_sheet(tmp_path / "numbers.xlsx", [[2021, 14, 3.5], [2022, 19, 4.0], [2023, 26, None, "estimate"]])
    assert by_label(path)["sheet Sheet, rows 1-3"].split("\n") == [
        "2021 | 14 | 3.5",
        "2022 | 19 | 4",
        "2023 | 26 | estimate",
    ]


@pytest.mark.unit
def test_two_column_label_value_form_is_not_a_table(tmp_path: Path) -> None:
    path = single_sheet(
        tmp_path / "form.xlsx", [["Contributor", "Jane Ozola"], ["Organisation", "Latvian Rectors' Council"]]
    )
    assert (
        by_label(path)["sheet Sheet, rows 1-2"] == "Contributor | Jane Ozola\nOrganisation | Latvian Rectors' Council"
    )


@pytest.mark.unit
def test_two_column_table_with_bold_header_is_a_table(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Country", "Minimum ECTS"], ["Latvia", 3], ["Estonia", 5]]
    path = single_sheet(tmp_path / "bold.xlsx", rows, bold_first_row=True)
    assert (
        by_label(path)["sheet Sheet, rows 2-3"] == "Country: Latvia; Minimum ECTS: 3\nCountry: Estonia; Minimum ECTS: 5"
    )


@pytest.mark.unit
def test_column_without_a_header_is_named_by_its_letter(tmp_path: Path) -> None:
    path = single_sheet(tmp_path / "extra.xlsx", [["Country", "Provider", "ECTS"], ["Malta", "MCAST", 2, "pilot only"]])
    assert by_label(path)["sheet Sheet, row 2"] == "Country: Malta; Provider: MCAST; ECTS: 2; column D: pilot only"


@pytest.mark.unit
def test_long_sheet_is_split_into_passages_of_consecutive_rows(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Country", "Provider", "Minimum ECTS"]]
    rows += [[f"Country {k}", f"Provider number {k}", k % 6 + 1] for k in range(1, 201)]
    passages = XlsxReader().read(single_sheet(tmp_path / "long.xlsx", rows)).passages
    spans = []
    for passage in passages:  # "rows 2-13", or "row 201" for a passage of one row
        first, last = re.fullmatch(r"sheet Sheet, rows? (\d+)(?:-(\d+))?", passage.location.label).groups()
        spans.append((int(first), int(last or first)))
    assert spans[0][0] == 2 and spans[-1][1] == 201
    assert all(b[0] == a[1] + 1 for a, b in zip(spans, spans[1:], strict=False))  # no gaps, no overlaps
    assert all(len(p.text) <= 800 and len(p.text.split("\n")) <= 40 for p in passages)
    assert sum(len(p.text.split("\n")) for p in passages) == 200


@pytest.mark.unit
def test_huge_declared_dimension_reads_only_the_data(tmp_path: Path) -> None:
    path = single_sheet(
        tmp_path / "dimension.xlsx", [["Country", "Provider", "ECTS"], ["Latvia", "RTU", 3], ["Malta", "MCAST", 2]]
    )
    patch_member(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:Z1048576"', xml),
    )
    result = XlsxReader().read(path)
    assert [p.location.label for p in result.passages] == ["sheet Sheet, rows 2-3"]
    assert result.warnings == ()


@pytest.mark.unit
def test_too_small_declared_dimension_does_not_cut_rows(tmp_path: Path) -> None:
    path = single_sheet(
        tmp_path / "dimension.xlsx", [["Country", "Provider", "ECTS"], ["Latvia", "RTU", 3], ["Malta", "MCAST", 2]]
    )
    patch_member(
        path, "xl/worksheets/sheet1.xml", lambda xml: re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:A1"', xml)
    )
    assert by_label(path)["sheet Sheet, rows 2-3"].endswith("Country: Malta; Provider: MCAST; ECTS: 2")


@pytest.mark.unit
def test_long_run_of_empty_styled_rows_stops_the_sheet_with_a_warning(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Survey"
    ws.append(["Country", "Provider", "ECTS"])
    ws.append(["Latvia", "RTU", 3])
    for row in range(3, 1503):  # formatted but empty, as some writers save whole columns
        ws.cell(row=row, column=1).font = Font(italic=True)
    ws.cell(row=1600, column=1, value="far below")
    wb.save(tmp_path / "styled.xlsx")
    result = XlsxReader().read(tmp_path / "styled.xlsx")
    assert [p.text for p in result.passages] == ["Country: Latvia; Provider: RTU; ECTS: 3"]
    assert result.warnings == (
        "sheet Survey: reading stopped at row 1,002 after 1,000 empty rows in a row; anything further down was not "
        "read",
    )


@pytest.mark.unit
def test_chart_sheet_is_named_in_a_warning(tmp_path: Path) -> None:
    wb = Workbook()
    data = wb.active
    data.title = "Data"
    for row in [["Country", "Provider", "Minimum ECTS"], ["Latvia", "RTU", 3], ["Malta", "MCAST", 2]]:
        data.append(row)
    chart = BarChart()
    chart.add_data(Reference(data, min_col=3, min_row=1, max_row=3), titles_from_data=True)
    wb.create_chartsheet("ECTS chart").add_chart(chart)
    wb.save(tmp_path / "chart.xlsx")
    result = XlsxReader().read(tmp_path / "chart.xlsx")
    assert [p.location.label for p in result.passages] == ["sheet Data, rows 2-3"]
    assert result.warnings == ("chart sheet ECTS chart not read (charts are not read from workbooks)",)


@pytest.mark.unit
def test_empty_workbook_has_no_text(tmp_path: Path) -> None:
    Workbook().save(tmp_path / "empty.xlsx")
    with pytest.raises(ReadError, match="^no text found$"):
        XlsxReader().read(tmp_path / "empty.xlsx")


@pytest.mark.unit
def test_text_only_in_hidden_sheets_says_so(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["Code", "Meaning", "Scope"])
    wb.active.sheet_state = "hidden"
    wb.create_sheet("Visible")
    wb.save(tmp_path / "hidden.xlsx")
    with pytest.raises(ReadError, match=r"^no text found \(hidden sheets not read: Sheet\)$"):
        XlsxReader().read(tmp_path / "hidden.xlsx")


@pytest.mark.unit
def test_char_limit_names_the_setting(workbook: Path) -> None:
    with pytest.raises(LimitExceeded, match="^extracted text exceeds the limit of 200 characters$") as info:
        XlsxReader().read(workbook, limits=Limits(max_chars=200))
    assert info.value.setting == "max_chars" and "(setting max_chars)" in info.value.reason
