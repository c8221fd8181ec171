"""The twenty-ninth held-out set's own promises (eval/heldout29/README.md): its built files rebuild byte for byte,
its sheet is a Lithuanian secretariat's register in LibreOffice Calc (a title row and a note row above Lithuanian
headers no earlier sheet used, the region merged down each block, countries in Lithuanian and as ISO codes, names
written surname first, with titles, with an initial and in Hungarian order, a notes column), its outline is a
ministry's consultation page saved as HTML, and what makes each layout differ (a Jira export, Beamer slides, an
easy read with pictures, a Padlet export, a voicemail notice, Org notes, a Decidim proposal page, podcast notes, a
rubric, a letter with a reply slip) is in the files and survives its reader. The checks every set shares are in
tests/eval/test_heldout_set.py; none of these looks at the draft."""

from __future__ import annotations

import csv
import email
import email.policy
import importlib
import io
import zipfile

import pytest

from ingest.metadata_headers import canonical_field
from ingest.metadata_ods import ods_tables
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

HERE = ROOT / "eval" / "heldout29"
CORPUS = HERE / "corpus"
SHEET = CORPUS / "metadata.ods"
JIRA = CORPUS / "jira_export_skillbridge_panevezys.csv"
SLIDES = CORPUS / "slides_pohorje_school_of_applied_sciences.pdf"
EASY_READ = CORPUS / "easy_read_mellieha_self_advocates_network.docx"
PADLET = CORPUS / "padlet_pirin_vocational_teachers_union.xlsx"
VOICEMAIL = CORPUS / "voicemail_bekaa_valley_agri_food_cooperative.eml"
ORG = CORPUS / "orgmode_komarno_institute_for_labour_market_studies.txt"
PROPOSAL = CORPUS / "proposal_lovcen_student_parliament.html"
PODCAST = CORPUS / "podcast_notes_benghazi_business_womens_association.md"
RUBRIC = CORPUS / "rubric_mansoura_centre_for_training_quality.ods"
REPLY = CORPUS / "reply_slip_sughd_regional_employment_agency.odt"
OUTLINE = HERE / "outline.html"


def _text(path) -> str:
    return contribution_text(CORPUS, path.name)


def _content(path) -> str:
    with zipfile.ZipFile(path) as package:
        return package.read("content.xml").decode("utf-8")


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    rebuilds_byte_for_byte("heldout29", 6)


