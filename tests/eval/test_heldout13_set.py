"""The thirteenth held-out set's own promises (eval/heldout13/README.md): its built files rebuild byte for byte, its
French sheet under a title row and a blank row is read whole, its PDF is a five-page report with a running header,
a sidebar and a numbered list running over a page break, its outline is a workbook whose section cells are merged
over their questions, and what makes each contribution differ survives its reader. The checks every set shares
are in tests/eval/test_heldout_set.py; none of these looks at the draft."""

from __future__ import annotations

import importlib

import pytest

from ingest.metadata import build_meta
from ingest.metadata_headers import canonical_field, header_notes
from ingest.metadata_sheet import read_metadata_csv
from ingest.readers import reader_for
from pipeline.drafting.outline import load_outline
from tests.eval.test_heldout_set import ROOT, SETS, _header_spellings, _read_sheet

HERE = ROOT / "eval" / "heldout13"
CORPUS = HERE / "corpus"
REPORT = CORPUS / "report_pannonian_universities_alliance.pdf"


def _passages(name: str) -> list:
    path = CORPUS / name
    return reader_for(path).read(path).passages


def _text(name: str) -> str:
    """A contribution's text as its reader gives it, passages joined."""
    return "\n".join(p.text for p in _passages(name))


def _rows(path) -> list[list]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    return rows


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    build = importlib.import_module("eval.heldout13.build")
    assert len(build.BUILDS) == 6
    for spec, builder in build.BUILDS:
        assert builder(spec) == (CORPUS / spec["file"]).read_bytes(), spec["file"]
    for spec, builder in build.OUTLINE_BUILDS:
        assert builder(spec) == (HERE / spec["file"]).read_bytes(), spec["file"]


@pytest.mark.unit
def test_the_french_sheet_under_a_title_and_a_blank_row_is_read_whole_without_a_warning():
    path = CORPUS / "metadata.xlsx"
    rows = _rows(path)
    assert rows[0][0] == "Consultation round 3 - inputs received"
    assert all(v is None for v in rows[1])
    header = rows[2]
    assert header == ["Fichier", "Nom", "Organisme", "Pays", "Région", "Type de contribution", "Date de réception"]
    assert all(canonical_field(h) for h in header), header
    assert header_notes("metadata.xlsx", header) == []
    # "Fichier", "Pays" and the two long headers are in earlier sheets; these three spellings are in none
    earlier = _header_spellings(list(SETS)[: list(SETS).index("heldout13")])
    assert {h.casefold() for h in header} - earlier == {"nom", "organisme", "région"}
    for name, row in read_metadata_csv(path).items():
        assert build_meta(name, CORPUS / name, row)[1] == [], name
    assert {"Macédoine du Nord", "Moldavie", "Tchéquie", "Hongrie", "Égypte"} <= {row[3] for row in rows[3:]}
    stored = _read_sheet(path)
    assert len(stored) == 10
    assert {r["country"] for r in stored.values()} == {
        "Hungary", "Poland", "Serbia", "Cyprus", "Czechia", "Moldova", "North Macedonia", "Latvia", "Kazakhstan",
        "Egypt",
    }  # fmt: skip
    assert sorted(r["region"] for r in stored.values()) == ["EU"] * 5 + ["partner"] * 5
    assert {r["date"] for r in stored.values()} >= {"2026-03-13", "2026-02-26"}  # read day first, as written


@pytest.mark.unit
def test_the_report_has_five_pages_a_running_header_a_sidebar_and_a_list_over_a_page_break():
    from pypdf import PdfReader

    header = "Alliance of Pannonian Universities for Lifelong Learning  |  Report on the 2025 pilot year"
    pages = [page.extract_text() for page in PdfReader(REPORT).pages]
    assert len(pages) == 5
    assert all(header in text for text in pages)
    assert "The alliance in figures" in pages[1]
    assert "5. Recommendations" in pages[3] and "1. Show the framework level" in pages[3]
    assert "4. Issue every certificate" in pages[4]
    passages = reader_for(REPORT).read(REPORT).passages
    assert {p.location.page for p in passages} == {1, 2, 3, 4, 5}
    # the running header is furniture: never part of a passage
    assert not any("Report on the 2025 pilot year" in p.text for p in passages)
    # the list keeps its section across the page break
    listed = [p for p in passages if "4. Issue every certificate" in p.text]
    assert [p.location.section for p in listed] == ["5. Recommendations"]


