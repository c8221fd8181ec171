"""The twenty-sixth held-out set's own promises (eval/heldout26/README.md): its built files rebuild byte for byte,
its sheet is a Romanian secretariat's Excel register under a merged title row (Romanian headers and country names,
names written as people write them, dates the Romanian way, a notes column), its Word file keeps its author's
tracked changes and a colleague's comment, its e-mail carries the paper as an attached PDF under a covering note,
its table of positions is a spreadsheet printed to two landscape pages with the header row repeated, its working
paper is OpenDocument text with a cover page and its positions in footnotes, its phone note is the secretariat's,
in the third person, its outline is a call for contributions published as a PDF, and what makes each text layout
differ survives its reader. The checks every set shares are in tests/eval/test_heldout_set.py; none of these looks
at the draft."""

from __future__ import annotations

import email
import email.policy
import importlib
import zipfile

import pytest

from ingest.metadata_headers import canonical_field
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

HERE = ROOT / "eval" / "heldout26"
CORPUS = HERE / "corpus"
SHEET = CORPUS / "metadata.xlsx"
TRACKED = CORPUS / "comments_mittelweser_university_alliance.docx"
MAIL = CORPUS / "email_tiszazug_chamber_of_crafts.eml"
PRINT = CORPUS / "positions_werkplein_ijsselvallei.pdf"
PHONE = CORPUS / "phone_note_irbid_directorate_of_education.rtf"
PAPER = CORPUS / "working_paper_buna_institute_skills_research.odt"
SLACK = CORPUS / "slack_thread_fernhollow_learning.txt"
AMENDMENTS = CORPUS / "amendments_alto_sannio_industrial_association.xlsx"
MIND_MAP = CORPUS / "mind_map_naryn_youth_council.md"
OPED = CORPUS / "oped_nablus_adult_learning_collective.html"
TRELLO = CORPUS / "trello_board_souss_training_quality_observatory.csv"


def _text(path) -> str:
    return contribution_text(CORPUS, path.name)


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    rebuilds_byte_for_byte("heldout26", 6, outlines=1)


