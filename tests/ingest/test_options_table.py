"""A table comparing options is quoted: the options the writer rejects are not their view (ingest.options_table)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from ingest.model import QUOTE_MARK, Location, Passage
from ingest.options_table import quote_option_tables
from ingest.ownership import own_words
from ingest.readers.docx import DocxReader
from pipeline.drafting.support import without_quotes

pytestmark = pytest.mark.unit


def _appraisal(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    doc = Document()
    doc.add_heading("Options appraisal", level=1)
    doc.add_paragraph("We weighed three ways of funding short courses for adults.")
    table = doc.add_table(rows=1 + len(rows), cols=len(header))
    for i, row in enumerate([header, *rows]):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    doc.add_paragraph("We recommend Option 1: the state should pay for every course in full.")
    doc.save(str(path))
    return path


def test_an_options_table_in_a_word_file_is_quoted_and_the_writers_choice_kept(tmp_path: Path) -> None:
    header = ["Criterion", "Option 1: public funding", "Option 2: learners pay half", "Option 3: vouchers"]
    rows = [["Cost", "high", "low", "medium"], ["Access", "learners of every income join", "fewer learners", "same"]]
    read = DocxReader().read(_appraisal(tmp_path / "appraisal.docx", header, rows))
    own = own_words(read.passages, "Ana Lopes", "", None)
    drafted = "\n".join(without_quotes(p.text) for p in own.passages)
    assert "learners pay half" not in drafted and "fewer learners" not in drafted
    assert "state should pay for every course in full" in drafted
    assert "learners pay half" in "\n".join(p.text for p in own.passages)  # kept quoted, to find the passage
    assert any("comparing options" in note for note in own.notes)


def test_options_listed_down_the_rows_are_quoted_too() -> None:
    text = "Scenario | Cost\nScenario A - a national register | EUR 2 million\nScenario B - no register | none"
    out, _ = quote_option_tables([Passage(text, Location(label="table 1"))])
    assert all(line.startswith(QUOTE_MARK) for line in out[0].text.split("\n"))


def test_a_table_naming_one_option_or_none_is_left_as_it_is() -> None:
    for text in ("Criterion | Option A: a register | Today\nCost | low | high", "Year | Learners\n2025 | 400"):
        out, notes = quote_option_tables([Passage(text, Location(label="table 1"))])
        assert out[0].text == text and not notes
