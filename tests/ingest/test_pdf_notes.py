"""Footnotes at a PDF page's foot (smaller type under a short rule) are passages of their own, never part of the
body's last paragraph."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.readers.pdf import PdfReader
from tests.ingest.two_column_pdf import NOTE, paragraphs, report_pdf

pytestmark = pytest.mark.unit

BODY = [
    "Providers in rural districts lack assessors, and the ministry should fund a pool of trained",
    "assessors shared between colleges so that small providers can still offer credentials to",
    "learners who cannot travel to the capital for an examination.",
]
NOTES = [
    ("1", ["Survey of 214 providers by the national agency, spring 2024; of them", "12 per cent run courses abroad."]),
    ("2", ["Ministerial order of 3 May 2023 on the assessment of short courses."]),
]


def notes_pdf(
    path: Path, raised: bool, pages: int = 1, marks: bool = True, sizes: tuple[float, float] = (10, 8)
) -> Path:
    """Body text in ``sizes[0]`` points, a short rule, then the notes in ``sizes[1]`` points; a note's mark set
    raised in small type or on the note's baseline; a page number under the notes."""
    body_size, note_size = sizes
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in range(pages):
        c.setFont("Helvetica", body_size)
        for k, line in enumerate(BODY):
            c.drawString(72, 760 - 13 * k, line)
        c.line(72, 120, 180, 120)
        y = 108
        for mark, lines in NOTES:
            for k, line in enumerate(lines):
                if k == 0 and marks:
                    c.setFont("Helvetica", 5 if raised else note_size)
                    c.drawString(72, y + (3 if raised else 0), mark)
                c.setFont("Helvetica", note_size)
                c.drawString(80, y, line)
                y -= 10
        c.drawString(290, 40, str(page + 1))
        c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("sizes", [(10, 8), (11, 10)], ids=["10-8pt", "word-11-10pt"])
@pytest.mark.parametrize("raised", [False, True], ids=["on-baseline", "raised"])
def test_footnotes_are_passages_of_their_own_on_their_page(
    tmp_path: Path, raised: bool, sizes: tuple[float, float]
) -> None:
    passages = PdfReader().read(notes_pdf(tmp_path / "brief.pdf", raised, pages=2, sizes=sizes)).passages
    body, *notes = [(p.location.label, p.location.page, p.text) for p in passages if p.location.page == 2]
    assert body == ("page 2", 2, " ".join(BODY))
    assert notes == [
        ("page 2, footnote 1", 2, " ".join(NOTES[0][1])),  # its second line, opening with "12", is still note 1
        ("page 2, footnote 2", 2, NOTES[1][1][0]),
    ]


def test_a_single_pages_small_print_without_marks_stays_apart_from_the_body(tmp_path: Path) -> None:
    (passage,) = PdfReader().read(notes_pdf(tmp_path / "letter.pdf", False, marks=False)).passages
    body, small, *_ = passage.text.split("\n")
    assert body == " ".join(BODY)
    assert small.startswith("Survey of 214 providers")


def test_a_page_in_one_size_has_no_footnotes(tmp_path: Path) -> None:
    c = canvas.Canvas(str(tmp_path / "plain.pdf"), pagesize=A4)
    c.setFont("Helvetica", 10)
    lines = [*BODY, "1 Survey of 214 providers by the national agency, spring 2024."]
    for k, line in enumerate(lines):
        c.drawString(72, 760 - 13 * k, line)
    c.showPage()
    c.save()
    passages = PdfReader().read(tmp_path / "plain.pdf").passages
    assert [p.location.label for p in passages] == ["page 1"]


FLAT_ODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>
<text:p>{body}<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation>
<text:note-body><text:p>{note}</text:p></text:note-body></text:note></text:p>
</office:text></office:body></office:document>"""


@pytest.mark.integration
@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed; .ci/run installs it"
)
def test_a_footnote_printed_to_pdf_by_libreoffice_is_its_own_passage(tmp_path: Path) -> None:
    body, note = " ".join(BODY), " ".join(NOTES[0][1])
    (tmp_path / "brief.fodt").write_text(FLAT_ODT.format(body=body, note=note), encoding="utf-8")
    subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "brief.fodt")],
        check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    passages = PdfReader().read(tmp_path / "brief.pdf").passages
    assert [(p.location.label, p.text) for p in passages] == [("page 1", body), ("page 1, footnote 1", note)]


@pytest.mark.parametrize("header_last", [False, True], ids=["drawn-before-the-columns", "drawn-after-them"])
@pytest.mark.parametrize("note", ["full", "right", "left"], ids=["under-both-columns", "under-right", "under-left"])
def test_a_footnote_under_two_columns_is_its_own_passage_and_its_mark_leaves_the_body(
    tmp_path: Path, note: str, header_last: bool
) -> None:
    """Wherever the writer draws the page's foot in the text's order, the note under the columns (full width or
    under one column) is a passage of its own, and the raised mark after "observatory." is in no sentence."""
    passages = PdfReader().read(report_pdf(tmp_path / "report.pdf", 24, header_last, note)).passages
    assert [(p.location.label, p.text) for p in passages if "footnote" in p.location.label] == [
        ("page 1, footnote 1", NOTE)
    ]
    body = " ".join(p.text for p in passages if "footnote" not in p.location.label)
    assert " ".join(body.split()) == " ".join(paragraphs(24))  # "the observatory. Most", never "observatory.1"


def test_small_print_at_the_start_of_the_text_under_the_body_is_a_paragraph_apart(tmp_path: Path) -> None:
    """A foot without a mark, drawn before the body in smaller type: it stays on the page, never joined to the body,
    a passage of its own as a foot drawn last is (pdf_foot)."""
    c = canvas.Canvas(str(tmp_path / "letter.pdf"), pagesize=A4)
    c.setFont("Helvetica", 8)
    c.drawString(72, 80, "Danube Skills Observatory, 12 Quay Street, 1010 Vienna, office@danube-skills.example")
    c.setFont("Helvetica", 10)
    for k, line in enumerate(BODY):
        c.drawString(72, 760 - 13 * k, line)
    c.showPage()
    c.save()
    passages = PdfReader().read(tmp_path / "letter.pdf").passages
    assert [p.text for p in passages] == [
        " ".join(BODY),
        "Danube Skills Observatory, 12 Quay Street, 1010 Vienna, office@danube-skills.example",
    ]
