"""Metadata sheets saved by LibreOffice Calc (.ods), read like .xlsx ones."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ingest.metadata import MetadataError, build_meta, read_metadata_csv
from ingest.metadata_sheet import sheet_warnings

pytestmark = pytest.mark.unit

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def cell(text: str = "", **attributes: str) -> str:
    attrs = "".join(f' table:{k.replace("_", "-")}="{v}"' for k, v in attributes.items())
    return (
        f"<table:table-cell{attrs}><text:p>{text}</text:p></table:table-cell>"
        if text
        else f"<table:table-cell{attrs}/>"
    )


def write_ods(path: Path, rows: list[str]) -> Path:
    """A minimal Calc document, as LibreOffice lays one out (mimetype first, stored)."""
    body = "".join(f"<table:table-row>{row}</table:table-row>" for row in rows)
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.3"><office:body>'
        f'<office:spreadsheet><table:table table:name="Inputs">{body}</table:table></office:spreadsheet>'
        "</office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
    return path


def test_an_ods_sheet_with_a_title_repeated_blanks_a_merged_cell_and_a_date_is_read(tmp_path):
    date = (
        '<table:table-cell office:value-type="date" office:date-value="2026-03-03T00:00:00">'
        "<text:p>03/03/26</text:p></table:table-cell>"
    )
    rows = [
        cell("Inputs received", number_columns_spanned="4")
        + '<table:covered-table-cell table:number-columns-repeated="3"/>',
        cell(number_columns_repeated="4"),
        cell("File") + cell(number_columns_repeated="2") + cell("Contributor") + cell("Country") + cell("Date"),
        cell("a.pdf")
        + cell(number_columns_repeated="2")
        + cell("Ana Writer", number_rows_spanned="2")
        + cell("UA")
        + date,
        cell("b.pptx") + cell(number_columns_repeated="2") + "<table:covered-table-cell/>" + cell("Україна"),
        cell(number_columns_repeated="1024"),
    ]
    path = write_ods(tmp_path / "metadata.ods", rows)
    sheet = read_metadata_csv(path)
    assert sorted(sheet) == ["a.pdf", "b.pptx"]
    assert (sheet["a.pdf"]["contributor"], sheet["a.pdf"]["date"]) == ("Ana Writer", "2026-03-03")
    assert sheet["b.pptx"]["contributor"] == "Ana Writer"  # merged over both rows
    meta, _ = build_meta("b.pptx", Path("b.pptx"), sheet["b.pptx"])
    assert (meta.country, meta.region) == ("Ukraine", "partner")
    assert sheet_warnings(path) == []


def test_a_file_named_ods_that_is_not_one_is_refused_naming_it(tmp_path):
    path = tmp_path / "metadata.ods"
    path.write_bytes(b"file,contributor\n")
    with pytest.raises(
        MetadataError, match=r"metadata\.ods: cannot read metadata sheet: not an OpenDocument spreadsheet"
    ):
        read_metadata_csv(path)


@pytest.mark.parametrize("name", ["gone.ods", "gone.xlsx", "gone.csv"])
def test_a_sheet_that_is_not_there_is_one_metadata_error_naming_it(tmp_path, name):
    with pytest.raises(MetadataError, match=rf"{name.replace('.', chr(92) + '.')}: cannot read"):
        read_metadata_csv(tmp_path / name)
