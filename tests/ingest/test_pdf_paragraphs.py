"""PDF paragraphs: a paragraph set under a list or below space is never joined to the line above it."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.readers.pdf import PdfReader

pytestmark = pytest.mark.unit

LEAD = "The guideline team asked us for recommendations; these are ours, in the order of their weight:"
ITEMS = [
    ["Providers should publish the workload of every course in hours and in credits so", "that learners and "
     "employers can compare the offers of different providers fairly."],
    ["Registers should list only courses that passed an external quality review before", "enrolment opened, "
     "and they should say which body carried out that quality review."],
]  # fmt: skip
PARAGRAPH = [
    "We also think that the national register should say which body reviewed each course and",
    "when, so that a learner can check it before enrolling in any of the listed courses there.",
]


def joined(lines: list[str]) -> str:
    return " ".join(lines)


def listed_pdf(path: Path, mark_apart: bool, gap: float, indent: float = 0) -> Path:
    """A lead line, two wrapped bullet items (text at an indent right of the mark, the marks ``indent`` points
    right of the margin) and a paragraph at the left margin ``gap`` points lower than the line spacing (0: straight
    under the last item)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    y = 760.0
    c.drawString(72, y, LEAD)
    for item in ITEMS:
        y -= 12
        if mark_apart:
            c.drawString(72 + indent, y, "\u2022")
            c.drawString(90 + indent, y, item[0])
        else:
            c.drawString(72 + indent, y, f"\u2022 {item[0]}")
        c.drawString((90 if mark_apart else 80) + indent, y - 12, item[1])
        y -= 12
    y -= 12 + gap
    for line in PARAGRAPH:
        c.drawString(72, y, line)
        y -= 12
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize(
    ("mark_apart", "gap", "indent"),
    [(True, 0, 0), (False, 0, 0), (True, 8, 0), (False, 8, 0), (True, 0, 18), (False, 0, 18)],
    ids=["apart", "same-run", "apart-gap", "gap", "indented-apart", "indented-same-run"],
)
def test_a_paragraph_under_a_list_is_not_glued_to_its_last_item(
    tmp_path: Path, mark_apart: bool, gap: float, indent: float
) -> None:
    (passage,) = PdfReader().read(listed_pdf(tmp_path / "asks.pdf", mark_apart, gap, indent)).passages
    paragraphs = [line for line in passage.text.split("\n") if line]
    assert paragraphs == [LEAD, *(f"• {joined(item)}" for item in ITEMS), joined(PARAGRAPH)]


def test_an_item_wrapped_under_its_mark_ends_only_at_space_below_it(tmp_path: Path) -> None:
    """Without a text indent a wrapped line and a paragraph both start at the mark's edge: only space tells them."""
    c = canvas.Canvas(str(tmp_path / "flat.pdf"), pagesize=A4)
    c.setFont("Helvetica", 10)
    lines = [f"\u2022 {ITEMS[0][0]}", ITEMS[0][1], f"\u2022 {ITEMS[1][0]}", ITEMS[1][1]]
    for k, line in enumerate(lines):
        c.drawString(72, 760 - 12 * k, line)
    for k, line in enumerate(PARAGRAPH):
        c.drawString(72, 706 - 12 * k, line)
    c.showPage()
    c.save()
    (passage,) = PdfReader().read(tmp_path / "flat.pdf").passages
    assert passage.text.split("\n") == [*(f"• {joined(item)}" for item in ITEMS), joined(PARAGRAPH)]


def test_a_platypus_list_and_the_paragraph_after_it(tmp_path: Path) -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate

    body = getSampleStyleSheet()["BodyText"]
    items = [joined(item) for item in ITEMS]
    story = [
        Paragraph(LEAD, body),
        ListFlowable([ListItem(Paragraph(text, body)) for text in items], bulletType="bullet"),
        Paragraph(joined(PARAGRAPH), body),
    ]
    SimpleDocTemplate(str(tmp_path / "asks.pdf"), pagesize=A4).build(story)
    (passage,) = PdfReader().read(tmp_path / "asks.pdf").passages
    assert [line for line in passage.text.split("\n") if line] == [LEAD, *(f"• {t}" for t in items), joined(PARAGRAPH)]
