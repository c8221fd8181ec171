"""A survey tool's CSV export with two header rows (the question over its sub-options): the second row is the
form's wording, never a respondent's row, and a column with an empty first header cell is named by the question
to its left and its own sub-option. A table whose second row is data keeps it as data."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.model import QUOTE_MARK
from ingest.readers.csvfile import CsvReader

pytestmark = pytest.mark.unit

ROLE = "What is your role in your organisation?"
GRID = "Please rate the following statements."
OPEN = "How should the workload of a short course be stated?"
WORKLOAD = (
    "The workload should be stated in hours of study and in credits, so that employers\n\nand "
    "universities read the same figure."
)


def two_header_export(path: Path) -> Path:
    """Written as SurveyMonkey-like tools write it: a byte-order mark, CRLF, an id column, times, the questions on
    the first row, their sub-options on the second, a quoted answer with a blank line inside."""
    rows = [
        ["Respondent ID", "Collector ID", "Start Date", "End Date", "First Name", ROLE, "", GRID, "", OPEN],
        [
            "",
            "",
            "",
            "",
            "",
            "Response",
            "Other (please specify)",
            "Fees are too high",
            "Courses are too long",
            "Open-Ended Response",
        ],
        [
            "90117",
            "5521",
            "02/04/2026 09:01:00 AM",
            "02/04/2026 09:20:00 AM",
            "Mirjam",
            "Other (please specify)",
            "Careers adviser",
            "Agree",
            "Disagree",
            f'"{WORKLOAD}"',
        ],
    ]
    text = "\r\n".join(",".join(row) for row in rows) + "\r\n"
    path.write_bytes(("\ufeff" + text).encode("utf-8"))
    return path


def test_the_second_header_row_is_the_forms_wording_and_names_the_columns(tmp_path: Path) -> None:
    passages = CsvReader().read(two_header_export(tmp_path / "export.csv")).passages
    texts = [p.text for p in passages]
    assert all(p.location.label == "row 3" for p in passages)  # row 2 is no respondent's row
    assert not any(text.startswith("Other (please specify); ") for text in texts)
    assert f"{QUOTE_MARK}{ROLE} Other (please specify)\nCareers adviser" in "\n".join(texts)
    assert f"{QUOTE_MARK}{GRID} Courses are too long\nDisagree" in "\n".join(texts)
    # "Open-Ended Response" only says where the answer goes: the column is named by its question alone
    assert any(f"{QUOTE_MARK}{OPEN}\nThe workload should" in text and text.endswith("figure.") for text in texts)
    assert not any("90117" in text or "5521" in text or "09:20" in text for text in texts)  # the tool's columns
    assert all(text.startswith("First Name: Mirjam") for text in texts)


def test_a_second_row_of_data_under_a_table_header_stays_data(tmp_path: Path) -> None:
    path = tmp_path / "courses.csv"
    path.write_text("Course,Provider,,Level\nWelding basics,Harbour College,evening,4\nBaking,Town School,day,3\n")
    texts = [p.text for p in CsvReader().read(path).passages]
    assert "Course: Welding basics; Provider: Harbour College; column C: evening; Level: 4" in "\n".join(texts)
    assert "Course: Baking" in "\n".join(texts)
