"""The thirty-fourth held-out set's own promises (eval/heldout34/README.md): its built files rebuild byte for byte,
its sheet is a Bulgarian secretariat's register in Excel (an instructions sheet first, a title row, the header on
row 3, Bulgarian headers no earlier sheet used, names with titles, in Cyrillic or family name first, dates written
the Bulgarian way, a notes column, a withdrawn contribution whose file is not in the corpus), its outline is a Word
document sent back with tracked changes and comments, and what makes each layout differ (a Mentimeter results
export, a Miro board as PDF, slides exported with speaker notes, a cover letter with an annex, an Etherpad export, a
self-evaluation report in RTF, an election manifesto, a changelog, a corrigendum e-mail, a jury's report) is in the
files and survives its reader. The checks every set shares are in tests/eval/test_heldout_set.py; none of these
looks at the draft."""

from __future__ import annotations

import email
import email.policy
import importlib
import zipfile

import pytest
import yaml

from ingest.metadata_headers import canonical_field
from pipeline.drafting.outline import load_outline
from tests.eval.test_heldout_set import (
    ROOT,
    SETS,
    WITHDRAWN,
    _header_spellings,
    _read_sheet,
    accepted_questions,
    contribution_passages,
    contribution_text,
    rebuilds_byte_for_byte,
)

HERE = ROOT / "eval" / "heldout34"
CORPUS = HERE / "corpus"
SHEET = CORPUS / "metadata.xlsx"
MENTIMETER = CORPUS / "mentimeter_results_panevezys_regional_employers_alliance.xlsx"
BOARD = CORPUS / "miro_board_shannonside_lifelong_learning_centre.pdf"
SLIDES = CORPUS / "slides_with_notes_novi_sad_regional_qualifications_office.pdf"
LETTER = CORPUS / "cover_letter_irbid_directorate_of_vocational_training.docx"
PAD = CORPUS / "etherpad_weiterbildungsnetz_oberlausitz.html"
REPORT = CORPUS / "self_evaluation_plovdiv_college_of_applied_informatics.rtf"
MANIFESTO = CORPUS / "manifesto_lijst_vooruit_hanzeveld_student_council.txt"
CHANGELOG = CORPUS / "CHANGELOG_kapadokya_learning_cloud.md"
CORRIGENDUM = CORPUS / "corrigendum_bekaa_skills_initiative.eml"
JURY = CORPUS / "jury_report_shirak_recognition_centre.odt"
OUTLINE = HERE / "outline.docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _text(path) -> str:
    return contribution_text(CORPUS, path.name)


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    rebuilds_byte_for_byte("heldout34", 6, outlines=1)


