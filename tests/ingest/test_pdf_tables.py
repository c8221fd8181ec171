"""PDF tables: cells placed on the page read as rows (``a | b | c``), in a passage of their own."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.readers.pdf import PdfReader

pytestmark = pytest.mark.unit

INTRO = "The providers we surveyed told us how much learning their short courses ask for and how they assess it."
AFTER = "Most of them would accept a common minimum if the register explained what it means for learners."
COLUMNS = (72, 200, 360)
ROWS = [
    ["Country", "Minimum workload", "Assessment"],
    ["Latvia", ["1 ECTS credit, about", "25 to 30 hours"], "Written test"],
    ["Malta", "2 ECTS", ["Portfolio reviewed by", "two outside assessors"]],
    ["Estonia", "None set", "Project"],
]
EXPECTED = (
    "Country | Minimum workload | Assessment\n"
    "Latvia | 1 ECTS credit, about 25 to 30 hours | Written test\n"
    "Malta | 2 ECTS | Portfolio reviewed by two outside assessors\n"
    "Estonia | None set | Project"
)


def table_pdf(path: Path, first_lines_first: bool) -> Path:
    """A page with a paragraph, a top-aligned table and a paragraph after it. The cells are drawn cell by cell
    (each cell's lines together) or, as LibreOffice writes them, each row's first lines first (pypdf then gives
    a row's cells on one line of text)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 760, INTRO)
    y = 730.0
    for row in ROWS:
        cells = [cell if isinstance(cell, list) else [cell] for cell in row]
        if first_lines_first:  # each cell's first line across the row, then the wrapped lines
            for n, cell in enumerate(cells):
                c.drawString(COLUMNS[n], y, cell[0])
            for n, cell in enumerate(cells):
                for k, extra in enumerate(cell[1:], start=1):
                    c.drawString(COLUMNS[n], y - 12 * k, extra)
        else:
            for n, cell in enumerate(cells):
                for k, line in enumerate(cell):
                    c.drawString(COLUMNS[n], y - 12 * k, line)
        y -= 12 * max(len(cell) for cell in cells) + 6
    c.drawString(72, y - 14, AFTER)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("first_lines_first", [False, True])
def test_a_table_reads_as_rows_between_the_paragraphs_around_it(tmp_path: Path, first_lines_first: bool) -> None:
    pdf = table_pdf(tmp_path / "survey.pdf", first_lines_first)
    passages = PdfReader().read(pdf).passages
    assert [(p.location.label, p.location.table) for p in passages] == [
        ("page 1", None),
        ("page 1", 1),
        ("page 1", None),
    ]
    assert [p.text for p in passages] == [INTRO, EXPECTED, AFTER]


def test_lines_with_a_bold_word_or_a_label_and_value_are_not_a_table(tmp_path: Path) -> None:
    c = canvas.Canvas(str(tmp_path / "prose.pdf"), pagesize=A4)
    y = 760
    for label, rest in (("Workload:", " one ECTS credit at least, stated in hours too"), ("Level:", " from 2 to 7")):
        text = c.beginText(72, y)
        text.setFont("Helvetica-Bold", 10)
        text.textOut(label)
        text.setFont("Helvetica", 10)
        text.textOut(rest)
        c.drawText(text)
        y -= 14
    c.showPage()
    c.save()
    passages = PdfReader().read(tmp_path / "prose.pdf").passages
    assert [p.location.table for p in passages] == [None]
    assert "Workload: one ECTS credit at least" in passages[0].text


def test_two_text_columns_read_one_after_the_other_are_not_a_table(tmp_path: Path) -> None:
    c = canvas.Canvas(str(tmp_path / "columns.pdf"), pagesize=A4)
    c.setFont("Helvetica", 10)
    for x, words in ((72, "left"), (320, "right")):
        for k in range(6):
            c.drawString(x, 760 - 12 * k, f"Line {k + 1} of the {words} column about credentials")
    c.showPage()
    c.save()
    passages = PdfReader().read(tmp_path / "columns.pdf").passages
    assert [p.location.table for p in passages] == [None]


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed; .ci/run installs it"
)
def test_a_word_table_printed_to_pdf_by_libreoffice_reads_as_rows(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Survey of providers", 1)
    document.add_paragraph(INTRO)
    table = document.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    for row in ROWS:
        cells = table.add_row().cells
        for n, cell in enumerate(row):
            cells[n].text = " ".join(cell) if isinstance(cell, list) else cell
    document.add_paragraph(AFTER)
    document.save(tmp_path / "survey.docx")
    subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "survey.docx")],
        check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    passages = PdfReader().read(tmp_path / "survey.pdf").passages
    tables = [p for p in passages if p.location.table]
    assert [p.text for p in tables] == [EXPECTED]
    assert tables[0].location.section == "Survey of providers"
    assert passages[-1].text == AFTER


