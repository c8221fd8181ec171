"""The twentieth held-out set's own promises (eval/heldout20/README.md): its built files rebuild byte for byte,
its Slovenian workbook sheet is read whole below its merged title row (Slovenian headers, countries and regions,
a name written surname first in capitals, notes columns that are no field), the statement Word saved as a web
page keeps Word's markup and list marks in its own code page, the newsletter reads article by article across two
columns and two pages, the e-mail has only an HTML body, the deck is a macro-enabled package whose button runs a
macro, the Impress slides keep the positions in the speaker's notes, the directorate's note is numbered by Word
and not by hand, every passage of the SWOT workbook stays its author's, the Notepad note is UTF-16, and the
outline is a shared document's web page the runner finds. The checks every set shares are in
tests/eval/test_heldout_set.py; none of these looks at the draft."""

from __future__ import annotations

import email
import email.policy
import importlib
import zipfile

import pytest

from ingest.metadata import build_meta
from ingest.metadata_headers import canonical_field
from ingest.metadata_sheet import read_metadata_csv
from ingest.turns import own_turns
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

HERE = ROOT / "eval" / "heldout20"
CORPUS = HERE / "corpus"
SHEET = CORPUS / "metadata.xlsx"
PAGE = CORPUS / "stajaliste_zagorje_accountants_auditors.htm"
NEWSLETTER = CORPUS / "newsletter_vorarlberg_adult_education_network.pdf"
EMAIL = CORPUS / "email_shymkent_city_employment_centre.eml"
DECK = CORPUS / "slides_baltic_byte_academy.pptm"
SLIDES = CORPUS / "slides_prut_valley_universities_network.odp"
NOTE = CORPUS / "note_nile_delta_technical_education.docx"
SWOT = CORPUS / "swot_cantabrian_metal_shipyard_workers.xlsx"
NOTEPAD = CORPUS / "note_poltava_city_library_learning_centre.txt"


def _passages(name: str) -> list:
    return contribution_passages(CORPUS, name)


def _text(name: str) -> str:
    return contribution_text(CORPUS, name)


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    rebuilds_byte_for_byte("heldout20", 9, outlines=1)


