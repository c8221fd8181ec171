"""A policy brief laid out as a DTP tool lays one out: a masthead with its footer drawn first, two columns, a pull
quote in large type repeating a sentence of the text, a box of figures set smaller among the paragraphs. The pull
quote is no heading, the box is no part of the paragraph before it, the footer no part of the title's passage."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.readers.pdf import PdfReader

pytestmark = pytest.mark.unit

INTRO = [
    "Regions have offered evening courses for adults",
    "for decades, and many thousands of places are",
    "taken every year by people in work.",
]
SIZE = [
    "No short course should be longer than eight",
    "weeks of evening study. A longer course is a",
    "programme of its own and should be named so.",
]
BOX = ["In figures", "14 colleges", "2,300 learners in 2025"]
PAY = [
    "The regional fund should pay the assessment",
    "fee, so that no learner is turned away for lack",
    "of money.",
]


def brief(path: Path, quote: str) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(48, 760, "Short courses that count")
    c.setFont("Helvetica", 8)  # the template's footer, drawn with the masthead
    c.drawString(48, 36, "harbourpolicy.example")
    c.drawString(540, 36, "1")
    y = 700

    def heading(text: str, x: float, y: float) -> float:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x, y, text)
        return y - 18

    def lines(texts: list[str], x: float, y: float, size: float = 10, step: float = 13) -> float:
        c.setFont("Helvetica", size)
        for line in texts:
            c.drawString(x, y, line)
            y -= step
        return y

    y = lines(INTRO, 48, heading("Why it matters", 48, y)) - 8
    y = lines(BOX, 56, y, size=8.5, step=17) - 20
    y = lines(SIZE, 48, heading("Keep them short", 48, y)) - 24
    c.setFont("Helvetica-Oblique", 15)
    for k, line in enumerate(quote.split("|")):
        c.drawString(48, y - 19 * k, line)
    y -= 19 * len(quote.split("|")) + 20
    lines(PAY, 300, heading("Who pays", 300, 700))
    c.showPage()
    c.save()
    return path


def test_a_pull_quote_is_no_heading_and_the_box_and_footer_stand_apart(tmp_path: Path) -> None:
    quote = "“A longer course is a|programme of its own.”"
    passages = PdfReader().read(brief(tmp_path / "brief.pdf", quote)).passages
    paths = {p.location.section_path[-1] for p in passages if p.location.section_path}
    assert not any("programme of its own." in path for path in paths)
    assert not any("“" in p.text for p in passages)
    assert "Who pays" in paths
    intro = next(p.text for p in passages if p.text.startswith("Why it matters"))
    assert " ".join(INTRO) + "\nIn figures" in intro  # the box opens a paragraph of its own
    title = next(p.text for p in passages if p.text.startswith("Short courses that count"))
    assert "harbourpolicy.example" not in title
    # the one page's footer (the site's address beside the page number) is the publisher's: no passage at all
    assert not any("harbourpolicy.example" in p.text for p in passages)


def test_a_quoted_heading_that_repeats_nothing_stays_a_heading(tmp_path: Path) -> None:
    quote = "“Learning that fits|around a working week”"
    passages = PdfReader().read(brief(tmp_path / "brief.pdf", quote)).passages
    assert any("“Learning that fits around a working week”" in p.location.section_path for p in passages)
