"""A register whose real headers sit under a title row and a row of merged group headers ("Podnositelj" over the
name, "Kontakt" over the e-mail and telephone): the name column is found under any group, in a .csv, an .xlsx and
an .ods, and a group's word never makes another column the contributor's."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metadata import read_metadata_csv
from ingest.metadata_headers import canonical_field
from ingest.metadata_sheet import sheet_warnings
from ingest.metadata_table import sub_header
from tests.ingest.test_metadata_ods import cell, write_ods

pytestmark = pytest.mark.unit

# A Croatian secretariat's register of our own: a running number, the file, then the sender's details
HEADER = ["Rb.", "Naziv datoteke", "Ime i prezime", "Ustanova", "Zemlja", "E-pošta", "Telefon"]
ROWS = [
    ["1.", "stav_zagreb.pdf", "Horvat, Ivana", "Zavod za strukovno obrazovanje", "Hrvatska", "ih@zso.hr", "+385 1"],
    ["2.", "izlaganje_split.pptx", "mr. sc. Tomislav Barić", "Pučko otvoreno učilište", "Hrvatska", "tb@pou.hr", ""],
]
TITLE = "Savjetovanje o mikrokvalifikacijama - popis priloga"


def _groups(*spans: tuple[str, int]) -> list[str]:
    """A group header row as a CSV saves merged cells: the name in the first column, empty fields after it."""
    return [cell for name, width in spans for cell in [name] + [""] * (width - 1)]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("\n".join(";".join(row) for row in rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "groups",
    [
        # the submitter's usual word on a consultation form, over the name and the body
        (("", 2), ("Podnositelj", 3), ("Kontakt", 2)),
        # the contact person's details grouped as one: the name stays the contributor's
        (("", 2), ("Kontakt", 5)),
        # only the name under its group, the rest under none
        (("", 2), ("Podnositelj", 1), ("", 2), ("Kontakt", 2)),
    ],
)
def test_the_name_under_any_group_header_is_the_contributor_in_a_csv(tmp_path, groups):
    path = _csv(tmp_path / "metadata.csv", [[TITLE] + [""] * 6, _groups(*groups), HEADER, *ROWS])
    rows = read_metadata_csv(path)
    assert (rows["stav_zagreb.pdf"]["contributor"], rows["stav_zagreb.pdf"]["organisation"]) == (
        "Ivana Horvat",
        "Zavod za strukovno obrazovanje",
    )
    assert rows["izlaganje_split.pptx"]["contributor"] == "Tomislav Barić"
    warnings = " ".join(sheet_warnings(path))
    assert "no column names the contributor" not in warnings
    assert "Ime i prezime" not in warnings


def test_the_groups_merged_in_an_xlsx_workbook_leave_the_name_column(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append([TITLE])
    sheet.merge_cells("A1:G1")
    sheet.append([None, "Prilog", "Podnositelj", None, None, "Kontakt", None])
    sheet.merge_cells("C2:E2")
    sheet.merge_cells("F2:G2")
    for row in (HEADER, *ROWS):
        sheet.append(row)
    path = tmp_path / "metadata.xlsx"
    book.save(path)
    rows = read_metadata_csv(path)
    assert rows["stav_zagreb.pdf"]["contributor"] == "Ivana Horvat"
    assert rows["stav_zagreb.pdf"]["country"] == "Hrvatska"
    assert not any("contributor" in note for note in sheet_warnings(path))


def test_the_groups_merged_in_an_ods_sheet_leave_the_name_column(tmp_path):
    def row(values: list[str]) -> str:
        return "".join(cell(value) for value in values)

    rows = [
        cell(TITLE, number_columns_spanned="7") + '<table:covered-table-cell table:number-columns-repeated="6"/>',
        cell()
        + cell("Prilog")
        + cell("Podnositelj", number_columns_spanned="3")
        + '<table:covered-table-cell table:number-columns-repeated="2"/>'
        + cell("Kontakt", number_columns_spanned="2")
        + "<table:covered-table-cell/>",
        row(HEADER),
        *(row(values) for values in ROWS),
    ]
    path = write_ods(tmp_path / "metadata.ods", rows)
    sheet = read_metadata_csv(path)
    assert sheet["izlaganje_split.pptx"]["contributor"] == "Tomislav Barić"
    assert sheet["izlaganje_split.pptx"]["organisation"] == "Pučko otvoreno učilište"


@pytest.mark.parametrize(
    ("group", "name"),
    [
        ("Déposant", "Nom et prénom"),  # French
        ("Einreicher", "Vor- und Nachname"),  # German
        ("Kontakt", "Meno a priezvisko"),  # Slovak
        ("Zgłaszający", "Imię i nazwisko"),  # Polish
    ],
)
def test_a_name_written_whole_is_the_contributor_under_a_group_in_other_languages(group, name):
    names = sub_header(["File", group, ""], ["", name, "Country"])
    assert [canonical_field(n) for n in names] == ["file", "contributor", "country"]


def test_a_group_word_never_makes_another_column_the_name_column(tmp_path):
    # "Autor" merged over the running number and the name: the number is no contributor, the name is
    path = _csv(
        tmp_path / "metadata.csv",
        [
            ["Datoteka", "Autor", "", "", "Zemlja"],
            ["", "Rb.", "Ime i prezime", "Ustanova", ""],
            ["a.pdf", "7", "Ana Kovač", "Veleučilište", "HR"],
        ],
    )
    row = read_metadata_csv(path)["a.pdf"]
    assert (row["contributor"], row["organisation"]) == ("Ana Kovač", "Veleučilište")
    names = sub_header(["File", "Author", "", ""], ["", "Organisation", "Full name", "Country"])
    assert [canonical_field(n) for n in names] == ["file", "organisation", "contributor", "country"]


def test_a_group_that_names_someone_else_keeps_the_name_under_it_out(tmp_path):
    # the reviewer's and the recipient's names are nobody's contribution
    names = sub_header(["File", "Contributor", "Reviewer", ""], ["", "Full name", "Full name", "Country"])
    assert [canonical_field(n) for n in names] == ["file", "contributor", "", "country"]
    # a bare "Name" under a body's group is that body's name, as before
    names = sub_header(["File", "Organisation", ""], ["", "Name", "Country"])
    assert [canonical_field(n) for n in names] == ["file", "organisation", "country"]


def test_a_notes_column_under_a_group_is_still_a_notes_column_nobody_needs_to_hear_of(tmp_path):
    path = _csv(
        tmp_path / "metadata.csv",
        [
            ["Prilog", "", "Zaprimanje", ""],
            ["Naziv datoteke", "Ime i prezime", "Datum zaprimanja", "Napomene"],
            ["a.pdf", "Ana Kovač", "2026-03-05", "poslano e-poštom"],
        ],
    )
    assert read_metadata_csv(path)["a.pdf"]["date"] == "2026-03-05"
    assert sheet_warnings(path) == []


def test_a_tab_separated_register_with_a_title_and_groups_reads_the_name(tmp_path):
    rows = [[TITLE] + [""] * 6, _groups(("", 1), ("Prilog", 1), ("Podnositelj", 3), ("Kontakt", 2)), HEADER, *ROWS]
    path = tmp_path / "metadata.tsv"
    path.write_text("\n".join("\t".join(row) for row in rows) + "\n", encoding="utf-8")
    assert read_metadata_csv(path)["stav_zagreb.pdf"]["contributor"] == "Ivana Horvat"