RECOMMENDATIONS = [
    ("Recommendation", "Rationale"),
    (
        "Providers must report the workload of each micro-credential in hours and in ECTS credits.",
        "Without a common unit, learners and employers cannot compare short courses across countries.",
    ),
    ("Registers list only assured offers.", "An unchecked listing would erode the trust that employers place in it."),
    ("Assessment methods are published.", "Learners choose better when they know how they will be assessed."),
]


def gridded_pdf(path: Path, header_style: str) -> Path:
    """A brief's page with a two-column gridded table, cells set as wrapped paragraphs (each cell drawn whole,
    then the next), its header row in bold or in the body style."""
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    styles = getSampleStyleSheet()
    header = styles[header_style]
    rows = [[Paragraph(cell, header if n == 0 else styles["BodyText"]) for cell in row]
            for n, row in enumerate(RECOMMENDATIONS)]  # fmt: skip
    table = Table(rows, colWidths=[230, 230])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph(INTRO, styles["BodyText"]), table, Paragraph(AFTER, styles["BodyText"])]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


@pytest.mark.parametrize("header_style", ["BodyText", "Heading4"])
def test_a_header_row_is_a_row_of_its_own_not_glued_to_the_first_row(tmp_path: Path, header_style: str) -> None:
    pdf = gridded_pdf(tmp_path / "brief.pdf", header_style)
    passages = PdfReader().read(pdf).passages
    assert [p.location.table for p in passages] == [None, 1, None]
    assert passages[1].text.split("\n") == [" | ".join(row) for row in RECOMMENDATIONS]
    assert [p.text for p in passages[::2]] == [INTRO, AFTER]


def test_two_paragraphs_in_a_first_cell_stay_one_cell_below_a_header(tmp_path: Path) -> None:
    """A paragraph break in a cell is as deep as a row's padding; only a new row has a cell beside its first line."""
    c = canvas.Canvas(str(tmp_path / "history.pdf"), pagesize=A4)
    c.setFont("Helvetica", 10)
    for x, y, text in [
        (72, 700, "Date"), (250, 700, "Change"),
        (72, 682, "Spring review;"), (72, 664.5, "second reading."),  # the first cell, drawn whole
        (250, 682, "Moved the annex"), (250, 670.5, "to the end."),
        (72, 646.5, "Autumn"), (250, 646.5, "Final text adopted."),
    ]:  # fmt: skip
        c.drawString(x, y, text)
    c.showPage()
    c.save()
    (passage,) = PdfReader().read(tmp_path / "history.pdf").passages
    assert passage.location.table == 1
    assert passage.text.split("\n") == [
        "Date | Change",
        "Spring review; second reading. | Moved the annex to the end.",
        "Autumn | Final text adopted.",
    ]


POSITIONS = [
    ("Issue", ["Our position"]),
    ("Credit towards a full qualification",
     ["The institution that awards the full", "qualification decides case by case", "how much credit a micro-",
      "credential brings."]),
    ("External review of every course", ["An outside body reviews each course", "before the first learners enrol."]),
    ("Size", ["At most 15 ECTS credits."]),
]  # fmt: skip


