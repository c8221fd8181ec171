"""PDF text joining: words drawn as objects of their own stay on their line, and a paragraph whose last line runs the
full width still ends where space, a new object or a closing shows it does."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from ingest.readers.legacy import find_office
from ingest.readers.pdf import PdfReader

TEXT = (
    "Micro-credentials of 2. or 3. cycle level and at least 50 hours should be stackable towards a full "
    "qualification and recognised across borders. "
    "Providers need clear rules for quality assurance before they can issue them to learners."
)
FIRST = [
    "Micro-credentials should carry a level of the national framework so that employers",
    "and learners can compare them with qualifications they already know and trust today.",
]
SECOND = ["Assessment must be carried out by trained assessors who are independent of the trainers", "on the course."]


def texts(path: Path) -> list[str]:
    return [passage.text for passage in PdfReader().read(path).passages]


def word_by_word_pdf(path: Path, scale: float) -> Path:
    """Each word drawn under a transformation of its own (as some report generators and converters write)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    x, y = 72.0, 760.0
    for word in TEXT.split():
        width = stringWidth(word, "Helvetica", 11)
        if x + width > 520:
            x, y = 72.0, y - 14
        c.saveState()
        c.translate(x, y)
        c.scale(scale, scale)
        c.setFont("Helvetica", 11 / scale)
        c.drawString(0, 0, word)
        c.restoreState()
        x += width + stringWidth(" ", "Helvetica", 11)
    c.showPage()
    c.save()
    return path


@pytest.mark.unit
@pytest.mark.parametrize("scale", [1.0, 0.5])
def test_words_drawn_one_by_one_read_as_running_text(tmp_path: Path, scale: float) -> None:
    assert texts(word_by_word_pdf(tmp_path / "words.pdf", scale)) == [TEXT]


@pytest.mark.unit
def test_cells_drawn_one_by_one_far_apart_stay_cells(tmp_path: Path) -> None:
    """Pieces on one baseline far apart (a table's cells) are not glued into one run of words."""
    c = canvas.Canvas(str(tmp_path / "cells.pdf"), pagesize=A4)
    rows = [("Country", "Minimum workload", "Register"), ("Latvia", "1 ECTS", "yes"), ("Estonia", "3 ECTS", "no")]
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            c.saveState()
            c.translate(72 + 170 * k, 760 - 16 * r)
            c.setFont("Helvetica", 10)
            c.drawString(0, 0, cell)
            c.restoreState()
    c.showPage()
    c.save()
    passages = PdfReader().read(tmp_path / "cells.pdf").passages
    assert [p.text for p in passages] == [
        "Country | Minimum workload | Register\nLatvia | 1 ECTS | yes\nEstonia | 3 ECTS | no"
    ]


def paragraphs_pdf(path: Path, gap: float) -> Path:
    """Two paragraphs, the first one's last line as wide as its first, ``gap`` points of space between them."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    y = 760.0
    for paragraph in (FIRST, SECOND):
        for line in paragraph:
            c.drawString(72, y, line)
            y -= 14
        y -= gap
    c.showPage()
    c.save()
    return path


@pytest.mark.unit
def test_a_paragraph_after_a_full_last_line_and_space_starts_its_own_line(tmp_path: Path) -> None:
    assert texts(paragraphs_pdf(tmp_path / "spaced.pdf", 8)) == [" ".join(FIRST) + "\n" + " ".join(SECOND)]


@pytest.mark.unit
def test_lines_at_the_line_spacing_stay_one_paragraph(tmp_path: Path) -> None:
    """No space, no sign of a new paragraph: the lines run on, as they always did."""
    assert texts(paragraphs_pdf(tmp_path / "unspaced.pdf", 0)) == [" ".join(FIRST + SECOND)]


@pytest.mark.unit
def test_space_after_a_line_that_ends_mid_sentence_joins(tmp_path: Path) -> None:
    """A step down after words that go on (a wider line spacing, a line drawn lower) is no paragraph end."""
    c = canvas.Canvas(str(tmp_path / "on.pdf"), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, FIRST[0])
    c.drawString(72, 760 - 14, "and learners can compare them with the qualifications they already know and")
    c.drawString(72, 760 - 36, "trust today.")
    c.showPage()
    c.save()
    assert texts(tmp_path / "on.pdf") == [f"{FIRST[0]} and learners can compare them with the qualifications they "
                                          "already know and trust today."]  # fmt: skip


ANSWERS = [
    ("D. Advertising", "Advertising of short courses should be checked by the agency, since some providers promise "
     "credits that no framework recognises; such claims mislead consumers."),
    ("E. Complaints", "Learners need one place to complain about a provider, run by the quality agency rather than "
     "by the providers themselves, whose own desks rarely answer."),
]  # fmt: skip


def flattened_form_pdf(path: Path) -> Path:
    """A form flattened to text: each answer drawn inside its field's box, a form object of its own, the next
    field's label under it."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780.0
    for n, (label, value) in enumerate(ANSWERS):
        c.setFont("Helvetica", 10)
        c.drawString(72, y, label)
        c.beginForm(f"field{n}", lowerx=0, lowery=0, upperx=460, uppery=44)
        for k, line in enumerate(simpleSplit(value, "Helvetica", 10, 440)):
            c.setFont("Helvetica", 10)
            c.drawString(2, 32 - 12 * k, line)
        c.endForm()
        c.saveState()
        c.translate(72, y - 48)
        c.doForm(f"field{n}")
        c.restoreState()
        y -= 60
    c.showPage()
    c.save()
    return path


