"""PDF text columns set side by side and drawn line by line across the page: each column is read whole, top to
bottom, before the next one, whatever the gutter and however the lines are set; tables stay tables."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from ingest.readers.pdf import PdfReader

pytestmark = pytest.mark.unit

LEFT = [
    "Short courses have multiplied in our region since 2020, pushed by digital skills programmes and company "
    "academies, and learners now ask whether such courses will be recognised by employers and by colleges. Our "
    "ministry therefore proposes that every provider publish the learning outcomes of each course.",
    "Providers in rural districts lack assessors, and the ministry should fund a pool of trained assessors shared "
    "between colleges so that small providers can still offer credentials.",
]
RIGHT = [
    "The register should list each micro-credential with its workload in hours and in credits, and a level "
    "indicator would help employers who compare the certificates that applicants bring to an interview.",
    "Digital credentials must carry the issuer, the learning outcomes, the workload and the form of assessment, "
    "and every learner should keep the credential in a wallet of their choice. Assessment must be documented so "
    "that a college can decide on credit transfer without a new test.",
]
WIDTH = 230  # points, each column
TABLE = [("Country", "Minimum workload"), ("Latvia", "1 ECTS credit"), ("Malta", "2 ECTS credits")]


def _wrap(text: str, width: float, size: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        longer = f"{line} {word}".strip()
        if stringWidth(longer, "Helvetica", size) <= width:
            line = longer
        else:
            lines.append(line)
            line = word
    return [*lines, line]


def _column(paragraphs: list[str], size: float) -> list[tuple[str, bool] | None]:
    """A column's lines (text, whether it ends its paragraph), None for the space between paragraphs."""
    out: list[tuple[str, bool] | None] = []
    for paragraph in paragraphs:
        if out:
            out.append(None)
        lines = _wrap(paragraph, WIDTH, size)
        out.extend((line, n == len(lines) - 1) for n, line in enumerate(lines))
    return out


def columns_pdf(
    path: Path, gutter: float, justified: bool, size: float = 10, title: str | None = None, table: bool = False
) -> Path:
    """Two columns, each line of the left one drawn before the line beside it (as some writers do); justified
    lines are stretched to the column's width by word spacing, so no line shows where the right column starts;
    ``table`` sets a table below them, its first column at the left column's start."""
    c = canvas.Canvas(str(path), pagesize=A4)
    top = 760
    if title:
        c.setFont("Helvetica-Bold", 16)
        c.drawString(60, 785, title)
    columns = [_column(LEFT, size), _column(RIGHT, size)]
    for k in range(max(len(lines) for lines in columns)):
        for n, lines in enumerate(columns):
            entry = lines[k] if k < len(lines) else None
            if entry is None:
                continue
            text, last = entry
            shown = c.beginText(60 + n * (WIDTH + gutter), top - 1.2 * size * k)
            shown.setFont("Helvetica", size)
            if justified and not last:
                spare = WIDTH - stringWidth(text, "Helvetica", size)
                shown.setWordSpace(spare / (len(text.split()) - 1))
            shown.textOut(text)
            c.drawText(shown)
    y = top - 1.2 * size * (len(columns[0]) + 1)
    for cells in TABLE if table else []:
        c.setFont("Helvetica", size)
        c.drawString(60, y, cells[0])
        c.drawString(200, y, cells[1])
        y -= 1.2 * size
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("justified", [False, True], ids=["ragged", "justified"])
@pytest.mark.parametrize("gutter", [6, 14, 40])
def test_columns_side_by_side_read_one_after_the_other(tmp_path: Path, gutter: float, justified: bool) -> None:
    pdf = columns_pdf(tmp_path / "newsletter.pdf", gutter, justified)
    (passage,) = PdfReader().read(pdf).passages
    assert passage.location.table is None
    assert passage.text.split("\n") == [*LEFT, *RIGHT]


