"""The thirty-fifth held-out set's own promises (eval/heldout35/README.md): its built files rebuild byte for byte,
its sheet is a Finnish secretariat's register saved by Excel as a semicolon-separated UTF-8 .csv with a byte-order
mark (a title line above Finnish headers no earlier sheet used, countries, groups and kinds in Finnish, dates
written "3.3.2026", a status column with one withdrawn sender and no file, two co-signers in one cell), its outline
is a steering group's minutes in Writer (which the loader refuses, as the README records), and what makes each
layout differ (a Qualtrics export, a recognition board's decision as a PDF, a WhatsApp chat, a newspaper's letters
page, a glossary-led position paper, a briefing note, focus-group findings with the recommendations in the speaker
notes, a student union's manifesto, a ranking workbook, an annotated reading list by e-mail) is in the files and
survives its reader. The checks every set shares are in tests/eval/test_heldout_set.py; none of these looks at the
draft."""

from __future__ import annotations

import csv
import email
import email.policy
import importlib
import io
import re
import zipfile

import pytest

from ingest.metadata_headers import canonical_field
from pipeline.drafting.outline import load_outline
from pipeline.drafting.outline_data import OutlineWarning
from tests.eval.test_heldout_set import (
    ROOT,
    SETS,
    _header_spellings,
    _read_sheet,
    contribution_passages,
    contribution_text,
    rebuilds_byte_for_byte,
)

HERE = ROOT / "eval" / "heldout35"
CORPUS = HERE / "corpus"
SHEET = CORPUS / "metadata.csv"
SURVEY = CORPUS / "qualtrics_export_poltava_regional_chamber_of_commerce.csv"
DECISION = CORPUS / "board_decision_shannon_credit_recognition_board.pdf"
CHAT = CORPUS / "whatsapp_sumadija_network_of_adult_education_centres.txt"
LETTERS = CORPUS / "letters_page_moravian_association_of_practice_nurses.html"
GLOSSARY = CORPUS / "glossary_paper_dalmatian_agency_for_quality_in_adult_learning.odt"
BRIEFING = CORPUS / "briefing_note_ganja_directorate_of_labour_and_employment.docx"
FINDINGS = CORPUS / "focus_group_findings_thessaloniki_institute_for_labour_studies.pptx"
MANIFESTO = CORPUS / "manifesto_daugavpils_university_students_union.md"
RANKING = CORPUS / "ranking_workbook_boka_coastal_tourism_skills_council.xlsx"
READING = CORPUS / "reading_list_irbid_technical_university_library.eml"
OUTLINE = HERE / "outline.odt"


def _text(path) -> str:
    return contribution_text(CORPUS, path.name)


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    rebuilds_byte_for_byte("heldout35", 6, outlines=1)


