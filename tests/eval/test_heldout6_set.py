"""The sixth held-out set's own checks (eval/heldout6/): what its README promises beyond the checks every
set shares (tests/eval/test_heldout_set.py)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from ingest.readers import reader_for
from tests.eval.test_heldout_set import ROOT, _header_spellings, _norm, _read_sheet

SET = ROOT / "eval" / "heldout6"
CORPUS = SET / "corpus"


def _read(name: str):
    return reader_for(CORPUS / name).read(CORPUS / name).passages


@pytest.mark.unit
def test_the_sixth_sets_built_files_are_what_its_build_script_makes():
    """Rebuilding eval/heldout6's Word, PowerPoint and OpenDocument files, its metadata sheet, its outline and the
    PDF's source .docx gives the committed bytes; the PDF itself is LibreOffice's and is not rebuilt here."""
    build = importlib.import_module("eval.heldout6.build")
    for spec, make, folder in build.BUILDS:
        assert make(spec) == (folder / spec["file"]).read_bytes(), spec["file"]


@pytest.mark.unit
def test_the_sixth_sets_pdf_is_its_source_with_the_positions_table_on_page_two():
    """The committed PDF holds every paragraph and table cell of the .docx it was converted from; the prose is on
    page 1 and the "Issue | Our position" table on page 2, read as rows."""
    from eval.heldout6.contributions import FINLAND_STATEMENT

    norm = _norm()
    passages = _read(Path(FINLAND_STATEMENT["file"]).stem + ".pdf")
    assert {p.location.page for p in passages} == {1, 2}
    text = norm(" ".join(p.text for p in passages))
    table = next(b[1] for b in FINLAND_STATEMENT["blocks"] if isinstance(b, tuple) and b[0] == "table")
    for block in FINLAND_STATEMENT["blocks"]:
        if isinstance(block, str) and block != "pagebreak":
            assert norm(block) in text, block[:80]
    for cell in (cell for row in table for cell in row):
        assert norm(cell) in text, cell
    page_two = norm(" ".join(p.text for p in passages if p.location.page == 2))
    assert norm("Issue | Our position") in page_two
    assert norm("Size | At most 15 ECTS credits.") in page_two
    page_one = norm(" ".join(p.text for p in passages if p.location.page == 1))
    assert norm("Every micro-credential must pass an external quality review") in page_one
    assert "our position" not in page_one


@pytest.mark.unit
def test_the_sixth_sets_metadata_sheet_is_kept_by_hand_in_french_as_its_readme_says():
    """metadata.ods: a title row and a blank row above French headers no earlier sheet uses, countries and regions
    written in French and read as the English names and regions the ingest stores, with no warning."""
    from ingest.metadata import build_meta
    from ingest.metadata_headers import header_notes
    from ingest.metadata_ods import ods_tables
    from ingest.metadata_sheet import read_metadata_csv

    path = CORPUS / "metadata.ods"
    rows = ods_tables(path)[0][1]
    assert rows[0][0] and not any(rows[0][1:]) and not any(rows[1])
    header = [h for h in rows[2] if h]
    assert header[:3] == ["Fichier", "Titre", "Type de contribution"] and len(header) == 10
    assert not {h.casefold() for h in header} & _header_spellings(
        ["heldout", "heldout2", "heldout3", "heldout4", "heldout5"]
    )
    assert header_notes(path.name, header) == []
    written = {row[5] for row in rows[3:]}
    assert {"Ouzbékistan", "Maroc", "Albanie", "Bélarus", "Finlande", "Espagne", "République tchèque"} <= written
    assert {row[6] for row in rows[3:]} == {"État membre de l'UE", "Pays partenaire", "Pays tiers"}
    for name, row in read_metadata_csv(path).items():
        _, warnings = build_meta(name, path.parent / name, row)
        assert warnings == [], (name, warnings)
    read = {row["country"]: row["region"] for row in _read_sheet(path).values()}
    assert read["Uzbekistan"] == read["Belarus"] == "partner"
    assert read["Czechia"] == read["Finland"] == "EU"
    assert read["Liechtenstein"] == "other"


@pytest.mark.unit
def test_the_sixth_sets_outline_is_a_workbook_of_numbered_questions_under_chapters():
    """outline.xlsx: a title row, then "Chapter | No. | Guiding question | Target group", the chapter written on
    its first row only; read as five sections with their audiences and 27 questions."""
    from pipeline.drafting.outline import load_outline

    outline = load_outline(SET / "outline.xlsx")
    assert [s.title for s in outline.sections][0] == "1. Micro-credentials in the qualifications system"
    assert [s.audience for s in outline.sections] == ["system", "provider", "provider", "provider", "system"]
    assert [len(s.questions) for s in outline.sections] == [5, 5, 7, 6, 4]


@pytest.mark.unit
def test_the_sixth_sets_layouts_are_the_ones_its_readme_promises():
    """What makes the sixth set differ survives the readers: two heading levels and footnotes in the .odt,
    reasoning in the .odp's notes, figures in a table on a .pptx slide, a Word letter without headings, a form's
    answers beside its questions in a .tsv row, a forwarded message kept under the sender's note, only the
    respondent's turns of the interview notes, a web page's sections without its sidebar and footer, and FAQ
    questions as the Markdown's sections."""
    from ingest.turns import own_turns

    paper = _read("position_aragon_union_confederation.odt")
    assert {"section 1. Context", "section 2.1 Unemployment benefit"} <= {p.location.label for p in paper}
    assert any("2,300 members carried out in October" in p.text for p in paper)  # a footnote, with its paragraph
    slides = _read("slides_osvita_open_courses.odp")
    assert any(p.location.label == "slide 3 notes" and "should remain optional" in p.text for p in slides)
    assert any(p.location.label == "slide 3" and "External review on request" in p.text for p in slides)
    figures = _read("nursing_skills_shannon_hospitals.pptx")
    assert any(p.location.label == "slide 2" and "Staff enrolled | 310 | 486" in p.text for p in figures)
    letter = _read("letter_moroccan_ministry_of_labour.docx")
    assert all(p.location.label.startswith("paragraph") for p in letter)
    # the salutation is left out (keeping its number: the body's first paragraph is the one after it)
    assert not any("Dear colleagues," in p.text for p in letter)
    assert any(p.location.label == "paragraph 9" and p.text.startswith("Thank you for inviting") for p in letter)
    assert letter[-1].text.endswith(  # the signature is left out
        "would welcome a copy of the draft guidelines when they are ready."
    )
    form = _read("consultation_form_tashkent_students.tsv")
    # a survey tool's export: each answer under its question, quoted as the form's (ingest.readers.sheet_forms)
    assert any(
        "> Q2. What role should learners play in quality assurance?\nStudent representatives" in p.text for p in form
    )
    mail = _read("fwd_shkodra_development_agency.eml")
    assert any(p.text.startswith("Local firms should design") and not p.location.section for p in mail)
    # the forwarded colleague's message is read, marked with its sender, so ingest can leave it out
    forwarded = [p for p in mail if (p.location.section or "").startswith("Forwarded message from")]
    assert any(p.text.startswith("The pilot ran from March") for p in forwarded)
    notes = _read("interview_notes_moravian_police_college.txt")
    kept, warnings = own_turns(notes, "Radek Šimek", "Moravian Police College")
    kept_text = " ".join(p.text for p in kept)
    assert "must be watched by two assessors" in kept_text and "How do you assess" not in kept_text
    assert warnings
    page = _read("belarusian_libraries_association.html")
    assert any(p.location.label == "section 2.2 Who carries the cost" for p in page)
    assert not any("Latest news" in p.text or "Legal notice" in p.text or "Member libraries" in p.text for p in page)
    faq = _read("faq_chamber_of_crafts_liechtenstein.md")
    assert any(p.location.label == "section 4 Should the final test be held in a classroom?" for p in faq)
