"""The eighth held-out set's own promises (eval/heldout8/README.md): its built files, sheet and outline rebuild
byte for byte, its Spanish sheet is read whole, its PDF is a three-page brief whose recommendations stand in a
two-column table, its LibreOffice outline gives six sections and 28 numbered questions, and what makes each
contribution differ survives its reader. The checks every set shares are in tests/eval/test_heldout_set.py; none
of these looks at the draft."""

from __future__ import annotations

import importlib
import zipfile
from pathlib import Path

import pytest

from ingest.metadata_headers import canonical_field, header_notes
from ingest.readers import reader_for
from ingest.turns import own_turns
from pipeline.drafting.outline import load_outline
from tests.eval.test_heldout_set import ROOT, SETS, _header_spellings, _read_sheet

HERE = ROOT / "eval" / "heldout8"
CORPUS = HERE / "corpus"


def _passages(name: str) -> list:
    path = CORPUS / name
    return reader_for(path).read(path).passages


def _text(name: str) -> str:
    return " ".join(p.text for p in _passages(name))


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    build = importlib.import_module("eval.heldout8.build")
    assert len(build.BUILDS) == 8  # six contributions, the sheet and the outline
    for spec, builder, folder in build.BUILDS:
        assert builder(spec) == (folder / spec["file"]).read_bytes(), spec["file"]


