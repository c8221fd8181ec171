"""Matching a metadata sheet's rows to the files of a run: relative to the sheet, to the folders, by bare name."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metadata import MetadataError
from pipeline.index.discovery import SheetWarning, discover

pytestmark = pytest.mark.unit


def files(folder: Path, *names: str) -> Path:
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Text of {name}.\n", encoding="utf-8")
    return folder


def sheet(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding=encoding, newline="")
    return path


def rows_by_file(found) -> dict[str, str]:
    return {c.file: (c.row or {}).get("contributor", "") for c in found}


def test_a_sheet_above_the_folder_listing_bare_names_applies_to_every_file(tmp_path):
    """The issue's case: project/metadata.csv lists bare names of the files in project/corpus."""
    corpus = files(tmp_path / "project" / "corpus", "brief_a.txt", "input_b.md")
    csv = sheet(tmp_path / "project" / "metadata.csv", "file,contributor\nbrief_a.txt,Ana\ninput_b.md,Bo\n")
    found, notes = discover([corpus], csv)
    assert rows_by_file(found) == {"brief_a.txt": "Ana", "input_b.md": "Bo"}
    assert not [n for n in notes if isinstance(n, SheetWarning)]
    assert all(not c.warnings for c in found)


def test_names_relative_to_the_sheet_come_first_and_keep_their_folders(tmp_path):
    corpus = files(tmp_path / "corpus", "a.txt", "sub/a.txt")
    csv = sheet(tmp_path / "metadata.csv", "file,contributor\ncorpus/sub/a.txt,Sub\ncorpus/a.txt,Top\n")
    found, _ = discover([corpus], csv)
    assert rows_by_file(found) == {"corpus/sub/a.txt": "Sub", "corpus/a.txt": "Top"}


def test_a_bare_name_found_under_a_nested_folder_matches_when_it_is_unique(tmp_path):
    corpus = files(tmp_path / "in", "2024/spring/deck.md")
    csv = sheet(tmp_path / "elsewhere" / "sheet.csv", "file,contributor\ndeck.md,Dee\n")
    found, _ = discover([corpus], csv)
    assert rows_by_file(found) == {"deck.md": "Dee"}


def test_an_ambiguous_bare_name_is_not_applied_and_names_the_candidates(tmp_path):
    corpus = files(tmp_path / "in", "one/notes.txt", "two/notes.txt", "other.txt")
    csv = sheet(tmp_path / "elsewhere" / "sheet.csv", "file,contributor\nnotes.txt,Nobody\nother.txt,Olga\n")
    found, notes = discover([corpus], csv)
    assert all((c.row or {}).get("contributor") != "Nobody" for c in found)
    ambiguous = [n for n in notes if "notes.txt" in n and "could be any of" in n]
    assert len(ambiguous) == 1
    assert "one/notes.txt" in ambiguous[0] and "two/notes.txt" in ambiguous[0]


def test_a_row_without_a_file_and_a_file_without_a_row_each_warn_once(tmp_path):
    corpus = files(tmp_path / "in", "listed.txt", "forgotten.txt")
    csv = sheet(tmp_path / "sheet.csv", "file,contributor\nlisted.txt,Lee\nlisted_old.txt,Gone\n")
    found, notes = discover([corpus], csv)
    row_warnings = [n for n in notes if isinstance(n, SheetWarning)]
    assert len(row_warnings) == 1 and "listed_old.txt" in row_warnings[0]
    assert "did you mean 'listed.txt'" in row_warnings[0]
    by_name = {c.file: c for c in found}
    assert len(by_name["forgotten.txt"].warnings) == 1 and "no row" in by_name["forgotten.txt"].warnings[0]
    assert by_name["listed.txt"].warnings == ()


def test_a_sheet_that_matches_no_file_at_all_is_an_error_that_says_why(tmp_path):
    corpus = files(tmp_path / "in", "a.txt")
    csv = sheet(tmp_path / "sheet.csv", "file,contributor\nzzz.pdf,Z\n")
    with pytest.raises(MetadataError, match="none of its 1 rows matches a file given"):
        discover([corpus], csv)


def test_a_sheet_whose_only_row_is_ambiguous_or_that_has_no_rows_is_an_error(tmp_path):
    corpus = files(tmp_path / "in", "a/x.txt", "b/x.txt")
    with pytest.raises(MetadataError, match=r"1 row\(s\) fit several files, e\.g\. row 'x\.txt' could be any of"):
        discover([corpus], sheet(tmp_path / "s.csv", "file,contributor\nx.txt,X\n"))
    with pytest.raises(MetadataError, match="has a header but no rows"):
        discover([corpus], sheet(tmp_path / "empty.csv", "file,contributor\n"))


