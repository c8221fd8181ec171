"""Calc workbooks (.ods) sent as contributions: rows read as a workbook's, comments never the contributor's."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ingest.readers import READERS, ReadError, reader_for

pytestmark = pytest.mark.unit

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)
STYLES = (
    "<office:automatic-styles>"
    '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Heading"/>'
    '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/>'
    "</style:style></office:automatic-styles>"
)
NAMED = (
    f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:styles>'
    '<style:style style:name="Heading" style:family="table-cell"><style:text-properties fo:font-weight="bold"/>'
    "</style:style></office:styles></office:document-styles>"
)


def cell(text: str = "", style: str = "", note: str = "", **attributes: str) -> str:
    attrs = "".join(f' table:{k.replace("_", "-")}="{v}"' for k, v in attributes.items())
    if style:
        attrs += f' table:style-name="{style}"'
    comment = (
        f"<office:annotation><dc:creator>Marta Kowalczyk</dc:creator><text:p>{note}</text:p></office:annotation>"
        if note
        else ""
    )
    paragraphs = "".join(f"<text:p>{line}</text:p>" for line in text.split("\n")) if text else ""
    return f"<table:table-cell{attrs}>{comment}{paragraphs}</table:table-cell>"


def number(value: str, kind: str = "float") -> str:
    return (
        f'<table:table-cell office:value-type="{kind}" office:value="{value}">'
        f"<text:p>{value}</text:p></table:table-cell>"
    )


def write_ods(path: Path, sheets: list[tuple[str, list[str]]], hidden: tuple[str, ...] = ()) -> Path:
    """A Calc document as LibreOffice lays one out: mimetype first and stored, styles in their own part."""
    tables = ""
    for name, rows in sheets:
        style = ' table:style-name="ta2"' if name in hidden else ""
        body = "".join(f"<table:table-row>{row}</table:table-row>" for row in rows)
        padding = (  # Calc pads a sheet to its last row and column
            '<table:table-row table:number-rows-repeated="1048000">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        )
        tables += f'<table:table table:name="{name}"{style}>{body}{padding}</table:table>'
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.3">{STYLES}'
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NS}><office:meta>'
        "<meta:initial-creator>Jonas Berg</meta:initial-creator><dc:title>Survey answers</dc:title>"
        "</office:meta></office:document-meta>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("styles.xml", NAMED)
        archive.writestr("meta.xml", meta)
    return path


ANSWER = (
    "Short courses should be assessed by people who work in the trade, and the certificate should say which tasks "
    "the learner carried out."
)


def test_a_survey_workbook_reads_each_answer_under_its_question(tmp_path):
    rows = [
        cell("Question", style="ce1") + cell("Answer", style="ce1"),
        cell("Who should assess learners?") + cell(ANSWER),
        cell("Share of practice") + number("0.4", "percentage"),
    ]
    path = write_ods(tmp_path / "survey.ods", [("Answers", rows)])
    result = reader_for(path).read(path)
    texts = [p.text for p in result.passages]
    assert any(ANSWER in t for t in texts)
    labels = [p.location.label for p in result.passages]
    assert all(label.startswith("sheet Answers, row") for label in labels), labels
    assert any("Share of practice" in t and "40%" in t for t in texts), texts
    assert result.properties.title == "Survey answers"


def test_a_comment_on_a_cell_is_quoted_in_its_authors_name_never_part_of_the_cell(tmp_path):
    rows = [
        cell("Topic", style="ce1") + cell("Position", style="ce1"),
        cell("Assessment") + cell(ANSWER, note="Check this with the board first"),
    ]
    path = write_ods(tmp_path / "positions.ods", [("Positions", rows)])
    text = "\n".join(p.text for p in reader_for(path).read(path).passages)
    assert ANSWER in text
    assert "> Note by Marta Kowalczyk on Position: Check this with the board first" in text
    assert f"{ANSWER} Check" not in text


def test_a_hidden_sheet_is_skipped_with_a_warning_and_lines_of_a_cell_are_kept(tmp_path):
    visible = [cell("Our three asks:\nfree courses for jobseekers\nassessment in the workplace")]
    secret = [cell("internal scoring of members")]
    path = write_ods(tmp_path / "asks.ods", [("Asks", visible), ("Scores", secret)], hidden=("Scores",))
    result = reader_for(path).read(path)
    text = "\n".join(p.text for p in result.passages)
    assert "free courses for jobseekers" in text and "assessment in the workplace" in text
    assert "internal scoring" not in text
    assert "sheet Scores is hidden; not read" in result.warnings


def test_a_file_named_ods_that_is_not_a_calc_document_is_refused_saying_what_it_is(tmp_path):
    path = tmp_path / "fake.ods"
    path.write_text("plain words, no spreadsheet\n", encoding="utf-8")
    with pytest.raises(ReadError, match="not an ODS file"):
        reader_for(path)
    empty = write_ods(tmp_path / "empty.ods", [("Sheet1", [])])
    with pytest.raises(ReadError, match="no text found"):
        reader_for(empty).read(empty)


def test_the_registry_names_the_reader_and_its_version():
    assert ".ods" in READERS["ods"].extensions
    assert READERS["ods"].version == READERS["ods"].load().version


def test_a_damaged_calc_file_is_refused_as_malformed_naming_the_format(tmp_path):
    path = tmp_path / "broken.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content><unclosed>")
    with pytest.raises(ReadError, match="malformed ODS"):
        reader_for(path).read(path)
