"""The thirty-second held-out set's own promises (eval/heldout32/README.md): its built files rebuild byte for byte,
its sheet is a Croatian secretariat's register in LibreOffice Calc (a title row, group headers merged over headers
in Croatian no earlier sheet used, a "Kontakt" group, dates written the Croatian way, names with titles, initials
and surname first), its outline is a consultation questionnaire in Word (an instructions page, a table per theme
with empty answer cells, parts (a) and (b), footnotes, a closing data protection paragraph), and what makes each
layout differ (a Slido Q&A export, a Reddit AMA thread, a GitLab issue, a handbook case study, a three-column
factsheet, a memorandum of understanding, a Pecha Kucha deck, tender specifications, a rapporteur's report by
e-mail, a lesson plan) is in the files and survives its reader. The checks every set shares are in
tests/eval/test_heldout_set.py; none of these looks at the draft."""

from __future__ import annotations

import email
import email.policy
import importlib
import re
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

HERE = ROOT / "eval" / "heldout32"
CORPUS = HERE / "corpus"
SHEET = CORPUS / "metadata.ods"
SLIDO = CORPUS / "slido_panel_hainaut_employment_and_training_office.xlsx"
REDDIT = CORPUS / "reddit_ama_parnu_polytechnic_open_academy.html"
GITLAB = CORPUS / "gitlab_issue_agency_for_digital_education_records.md"
CASE = CORPUS / "handbook_case_study_szeged_institute_for_adult_learning_research.docx"
FACTSHEET = CORPUS / "factsheet_youth_council_for_skills_and_training.pdf"
MOU = CORPUS / "mou_korca_regional_chamber_of_commerce_and_crafts.odt"
PECHA_KUCHA = CORPUS / "pecha_kucha_zenica_metal_and_energy_workers_union.odp"
TENDER = CORPUS / "tender_specifications_setif_directorate_of_vocational_training.rtf"
REPORT = CORPUS / "rapporteur_report_ala_too_accreditation_agency.eml"
LESSON = CORPUS / "lesson_plan_gjakova_vocational_school_of_electrical_engineering.txt"
OUTLINE = HERE / "outline.docx"


def _text(path) -> str:
    return contribution_text(CORPUS, path.name)


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    rebuilds_byte_for_byte("heldout32", 6, outlines=1)


