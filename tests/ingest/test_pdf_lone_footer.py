"""A one-page PDF's footer (the publisher's name over the page number, in small type at the bottom) is the
publisher's, not a passage of the writer's (ingest.readers.pdf_furniture)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.readers.pdf import PdfReader

pytestmark = pytest.mark.unit

BODY = [
    "Short courses for adults should end with an assessment of what was learnt,",
    "and the assessment should be done by someone other than the teacher.",
]


def _one_page(path: Path, footer: list[str]) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for k, line in enumerate(footer):  # drawn first, as templates often draw it
        c.setFont("Helvetica", 7)
        c.drawString(72, 40 - 10 * k, line)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 780, "Assessment of short courses")
    c.setFont("Helvetica", 10)
    for k, line in enumerate(BODY):
        c.drawString(72, 750 - 14 * k, line)
    c.save()
    return path


def _text(path: Path) -> str:
    return "\n".join(p.text for p in PdfReader().read(path).passages)


def test_the_footer_over_the_page_number_is_left_out(tmp_path: Path) -> None:
    text = _text(_one_page(tmp_path / "note.pdf", ["Limestone Institute for Adult Learning", "1"]))
    assert "someone other than the teacher" in text and "Limestone Institute" not in text


def test_small_type_at_the_bottom_without_the_page_number_stays(tmp_path: Path) -> None:
    text = _text(_one_page(tmp_path / "note.pdf", ["Limestone Institute for Adult Learning"]))
    assert "Limestone Institute" in text
