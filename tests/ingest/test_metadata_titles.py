"""A scanner's, an app's or a program's wording in a file's title property names no document (ingest.metadata_titles):
the title falls to the sheet's, then the first heading's, then the file's name. Real titles that open with the same
words are kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.metadata import build_meta, first_heading
from ingest.metadata_titles import is_tool_title
from ingest.readers import reader_for

TOOLS = [
    "Scanned document",
    "Scanned Document 3",
    "HP Scan",
    "Canon iR-ADV C5535 PDF",
    "scan0001",
    "SCAN_0001.pdf",
    "Scan 2026-03-12 10.41",
    "IMG_20260312_1041",
    "CamScanner 03-12-2026 10.41",
    "Adobe Scan 12 Mar 2026",
    "RICOH IM C3000",
    "KONICA MINOLTA bizhub C458",
    "Xerox WorkCentre 7845",
    "Scanned from a Xerox Multifunction Printer",
    "Microsoft Word - Antwort_Konsultation",
    "Click or tap here to enter text.",
]
TITLES = [
    "Scan results of the 2025 graduate survey",
    "Canon law and micro-credentials",
    "Image of the profession: nursing credentials",
    "Document of the Ministry on micro-credentials",
    "Sharp rise in short courses",
    "Scan marketing",
    "Photo competition rules",
    "Copy of the letter to the minister",
    "Micro-credentials in Latvia",
]


@pytest.mark.unit
@pytest.mark.parametrize("title", TOOLS)
def test_a_tools_wording_is_no_title(title: str) -> None:
    assert is_tool_title(title)


@pytest.mark.unit
@pytest.mark.parametrize("title", TITLES)
def test_a_title_that_goes_on_in_words_is_a_title(title: str) -> None:
    assert not is_tool_title(title)


@pytest.mark.unit
def test_a_long_run_of_digits_is_judged_at_once() -> None:
    assert not is_tool_title("scan " + "1 " * 5000 + "of the survey")


def _pdf(path: Path, title: str, creator: str = "") -> Path:
    """A page with a heading in larger type over a paragraph, with the info dictionary a device or app writes."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(title)
    if creator:
        c.setCreator(creator)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(72, 760, "Recognition of micro-credentials in Georgia")
    c.setFont("Helvetica", 11)
    c.drawString(72, 730, "The employment office asks that short courses be recognised by employers and colleges.")
    c.drawString(72, 716, "Each credential should state its workload in hours and the way learners were assessed.")
    c.save()
    return path


def _title(path: Path, row: dict[str, str] | None = None) -> str:
    result = reader_for(path).read(path)
    meta, _ = build_meta(path.name, path, row, result.properties, first_heading(result.passages))
    return meta.title


@pytest.mark.integration
@pytest.mark.parametrize("title", ["Scanned document", "HP Scan", "Scan 2026-03-12 10.41", "scan0001"])
def test_a_pdfs_scanner_title_gives_way_to_its_first_heading(tmp_path: Path, title: str) -> None:
    path = _pdf(tmp_path / "letter.pdf", title)
    assert _title(path) == "Recognition of micro-credentials in Georgia"
    assert _title(path, {"title": "Letter of the employment office"}) == "Letter of the employment office"


@pytest.mark.integration
def test_a_title_repeating_the_device_that_made_the_pdf_is_none(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "letter.pdf", "Office scanner 3rd floor", creator="Office scanner 3rd floor")
    assert reader_for(path).read(path).properties.title is None
    assert _title(path) == "Recognition of micro-credentials in Georgia"


@pytest.mark.integration
def test_a_pdfs_own_title_is_kept(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "letter.pdf", "Scan results of the 2025 graduate survey", creator="Microsoft Word")
    assert _title(path) == "Scan results of the 2025 graduate survey"
