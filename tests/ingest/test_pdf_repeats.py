"""A deck's navigation bar and footer repeated on every page are left out wherever they sit
(ingest.readers.pdf_repeats)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import landscape
from reportlab.pdfgen import canvas

from ingest.model import Location, Passage, ReadResult
from ingest.readers.pdf import PdfReader
from ingest.readers.pdf_repeats import drop_repeated_lines

pytestmark = pytest.mark.unit

SECTIONS = ("Intro", "Ports", "Costs", "Records")
SLIDES = (
    ("Who we are", "The harbour school was founded in 1988 and teaches 300 sailors a year."),
    ("Night crossings", "Every crew member should hold a certificate in night navigation."),
    ("Costs", "The state should pay for the first course of every deckhand."),
    ("Records", "Certificates should be kept in the national register for ten years."),
)


def _deck(path: Path) -> Path:
    width, height = landscape((96 * 2.835, 128 * 2.835))
    pdf = canvas.Canvas(str(path), pagesize=(width, height), invariant=1)
    for n, (title, bullet) in enumerate(SLIDES, 1):
        pdf.setFont("Helvetica", 6)
        for k, name in enumerate(SECTIONS):  # the bar, one name beside the other, in small type
            pdf.drawString(10 + k * 60, height - 10, name)
        pdf.setFont("Helvetica-Bold", 14)
        pdf.drawString(20, height - 45, title)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(20, height - 80, bullet)
        pdf.setFont("Helvetica", 6)
        pdf.drawString(10, 8, "Sara Lind")
        pdf.drawString(width / 2 - 20, 8, "Harbour school")
        pdf.drawString(width - 30, 8, f"{n} / {len(SLIDES)}")
        pdf.showPage()
    pdf.save()
    return path


def test_a_decks_bar_and_footer_are_left_out(tmp_path: Path) -> None:
    result = PdfReader().read(_deck(tmp_path / "deck.pdf"))
    text = "\n".join(p.text for p in result.passages)
    for _, bullet in SLIDES:
        assert bullet in text
    lines = {" ".join(x.split()) for p in result.passages for x in p.text.split("\n")}
    assert not lines & {*SECTIONS, "Sara Lind", "Harbour school"}


def _result(*pages: str) -> ReadResult:
    return ReadResult(tuple(Passage(t, Location(f"page {k}", page=k)) for k, t in enumerate(pages, 1)))


def test_a_line_on_most_pages_goes_and_one_on_a_few_stays() -> None:
    result = drop_repeated_lines(
        _result(
            "Our view\nShort courses should be free.",
            "Our view\nThe state should pay.",
            "Our view\nCertificates should be digital.",
            "Our view\nQuestions?",
            "Questions?\nThank you.",
        )
    )
    texts = [p.text for p in result.passages]
    assert texts[0] == "Short courses should be free." and "Questions?" in texts[3]
    assert any("repeated on nearly every page" in w for w in result.warnings)


def test_two_pages_keep_every_line() -> None:
    result = drop_repeated_lines(_result("Our view\nA.", "Our view\nB."))
    assert [p.text for p in result.passages] == ["Our view\nA.", "Our view\nB."]
