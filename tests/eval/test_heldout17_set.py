"""The seventeenth held-out set's own promises (eval/heldout17/README.md): its built files rebuild byte for byte,
its Polish semicolon sheet is read whole (Polish headers and country names, two regions left to the country, a
title beside a person's name, an organisation with no person), its PDF letter and PDF deck keep what a reader
needs and leave out the signatures and the slide furniture, its photographed page is read by OCR, its outline was
saved from Word as RTF and the runner takes the same outline in Markdown, and what makes each other layout differ
survives its reader. The checks every set shares are in tests/eval/test_heldout_set.py; none of these looks at
the draft."""

from __future__ import annotations

import importlib
import shutil

import pytest

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

HERE = ROOT / "eval" / "heldout17"
CORPUS = HERE / "corpus"
SHEET = CORPUS / "metadata.csv"
LETTER = CORPUS / "letter_hunsrueck_nahe_chamber_of_crafts.pdf"
DECK = CORPUS / "slides_danube_corridor_logistics_skills_council.pdf"
PHOTO = CORPUS / "photo_masovian_open_university.jpg"


def _passages(name: str) -> list:
    return contribution_passages(CORPUS, name)


def _text(name: str) -> str:
    return contribution_text(CORPUS, name)


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    rebuilds_byte_for_byte("heldout17", 7, outlines=2)