@pytest.mark.unit
def test_the_sheet_is_spanish_kept_by_hand_and_read_whole_without_a_warning():
    from openpyxl import load_workbook

    path = CORPUS / "metadata.xlsx"
    book = load_workbook(path, read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    # a title row and an empty row above the header, as a secretariat keeps a sheet
    assert rows[0][0].startswith("Directrices sobre microcredenciales") and not any(rows[1])
    header = [h for h in rows[2] if h]
    assert header[:3] == ["Archivo", "Título", "Tipo"]
    assert {"Nombre", "Organización", "País", "Región"} <= set(header)
    assert all(canonical_field(h) for h in header), header
    assert header_notes("metadata.xlsx", header) == []
    # no header is spelt as the sample sheet or an earlier set's sheet spells it
    earlier = _header_spellings(list(SETS)[: list(SETS).index("heldout8")])
    assert not {h.casefold() for h in header} & earlier
    sheet = _read_sheet(path)
    assert len(sheet) == 10
    # countries written in Spanish, stored under their English names; regions in Spanish words
    written = {r[5] for r in rows[3:] if r and r[0]}
    assert {"Rumanía", "Eslovaquia", "Macedonia del Norte", "Kirguistán", "Túnez"} <= written
    assert {r["country"] for r in sheet.values()} == {
        "Bulgaria", "Romania", "Slovakia", "Montenegro", "North Macedonia", "Kyrgyzstan", "Tunisia", "Armenia",
        "Malta", "Austria",
    }  # fmt: skip
    assert {r[6] for r in rows[3:] if r and r[0]} == {
        "Estado miembro de la UE", "Balcanes Occidentales", "Asia Central", "Mediterráneo Meridional",
        "Asociación Oriental",
    }  # fmt: skip
    assert {r["region"] for r in sheet.values()} == {"EU", "partner"}


@pytest.mark.unit
def test_the_pdf_is_a_three_page_brief_with_its_recommendations_in_a_two_column_table():
    passages = _passages("brief_bulgarian_statistics_institute.pdf")
    assert {p.location.page for p in passages} == {1, 2, 3}
    tables = [p for p in passages if p.location.table]
    assert len(tables) == 1 and tables[0].location.page == 2
    rows = tables[0].text.splitlines()
    assert all(row.count(" | ") == 1 for row in rows)
    # a recommendation beside its rationale, in one row; all four recommendations in the table's passage
    assert (
        "Each micro-credential should carry the code of its field of education from the ISCED-F 2013 "
        "classification. | A shared code lets us compare micro-credentials with other qualifications, and across "
        "countries, without recoding them by hand."
    ) in rows
    spec = importlib.import_module("eval.heldout8.contributions").BULGARIA_BRIEF
    recommendations = [row[0] for kind, content in spec["pages"][1] if kind == "table" for row in content[1:]]
    assert len(recommendations) == 4 and all(r in tables[0].text for r in recommendations)
    assert [p.location.section for p in passages if p.location.page == 3] == ["A pilot with two providers", "Contact"]


@pytest.mark.unit
def test_the_outline_is_a_writer_document_with_six_sections_and_28_numbered_questions():
    path = HERE / "outline.odt"
    with zipfile.ZipFile(path) as odt:
        content = odt.read("content.xml").decode("utf-8")
    assert content.count('text:outline-level="1"') == 6 and content.count("<text:list-item>") == 28
    outline = load_outline(path)
    assert [s.title for s in outline.sections] == [
        "Micro-credentials in the qualifications system", "Quality assurance and official statistics",
        "Recognition and portability", "Design, learning outcomes and assessment", "Funding and access",
        "Digital credentials",
    ]  # fmt: skip
    assert [len(s.questions) for s in outline.sections] == [6, 4, 5, 6, 4, 3]
    assert [s.audience for s in outline.sections] == ["system", "system", "provider", "provider", "system",
                                                      "provider"]  # fmt: skip
    spec = importlib.import_module("eval.heldout8.sheets").OUTLINE
    assert [q for s in outline.sections for q in s.questions] == [b[1] for b in spec["blocks"] if b[0] == "n"]


@pytest.mark.unit
def test_each_layout_survives_its_reader():
    # the extension service's draft: the words deleted with change tracking are gone, those inserted are read,
    # the recommendations are one numbered list and the pilot's figures a table
    draft = _passages("recommendations_bihor_agricultural_extension.docx")
    text = " ".join(p.text for p in draft)
    assert "in the season when field work is light" in text and "in winter" not in text
    assert "about 9 lei per farmer" in text and "about 7" not in text
    assert any(p.location.table and "Soil sampling and testing | 8 | 41 | 39" in p.text for p in draft)
    # the port centre's positions are in the speaker notes, the slides hold short lines only
    slides = _passages("slides_bar_port_training_centre.pptx")
    notes = " ".join(p.text for p in slides if p.location.notes)
    shown = " ".join(p.text for p in slides if not p.location.notes)
    assert "ought to put in a modest sum personally" in notes and "modest sum" not in shown
    # the consultation workbook: each answer beside its question
    answers = _text("consultation_macedonian_vocational_directors.xlsx")
    assert (
        "Question: What should be the minimum size of a micro-credential?; Answer: No micro-credential should be "
        "awarded for fewer than 40 hours of learning." in answers
    )
    # the teachers' union's statement (RTF) and the committee's report (ODT, numbered headings)
    assert "stand-alone course certificate should not be given a level" in _text("statement_slovak_teachers_union.rtf")
    report = _passages("report_upper_austria_parliament_committee.odt")
    assert [p.location.section for p in report if p.location.section][:1] == ["1. Mandate"]
    # the FAQ's questions are its sections; the web page's menu and footer are left out
    faq = _passages("faq_kaskad_software_academy.md")
    assert sum(1 for p in faq if (p.location.section or "").endswith("?")) == 7
    page = _text("tunisian_social_economy_network.html")
    assert "public purse" in page and "Our members" not in page and "All rights reserved" not in page
    # the e-mail's body is read as its paragraphs, its headers are not
    mail = _text("email_marsa_newcomers_network.eml")
    assert "digital wallet that the learner controls" in mail and "Message-ID" not in mail


@pytest.mark.unit
def test_the_hearing_has_three_speakers_and_only_the_contributors_turns_are_kept():
    name = "hearing_kyrgyz_rectors_council.txt"
    text = (CORPUS / name).read_text(encoding="utf-8")
    labels = {line.split(":")[0] for line in text.splitlines() if ": " in line and line[:1].isupper()}
    assert labels == {"Chair", "Ms Abdykalykova (Council of Rectors of Kyrgyzstan)",
                      "Mr Sadyrbaev (Association of IT Companies)"}  # fmt: skip
    row = _read_sheet(CORPUS / "metadata.xlsx")[name]
    kept, _ = own_turns(_passages(name), row["contributor"], row["organisation"])
    kept_text = " ".join(p.text for p in kept)
    # her rejection is hers; the IT companies' speaker's opposite view is not
    assert "We reject the proposal that universities grant credit" in kept_text
    assert "should count towards a bachelor's degree" not in kept_text and "Good morning" not in kept_text


@pytest.mark.unit
def test_the_runner_finds_the_writer_outline_and_the_set_needs_no_file_outside_its_folder(tmp_path):
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == HERE / "outline.odt"
    assert run.held_out_set(str(HERE)) == HERE
    # an .odt outline comes after a Word one and before one kept as text or as a table
    for name in ("corpus",):
        (tmp_path / name).mkdir()
    for name in ("drafting_gold.yaml", "divergence_gold.yaml", "outline.txt", "outline.odt"):
        (tmp_path / name).write_bytes(b"")
    assert run.outline_of(tmp_path) == tmp_path / "outline.odt"
    (tmp_path / "outline.docx").write_bytes(b"")
    assert run.outline_of(tmp_path) == tmp_path / "outline.docx"
    assert {p.name for p in HERE.iterdir() if p.name != "__pycache__"} == {
        "README.md", "build.py", "contributions.py", "corpus", "divergence_gold.yaml", "drafting_gold.yaml",
        "drafting_labels.jsonl", "outline.odt", "sheets.py",
    }  # fmt: skip
    assert Path(run.__file__).resolve().parent == ROOT / "eval" / "heldout"
