"""Footnotes at a PDF page's foot (smaller type under a short rule) are passages of their own, never part of the
body's last paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.readers.pdf import PdfReader

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


def notes_pdf(path: Path, raised: bool, pages: int = 1, marks: bool = True) -> Path:
    """Body text in 10 points, a short rule, then the notes in 8 points; a note's mark set raised in small type
    or on the note's baseline; a page number under the notes."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in range(pages):
        c.setFont("Helvetica", 10)
        for k, line in enumerate(BODY):
            c.drawString(72, 760 - 13 * k, line)
        c.line(72, 120, 180, 120)
        y = 108
        for mark, lines in NOTES:
            for k, line in enumerate(lines):
                if k == 0 and marks:
                    c.setFont("Helvetica", 5 if raised else 8)
                    c.drawString(72, y + (3 if raised else 0), mark)
                c.setFont("Helvetica", 8)
                c.drawString(80, y, line)
                y -= 10
        c.drawString(290, 40, str(page + 1))
        c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("raised", [False, True], ids=["on-baseline", "raised"])
def test_footnotes_are_passages_of_their_own_on_their_page(tmp_path: Path, raised: bool) -> None:
    passages = PdfReader().read(notes_pdf(tmp_path / "brief.pdf", raised, pages=2)).passages
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
