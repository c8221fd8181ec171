"""The tenth held-out set's own promises (eval/heldout10/README.md): its built files rebuild byte for byte, its
Portuguese tab-separated sheet is read whole, its PDF is a two-page, two-column newsletter, its outline is a
LibreOffice Calc sheet that loads with six sections and 28 questions, and what makes each contribution differ
survives its reader (and, for the radio interview, the ingest keeps only the guest's words). The checks every set
shares are in tests/eval/test_heldout_set.py; none of these looks at the draft."""

from __future__ import annotations

import csv
import importlib

import pytest
import yaml

from ingest.metadata import build_meta
from ingest.metadata_headers import canonical_field, header_notes
from ingest.metadata_sheet import read_metadata_csv
from ingest.readers import reader_for
from ingest.turns import own_turns
from pipeline.drafting.outline import load_outline
from tests.eval.test_heldout_set import ROOT, SETS, _header_spellings, _read_sheet

HERE = ROOT / "eval" / "heldout10"
CORPUS = HERE / "corpus"


def _passages(name: str) -> list:
    path = CORPUS / name
    return reader_for(path).read(path).passages


def _text(name: str) -> str:
    return " ".join(p.text for p in _passages(name))


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    build = importlib.import_module("eval.heldout10.build")
    assert len(build.BUILDS) == 7
    for spec, builder, folder in build.BUILDS:
        assert builder(spec) == (folder / spec["file"]).read_bytes(), spec["file"]


@pytest.mark.unit
def test_the_sheet_is_portuguese_tab_separated_and_read_whole_without_a_warning():
    path = CORPUS / "metadata.csv"
    rows = list(csv.reader(path.open(encoding="utf-8"), delimiter="\t"))
    header = rows[0]
    assert header == ["Documento", "Título", "Tipo", "Nome", "Organismo", "País", "Region", "Data", "Língua"]
    assert all(canonical_field(h) for h in header), header
    assert header_notes("metadata.csv", header) == []
    # "Título", "Organismo", "Língua" and "Region" are new spellings; "Documento", "Tipo", "Nome", "País" and
    # "Data" are the Portuguese words other sheets share with Spanish or Italian ones
    assert {h.casefold() for h in header} - _header_spellings([n for n in SETS if n != "heldout10"])
    for name, row in read_metadata_csv(path).items():
        assert build_meta(name, CORPUS / name, row)[1] == [], name
    read = _read_sheet(path)
    assert len(read) == 10
    # countries written in Portuguese are stored in English
    assert {r[5] for r in rows[1:]} >= {"Croácia", "Chéquia", "Ucrânia", "Líbano", "Tajiquistão"}
    assert {r["country"] for r in read.values()} == {
        "Croatia", "Czechia", "Montenegro", "France", "Ukraine", "Lebanon", "Spain", "Georgia", "Belgium",
        "Tajikistan",
    }  # fmt: skip
    assert sorted(r["region"] for r in read.values()) == ["EU"] * 5 + ["partner"] * 5
    name = "note_czech_adult_learning_agency.docx"
    meta, _ = build_meta(name, CORPUS / name, read_metadata_csv(path)[name])
    assert meta.date == "2026-03-02" and meta.contributor == "Radka Vondrušková"


@pytest.mark.unit
def test_the_pdf_is_a_two_page_newsletter_read_column_by_column():
    passages = _passages("newsletter_adriatic_women_in_tech.pdf")
    assert {p.location.page for p in passages} == {1, 2}
    # each column's headings come in reading order: the left column before the right, never interleaved
    assert [p.location.section for p in passages] == [
        "Our network in numbers", "Timetables that fit a life", "Counting who takes part",
        "Assessment without travel", "A certificate that travels", "Dates for your diary",
    ]  # fmt: skip
    # a sentence that runs over several lines of one column stays whole
    assert "in blocks of no more than two hours, so that a parent" in passages[1].text.replace("\n", " ")


@pytest.mark.unit
def test_the_outline_is_a_calc_sheet_with_six_sections_and_28_questions():
    path = HERE / "outline.ods"
    outline = load_outline(path)
    assert [s.title for s in outline.sections] == [
        "Scope and size", "Design and content", "Assessment", "Quality and trust", "Validity and recognition",
        "Funding and access",
    ]  # fmt: skip
    questions = [q for s in outline.sections for q in s.questions]
    assert len(questions) == 28
    # the title row and the comment column are never read as sections, questions or purposes
    from eval.heldout10.contributions import OUTLINE

    comments = {row[3] for row in OUTLINE["rows"][2:] if row[3]}
    assert len(comments) == 5
    assert not comments & set(questions)
    assert not any(c in (s.purpose or "") for c in comments for s in outline.sections)
    assert questions == [row[2] for row in OUTLINE["rows"][2:]]
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == path
    points = yaml.safe_load((HERE / "divergence_gold.yaml").read_text(encoding="utf-8"))["points"]
    assert all(p["question"] in questions for p in points)


@pytest.mark.unit
def test_each_layout_survives_its_reader():
    # the Word note: paragraphs numbered by hand, the bold key recommendation kept among them
    note = _text("note_czech_adult_learning_agency.docx")
    assert note.startswith("1. The Institute") and "Key recommendation: give every adult" in note
    # the union's slides: the organisation on the title slide, the asks on the last one
    slides = _passages("slides_montenegrin_seafarers_union.pptx")
    assert "Union of Montenegrin Seafarers and Port Workers" in slides[0].text
    assert [p.location.section for p in slides][-1] == "Our asks"
    # the chamber's positions are a table, each row's cells kept together
    odt = _passages("positions_occitanie_chamber_of_agriculture.odt")
    table = [p for p in odt if p.location.table == 1]
    assert len(table) == 1 and "Calendar | Courses should be scheduled between November" in table[0].text
    # the workbook: a 'Read me' sheet, then one passage per position row with its column names
    book = _passages("positions_dnipro_open_universities_consortium.xlsx")
    assert [p.location.section for p in book][0] == "Read me"
    assert any(p.text.startswith("No.: 2; Position: We reject any expiry date") for p in book)
    # the web page's cookie banner, menu and footer are page furniture, left out
    page = _text("news_aragon_digital_skills_office.html")
    assert "Holding a quality label should remain optional" in page
    assert "cookies" not in page and "Legal notice" not in page and "Paseo" not in page
    # the e-mail is HTML only, and its list items are read as text
    assert "must hold an external quality label" in _text("email_trainmark_quality_label.eml")
    raw = (CORPUS / "email_trainmark_quality_label.eml").read_text(encoding="utf-8")
    assert "Content-Type: text/html" in raw and "text/plain" not in raw
    # the ministry's letter has no heading: paragraphs only
    assert all(p.location.section is None for p in _passages("letter_tajik_health_ministry_training.rtf"))


@pytest.mark.unit
def test_only_the_guests_words_are_kept_from_the_radio_interview():
    name = "interview_cedar_bridges_radio.txt"
    row = read_metadata_csv(CORPUS / "metadata.csv")[name]
    kept, warnings = own_turns(_passages(name), row["contributor"], row["organisation"])
    text = " ".join(p.text for p in kept)
    assert "sit the assessment in their first language" in text
    assert "should expire after a few years" not in text  # a listener's wish, read out by the host
    assert warnings


@pytest.mark.unit
def test_the_set_needs_no_file_outside_its_folder():
    assert {p.name for p in HERE.iterdir() if p.name != "__pycache__"} == {
        "README.md", "build.py", "contributions.py", "corpus", "divergence_gold.yaml", "drafting_gold.yaml",
        "drafting_labels.jsonl", "outline.ods",
    }  # fmt: skip
