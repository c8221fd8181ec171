"""The thirty-first held-out set's own promises (eval/heldout31/README.md): its built files rebuild byte for byte,
its sheet is a Greek secretariat's register in Excel (a title row over a frozen header in Greek no earlier sheet
used, a second sheet holding the lists its dropdowns draw on, countries in Greek and as ISO codes, dates as cells
and as typed text, names with titles, initials and surname first), its outline is a working group's terms of
reference as a PDF, and what makes each layout differ (a Typeform export, an Erasmus+ application excerpt, an
impact assessment summary, a course catalogue page, a Signal chat, written evidence to a parliamentary committee,
an RFC, a logical framework matrix, a petition, a congress motion by e-mail) is in the files and survives its
reader. The checks every set shares are in tests/eval/test_heldout_set.py; none of these looks at the draft."""

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

HERE = ROOT / "eval" / "heldout31"
CORPUS = HERE / "corpus"
SHEET = CORPUS / "metadata.xlsx"
TYPEFORM = CORPUS / "typeform_klaralven_study_association.csv"
ERASMUS = CORPUS / "erasmus_proposal_limfjord_vocational_college.docx"
IMPACT = CORPUS / "impact_assessment_pentadaktylos_centre_for_policy_appraisal.pdf"
CATALOGUE = CORPUS / "catalogue_esch_belval_school_of_continuing_engineering.html"
CHAT = CORPUS / "signal_chat_hama_federation_of_small_workshops.txt"
EVIDENCE = CORPUS / "written_evidence_kurzeme_regional_employers_chamber.rtf"
RFC = CORPUS / "rfc_galil_open_credentials_foundation.md"
LOGFRAME = CORPUS / "logframe_jenin_womens_vocational_development_society.xlsx"
PETITION = CORPUS / "petition_lankaran_student_union_council.odt"
MOTION = CORPUS / "motion_dashoguz_union_of_construction_workers.eml"
OUTLINE = HERE / "outline.pdf"


def _text(path) -> str:
    return contribution_text(CORPUS, path.name)


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    rebuilds_byte_for_byte("heldout31", 5, outlines=1)