def test_columns_under_a_title_in_smaller_type_keep_their_paragraphs(tmp_path: Path) -> None:
    pdf = columns_pdf(tmp_path / "brief.pdf", 8, True, size=9, title="Recognition of short courses")
    (passage,) = PdfReader().read(pdf).passages
    assert [line for line in passage.text.split("\n") if line] == ["Recognition of short courses", *LEFT, *RIGHT]


def test_a_table_under_the_columns_keeps_its_first_row(tmp_path: Path) -> None:
    """The table's first cell starts where the left column does, one line below it: a row of the table (the
    cell beside it is off the columns), never a last line of the column."""
    pdf = columns_pdf(tmp_path / "brief.pdf", 12, False, table=True)
    text, table = PdfReader().read(pdf).passages
    assert text.text.split("\n") == [*LEFT, *RIGHT]
    assert table.location.table == 1
    assert table.text.split("\n") == [f"{a} | {b}" for a, b in TABLE]


def test_a_table_of_one_line_sentences_stays_a_table(tmp_path: Path) -> None:
    """Cells that are whole sentences, each on one line and about as long as the next: rows, not two texts."""
    rows = [
        ("Providers publish no learning outcomes.", "Publish outcomes for every course."),
        ("Assessors are scarce in rural districts.", "Fund a shared pool of trained assessors."),
        ("Employers cannot compare certificates.", "Add a level indicator to the register."),
        ("Credit transfer needs a new test today.", "Document assessment for every course."),
        ("Learners lose paper certificates often.", "Issue credentials to a digital wallet."),
    ]
    c = canvas.Canvas(str(tmp_path / "table.pdf"), pagesize=A4)
    c.setFont("Helvetica", 10)
    for k, (challenge, answer) in enumerate(rows):
        c.drawString(72, 700 - 12 * k, challenge)
        c.drawString(300, 700 - 12 * k, answer)
    c.showPage()
    c.save()
    (passage,) = PdfReader().read(tmp_path / "table.pdf").passages
    assert passage.location.table == 1
    assert passage.text.split("\n") == [f"{a} | {b}" for a, b in rows]


def test_words_placed_one_by_one_in_one_column_are_not_columns(tmp_path: Path) -> None:
    """A writer that places every word itself (its own spacing) puts pieces at scattered places on each line:
    no column start is seen in them, and the paragraph reads as it is."""
    text = " ".join([*LEFT, *RIGHT])
    c = canvas.Canvas(str(tmp_path / "words.pdf"), pagesize=A4)
    for k, line in enumerate(_wrap(text, 420, 10)):
        shown = c.beginText(72, 760 - 12 * k)
        shown.setFont("Helvetica", 10)
        x = 0.0
        for word in line.split():
            shown.setTextOrigin(72 + x, 760 - 12 * k)
            shown.textOut(word)
            x += stringWidth(word + " ", "Helvetica", 10) + (k % 3) * 0.7
        c.drawText(shown)
    c.showPage()
    c.save()
    (passage,) = PdfReader().read(tmp_path / "words.pdf").passages
    assert passage.location.table is None
    assert passage.text == text


def test_a_heading_inside_a_column_is_a_line_of_its_own(tmp_path: Path) -> None:
    """A subheading in larger type opening the left column's second paragraph: read in its place, never run into
    the paragraph under it."""
    heading = "Assessors in rural districts"
    left = [*_column(LEFT[:1], 10), None, (heading, True), *_column(LEFT[1:], 10)]
    right = _column(RIGHT, 10)
    c = canvas.Canvas(str(tmp_path / "brief.pdf"), pagesize=A4)
    for k in range(max(len(left), len(right))):
        for n, lines in enumerate((left, right)):
            entry = lines[k] if k < len(lines) else None
            if entry is None:
                continue
            c.setFont("Helvetica-Bold", 13) if entry[0] == heading else c.setFont("Helvetica", 10)
            c.drawString(60 + n * (WIDTH + 12), 760 - 12 * k, entry[0])
    c.showPage()
    c.save()
    (passage,) = PdfReader().read(tmp_path / "brief.pdf").passages
    assert passage.text.split("\n") == [LEFT[0], heading, LEFT[1], *RIGHT]