@pytest.mark.unit
def test_the_croatian_register_has_a_title_and_merged_group_headers_over_its_headers():
    from ingest.metadata_ods import ods_tables

    with zipfile.ZipFile(SHEET) as package:
        content = package.read("content.xml").decode("utf-8")
    # the title across the ten-odd columns, and the groups "Prilog", "Pošiljatelj", "Kontakt", "Zaprimanje"
    spans = re.findall(r'table:number-columns-spanned="(\d+)"[^>]*><text:p>([^<]+)<', content)
    assert [(int(n), name) for n, name in spans[1:5]] == [
        (3, "Prilog"),
        (4, "Pošiljatelj"),
        (2, "Kontakt"),
        (2, "Zaprimanje"),
    ]
    rows = ods_tables(SHEET)[0][1]
    assert rows[0][0].startswith("Javno savjetovanje o smjernicama za mikrokvalifikacije")
    header = rows[2]
    assert header == [
        "Rb.", "Naziv datoteke", "Naslov priloga", "Vrsta priloga", "Ime i prezime", "Ustanova", "Zemlja",
        "Skupina zemalja", "E-pošta", "Telefon", "Datum zaprimanja", "Napomene",
    ]  # fmt: skip
    assert [canonical_field(header[n]) for n in (1, 4, 5, 6)] == ["file", "contributor", "organisation", "country"]
    # the sets written before it; heldout33 is written at the same time by another hand and may share spellings
    earlier = _header_spellings([name for name in SETS if name not in ("heldout32", "heldout33")])
    assert not {h.casefold() for h in header} & earlier
    dates = [row[10] for row in rows[3:13]]
    assert all(re.fullmatch(r"\d{1,2}\. ožujka 2026\.", d) for d in dates), dates
    names = [row[4] for row in rows[3:13]]
    assert {"Vanmechelen, Delphine", "Kadri SAAREPUU", "VLĂDESCU Ioana-Cristina", "M. Rouvière"} <= set(names)
    assert {"dr. sc. Bálint Szőke-Halmi", "mr. sc. Emina Mujkanović", "BOUABDALLAH Yacine"} <= set(names)
    assert {row[6] for row in rows[3:13]} >= {"Belgija", "Mađarska", "Alžir", "Bosna i Hercegovina", "Kirgistan"}
    stored = _read_sheet(SHEET)
    assert {r["country"] for r in stored.values()} == {
        "Belgium", "Estonia", "Romania", "Hungary", "France", "Albania", "Bosnia and Herzegovina", "Algeria",
        "Kyrgyzstan", "Kosovo",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    # surname first, in capitals or after a comma, and titles: read as the given name first, without the titles
    assert {
        "Delphine Vanmechelen", "Kadri Saarepuu", "Ioana-Cristina Vlădescu", "Bálint Szőke-Halmi",
        "Emina Mujkanović", "Yacine Bouabdallah", "Aigerim Toktosunova",
    } <= {r["contributor"] for r in stored.values()}  # fmt: skip


@pytest.mark.unit
def test_the_outline_is_a_consultation_questionnaire_with_empty_answer_cells():
    from docx import Document

    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == OUTLINE
    doc = Document(str(OUTLINE))
    body = [p.text for p in doc.paragraphs]
    assert "How to complete this questionnaire" in body and "Data protection" in body
    assert doc.tables[0].cell(0, 0).text == "Name" and doc.tables[0].cell(0, 1).text == ""
    themes = doc.tables[1:]
    assert len(themes) == 5
    for table in themes:
        assert [c.text for c in table.rows[0].cells] == ["No.", "Question", "Your answer"]
        assert all(row.cells[2].text == "" for row in table.rows[1:])
    parts = [row.cells[1].text for table in themes for row in table.rows[1:] if row.cells[0].text == ""]
    assert [p[:4] for p in parts] == ["(b) ", "(b) "]
    with zipfile.ZipFile(OUTLINE) as package:
        notes = package.read("word/footnotes.xml").decode("utf-8")
        document = package.read("word/document.xml").decode("utf-8")
    assert document.count("<w:footnoteReference") == 4 and "European Credit Transfer" in notes
    outline = load_outline(OUTLINE)
    assert [s.title for s in outline.sections] == [
        "Theme 1: Micro-credentials in the qualification system", "Theme 2: Design of micro-credentials",
        "Theme 3: Assessment and quality assurance", "Theme 4: Access and funding", "Theme 5: Digital credentials",
    ]  # fmt: skip
    assert [len(s.questions) for s in outline.sections] == [5, 6, 7, 6, 4]
    asked = [q for s in outline.sections for q in s.questions]
    assert all(q.endswith("?") for q in asked)  # no instruction, no footnote, no "Name" of the "About you" table
    assert not [q for q in asked if q.startswith("(")]


@pytest.mark.unit
def test_the_slido_export_holds_the_audiences_questions_and_two_panellists_replies():
    from openpyxl import load_workbook

    book = load_workbook(SLIDO, read_only=True)
    assert book.sheetnames == ["Questions", "Event"]
    rows = [list(r) for r in book["Questions"].iter_rows(values_only=True)]
    book.close()
    assert rows[0] == ["Question", "Author", "Likes", "Status", "Labels", "Created", "Reply", "Replied by"]
    assert {r[3] for r in rows[1:]} == {"Answered", "Archived"} and [r[1] for r in rows[1:]].count("Anonymous") == 6
    assert {r[7] for r in rows[1:]} == {"Delphine Vanmechelen", "Pieter-Jan Goossens", None}
    assert all(r[6] is None for r in rows[1:] if r[3] == "Archived")
    assert "I would keep micro-credentials outside the qualifications framework altogether" in _text(SLIDO)


@pytest.mark.unit
def test_the_reddit_thread_nests_the_hosts_replies_among_other_users_comments():
    page = REDDIT.read_text(encoding="utf-8")
    assert "saved from url" in page and 'class="comment level-2"' in page
    assert page.count('data-author="kadri_ppoa"') == 5  # the post and four replies
    assert len(set(re.findall(r'data-author="([^"]+)"', page))) == 8
    assert "Anything smaller than 3 ECTS we don't call a micro-credential" in _text(REDDIT)


@pytest.mark.unit
def test_the_gitlab_issue_has_labels_a_checklist_comments_and_a_quoted_reply():
    issue = GITLAB.read_text(encoding="utf-8")
    assert issue.startswith("# Position for the micro-credentials consultation") and "**Labels:** ~" in issue
    assert issue.count("- [x] ") == 2 and issue.count("- [ ] ") == 3
    assert len(re.findall(r"^\*\*@[\w.]+\*\* commented", issue, re.M)) == 5
    assert "> I would make paper optional rather than forbidden." in issue
    assert "providers should stop printing paper certificates altogether" in _text(GITLAB)


@pytest.mark.unit
def test_the_case_study_has_its_shaded_boxes_a_side_quote_and_a_figure_caption():
    with zipfile.ZipFile(CASE) as package:
        body = package.read("word/document.xml").decode("utf-8")
        header = package.read("word/header1.xml").decode("utf-8")
    assert 'w:fill="FFF2CC"' in body and 'w:fill="DEEAF6"' in body and 'w:val="Caption"' in body
    assert "a handbook for adult learning providers" in header
    assert body.index("Edit Farkasházi") < body.index("Lessons learned")
    assert "A unit of four hours, properly assessed, is enough to carry a micro-credential" in _text(CASE)


@pytest.mark.unit
def test_the_factsheet_is_one_page_in_three_columns_with_its_positions_on_the_right():
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(FACTSHEET)
    assert len(pdf) == 1
    page = pdf[0]
    width = page.get_width()
    text = page.get_textpage()

    def left(needle: str) -> float:
        found = text.search(needle)
        start, _ = found.get_next()
        return text.get_charbox(start)[0]

    assert left("62%") < width / 3 < left("12%") < 2 * width / 3 < left("For anyone under 26")
    pdf.close()
    assert "For anyone under 26, a micro-credential course should be paid in full from public money" in _text(FACTSHEET)


@pytest.mark.unit
def test_the_memorandum_and_the_pecha_kucha_deck_keep_their_layouts():
    with zipfile.ZipFile(MOU) as package:
        content = package.read("content.xml").decode("utf-8")
    assert "MEMORANDUM OF UNDERSTANDING" in content
    assert [f"Article {n} - " in content for n in range(1, 7)] == [True] * 6
    assert "For the Institute: Prof. Dritan Leka, Rector" in content
    assert "shall take part in writing the learning outcomes" in _text(MOU)
    with zipfile.ZipFile(PECHA_KUCHA) as package:
        slides = package.read("content.xml").decode("utf-8")
    assert slides.count("<draw:page ") == 20 and slides.count("<presentation:notes>") == 20
    notes = [p for p in contribution_passages(CORPUS, PECHA_KUCHA.name) if p.location.notes]
    assert len(notes) == 20
    assert "The person who trained you should never be the one who decides whether you pass" in _text(PECHA_KUCHA)


@pytest.mark.unit
def test_each_remaining_layout_survives_its_reader():
    rtf = TENDER.read_text(encoding="ascii")
    assert rtf.startswith("{\\rtf1\\ansi\\ansicpg1252") and "\\trowd" in rtf and "Riched20" in rtf
    assert "Article 5 - Award criteria" in rtf
    assert "An electronic copy may be offered in addition, but it does not replace the paper certificate" in _text(
        TENDER
    )
    message = email.message_from_bytes(REPORT.read_bytes(), policy=email.policy.default)
    body = message.get_content()
    assert body.index("1. Summary of the discussion") < body.index("2. Rapporteur's recommendations")
    assert "Chair: Mr Nurlan Asanaliev" in body
    assert "Every micro-credential should be placed on a level of the national qualifications framework" in _text(
        REPORT
    )
    plan = LESSON.read_text(encoding="utf-8")
    assert plan.startswith("LESSON PLAN - ") and "TIME     ACTIVITY" in plan
    assert plan.index("ASSESSMENT OF THE UNIT") < plan.index("NOTES FOR THE CONSULTATION")
    assert "The teacher who taught the module knows the learners best" in _text(LESSON)
