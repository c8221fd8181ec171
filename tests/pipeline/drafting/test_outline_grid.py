"""Outlines kept as a grid of sections and questions (a Markdown table whose theme column opens the sections): the
note under the grid, and an audience column named in other words."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.drafting.outline import load_outline
from pipeline.drafting.outline_blocks import table_lines

pytestmark = pytest.mark.unit


def load(tmp_path: Path, text: str):
    path = tmp_path / "outline.md"
    path.write_text(text, encoding="utf-8")
    return load_outline(path)


GRID = """\
Guideline on short courses: questions for round 2
=================================================

Agreed by the editors in April. One row per question.

| Topic | # | Question | {audience} | Owner |
|---|---|---|---|---|
| Quality | 1 | Who accredits the providers? | {first} | AB |
| | 2 | How often is a provider reviewed? | | AB |
| Learners | 3 | How do learners find a course? | {second} | CD |
| | 4 | Who pays the fee? | {third} | CD |

Rows owned by AB were carried over from round 1; send changes to the secretariat.
"""


def test_the_note_under_a_grid_is_no_sections_purpose(tmp_path: Path) -> None:
    outline = load(tmp_path, GRID.format(audience="Owner 2", first="", second="", third=""))
    assert [s.title for s in outline.sections] == ["Quality", "Learners"]
    assert all("carried over" not in s.purpose and "secretariat" not in s.purpose for s in outline.sections)
    assert outline.sections[1].questions == ("How do learners find a course?", "Who pays the fee?")
    assert outline.sections[1].purpose == "Learners"  # no purpose column: as any outline without a purpose


@pytest.mark.parametrize("header", ["For", "Target group", "Level", "Addressed to", "Audience"])
def test_an_audience_column_is_read_whatever_its_name(tmp_path: Path, header: str) -> None:
    text = GRID.format(audience=header, first="Policy makers", second="Training providers", third="Providers")
    outline = load(tmp_path, text)
    assert [s.audience for s in outline.sections] == ["system", "provider"]


def test_a_section_whose_rows_name_both_audiences_is_for_both(tmp_path: Path) -> None:
    text = GRID.format(audience="For", first="System level", second="Ministries", third="Assessors")
    assert [s.audience for s in load(tmp_path, text).sections] == ["system", "both"]


def test_a_level_column_of_qualification_levels_names_no_audience() -> None:
    rows = (("Theme", "Question", "Level"), ("Credit", "How many hours?", "EQF 5"))
    assert table_lines(rows, sectioned=False) == ["", "## Credit", "", "- How many hours?"]


def test_text_after_a_table_inside_a_section_is_still_read(tmp_path: Path) -> None:
    text = (
        "# Outline\n\n## Assessment\n\n| No. | Guiding question |\n|---|---|\n| 1 | Who assesses learners? |\n\n"
        "This section sets out how learning is assessed.\n"
    )
    section = load(tmp_path, text).sections[0]
    assert section.purpose == "This section sets out how learning is assessed."
    assert section.questions == ("Who assesses learners?",)


def test_a_question_listed_under_a_grid_is_kept(tmp_path: Path) -> None:
    text = GRID.format(audience="Owner 2", first="", second="", third="") + "\n- Who keeps the register?\n"
    assert load(tmp_path, text).sections[1].questions[-1] == "Who keeps the register?"


def test_a_word_grid_reads_its_audience_column_and_leaves_its_note_out(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph("Question grid for the guideline")
    table = document.add_table(rows=4, cols=3)
    cells = [
        ("Theme", "Guiding question", "Target group"),
        ("Funding", "Who pays the fee?", "Ministries"),
        ("", "Should employers get a tax relief?", ""),
        ("Assessment", "Who assesses learners?", "Assessors"),
    ]
    for row, values in zip(table.rows, cells, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("The secretariat merged rounds 1 and 2 into this grid.")
    path = tmp_path / "outline.docx"
    document.save(path)
    outline = load_outline(path)
    assert [(s.title, s.audience) for s in outline.sections] == [("Funding", "system"), ("Assessment", "provider")]
    assert outline.sections[1].purpose == "Assessment"