@pytest.mark.unit
def test_the_slovenian_workbook_sheet_is_read_whole_below_its_merged_title():
    from openpyxl import load_workbook

    book = load_workbook(SHEET)
    sheet = book.active
    assert "A1:J1" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet["A1"].value.startswith("Javno posvetovanje o mikrodokazilih")
    header = [c.value for c in sheet[2]]
    book.close()
    assert header == [
        "Zap. št.", "Datoteka", "Ime in priimek", "Organizacija", "Država", "Regija", "Vrsta prispevka",
        "Datum prejema", "Opombe", "Opombe sekretariata",
    ]  # fmt: skip
    # the running number and both notes columns are none of our fields
    assert [canonical_field(h) or None for h in header] == [
        None, "file", "contributor", "organisation", "country", "region", "kind", "date", None, None,
    ]  # fmt: skip
    # no earlier sheet wrote any of these headers (heldout21 is written at the same time by another hand)
    earlier = _header_spellings([name for name in SETS if name not in ("heldout20", "heldout21")])
    assert not {h.casefold() for h in header} & earlier
    rows = read_metadata_csv(SHEET)
    assert len(rows) == 10
    for name, row in rows.items():
        warnings = build_meta(name, CORPUS / name, row)[1]
        # the Slovenian kinds are not read (a warning each); nothing else is warned of
        assert all(w.startswith("kind '") for w in warnings), (name, warnings)
    stored = _read_sheet(SHEET)
    assert {r["country"] for r in stored.values()} == {
        "Croatia", "Austria", "Kazakhstan", "Latvia", "Moldova", "Kosovo", "Greece", "Egypt", "Spain", "Ukraine",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    # the register's "SADVAKASOVA Aigerim" is the name she signs with
    assert stored[EMAIL.name]["contributor"] == "Aigerim Sadvakasova"


@pytest.mark.unit
def test_the_web_page_is_word_markup_in_its_own_code_page():
    raw = PAGE.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # "Mlinarić" in windows-1250
    page = raw.decode("cp1250")
    assert "charset=windows-1250" in page and 'content="Microsoft Word 15"' in page and "(filtered)" not in page
    assert "<o:DocumentProperties>" in page and "<![if !supportLists]>" in page and "mso-list:l0 level2" in page
    passages = _passages(PAGE.name)
    assert not any("mso-" in p.text or "DocumentProperties" in p.text or "font-family" in p.text for p in passages)
    text = _text(PAGE.name)
    # Word's own list marks are kept in front of their items
    assert "1. Each micro-credential should be accredited individually" in text
    assert "a) a micro-credential in tax law" in text and "Tihana Mlinarić" in text


@pytest.mark.unit
def test_the_newsletter_reads_article_by_article_across_two_columns_and_two_pages():
    from pypdf import PdfReader

    assert len(PdfReader(NEWSLETTER).pages) == 2
    passages = _passages(NEWSLETTER.name)
    heads = [p.text.splitlines()[0] for p in passages if p.text.splitlines()[0] in _ARTICLES]
    assert heads == list(_ARTICLES)
    board = " ".join(next(p.text for p in passages if p.text.startswith(_ARTICLES[0])).split())
    # the board's four points stand in one passage, in the order the column prints them
    points = ["Providers holding a certified", "The certificate must name", "Adults with low basic", "apprenticeship"]
    assert [board.index(s) for s in points] == sorted(board.index(s) for s in points)
    assert "Dornbirn" not in board  # the next article, in the other column, is a passage of its own
    assert [p.location.page for p in passages][-1] == 2


_ARTICLES = (
    "From the board: our answer on micro-credentials",
    "News from the centres",
    "Portrait: the centre in Hohenems",
    "Ten years of the learning café",
    "Dates for your diary",
)


@pytest.mark.unit
def test_the_email_has_only_an_html_body_and_its_bullets_are_read():
    message = email.message_from_bytes(EMAIL.read_bytes(), policy=email.policy.default)
    assert not message.is_multipart() and message.get_content_type() == "text/html"
    assert message["Content-Transfer-Encoding"] == "quoted-printable"
    assert "WordSection1" in message.get_content()
    text = _text(EMAIL.name)
    assert "at least two weeks of practice with an employer" in text and "the law should not impose it" in text
    # the greeting, the closing and the signature are left out
    assert "Dear colleagues" not in text and "Kind regards" not in text and "+7 7252" not in text


@pytest.mark.unit
def test_the_deck_is_macro_enabled_and_its_button_runs_a_macro():
    with zipfile.ZipFile(DECK) as package:
        types = package.read("[Content_Types].xml").decode("utf-8")
        rels = package.read("ppt/_rels/presentation.xml.rels").decode("utf-8")
        poll = package.read("ppt/slides/slide7.xml").decode("utf-8")
        project = package.read("ppt/vbaProject.bin")
    assert project.startswith(bytes.fromhex("D0CF11E0A1B11AE1"))  # a compound file, as Office stores a VBA project
    assert "_VBA_PROJECT".encode("utf-16-le") in project and b'Module=Poll\r\nName="VBAProject"' in project
    # the module's source, compressed as the VBA project stores it
    build = importlib.import_module("eval.heldout20.build")
    vba = importlib.import_module("eval.heldout20.vba")
    assert vba.compress(build._MACRO.encode("cp1252")) in project and "Sub CountVote()" in build._MACRO
    assert "presentation.macroEnabled.main+xml" in types and "application/vnd.ms-office.vbaProject" in types
    assert 'Target="vbaProject.bin"' in rels and "ppaction://macro?name=CountVote" in poll
    passages = _passages(DECK.name)
    assert [p.location.slide for p in passages] == [1, 2, 3, 4, 5, 6, 7]
    assert not any(p.location.notes for p in passages)
    assert "Short online courses do not belong in the national qualifications framework" in passages[4].text


@pytest.mark.unit
def test_the_impress_slides_keep_the_positions_in_the_speakers_notes():
    passages = _passages(SLIDES.name)
    slides = " ".join(p.text for p in passages if not p.location.notes)
    notes = " ".join(p.text for p in passages if p.location.notes)
    for words in ("smaller than 3 ECTS credits", "stacking micro-credentials alone", "written jointly by"):
        assert words in notes and words not in slides
    assert "Degrees stay degrees" in slides


@pytest.mark.unit
def test_the_directorates_note_is_numbered_by_word_not_by_hand():
    from docx import Document

    doc = Document(NOTE)
    numbered = [p for p in doc.paragraphs if p.style.name.startswith("List Number")]
    assert len(numbered) == 7 and not any(p.text[:1].isdigit() for p in numbered)
    assert doc.sections[0].header.paragraphs[0].text.startswith("Nile Delta Directorate")
    text = _text(NOTE.name)
    assert "Every micro-credential issued by a technical school" in text
    assert "Tanta" not in text  # the letterhead in the page header


@pytest.mark.unit
def test_every_passage_of_the_swot_workbook_stays_its_authors():
    from openpyxl import load_workbook

    book = load_workbook(SWOT)
    assert book.sheetnames == ["SWOT", "Members"]
    swot = book["SWOT"]
    assert [c.value for c in swot[3]] == ["Strengths", "Weaknesses"] and "\n• " in swot["A4"].value
    assert "A1:B1" in {str(r) for r in swot.merged_cells.ranges}
    book.close()
    passages = _passages(SWOT.name)
    kept, warnings = own_turns(passages, "Nerea Arrizabalaga Goñi", "Cantabrian Metal and Shipyard Workers' Federation")
    assert len(kept) == len(passages) and not warnings
    assert any("paid training leave of at least 20 hours" in p.text for p in passages)


@pytest.mark.unit
def test_the_notepad_note_is_utf16_with_crlf_and_reads_its_four_points():
    raw = NOTEPAD.read_bytes()
    assert raw.startswith(b"\xff\xfe")
    text = raw.decode("utf-16")
    assert "\r\n" in text and "\n======" in text
    read = _text(NOTEPAD.name)
    for mark in ("(a) Adults who learned", "(b) Public libraries", "(c) Learners", "(d) Displaced people"):
        assert mark in read


@pytest.mark.unit
def test_the_hand_written_layouts_survive_their_readers():
    issue = (CORPUS / "issue_dukagjini_youth_initiative.markdown").read_text(encoding="utf-8")
    assert issue.startswith("# [Consultation]") and "<!--" in issue and "- [x] " in issue
    sections = [p.location.section for p in _passages("issue_dukagjini_youth_initiative.markdown")]
    assert "5 Your input *" in sections
    rtf = (CORPUS / "notes_pelion_institute_education_policy.rtf").read_text(encoding="ascii")
    assert rtf.startswith("{\\rtf1\\ansi\\ansicpg1252\\cocoartf") and "\\\n\\\n" in rtf
    notes = _passages("notes_pelion_institute_education_policy.rtf")
    assert not any("Helvetica" in p.text or "cocoa" in p.text for p in notes)
    assert "open register that anyone can search" in _text("notes_pelion_institute_education_policy.rtf")


@pytest.mark.unit
def test_the_outline_is_a_shared_documents_web_page_the_runner_reads():
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == HERE / "outline.html"
    page = (HERE / "outline.html").read_text(encoding="utf-8")
    assert 'class="c12 doc-content"' in page and "lst-kix_" in page and page.count("<h2 ") == 5
    outline = load_outline(HERE / "outline.html")
    assert [len(s.questions) for s in outline.sections] == [6, 7, 4, 7, 4]
    assert [s.audience for s in outline.sections] == ["system", "provider", "provider", "provider", "system"]
    # the editors' note and the audience lines are no questions
    assert all(q.endswith("?") for s in outline.sections for q in s.questions)
