"""The twenty-second held-out set's own promises (eval/heldout22/README.md): its built files rebuild byte for byte,
its sheet is a Czech secretariat's workbook (a merged title row, Czech headers, a running number and a notes
column, ISO country codes, date cells, names as written), its photographed page is a JPEG without text, its
members' survey is a Microsoft Forms export with long answers, its Word draft keeps tracked changes and comments,
its deck holds its points in tables and SmartArt only, its leaflet is a tri-fold sheet, its outline is a Word
document of parts and sections, and what makes each text layout differ survives its reader. The checks every set
shares are in tests/eval/test_heldout_set.py; none of these looks at the draft."""

from __future__ import annotations

import importlib
import shutil
import zipfile

import pytest

from ingest.metadata import build_meta
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

HERE = ROOT / "eval" / "heldout22"
CORPUS = HERE / "corpus"
SHEET = CORPUS / "metadata.xlsx"
PHOTO = CORPUS / "photo_malta_guild_of_dive_instructors.jpeg"
SURVEY = CORPUS / "forms_export_tuzla_canton_employers.xlsx"
DRAFT = CORPUS / "draft_norrbotten_regional_council.docx"
DECK = CORPUS / "slides_kirchberg_finance_skills_institute.pptx"
LEAFLET = CORPUS / "leaflet_rhodope_health_workers_union.pdf"


def _passages(name: str) -> list:
    return contribution_passages(CORPUS, name)


def _text(name: str) -> str:
    return contribution_text(CORPUS, name)


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    rebuilds_byte_for_byte("heldout22", 7)


@pytest.mark.unit
def test_the_czech_workbook_is_read_under_its_merged_title_row():
    from openpyxl import load_workbook

    book = load_workbook(SHEET)
    sheet = book.worksheets[0]
    assert [str(r) for r in sheet.merged_cells.ranges] == ["A1:I1"]
    assert sheet["A1"].value.startswith("Konzultace k mikrocertifikátům") and sheet["A2"].value is None
    header = [c.value for c in sheet[3]]
    assert header == [
        "Č.", "Název souboru", "Jméno a příjmení", "Organizace", "Země (kód ISO)", "EU nebo partner", "Druh příspěvku",
        "Datum doručení", "Poznámka",
    ]  # fmt: skip
    assert [canonical_field(h) or None for h in header] == [
        None, "file", "contributor", "organisation", "country", "region", "kind", "date", None,
    ]  # fmt: skip
    assert sheet["H4"].number_format == "d. m. yyyy" and sheet["H4"].is_date
    # the sets written before it; heldout23 is written at the same time by another hand and may share spellings
    earlier = _header_spellings([name for name in SETS if name not in ("heldout22", "heldout23")])
    assert not {h.casefold() for h in header} & earlier
    rows = read_metadata_csv(SHEET)
    assert len(rows) == 10
    assert {row["country"] for row in rows.values()} == {"MT", "BA", "AZ", "SE", "LU", "HU", "TJ", "BG", "LB", "DZ"}
    kinds = {}
    for name, row in rows.items():
        meta, warnings = build_meta(name, CORPUS / name, row)
        kinds[row["kind"]] = meta.kind
        # only a photographed document, a kind no language's words name, is warned of and read as "other"
        assert warnings == ([] if name != PHOTO.name else [warnings[0]]), (name, warnings)
    assert kinds == {
        "fotografie dokumentu": "other", "dotazník": "expert_input", "e-mail": "expert_input",
        "stanovisko": "policy_brief", "prezentace": "presentation", "poznámky": "expert_input",
        "přepis videa": "expert_input", "leták": "other", "příspěvek na LinkedIn": "expert_input",
    }  # fmt: skip
    assert sheet_warnings(SHEET) == []  # the running number and the notes column are expected
    stored = _read_sheet(SHEET)
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    names = {r["contributor"] for r in stored.values()}
    # "Surname, Given" turned round; the Hungarian order, a doctor's title and a "Ms" kept as written
    assert {"Selma Hadžiahmetović", "Åsa Nyberg", "Kertész Zsófia", "Nadine Weber-Schmit"} <= names
    assert stored[PHOTO.name]["date"] == "2026-03-04"


@pytest.mark.unit
def test_the_photographed_page_is_a_jpeg_without_text():
    from PIL import Image

    with Image.open(PHOTO) as image:
        assert (image.format, image.mode, image.size) == ("JPEG", "RGB", (1500, 2000))
        # the desk shows around the page: its corners are not the paper's white
        assert max(image.getpixel((10, 10))) < 130 and max(image.getpixel((1490, 1990))) < 130
    assert b"Guild" not in PHOTO.read_bytes()


@pytest.mark.slow
@pytest.mark.unit
def test_ocr_reads_the_photographed_page():
    if shutil.which("tesseract") is None:
        pytest.skip("Tesseract is not installed: the photographed page cannot be read")
    passages = _passages(PHOTO.name)
    assert [p.location.page for p in passages] == [1] and passages[0].location.ocr
    text = " ".join(passages[0].text.split())
    assert "The final check dive should be run by an instructor from another dive centre" in text


