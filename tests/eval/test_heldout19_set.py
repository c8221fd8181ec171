"""The nineteenth held-out set's own promises (eval/heldout19/README.md): its built files rebuild byte for byte,
its tab-separated sheet is read whole below its title line (Dutch headers, countries and regions, a name written
surname first, a notes column that is no field), its deck keeps its content in tables, its scanned letter has no
text layer and is read by OCR, its workbook holds positions in notes cells under a merged title, its long report
keeps its chapters and leaves out its footer, its poster reads panel by panel across three columns, its outline
is a Word document with bold section lines over tables of questions, and what makes each text layout differ
survives its reader. The checks every set shares are in tests/eval/test_heldout_set.py; none of these looks at
the draft."""

from __future__ import annotations

import importlib
import shutil

import pytest

from ingest.forwards import own_forwards
from ingest.metadata import build_meta
from ingest.metadata_headers import canonical_field
from ingest.metadata_sheet import read_metadata_csv
from ingest.readers import reader_for
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

HERE = ROOT / "eval" / "heldout19"
CORPUS = HERE / "corpus"
SHEET = CORPUS / "metadata.tsv"
DECK = CORPUS / "slides_algarve_hospitality_skills_partnership.pptx"
SCAN = CORPUS / "scan_imereti_regional_employment_office.pdf"
WORKBOOK = CORPUS / "workbook_zilina_adult_education_centre.xlsx"
REPORT = CORPUS / "report_apennine_institute_lifelong_learning.docx"
POSTER = CORPUS / "poster_kainuu_forest_machine_operators.pdf"


def _passages(name: str) -> list:
    return contribution_passages(CORPUS, name)


def _text(name: str) -> str:
    return contribution_text(CORPUS, name)


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    rebuilds_byte_for_byte("heldout19", 7, outlines=1)