def test_spreadsheet_csv_with_semicolons_a_bom_and_other_header_names(tmp_path):
    corpus = files(tmp_path / "in", "a.txt")
    text = "\ufeffFile name;Author;Organization;Nation;Type\na.txt;Ana Lind;Skills Board;Estonia;policy brief\n"
    csv = sheet(tmp_path / "sheet.csv", text)
    (row,) = [c.row for c in discover([corpus], csv)[0]]
    assert row["contributor"] == "Ana Lind"
    assert row["organisation"] == "Skills Board"
    assert row["country"] == "Estonia"
    assert row["kind"] == "policy brief"


def test_an_xlsx_sheet_is_read_from_its_first_sheet(tmp_path):
    from openpyxl import Workbook

    corpus = files(tmp_path / "in", "a.txt")
    book = Workbook()
    first = book.active
    first.append(["Filename", "Name", "Institution", "Country", "Date"])
    first.append(["a.txt", "Jon Berg", "Agency", "Norway", __import__("datetime").datetime(2026, 3, 1)])
    book.create_sheet("notes").append(["file", "contributor"])
    path = tmp_path / "contributors.xlsx"
    book.save(path)
    (cand,) = discover([corpus], path)[0]
    assert (cand.row["contributor"], cand.row["organisation"], cand.row["date"]) == ("Jon Berg", "Agency", "2026-03-01")
    assert cand.metadata_csv is None  # a workbook is never asked for passwords


def test_ignore_patterns_skip_build_files_without_listing_them(tmp_path):
    corpus = files(tmp_path / "corpus", "a.txt", "build.py", "src/a.yaml", "notes.xyz")
    found, notes = discover([corpus], ignore=("build.py", "src"))
    assert [c.file for c in found] == ["a.txt"]
    assert not any("build.py" in n or "a.yaml" in n for n in notes)
    assert any("notes.xyz" in n for n in notes)  # other unsupported files are still listed


# -- a sheet that cannot be read: one warning naming it and why, and the files still go in --------------------------


@pytest.mark.parametrize(
    ("name", "write", "reason"),
    [
        ("metadata.csv", lambda p: p.write_bytes("file,contributor\na.txt,Ana\n".encode("utf-16")), "UTF-16"),
        ("metadata.xlsx", lambda p: p.write_bytes(b"PK\x03\x04 damaged"), "cannot read metadata workbook"),
        ("metadata.ods", lambda p: p.write_bytes(b"PK\x03\x04 damaged"), "not an OpenDocument spreadsheet"),
        ("metadata.csv", lambda p: p.mkdir(), "is a folder, not a metadata sheet"),
        ("metadata.csv", lambda p: p.symlink_to(p.parent / "moved.csv"), "cannot read metadata"),
    ],
)
def test_an_unreadable_sheet_beside_the_files_is_a_sheet_warning_and_the_files_go_in(tmp_path, name, write, reason):
    corpus = files(tmp_path / "in", "a.txt", "b.txt")
    write(corpus / name)
    found, notes = discover([corpus])
    assert sorted(c.file for c in found) == ["a.txt", "b.txt"] and all(c.row is None for c in found)
    warned = [n for n in notes if isinstance(n, SheetWarning)]
    assert len(warned) == 1, notes
    assert warned[0].startswith(str(corpus / name)) and reason in warned[0], warned
    assert warned[0].endswith("ingesting the files without it")


def test_an_encrypted_workbook_given_as_the_sheet_says_so_and_the_files_go_in_under_the_same_names(tmp_path):
    from tests.ingest.test_xlsx_refusals import compound_file

    corpus = files(tmp_path / "in", "a.txt", "sub/b.txt")
    given = compound_file(corpus / "sheet.xlsx", ["EncryptionInfo", "EncryptedPackage"])
    found, notes = discover([corpus], given)
    assert sorted(c.file for c in found) == ["a.txt", "sub/b.txt"]
    warned = [n for n in notes if isinstance(n, SheetWarning)]
    assert len(warned) == 1 and "sheet.xlsx" in warned[0] and "password-protected" in warned[0], notes
    # the same names a readable sheet in that place gives them: fixing the sheet later renames nothing
    given.unlink()
    readable = sheet(corpus / "sheet.csv", "file,contributor\na.txt,Ana\nsub/b.txt,Bo\n")
    assert sorted(c.file for c in discover([corpus], readable)[0]) == ["a.txt", "sub/b.txt"]