@pytest.mark.unit
def test_the_romanian_register_is_read_below_its_merged_title_row():
    from openpyxl import load_workbook

    book = load_workbook(SHEET)
    sheet = book.active
    assert sheet.title == "Registru" and [str(r) for r in sheet.merged_cells.ranges] == ["A1:I1"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    book.close()
    assert rows[0][0].startswith("Consultare privind microcertificatele") and set(rows[1]) == {None}
    header = rows[2]
    assert header == [
        "Nr. crt.", "Denumire fișier", "Expeditor", "Organizație", "Țara", "Regiune", "Tip document", "Data primirii",
        "Observații",
    ]  # fmt: skip
    # the fields every set's checks need ("Tip document", the kind, is not checked: see the README)
    assert [canonical_field(h) or None for h in header][1:6] == [
        "file", "contributor", "organisation", "country", "region",
    ]  # fmt: skip
    # the sets written before it; heldout27 is written at the same time by another hand and may share spellings
    earlier = _header_spellings([name for name in SETS if name not in ("heldout26", "heldout27")])
    assert not {h.casefold() for h in header} & earlier
    assert {r[7] for r in rows[3:]} >= {"09.03.2026", "13.03.2026"}  # dates as Romanians write them
    stored = _read_sheet(SHEET)
    assert len(stored) == 10
    assert {r["country"] for r in stored.values()} == {
        "Germany", "Hungary", "Netherlands", "Ireland", "Italy", "Jordan", "Albania", "Kyrgyzstan", "Palestine",
        "Morocco",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    names = {r["contributor"] for r in stored.values()}
    # written with titles, "SURNAME Given", "Surname, Given" and "Surname, Initial." in the sheet
    assert {"Henrike Osterkamp", "Zsófia Pálinkás-Kertész", "Roos Terpstra", "Lucrezia Ferrandina"} <= names
    assert {"Basel Tarawneh", "Elira Manaj-Kola", "Hicham Ouazzani-Tahiri", "A. Brannigan"} <= names


@pytest.mark.unit
def test_the_word_file_keeps_tracked_changes_and_a_comment():
    with zipfile.ZipFile(TRACKED) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
        comments = docx.read("word/comments.xml").decode("utf-8")
    assert xml.count("<w:ins ") == 2 and xml.count("<w:del ") == 4 and "<w:commentRangeStart" in xml
    assert "Jannis Wöhrle" in comments and "pass/fail" in comments
    text = _text(TRACKED)
    # as it stands once the changes are accepted: the insertion kept, the deletions and the comment left out
    assert "Only universities and state-recognised vocational schools should award micro-credentials" in text
    assert "subject to accreditation" not in text and "Transcripts are kept" not in text
    assert "pass/fail" not in text


@pytest.mark.unit
def test_the_mail_carries_the_paper_as_an_attached_pdf():
    import pypdfium2 as pdfium

    message = email.message_from_bytes(MAIL.read_bytes(), policy=email.policy.default)
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert body.splitlines()[2].startswith("Please find attached the contribution of our chamber")
    (attached,) = list(message.iter_attachments())
    assert attached.get_content_type() == "application/pdf"
    pdf = pdfium.PdfDocument(attached.get_content())
    paper = " ".join(pdf[0].get_textpage().get_text_range().split())
    pdf.close()
    assert "The Tiszazug Chamber of Crafts was set up in 1872" in paper and "Who certifies" in paper
    # session 19: the attached paper is read as part of the chamber's e-mail, the covering note's summary kept too
    text = _text(MAIL)
    assert "The Tiszazug Chamber of Crafts was set up in 1872" in text and "our points in short" in text


@pytest.mark.unit
def test_the_table_is_printed_from_a_spreadsheet_over_two_landscape_pages():
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(PRINT)
    assert len(pdf) == 2 and pdf[0].get_width() > pdf[0].get_height()
    pages = [" ".join(page.get_textpage().get_text_range().split()) for page in pdf]
    pdf.close()
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of 2" in page and "No. Theme Our position Rationale Contact" in page
    assert "Every adult should have a personal training budget" in _text(PRINT)


@pytest.mark.unit
def test_the_working_paper_has_a_cover_page_and_its_positions_in_footnotes():
    with zipfile.ZipFile(PAPER) as odt:
        xml = odt.read("content.xml").decode("utf-8")
    assert xml.count('text:note-class="footnote"') == 4 and 'fo:break-after="page"' in xml
    assert xml.index("Working Paper 4/2026") < xml.index("1. Introduction")
    assert "should belong to its holder for life" in _text(PAPER)


@pytest.mark.unit
def test_the_phone_note_is_the_secretariats_in_the_third_person():
    raw = PHONE.read_bytes()
    assert raw.startswith(b"{\\rtf1\\ansi\\ansicpg1252") and b"{\\*\\generator Riched20" in raw
    text = _text(PHONE)
    assert "Note by: Tove Marstrand" in text and "Mr Tarawneh said that every certificate obtained abroad" in text


@pytest.mark.unit
def test_the_outline_is_a_call_for_contributions_published_as_a_pdf():
    import pypdfium2 as pdfium

    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == HERE / "outline.pdf"
    pdf = pdfium.PdfDocument(HERE / "outline.pdf")
    text = " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in pdf)
    pdf.close()
    assert text.startswith("DANUBE-ADRIATIC LEARNING NETWORK") and "Deadline: please send" in text
    outline = load_outline(HERE / "outline.pdf")
    assert [s.title for s in outline.sections] == [
        "Theme 1. Scope and purpose", "Theme 2. Design and standards", "Theme 3. Assessment, quality and trust",
        "Theme 4. Recognition and portability", "Theme 5. Financing and access",
    ]  # fmt: skip
    assert [len(s.questions) for s in outline.sections] == [5, 6, 6, 5, 6]


@pytest.mark.unit
def test_each_text_layout_survives_its_reader():
    slack = SLACK.read_text(encoding="utf-8").splitlines()
    assert slack[0] == "#mc-consultation-response" and "Aoife Brannigan  10:19 AM" in slack
    assert "badges for digital skills should lapse after three years" in _text(SLACK)
    mind_map = MIND_MAP.read_text(encoding="utf-8")
    assert mind_map.startswith("# Micro-credentials: what young people in Naryn need") and "\n        - " in mind_map
    assert "Courses should travel to the summer pastures" in _text(MIND_MAP)
    page = OPED.read_text(encoding="utf-8")
    assert 'class="cookie-banner"' in page and 'class="standfirst"' in page and 'class="author-bio"' in page
    assert "Admission should depend on nothing but the wish to learn" in _text(OPED)
    trello = TRELLO.read_text(encoding="utf-8").splitlines()
    assert trello[0].startswith("Card ID,Card Name,Card URL,Card Description,Labels")
    assert "A learner must show a jury what they can do" in _text(TRELLO)
    amendments = [p.text for p in contribution_passages(CORPUS, AMENDMENTS.name)]
    assert any("Proposed amendment: A micro-credential awarded in another Member State" in t for t in amendments)
