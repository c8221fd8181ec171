"""A spreadsheet printed to PDF: a landscape table with gridlines over two pages, its header row ("No." first)
repeated on the second, cells that wrap. Every row keeps its table form, and the header heads each page's part of
the table, never a passage of its own (ingest/readers/pdf_lists.py, pdf_tables.py)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

from ingest.readers.pdf import PdfReader

pytestmark = pytest.mark.unit

HEADER = ["No.", "Topic", "Our view", "Why", "Contact"]
ROWS = [
    ["1", "Opening", "Branch libraries should open on Sunday afternoons.", "Families read together at weekends.",
     "L. Berg"],
    ["2", "Lending", "Children should borrow up to twenty books at once without a fee.",
     "Holidays are long and the nearest branch is often far away.", "L. Berg"],
    ["3", "Reading", "Every school class should visit a branch library at least twice a year with its teacher.",
     "Pupils who know the way come back on their own; those who never came rarely start later.", "K. Holm"],
    ["4", "Staff", "Volunteers can help at events but should never replace a trained librarian at the desk.",
     "Questions at the desk need someone who knows the catalogue and the readers.", "K. Holm"],
]  # fmt: skip
LATER = [
    ["5", "Budget", "The book budget should rise with prices every year.", "Prices rose by a tenth.", "L. Berg"],
    ["6", "Contact", "Questions about this sheet go to the readers' council.", "It meets monthly.", "K. Holm"],
]


def _sheet(path: Path) -> Path:
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=10, leading=13)
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    widths = [40, 80, 240, 240, 80]

    def table(rows):
        data = [HEADER] + [[Paragraph(c, cell) for c in row] for row in rows]
        return Table(data, colWidths=widths, style=style)

    def furniture(canvas, doc) -> None:  # the sheet's name over each page, "Page n of 2" under it
        width, height = landscape(A4)
        canvas.setFont("Helvetica", 9)
        canvas.drawCentredString(width / 2, height - 28, "Views")
        canvas.drawCentredString(width / 2, 22, f"Page {doc.page} of 2")

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=landscape(A4), invariant=1)
    doc.build([table(ROWS), PageBreak(), table(LATER)], onFirstPage=furniture, onLaterPages=furniture)
    path.write_bytes(buf.getvalue())
    return path


def test_every_row_keeps_its_table_form_and_the_header_is_no_passage_of_its_own(tmp_path):
    passages = PdfReader().read(_sheet(tmp_path / "views.pdf")).passages
    text = "\n".join(p.text for p in passages)
    header = "No. | Topic | Our view | Why | Contact"
    assert [p.text.split("\n")[0] for p in passages] == [header, header]  # each page's part of the table, headed
    assert (
        "3 | Reading | Every school class should visit a branch library at least twice a year with its teacher." in text
    )
    assert "4 | Staff | Volunteers can help at events" in text and "\n4.\n" not in text and "3. Reading" not in text
    assert all(p.location.table is not None for p in passages)
