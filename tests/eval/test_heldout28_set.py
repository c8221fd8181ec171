"""The twenty-eighth held-out set's own promises (eval/heldout28/README.md): its built files rebuild byte for byte,
its sheet is a Swedish secretariat's SharePoint export to Excel (a merged title, Swedish headers used by no earlier
sheet, SharePoint's own columns, countries in Swedish, names written with titles, initials and surname first),
its outline is the secretariat's kick-off slide deck, and what makes each layout differ (a Delphi round-two
workbook, a joint statement with its signatories, a bilingual two-column table, an Evernote export, a Word draft
with a watermark and reviewers' comments, talking points, a HackMD note, a meeting invitation, a pitch deck, a
decision record) survives its reader. The checks every set shares are in tests/eval/test_heldout_set.py; none of
these looks at the draft."""

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

HERE = ROOT / "eval" / "heldout28"
CORPUS = HERE / "corpus"
SHEET = CORPUS / "metadata.xlsx"
DELPHI = CORPUS / "delphi_round2_hudec_povazie_sector_skills_council.xlsx"
STATEMENT = CORPUS / "joint_statement_aegean_network_lifelong_learning_centres.pdf"
BILINGUAL = CORPUS / "bilingual_comments_zlatibor_employers_chamber.odt"
DRAFT = CORPUS / "draft_opinion_lubusz_centre_vocational_education.docx"
PITCH = CORPUS / "pitch_deck_pamir_skills_cloud.odp"
EVERNOTE = CORPUS / "evernote_kralova_moravian_quality_agency.html"
TALKING = CORPUS / "talking_points_delta_private_training_providers.txt"
HACKMD = CORPUS / "hackmd_youth_skills_lab_niksic.md"
INVITATION = CORPUS / "meeting_invitation_northern_moldova_employment_service.eml"
RECORD = CORPUS / "decision_record_ljubljana_digital_learning_records.md"
OUTLINE = HERE / "outline.pptx"


def _text(path) -> str:
    return contribution_text(CORPUS, path.name)


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    rebuilds_byte_for_byte("heldout28", 6, outlines=1)


