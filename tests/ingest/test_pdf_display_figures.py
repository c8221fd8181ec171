"""A factsheet's large figures: a figure with its unit set large ("290 EUR") is no heading, and a strap line never
runs into the figure under it, nor a figure into its caption."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.pdf import PdfReader
from tests.ingest.test_pdf_headings import BODY, make_pdf

pytestmark = pytest.mark.unit


def _figures(strap: str, figures: list[tuple[str, str]]) -> list[tuple[float, str]]:
    lines: list[tuple[float, str]] = [(22, "WHAT LEARNERS TOLD US"), (10, strap)]
    for figure, caption in figures:
        lines += [(34, figure), (9.5, caption)]
    return lines


@pytest.mark.parametrize(
    ("strap", "figures"),
    [
        (
            "Factsheet No. 4 - Survey of 1,200 adults across Portugal in January and February",
            [("58%", "had never taken a short course"), ("290 EUR", "average price of one course")],
        ),
        (
            "Fiche n° 7 - Enquête auprès de 900 apprentis dans toute la Wallonie en mars 2026",
            [("41 %", "n'avaient jamais entendu le mot"), ("12 h", "de formation en moyenne par mois")],
        ),
    ],
)
def test_a_large_figure_is_no_heading_and_no_part_of_the_strap_line(
    tmp_path: Path, strap: str, figures: list[tuple[str, str]]
) -> None:
    pdf = make_pdf(tmp_path / "factsheet.pdf", [[*_figures(strap, figures), *BODY]])
    passages = PdfReader().read(pdf).passages
    sections = {p.location.section for p in passages}
    assert not any(s and any(figure in s for figure, _ in figures) for s in sections)
    lines = [line for p in passages for line in p.text.split("\n")]
    assert strap in lines  # its own line: no figure run into it
    for figure, caption in figures:
        assert not any(line.endswith(figure) and line != figure for line in lines)
        assert not any(line.startswith(figure) and caption in line for line in lines)


def test_a_numbered_heading_with_a_word_is_still_a_heading(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "brief.pdf", [[(14, "3 Aims"), *BODY, (14, "4 Funding"), *BODY]])
    sections = [p.location.section for p in PdfReader().read(pdf).passages]
    assert sections == ["3 Aims", "4 Funding"]
