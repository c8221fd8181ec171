"""The twelfth held-out set's own promises (eval/heldout12/README.md): its built files rebuild byte for byte, its
German metadata sheet is read whole without a warning, its PDF is a slide deck (landscape pages, a title and
bullets, a slide number), its Word outline gives six sections from bold numbered paragraphs without heading styles,
and what makes each contribution's layout differ is there and survives its reader. The checks every set shares are
in tests/eval/test_heldout_set.py; none of these looks at the draft."""

from __future__ import annotations

import email
import importlib
import zipfile

import pytest

from ingest.metadata_headers import canonical_field, header_notes
from ingest.readers import reader_for
from pipeline.drafting.outline import load_outline
from tests.eval.test_heldout_set import ROOT, SETS, _header_spellings, _read_sheet

HERE = ROOT / "eval" / "heldout12"
CORPUS = HERE / "corpus"
HEADER = ["Datei", "Name", "Organisation", "Land", "Region", "Art des Beitrags", "Eingangsdatum"]


def _text(name: str) -> str:
    """A contribution's text as the reader gives it, passages joined."""
    path = CORPUS / name
    return "\n".join(p.text for p in reader_for(path).read(path).passages)


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    build = importlib.import_module("eval.heldout12.build")
    assert len(build.BUILDS) == 8
    for spec, builder, folder in build.BUILDS:
        assert builder(spec) == (folder / spec["file"]).read_bytes(), spec["file"]


