"""The third held-out set's own checks (eval/heldout3/): what its README promises beyond the checks every
set shares (tests/eval/test_heldout_set.py)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from ingest.readers import reader_for
from tests.eval.test_heldout_set import ROOT, _norm


@pytest.mark.unit
def test_the_third_sets_built_files_are_what_its_build_script_makes():
    """Rebuilding eval/heldout3's RTF, Office and Excel files (and the PDF's source .docx) gives the committed
    bytes; the PDF itself is LibreOffice's, stamped with the time of conversion, and is not rebuilt here."""
    build = importlib.import_module("eval.heldout3.build")
    for spec, make, folder in build.BUILDS:
        assert make(spec) == (folder / spec["file"]).read_bytes(), spec["file"]


@pytest.mark.unit
def test_the_third_sets_pdf_is_its_source_on_two_pages_with_header_and_page_numbers():
    """The committed PDF holds the words of the .docx it was converted from, on two pages, each with the
    running header and its page number, which the reader leaves out."""
    from eval.heldout3.build import SRC
    from eval.heldout3.contributions import CROATIA_BRIEF

    norm = _norm()
    pdf = ROOT / "eval" / "heldout3" / "corpus" / (Path(CROATIA_BRIEF["file"]).stem + ".pdf")
    passages = reader_for(pdf).read(pdf).passages
    pages = {p.location.page for p in passages}
    assert pages == {1, 2}
    text = norm(" ".join(p.text for p in passages))
    source = SRC / CROATIA_BRIEF["file"]
    for passage in reader_for(source).read(source).passages:
        assert norm(passage.text) in text, passage.text[:80]
    from pypdf import PdfReader

    for page, raw in enumerate(PdfReader(pdf).pages, start=1):
        # the file has its running header and page number on each page; the reader leaves them out as furniture
        printed = norm(raw.extract_text())
        assert f"page {page}" in printed
        assert norm("Croatian Agency for Adult Learning Accreditation") in printed
        on_page = norm(" ".join(p.text for p in passages if p.location.page == page))
        assert f"page {page}" not in on_page


@pytest.mark.unit
def test_the_third_sets_layouts_are_the_ones_its_readme_promises():
    """What makes the third set differ from the others survives the readers: footnotes and numbered headings,
    a table on a slide, answers in cells beside their questions, quoted mail left out, speaker turns."""
    corpus = ROOT / "eval" / "heldout3" / "corpus"

    def read(name: str):
        return reader_for(corpus / name).read(corpus / name)

    word = read("input_sarajevo_recognition_office.docx").passages
    assert any(p.location.label.startswith("section 4.1 Verification, footnote") for p in word)
    assert any("Note: the figures above" in p.text for p in word)
    slides = read("slides_dija_online_academy.pptx").passages
    assert any(p.location.label == "slide 3" and "Bookkeeping basics | 2,940" in p.text for p in slides)
    answers = read("consultation_response_north_jutland.xlsx").passages
    assert any(
        "Question: 4. What should happen" in p.text and "Answer: Jobseekers should keep" in p.text for p in answers
    )
    # the invitation quoted under the signature is the guideline team's text, not the student union's
    # (the reader cuts it out as an earlier message with its author; ingest keeps the contributor's, as here)
    from ingest.forwards import own_forwards
    from ingest.metadata_sheet import read_metadata_xlsx

    row = read_metadata_xlsx(corpus / "metadata.xlsx")["email_latvian_student_councils.eml"]
    result = read("email_latvian_student_councils.eml")
    mail, _ = own_forwards(
        result.passages, row.get("contributor", ""), row.get("organisation", ""), result.properties.author
    )
    assert any("Students must receive" in p.text for p in mail)
    assert not any("we are preparing guidelines" in p.text or "www." in p.text for p in mail)
    turns = [p.text.split(":")[0] for p in read("hearing_algeria_construction_skills.txt").passages]
    assert {"Chair", "Ms Boumediene"} <= set(turns)
    assert read("letter_chamber_toulouse.rtf").passages
