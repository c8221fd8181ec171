"""The seventh held-out set's own promises (eval/heldout7/README.md): its built files rebuild byte for byte, its
German sheet is read whole, its PDF is a two-page paper with numbered headings and references, its plain-text
outline gives six sections, and what makes each contribution differ survives its reader. The checks every set
shares are in tests/eval/test_heldout_set.py; none of these looks at the draft."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from ingest.metadata_headers import canonical_field, header_notes
from ingest.readers import reader_for
from pipeline.drafting.outline import load_outline
from tests.eval.test_heldout_set import ROOT, SETS, _header_spellings, _read_sheet

HERE = ROOT / "eval" / "heldout7"
CORPUS = HERE / "corpus"


def _passages(name: str) -> list:
    path = CORPUS / name
    return reader_for(path).read(path).passages


@pytest.mark.unit
def test_the_built_contributions_rebuild_byte_for_byte():
    build = importlib.import_module("eval.heldout7.build")
    assert len(build.BUILDS) == 5
    for spec, builder in build.BUILDS:
        assert builder(spec) == (CORPUS / spec["file"]).read_bytes(), spec["file"]


@pytest.mark.unit
def test_the_sheet_is_german_and_read_whole_without_a_warning():
    path = CORPUS / "metadata.csv"
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # saved by a spreadsheet, with its byte-order mark
    header = raw.decode("utf-8-sig").splitlines()[0].split(";")
    assert header[:4] == ["Dateiname", "Titel", "Dokumenttyp", "Verfasser"]
    # every column is one of ours, and no German header is spelt as an earlier sheet spells it ("Organisation"
    # and "Region" are the same word in English, which the sample sheet uses)
    assert all(canonical_field(h) for h in header), header
    assert header_notes("metadata.csv", header) == []
    earlier = _header_spellings(list(SETS)[: list(SETS).index("heldout7")])
    assert not {h.casefold() for h in header if h not in ("Organisation", "Region")} & earlier
    rows = _read_sheet(path)
    assert len(rows) == 10
    # countries written in German, stored under their English names
    assert {r["country"] for r in rows.values()} == {
        "Portugal", "Moldova", "Netherlands", "Germany", "Georgia", "Serbia", "Greece", "Kazakhstan", "Jordan",
        "Lithuania",
    }  # fmt: skip
    assert {r["region"] for r in rows.values()} == {"EU", "partner"}
    assert "Niederlande;EU-Mitgliedstaat" in raw.decode("utf-8-sig")
    assert "Jordanien;Südlicher Mittelmeerraum" in raw.decode("utf-8-sig")


@pytest.mark.unit
def test_the_pdf_is_a_two_page_paper_with_numbered_headings_and_references():
    passages = _passages("paper_portuguese_quality_agency.pdf")
    assert {p.location.page for p in passages} == {1, 2}
    sections = [p.location.section for p in passages if p.location.section]
    assert sections[:5] == [f"{n}. {t}" for n, t in enumerate(
        ("Introduction", "Size and learning outcomes", "How providers are reviewed", "Assessment at a distance",
         "Conclusion"), start=1)]  # fmt: skip
    last = passages[-1]
    assert last.location.section == "References" and last.location.page == 2
    assert "[3] European Association for Quality Assurance" in last.text


@pytest.mark.unit
def test_the_outline_gives_six_capitalised_sections_and_28_numbered_questions():
    path = HERE / "outline.txt"
    outline = load_outline(path)
    assert [s.title for s in outline.sections] == [
        "PLACE IN THE QUALIFICATIONS SYSTEM", "QUALITY ASSURANCE", "RECOGNITION AND PORTABILITY",
        "DESIGN, LEARNING OUTCOMES AND ASSESSMENT", "FUNDING AND ACCESS", "DIGITAL CREDENTIALS AND RECORDS",
    ]  # fmt: skip
    asked = [q for s in outline.sections for q in s.questions]
    lines = path.read_text(encoding="utf-8").splitlines()
    typed = [line.split(". ", 1)[1] for line in lines if re.match(r"Q\d+\. ", line)]
    assert asked == typed and len(asked) == 28  # "Q1." labels are numbers, never part of a question
    assert [s.audience for s in outline.sections] == ["system", "system", "provider", "provider", "system",
                                                      "provider"]  # fmt: skip


@pytest.mark.unit
def test_each_layout_survives_its_reader():
    # the ministry's key message stands in a text box, and its figures have their sources in footnotes
    note = _passages("note_moldova_ministry_of_labour.docx")
    assert any(p.text.startswith("Key message: no micro-credential outside the register") for p in note)
    assert sum(1 for p in note if "footnote" in p.location.label) == 3
    # the MOOC platform's reasoning is in the speaker notes of its Impress slides
    slides = _passages("slides_leerwijd_open_courses.odp")
    notes = " ".join(p.text for p in slides if p.location.notes)
    assert "should stay voluntary" in notes and "should stay voluntary" not in " ".join(
        p.text for p in slides if not p.location.notes
    )
    # the hospital trust's chart is read as its values; its slides have no notes
    hospital = _passages("slides_klaipeda_coastal_hospitals.pptx")
    assert any("2025 229" in p.text for p in hospital if "chart" in (p.location.section or ""))
    assert not any(p.location.notes for p in hospital)
    # the survey export: semicolons, German headers, each answer beside its question
    survey = " ".join(p.text for p in _passages("umfrage_handwerkskammer_oberweser.csv"))
    assert "Frage: Wie groß sollte ein Micro-Credential höchstens sein?; Antwort: A micro-credential may" in survey
    # the e-mail's quoted history (the secretariat's view) is not the contributor's
    # (the reader cuts it out as an earlier message with its author; ingest keeps the contributor's, as here)
    from ingest.forwards import own_forwards

    row = _read_sheet(CORPUS / "metadata.csv")["reply_jordanian_libraries_association.eml"]
    kept, _ = own_forwards(
        _passages("reply_jordanian_libraries_association.eml"), row["contributor"], row["organisation"], "Rawan Hijazi"
    )
    reply = " ".join(p.text for p in kept)
    assert "common European data model" in reply and "take place in person" not in reply
    # the union's letter has no heading: paragraphs only
    letter = _passages("letter_vojvodina_union_confederation.odt")
    assert all(p.location.section is None for p in letter)
    # the memo opens with its TO / FROM / RE lines
    memo = (CORPUS / "memo_salamis_naval_training_academy.txt").read_text(encoding="utf-8")
    assert [line.split(":")[0] for line in memo.splitlines()[2:6]] == ["TO", "FROM", "RE", "DATE"]


@pytest.mark.unit
def test_the_round_table_has_four_named_speakers_one_of_them_the_contributor():
    text = (CORPUS / "round_table_pavlodar_region.md").read_text(encoding="utf-8")
    speakers = {line.split(":**")[0].strip("*") for line in text.splitlines() if line.startswith("**")}
    assert len(speakers) == 4
    contributor = _read_sheet(CORPUS / "metadata.csv")["round_table_pavlodar_region.md"]["contributor"]
    assert f"{contributor} (Pavlodar Regional Development Agency)" in speakers


@pytest.mark.unit
def test_the_blog_keeps_its_readers_comments_apart_from_the_post():
    # the comments are other people's words: they stand outside the post's article, under a comments area, as a
    # blog's template writes them; the gold credits none of them to the contributor
    html = (CORPUS / "blog_georgian_student_self_government.html").read_text(encoding="utf-8")
    post, comments = html.split('<div id="comments" class="comments-area">')
    assert "</article>" in post and comments.count('class="comment"') == 3
    assert "Giorgi Tsiklauri" in post and "Giorgi Tsiklauri" not in comments


@pytest.mark.unit
def test_the_set_needs_no_file_outside_its_folder():
    # the runner finds the set's outline (outline.txt), and the set's folder holds only what its README lists
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == HERE / "outline.txt"
    assert {p.name for p in HERE.iterdir() if p.name != "__pycache__"} == {
        "README.md", "build.py", "contributions.py", "corpus", "divergence_gold.yaml", "drafting_gold.yaml",
        "drafting_labels.jsonl", "outline.txt",
    }  # fmt: skip
    assert Path(run.__file__).resolve().parent == ROOT / "eval" / "heldout"