def side_by_side_pdf(path: Path) -> Path:
    """A two-column table as LibreOffice prints one: every cell in its own text object, a row's cells on one
    baseline (pypdf gives them as one line of text), the first column's text almost as wide as its column."""
    c = canvas.Canvas(str(path), pagesize=A4)

    def put(x: float, y: float, text: str) -> None:
        shown = c.beginText(x, y)
        shown.setFont("Helvetica", 10)
        shown.textOut(text)
        c.drawText(shown)

    put(72, 760, "The agency states its positions in the table below, one issue to a row of the table.")
    y = 736.0
    for issue, position in POSITIONS:
        put(72, y, issue)
        for k, line in enumerate(position):
            put(260, y - 12 * k, line)
        y -= 12 * len(position) + 6
    put(72, y - 14, "Helsinki, 10 March 2026. Contact: the head of reviews.")
    c.showPage()
    c.save()
    return path


def test_a_wide_first_cell_beside_a_wrapped_cell_is_cut_cell_by_cell(tmp_path: Path) -> None:
    passages = PdfReader().read(side_by_side_pdf(tmp_path / "positions.pdf")).passages
    assert [p.location.table for p in passages] == [None, 1, None]
    assert passages[1].text.split("\n") == [
        "Issue | Our position",
        "Credit towards a full qualification | The institution that awards the full qualification decides case by "
        "case how much credit a micro-credential brings.",
        "External review of every course | An outside body reviews each course before the first learners enrol.",
        "Size | At most 15 ECTS credits.",
    ]
    assert passages[0].text.startswith("The agency states") and "Issue" not in passages[0].text


POLICY = [
    ["Question", "Our answer", "Since"],
    ["Credit towards a full qualification",
     "The institution that awards the full qualification should decide case by case how much credit it brings.",
     "2024"],
    ["Size", "At most 15 ECTS credits.", "2023"],
    ["External review before the first learners enrol", "Always, by a body the ministry has approved.", "2025"],
]  # fmt: skip


@pytest.mark.parametrize("ruled", [True, False], ids=["grid", "no-ruling-lines"])
def test_cells_wrapping_in_any_column_of_a_three_column_table_stay_in_their_cells(tmp_path: Path, ruled: bool) -> None:
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = getSampleStyleSheet()["BodyText"]
    table = Table([[Paragraph(cell, body) for cell in row] for row in POLICY], colWidths=[130, 250, 60])
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")] + ([("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if ruled else [])
    table.setStyle(TableStyle(style))
    SimpleDocTemplate(str(tmp_path / "policy.pdf"), pagesize=A4).build(
        [Paragraph(INTRO, body), table, Paragraph(AFTER, body)]
    )
    passages = PdfReader().read(tmp_path / "policy.pdf").passages
    assert [p.location.table for p in passages] == [None, 1, None]
    assert passages[1].text.split("\n") == [" | ".join(row) for row in POLICY]


@pytest.mark.parametrize("repeat_header", [True, False], ids=["header-repeated", "header-once"])
def test_a_table_broken_across_pages_keeps_its_number_and_its_rows(tmp_path: Path, repeat_header: bool) -> None:
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = getSampleStyleSheet()["BodyText"]
    rows = [["Provider", "What it offers", "Year"]] + [
        [f"Provider {k} of the network", f"Short course {k} in care work, with a practical test set by employers.",
         str(2000 + k)]
        for k in range(1, 41)
    ]  # fmt: skip
    table = Table([[Paragraph(cell, body) for cell in row] for row in rows], colWidths=[130, 250, 60],
                  repeatRows=1 if repeat_header else 0)  # fmt: skip
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(tmp_path / "offers.pdf"), pagesize=A4).build([Paragraph(INTRO, body), table])
    passages = PdfReader().read(tmp_path / "offers.pdf").passages
    tables = [p for p in passages if p.location.table]
    assert [p.location.page for p in tables] == [1, 2]
    assert {p.location.table for p in tables} == {1}
    lines = [line for p in tables for line in p.text.split("\n")]
    header = " | ".join(rows[0])
    assert lines.count(header) == (2 if repeat_header else 1)
    assert [line for line in lines if line != header] == [" | ".join(row) for row in rows[1:]]


