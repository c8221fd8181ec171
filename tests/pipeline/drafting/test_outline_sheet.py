"""Outlines kept as a table: one row per question, a section column, audience and purpose columns optional."""

from __future__ import annotations

import pytest

from pipeline.drafting.outline import OutlineError, load_outline

pytestmark = pytest.mark.unit


def test_a_csv_table_of_questions_with_blank_section_cells_under_a_title_row(tmp_path):
    path = tmp_path / "outline.csv"
    path.write_text(
        "Guidelines on micro-credentials;;;\n"
        "Section;Target group;Question no.;Guiding question\n"
        "Recognition;recognition officers;1;Which evidence is required?\n"
        ";;2;How long may a decision take?\n"
        "Funding;national authorities;3;Who pays for short courses?\n"
        "Funding;;4;\n",
        encoding="utf-8",
    )
    outline = load_outline(path)
    assert outline.title == "Guidelines on micro-credentials"
    assert [(s.title, s.audience, s.questions) for s in outline.sections] == [
        ("Recognition", "provider", ("Which evidence is required?", "How long may a decision take?")),
        ("Funding", "system", ("Who pays for short courses?",)),
    ]


def test_a_workbook_outline_is_read_from_the_sheet_with_the_questions(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Read me"
    book.active.append(["One row per question, please."])
    sheet = book.create_sheet("Outline")
    sheet.append(["Theme", "Purpose", "Questions"])
    sheet.append(["Stackability", "How units add up.", "Can credits be combined?"])
    path = tmp_path / "outline.xlsx"
    book.save(path)
    (section,) = load_outline(path).sections
    assert (section.title, section.purpose, section.questions) == (
        "Stackability",
        "How units add up.",
        ("Can credits be combined?",),
    )


def test_a_table_without_a_section_column_or_without_questions_is_refused_with_the_fix(tmp_path):
    path = tmp_path / "outline.csv"
    path.write_text("No.,Guiding question\n1,Who pays?\n", encoding="utf-8")
    with pytest.raises(OutlineError, match=r"outline\.csv: row 1 has a question column but no section column; add"):
        load_outline(path)
    path.write_text("file,contributor\na.pdf,Ana\n", encoding="utf-8")
    with pytest.raises(OutlineError, match=r"outline\.csv: no column of questions; head one column 'Guiding question'"):
        load_outline(path)