@pytest.mark.unit
def test_the_bulgarian_register_opens_with_instructions_and_keeps_a_withdrawn_row():
    from openpyxl import load_workbook

    book = load_workbook(SHEET)
    assert book.sheetnames == ["Указания", "Регистър"]
    register = book["Регистър"]
    assert (
        register["A1"].value.startswith("Консултация относно микроквалификациите") and "A1:I1" in register.merged_cells
    )
    assert register["A2"].value is None
    header = [c.value for c in register[3]]
    assert header == [
        "№", "Име на файла", "Подател", "Организация", "Държава", "Група държави", "Вид на приноса",
        "Дата на получаване", "Забележка",
    ]  # fmt: skip
    assert [canonical_field(h) or None for h in header][1:5] == ["file", "contributor", "organisation", "country"]
    # the sets written before it; heldout35 is written at the same time by another hand and is not compared
    earlier = _header_spellings([name for name in SETS if name != "heldout34"])
    assert not {h.casefold() for h in header} & earlier
    rows = [[c.value for c in row] for row in register.iter_rows(min_row=4, max_row=14)]
    assert {r[7] for r in rows} >= {"05.03.2026 г.", "13.02.2026 г.", "12.03.2026 г."}
    assert {r[2] for r in rows} >= {
        "STANKŪNAITĖ, Dovilė",
        "van der Steeg, Femke",
        "доц. д-р Цветелина Маринова-Гергова",
    }
    assert {r[4] for r in rows} >= {"Литва", "Нидерландия", "Сърбия", "Йордания", "Ливан"}
    assert [r[5] for r in rows].count("ЕС") == 1 and [r[5] for r in rows].count("държава партньор") == 1
    assert len([m for m in register.merged_cells.ranges if m.min_col == 6]) == 2  # each group merged down
    (withdrawn,) = [r for r in rows if r[8] and r[8].startswith("оттеглен")]
    assert {withdrawn[1]} == WITHDRAWN["heldout34"] and not (CORPUS / withdrawn[1]).exists()
    stored = {name: row for name, row in _read_sheet(SHEET).items() if name not in WITHDRAWN["heldout34"]}
    assert {r["country"] for r in stored.values()} == {
        "Lithuania", "Ireland", "Germany", "Bulgaria", "Netherlands", "Serbia", "Jordan", "Türkiye", "Lebanon",
        "Armenia",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    # a surname written first before a comma is turned round, as drafts name people
    assert {"Dovilė Stankūnaitė", "Femke van der Steeg"} <= {r["contributor"] for r in stored.values()}


@pytest.mark.unit
def test_the_outline_is_a_word_document_with_tracked_changes_and_comments():
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == OUTLINE
    from lxml import etree

    with zipfile.ZipFile(OUTLINE) as package:
        document = etree.fromstring(package.read("word/document.xml"))
        comments = etree.fromstring(package.read("word/comments.xml"))
    deleted = ["".join(t.text for t in d.iter(f"{W}delText")) for d in document.iter(f"{W}del") if len(d)]
    inserted = ["".join(t.text for t in i.iter(f"{W}t")) for i in document.iter(f"{W}ins") if len(i)]
    assert "Should private providers be allowed to issue micro-credentials?" in deleted
    assert "Should assessment be done online?" in deleted and "size" in deleted and "workload" in inserted
    assert "In which languages should micro-credentials be issued?" in inserted
    assert len(comments.findall(f"{W}comment")) == 5
    assert len(list(document.iter(f"{W}commentReference"))) == 5
    asked = accepted_questions(OUTLINE)
    assert len(asked) == 28 and "Should assessment be done online?" not in asked
    assert "What is the smallest workload a micro-credential should have?" in asked
    gold = yaml.safe_load((HERE / "drafting_gold.yaml").read_text(encoding="utf-8"))["questions"]
    assert (len(gold["answerable"]), len(gold["unanswerable"])) == (18, 10)
    # the loader reads the five theme headings as sections (what it makes of the changes is what the set measures)
    assert [s.title for s in load_outline(OUTLINE).sections] == [
        "A. Micro-credentials in the qualifications system", "B. Design of micro-credentials",
        "C. Assessment and prior learning", "D. Quality and funding", "E. Digital credentials and recognition",
    ]  # fmt: skip


@pytest.mark.unit
def test_the_mentimeter_export_keeps_the_audience_apart_from_the_presenters_notes():
    from openpyxl import load_workbook

    book = load_workbook(MENTIMETER)
    assert book.sheetnames == [
        "Overview", "1 Multiple choice", "2 Word cloud", "3 Open ended", "4 Open ended", "5 Scales", "Presenter notes",
    ]  # fmt: skip
    assert [c.value for c in book["2 Word cloud"][4]] == ["Word", "Count"]
    answers = [row[0].value for row in book["3 Open ended"].iter_rows(min_row=5)]
    assert "The state should pay, our firms are too small for this" in answers
    notes = [row[1].value for row in book["Presenter notes"].iter_rows(min_row=2)]
    assert len(notes) == 5 and any("carry the cost itself" in n for n in notes)


@pytest.mark.unit
def test_the_board_and_the_notes_pages_are_pdfs_of_their_kind():
    board = _text(BOARD)
    assert board.index("Stack them into a degree - KOD") < board.index("Facilitator's summary (AB)")
    assert "Public money should cover the full fee for every adult learner" in board
    pages = contribution_passages(CORPUS, SLIDES.name)
    assert {p.location.page for p in pages} == set(range(1, 7))
    assert any("Will a level not slow the providers down?" in p.text for p in pages)


@pytest.mark.unit
def test_the_cover_letter_carries_its_positions_in_the_annex():
    from docx import Document

    paragraphs = [p.text for p in Document(str(LETTER)).paragraphs]
    closing = paragraphs.index("Yours sincerely,")
    annex = paragraphs.index("Annex: Position of the Irbid Directorate of Vocational Training on micro-credentials")
    assert closing < annex and paragraphs[closing + 1] == "Eng. Rania Qudah"
    assert len(paragraphs) - annex - 1 == 4
    assert "A micro-credential should stand on its own" in _text(LETTER)


@pytest.mark.unit
def test_the_pad_marks_three_authors_and_keeps_its_chat():
    page = PAD.read_text(encoding="utf-8")
    assert page.count('class="author-a-m3q0vd"') == 3 and page.count('class="author-a-t7uw1e"') == 3
    assert 'id="authorship"' in page and 'id="chatbox"' in page
    assert "four micro-credentials should add up to a full vocational qualification" in _text(PAD)


@pytest.mark.unit
def test_each_remaining_layout_survives_its_reader():
    rtf = REPORT.read_text(encoding="ascii")
    assert rtf.startswith("{\\rtf1\\ansi\\ansicpg1251") and rtf.count("\\box\\brdrs") == 4 and "\\header" in rtf
    assert "attendance of the taught sessions should remain a condition of the award" in _text(REPORT)
    manifesto = MANIFESTO.read_text(encoding="utf-8")
    assert manifesto.count("=" * 63) == 4 and "WHAT THE OTHERS SAY" in manifesto
    assert "Short courses should stay out of the national framework" in _text(MANIFESTO)
    changelog = CHANGELOG.read_text(encoding="utf-8")
    assert changelog.startswith("# Changelog") and changelog.count("\n## [") == 5 and "### Removed" in changelog
    assert "paper and PDF copies should be phased out everywhere" in _text(CHANGELOG)
    message = email.message_from_bytes(CORRIGENDUM.read_bytes(), policy=email.policy.default)
    assert message["Subject"].startswith("CORRIGENDUM")
    body = message.get_content()
    assert body.index("  for: ") < body.index("  read: ")
    text = _text(JURY)
    assert "our badges need no paper at all" in text
    assert "A certificate should show what was learned, how many hours it took and how it was assessed" in text
