"""DOCX reader: sections from headings, tables in document order, title handling, properties, errors."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.docx import DocxReader


def add_table(document, rows: list[list[str]]):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    return table


def make_doc(path: Path) -> Path:
    """Title, text and a table before any heading, then numbered Heading 1/2 sections with tables."""
    document = docx.Document()
    document.core_properties.title = "Assessment of micro-credentials"
    document.core_properties.author = "Giulia Romano"
    document.add_paragraph("Expert input from Lombardy", style="Title")
    document.add_paragraph("Written for the guideline drafting group.")
    add_table(document, [["Contributor", "Role"], ["Giulia Romano", "assessor"]])
    document.add_heading("1 Introduction", level=1)
    document.add_paragraph("Assessment must be valid and transparent.")
    document.add_paragraph("It must match the stated learning outcomes.")
    document.add_heading("1.1 Scope", level=2)
    document.add_paragraph("This input covers vocational micro-credentials.")
    table = add_table(document, [["Method", "Use", "Weight"], ["Portfolio", "practice", "60%"]])
    merged = table.cell(1, 1).merge(table.cell(1, 2))
    merged.text = "practice tasks, 60%"
    document.add_paragraph("Text after the table stays in the section.")
    document.add_heading("2 Assessment methods", level=1)
    document.add_heading("2.1 Workload", level=2)
    document.add_paragraph("One ECTS credit is 25 to 30 hours.")
    add_table(document, [["ECTS", "Hours"], ["1", "25-30"]])
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_doc(tmp_path_factory.mktemp("docx") / "input_italy_assessment.docx")


@pytest.mark.unit
def test_labels_in_document_order(doc: Path) -> None:
    labels = [p.location.label for p in DocxReader().read(doc).passages]
    assert labels == [
        "body",
        "table 1",
        "section 1 Introduction",
        "section 1.1 Scope",
        "section 1.1 Scope, table 2",
        "section 1.1 Scope",
        "section 2.1 Workload",
        "section 2.1 Workload, table 3",
    ]


@pytest.mark.unit
def test_consecutive_paragraphs_form_one_passage(doc: Path) -> None:
    passages = DocxReader().read(doc).passages
    assert passages[2].text == (
        "Assessment must be valid and transparent.\nIt must match the stated learning outcomes."
    )


@pytest.mark.unit
def test_title_is_a_property_not_a_section(doc: Path) -> None:
    result = DocxReader().read(doc)
    assert result.properties.title == "Assessment of micro-credentials"
    assert result.properties.author == "Giulia Romano"
    assert all("Expert input from Lombardy" not in p.text for p in result.passages)
    assert result.passages[0].text == "Written for the guideline drafting group."


@pytest.mark.unit
def test_table_rows_and_merged_cells(doc: Path) -> None:
    table = DocxReader().read(doc).passages[4]
    assert table.text == "Method | Use | Weight\nPortfolio | practice tasks, 60%"
    assert table.location.table == 2
    assert table.location.section == "1.1 Scope"
    assert table.location.section_path == ("1 Introduction", "1.1 Scope")


@pytest.mark.unit
def test_table_before_any_heading(doc: Path) -> None:
    first_table = DocxReader().read(doc).passages[1]
    assert first_table.location.label == "table 1"
    assert first_table.location.section is None
    assert first_table.text == "Contributor | Role\nGiulia Romano | assessor"


@pytest.mark.unit
def test_section_path_and_fields(doc: Path) -> None:
    workload = DocxReader().read(doc).passages[6]
    assert workload.text == "One ECTS credit is 25 to 30 hours."
    assert workload.location.section == "2.1 Workload"
    assert workload.location.section_path == ("2 Assessment methods", "2.1 Workload")
    assert workload.location.table is None


@pytest.mark.unit
def test_unnumbered_headings_get_computed_numbers(tmp_path: Path) -> None:
    document = docx.Document()
    for level, text in [(2, "Background"), (3, "Detail"), (3, "More detail"), (2, "Results")]:
        document.add_heading(text, level=level)
        document.add_paragraph(f"Text under {text}.")
    path = tmp_path / "unnumbered.docx"
    document.save(str(path))
    labels = [p.location.label for p in DocxReader().read(path).passages]
    # numbered relative to the shallowest level used (Heading 2 counts as level 1)
    assert labels == [
        "section 1 Background",
        "section 1.1 Detail",
        "section 1.2 More detail",
        "section 2 Results",
    ]


@pytest.mark.unit
def test_title_paragraph_used_when_core_title_empty(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = ""
    document.add_paragraph("Social partners' view", style="Title")
    document.add_paragraph("Body text.")
    document.save(str(tmp_path / "t.docx"))
    assert DocxReader().read(tmp_path / "t.docx").properties.title == "Social partners' view"


@pytest.mark.unit
def test_document_without_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("")
    document.save(str(tmp_path / "empty.docx"))
    with pytest.raises(ReadError, match="^no text found$"):
        DocxReader().read(tmp_path / "empty.docx")


@pytest.mark.unit
def test_character_limit(doc: Path) -> None:
    with pytest.raises(LimitExceeded, match="limit of 50 characters"):
        DocxReader().read(doc, limits=Limits(max_chars=50))


@pytest.mark.unit
def test_malformed_package(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document")
    with pytest.raises(ReadError, match="^malformed DOCX: "):
        DocxReader().read(path)


@pytest.mark.unit
def test_reader_identity() -> None:
    reader = DocxReader()
    assert reader.name == "python-docx"
    assert reader.extensions == (".docx", ".docm")
    assert reader.version[0].isdigit()
