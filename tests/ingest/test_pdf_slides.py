"""A deck printed to PDF: each page's opening title is the section of its bullets, even when titles hold most text."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from ingest.readers.pdf import PdfReader
from ingest.readers.pdf_headings import PageLines
from ingest.readers.pdf_slides import slide_titles

SPARSE = [
    ("Our network of vocational schools", ["Twelve schools"]),
    ("Courses we offer today", ["Welding, care"]),
    ("What we ask the ministry for", ["A register entry"]),
    ("Next steps in 2027", ["Pilot"]),
]


@pytest.mark.unit
def test_a_sparse_deck_gets_its_titles_as_sections_and_no_slide_numbers(tmp_path: Path) -> None:
    """Titles in 30 pt over one short bullet in 20 pt hold most of the characters: sizes alone find no heading."""
    width, height = landscape(A4)
    c = canvas.Canvas(str(tmp_path / "deck.pdf"), pagesize=(width, height))
    for n, (title, bullets) in enumerate(SPARSE, start=1):
        c.setFont("Helvetica-Bold", 30)
        c.drawString(50, height - 80, title)
        c.setFont("Helvetica", 20)
        for k, bullet in enumerate(bullets):
            c.drawString(60, height - 160 - 36 * k, "\u2022")
            c.drawString(85, height - 160 - 36 * k, bullet)
        c.setFont("Helvetica", 10)
        c.drawRightString(width - 40, 30, str(n))
        c.showPage()
    c.save()
    passages = PdfReader().read(tmp_path / "deck.pdf").passages
    assert [(p.location.page, p.location.section) for p in passages] == [(n, t) for n, (t, _) in enumerate(SPARSE, 1)]
    assert [p.text for p in passages] == [f"{title}\n\n• {bullets[0]}" for title, bullets in SPARSE]


def _page(number: int, lines: list[tuple[str, float]]) -> PageLines:
    return PageLines(number, "\n".join(t for t, _ in lines), lines=[(t, s) for t, s in lines])


@pytest.mark.unit
def test_pages_that_open_in_body_type_or_only_sometimes_large_are_no_deck() -> None:
    report = [
        _page(1, [("Introduction", 14.0), ("Short courses multiply in the region.", 10.0)]),
        _page(2, [("The register lists courses that passed a review.", 10.0), ("It is public.", 10.0)]),
        _page(3, [("Providers report hours and credits.", 10.0), ("Learners compare.", 10.0)]),
    ]
    assert slide_titles(report) == {}
    deck = [_page(n, [(f"Title {n}", 28.0), ("• a bullet", 18.0)]) for n in (1, 2, 3)]
    assert {key: h.text for key, h in slide_titles(deck).items()} == {
        (0, 0): "Title 1",
        (1, 0): "Title 2",
        (2, 0): "Title 3",
    }
