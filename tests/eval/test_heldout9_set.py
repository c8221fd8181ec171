"""The ninth held-out set's own promises (eval/heldout9/README.md): its built files rebuild byte for byte, its
Italian sheet is read whole, its PDF is a one-page handout, its outline is a spreadsheet export that loads with
six chapters and 26 questions, and what makes each contribution differ survives its reader (and, for the
forwarded e-mail and the interview record, the ingest's choice of the contributor's own words). The checks every
set shares are in tests/eval/test_heldout_set.py; none of these looks at the draft."""

from __future__ import annotations

import csv
import importlib
from pathlib import Path

import pytest
import yaml

from ingest.forwards import own_forwards
from ingest.metadata import build_meta
from ingest.metadata_headers import canonical_field, header_notes
from ingest.metadata_sheet import read_metadata_csv
from ingest.readers import reader_for
from ingest.turns import own_turns
from pipeline.drafting.outline import load_outline
from tests.eval.test_heldout_set import ROOT, SETS, _header_spellings, _read_sheet

HERE = ROOT / "eval" / "heldout9"
CORPUS = HERE / "corpus"


def _passages(name: str) -> list:
    path = CORPUS / name
    return reader_for(path).read(path).passages


def _text(name: str) -> str:
    return " ".join(p.text for p in _passages(name))


@pytest.mark.unit
def test_the_built_contributions_rebuild_byte_for_byte():
    build = importlib.import_module("eval.heldout9.build")
    assert len(build.BUILDS) == 5
    for spec, builder in build.BUILDS:
        assert builder(spec) == (CORPUS / spec["file"]).read_bytes(), spec["file"]


@pytest.mark.unit
def test_the_sheet_is_italian_and_read_whole_without_a_warning():
    path = CORPUS / "metadata.csv"
    header = next(csv.reader(path.open(encoding="utf-8")))
    assert header == [
        "Nome file", "Titolo", "Tipo di contributo", "Autore", "Ente", "Paese", "Regione", "Ruolo",
        "Data di ricezione", "Lingua",
    ]  # fmt: skip
    # every column is one of ours, and no earlier sheet spells a header this way
    assert all(canonical_field(h) for h in header), header
    assert header_notes("metadata.csv", header) == []
    assert not {h.casefold() for h in header} & _header_spellings(list(SETS)[: list(SETS).index("heldout9")])
    # no row gives a warning: kinds, regions in Italian words, countries as people write them, dates as 04/03/2026
    for name, row in read_metadata_csv(path).items():
        assert build_meta(name, CORPUS / name, row)[1] == [], name
    rows = _read_sheet(path)
    assert len(rows) == 10
    written = {r["Paese"] for r in csv.DictReader(path.open(encoding="utf-8"))}
    assert {"Kosovo*", "Kyrgyz Republic", "Türkiye"} <= written
    assert {r["country"] for r in rows.values()} == {
        "Slovenia", "Kosovo", "Romania", "Türkiye", "Armenia", "Austria", "Latvia", "Tunisia", "Kyrgyzstan",
        "Denmark",
    }  # fmt: skip
    assert sorted(r["region"] for r in rows.values()) == ["EU"] * 5 + ["partner"] * 5
    name = "position_paper_kosovo_ministry_of_economy.docx"
    meta, _ = build_meta(name, CORPUS / name, read_metadata_csv(path)[name])
    assert meta.date == "2026-03-04" and meta.kind == "policy_brief"


@pytest.mark.unit
def test_the_pdf_is_a_one_page_handout_with_bullets_under_short_headings():
    passages = _passages("handout_karst_coast_tourism_board.pdf")
    assert {p.location.page for p in passages} == {1}
    # the list's bullet glyph (reportlab's default bullet font, no Unicode map) is extracted as U+007F and the
    # reader appends it to the heading above the list ("Who we are \x7f"): reported, the product left as it is
    assert [(p.location.section or "").strip(" \x7f") for p in passages] == [
        "", "Who we are", "What we have seen", "What we ask for",
    ]  # fmt: skip
    asks = passages[-1].text.splitlines()
    # each bullet stays a line of its own, and all four asks sit in one passage
    assert sum(1 for line in asks if " should " in line) == 4