@pytest.mark.unit
def test_the_finnish_register_is_a_utf8_csv_with_a_title_line_a_status_column_and_a_withdrawal():
    raw = SHEET.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("Mikrotunnisteiden kuuleminen") and lines[0].endswith(";" * 9)
    header = lines[2].split(";")
    assert header == [
        "Järj. nro", "Tiedostonimi", "Tekijä(t)", "Organisaatio / yhteisö", "Maa (kotipaikka)", "Maaryhmä",
        "Asiakirjatyyppi", "Saapumispäivä", "Tila", "Lisätiedot",
    ]  # fmt: skip
    assert [canonical_field(h) or None for h in header][1:8] == [
        "file", "contributor", "organisation", "country", "region", "kind", "date",
    ]  # fmt: skip
    # the sets written before it; heldout34 is written at the same time by another hand and is not compared
    earlier = _header_spellings([name for name in SETS if name not in ("heldout34", "heldout35")])
    assert not {h.casefold() for h in header} & earlier
    rows = list(csv.reader(io.StringIO("\n".join(lines[3:14])), delimiter=";"))
    assert len(rows) == 11
    assert {r[4] for r in rows} >= {"Ukraina", "Irlanti", "Tšekki", "Kroatia", "Azerbaidžan", "Kreikka", "Jordania"}
    assert {r[5] for r in rows} == {"EU", "kumppanimaa"}
    assert all(re.fullmatch(r"\d{1,2}\.\d{1,2}\.2026", r[7]) for r in rows if r[7])
    # one listed sender withdrew and sent no file; two people of one council signed one contribution
    (withdrawn,) = [r for r in rows if r[8] == "peruttu"]
    assert withdrawn[1] == "" and withdrawn[2] == "Aapo Kyllönen-Rautio"
    assert "Vuk Radonjić ja Milena Šćekić" in {r[2] for r in rows}
    assert {r[2] for r in rows} >= {"Derkach-Bilous, Oksana", "VUKMIROVIĆ-LAZIĆ Dragana", "dr. sc. Ivana Bašić-Kordun"}
    stored = _read_sheet(SHEET)
    assert len(stored) == 10  # the withdrawn sender has no file, so no row the ingest keeps
    assert {r["country"] for r in stored.values()} == {
        "Ukraine", "Ireland", "Serbia", "Czechia", "Croatia", "Azerbaijan", "Greece", "Latvia", "Montenegro",
        "Jordan",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    assert {r["date"] for r in stored.values()} >= {"2026-03-03", "2026-02-27", "2026-03-13"}
    names = {r["contributor"] for r in stored.values()}
    assert {"Oksana Derkach-Bilous", "Dragana Vukmirović-Lazić", "Ivana Bašić-Kordun", "Elīna Rudzīte"} <= names


def _minutes_xml() -> str:
    with zipfile.ZipFile(OUTLINE) as package:
        return package.read("content.xml").decode("utf-8")


@pytest.mark.unit
def test_the_outline_is_the_steering_groups_minutes_with_the_agreed_questions_under_one_agenda_item():
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == OUTLINE
    content = _minutes_xml()
    for furniture in ("Present: ", "Apologies: ", "6. Any other business", "Action points", "<table:table "):
        assert furniture in content
    headings = re.findall(r'<text:h text:style-name="H(\d)" text:outline-level="\d">([^<]*)</text:h>', content)
    assert [t for level, t in headings if level == "1"] == [
        "1. Opening and adoption of the agenda", "2. Minutes of the previous meeting and matters arising",
        "3. State of the consultation", "4. Agreed guiding questions for the guidelines", "5. Drafting timetable",
        "6. Any other business", "Action points",
    ]  # fmt: skip
    themes = [t for level, t in headings if level == "2"]
    assert len(themes) == 5
    # one numbered list running on under the theme sub-headings
    assert content.count('<text:list text:style-name="Numbered"') == 5
    assert content.count('text:continue-numbering="true"') == 4
    numbered = re.findall(r'<text:list-item><text:p text:style-name="Body">([^<]*)</text:p>', content)
    assert len(numbered) == 28 and all(q.endswith("?") for q in numbered)
    # questions in other items that are no guiding questions
    assert "AOB: can the next meeting move to Thursday 9 April?" in content
    assert "Should the first draft be translated before the May meeting?" in content
    # what the shared checks read as the agreed outline is what the file holds
    written = importlib.import_module("eval.heldout35.sheets").outline_as_written()
    assert [s.title for s in written.sections] == themes
    assert [q for s in written.sections for q in s.questions] == [q.replace("&apos;", "'") for q in numbered]
    assert [len(s.questions) for s in written.sections] == [5, 6, 6, 5, 6]


@pytest.mark.unit
def test_the_loader_reads_the_agreed_questions_of_the_minutes():
    # refused at the session's start (README.md); since session 22 the agenda items without questions are left out
    # with a warning naming each, and the themes under the one asking item are the sections
    with pytest.warns(OutlineWarning, match="Opening and adoption of the agenda"):
        loaded = load_outline(OUTLINE)
    written = importlib.import_module("eval.heldout35.sheets").outline_as_written()
    assert [(s.id, s.title, s.questions) for s in loaded.sections] == [
        (s.id, s.title, tuple(s.questions)) for s in written.sections
    ]
    assert not [q for s in loaded.sections for q in s.questions if "Thursday" in q]


@pytest.mark.unit
def test_the_qualtrics_export_has_three_header_rows_and_five_responses():
    rows = list(csv.reader(io.StringIO(SURVEY.read_text(encoding="utf-8"))))
    assert rows[0][:9] == [
        "StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
        "RecordedDate", "ResponseId",
    ]  # fmt: skip
    assert rows[1][0] == "Start Date" and rows[1][17] == "Your name and organisation"
    assert all(cell.startswith('{"ImportId":') for cell in rows[2])
    responses = rows[3:]
    assert len(responses) == 5 and all(r[8].startswith("R_") for r in responses)
    assert responses[0][4] == "38" and responses[0][6] == "False"  # stopped early
    assert sum("Poltava Regional Chamber of Commerce" in r[17] for r in responses) == 1
    assert "The training should travel to the district towns" in _text(SURVEY)


@pytest.mark.unit
def test_the_boards_decision_reports_the_appellant_then_reasons_and_decides():
    text = _text(DECISION)
    order = ["Appellant: Ms A.", "The appellant's arguments", "The Board's reasoning", "Decision 11."]
    assert [text.index(part) for part in order] == sorted(text.index(part) for part in order)
    assert re.findall(r"\b(\d{1,2})\. ", text) == [str(n) for n in range(1, 13)]
    assert "The appellant submitted that" in text and "She argued further that" in text


@pytest.mark.unit
def test_the_whatsapp_chat_has_bracketed_stamps_several_members_and_omitted_media():
    lines = CHAT.read_text(encoding="utf-8").splitlines()
    stamped = [re.match(r"\[(\d\d/\d\d/2026), (\d\d:\d\d)\] ([^:]+): ", line) for line in lines]
    assert all(stamped)
    speakers = {m.group(3) for m in stamped}
    assert {"Dragana Vukmirović-Lazić", "Milan Stojiljković", "Jasmina Rakić", "Bojan Đurić"} <= speakers
    assert sum(line.endswith("<Media omitted>") for line in lines) == 2
    assert "Let the centres start issuing and check them afterwards" in _text(CHAT)


@pytest.mark.unit
def test_the_letters_page_has_its_masthead_three_letters_and_furniture():
    page = LETTERS.read_text(encoding="utf-8")
    for furniture in ('id="cookie-banner"', 'class="masthead"', 'class="main-nav"', "<h3>Related</h3>", "<footer"):
        assert furniture in page
    assert page.count('<section class="letter">') == 3 and page.count('class="signature"') == 3
    text = _text(LETTERS)
    assert "Accept all" not in text and "Subscribe from" not in text
    assert "The nurse, and nobody else, should decide who gets to see what she has learned" in text


@pytest.mark.unit
def test_the_glossary_paper_defines_its_terms_before_numbered_positions_with_footnotes():
    with zipfile.ZipFile(GLOSSARY) as package:
        content = package.read("content.xml").decode("utf-8")
    assert content.count('<text:span text:style-name="Strong">') == 5
    assert content.index("1. Definitions") < content.index("2. Our positions") < content.index("<text:list ")
    assert content.count('text:note-class="footnote"') == 3
    assert "No provider should issue a single micro-credential" in _text(GLOSSARY)


@pytest.mark.unit
def test_the_briefing_note_has_its_header_table_options_and_recommendation():
    from docx import Document

    doc = Document(str(BRIEFING))
    (table,) = doc.tables
    assert table.cell(0, 0).text == "BRIEFING NOTE" and table.cell(2, 0).text == "From:"
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert headings == ["1. Purpose", "2. Background", "3. Options considered", "4. Recommendation", "5. Next steps"]
    assert "Option C. Every micro-credential awarded in the region should be recorded" in _text(BRIEFING)


@pytest.mark.unit
def test_the_findings_keep_quotes_on_the_slides_and_recommendations_in_the_notes():
    from pptx import Presentation

    slides = list(Presentation(str(FINDINGS)).slides)
    assert len(slides) == 6
    quotes = [p.text for s in slides[2:4] for p in s.placeholders[1].text_frame.paragraphs]
    assert all(q.startswith("\u201c") for q in quotes) and len(quotes) == 5
    notes = slides[4].notes_slide.notes_text_frame.text
    assert notes.startswith("First, design micro-credentials as units of eight to ten hours")


@pytest.mark.unit
def test_the_manifesto_quotes_the_rector_and_states_its_pledges_in_bold():
    text = MANIFESTO.read_text(encoding="utf-8")
    assert text.startswith("# Short courses, fair rules") and text.count("\n## ") == 4
    assert '> "Short courses must pay for themselves."' in text and text.count("**") == 4
    passages = contribution_passages(CORPUS, MANIFESTO.name)
    assert any("must cost enrolled students nothing" in p.text for p in passages)


@pytest.mark.unit
def test_the_ranking_workbook_holds_the_ministrys_proposals_and_the_councils_comments():
    from openpyxl import load_workbook

    book = load_workbook(RANKING, read_only=True)
    assert book.sheetnames == ["Ranking", "Notes"]
    rows = list(book["Ranking"].iter_rows(values_only=True))
    book.close()
    assert rows[2] == ("Rank", "Proposal (Ministry working paper, January 2026)", "Votes", "Council comment")
    assert [r[0] for r in rows[3:]] == list(range(1, 11))
    assert sum(1 for r in rows[3:] if r[3]) == 4
    assert "Every learner should pay part of the fee" in _text(RANKING)


@pytest.mark.unit
def test_the_reading_list_email_annotates_five_items_before_its_own_view():
    message = email.message_from_bytes(READING.read_bytes(), policy=email.policy.default)
    assert message["Subject"].startswith("Annotated reading list")
    body = message.get_content()
    assert re.findall(r"^(\d)\. ", body, re.M) == ["1", "2", "3", "4", "5"]
    assert body.index("READING LIST") < body.index("OUR OWN VIEW")
    assert "Recognition should look at what the holder can actually do" in _text(READING)