@pytest.mark.unit
def test_the_greek_register_has_a_frozen_header_below_its_title_and_a_sheet_of_lists():
    from openpyxl import load_workbook

    book = load_workbook(SHEET)
    assert book.sheetnames == ["Μητρώο", "Λίστες"]
    sheet = book["Μητρώο"]
    assert sheet.freeze_panes == "A3" and [str(r) for r in sheet.merged_cells.ranges] == ["A1:I1"]
    assert sheet["A1"].value.startswith("Διαβούλευση για τις μικροπιστοποιήσεις")
    header = [c.value for c in sheet[2]]
    assert header == [
        "Α/Α", "Όνομα αρχείου", "Ονοματεπώνυμο", "Φορέας", "Χώρα", "Ομάδα χωρών", "Είδος εγγράφου",
        "Ημερομηνία παραλαβής", "Παρατηρήσεις",
    ]  # fmt: skip
    assert [canonical_field(h) or None for h in header][1:8] == [
        "file", "contributor", "organisation", "country", "region", "kind", "date",
    ]  # fmt: skip
    # the sets written before it; heldout30 is written at the same time by another hand and may share spellings
    earlier = _header_spellings([name for name in SETS if name not in ("heldout30", "heldout31")])
    assert not {h.casefold() for h in header} & earlier
    # the dropdowns on the kind and the group of countries draw on the second sheet
    rules = sheet.data_validations.dataValidation
    assert sorted(str(r.sqref) for r in rules) == ["F3:F12", "G3:G12"]
    assert all(r.type == "list" and r.formula1.startswith("'Λίστες'!") for r in rules)
    assert [c.value for c in book["Λίστες"][1]] == ["Είδος εγγράφου", "Ομάδα χωρών", "Κατάσταση"]
    dates = [sheet.cell(row=r, column=8) for r in range(3, 13)]
    assert {c.number_format for c in dates if not isinstance(c.value, str)} == {"DD/MM/YYYY"}
    assert {c.value for c in dates if isinstance(c.value, str)} >= {"9/3/2026", "10 Μαρτίου 2026", "11.03.2026"}
    assert {sheet.cell(row=r, column=5).value for r in range(3, 13)} >= {"Σουηδία", "Κύπρος", "LU", "PS", "SY"}
    book.close()
    stored = _read_sheet(SHEET)
    assert {r["country"] for r in stored.values()} == {
        "Sweden", "Denmark", "Cyprus", "Luxembourg", "Latvia", "Syria", "Israel", "Palestine", "Azerbaijan",
        "Turkmenistan",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    names = {r["contributor"] for r in stored.values()}
    # written "SURNAME Given", "Surname, Given", with "Dr" and "Prof.": read as the given name first
    assert {"Linnea Sjöberg", "Søren Vestergaard-Lund", "Marc Feltgen", "Oren Mizrahi-Katz"} <= names


@pytest.mark.unit
def test_the_outline_is_the_working_groups_terms_of_reference():
    import pypdfium2 as pdfium

    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == OUTLINE
    pdf = pdfium.PdfDocument(OUTLINE)
    pages = [pdf[n].get_textpage().get_text_range() for n in range(len(pdf))]
    pdf.close()
    assert len(pages) == 4 and "TERMS OF REFERENCE" in pages[0] and "Ref. WG-MC/2026/03" in pages[0]
    assert "?" not in pages[0]  # the cover page asks nothing
    assert "1. Background" in pages[1] and "No." in pages[1] and "Guiding question" in pages[1]
    assert "4. Timeline" in "".join(pages[2:]) and "Annex I." in pages[3]
    outline = load_outline(OUTLINE)
    assert [s.title for s in outline.sections] == [
        "Theme 1: Recognition and portability", "Theme 2: Design and quality", "Theme 3: Assessment and award",
        "Theme 4: Access and funding", "Theme 5: Digital credentials",
    ]  # fmt: skip
    assert [len(s.questions) for s in outline.sections] == [6, 6, 6, 6, 4]
    asked = [q for s in outline.sections for q in s.questions]
    assert not [q for q in asked if q[0].isdigit()]  # the numbers "1.1" are the table's, not the question's


@pytest.mark.unit
def test_the_typeform_export_holds_three_respondents_with_the_forms_columns():
    rows = list(csv.reader(io.StringIO(TYPEFORM.read_text(encoding="utf-8"))))
    header = rows[0]
    assert header[:2] == ["#", "What is your name?"] and header[-2:] == ["Submitted At", "Token"]
    assert {"source", "utm_campaign", "Network ID", "Start Date (UTC)"} <= set(header)
    assert [r[1] for r in rows[1:]] == ["Ebba Lindgren", "Linnea Sjöberg", ""]
    assert "No micro-credential should be smaller than two ECTS credits" in _text(TYPEFORM)


@pytest.mark.unit
def test_the_erasmus_excerpt_puts_each_prompt_in_a_shaded_cell_before_its_answer():
    with zipfile.ZipFile(ERASMUS) as package:
        body = package.read("word/document.xml").decode("utf-8")
    assert body.count('w:fill="E7E6E6"') == 4 and body.count('w:fill="D9E2F3"') == 5
    assert body.index("How will the learning outcomes be assessed") < body.index("external examiner")
    for heading in ("1. Relevance of the project", "2. Quality of the project design", "3. Impact"):
        assert heading in body
    assert "combine three of the modules into the full journeyman's certificate" in _text(ERASMUS)


@pytest.mark.unit
def test_the_impact_assessment_compares_three_options_and_argues_for_one():
    text = _text(IMPACT)
    assert "Executive summary" in text and "Option B: stacking into degrees" in text and "Option C" in text
    assert text.index("Option C: no regulation") < text.index("Option A is the one we argue for")
    assert "should stand on their own and should not be assembled into degrees" in text


@pytest.mark.unit
def test_the_catalogue_page_keeps_its_fact_sheet_and_the_directors_note():
    page = CATALOGUE.read_text(encoding="utf-8")
    assert '<table class="facts">' in page and "5 ECTS" in page and "EQF level 7" in page
    assert page.count("<li>explain") == 1 and "Why we designed it this way" in page
    text = _text(CATALOGUE)
    assert "For companies" not in text and "Accessibility" not in text  # the site's menu and footer
    assert "Every credential we issue is recorded on the European Blockchain Services Infrastructure" in text


@pytest.mark.unit
def test_the_signal_chat_holds_both_sides_with_timestamps():
    chat = CHAT.read_text(encoding="utf-8")
    assert chat.startswith("Signal conversation export\n")
    assert chat.count("] Fadi Qassab: ") == 5 and chat.count("] Yaman Al-Hamwi: ") == 9
    assert "He should be allowed to take only the final test" in _text(CHAT)


@pytest.mark.unit
def test_each_remaining_layout_survives_its_reader():
    rtf = EVIDENCE.read_text(encoding="ascii")
    assert rtf.startswith("{\\rtf1\\ansi\\ansicpg1257") and "(MCR 017)" in rtf and "\\footer" in rtf
    assert "A single day's training of around eight hours" in _text(EVIDENCE)
    rfc = RFC.read_text(encoding="utf-8")
    assert rfc.startswith("# RFC 0014: ") and "| Status | Proposed" in rfc and "## Unresolved questions" in rfc
    assert "The format MUST NOT depend on a blockchain or any other distributed ledger" in _text(RFC)
    from openpyxl import load_workbook

    book = load_workbook(LOGFRAME, read_only=True)
    rows = [list(r) for r in book["Logframe"].iter_rows(values_only=True)]
    book.close()
    assert rows[3][1:] == [
        "Intervention logic", "Objectively verifiable indicators", "Sources of verification", "Assumptions",
    ]  # fmt: skip
    assert [r[0] for r in rows[4:9]] == [
        "Overall objective",
        "Specific objective",
        "Result 1",
        "Result 2",
        "Activities",
    ]
    assert "awarded only to a learner who has attended at least 80 per cent of the sessions" in _text(LOGFRAME)
    with zipfile.ZipFile(PETITION) as package:
        content = package.read("content.xml").decode("utf-8")
    assert "1,284 have signed" in content and content.count("<text:list-item>") == 4
    assert "Make every micro-credential course free of charge for every student" in _text(PETITION)
    message = email.message_from_bytes(MOTION.read_bytes(), policy=email.policy.default)
    body = message.get_content()
    assert "Moved by: Dashoguz City Branch" in body and "Congress resolves:" in body
    assert any(p.text.startswith("Congress resolves:") for p in contribution_passages(CORPUS, MOTION.name))
    assert "counted as working time and paid at the normal rate" in _text(MOTION)
