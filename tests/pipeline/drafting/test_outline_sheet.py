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


def test_a_workbook_outline_skips_a_hidden_sheet_of_old_questions_and_reads_cells_as_metadata_sheets_are(tmp_path):
    # read by the same code as metadata workbooks: a hidden sheet (an earlier draft kept out of sight) is not the
    # outline, a section merged over its questions fills each row, and a number cell reads as people see it
    from tests.ingest.xlsx_helpers import sheets_workbook

    sheets = {
        "Read me": [["One row per question, please."]],
        "Old outline": [["Section", "Guiding question"], ["Withdrawn", "A question nobody asks any more?"]],
        "Outline": [
            ["Section", "Guiding question", "Purpose"],
            ["Workload", "How many hours make one credit?", 25.0],
            [None, "Who checks the hours?", None],
        ],
    }
    path = sheets_workbook(tmp_path / "outline.xlsx", sheets, hidden=("Old outline",), merged=("A2:A3",))
    (section,) = load_outline(path).sections
    assert section.title == "Workload"
    assert section.questions == ("How many hours make one credit?", "Who checks the hours?")
    assert section.purpose == "25"  # not '25.0'


def test_a_password_protected_workbook_outline_says_so(tmp_path):
    from tests.ingest.test_xlsx_refusals import compound_file

    path = compound_file(tmp_path / "outline.xlsx", ["EncryptionInfo", "EncryptedPackage"])
    with pytest.raises(OutlineError, match=r"outline\.xlsx: encrypted: password needed \(the workbook is password"):
        load_outline(path)


def test_a_note_after_a_question_in_a_table_is_left_out(tmp_path):
    path = tmp_path / "outline.csv"
    path.write_text(
        "Section,Guiding question\n"
        "Funding,Who pays for assessment? (see the 2023 survey)\n"
        ",Should employers contribute [optional]\n"
        "Registers,Who keeps the register up to date? (max. 200 words)\n",
        encoding="utf-8",
    )
    assert [(s.title, s.questions) for s in load_outline(path).sections] == [
        ("Funding", ("Who pays for assessment?", "Should employers contribute")),
        ("Registers", ("Who keeps the register up to date?",)),
    ]