@pytest.mark.unit
def test_the_sheet_has_german_headers_and_countries_and_is_read_without_a_warning():
    from ingest.metadata_ods import ods_tables

    path = CORPUS / "metadata.ods"
    rows = ods_tables(path)[0][1]
    # a title row and a blank row above the header, as the secretariat keeps it
    assert rows[0][0].startswith("Eingegangene Beiträge") and not any(rows[1])
    assert rows[2] == HEADER
    assert all(canonical_field(h) for h in HEADER), HEADER
    assert header_notes("metadata.ods", HEADER) == []
    written = {row[3] for row in rows[3:] if row}
    assert {"Österreich", "Nordmazedonien", "Türkei", "Ägypten", "Kasachstan", "Niederlande"} <= written
    stored = _read_sheet(path)
    assert len(stored) == 10
    assert {r["country"] for r in stored.values()} == {
        "Türkiye", "Austria", "Portugal", "Slovenia", "Armenia", "Netherlands", "North Macedonia", "Poland",
        "Egypt", "Kazakhstan",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    # three of the German headers are in no earlier sheet
    earlier = _header_spellings(list(SETS)[: list(SETS).index("heldout12")])
    assert {h.casefold() for h in HEADER} - earlier == {"datei", "name", "art des beitrags"}


@pytest.mark.unit
def test_the_pdf_is_a_slide_deck_of_landscape_pages_with_slide_numbers():
    from pypdf import PdfReader

    path = CORPUS / "slides_bosphorus_airline_pilots_union.pdf"
    pages = PdfReader(path).pages
    assert len(pages) == 8
    for number, page in enumerate(pages, start=1):
        assert page.mediabox.width > page.mediabox.height
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        assert str(number) in lines[-1].split(), lines[-1]  # the slide number, last on the page
    read = reader_for(path).read(path)
    # the last slide thanks the audience and gives a contact: a letter's closing, left out since session 12
    assert {p.location.page for p in read.passages} == set(range(1, 8))
    # every slide is a title and bullets
    assert all("\u2022 " in p.text for p in read.passages)
    positions = next(p for p in read.passages if p.location.page == 4)
    assert positions.location.section == "Our positions: size and prior experience"
    # the footer repeated on every slide is furniture: left out of the passages
    assert not any("Consultation on micro-credentials | March 2026" in p.text for p in read.passages)


@pytest.mark.unit
def test_the_outline_is_bold_numbered_paragraphs_without_heading_styles_and_the_runner_finds_it():
    from docx import Document

    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == HERE / "outline.docx"
    assert not any((HERE / name).exists() for name in ("outline.yaml", "outline.md"))  # read before .docx
    document = Document(str(HERE / "outline.docx"))
    assert not any(p.style.name.startswith(("Heading", "Title")) for p in document.paragraphs)
    bold = [p.text for p in document.paragraphs if p.runs and all(r.bold for r in p.runs)]
    assert bold == [
        "1. Scope and purpose", "2. Learning outcomes and design", "3. Assessment and validation",
        "4. Quality assurance, validity and registers", "5. Digital credentials and recognition",
        "6. Funding and access",
    ]  # fmt: skip
    assert "2.3 Should every micro-credential state its workload in ECTS credits?" in [
        p.text for p in document.paragraphs
    ]
    outline = load_outline(HERE / "outline.docx")
    assert [s.title for s in outline.sections] == bold
    assert [len(s.questions) for s in outline.sections] == [4, 5, 5, 5, 5, 3]
    assert "Should every micro-credential state its workload in ECTS credits?" in outline.sections[1].questions


@pytest.mark.unit
def test_each_layout_is_there_and_survives_its_reader():
    # the Word paper: real footnotes, read as notes, and a colleague's comment that is no text of the paper
    paper = CORPUS / "position_tyrolean_veterinary_council.docx"
    with zipfile.ZipFile(paper) as archive:
        comments = archive.read("word/comments.xml").decode("utf-8")
        assert "Magdalena Lechner" in comments and "word/footnotes.xml" in archive.namelist()
    text = _text(paper.name)
    assert "Professional Code of the Council, section 14" in text
    assert "too technical" not in text
    # the slides: positions inside grouped shapes and a free text box are read
    from pptx import Presentation
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    slides = CORPUS / "slides_azores_digital_skills_coalition.pptx"
    kinds = [shape.shape_type for slide in Presentation(str(slides)).slides for shape in slide.shapes]
    assert kinds.count(MSO_SHAPE_TYPE.GROUP) == 4 and MSO_SHAPE_TYPE.TEXT_BOX in kinds
    text = _text(slides.name)
    assert "Remote invigilation by webcam is acceptable for the final test." in text
    assert "proficiency levels of the European DigComp framework" in text
    # the OpenDocument text: the "Issue | Our view" table
    assert "Issue | Our view" in _text("views_slovenian_school_heads_association.odt")
    # the e-mail has an HTML body only
    mail = CORPUS / "email_armenian_regional_museums_network.eml"
    message = email.message_from_bytes(mail.read_bytes())
    assert not message.is_multipart() and message.get_content_type() == "text/html"
    assert "Each certificate should name the museum" in _text(mail.name)
    # the survey workbook: a Readme sheet, then the Responses sheet
    from openpyxl import load_workbook

    book = load_workbook(CORPUS / "survey_macedonian_adult_learning_quality_agency.xlsx", read_only=True)
    assert book.sheetnames == ["Readme", "Responses"]
    book.close()
    # the Markdown paper opens with its Summary, then numbered sections
    paper_md = (CORPUS / "position_lower_silesian_social_economy_network.md").read_text(encoding="utf-8")
    headings = [line for line in paper_md.splitlines() if line.startswith("## ")]
    assert headings[0] == "## Summary" and headings[1].startswith("## 1. ") and headings[-1].startswith("## 6. ")
    # the web page: its comparison table is read, its menu and related links are not
    page = _text("page_upper_nile_valley_development_agency.html")
    assert "Format | Weeks | Cost per learner (EGP) | Completed" in page
    assert "date palm cooperative" not in page
    # the transcript: timestamped turns of the moderator and of the contributor
    webinar = (CORPUS / "webinar_caspian_seafarers_training_academy.txt").read_text(encoding="utf-8")
    assert webinar.count("] Aigul Sarsenova:") == 7 and webinar.count("] Yerlan Dzhaksybekov:") == 6
    assert "We reject expressing micro-credentials in ECTS credits." in _text(
        "statement_dutch_sign_language_interpreters_guild.rtf"
    )
