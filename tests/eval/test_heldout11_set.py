"""The eleventh held-out set's own promises (eval/heldout11/README.md): its built files rebuild byte for byte, its
loosely headed workbook sheet is read whole, its PDF is a four-page paper with a table of contents and numbered
footers, its Word outline gives five sections, and what makes each contribution differ survives its reader. The
checks every set shares are in tests/eval/test_heldout_set.py; none of these looks at the draft."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from ingest.metadata_headers import canonical_field, header_notes
from ingest.readers import reader_for
from pipeline.drafting.outline import load_outline
from tests.eval.test_heldout_set import ROOT, SETS, _header_spellings, _read_sheet

HERE = ROOT / "eval" / "heldout11"
CORPUS = HERE / "corpus"


def _text(name: str) -> str:
    """A contribution's text as the ingest reads it, passages joined."""
    path = CORPUS / name
    return "\n".join(p.text for p in reader_for(path).read(path).passages)


@pytest.mark.unit
def test_the_built_files_rebuild_byte_for_byte():
    build = importlib.import_module("eval.heldout11.build")
    assert len(build.BUILDS) == 6
    for spec, builder in build.BUILDS:
        assert builder(spec) == (CORPUS / spec["file"]).read_bytes(), spec["file"]
    for spec, builder in build.OUTLINE_BUILDS:
        assert builder(spec) == (HERE / spec["file"]).read_bytes(), spec["file"]


@pytest.mark.unit
def test_the_sheet_has_loose_english_headers_blank_rows_and_countries_as_people_write_them():
    from openpyxl import load_workbook

    path = CORPUS / "metadata.xlsx"
    book = load_workbook(path, read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    header = rows[0]
    assert header == ["File name", "Submitted by", "Org", "Country / territory", "Group", "Input type", "Received"]
    assert all(canonical_field(h) for h in header), header
    assert header_notes("metadata.xlsx", header) == []
    # a blank row between the EU block and the partner block, as the secretariat left it
    assert any(all(v is None for v in row) for row in rows[1:])
    written = {row[3] for row in rows[1:] if row[3]}
    assert {"Eire", "Rep. of Croatia", "N. Macedonia", "Kingdom of Morocco", "Republic of Uzbekistan"} <= written
    stored = _read_sheet(path)
    assert len(stored) == 10
    assert {r["country"] for r in stored.values()} == {
        "Estonia", "Belgium", "Finland", "Ireland", "Croatia", "Lithuania", "North Macedonia", "Georgia", "Morocco",
        "Uzbekistan",
    }  # fmt: skip
    assert {r["region"] for r in stored.values()} == {"EU", "partner"}
    # "Submitted by" and "Input type" are in earlier sheets; these three loose spellings are in none
    earlier = _header_spellings(list(SETS)[: list(SETS).index("heldout11")])
    assert {h.casefold() for h in header} - earlier == {"org", "group", "received"}


@pytest.mark.unit
def test_the_pdf_has_four_pages_a_table_of_contents_and_numbered_footers():
    from pypdf import PdfReader

    path = CORPUS / "position_paper_estonian_community_pharmacists.pdf"
    pages = PdfReader(path).pages
    assert len(pages) == 4
    assert "Contents" in pages[0].extract_text()
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of 4" in page.extract_text()
    read = reader_for(path).read(path)
    assert {p.location.page for p in read.passages} == {1, 2, 3, 4}
    # the footer is furniture: the reader leaves it out of the passages
    assert not any("Page 2 of 4" in p.text for p in read.passages)


@pytest.mark.unit
def test_the_outline_is_a_word_table_of_five_sections_and_28_questions_the_runner_finds():
    run = importlib.import_module("eval.heldout.run")
    assert run.outline_of(HERE) == HERE / "outline.docx"
    assert not (HERE / "outline.md").exists()  # the runner reads outline.md first
    outline = load_outline(HERE / "outline.docx")
    assert [s.title for s in outline.sections] == [
        "Scope and size", "Learning outcomes and assessment", "Quality, validity and registers",
        "Certificates and digital credentials", "Funding and access",
    ]  # fmt: skip
    assert [len(s.questions) for s in outline.sections] == [6, 6, 6, 5, 5]
    assert "Who should host learners' digital wallets?" in outline.sections[3].questions


@pytest.mark.unit
def test_each_layout_survives_its_reader():
    slides = _text("slides_vardar_youth_employment_agency.pptx")
    assert "Chart: Participants completing a course" in slides
    assert "Course | Hours | Participants" in slides
    word = _text("contribution_flemish_port_employers.docx")
    # the running header is not repeated into the text; the cover page's lines are kept once
    assert word.count("Federation of Port and Logistics Employers of Flanders") == 1
    # the reply keeps the library's answer and leaves out the secretariat's quoted question
    # (the reader cuts the history out as an earlier message with its author; ingest keeps the contributor's)
    from ingest.forwards import own_forwards

    name = "reply_georgian_national_public_library.eml"
    read = reader_for(CORPUS / name).read(CORPUS / name)
    row = _read_sheet(next(CORPUS.glob("metadata.*")))[name]
    kept, _ = own_forwards(read.passages, row["contributor"], row["organisation"], read.properties.author)
    reply = "\n".join(p.text for p in kept)
    assert "Public libraries should be recognised" in reply
    assert "valid for a limited period" not in reply
    # the news page keeps the League's article, not its related-article links
    news = _text("news_lithuanian_credit_union_league.html")
    assert "taxpayers should not subsidise them" in news
    assert "Deposit insurance" not in news
    form = _text("consultation_form_uzbek_recognition_unit.xlsx")
    assert "Every certificate must state the place where the assessment was held" in form
    assert "1. Women who have pressed argan oil" in Path(CORPUS / "note_tiznit_rural_women_cooperative.md").read_text(
        encoding="utf-8"
    )
