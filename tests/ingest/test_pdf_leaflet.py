"""A tri-fold leaflet: an A4 sheet in landscape, three narrow panels a side, as a DTP tool sets one. Each panel's
wrapped lines are rejoined into its paragraphs though they are short, its address lines stay lines, and a cover's
title set in two blocks of large type opens a passage of its own instead of running on from the panel before it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from ingest.readers.pdf import PdfReader
from ingest.readers.text import unwrap

pytestmark = pytest.mark.unit

MEMBERS = (
    "The Coastal Ferry Crews' Association was set up in 1981 and now counts 1,300 deckhands and engineers on "
    "fourteen routes, most of them on seasonal contracts."
)
PAY = (
    "A deckhand who must renew a safety ticket should never pay for the refresher course out of her own wages; "
    "the operator has to carry the whole cost, travel included."
)
ADDRESS = ["Coastal Ferry Crews' Association", "7 Harbour Row, Port Elmo", "Training officer: Dana Ferreira"]
OUTSIDE = [
    [("h", "Who we are"), MEMBERS],
    [("h", "Contact"), *ADDRESS],
    [("t", "SAFETY AT SEA, ONE SHORT COURSE AT A TIME"), ("t", "What crews need"), "Our answer, April 2026"],
]
INSIDE = [[("h", "Who pays?"), PAY]]


def leaflet(path: Path) -> Path:
    """Panels of 12-point type about 35 characters wide, headings in larger type, the cover's title lower down."""
    width, height = landscape(A4)
    panel = width / 3
    styles = {
        "": ParagraphStyle("body", fontName="Helvetica", fontSize=12, leading=16),
        "h": ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=16, leading=20),
        "t": ParagraphStyle("cover", fontName="Helvetica-Bold", fontSize=20, leading=25, alignment=1),
    }
    pdf = Canvas(str(path), pagesize=(width, height))
    for side in (OUTSIDE, INSIDE):
        for number, blocks in enumerate(side):
            y = height - (200 if blocks[0][0] == "t" else 60)
            for block in blocks:
                kind, text = ("", block) if isinstance(block, str) else block
                para = Paragraph(text, styles[kind])
                _, used = para.wrap(panel - 80, y)
                para.drawOn(pdf, number * panel + 40, y - used)
                y -= used + 12
        pdf.showPage()
    pdf.save()
    return path


def test_a_leaflets_panels_are_rejoined_and_its_cover_is_a_passage_of_its_own(tmp_path: Path) -> None:
    passages = PdfReader().read(leaflet(tmp_path / "leaflet.pdf")).passages
    texts = {p.location.section: p.text for p in passages}
    assert texts["Who we are"] == f"Who we are\n\n{MEMBERS}"
    assert texts["Who pays?"] == f"Who pays?\n\n{PAY}"
    assert texts["Contact"] == "Contact\n\n" + "\n".join(ADDRESS)  # an address keeps its lines
    assert not any(
        "What crews need" in p.text or "SAFETY" in p.text for p in passages if p.location.section == "Contact"
    )
    assert "What crews need" in texts and "Our answer, April 2026" in texts["What crews need"]


def test_short_lines_that_are_no_prose_keep_their_breaks() -> None:
    # a narrow block is rejoined only when its breaks fall inside sentences: a list of names or an address is not
    names = "Dana Ferreira, chair\nTomas Lind, treasurer\nAna Sousa, secretary"
    assert unwrap(names, by_width=True) == names
    address = "\n".join(ADDRESS)
    assert unwrap(address, by_width=True) == address
    prose = "Crews should be paid for the\nhours they spend on courses, and\nthe operator should say so."
    assert unwrap(prose, by_width=True) == " ".join(prose.split("\n"))


BOARD = [
    "Our board asks that every provider with an audited quality system may offer short courses without asking "
    "for approval of each one.",
    "Each certificate should name what the learner can do, the hours of study and how the learning was assessed.",
]


def newsletter(path: Path) -> Path:
    """A bulletin laid out as a DTP tool does: a masthead across an A5 page, then two text frames side by side."""
    from reportlab.lib.pagesizes import A5
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate

    width, height = A5
    half = (width - 72) / 2
    doc = BaseDocTemplate(str(path), pagesize=A5)
    frames = [
        Frame(36, height - 90, width - 72, 50, id="masthead"),
        Frame(36, 40, half - 6, height - 140, id="left"),
        Frame(42 + half, 40, half - 6, height - 140, id="right"),
    ]
    doc.addPageTemplates([PageTemplate(frames=frames)])
    body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10, leading=12.5, spaceAfter=6)
    masthead = ParagraphStyle("masthead", fontName="Helvetica-Bold", fontSize=20, leading=24)
    heading = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=4)
    story = [Paragraph("Harbour Bulletin", masthead), FrameBreak(), Paragraph("From the board", heading)]
    story += [Paragraph(text, body) for text in BOARD]
    story += [FrameBreak(), Paragraph("News", heading), Paragraph(MEMBERS, body)]
    doc.build(story)
    return path


def test_a_bulletins_narrow_columns_are_read_as_whole_sentences(tmp_path: Path) -> None:
    text = "\n".join(p.text for p in PdfReader().read(newsletter(tmp_path / "bulletin.pdf")).passages)
    for paragraph in [*BOARD, MEMBERS]:
        assert paragraph in text
