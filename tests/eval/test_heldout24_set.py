"""The twenty-fourth held-out set's own promises (eval/heldout24/README.md): its built files rebuild byte for byte,
its sheet is a Finnish secretariat's workbook read whole below a merged title and an update line (Finnish headers
and countries, the region merged down each block, names with a title or surname first, a notes column that is no
field), its handouts print three slides a page beside ruled lines, its comment table keeps the draft's text apart
from the comments, its Calc grid carries a colleague's cell comments, its Google Sheets download has a sheet per
question, its outline is a workshop agenda in plain text (with the table outline in Writer kept beside it), and
what makes each text layout differ survives its reader. The checks every set shares are in
tests/eval/test_heldout_set.py; none of these looks at the draft."""

from __future__ import annotations

import email
import importlib
import re
import zipfile

import pytest

from ingest.metadata_headers import canonical_field
from ingest.metadata_sheet import read_metadata_csv, sheet_warnings
from pipeline.drafting.outline import load_outline
from tests.eval.test_heldout_set import (
    ROOT,
    SETS,
    _header_spellings,
    _read_sheet,
    contribution_passages,
    contribution_text,
    rebuilds_byte_for_byte,
)

HERE = ROOT / "eval" / "heldout24"
CORPUS = HERE / "corpus"
SHEET = CORPUS / "metadata.xlsx"
HANDOUTS = CORPUS / "handouts_murgab_textile_training_centre.pdf"
COMMENTS = CORPUS / "comments_lyon_office_foreign_qualifications.docx"
GRID = CORPUS / "position_grid_izmir_logistics_employers.ods"
SURVEY = CORPUS / "Micro-credentials staff consultation (responses).xlsx"


def _text(name: str) -> str:
    return contribution_text(CORPUS, name)


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    rebuilds_byte_for_byte("heldout24", 6)


@pytest.mark.unit
def test_the_finnish_workbook_is_read_whole_below_its_merged_title():
    from openpyxl import load_workbook

    book = load_workbook(SHEET)
    sheet = book.worksheets[0]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:I1", "A2:I2", "B5:B9", "B10:B14"} <= merged  # title, update line, each block's region
    header = [c.value for c in sheet[4]]
    assert header == [
        "Nro", "Alue", "Tiedosto", "Lähettäjä", "Organisaatio", "Maa", "Tyyppi", "Saapunut", "Huomautukset",
    ]  # fmt: skip
    assert sheet["H5"].number_format == "d.m.yyyy"
    book.close()
    assert [canonical_field(h) or None for h in header] == [
        None, "region", "file", "contributor", "organisation", "country", "kind", "date", None,
    ]  # fmt: skip
    # the sets written before it; heldout25 is written at the same time by another hand and may share spellings
    earlier = _header_spellings([name for name in SETS if name not in ("heldout24", "heldout25")])
    assert not {h.casefold() for h in header} & earlier
    read = read_metadata_csv(SHEET)
    assert len(read) == 10
    assert {row["country"] for row in read.values()} >= {"Kypros", "Tanska", "Viro", "Kirgisia", "Turkki"}
    stored = _read_sheet(SHEET)
    assert {r["country"] for r in stored.values()} == {
        "Cyprus", "Denmark", "Estonia", "France", "Romania", "Kyrgyzstan", "Turkmenistan", "North Macedonia",
        "Türkiye", "Israel",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    names = {r["contributor"] for r in stored.values()}
    # written "Surname, Given", with "Mme", "prof." or "Dr." before it in the sheet
    assert {"Eleni Stylianou-Pavlou", "Hélène Vautrin-Lacombe", "Ioana Bălănescu", "Levent Aydınoğlu"} <= names
    assert sheet_warnings(SHEET) == []  # "Saapunut" (arrived) is the date since session 17


@pytest.mark.unit
def test_the_handouts_print_three_slides_a_page_beside_lines_for_notes():
    from pypdf import PdfReader

    pages = PdfReader(HANDOUTS).pages
    assert len(pages) == 2
    drawn = pages[0].extract_text()
    assert "Consultation webinar on micro-credentials" in drawn and "06.03.2026" in drawn
    assert drawn.count("\x7f") >= 5  # reportlab's bullets, which pypdf gives as DEL
    text = _text(HANDOUTS.name)
    assert "checked by the state commission before an employer may count it" in text


@pytest.mark.unit
def test_the_comment_table_keeps_the_draft_apart_from_the_comments():
    from docx import Document

    doc = Document(COMMENTS)
    assert doc.sections[0].page_width > doc.sections[0].page_height  # landscape, as such forms are
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "No.", "Section", "Line(s)", "Type", "Draft text", "Comment", "Proposed change",
    ]  # fmt: skip
    assert len(table.rows) == 6
    row = [c.text for c in table.rows[2].cells]
    assert row[4].startswith("Micro-credentials may carry a validity period")
    assert "should never carry an end date" in row[5]
    assert "should never carry an end date" in _text(COMMENTS.name)


