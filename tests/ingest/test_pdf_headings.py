"""PDF sections: headings found by their larger type, so a passage says which section of the page it is in."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.readers.pdf import PdfReader

pytestmark = pytest.mark.unit

# (font size, text) lines from the top of each page; 10 pt is the body text
Page = list[tuple[float, str]]
BODY = [
    (10, "Short courses are offered by universities, colleges and private providers across the country,"),
    (10, "and learners ask how much such a small award is worth next to the qualifications they know."),
]


def make_pdf(path: Path, pages: list[Page], transform: bool = False) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in pages:
        y = 780.0
        for size, text in page:
            if transform:  # the size set by a scaling matrix instead of the font size, as some writers do
                c.saveState()
                c.translate(72, y)
                c.scale(size / 5, size / 5)
                c.setFont("Helvetica", 5)
                c.drawString(0, 0, text)
                c.restoreState()
            else:
                c.setFont("Helvetica-Bold" if size > 10 else "Helvetica", size)
                c.drawString(72, y, text)
            y -= size * 1.6
        c.showPage()
    c.save()
    return path


def sections(path: Path) -> list[tuple[str, str | None, tuple[str, ...], str]]:
    return [
        (p.location.label, p.location.section, p.location.section_path, p.text) for p in PdfReader().read(path).passages
    ]


def test_headings_split_pages_into_sections_that_carry_over_to_the_next_page(tmp_path: Path) -> None:
    pdf = make_pdf(
        tmp_path / "brief.pdf",
        [
            [(18, "Recognising micro-credentials"), (10, "Policy brief, 2026"), (14, "1. Why recognition matters"),
             *BODY, (12, "Learners"), *BODY],
            [*BODY, (14, "2. What we propose"), *BODY],
        ],
    )  # fmt: skip
    got = sections(pdf)
    assert [(label, path) for label, _, path, _ in got] == [
        ("page 1", ()),  # the title (largest type, only at the top) opens no section
        ("page 1", ("1. Why recognition matters",)),
        ("page 1", ("1. Why recognition matters", "Learners")),
        ("page 2", ("1. Why recognition matters", "Learners")),  # the page continues the section before it
        ("page 2", ("2. What we propose",)),
    ]
    assert got[0][3].startswith("Recognising micro-credentials\n\nPolicy brief, 2026")
    # the heading is the passage's first line, never run into the sentence before it
    assert got[1][3].startswith("1. Why recognition matters\n\nShort courses are offered")
    assert got[1][1] == "1. Why recognition matters"
    assert "Learners" not in got[1][3]


def test_a_heading_wrapped_over_two_lines_is_one_heading(tmp_path: Path) -> None:
    pdf = make_pdf(
        tmp_path / "wrapped.pdf",
        [[(10, "Opening remarks on the consultation."), (14, "3. Quality assurance of micro-credentials"),
          (14, "offered by private providers"), *BODY]],
    )  # fmt: skip
    got = sections(pdf)
    assert got[-1][1] == "3. Quality assurance of micro-credentials offered by private providers"


def test_sizes_set_by_a_scaling_matrix_count_as_well(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "scaled.pdf", [[(10, "Opening remarks."), (16, "Stackability"), *BODY]], transform=True)
    assert sections(pdf)[-1][1] == "Stackability"


def test_dates_figures_and_long_large_blocks_are_not_headings(tmp_path: Path) -> None:
    pdf = make_pdf(
        tmp_path / "poster.pdf",
        [[(16, "October 14, 2026"), (16, "84 %"), *BODY,
          (13, "A pull quote set in larger type runs on for a while, as pull quotes do in printed briefs,"),
          (13, "and continues on a second line with more words than any heading would have in it,"),
          (13, "and a third, and then a fourth line before the body text resumes."), *BODY]],
    )  # fmt: skip
    got = sections(pdf)
    assert len(got) == 1 and got[0][1] is None and got[0][2] == ()
    assert "October 14, 2026" in got[0][3] and "pull quote" in got[0][3]


def test_a_pdf_in_one_size_reads_as_one_passage_per_page(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "plain.pdf", [BODY, BODY])
    got = sections(pdf)
    assert [(label, section) for label, section, _, _ in got] == [("page 1", None), ("page 2", None)]


def test_running_headers_and_footers_are_left_out_and_never_headings(tmp_path: Path) -> None:
    header = (12, "Ministry of Education - consultation input")  # set larger than the body, like a heading
    pages = [
        [header, (14, "1. Scope"), *BODY, (8, f"Page {n} of 4")]
        if n in (1, 3)
        else [header, *BODY, (8, f"Page {n} of 4")]
        for n in range(1, 5)
    ]
    pages[2][1] = (14, "2. Levels")
    got = sections(make_pdf(tmp_path / "running.pdf", pages))
    assert [(label, section) for label, section, _, _ in got] == [
        ("page 1", "1. Scope"),
        ("page 2", "1. Scope"),
        ("page 3", "2. Levels"),
        ("page 4", "2. Levels"),
    ]
    assert not any("Ministry of Education" in text or "of 4" in text for _, _, _, text in got)
    assert all("Short courses are offered" in text for _, _, _, text in got)


def test_a_two_page_papers_running_header_and_page_numbers_are_left_out(tmp_path: Path) -> None:
    other = [(10, "Providers publish the learning outcomes of every unit before enrolment opens."), *BODY]
    pages = [
        [(9, "Accreditation agency - position on micro-credentials"), *BODY, (8, "Page 1 of 2")],
        [(9, "Accreditation agency - position on micro-credentials"), *other, (8, "Page 2 of 2")],
    ]
    got = sections(make_pdf(tmp_path / "two.pdf", pages))
    assert not any("Accreditation agency" in text or "of 2" in text for _, _, _, text in got)
    assert all("Short courses are offered" in text for _, _, _, text in got)
    assert "publish the learning outcomes" in got[1][3]


def test_a_line_on_only_some_pages_is_kept(tmp_path: Path) -> None:
    note = (10, "Draft for discussion")
    pages = [[note, *BODY], [*BODY], [*BODY], [note, *BODY]]  # on 2 pages of 4: not furniture
    got = sections(make_pdf(tmp_path / "notes.pdf", pages))
    assert sum("Draft for discussion" in text for _, _, _, text in got) == 2
