"""The fifth held-out set's own checks (eval/heldout5/): what its README promises beyond the checks every
set shares (tests/eval/test_heldout_set.py)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from ingest.readers import reader_for
from tests.eval.test_heldout_set import ROOT, _header_spellings, _norm, _read_sheet


@pytest.mark.unit
def test_the_fifth_sets_built_files_are_what_its_build_script_makes():
    """Rebuilding eval/heldout5's Word, PowerPoint, RTF and Excel files, its metadata sheet and the PDF's source
    .docx gives the committed bytes; the PDF itself is LibreOffice's and is not rebuilt here."""
    build = importlib.import_module("eval.heldout5.build")
    for spec, make, folder in build.BUILDS:
        assert make(spec) == (folder / spec["file"]).read_bytes(), spec["file"]


@pytest.mark.unit
def test_the_fifth_sets_pdf_is_its_source_on_three_pages_with_a_running_footer():
    """The committed PDF holds the words of the .docx it was converted from, on three pages, each printed with
    the centre's running footer and its page number, which the reader leaves out."""
    from pypdf import PdfReader

    from eval.heldout5.build import SRC
    from eval.heldout5.contributions import SWISS_INPUT

    norm = _norm()
    pdf = ROOT / "eval" / "heldout5" / "corpus" / (Path(SWISS_INPUT["file"]).stem + ".pdf")
    passages = reader_for(pdf).read(pdf).passages
    assert {p.location.page for p in passages} == {1, 2, 3}
    text = norm(" ".join(p.text for p in passages))
    source = SRC / SWISS_INPUT["file"]
    for passage in reader_for(source).read(source).passages:
        assert norm(passage.text) in text, passage.text[:80]
    for page, raw in enumerate(PdfReader(pdf).pages, start=1):
        printed = norm(raw.extract_text())
        assert f"page {page}" in printed and "input to the guideline team" in printed
        on_page = norm(" ".join(p.text for p in passages if p.location.page == page))
        assert "input to the guideline team" not in on_page


@pytest.mark.unit
def test_the_fifth_sets_metadata_sheet_is_kept_by_hand_as_its_readme_says():
    """metadata.xlsx: a title row and a blank row above the header, header spellings no earlier sheet uses,
    countries written as ISO codes or in their own language and read as English names."""
    from openpyxl import load_workbook

    path = ROOT / "eval" / "heldout5" / "corpus" / "metadata.xlsx"
    book = load_workbook(path, read_only=True)
    rows = [r for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    assert rows[0][0] and not any(rows[0][1:]) and not any(rows[1])
    header = [h for h in rows[2] if h]
    assert len(header) == 10
    earlier = _header_spellings(["heldout", "heldout2", "heldout3", "heldout4"])
    assert not {h.casefold() for h in header} & earlier
    written = {row[5] for row in rows[3:]}
    assert {"CY", "IS", "GB", "Norge", "Schweiz", "Hrvatska"} <= written
    read = {row["country"] for row in _read_sheet(path).values()}
    assert {"Cyprus", "Iceland", "United Kingdom", "Norway", "Switzerland", "Croatia"} <= read


@pytest.mark.unit
def test_the_fifth_sets_layouts_are_the_ones_its_readme_promises():
    """What makes the fifth set differ survives the readers: two levels of numbered headings and a table of
    recommendations in the .docx, reasoning in the speaker notes, an RTF statement, answers beside their
    questions on the workbook's second sheet, named turns in the minutes, numbered recommendations in Markdown,
    a web page's sections without its navigation and footer, an e-mail's paragraphs."""
    corpus = ROOT / "eval" / "heldout5" / "corpus"

    def read(name: str):
        return reader_for(corpus / name).read(corpus / name).passages

    paper = read("rectors_council_cyprus_recommendations.docx")
    assert any(p.location.label == "section 2.2 The qualifications framework" for p in paper)
    assert any("table 1" in p.location.label and "No. | Recommendation | Addressed to" in p.text for p in paper)
    slides = read("badge_platform_iceland.pptx")
    assert any(p.location.label == "slide 3 notes" and "outsource the issuing" in p.text for p in slides)
    assert any(p.location.label == "slide 3" and "Outsourcing is fine" in p.text for p in slides)
    assert "no private business in between" in " ".join(
        p.text for p in read("statement_norwegian_vocational_teachers.rtf")
    )
    answers = read("consultation_answers_syrian_employers.xlsx")
    assert any(
        p.location.label.startswith("sheet Answers") and "Question: How should micro-credentials be financed?" in p.text
        and "Answer: The chamber rejects" in p.text
        for p in answers
    )  # fmt: skip
    turns = {p.text.split(":")[0] for p in read("workshop_minutes_welsh_apprenticeships.txt")}
    assert {"Ms Hughes (chair)", "Mr Pryce (Valleys Apprenticeship Agency)", "Ms Adeyemi (observer)"} <= turns
    notes = read("adult_learners_network_italy.md")
    assert any(p.location.label == "section 3 Recommendations" and "2. A micro-credential" in p.text for p in notes)
    page = read("specialist_nurses_estonia.html")
    assert any(p.location.label == "section 2.4 Credentials from abroad" for p in page)
    assert not any("Legal notice" in p.text or "About us" in p.text for p in page)
    mail = read("email_split_dalmatia_county.eml")
    assert any(p.text.startswith("First, every micro-credential must be placed") for p in mail)