@pytest.mark.unit
def test_the_tab_separated_sheet_is_read_whole_below_its_title():
    raw = SHEET.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and b"\r\n" not in raw  # UTF-8 without a BOM, LF line ends
    lines = raw.decode("utf-8").splitlines()
    assert lines[0].startswith("Raadpleging microcredentials") and "\t" not in lines[0] and lines[1] == ""
    header = lines[2].split("\t")
    assert header == [
        "Bestand", "Naam", "Organisatie", "Land", "Regio", "Soort bijdrage", "Datum ontvangst", "Opmerkingen",
    ]  # fmt: skip
    # the notes column is none of our fields
    assert [canonical_field(h) or None for h in header] == [
        "file", "contributor", "organisation", "country", "region", "kind", "date", None,
    ]  # fmt: skip
    # the sets written before it; heldout18 was written at the same time by another hand and may share spellings
    earlier = _header_spellings([name for name in list(SETS)[: list(SETS).index("heldout19")] if name != "heldout18"])
    assert {h.casefold() for h in header} - earlier == {
        "bestand", "naam", "organisatie", "regio", "soort bijdrage", "datum ontvangst", "opmerkingen",
    }  # fmt: skip
    rows = read_metadata_csv(SHEET)
    assert len(rows) == 10
    assert {row["country"] for row in rows.values()} >= {"Georgië", "Slowakije", "Italië", "België", "Oezbekistan"}
    for name, row in rows.items():
        assert build_meta(name, CORPUS / name, row)[1] == [], name  # no warning on any row
    stored = _read_sheet(SHEET)
    assert {r["country"] for r in stored.values()} == {
        "Portugal", "Slovakia", "Italy", "Belgium", "Finland", "Georgia", "Montenegro", "Tunisia", "Jordan",
        "Uzbekistan",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    # the register's "Vandenbroucke, Pieter" is the name he signs with
    assert stored["reply_ghent_port_logistics_training_fund.eml"]["contributor"] == "Pieter Vandenbroucke"
    assert stored["workbook_zilina_adult_education_centre.xlsx"]["date"] == "2026-03-06"


@pytest.mark.unit
def test_the_deck_keeps_its_content_in_tables_read_slide_by_slide():
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    slides = Presentation(DECK).slides
    assert len(slides) == 4
    for slide in slides:
        assert slide.slide_layout.name == "Title Only"
        assert [s.shape_type for s in slide.shapes][1:] == [MSO_SHAPE_TYPE.TABLE]
    passages = _passages(DECK.name)
    assert [p.location.slide for p in passages] == [1, 2, 3, 4]
    assert "Member hotels and restaurants | 312" in passages[0].text
    assert "Design | Employers must co-design every micro-credential offered in hospitality" in passages[1].text
    assert passages[3].text.splitlines()[1] == "Topic | Our position"


@pytest.mark.slow
@pytest.mark.unit
def test_the_scanned_letter_has_no_text_layer_and_ocr_reads_it():
    from pypdf import PdfReader

    pages = PdfReader(SCAN).pages
    assert len(pages) == 1 and not pages[0].extract_text().strip()
    assert len(pages[0].images) == 1
    if shutil.which("tesseract") is None:
        pytest.skip("Tesseract is not installed: the scanned letter cannot be read")
    passages = _passages(SCAN.name)
    assert passages and all(p.location.ocr for p in passages)
    text = " ".join(" ".join(p.text for p in passages).split())
    assert "every candidate should sit the same test under the same conditions" in text
    assert "career guidance should be offered before a jobseeker chooses a micro-credential" in text


@pytest.mark.unit
def test_the_workbook_holds_its_positions_in_notes_cells_under_a_merged_title():
    from openpyxl import load_workbook

    book = load_workbook(WORKBOOK)
    sheet = book.active
    assert sheet.title == "Plan 2026" and "A1:F1" in {str(r) for r in sheet.merged_cells.ranges}
    assert [c.value for c in sheet[3]] == ["Module", "Hours", "ECTS", "Fee (EUR)", "Places", "Notes"]
    assert sheet["F6"].value.startswith("We think every micro-credential should be entered")
    book.close()
    passages = _passages(WORKBOOK.name)
    row6 = next(p for p in passages if p.location.label == "sheet Plan 2026, row 6")
    assert row6.text.startswith("Module: Welding inspection; Hours: 50") and "Notes: We think" in row6.text
    assert any("stackable towards the national vocational certificate" in p.text for p in passages)


@pytest.mark.unit
def test_the_report_keeps_its_chapters_and_leaves_out_its_footer():
    passages = _passages(REPORT.name)
    sections = [p.location.label for p in passages if p.location.label.startswith("section")]
    assert sections == [
        "section 1 Summary", "section 1. Background", "section 2. Method", "section 3. Levels and the register",
        "section 4. Workload and learning outcomes", "section 5. Universities", "section 6. Next steps",
    ]  # fmt: skip
    levels = next(p.text for p in passages if p.location.label == "section 3. Levels and the register")
    # the positions stand among the findings they rest on
    assert levels.startswith("Only 9 of the 46 providers") and "National Qualifications Framework" in levels
    assert not any("Report 7/2026" in p.text and "|" in p.text for p in passages)  # the footer line


@pytest.mark.unit
def test_the_poster_reads_panel_by_panel_across_its_three_columns():
    from pypdf import PdfReader

    pages = PdfReader(POSTER).pages
    assert len(pages) == 1 and float(pages[0].mediabox.width) > 2000  # one A1 landscape page
    passages = _passages(POSTER.name)
    heads = [p.text.splitlines()[0] for p in passages]
    assert heads[1:6] == ["Who we are", "Our members' year", "What we ask of the guidelines", "Why", "Contact"]
    # the footer along the poster's bottom is a passage of its own, not the end of the "Contact" panel
    assert "www." not in passages[5].text and len(passages) == 7
    assert passages[6].location.section is None and passages[6].text.endswith("www.kainuu-operators.example")
    asks = passages[3].text
    order = ["Exams taken at home", "Operators with years", "The credential should show", "Safety training must"]
    assert [asks.index(phrase) for phrase in order] == sorted(asks.index(phrase) for phrase in order)
    # the reasons stand in their own column, apart from the positions they explain
    assert "180 kilometres" not in asks and "180 kilometres" in passages[4].text


@pytest.mark.unit
def test_the_outline_is_word_with_bold_section_lines_over_tables_of_questions():
    from docx import Document

    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == HERE / "outline.docx"
    doc = Document(HERE / "outline.docx")
    assert not any(p.style.name.startswith("Heading") for p in doc.paragraphs)
    bold = [p.text for p in doc.paragraphs if p.runs and all(r.bold for r in p.runs)]
    assert len(bold) == 5 and len(doc.tables) == 5
    assert all([c.text for c in t.rows[0].cells] == ["No.", "Guiding question", "Drafter"] for t in doc.tables)
    outline = load_outline(HERE / "outline.docx")
    assert [s.title for s in outline.sections] == bold
    assert [len(s.questions) for s in outline.sections] == [5, 6, 7, 4, 6]
    assert outline.sections[0].purpose.startswith("The questions below are for the system-level chapter")
    # the drafters' initials and the numbers are no questions
    assert all(q.endswith("?") for s in outline.sections for q in s.questions)


@pytest.mark.unit
def test_each_text_layout_survives_its_reader():
    chat = (CORPUS / "chat_monastir_textile_workers_union.txt").read_text(encoding="utf-8")
    assert chat.startswith("12/03/2026, 08:41 - Messages and calls are end-to-end encrypted")
    assert "<Media omitted>" in chat and "This message was deleted" in chat
    assert "Hédi Ben Slimane: Yes. Point three. Machine operators should be assessed" in _text(
        "chat_monastir_textile_workers_union.txt"
    )
    raw = (CORPUS / "reply_ghent_port_logistics_training_fund.eml").read_text(encoding="utf-8")
    assert "Subject: Re: Five questions" in raw and "\n> 2. How should practical skills" in raw
    # the quoted questions are the secretariat's message, answered between its lines: never Pieter's words
    read = reader_for(CORPUS / "reply_ghent_port_logistics_training_fund.eml").read(
        CORPUS / "reply_ghent_port_logistics_training_fund.eml"
    )
    kept, _ = own_forwards(
        read.passages, "Pieter Vandenbroucke", "Ghent Port Logistics Training Fund", read.properties.author
    )
    reply = " ".join(p.text for p in kept)
    assert "Crane and straddle-carrier operators" in reply
    assert "How should practical skills" not in reply and "May micro-credential exams be taken online" not in reply
    blog = (CORPUS / "blog_zarqa_coding_bootcamps_alliance.md").read_text(encoding="utf-8")
    assert blog.startswith("---\ntitle: ") and "\n---\n" in blog
    posts = _passages("blog_zarqa_coding_bootcamps_alliance.md")
    # the reader numbers the sections it finds
    assert [p.location.section for p in posts if p.location.section] == [
        "1 Levels", "2 What the credential should carry", "3 Who may award", "4 Assessment",
    ]  # fmt: skip
    page = (CORPUS / "statement_montenegrin_alliance_accessible_learning.htm").read_text(encoding="utf-8")
    assert 'content="Microsoft Word 15 (filtered)"' in page and "MsoListParagraphCxSpFirst" in page
    statement = _passages("statement_montenegrin_alliance_accessible_learning.htm")
    assert not any("font-family" in p.text or "WordSection1" in p.text for p in statement)
    assert any("screen readers can read" in p.text for p in statement)
    form = _passages("comments_samarkand_college_of_tourism_and_crafts.docx")
    comments = next(p.text for p in form if p.text.startswith("No. | Part of the draft | Comment"))
    assert len(comments.splitlines()) == 6