@pytest.mark.unit
def test_the_outline_workbook_merges_each_section_over_its_questions_and_the_runner_finds_it():
    from openpyxl import load_workbook

    path = HERE / "outline.xlsx"
    sheet = load_workbook(path).worksheets[0]
    assert [c.value for c in sheet[1]] == ["Section", "No.", "Guiding question", "Notes for drafters"]
    merged = sorted(str(r) for r in sheet.merged_cells.ranges)
    assert merged == ["A12:A16", "A17:A22", "A23:A29", "A2:A5", "A6:A11"]
    assert sheet["B2"].value == "A.1" and sheet["B29"].value == "E.7"
    notes = [sheet.cell(r, 4).value for r in range(2, sheet.max_row + 1)]
    assert 3 <= sum(1 for n in notes if n) < len(notes)
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == path
    outline = load_outline(path)
    assert [s.title for s in outline.sections] == [
        "A. Place in the qualifications system", "B. Design and learning outcomes",
        "C. Assessment and quality assurance", "D. Certificates and digital credentials",
        "E. Recognition, funding and access",
    ]  # fmt: skip
    assert [len(s.questions) for s in outline.sections] == [4, 6, 5, 6, 7]
    # the drafters' notes are neither questions nor a section's purpose
    asked = " ".join(q for s in outline.sections for q in s.questions)
    assert "Kept from the 2025 outline" not in asked
    assert not any("round table" in s.purpose for s in outline.sections)


@pytest.mark.unit
def test_each_layout_survives_its_reader():
    raw = (CORPUS / "survey_vltava_dental_hygienists.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b";") >= 8
    survey = _text("survey_vltava_dental_hygienists.csv")
    # the answer written over two lines stays one answer, under its column, and the BOM is not in the header
    assert "Q4 Practical training: Every course must include supervised practice on patients" in survey
    assert "six Saturdays" in survey and "\ufeff" not in survey
    minutes = _passages("minutes_opole_silesia_crafts_chamber.docx")
    sections = {p.location.section for p in minutes}
    assert {"4.1 Agreed", "4.2 Not agreed"} <= sections
    assert any("Henryk Bonk | Master baker" in p.text for p in minutes)
    slides = _passages("slides_morava_railway_training_centre.pptx")
    assert slides[-1].location.label == "slide 7 notes" and slides[-2].text.startswith("Our asks")
    odp = _passages("slides_troodos_cybersecurity_centre.odp")
    assert any(p.location.notes and "cyber range" in p.text for p in odp)
    mail = (CORPUS / "fwd_casa_deschisa_refugee_integration.eml").read_text(encoding="utf-8")
    assert mail.count("---------- Forwarded message ---------") == 2
    assert mail.rstrip().endswith("Chișinău") and "Nobody should be turned away" in _text(
        "fwd_casa_deschisa_refugee_integration.eml"
    )
    letter = _text("letter_sar_planina_mountain_guides.odt")
    assert "Ilindenska 12" in letter and "Yours faithfully" not in letter  # letterhead kept, closing left out
    faq = (CORPUS / "faq_zemgale_organic_farming_institute.md").read_text(encoding="utf-8")
    assert faq.count("**Q:**") == faq.count("**A:**") == 6
    page = _text("page_karaganda_labour_market_research.html")
    assert "job-matching portal" in page and "cookies" not in page and "Vacancies" not in page
    wrapped = (CORPUS / "input_alexandria_student_housing.txt").read_text(encoding="utf-8").splitlines()
    assert max(len(line) for line in wrapped) <= 72 and sum(line.startswith("* ") for line in wrapped) == 4
    assert "directly, without sitting through the training" in _text("input_alexandria_student_housing.txt")
