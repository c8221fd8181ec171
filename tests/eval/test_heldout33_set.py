"""The thirty-third held-out set's own promises (eval/heldout33/README.md): its built files rebuild byte for byte,
its sheet is a Slovak secretariat's register saved by Excel as a semicolon-separated .csv in Windows-1250 (a
title line above Slovak headers no earlier sheet used, countries, groups and kinds in Slovak, names with titles,
initials and surname first, dates written "26. 2. 2026", a notes column), its outline is a working group's
Confluence page, and what makes each layout differ (a LimeSurvey export, a video call's transcript in Word, a
tender's technical offer in Writer, a course syllabus page, a Facebook group post with its comments, a journal
peer review, a dissenting opinion in RTF, a consultation portal's feedback e-mail, a written answer to an
assembly's question as a PDF, an AMA thread in Markdown) is in the files and survives its reader. The checks every
set shares are in tests/eval/test_heldout_set.py; none of these looks at the draft."""

from __future__ import annotations

import csv
import email
import email.policy
import importlib
import io
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

HERE = ROOT / "eval" / "heldout33"
CORPUS = HERE / "corpus"
SHEET = CORPUS / "metadata.csv"
SURVEY = CORPUS / "limesurvey_results_parnu_county_adult_education_roundtable.csv"
TRANSCRIPT = CORPUS / "transcript_cahul_chamber_of_crafts_and_trades.docx"
OFFER = CORPUS / "technical_offer_scheldeveld_training_consultants.odt"
SYLLABUS = CORPUS / "syllabus_marsaxlokk_institute_of_maritime_skills.html"
POST = CORPUS / "facebook_post_elbasan_vocational_teachers_association.html"
REVIEW = CORPUS / "peer_review_alentejo_institute_of_educational_research.txt"
DISSENT = CORPUS / "dissenting_opinion_savinja_regional_council_for_adult_education.rtf"
FEEDBACK = CORPUS / "have_your_say_kutaisi_teachers_trade_union.eml"
ANSWER = CORPUS / "written_answer_karaganda_regional_education_department.pdf"
AMA = CORPUS / "ama_sfax_digital_skills_hub.md"
OUTLINE = HERE / "outline.html"
FIRST_WRITTEN = HERE / "outline_as_first_written.html"


def _text(path) -> str:
    return contribution_text(CORPUS, path.name)


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    rebuilds_byte_for_byte("heldout33", 4)


