"""Metadata sheets kept by hand: a title and notes above the header, blank rows and columns, merged group
headers, a Total or Notes row at the end, several files in one cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metadata import PASSWORD_GIVEN, MetadataError, read_metadata_csv
from ingest.metadata_headers import canonical_field
from ingest.metadata_sheet import sheet_warnings
from ingest.metadata_table import sub_header

pytestmark = pytest.mark.unit

HAND_KEPT = (
    "Contributions to the micro-credentials consultation,,,,\n"
    "Kept by the secretariat; last updated in March,,,,\n"
    ",,,,\n"
    "File name ,,Contributor,Country , Notes\n"
    "brief_latvia.pdf ,, Ilze Kalnina ,Latvia , late\n"
    ",,,,\n"
    "slides_md.pptx; annex_md.docx,,Ion Rusu,Moldova,two files\n"
    "Total,,2,,\n"
    "Notes: names as sent,,,,\n"
)


def test_a_hand_kept_csv_is_read_below_its_title_with_totals_and_notes_left_out(tmp_path):
    path = tmp_path / "metadata.csv"
    path.write_text(HAND_KEPT, encoding="utf-8")
    rows = read_metadata_csv(path)
    assert sorted(rows) == ["annex_md.docx", "brief_latvia.pdf", "slides_md.pptx"]  # no 'Total', no 'Notes:'
    assert (rows["brief_latvia.pdf"]["contributor"].strip(), rows["brief_latvia.pdf"]["country"].strip()) == (
        "Ilze Kalnina",
        "Latvia",
    )
    # a cell listing two files gives each of them the row
    assert rows["slides_md.pptx"]["contributor"] == rows["annex_md.docx"]["contributor"] == "Ion Rusu"
    assert sheet_warnings(path) == []  # a notes column is expected in a sheet kept by hand


def test_a_semicolon_sheet_whose_title_has_no_separator_still_splits_its_columns(tmp_path):
    path = tmp_path / "metadata.csv"
    path.write_text("Consultation inputs\nFile;Author;Organisation\nbrief, final.pdf;Ana;Ministry\n", encoding="utf-8")
    # a comma inside one file's name is not a list of files
    assert read_metadata_csv(path)["brief, final.pdf"]["organisation"] == "Ministry"


def test_passwords_under_a_titled_header_are_blanked_before_reading(tmp_path):
    path = tmp_path / "metadata.csv"
    path.write_bytes(b"Inputs received\n\nfile,contributor,password\nlocked.pdf,Ana,s3cret\nopen.pdf,Bo,\n")
    rows = read_metadata_csv(path)
    assert (rows["locked.pdf"]["password"], rows["open.pdf"]["password"]) == (PASSWORD_GIVEN, "")
    assert read_metadata_csv(path, keep_passwords=True)["locked.pdf"]["password"] == "s3cret"


def test_a_second_header_row_under_group_names_gives_each_column_its_field(tmp_path):
    path = tmp_path / "metadata.csv"
    path.write_text(
        "File,Contributor,,\n,Name,Organisation,Country\nbrief.pdf,Ana Writer,Ministry of Education,Georgia\n",
        encoding="utf-8",
    )
    row = read_metadata_csv(path)["brief.pdf"]
    assert (row["contributor"], row["organisation"], row["country"]) == (
        "Ana Writer",
        "Ministry of Education",
        "Georgia",
    )


def test_merged_cells_of_a_workbook_cover_the_columns_and_rows_they_span(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Consultation inputs"])
    sheet.merge_cells("A1:D1")  # a title over the whole table
    sheet.append(["File", "Contributor", None, None])
    sheet.merge_cells("A2:A3")  # 'File' spans both header rows
    sheet.merge_cells("B2:D2")  # 'Contributor' over the three columns below it
    sheet.append([None, "Name", "Organisation", "Country"])
    sheet.append(["a.pdf", "Ana Writer", "Ministry", "Georgia"])
    sheet.append(["b.pptx", None, None, None])
    sheet.merge_cells("B4:B5")  # one contributor for both files
    path = tmp_path / "metadata.xlsx"
    book.save(path)
    rows = read_metadata_csv(path)
    assert (rows["a.pdf"]["contributor"], rows["a.pdf"]["organisation"], rows["a.pdf"]["country"]) == (
        "Ana Writer",
        "Ministry",
        "Georgia",
    )
    assert (rows["b.pptx"]["contributor"], rows["b.pptx"]["organisation"]) == ("Ana Writer", "")
    assert sheet_warnings(path) == []


def test_a_sheet_without_a_file_column_is_refused_naming_its_header_row(tmp_path):
    path = tmp_path / "metadata.csv"
    path.write_text("List of inputs\nAuthor,Country\nAna,Georgia\n", encoding="utf-8")
    with pytest.raises(MetadataError, match=r"metadata\.csv: metadata needs a 'file' column .*row 2\) has: Author"):
        read_metadata_csv(path)


def test_a_numbered_sheet_with_an_eu_non_eu_column_and_a_total_in_its_first_column(tmp_path):
    path = tmp_path / "metadata.csv"
    path.write_text(
        "No.;Document name;Name of expert;EU/non-EU\n1;brief_lv.pdf;Ilze Kalnina;EU member state\n"
        "2;slides_ua.pptx;Olena Petrenko;Non-EU\nTOTAL;2 documents;;\n",
        encoding="utf-8",
    )
    rows = read_metadata_csv(path)
    assert sorted(rows) == ["brief_lv.pdf", "slides_ua.pptx"]  # '2 documents' is no file that went missing
    assert (rows["brief_lv.pdf"]["contributor"], rows["brief_lv.pdf"]["region"]) == ("Ilze Kalnina", "EU member state")
    assert sheet_warnings(path) == []  # a running number is expected, never one of our fields


def test_a_workbook_opening_with_an_instructions_sheet_is_read_from_the_sheet_with_the_table(tmp_path):
    from tests.ingest.xlsx_helpers import sheets_workbook

    sheets = {
        "Instructions": [["Fill in one row per file received. Name: as on the cover page."]],
        "Inputs": [["File", "Contributor"], ["a.pdf", "Ana Writer"]],
    }
    path = sheets_workbook(tmp_path / "metadata.xlsx", sheets)
    assert read_metadata_csv(path)["a.pdf"]["contributor"] == "Ana Writer"
    assert sheet_warnings(path) == ["metadata.xlsx: read sheet 'Inputs', the first sheet that has a file column"]


def test_a_country_or_region_column_holds_countries_never_regions(tmp_path):
    from ingest.metadata import build_meta

    path = tmp_path / "metadata.csv"
    path.write_text("File,Country/Region\nbrief.pdf,Latvia\n", encoding="utf-8")
    row = read_metadata_csv(path)["brief.pdf"]
    meta, warnings = build_meta("brief.pdf", Path("brief.pdf"), row)
    assert (meta.country, meta.region, warnings) == ("Latvia", "EU", [])


def test_a_note_row_naming_two_fields_above_the_header_is_not_taken_for_it(tmp_path):
    path = tmp_path / "metadata.csv"
    path.write_text("Date: 3 March,Author: secretariat\nFile,Contributor\nbrief.pdf,Ana Writer\n", encoding="utf-8")
    assert read_metadata_csv(path)["brief.pdf"]["contributor"] == "Ana Writer"


def test_a_sheet_kept_in_german_is_read_by_its_header_names(tmp_path):
    from ingest.metadata import build_meta

    path = tmp_path / "metadata.csv"
    path.write_text(
        "Datei;Autor;Land;Art;Datum\nbrief.pdf;Jürgen Müller;Österreich;Studie;3.3.2026\n", encoding="utf-8"
    )
    row = read_metadata_csv(path)["brief.pdf"]
    meta, warnings = build_meta("brief.pdf", Path("brief.pdf"), row)
    assert (meta.contributor, meta.country, meta.region, meta.date) == ("Jürgen Müller", "Austria", "EU", "2026-03-03")
    # the kind is in German words the sheet's vocabulary does not know: other, and said so
    assert (meta.kind, warnings) == (
        "other",
        ["kind 'Studie' is not one of policy_brief, presentation, expert_input, other; using 'other'"],
    )


@pytest.mark.parametrize(
    "cell", ["a.pdf; b.pptx", "a.pdf, b.pptx", "a.pdf and b.pptx", "a.pdf / b.pptx", "a.pdf\nb.pptx"]
)
def test_a_cell_listing_two_files_in_any_common_way_applies_to_both(tmp_path, cell):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["File", "Contributor"])
    book.active.append([cell, "Ana Writer"])
    path = tmp_path / "metadata.xlsx"
    book.save(path)
    rows = read_metadata_csv(path)
    assert sorted(rows) == ["a.pdf", "b.pptx"] and {r["contributor"] for r in rows.values()} == {"Ana Writer"}


@pytest.mark.unit
def test_a_sheet_saved_with_semicolons_keeps_them_whatever_commas_its_prose_holds():
    from ingest.metadata_table import guess_delimiter

    sheet = "Datei;Titel;Verfasser\na.pdf;Kurse, Module, Bausteine, Einheiten und mehr;Anna\nb.pdf;Stellungnahme;Ben\n"
    assert guess_delimiter(sheet) == ";"
    assert guess_delimiter(sheet.encode()) == ";"  # on the raw bytes too
    noted = "Contributions, as received, sorted, by date, final\nfile,title,contributor\na.pdf,T,Anna\n"
    assert guess_delimiter(noted) == ","  # a note above the header with more commas decides nothing


@pytest.mark.parametrize(
    ("group", "cells", "fields"),
    [
        ("Indiener", ("Naam", "Organisatie", "Land"), ("contributor", "organisation", "country")),
        ("Beitragende", ("Name", "Organisation", "Land"), ("contributor", "organisation", "country")),
        ("Contribuidor", ("Nome", "Organização", "País"), ("contributor", "organisation", "country")),
        # a cell naming only a person or a type takes its meaning from the group
        ("Organisation", ("Name", "Type", "Country"), ("organisation", "role", "country")),
    ],
)
def test_a_column_a_group_name_would_hide_keeps_the_field_it_names_alone(group, cells, fields):
    names = sub_header(["File", group, "", ""], ["", *cells])
    assert tuple(canonical_field(name) for name in names) == ("file", *fields)
