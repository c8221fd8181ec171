"""The fourth held-out set's own checks (eval/heldout4/): what its README promises beyond the checks every
set shares (tests/eval/test_heldout_set.py)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from ingest.readers import reader_for
from tests.eval.test_heldout_set import ROOT, _header_spellings, _norm


@pytest.mark.unit
def test_the_fourth_sets_built_files_are_what_its_build_script_makes():
    """Rebuilding eval/heldout4's OpenDocument and Word files, its metadata sheet, its outline and the PDF's
    source .odt gives the committed bytes; the PDF itself is LibreOffice's and is not rebuilt here."""
    build = importlib.import_module("eval.heldout4.build")
    for spec, make, folder in build.BUILDS:
        assert make(spec) == (folder / spec["file"]).read_bytes(), spec["file"]


@pytest.mark.unit
def test_the_fourth_sets_pdf_is_its_numbered_source():
    """The committed PDF holds the words of the .odt it was converted from, its paragraphs numbered 1 to 9 by
    the word processor (the numbers are in the PDF's text, not in the source's)."""
    from eval.heldout4.build import SRC
    from eval.heldout4.contributions import GREECE_OPINION

    norm = _norm()
    pdf = ROOT / "eval" / "heldout4" / "corpus" / (Path(GREECE_OPINION["file"]).stem + ".pdf")
    text = norm(" ".join(p.text for p in reader_for(pdf).read(pdf).passages))
    source = SRC / GREECE_OPINION["file"]
    source_passages = reader_for(source).read(source).passages
    assert source_passages
    for passage in source_passages:
        for line in passage.text.split("\n"):
            assert norm(line) in text, line[:80]
    numbered = [text for kind, text in (b for b in GREECE_OPINION["blocks"] if isinstance(b, tuple)) if kind == "n"]
    for number, paragraph in enumerate(numbered, start=1):
        assert norm(f"{number}. {paragraph}") in text, number


@pytest.mark.unit
def test_the_fourth_sets_metadata_sheet_is_written_as_its_readme_says():
    """metadata.csv: a byte-order mark, semicolons, and header spellings no earlier sheet uses."""
    sheet = ROOT / "eval" / "heldout4" / "corpus" / "metadata.csv"
    raw = sheet.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].split(b"\r\n", 1)[0].decode("utf-8").split(";")
    assert len(header) == 10
    earlier = _header_spellings(["heldout", "heldout2", "heldout3"])
    assert not {h.casefold() for h in header} & earlier


@pytest.mark.unit
def test_the_fourth_sets_layouts_are_the_ones_its_readme_promises():
    """What makes the fourth set differ survives the readers: two outline levels in the .odt, speaker notes in the
    .odp, positions in a table's rows, h1-h3 sections of a saved web page (its navigation and footer left out),
    one survey answer beside its question, bullets under an executive summary, "Q:" / "A:" interview notes."""
    corpus = ROOT / "eval" / "heldout4" / "corpus"

    def read(name: str):
        return reader_for(corpus / name).read(corpus / name).passages

    labels = {p.location.label for p in read("position_bulgarian_workers_unions.odt")}
    assert {"section 3.1 Time to learn", "section 3.5 No substitute for qualifications"} <= labels
    slides = read("rectors_conference_hungary.odp")
    assert any(p.location.label == "slide 4 notes" and "must be proctored" in p.text for p in slides)
    assert any(p.location.label == "slide 4" and "Identity checked at the start" in p.text for p in slides)
    table = [p for p in read("positions_libya_ministry_of_labour.docx") if "table 1" in p.location.label]
    assert table and "Accreditation of training centres | The accreditation" in table[0].text
    page = read("luxembourg_credentials_forum_page.html")
    assert any(p.location.label == "section 2.3 Expiry" for p in page)
    assert not any("Publications" in p.text or "Legal notice" in p.text for p in page)
    survey = read("survey_export_northern_israel_employers.csv")
    assert any("Question no.: 3" in p.text and "Answer: We oppose a legal obligation" in p.text for p in survey)
    summary = " ".join(p.text for p in read("youth_network_slovakia.txt"))
    assert "EXECUTIVE SUMMARY" in summary and "* Learners may take the final test online" in summary
    notes = " ".join(p.text for p in read("interview_notes_gozo_development_agency.md"))
    assert "Q: What do learners pay?" in notes and "A: Nothing at the moment." in notes
    letter = read("proposals_turkmen_teachers_association.docx")
    assert any(p.location.label == "section 1 Our proposals" and "expiry date" in p.text for p in letter)
