"""A two-column table of the same text in two languages: each column is a passage of its own, in its language."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.bilingual_table import language_columns
from ingest.readers.docx import DocxReader
from ingest.readers.odf import OdtReader
from tests.ingest.test_comment_table import _table_doc
from tests.ingest.test_odf import h, table, write_odf

pytestmark = pytest.mark.unit

ROWS = [
    ["Izvirnik (slovenščina)", "English version"],
    ["Vsak tečaj mora imeti preizkus znanja.", "Every course must end with a test of skills."],
    ["Stroške naj krije delodajalec.", "The employer should carry the cost."],
]


def _columns(passages: list) -> dict[str, str]:
    return {p.location.label: p.text for p in passages if p.location.table}


def test_an_odt_bilingual_table_reads_each_language_as_its_own_passage(tmp_path: Path) -> None:
    path = write_odf(tmp_path / "two.odt", "text", h(1, "Opinion of the Sava Bakers' Guild") + table(ROWS))
    columns = _columns(list(OdtReader().read(path).passages))
    english = next(text for label, text in columns.items() if label.endswith("English version"))
    assert english.split("\n") == [ROWS[1][1], ROWS[2][1]]
    original = next(text for label, text in columns.items() if "slovenščina" in label)
    assert "Every course" not in original and "preizkus" in original
    assert all(p.location.table == 1 for p in OdtReader().read(path).passages if p.location.table)


def test_a_docx_bilingual_table_reads_each_language_as_its_own_passage(tmp_path: Path) -> None:
    columns = _columns(list(DocxReader().read(_table_doc(tmp_path / "two.docx", ROWS)).passages))
    assert list(columns) == ["table 1, Izvirnik (slovenščina)", "table 1, English version"]
    assert "preizkus" not in columns["table 1, English version"]


def test_only_a_header_naming_two_languages_makes_a_bilingual_table() -> None:
    assert language_columns(["Deutsch | English", "Ja | Yes"]) == [("Deutsch", "Ja"), ("English", "Yes")]
    assert language_columns(["Original | English translation", "Da | Yes"]) is not None
    assert language_columns(["Country | Comment", "Serbia | Fees are too high."]) is None
    assert language_columns(["Original | Comment", "Draft | Our view"]) is None  # one role, no language
    assert language_columns(["English | English", "a | b"]) is None
    assert language_columns(["Serbian | English | Note", "a | b | c"]) is None
