"""A report's key-figures box in a PDF: a passage of its own, each figure on one line with its label."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.readers.pdf import PdfReader

pytestmark = pytest.mark.unit

TEXT = [
    "Our centre trained adults in three towns this year and opened a new",
    "workshop for welders in the spring, with two evening groups.",
    "Short courses should always end with a practical test that an outside",
    "assessor watches, so that employers can trust what the certificate says.",
]
FIGURES = [("1,250", "learners"), ("38", "short courses offered"), ("87 %", "completion rate"), ("EUR 40", "fee")]


def _report(path: Path, figures: list[tuple[str, str]], figure_size: float = 15) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(60, height - 70, "1 The year")
    pdf.setFont("Helvetica", 10.5)
    for k, line in enumerate(TEXT):
        pdf.drawString(60, height - 100 - 14 * k, line)
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(width - 200, height - 100, "At a glance")
    y = height - 130
    for figure, label in figures:
        pdf.setFont("Helvetica-Bold", figure_size)
        pdf.drawString(width - 200, y, figure)
        pdf.setFont("Helvetica", 8.5)
        pdf.drawString(width - 200, y - 12, label)
        y -= 36
    pdf.save()
    return path


def test_a_key_figures_box_is_its_own_passage_each_figure_with_its_label(tmp_path: Path) -> None:
    passages = PdfReader().read(_report(tmp_path / "report.pdf", FIGURES)).passages
    box = [p for p in passages if "At a glance" in p.text]
    assert len(box) == 1
    assert box[0].text.split("\n") == [
        "At a glance",
        "1,250 learners",
        "38 short courses offered",
        "87 % completion rate",
        "EUR 40 fee",
    ]
    text = next(p.text for p in passages if "practical test" in p.text)
    assert "learners" not in text and "1,250" not in text


def test_two_figures_make_no_box(tmp_path: Path) -> None:
    passages = PdfReader().read(_report(tmp_path / "report.pdf", FIGURES[:2])).passages
    assert not any(p.text.startswith("At a glance") for p in passages)


def test_figures_in_the_type_of_their_labels_are_no_box(tmp_path: Path) -> None:
    # a table's or a table of contents' numbers are set like their text: they stay where they are
    passages = PdfReader().read(_report(tmp_path / "report.pdf", FIGURES, figure_size=8.5)).passages
    assert not any(line == "1,250 learners" for p in passages for line in p.text.split("\n"))
