"""The twenty-third held-out set's own promises (eval/heldout23/README.md): its built files rebuild byte for byte,
its sheet is a Hungarian secretariat's Calc sheet read whole below a merged title (Hungarian headers and countries,
the region merged down each block, a "Surname, Given" name, an acronym, a comments column that is no field), its
form keeps the answers in AcroForm fields, its report in OpenDocument text has headings and a table, its letter is
WordPad's RTF, its screenshot is an image without text, its speech and press release keep their layouts, its
outline is the chair's e-mail in plain text, and what makes each text layout differ survives its reader. The checks
every set shares are in tests/eval/test_heldout_set.py; none of these looks at the draft."""

from __future__ import annotations

import importlib
import shutil
import zipfile

import pytest

from ingest.metadata import build_meta
from ingest.metadata_headers import canonical_field
from ingest.metadata_ods import ods_tables
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

HERE = ROOT / "eval" / "heldout23"
CORPUS = HERE / "corpus"
SHEET = CORPUS / "metadata.ods"
FORM = CORPUS / "form_khatlon_employment_service.pdf"
REPORT = CORPUS / "report_nemunas_quality_centre.odt"
LETTER = CORPUS / "letter_marsaskala_learning_centre.rtf"
SCREENSHOT = CORPUS / "screenshot_cedar_coast_hospitals_post.png"
SPEECH = CORPUS / "speech_absheron_vocational_education_board.docx"
RELEASE = CORPUS / "press_release_maritsa_employers_union.pdf"
NOTION = CORPUS / "Micro-credentials position paper 3c9e1f0a7b2d4e6f8a1b5c7d9e2f4a60.md"


def _passages(name: str) -> list:
    return contribution_passages(CORPUS, name)


def _text(name: str) -> str:
    return contribution_text(CORPUS, name)


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    rebuilds_byte_for_byte("heldout23", 7)