@pytest.mark.unit
def test_the_outline_is_a_spreadsheet_export_with_six_chapters_and_26_questions():
    path = HERE / "outline.csv"
    outline = load_outline(path)
    assert [s.title for s in outline.sections] == [
        "1. Place in the qualifications system", "2. Design and learning outcomes", "3. Assessment",
        "4. Quality assurance and recognition", "5. Funding and access", "6. Digital credentials and certificates",
    ]  # fmt: skip
    assert [s.audience for s in outline.sections] == ["system", "provider", "provider", "system", "system",
                                                      "provider"]  # fmt: skip
    rows = list(csv.reader(path.open(encoding="utf-8"), delimiter=";"))
    assert rows[0] == ["Chapter", "Guiding question", "Audience", "Notes"]
    assert all(row[0] for row in rows[1:])  # the chapter is repeated on every row, as a filtered export writes it
    assert [q for s in outline.sections for q in s.questions] == [row[1] for row in rows[1:]]
    assert len(rows) - 1 == 26
    # the drafters' notes column is never read as a question or a purpose
    notes = {row[3] for row in rows[1:] if row[3]}
    assert not notes & {q for s in outline.sections for q in s.questions}
    # the runner finds it, and the gold's points name its section ids
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == path
    points = yaml.safe_load((HERE / "divergence_gold.yaml").read_text(encoding="utf-8"))["points"]
    asked = {q for s in outline.sections for q in s.questions}
    assert all(p["question"] in asked for p in points)


@pytest.mark.unit
def test_each_layout_survives_its_reader():
    # the ministry's summary of recommendations is a boxed table above the first numbered heading
    paper = _passages("position_paper_kosovo_ministry_of_economy.docx")
    assert paper[0].location.table == 1 and paper[0].text.startswith("Summary of recommendations 1. Enter")
    assert [p.location.section for p in paper if p.location.section][:2] == [
        "1.1 The labour market", "1.2 What exists today",
    ]  # fmt: skip
    # the grid operator's pilot figures are a table slide; its reasoning is in the notes
    grid = _passages("slides_transilvania_grid_training_unit.pptx")
    assert any("Smart meter installation | 24 | 388 | 91 %" in p.text for p in grid if p.location.slide == 3)
    assert any("two assessors" in p.text for p in grid if p.location.notes)
    # the university's Impress slides: short lines on the slides, the positions only in the notes
    odp = _passages("slides_lodos_distance_university.odp")
    assert "register of their own" in " ".join(p.text for p in odp if p.location.notes)
    assert "kept apart" not in " ".join(p.text for p in odp if not p.location.notes)
    # the survey export: each answer under its quoted question, commas inside quoted answers kept
    survey = _text("survey_export_gyumri_youth_centre.csv")
    assert "taken by young people?\nCourses leading to a micro-credential should be free of charge" in survey
    # the news item's sidebar (another organisation's proposal) is page furniture, left out
    news = _text("news_issyk_kul_felt_guild.html")
    assert "One recognised master" in news and "panel of three assessors" not in news
    assert "panel of three assessors" in (CORPUS / "news_issyk_kul_felt_guild.html").read_text(encoding="utf-8")
    # the disability forum's letter has no heading: paragraphs only
    assert all(p.location.section is None for p in _passages("letter_funen_disability_rights_forum.rtf"))
    # the consortium's note opens with e-mail header lines typed into a text file
    note = (CORPUS / "note_daugava_credit_transfer_consortium.txt").read_text(encoding="utf-8").splitlines()
    assert [line.split(":")[0] for line in note[:4]] == ["From", "To", "Date", "Subject"]


@pytest.mark.unit
def test_only_the_contributors_own_words_are_kept_from_the_forward_and_the_interview():
    rows = read_metadata_csv(CORPUS / "metadata.csv")
    # the secretariat forwards the nursing council's text: its own note is left out, the forwarded text kept
    row = rows["fwd_styrian_nursing_council.eml"]
    kept, warnings = own_forwards(
        _passages("fwd_styrian_nursing_council.eml"), row["contributor"], row["organisation"], "Paola Venturini"
    )
    text = " ".join(p.text for p in kept)
    assert "at the usual speed and unaided" in text and "logged as contribution 31" not in text
    assert len(warnings) == 1
    # the interview record: the answers are the respondent's, the secretariat's questions are not
    row = rows["interview_record_sfax_employment_office.md"]
    kept, warnings = own_turns(
        _passages("interview_record_sfax_employment_office.md"), row["contributor"], row["organisation"]
    )
    text = " ".join(p.text for p in kept)
    assert "passing the assessment alone, without attending the course" in text
    assert "monthly allowance for the whole length of the course" in text
    assert "Some contributors say every micro-credential must be entered" not in text
    assert warnings


@pytest.mark.unit
def test_the_set_needs_no_file_outside_its_folder():
    assert {p.name for p in HERE.iterdir() if p.name != "__pycache__"} == {
        "README.md", "build.py", "contributions.py", "corpus", "divergence_gold.yaml", "drafting_gold.yaml",
        "drafting_labels.jsonl", "outline.csv",
    }  # fmt: skip
    assert Path(importlib.import_module("eval.heldout.run").__file__).resolve().parent == ROOT / "eval" / "heldout"