@pytest.mark.unit
def test_the_slovak_register_is_a_windows_1250_csv_with_a_title_line_and_notes():
    raw = SHEET.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    lines = raw.decode("cp1250").split("\r\n")
    assert lines[0].startswith("Konzultácia k mikrocertifikátom – register") and lines[0].endswith(";" * 8)
    header = lines[1].split(";")
    assert header == [
        "P. č.", "Názov súboru", "Meno a priezvisko", "Organizácia", "Krajina", "Skupina krajín", "Typ príspevku",
        "Dátum doručenia", "Poznámky",
    ]  # fmt: skip
    assert [canonical_field(h) or None for h in header][1:8] == [
        "file", "contributor", "organisation", "country", "region", "kind", "date",
    ]  # fmt: skip
    # the sets written before it; heldout32 is written at the same time by another hand and is not compared
    earlier = _header_spellings([name for name in SETS if name != "heldout33"])
    assert not {h.casefold() for h in header} & earlier
    rows = [line.split(";") for line in lines[2:12]]
    assert {r[4] for r in rows} >= {"Estónsko", "Moldavsko", "Belgicko", "Gruzínsko", "Tunisko"}
    assert {r[5] for r in rows} == {"EÚ", "partnerská krajina"}
    assert {r[7] for r in rows} >= {"26. 2. 2026", "3. 3. 2026", "10. 3. 2026"}
    assert {r[2] for r in rows} >= {"SAAREPERA Kadri", "Verhaeghe, Wouter", "Mgr. Urška Kranjec", "B. Dervishaj"}
    stored = _read_sheet(SHEET)
    assert {r["country"] for r in stored.values()} == {
        "Estonia", "Moldova", "Belgium", "Malta", "Albania", "Portugal", "Slovenia", "Georgia", "Kazakhstan",
        "Tunisia",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    assert {r["date"] for r in stored.values()} >= {"2026-02-26", "2026-03-03", "2026-03-10"}
    names = {r["contributor"] for r in stored.values()}
    # surname first in capitals or with a comma, and titles before or after the name, read as drafts name people
    assert {"Kadri Saarepera", "Wouter Verhaeghe", "Urška Kranjec", "Roderick Camilleri", "Valentina Ciobanu"} <= names


@pytest.mark.unit
def test_the_outline_is_the_working_groups_confluence_page():
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == OUTLINE
    page = OUTLINE.read_text(encoding="utf-8")
    for furniture in ('id="breadcrumbs"', "confluence-information-macro", "Related pages", 'id="footer"'):
        assert furniture in page
    assert page.count('<th class="confluenceTh"><p>Status</p></th>') == 5
    outline = load_outline(OUTLINE)
    assert [s.title for s in outline.sections] == [
        "1. Place in the qualifications system", "2. Design and size", "3. Assessment and award",
        "4. Quality, funding and support", "5. Digital credentials and recognition",
    ]  # fmt: skip
    assert [len(s.questions) for s in outline.sections] == [5, 6, 6, 7, 6]
    asked = [q for s in outline.sections for q in s.questions]
    assert all(q.endswith("?") and "?" not in q[:-1] for q in asked)
    # nothing from the info panel, the status legend, the owners or the related pages
    assert not [q for q in asked if "Purpose" in q or "Agreed" in q or "Vermeulen" in q or "Drafting week" in q]


@pytest.mark.unit
def test_the_page_as_first_written_asks_the_same_questions_in_one_table():
    from lxml import html

    tree = html.fromstring(FIRST_WRITTEN.read_bytes())
    (table,) = tree.iter("table")
    assert [th.text_content() for th in table.iter("th")] == ["Theme", "Guiding question", "Owner", "Status"]
    cells = [row.xpath("./td[not(@rowspan)]")[0] for row in table.iter("tr") if row.xpath("./td")]
    questions = [p.text_content() for cell in cells for p in cell.iter("p")]
    assert sum(1 for cell in cells if len(cell.findall("p")) == 2) >= 10  # cells holding two questions
    assert sorted(questions) == sorted(q for s in load_outline(OUTLINE).sections for q in s.questions)


@pytest.mark.unit
def test_the_limesurvey_export_holds_five_responses_under_question_codes():
    rows = list(csv.reader(io.StringIO(SURVEY.read_text(encoding="utf-8"))))
    assert rows[0][:4] == ["id", "submitdate", "lastpage", "startlanguage"]
    assert {"Q00", "Q03[SQ001]", "Q03[SQ002]", "Q07"} <= set(rows[0])
    assert rows[1][:2] == ["Response ID", "Date submitted"]  # the second header line: the questions' text
    assert [r[0] for r in rows[2:]] == ["14", "15", "16", "17", "18"]
    assert rows[2][1] == "" and rows[2][2] == "1"  # an incomplete response: no submit date, stopped on page 1
    assert [r[7] for r in rows[2:]].count("Kadri Saarepera") == 1
    assert "The smallest should be one ECTS credit, roughly 25 hours of work" in _text(SURVEY)


@pytest.mark.unit
def test_the_transcript_has_a_title_date_duration_and_timed_turns_of_four_speakers():
    from docx import Document

    paragraphs = [p.text for p in Document(str(TRANSCRIPT)).paragraphs]
    assert paragraphs[:3] == [
        "Consultation call - micro-credentials and the crafts",
        "March 3, 2026, 10:02AM",
        "52m 14s",
    ]
    stamps = paragraphs[3::2]  # the speaker and time lines, each over what was said
    assert {s.rsplit("   ", 1)[0] for s in stamps} == {
        "Andrei Munteanu", "Valentina Ciobanu", "Sergiu Botnari", "Ludmila Rotaru",
    }  # fmt: skip
    assert sum(s.startswith("Valentina Ciobanu   ") for s in stamps) == 5
    assert paragraphs[-1].startswith("Thank you all. To sum up:")
    assert "the test should be done in the workshop, by the master who trained the apprentice" in _text(TRANSCRIPT)


@pytest.mark.unit
def test_the_technical_offer_quotes_each_requirement_in_a_box_before_the_response():
    with zipfile.ZipFile(OFFER) as package:
        content = package.read("content.xml").decode("utf-8")
    assert 'fo:border="0.5pt solid #1f3864"' in content and 'fo:font-style="italic"' in content
    assert content.count('text:style-name="Requirement"') == 5
    assert content.count("Our response: ") == 4
    assert content.index("Requirement 2.1.") < content.index("independent assessment centre")
    assert "Three micro-credentials of the same family should add up to a partial qualification" in _text(OFFER)


@pytest.mark.unit
def test_the_syllabus_page_has_its_course_table_weekly_plan_weights_and_the_leads_note():
    page = SYLLABUS.read_text(encoding="utf-8")
    for cell in ("<th>Course code</th>", "<th>Credits</th>", "<th>Prerequisites</th>", "5 ECTS"):
        assert cell in page
    assert page.count("<tr><td>") == 10 and "<td>40%</td>" in page and "<td>60%</td>" in page
    text = _text(SYLLABUS)
    assert "Contact us" not in text and "Accessibility" not in text  # the site's menu and footer
    assert "Anything below five ECTS credits should not be called a micro-credential" in text


@pytest.mark.unit
def test_the_facebook_post_keeps_its_comments_badges_and_reactions():
    page = POST.read_text(encoding="utf-8")
    assert page.count('class="badge">Top fan<') == 2 and page.count('class="comment"') == 4
    assert 'aria-label="Like: 87 people"' in page and 'class="replies"' in page
    assert "Nobody should receive a micro-credential without attending the lessons" in _text(POST)


@pytest.mark.unit
def test_each_remaining_layout_survives_its_reader():
    review = REVIEW.read_text(encoding="utf-8")
    assert "Reviewer: Reviewer 2" in review and "RECOMMENDATION: Major revision" in review
    assert review.index("Summary of the submission") < review.index("Major comments") < review.index("Minor comments")
    assert "Employers should be asked about a year later" in _text(REVIEW)
    rtf = DISSENT.read_text(encoding="ascii")
    assert rtf.startswith("{\\rtf1\\ansi\\ansicpg1250") and "Part B. Dissenting opinion" in rtf and "\\footer" in rtf
    assert "I would keep micro-credentials out of the qualifications framework altogether" in _text(DISSENT)
    message = email.message_from_bytes(FEEDBACK.read_bytes(), policy=email.policy.default)
    assert message["Subject"].startswith("Your feedback F3321907 has been received")
    body = message.get_content()
    assert "User type: Trade union" in body and "Transparency register number:" in body
    assert "every micro-credential should be entered in the national register of qualifications" in _text(FEEDBACK)
    text = _text(ANSWER)
    assert text.index("Put by: Deputy Yerlan Abenov") < text.index("Question: ") < text.index("Answer given by")
    assert "Learners should receive their micro-credential within ten working days after the final exam" in text
    ama = AMA.read_text(encoding="utf-8")
    assert ama.startswith("# I run a digital skills hub") and ama.count("(OP)") == 5 and ama.count("\n> ") >= 5
    assert any("Every course should end with a project" in p.text for p in contribution_passages(CORPUS, AMA.name))