@pytest.mark.unit
def test_the_polish_semicolon_sheet_is_read_whole():
    raw = SHEET.read_bytes()
    # as Excel saves "CSV UTF-8" on a Polish Windows: a byte-order mark, semicolons, CRLF line ends
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    lines = raw.decode("utf-8-sig").splitlines()
    header = lines[0].split(";")
    assert header == ["Plik", "Autor", "Instytucja", "Kraj", "Region", "Rodzaj wkładu", "Data"]
    assert [canonical_field(h) for h in header] == [
        "file", "contributor", "organisation", "country", "region", "kind", "date",
    ]  # fmt: skip
    earlier = _header_spellings(list(SETS)[: list(SETS).index("heldout17")])
    assert {h.casefold() for h in header} - earlier == {"plik", "autor", "instytucja", "kraj", "rodzaj wkładu", "data"}
    rows = read_metadata_csv(SHEET)
    assert len(rows) == 10
    written = {row["country"] for row in rows.values()}
    assert {"Niemcy", "Francja", "Ukraina", "Mołdawia", "Serbia", "Maroko", "Hiszpania", "Polska"} <= written
    assert "Kazakhstan" in written  # the one country written in English
    assert sum(1 for row in rows.values() if not row["region"]) == 2
    for name, row in rows.items():
        assert build_meta(name, CORPUS / name, row)[1] == [], name  # no warning on any row
    stored = _read_sheet(SHEET)
    assert {r["country"] for r in stored.values()} == {
        "Germany", "Austria", "France", "Spain", "Poland", "Serbia", "Moldova", "Ukraine", "Morocco", "Kazakhstan",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    # the regions left empty are the country's: Austria in the EU, Morocco a partner
    assert stored["email_styrian_carinthian_library_service.eml"]["region"] == "EU"
    assert stored["interview_souss_massa_agricultural_advisory.txt"]["region"] == "partner"
    # a person written with her titles, named without them (session 16), and a network that signs as itself
    assert stored["photo_masovian_open_university.jpg"]["contributor"] == "Anna Kowalczyk"
    network = stored["faq_steppe_youth_work_network.html"]
    assert network["contributor"] == network["organisation"] == "Steppe Youth Work Network"


@pytest.mark.unit
def test_the_letter_keeps_its_body_and_leaves_out_the_two_signatures():
    from pypdf import PdfReader

    pages = PdfReader(LETTER).pages
    assert len(pages) == 1
    printed = pages[0].extract_text()
    assert "Yours faithfully" in printed and "Eckhard Wiesmayr" in printed and "Chief Executive" in printed
    text = _text(LETTER.name)
    assert text.startswith("Chamber of Crafts Hunsrück-Nahe")  # the letterhead
    assert "No course of fewer than 60 hours of learning should be called a micro-credential" in text
    assert "Companies that release an employee for a micro-credential course should receive a wage subsidy" in text
    # the closing and both signatures are furniture, never the chamber's words
    assert not any(word in text for word in ("Yours faithfully", "Eckhard Wiesmayr", "Chief Executive"))


@pytest.mark.unit
def test_the_deck_reads_slide_by_slide_without_its_footer_and_with_its_chart():
    from pypdf import PdfReader

    pages = PdfReader(DECK).pages
    assert len(pages) == 5 and all(float(p.mediabox.width) > float(p.mediabox.height) for p in pages)
    passages = _passages(DECK.name)
    assert [p.location.page for p in passages] == [1, 2, 3, 4, 5]
    assert [p.text.splitlines()[0] for p in passages] == [
        "Micro-credentials for warehouse and transport work", "Who we are", "Completed modules per year, 2022-2025",
        "Assessment", "The credential",
    ]  # fmt: skip
    chart = passages[2].text
    assert all(value in chart for value in ("310", "465", "610", "720", "2022", "2025"))
    assert "• An employer representative must take part in every final assessment" in passages[3].text
    # the footer line on every slide and the slide numbers are furniture
    assert not any("Consultation on micro-credentials" in p.text for p in passages)


@pytest.mark.slow
@pytest.mark.unit
def test_the_photographed_page_is_turned_and_ocr_reads_it():
    from PIL import Image

    with Image.open(PHOTO) as image:
        assert image.format == "JPEG" and image.info["dpi"] == (300, 300)
        assert image.size[0] > 2480 and image.size[1] > 3508  # an A4 page at 300 dpi, turned: a larger frame
    if shutil.which("tesseract") is None:
        pytest.skip("Tesseract is not installed: the photographed page cannot be read")
    passages = _passages(PHOTO.name)
    assert passages and all(p.location.ocr for p in passages)
    text = " ".join(" ".join(p.text for p in passages).split())
    assert "Nobody should be turned away for lack of a school-leaving certificate" in text
    assert "Unemployed adults should not pay any fee for a micro-credential" in text


@pytest.mark.unit
def test_the_outline_was_saved_from_word_as_rtf_and_the_runner_reads_it_in_markdown():
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == HERE / "outline.md"
    outline = load_outline(HERE / "outline.md")
    assert [s.title for s in outline.sections] == [
        "Micro-credentials in the qualifications system", "Size, access and delivery",
        "Assessment and the people who assess", "Prior learning, quality and recognition",
        "Certificates, visibility and funding",
    ]  # fmt: skip
    assert [len(s.questions) for s in outline.sections] == [5, 7, 6, 5, 5]
    # the introductory sentence of the first section is its purpose, never a question
    assert outline.sections[0].purpose.startswith("This section looks at")
    rtf = (HERE / "outline.rtf").read_text(encoding="ascii")
    assert rtf.startswith("{\\rtf1") and "heading 1;" in rtf and "List Paragraph;" in rtf
    assert rtf.count("\\pard\\plain \\ltrpar\\s1\\") == 5 and rtf.count("{\\listtext") == 28
    assert all(f"\\ls{n}\\" in rtf for n in range(1, 6))  # each section's list starts again at 1
    # read as a document, the RTF holds the same sections and questions as the Markdown outline
    sections = reader_for(HERE / "outline.rtf").read(HERE / "outline.rtf").passages
    # the reader numbers the sections it finds ("1 Micro-credentials ..."), as for Word headings
    assert [p.location.section_path[-1] for p in sections] == [
        f"{n} {s.title}" for n, s in enumerate(outline.sections, 1)
    ]
    for passage, section in zip(sections, outline.sections, strict=True):
        asked = [line for line in passage.text.splitlines() if line.endswith("?")]
        assert asked == list(section.questions)


@pytest.mark.unit
def test_each_layout_survives_its_reader():
    paper = _passages("paper_limousin_nursing_institutes.docx")
    assert [p.location.label for p in paper if "endnote" in p.location.label] == [
        "section 1. Who we are, endnote 1", "section 3. Assessment, endnote 2",
        "section 4. What the institutes need, endnote 3",
    ]  # fmt: skip
    assert any("The hours that nurse educators spend designing" in p.text for p in paper)
    answers = _passages("questionnaire_moldovan_adult_learning_quality_agency.xlsx")
    assert any(p.location.label == "sheet Reply, row 8" and "Admission ought to require" in p.text for p in answers)
    slides = _passages("slides_dnipro_software_testing_board.odp")
    assert any(p.location.notes and p.text.startswith("Any provider, private companies included") for p in slides)
    raw = (CORPUS / "email_styrian_carinthian_library_service.eml").read_text(encoding="utf-8")
    assert "---------- Weitergeleitete Nachricht ---------" in raw and "Subject: WG:" in raw
    assert "Public libraries should be recognised as places" in _text("email_styrian_carinthian_library_service.eml")
    interview = _text("interview_souss_massa_agricultural_advisory.txt")
    assert "Interviewer: And the language of the courses?" in interview
    assert "Fatima-Zahra Oubaha: The training should be given in the language" in interview
    position = _passages("position_la_mancha_vocational_teachers_union.md")
    quoted = [line for p in position for line in p.text.splitlines() if line.startswith("> ")]
    assert len(quoted) == 1 and quoted[0].startswith("> Article 9.")
    assert "**Recommendation 1.**" in (CORPUS / "position_la_mancha_vocational_teachers_union.md").read_text("utf-8")
    faq = _passages("faq_steppe_youth_work_network.html")
    questions = [p.location.section for p in faq if p.location.section]
    assert len(questions) == 6 and questions[3].endswith("Who can see my badge?")
    assert not any("Our centres" in p.text or "Privacy" in p.text for p in faq)  # menu and footer