@pytest.mark.unit
def test_the_hungarian_calc_sheet_is_read_whole_below_its_merged_title():
    with zipfile.ZipFile(SHEET) as ods:
        content = ods.read("content.xml").decode("utf-8")
    assert 'table:number-columns-spanned="9"' in content  # the title across the row
    assert content.count('table:number-rows-spanned="5"') == 2  # each block's region written once
    rows = ods_tables(SHEET)[0][1]
    header = rows[2]
    assert header == [
        "Sorszám", "Fájlnév", "Beküldő", "Szervezet", "Ország", "Térség", "Típus", "Beérkezés dátuma", "Megjegyzés",
    ]  # fmt: skip
    assert [canonical_field(h) or None for h in header] == [
        None, "file", "contributor", "organisation", "country", "region", "kind", "date", None,
    ]  # fmt: skip
    # the sets written before it; heldout22 is written at the same time by another hand and may share spellings
    earlier = _header_spellings([name for name in SETS if name not in ("heldout22", "heldout23")])
    assert not {h.casefold() for h in header} & earlier
    read = read_metadata_csv(SHEET)
    assert len(read) == 10
    assert {row["country"] for row in read.values()} >= {"Litvánia", "Málta", "Svédország", "Tádzsikisztán"}
    stored = _read_sheet(SHEET)
    assert {r["country"] for r in stored.values()} == {
        "Lithuania", "Malta", "Sweden", "Luxembourg", "Bulgaria", "Tajikistan", "Bosnia and Herzegovina", "Lebanon",
        "Azerbaijan", "Algeria",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5  # from the merged cells
    names = {r["contributor"] for r in stored.values()}
    assert {"Doreen Camilleri-Zahra", "Edin Mujkić"} <= names  # written "Surname, Given" in the sheet
    assert stored["digest_alzette_teachers_federation.txt"]["organisation"] == "AFT"  # the acronym, as written
    # dates as Hungarians write them ("2026. 03. 17."), every Hungarian kind (a chat is an input, a social media
    # post published for its readers), and the comments column expected
    assert stored["report_nemunas_quality_centre.odt"]["date"] == "2026-03-17"
    assert all(len(r["date"]) == 10 and r["date"].startswith("2026-03-") for r in stored.values())
    assert sorted(name for name, row in read.items() if build_meta(name, CORPUS / name, row)[1]) == []
    kinds = {name: build_meta(name, CORPUS / name, row)[0].kind for name, row in read.items()}
    assert kinds["chat_spreca_crafts_association.txt"] == "expert_input"
    assert kinds["screenshot_cedar_coast_hospitals_post.png"] == "other"
    assert sheet_warnings(SHEET) == []  # the running number and the comments column are expected


@pytest.mark.unit
def test_the_form_keeps_its_answers_in_acroform_fields():
    from pypdf import PdfReader

    reader = PdfReader(FORM)
    fields = reader.get_fields()
    assert {f.get("/FT") for f in fields.values()} == {"/Tx", "/Ch", "/Btn"}  # text, a drop-down list, a box
    assert fields["orgtype"]["/V"] == "Public employment service"
    assert "state e-government portal" in fields["digital"]["/V"]
    drawn = reader.pages[0].extract_text()
    assert "state e-government portal" not in drawn  # the answers live in the fields, not on the page
    assert "Certificates should be issued and kept in the state e-government portal" in _text(FORM.name)


@pytest.mark.unit
def test_the_report_in_opendocument_text_has_headings_and_a_table():
    with zipfile.ZipFile(REPORT) as odt:
        content = odt.read("content.xml").decode("utf-8")
    assert content.count('text:outline-level="1"') == 3 and content.count('text:outline-level="2"') == 3
    assert "<table:table-header-rows>" in content
    table = next(p for p in _passages(REPORT.name) if p.location.table)
    assert table.text.splitlines()[0] == "Year | Providers evaluated | Positive decisions | Negative decisions"
    assert "must be entered in the national register of qualifications" in _text(REPORT.name)


@pytest.mark.unit
def test_the_letter_is_rtf_as_wordpad_saves_it():
    raw = LETTER.read_bytes()
    assert raw.startswith(b"{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat")
    assert b"{\\*\\generator Riched20 10.0.19041}" in raw and b"\\info" not in raw
    assert b"\\'8060" in raw and b"\\u294?" in raw  # the euro sign from code page 1252, "Ħ" as Unicode
    text = _text(LETTER.name)
    assert "costs €60" in text and "Ħaż-Żabbar" in text
    assert "the tutor who taught a group is the person best placed to judge" in text


@pytest.mark.unit
def test_the_screenshot_is_an_image_without_text():
    from PIL import Image

    with Image.open(SCREENSHOT) as image:
        assert image.format == "PNG" and image.mode == "RGB" and image.size[0] == 1100
    assert b"nurses" not in SCREENSHOT.read_bytes()


@pytest.mark.slow
@pytest.mark.unit
def test_ocr_reads_the_screenshot():
    if shutil.which("tesseract") is None:
        pytest.skip("Tesseract is not installed: the screenshot cannot be read")
    text = _text(SCREENSHOT.name)
    assert "Every certificate should carry a code that an employer can check online" in text


@pytest.mark.unit
def test_the_speech_and_the_press_release_keep_their_layouts():
    from docx import Document
    from pypdf import PdfReader

    paragraphs = [p.text for p in Document(SPEECH).paragraphs]
    assert paragraphs[0] == "CHECK AGAINST DELIVERY" and paragraphs.count("[SLIDE 3]") == 1
    assert "never by the college that did the teaching" in _text(SPEECH.name)
    pages = PdfReader(RELEASE).pages
    assert len(pages) == 1
    drawn = pages[0].extract_text()
    assert "PRESS RELEASE" in drawn and "###" in drawn and "Notes to editors" in drawn
    assert "Entry in the national register must remain a free choice for training companies" in _text(RELEASE.name)


@pytest.mark.unit
def test_the_outline_is_the_chairs_e_mail_in_plain_text():
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == HERE / "outline.txt"
    lines = (HERE / "outline.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("From: ") and lines[4].startswith("Subject: ")
    assert "Dear colleagues," in lines and "Best regards," in lines
    outline = load_outline(HERE / "outline.txt")
    assert [s.title for s in outline.sections] == [
        "Micro-credentials in the national system",
        "Designing micro-credentials",
        "Assessment and quality",
        "Recognition and digital certificates",
        "Funding and access",
    ]  # "Part N - " counts the parts: no part of a title
    assert [len(s.questions) for s in outline.sections] == [6, 6, 6, 5, 5]
    assert [s.audience for s in outline.sections] == ["system", "provider", "provider", "provider", "system"]


@pytest.mark.unit
def test_each_text_layout_survives_its_reader():
    chat = (CORPUS / "chat_spreca_crafts_association.txt").read_text(encoding="utf-8")
    assert chat.startswith("[12.03.26, 08:02:17] ") and "\u200eimage omitted" in chat
    assert all(f"] {name}: " in chat for name in ("Lejla Hadžić", "Mirza Kovačević", "Edin Mujkić"))
    assert "end-to-end encrypted" not in _text("chat_spreca_crafts_association.txt")
    digest = (CORPUS / "digest_alzette_teachers_federation.txt").read_text(encoding="utf-8")
    assert "Today's Topics:" in digest and digest.count("\nMessage: ") == 3
    assert "no less than half of the final grade" in _text("digest_alzette_teachers_federation.txt")
    page = (CORPUS / "blog_norrland_working_life_institute.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>\n<!-- saved from url=") and 'class="comment-list"' in page
    assert "Only accredited education institutions should have the right" in _text(
        "blog_norrland_working_life_institute.html"
    )
    notion = NOTION.read_text(encoding="utf-8")
    assert "\nCreated: March 9, 2026 6:41 PM\n" in notion and "<aside>" in notion and "- [ ]  Send" in notion
    assert "in a personal wallet on their own phone" in _text(NOTION.name)
