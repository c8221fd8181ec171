"""The twenty-fifth held-out set's own promises (eval/heldout25/README.md): its built files rebuild byte for byte,
its sheet is an Estonian secretariat's semicolon-separated register under a title row (Estonian headers, countries
as ISO codes and Estonian names, names written as people write them, a notes column that is no field), its Word
template keeps prompts and answers in content controls, its brief is a two-column PDF with a sidebar box and pull
quotes, its submission is RTF as LibreOffice Writer saves it with two tables, its poster is one large slide of
grouped panels, its transcript is Teams' Word download, its workbook holds one sheet per theme, its outline is a
workbook whose questions are referenced "1.a", and what makes each text layout differ survives its reader. The
checks every set shares are in tests/eval/test_heldout_set.py; none of these looks at the draft."""

from __future__ import annotations

import importlib
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

HERE = ROOT / "eval" / "heldout25"
CORPUS = HERE / "corpus"
SHEET = CORPUS / "metadata.csv"
TEMPLATE = CORPUS / "questionnaire_larnaca_bay_hoteliers.docx"
BRIEF = CORPUS / "brief_oresund_skills_policy_centre.pdf"
SUBMISSION = CORPUS / "submission_misrata_vocational_training_centre.rtf"
POSTER = CORPUS / "poster_prizren_education_research_institute.pptx"
TRANSCRIPT = CORPUS / "transcript_mary_vocational_education_department.docx"
WORKBOOK = CORPUS / "workbook_lori_healthcare_workers_union.xlsx"
SURVEY = CORPUS / "survey_export_emajogi_students_union.csv"
EMAIL = CORPUS / "reply_barlad_technical_university.eml"
NOTE = CORPUS / "meeting_note_negev_technology_employers_forum.md"
WIKI = CORPUS / "wiki_estuary_adult_learning_network.html"


def _text(path) -> str:
    return contribution_text(CORPUS, path.name)


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    rebuilds_byte_for_byte("heldout25", 6, outlines=1)


