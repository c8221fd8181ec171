"""Dates in a metadata sheet as people write them: month names in several languages, numeric dates whose order the
sheet's other dates show, and one warning for a column that never shows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metadata import build_meta, read_metadata_csv
from ingest.metadata_sheet import sheet_warnings

pytestmark = pytest.mark.unit


def meta(**row: str):
    return build_meta("a.pdf", Path("a.pdf"), row)


@pytest.mark.parametrize(
    "written",
    [
        "3 March 2026", "03/03/2026", "2026-03-03", "March 3, 2026", "3rd March 2026", "03.03.2026",
        "3. März 2026", "3 mars 2026", "3 de marzo de 2026", "3 marca 2026", "3 marzec 2026", "3 MARCA 2026",
    ],
)  # fmt: skip
def test_dates_written_in_common_forms_become_iso(written):
    assert meta(date=written)[0].date == "2026-03-03"


@pytest.mark.parametrize(
    "written", ["12 października 2026", "12 pazdziernika 2026", "12 października 2026 r.", "12.10.2026 r."]
)
def test_polish_month_names_are_read_with_or_without_their_accents(written):
    assert meta(date=written)[0].date == "2026-10-12"


def test_a_sheets_numeric_dates_follow_the_order_its_other_dates_show(tmp_path):
    path = tmp_path / "metadata.csv"
    path.write_text("file,date\na.pdf,03/04/2026\nb.pdf,13/04/2026\n", encoding="utf-8")
    rows = read_metadata_csv(path)
    assert (rows["a.pdf"]["date"], rows["b.pdf"]["date"]) == ("2026-04-03", "2026-04-13")
    # on its own, 03/04/2026 could be 3 April or 4 March: kept as written, and said so
    found, warnings = meta(date="03/04/2026")
    assert found.date == "03/04/2026"
    assert warnings == [
        "date '03/04/2026' is kept as written: its day and month can be read either way; write it as YYYY-MM-DD"
    ]


@pytest.mark.parametrize(
    "written", ["3 de março de 2026", "3 de marco de 2026", "3 maart 2026", "3 mrt 2026", "3 de mar. de 2026"]
)
def test_portuguese_and_dutch_month_names_are_read(written):
    assert meta(date=written)[0].date == "2026-03-03"


def _sheet(tmp_path, text):
    path = tmp_path / "metadata.csv"
    path.write_text(text, encoding="utf-8")
    return path, read_metadata_csv(path)


def test_a_date_column_that_never_shows_its_order_is_read_day_first_with_one_warning(tmp_path):
    path, rows = _sheet(tmp_path, "file,contributor,date\na.pdf,A,02/03/2026\nb.pdf,B,05/04/2026\nc.pdf,C,07/07/2026\n")
    assert [rows[name]["date"] for name in ("a.pdf", "b.pdf", "c.pdf")] == ["2026-03-02", "2026-04-05", "2026-07-07"]
    # one warning for the column, naming the reading; none for each row
    assert sheet_warnings(path) == [
        "metadata.csv: its dates never show whether the day or the month comes first; read day first, as European "
        "sheets write them ('02/03/2026' as 2026-03-02); if the sheet writes the month first, give its dates as "
        "YYYY-MM-DD"
    ]
    assert all(build_meta(name, Path(name), row)[1] == [] for name, row in rows.items())


def test_a_sheet_in_a_language_that_writes_the_day_first_is_read_so_without_a_warning(tmp_path):
    path, rows = _sheet(tmp_path, "Datei;Verfasser;Datum\na.pdf;A;02/03/2026\nb.pdf;B;05/04/2026\n")
    assert (rows["a.pdf"]["date"], rows["b.pdf"]["date"]) == ("2026-03-02", "2026-04-05")
    assert sheet_warnings(path) == []


@pytest.mark.parametrize(
    ("shown", "expected"),
    [("13/03/2026", "2026-03-02"), ("03/13/2026", "2026-02-03")],  # day first, or a second part over 12: month first
)
def test_a_date_column_that_shows_its_order_once_is_read_in_it_without_a_warning(tmp_path, shown, expected):
    path, rows = _sheet(tmp_path, f"file,contributor,date\na.pdf,A,02/03/2026\nb.pdf,B,{shown}\n")
    assert rows["a.pdf"]["date"] == expected
    assert sheet_warnings(path) == []


def test_a_date_column_that_shows_both_orders_keeps_its_unsure_dates_as_written(tmp_path):
    # typed by two hands: 02/03/2026 could be either, so it is kept and its row says so
    path, rows = _sheet(tmp_path, "file,contributor,date\na.pdf,A,02/03/2026\nb.pdf,B,13/03/2026\nc.pdf,C,03/13/2026\n")
    assert (rows["b.pdf"]["date"], rows["c.pdf"]["date"]) == ("2026-03-13", "2026-03-13")
    found, warnings = build_meta("a.pdf", Path("a.pdf"), rows["a.pdf"])
    assert found.date == "02/03/2026"
    assert warnings == [
        "date '02/03/2026' is kept as written: its day and month can be read either way; write it as YYYY-MM-DD"
    ]
    assert sheet_warnings(path) == []


def test_a_workbooks_date_column_is_read_day_first_as_a_csvs(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["File", "Author", "Date received"])
    book.active.append(["a.pdf", "A", "02/03/2026"])
    path = tmp_path / "metadata.xlsx"
    book.save(path)
    assert read_metadata_csv(path)["a.pdf"]["date"] == "2026-03-02"
    assert len([w for w in sheet_warnings(path) if "read day first" in w]) == 1


def test_the_date_columns_warning_follows_the_sheet_as_saved_after_a_read(tmp_path):
    # the warning comes from the rows' last read; a sheet saved again since is read again
    path, _ = _sheet(tmp_path, "file,contributor,date\na.pdf,A,02/03/2026\n")
    assert len(sheet_warnings(path)) == 1
    path.write_text("file,contributor,date\na.pdf,A,02/03/2026\nb.pdf,B,13/03/2026\n", encoding="utf-8")
    assert sheet_warnings(path) == []
