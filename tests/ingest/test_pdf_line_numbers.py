"""A paper printed with line numbers in its left margin: the numbers are dropped, the printed lines joined into
paragraphs, the page number kept apart; a table's column of row numbers stays (ingest/readers/pdf_line_numbers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.readers.pdf import PdfReader

pytestmark = pytest.mark.unit

LINES = [
    ("Community gardens in the city", 16),
    ("1. Why gardens matter", 12),
    ("The city counts 48 community gardens, tended by about 2,300 neighbours who grow", 10),
    ("vegetables, herbs and flowers on land the council lends them for a small rent.", 10),
    ("Every district should keep at least one plot of public land for a garden, even", 10),
    ("where a developer offers to buy it.", 10),
    ("2. Water", 12),
    ("Gardens should be allowed to collect rain from the roofs of the buildings next to", 10),
    ("them, since tap water is the largest cost most of them carry.", 10),
    ("3. Schools", 12),
    ("Twelve primary schools send a class to a garden once a week from April to June.", 10),
    ("The children sow, water and harvest, and take part of the harvest home with them.", 10),
    ("Each school near a garden should have a standing agreement with it, so that the", 10),
    ("visits do not depend on one teacher who knows one gardener.", 10),
    ("4. Tools", 12),
    ("Most gardens share a shed of tools, bought with small grants of 200 to 500 euros.", 10),
    ("Theft is rare; rust is not. A shared repair day each autumn keeps the tools in use", 10),
    ("for years longer than a new set bought every spring.", 10),
    ("5. Compost", 12),
    ("Gardens collect about 60 tonnes of kitchen waste a year from the flats around them.", 10),
    ("The council should count that compost towards the district's recycling figures,", 10),
    ("which would give the gardens a share of the recycling budget.", 10),
    ("6. Contact", 12),
    ("Please write to the gardens' forum for any question on this paper; its volunteers", 10),
    ("answer within a week.", 10),
]


def _paper(path: Path, every: int = 1, table: bool = False) -> Path:
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 780.0
    for n, (text, size) in enumerate(LINES, start=1):
        if n % every == 0 or every == 1:
            page.setFont("Helvetica", 7)
            page.drawRightString(60, y, str(n))
        page.setFont("Helvetica-Bold" if size > 10 else "Helvetica", size)
        page.drawString(72, y, text)
        y -= size + 10 if size > 10 else 14
    if table:
        for k, (plot, crop) in enumerate([("North", "beans"), ("River", "kale"), ("Mill", "leeks")], start=1):
            y -= 14
            page.setFont("Helvetica", 10)
            page.drawString(72, y, str(k))
            page.drawString(110, y, plot)
            page.drawString(220, y, crop)
    page.setFont("Helvetica", 9)
    page.drawCentredString(297, 40, "3")
    page.save()
    return path


def _text(path: Path) -> str:
    return "\n".join(p.text for p in PdfReader().read(path).passages)


def test_margin_numbers_on_every_line_are_dropped_and_the_lines_joined(tmp_path):
    text = _text(_paper(tmp_path / "gardens.pdf"))
    assert "every district should keep at least one plot of public land for a garden, even where" in text.lower()
    assert "1. Why gardens matter" in text and "2. 1." not in text and "2. Why" not in text
    assert not text.rstrip().endswith("3") and "rent. 5" not in text


def test_numbers_beside_every_fifth_line_are_dropped_too(tmp_path):
    text = _text(_paper(tmp_path / "gardens.pdf", every=5))
    assert "5. Every district" not in text and "Every district should keep" in text
    assert "the buildings next to them" in text


def test_a_table_of_numbered_rows_keeps_its_numbers(tmp_path):
    text = _text(_paper(tmp_path / "gardens.pdf", table=True))
    assert "rent. Every district should keep" in text and "2. 1." not in text  # the margin's numbers still go
    assert "North" in text and any(line.startswith("1") and "North" in line for line in text.split("\n"))