@pytest.mark.unit
def test_the_sheet_is_a_swedish_sharepoint_export_under_a_merged_title():
    from openpyxl import load_workbook

    book = load_workbook(SHEET)
    sheet = book.worksheets[0]
    assert [str(r) for r in sheet.merged_cells.ranges] == ["A1:P1", "A2:P2"]
    header = [c.value for c in sheet[3]]
    book.close()
    assert header[:10] == [
        "Filnamn", "Rubrik", "Avsändare", "Myndighet/organisation", "Ursprungsland", "Ländergrupp",
        "Typ av bidrag", "Inkom den", "Språk", "Anteckningar",
    ]  # fmt: skip
    assert header[10:] == ["Objekttyp", "Sökväg", "Skapad", "Skapad av", "Ändrad", "Ändrad av"]
    assert [canonical_field(h) or None for h in header[:9]] == [
        "file", "title", "contributor", "organisation", "country", "region", "kind", "date", "language",
    ]  # fmt: skip
    # the sets written before it; heldout29 is written at the same time by another hand and may share spellings
    earlier = _header_spellings([name for name in SETS if name not in ("heldout28", "heldout29")])
    assert not {h.casefold() for h in header} & earlier
    stored = _read_sheet(SHEET)
    assert len(stored) == 10
    assert {r["country"] for r in stored.values()} == {
        "Slovakia", "Greece", "Czechia", "Poland", "Slovenia", "Serbia", "Egypt", "Montenegro", "Moldova",
        "Tajikistan",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    names = {r["contributor"] for r in stored.values()}
    # written "Surname, Given, Ing.", "SURNAME Given", with "Dr", "doc. Ing.", "dr hab.", "Eng.", "mag.", "mr"
    assert {"Marek Hudec", "Natalia Cebotari-Lungu", "Jana Králová", "Tomasz Gawroński", "Urška Kovačič"} <= names
    assert {"E. Vasilaki", "Dragana Petković", "Hossam Farouk", "Šćepanović M.", "Farrukh Sharipov"} <= names


@pytest.mark.unit
def test_the_outline_is_the_kick_off_slide_deck():
    from pptx import Presentation

    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == OUTLINE
    deck = Presentation(OUTLINE)
    titles = [s.shapes.title.text for s in deck.slides]
    assert titles[:2] == ["Guidelines on micro-credentials", "Agenda"] and titles[-2:] == ["Timeline", "Contacts"]
    assert len(titles) == 9
    outline = load_outline(OUTLINE)
    assert [len(s.questions) for s in outline.sections] == [6, 5, 6, 6, 5]
    assert [s.audience for s in outline.sections] == ["system", "system", "provider", "provider", "system"]
    asked = [q for s in outline.sections for q in s.questions]
    # the sub-bullets of examples, the agenda, the timeline and the contacts ask nothing
    assert not [q for q in asked if q.startswith("e.g.") or "Q&A" in q or "contributions due" in q]


@pytest.mark.unit
def test_the_delphi_workbook_the_joint_statement_and_the_bilingual_table_keep_their_layouts():
    from openpyxl import load_workbook

    book = load_workbook(DELPHI, read_only=True)
    assert book.sheetnames == ["Round 2", "Study figures"]
    rows = [list(r) for r in book["Round 2"].iter_rows(values_only=True)]
    book.close()
    assert rows[4][1] == "Statement (panel, round 1)" and rows[4][5] == "Your comment"
    assert "should lapse after four years unless the holder shows recent practice" in _text(DELPHI)
    # the panel's statement is the questionnaire's, quoted over the member's own rating and comment
    assert "> No.: 1; Statement (panel, round 1): Micro-credentials should have no expiry date." in _text(DELPHI)
    text = _text(STATEMENT)
    # the signatories block (the names and the logos' short names) is left out as furniture
    assert "Signatories" not in text and "Pavlos Triantis" not in text and "MLNF" not in text
    assert "attendance-based badges have their place" in text
    with zipfile.ZipFile(BILINGUAL) as odt:
        content = odt.read("content.xml").decode("utf-8")
    assert content.count("<table:table-row>") == 7
    table = [p for p in contribution_passages(CORPUS, BILINGUAL.name) if p.location.table]
    # read column by column: the Serbian original, then the English translation, each a passage of its own
    assert [p.location.label for p in table] == ["table 1, Original (srpski)", "table 1, English translation"]
    assert "Serbian qualifications framework" in table[1].text and "okvira" not in table[1].text
    assert "Every micro-credential ought to carry a level of the Serbian qualifications framework" in _text(BILINGUAL)


@pytest.mark.unit
def test_the_draft_keeps_its_watermark_and_comments_and_the_pitch_deck_its_slides():
    with zipfile.ZipFile(DRAFT) as docx:
        header = docx.read("word/header1.xml").decode("utf-8")
        comments = docx.read("word/comments.xml").decode("utf-8")
    assert 'string="DRAFT"' in header and "rotation:315" in header
    assert comments.count("<w:comment ") == 3 and "Agnieszka Drozd" in comments
    text = _text(DRAFT)
    assert "should be assigned a level of the Polish Qualifications Framework" in text
    assert "PLN 1,000" not in text  # a reviewer's comment is not the contributor's text
    with zipfile.ZipFile(PITCH) as odp:
        assert odp.read("content.xml").decode("utf-8").count("<draw:page ") == 5
    assert "Employers who need the skills should carry the cost of the courses" in _text(PITCH)


@pytest.mark.unit
def test_each_text_layout_survives_its_reader():
    note = EVERNOTE.read_text(encoding="utf-8")
    assert 'content="Evernote Windows/307027' in note and '<meta name="source-url"' in note
    assert '<table bgcolor="#D4DDE5"' in note and '<input checked="true" type="checkbox"/>' in note
    assert "The framework should stay for whole qualifications" in _text(EVERNOTE)
    points = TALKING.read_text(encoding="utf-8")
    assert points.startswith("TALKING POINTS") and "KEY MESSAGE 3" in points and "IF ASKED" in points
    assert "No assessment, no micro-credential" in _text(TALKING)
    hackmd = HACKMD.read_text(encoding="utf-8")
    assert hackmd.startswith("---\ntitle: ") and "[TOC]" in hackmd and ":::info" in hackmd
    assert "Once earned, a credential belongs to the learner for life" in _text(HACKMD)
    message = email.message_from_bytes(INVITATION.read_bytes(), policy=email.policy.default)
    assert [p.get_content_type() for p in message.walk()][1:] == ["text/plain", "text/calendar"]
    assert "Microsoft Teams meeting" in message.get_body(("plain",)).get_content()
    assert "Meeting ID" not in _text(INVITATION)
    assert "the unemployment fund should pay the entire course fee" in _text(INVITATION)
    record = RECORD.read_text(encoding="utf-8")
    assert record.startswith("# ADR-0007") and "## Considered options" in record
    assert "we do not produce PDF or paper certificates any more" in _text(RECORD)