@pytest.mark.unit
def test_a_flattened_form_label_starts_its_own_line(tmp_path: Path) -> None:
    (text,) = texts(flattened_form_pdf(tmp_path / "flat.pdf"))
    assert text.split("\n") == [ANSWERS[0][0], ANSWERS[0][1], ANSWERS[1][0], ANSWERS[1][1]]


@pytest.mark.unit
def test_a_closing_after_a_full_line_starts_its_own_line(tmp_path: Path) -> None:
    """ "Yours faithfully," straight under a full last line (no space) is not run into the letter's sentence (here it
    is followed by more than a signature, so it stays as text)."""
    c = canvas.Canvas(str(tmp_path / "closing.pdf"), pagesize=A4)
    c.setFont("Helvetica", 11)
    for k, line in enumerate([*FIRST, "Yours faithfully,", *SECOND]):
        c.drawString(72, 760 - 14 * k, line)
    c.showPage()
    c.save()
    assert texts(tmp_path / "closing.pdf") == [" ".join(FIRST) + "\nYours faithfully,\n" + " ".join(SECOND)]


LETTER = [
    "Micro-credentials should carry a level of the national qualifications framework so that employers and learners "
    "can compare them with the qualifications they already know and trust, and so that providers can plan how "
    "several of them build towards a larger award over time.",
    "Assessment must be carried out by trained assessors who are independent of the trainers delivering the course, "
    "and the results must be recorded in the national register within one month.",
    "Funding should follow the learner rather than the provider.",
]


@pytest.mark.integration
@pytest.mark.slow
@pytest.mark.skipif(find_office() is None, reason="LibreOffice (soffice) is not installed; .ci/run installs it")
def test_justified_paragraphs_libreoffice_prints_stay_apart(tmp_path: Path) -> None:
    """LibreOffice prints a justified paragraph's last line as wide as its others when it nearly fills the line:
    the space LibreOffice sets after each paragraph still ends it."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()
    for text in LETTER:
        document.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    document.save(str(tmp_path / "letter.docx"))
    subprocess.run(
        [find_office(), "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "out"), str(tmp_path / "letter.docx")],
        check=True, capture_output=True, timeout=180, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert texts(tmp_path / "out" / "letter.pdf") == ["\n".join(LETTER)]


@pytest.mark.unit
@pytest.mark.parametrize("note", ["", "full"], ids=["no-note", "full-width-note"])
def test_two_columns_under_a_full_width_paragraph_are_joined_column_by_column(tmp_path: Path, note: str) -> None:
    """A full-width paragraph above the columns is the widest text of the page: the columns' lines, half as wide,
    still run on into each other, and each paragraph is one line of the passage."""
    from tests.ingest.two_column_pdf import INTRO, paragraphs, report_pdf

    passages = PdfReader().read(report_pdf(tmp_path / "report.pdf", 24, note=note, intro=True)).passages
    first = next(p.text for p in passages if p.location.label == "page 1").split("\n")
    expected = [INTRO, *paragraphs(24)]
    assert first[:-1] == expected[: len(first) - 1]
    assert expected[len(first) - 1].startswith(first[-1])  # the paragraph the page breaks goes on on page 2