@pytest.mark.unit
def test_the_estonian_sheet_is_read_below_its_title_row():
    lines = SHEET.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("Mikrokvalifikatsioonide konsultatsioon") and lines[0].endswith(";" * 8)
    assert lines[1] == ";" * 8
    header = lines[2].split(";")
    assert header == [
        "Jrk", "Failinimi", "Saatja", "Organisatsioon", "Riik", "Piirkond", "Dokumendi liik", "Saabunud", "Märkused",
    ]  # fmt: skip
    assert [canonical_field(h) or None for h in header][1:7] == [
        "file", "contributor", "organisation", "country", "region", "kind",
    ]  # fmt: skip
    # the sets written before it; heldout24 is written at the same time by another hand and may share spellings
    earlier = _header_spellings([name for name in SETS if name not in ("heldout24", "heldout25")])
    assert not {h.casefold() for h in header} & earlier
    read = read_metadata_csv(SHEET)
    assert len(read) == 10
    assert {row["country"] for row in read.values()} >= {"CY", "Taani", "Prantsusmaa", "XK", "Türkmenistan"}
    stored = _read_sheet(SHEET)
    assert {r["country"] for r in stored.values()} == {
        "Cyprus", "Denmark", "France", "Estonia", "Romania", "Israel", "Libya", "Kosovo", "Turkmenistan", "Armenia",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    names = {r["contributor"] for r in stored.values()}
    # written "SURNAME Given", "Surname, Given" and with a title in the sheet
    assert {"Andreas Hadjipetrou", "Mette Kjærsgaard", "Ioana Dumitrescu-Vlad", "Ogulgerek Nurmuradova"} <= names
    assert sheet_warnings(SHEET) == []  # "Saabunud" (arrived) is the date since session 17


@pytest.mark.unit
def test_the_template_keeps_prompts_and_answers_in_content_controls():
    with zipfile.ZipFile(TEMPLATE) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    assert xml.count("<w:sdt>") == 1 + 2 * (4 + 6)  # the instruction, then a prompt and an answer per row
    assert xml.count('<w:lock w:val="sdtContentLocked"/>') == 11
    assert "<w:dropDownList>" in xml and '<w:dateFormat w:val="dd/MM/yyyy"/>' in xml
    assert xml.count("<w:showingPlcHdr/>") == 1
    text = _text(TEMPLATE)
    assert "The public training fund should cover the fee" in text and "Employers' organisation" in text


@pytest.mark.unit
def test_the_brief_is_a_two_column_pdf_with_a_box_and_pull_quotes():
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(BRIEF)
    assert len(pdf) == 1
    text = pdf[0].get_textpage()
    width = pdf[0].get_width()
    left = " ".join(text.get_text_bounded(left=0, bottom=0, right=width / 2, top=650).split())
    right = " ".join(text.get_text_bounded(left=width / 2, bottom=0, right=width, top=650).split())
    pdf.close()
    # the body runs down the left column into the right one, the box in the left, a pull quote in each
    assert "Keep them small" in left and "At a glance" in left and "Anything larger is a programme" in left
    assert "Show the results" in right and "“A paper certificate cannot be checked without a phone" in right
    assert "no micro-credential should exceed 10 ECTS credits" in _text(BRIEF)


@pytest.mark.unit
def test_the_submission_is_rtf_as_libreoffice_writes_it_with_two_tables():
    raw = SUBMISSION.read_bytes()
    assert raw.startswith(b"{\\rtf1\\ansi\\deff4\\adeflang1025")
    assert b"{\\*\\generator LibreOffice/7.6.4.1" in raw and b"{\\info{\\title " in raw
    assert raw.count(b"\\trowd") == 10 and raw.count(b"\\row\n") == 10
    tables = [p for p in contribution_passages(CORPUS, SUBMISSION.name) if p.location.table]
    assert [t.text.splitlines()[0] for t in tables] == [
        "Course | Hours | Learners in 2025 | Fee (LYD)", "Topic | Position of the Centre",
    ]  # fmt: skip


@pytest.mark.unit
def test_the_poster_is_one_large_slide_of_grouped_panels():
    from pptx import Presentation
    from pptx.util import Cm

    deck = Presentation(POSTER)
    assert len(deck.slides) == 1 and deck.slide_width == Cm(84.1) and deck.slide_height == Cm(118.9)
    groups = [s for s in deck.slides[0].shapes if s.shape_type == 6]  # MSO_SHAPE_TYPE.GROUP
    assert len(groups) == 5
    assert "Mobile training units should take the courses to villages" in _text(POSTER)


@pytest.mark.unit
def test_the_transcript_and_the_workbook_keep_their_layouts():
    from docx import Document
    from openpyxl import load_workbook

    paragraphs = [p.text for p in Document(TRANSCRIPT).paragraphs]
    assert paragraphs[3] == "Liisa Kask started transcription" and paragraphs[-1] == "Liisa Kask stopped transcription"
    assert "Ogulgerek Nurmuradova   2:02" in paragraphs
    assert "the certificate should be issued on paper and carry the seal of the department" in _text(TRANSCRIPT)
    book = load_workbook(WORKBOOK, read_only=True)
    assert book.sheetnames == ["Cover", "Funding", "Access", "Recognition"]
    book.close()
    sheets = {p.location.label for p in contribution_passages(CORPUS, WORKBOOK.name)}
    assert {"sheet Funding", "sheet Access", "sheet Recognition"} <= {label.split(",")[0] for label in sheets}


@pytest.mark.unit
def test_the_outline_is_a_workbook_of_referenced_questions_behind_a_read_me_sheet():
    from openpyxl import load_workbook

    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == HERE / "outline.xlsx"
    book = load_workbook(HERE / "outline.xlsx", read_only=True)
    assert book.sheetnames == ["Read me", "Guiding questions", "Change log"]
    rows = [list(r) for r in book["Guiding questions"].iter_rows(values_only=True)]
    book.close()
    assert rows[2][:3] == ["Ref.", "Section", "Guiding question"]
    assert [r[0] for r in rows[3:6]] == ["1.a", "1.b", "1.c"] and rows[4][1] is None
    outline = load_outline(HERE / "outline.xlsx")
    assert [s.title for s in outline.sections] == [
        "Micro-credentials in the qualifications system", "Designing micro-credentials",
        "Assessment and quality assurance", "Recognition and digital credentials", "Funding, access and inclusion",
    ]  # fmt: skip
    assert [len(s.questions) for s in outline.sections] == [5, 6, 6, 5, 6]
    assert [s.audience for s in outline.sections] == ["system", "provider", "provider", "provider", "system"]


@pytest.mark.unit
def test_each_text_layout_survives_its_reader():
    survey = SURVEY.read_text(encoding="utf-8-sig").splitlines()
    assert survey[0].startswith("Respondent ID,Collector ID,") and survey[1].startswith(",,,,,,,,,Response,")
    assert "Students must be able to sit every assessment online, from home" in _text(SURVEY)
    mail = EMAIL.read_text(encoding="utf-8")
    assert 'Content-Type: text/html; charset="UTF-8"' in mail and '<blockquote class="gmail_quote"' in mail
    assert "Certificates should reach learners in digital form" in _text(EMAIL)
    note = NOTE.read_text(encoding="utf-8")
    assert "\n## Decision log\n" in note and "| D-14 |" in note and "- [ ] Michal:" in note
    assert "Our short courses should not be tied to the national qualifications framework" in _text(NOTE)
    page = WIKI.read_text(encoding="utf-8")
    assert 'id="breadcrumbs"' in page and "confluence-information-macro" in page and "Document generated by" in page
    assert "a programme of up to 30 ECTS credits is still short enough" in _text(WIKI)