def test_a_table_after_text_on_the_next_page_is_a_new_table(tmp_path: Path) -> None:
    c = canvas.Canvas(str(tmp_path / "two.pdf"), pagesize=A4)
    c.setFont("Helvetica", 10)
    for intro, providers in (
        ("Two colleges answered first.", ("Riga", "Vilnius")),
        ("Then came two academies.", ("Tartu", "Kaunas")),
    ):
        c.drawString(72, 760, intro)
        for (provider, offer), y in zip(
            (("Provider", "Offer"), *((p, f"Care course in {p}") for p in providers)),
            (736, 722, 708),
            strict=True,
        ):
            c.drawString(72, y, provider)
            c.drawString(260, y, offer)
        c.showPage()
    c.save()
    passages = PdfReader().read(tmp_path / "two.pdf").passages
    assert [p.location.table for p in passages] == [None, 1, None, 2]


def _put(c: canvas.Canvas, x: float, y: float, text: str, size: float = 10) -> None:
    """Text in a text object of its own, as LibreOffice and diagram writers draw each run (pypdf joins runs on
    one baseline into one line of text)."""
    shown = c.beginText(x, y)
    shown.setFont("Helvetica", size)
    shown.textOut(text)
    c.drawText(shown)


LEFT = (
    "Short courses have multiplied in our region since 2020, pushed by digital skills programmes and company "
    "academies, and learners now ask whether such courses will be recognised by employers and by colleges."
)
RIGHT = (
    "The register should list each micro-credential with its workload in hours and in credits, and a level "
    "indicator would help employers who compare the certificates that applicants bring to an interview."
)


def test_two_text_columns_drawn_line_by_line_across_read_column_by_column(tmp_path: Path) -> None:
    """A writer that draws each line of the left column, then the line beside it: the columns are read in turn,
    each as running text, never as a table of line fragments or lines interleaved."""
    import textwrap

    c = canvas.Canvas(str(tmp_path / "newsletter.pdf"), pagesize=A4)
    left, right = textwrap.wrap(LEFT, 40), textwrap.wrap(RIGHT, 40)
    for k in range(max(len(left), len(right))):
        for x, lines in ((72, left), (310, right)):
            if k < len(lines):
                _put(c, x, 760 - 12 * k, lines[k])
    c.showPage()
    c.save()
    (passage,) = PdfReader().read(tmp_path / "newsletter.pdf").passages
    assert passage.location.table is None
    assert passage.text.split("\n") == [LEFT, RIGHT]


def test_a_label_on_a_table_rows_baseline_is_kept_beside_the_table(tmp_path: Path) -> None:
    c = canvas.Canvas(str(tmp_path / "diagram.pdf"), pagesize=A4)
    _put(c, 360, 700, "Toponymy Model", 16)  # a diagram's title, drawn first, on the first row's baseline
    for y, (name, value) in zip((700, 688, 676), (("Name:", "Hydro Network"), ("Author:", "Network team"),
                                                  ("Version:", "1.0")), strict=True):  # fmt: skip
        _put(c, 72, y, name)
        _put(c, 140, y, value)
    c.showPage()
    c.save()
    passages = PdfReader().read(tmp_path / "diagram.pdf").passages
    assert [(p.location.table, p.text) for p in passages] == [
        (None, "Toponymy Model"),
        (1, "Name: | Hydro Network\nAuthor: | Network team\nVersion: | 1.0"),
    ]