@pytest.mark.unit
def test_the_calc_grid_carries_a_colleagues_cell_comments():
    with zipfile.ZipFile(GRID) as ods:
        content = ods.read("content.xml").decode("utf-8")
    assert content.count("<office:annotation>") == 2 and 'table:number-columns-spanned="4"' in content
    passages = contribution_passages(CORPUS, GRID.name)
    noted = [p.text for p in passages if "> Note by Selin Kaya" in p.text]
    assert len(noted) == 2
    assert "state an expiry date no later than three years" in _text(GRID.name)


@pytest.mark.unit
def test_the_google_sheets_download_has_a_sheet_per_question():
    from openpyxl import load_workbook

    book = load_workbook(SURVEY, read_only=True)
    assert book.sheetnames == [
        "Read me", "Q1 Framework level", "Q2 Register", "Q3 Digital certificates", "Q4 Quality", "Q5 Fees",
    ]  # fmt: skip
    first = next(book["Q2 Register"].iter_rows(max_row=2, values_only=True))
    assert first[0] == "Should micro-credentials be listed in the national register of qualifications?"
    book.close()
    assert "should appear in the national register of qualifications" in _text(SURVEY.name)


@pytest.mark.unit
def test_the_outline_is_a_workshop_agenda_in_plain_text():
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == HERE / "outline.txt"
    lines = (HERE / "outline.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0].isupper() and "Lunch break 12:30–13:30" in lines
    assert sum(1 for line in lines if re.match(r"^   [a-g]\) ", line)) == 28
    outline = load_outline(HERE / "outline.txt")
    assert [len(s.questions) for s in outline.sections] == [5, 5, 5, 7, 6]
    assert outline.sections[1].title == "2. Designing micro-credentials (for qualification and curriculum developers)"
    # the audiences in brackets are read, and the lunch break and closing line are no section's purpose (session 17)
    assert [s.audience for s in outline.sections] == ["system", "provider", "provider", "provider", "system"]
    assert not any("Lunch" in s.purpose or "Close of the meeting" in s.purpose for s in outline.sections)


@pytest.mark.unit
def test_the_table_outline_in_writer_holds_the_same_questions_under_merged_rows():
    from eval.heldout24.sheets import OUTLINE_SECTIONS

    with zipfile.ZipFile(HERE / "outline_table.odt") as odt:
        content = odt.read("content.xml").decode("utf-8")
    assert content.count('table:number-columns-spanned="4"') == 5  # each section a row merged across the table
    asked = [q for line in (HERE / "outline.txt").read_text(encoding="utf-8").splitlines() for q in [line[6:]]
             if re.match(r"^   [a-g]\) ", line)]  # fmt: skip
    assert [q for *_, questions in OUTLINE_SECTIONS for q in questions] == asked
    # read as the agenda is: each merged row a section over its questions (session 18)
    from pipeline.drafting.outline import load_outline

    table, agenda = load_outline(HERE / "outline_table.odt"), load_outline(HERE / "outline.txt")
    assert [s.questions for s in table.sections] == [s.questions for s in agenda.sections]
    assert [s.audience for s in table.sections] == [s.audience for s in agenda.sections]


@pytest.mark.unit
def test_each_text_layout_survives_its_reader():
    captions = (CORPUS / "meeting_saved_closed_caption.txt").read_text(encoding="utf-8")
    speakers = set(re.findall(r"^\[([^\]]+)\] \d\d:\d\d:\d\d$", captions, re.M))
    assert speakers == {"Tobias Lindqvist-Ortega", "Aizada Sooronbaeva", "Kanat Osmonov"}
    assert "is big enough to earn a micro-credential" in _text("meeting_saved_closed_caption.txt")
    thread = (CORPUS / "discussion-42-consultation-response.md").read_text(encoding="utf-8")
    assert thread.count("· Maintainer") == 3 and "\n> " in thread and "👍 12" in thread
    assert "no fewer than three ECTS credits" in _text("discussion-42-consultation-response.md")
    toots = (CORPUS / "thread_lillebaelt_metalworkers.txt").read_text(encoding="utf-8")
    assert all(f"\n{n}/6 " in toots for n in range(2, 7)) and toots.count("boosts ·") == 6
    assert "Short courses have no place in it" in _text("thread_lillebaelt_metalworkers.txt")
    record = (CORPUS / "abstract_MC26-0147.txt").read_text(encoding="utf-8")
    assert len(re.findall(r"^Reviewer \d: ", record, re.M)) == 2 and "\nAbstract ID: MC26-0147\n" in record
    assert "without an individual evaluation of each certificate" in _text("abstract_MC26-0147.txt")
    message = email.message_from_bytes((CORPUS / "Learning Matters - March 2026.eml").read_bytes())
    assert message.get_content_type() == "text/html" and not message.is_multipart()
    html = message.get_payload()
    assert "View this email in your browser" in html and "unsubscribe from this list" in html
    assert "through an individual learning account" in _text("Learning Matters - March 2026.eml")
    export = (CORPUS / "messages.html").read_text(encoding="utf-8")
    assert export.count('class="message default clearfix') == 8 and 'class="forwarded body"' in export
    assert "without going back to a school bench" in _text("messages.html")