@pytest.mark.unit
def test_the_survey_is_a_forms_export_read_row_by_row():
    from openpyxl import load_workbook

    sheet = load_workbook(SURVEY).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["ID", "Start time", "Completion time", "Email", "Name", "Company"] and len(header) == 10
    assert sheet.max_row == 4 and all(len(sheet.cell(2, c).value) > 100 for c in range(7, 11))
    # each answer a passage of its own under its quoted question, without the tool's columns (sheet_forms)
    rows = _passages(SURVEY.name)
    assert [p.location.label for p in rows] == [f"sheet Sheet1, row {n}" for n in (2, 3, 4) for _ in range(4)]
    assert rows[1].text.startswith("Company: Lukavac metal works\n> 2. Who should assess")
    assert "its shift supervisor should assess the practical part" in rows[1].text
    assert not any("anonymous" in p.text or "Start time" in p.text for p in rows)


@pytest.mark.unit
def test_the_word_draft_keeps_tracked_changes_and_comments():
    with zipfile.ZipFile(DRAFT) as docx:
        body = docx.read("word/document.xml").decode("utf-8")
        comments = docx.read("word/comments.xml").decode("utf-8")
    assert body.count("<w:ins ") == 3 and body.count("<w:del ") == 3 and body.count("<w:commentRangeStart") == 2
    assert "Do we want to say this so firmly?" in comments
    text = _text(DRAFT.name)
    assert "must be included in the Swedish qualifications framework" in text  # "could" deleted, "must" inserted
    assert "Quality can be checked afterwards" not in text and "10,000" not in text
    assert "so firmly" not in text  # a colleague's comment is not the council's text


@pytest.mark.unit
def test_the_deck_holds_its_points_in_tables_and_smartart():
    from pptx import Presentation

    deck = Presentation(DECK)
    kinds = []
    for slide in list(deck.slides)[1:]:
        frames = [s for s in slide.shapes if not s.has_text_frame]  # graphic frames: a table, or SmartArt
        kinds.append(sorted("table" if f.has_table else f._element.graphicData_uri.rsplit("/", 1)[1] for f in frames))
        bodies = [s for s in slide.shapes if s.has_text_frame and s != slide.shapes.title]
        assert not bodies  # no bullet text: the title, then a table or a diagram
    assert kinds == [["table"], ["diagram"], ["table"]]  # the SmartArt frame's data is a diagram
    smartart = next(p.text for p in _passages(DECK.name) if p.location.slide == 3)
    assert smartart.splitlines()[1:3] == ["Design", "At least 25 hours of learning, assessment included"]


@pytest.mark.unit
def test_the_leaflet_is_a_tri_fold_sheet_printed_on_both_sides():
    from pypdf import PdfReader

    pages = PdfReader(LEAFLET).pages
    assert len(pages) == 2 and all(float(p.mediabox.width) > float(p.mediabox.height) for p in pages)
    inside = [p for p in _passages(LEAFLET.name) if p.location.page == 2]
    assert [p.text.splitlines()[0] for p in inside] == ["Who pays?", "Who assesses?", "What it brings"]


@pytest.mark.unit
def test_the_outline_is_a_word_document_of_parts_and_sections():
    from docx import Document

    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == HERE / "outline.docx"
    styles = [p.style.name for p in Document(HERE / "outline.docx").paragraphs]
    assert styles.count("Heading 1") == 2 and styles.count("Heading 2") == 5 and styles.count("List Number") == 29
    outline = load_outline(HERE / "outline.docx")
    assert [s.title for s in outline.sections] == [
        "Micro-credentials in the qualifications system", "Funding and access", "Designing micro-credentials",
        "Assessment and quality assurance", "Recognition, portability and digital credentials",
    ]  # fmt: skip
    assert [len(s.questions) for s in outline.sections] == [6, 5, 6, 7, 5]
    assert [s.audience for s in outline.sections] == ["system", "system", "provider", "provider", "provider"]
    assert all(q.endswith("?") for s in outline.sections for q in s.questions)


@pytest.mark.unit
def test_each_text_layout_survives_its_reader():
    raw = (CORPUS / "reply_ganja_agrarian_college.eml").read_text(encoding="utf-8")
    assert "User-Agent: Mozilla Thunderbird" in raw and "format=flowed" in raw
    assert "On 24/02/2026 09:30, Consultation Secretariat wrote:\n> " in raw and raw.count("\n> ") > 10
    assert "has to appear in the national register, with its level" in _text("reply_ganja_agrarian_college.eml")
    note = (CORPUS / "note_tisza_institute_educational_research.md").read_text(encoding="utf-8")
    assert note.startswith("---\ntags:\n") and "> [!important]" in note and "[[" in note
    assert "A modest personal contribution" in _text("note_tisza_institute_educational_research.md")
    notion = (CORPUS / "notion_constantine_engineering_students_union.md").read_text(encoding="utf-8")
    assert "<aside>" in notion and "\nOwner: Yacine Benali\n" in notion and "- [ ] " in notion
    assert "count towards the degree itself" in _text("notion_constantine_engineering_students_union.md")
    transcript = (CORPUS / "transcript_khatlon_youth_employment_foundation.txt").read_text(encoding="utf-8")
    assert transcript.count("\n0:") == 8 and "\n1:11\n" in transcript
    assert "the course and the test must be free" in _text("transcript_khatlon_youth_employment_foundation.txt")
    post = (CORPUS / "linkedin_post_zahle_skills_studio.txt").read_text(encoding="utf-8")
    assert "2d • Edited • 🌐" in post and "1️⃣" in post and "#openbadges" in post
    assert "signed Open Badge that an employer verifies" in _text("linkedin_post_zahle_skills_studio.txt")