@pytest.mark.unit
def test_the_lithuanian_register_is_read_below_its_title_and_note_rows():
    rows = ods_tables(SHEET)[0][1]
    assert rows[0][0].startswith("Mikrokredencialų konsultacija") and rows[1][0].startswith("Pastaba: registras")
    header = rows[2]
    assert header == [
        "Eil. Nr.", "Failo pavadinimas", "Vardas, pavardė", "Institucija", "Šalis", "Regionas", "Dokumento rūšis",
        "Gavimo data", "Pastabos",
    ]  # fmt: skip
    assert [canonical_field(h) or None for h in header][1:6] == [
        "file", "contributor", "organisation", "country", "region",
    ]  # fmt: skip
    # the sets written before it; heldout28 is written at the same time by another hand and may share spellings
    earlier = _header_spellings([name for name in SETS if name not in ("heldout28", "heldout29")])
    assert not {h.casefold() for h in header} & earlier
    content = _content(SHEET)
    # the title and the note merged across the header's width, each region merged down its block of five rows
    assert content.count('table:number-columns-spanned="9"') == 2
    assert content.count('table:number-rows-spanned="5"') == 2
    assert {row[4] for row in rows[3:]} >= {"Lietuva", "Slovėnija", "MT", "ME", "Tadžikija", "Libija"}
    assert {row[7] for row in rows[3:]} >= {"2026-03-12", "2026 m. kovo 11 d."}  # dates as Lithuanians write them
    stored = _read_sheet(SHEET)
    assert {r["country"] for r in stored.values()} == {
        "Lithuania", "Slovenia", "Malta", "Bulgaria", "Slovakia", "Lebanon", "Montenegro", "Egypt", "Tajikistan",
        "Libya",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    names = {r["contributor"] for r in stored.values()}
    # written "SURNAME Given", with "doc. dr.", "Dr." and "Mr", "Surname, Given", with an initial, Hungarian order
    assert {"Dovilė Vaitkutė", "Matej Kovačič", "Mona El-Sayed", "Jamshed Sharipov"} <= names
    assert {"Antoinette Farrugia-Vella", "P. Stoyanova", "Szabó Réka"} <= names


@pytest.mark.unit
def test_the_outline_is_the_ministrys_consultation_page():
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == OUTLINE
    page = OUTLINE.read_text(encoding="utf-8")
    assert 'class="cookie-banner"' in page and 'class="breadcrumb"' in page and "<footer" in page
    assert page.count('aria-controls="theme-') == 5 and page.count("<ol>") == 6  # the breadcrumb is a list too
    assert "How to respond" in page and "How we use your information" in page
    outline = load_outline(OUTLINE)
    assert outline.title == "Guidelines on micro-credentials"
    assert [s.title for s in outline.sections] == [
        "Recognition and credit", "Designing micro-credentials", "Assessment and quality assurance",
        "Access, funding and inclusion", "Digital credentials and learners' data",
    ]  # fmt: skip
    assert [len(s.questions) for s in outline.sections] == [6, 6, 6, 6, 4]
    asked = [q for s in outline.sections for q in s.questions]
    # the ways to respond, the privacy notice and the cookie banner ask nothing
    assert not [q for q in asked if "e-mail" in q or "cookies" in q.casefold() or "personal data" in q]


@pytest.mark.unit
def test_the_jira_export_keeps_its_columns_and_a_colleagues_comments():
    rows = list(csv.reader(io.StringIO(JIRA.read_text(encoding="utf-8"))))
    assert rows[0][:3] == ["Summary", "Issue key", "Issue id"]
    assert rows[0].count("Labels") == 2 and rows[0].count("Comment") == 2 and "Description" in rows[0]
    assert [r[1] for r in rows[1:]] == [f"MCWG-{n}" for n in range(14, 20)]
    text = _text(JIRA)
    assert "lukas.zilinskas;For the record: we printed 4,100 certificates" in text
    assert "paper certificates should be phased out and every micro-credential issued only" in text


@pytest.mark.unit
def test_the_slides_are_a_beamer_pdf_with_a_navigation_bar_and_a_footer():
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(SLIDES)
    width, height = pdf[0].get_size()
    pages = [pdf[n].get_textpage().get_text_range() for n in range(len(pdf))]
    pdf.close()
    assert round(width / 72 * 25.4) == 128 and round(height / 72 * 25.4) == 96 and len(pages) == 7
    assert all("Who we are" in page and "Assessment" in page for page in pages)  # the navigation bar
    assert "3 / 7" in pages[2] and "Micro-credentials at PSAS" in pages[2]  # the footer
    assert b"LaTeX with Beamer class" in SLIDES.read_bytes()
    assert "ECTS earned in a micro-credential should be carried over into a bachelor programme" in _text(SLIDES)
    assert "3 / 7" not in _text(SLIDES)


@pytest.mark.unit
def test_the_easy_read_has_a_picture_with_alt_text_beside_each_point():
    from docx import Document
    from docx.shared import Pt

    doc = Document(EASY_READ)
    assert doc.styles["Normal"].font.size == Pt(16)
    table = doc.tables[0]
    assert len(table.rows) == 9
    described = doc.element.body.xpath(".//wp:docPr/@descr")
    assert len(described) == 9 and "A sheet of paper with a ribbon and a mobile phone" in described
    assert [p.text for p in table.rows[3].cells[1].paragraphs] == [
        "I want a certificate on paper too.", "Not only on a phone.",
    ]  # fmt: skip
    # the reader gives each alt text before its point, in the same row
    rows = contribution_passages(CORPUS, EASY_READ.name)[1].text.splitlines()
    assert (
        rows[3] == "Picture: A sheet of paper with a ribbon and a mobile phone | I want a certificate on paper too. "
        "Not only on a phone."
    )


@pytest.mark.unit
def test_the_padlet_export_holds_posts_by_several_people():
    from openpyxl import load_workbook

    book = load_workbook(PADLET, read_only=True)
    rows = [list(r) for r in book["Padlet"].iter_rows(values_only=True)]
    book.close()
    assert rows[0][:4] == ["Subject", "Body", "Attachment", "Author"] and "Section" in rows[0]
    assert {r[3] for r in rows[1:]} == {"Petya Stoyanova", "Stefan Kolev", "Galina Petrova"}
    assert "an examiner from the regional inspectorate" in _text(PADLET)
    assert "Teachers must be able to follow these courses within their paid working hours" in _text(PADLET)


@pytest.mark.unit
def test_the_voicemail_is_the_phone_systems_notice_with_a_transcription():
    message = email.message_from_bytes(VOICEMAIL.read_bytes(), policy=email.policy.default)
    assert message["From"].addresses[0].display_name == "Voicemail"
    body = message.get_content().replace("\r\n", "\n")
    assert "Caller: Elie Nassar" in body and "Duration: 2 min 47 s" in body
    assert "\nTranscription:\n" in body and "Confidence: medium (71%)" in body
    assert "so I leave it on the machine. So first" in body  # the spoken text, stops here and there
    assert "should be allowed to award micro credentials ourselves" in _text(VOICEMAIL)


@pytest.mark.unit
def test_each_remaining_text_layout_survives_its_reader():
    notes = ORG.read_text(encoding="utf-8")
    assert notes.startswith("#+TITLE: ") and ":PROPERTIES:" in notes and "** DONE Degrees" in notes
    assert "CLOSED: [2026-03-06 Fri 14:02]" in notes and "* Open points [1/3]" in notes
    assert "No university should be obliged to admit short courses into its degree programmes" in _text(ORG)
    page = PROPOSAL.read_text(encoding="utf-8")
    assert "Made with Decidim" in page and 'class="supports-count">214<' in page and 'id="comments"' in page
    assert "Students should rate every course at its end" in _text(PROPOSAL)
    assert "Marko Šćepanović" not in _text(PROPOSAL)  # the comments under the proposal are left out
    podcast = PODCAST.read_text(encoding="utf-8")
    assert podcast.startswith("---\ntitle: ") and "- **09:15** Training should fit" in podcast
    assert "Childcare should be provided during the sessions" in _text(PODCAST)
    assert "episode-17.mp3" not in _text(PODCAST)  # the front matter is left out


@pytest.mark.unit
def test_the_rubric_and_the_reply_slip_keep_their_layouts():
    rows = ods_tables(RUBRIC)[0][1]
    assert rows[3] == ["Criterion", "Not yet met", "Partly met", "Fully met", "Our recommendation"]
    assert [r[0] for r in rows[4:8]] == ["Who assesses", "Right to award", "Learning outcomes", "Review of marking"]
    assert "Our recommendation: Assessment must be carried out by someone who did not deliver the training" in _text(
        RUBRIC
    )
    content = _content(REPLY)
    assert ">REPLY SLIP<" in content and "cut here" in content and content.count("☒") == 2
    assert "Jobseekers should receive a printed certificate" in _text(REPLY)
