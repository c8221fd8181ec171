"""OCR of scanned PDF pages: what a user sees when a contribution is a scan, with and without Tesseract.

The scans are built in code (text drawn by Pillow, wrapped in a PDF): nothing is downloaded.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from ingest.readers.base import Limits, ReadError
from ingest.readers.ocr import Tesseract, parse_tsv
from ingest.readers.ocr_languages import tesseract_codes
from ingest.readers.pdf import PdfReader
from tests.reliability.generated import scanned_pdf

REPO = Path(__file__).resolve().parents[2]
needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract (tesseract-ocr) not installed"
)

WORKLOAD = "One credit stands for 25 to 30 hours of learning work."
STACKING = ["Stackable micro-credentials let adults build a full", "qualification one short course at a time."]


def fake_tesseract(languages: set[str]) -> Tesseract:
    """A Tesseract whose installed language packs are ``languages`` (nothing is run)."""
    tesseract = Tesseract("tesseract")
    tesseract.__dict__["languages"] = frozenset(languages)
    tesseract.__dict__["version"] = "5.3.0"
    return tesseract


# ------------------------------------------------------------------------------------------ languages, TSV


@pytest.mark.unit
@pytest.mark.parametrize(
    ("hint", "codes", "unknown"),
    [
        ("lv", ["lav"], []),
        ("LV-lv", ["lav"], []),
        ("Latvian, English", ["lav", "eng"], []),
        ("fre; ger", ["fra", "deu"], []),
        ("sr-Latn", ["srp_latn"], []),
        ("pol", ["pol"], []),
        ("Elvish", [], ["elvish"]),
        ("", [], []),
    ],
)
def test_language_metadata_maps_to_tesseract_codes(hint: str, codes: list[str], unknown: list[str]) -> None:
    assert tesseract_codes(hint) == (codes, unknown)


@pytest.mark.unit
def test_languages_without_a_pack_fall_back_to_english_and_say_what_to_install() -> None:
    choice = fake_tesseract({"eng", "fra"}).choose_languages("lt")
    assert choice.codes == ("eng",)
    assert "no language pack for lit" in choice.note and "tesseract-ocr-lit" in choice.note
    assert fake_tesseract({"eng", "fra"}).choose_languages("French, English").spec == "fra+eng"
    assert "no language in the metadata" in fake_tesseract({"eng"}).choose_languages("").note


@pytest.mark.unit
def test_lines_tesseract_is_unsure_of_are_left_out() -> None:
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        "5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t96\tAssessors",
        "5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t94\tcheck",
        "5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t91\toutcomes.",
        "5\t1\t2\t1\t1\t1\t0\t0\t1\t1\t12\t_[IMITIT",  # a barcode read as letters
        "5\t1\t2\t1\t1\t2\t0\t0\t1\t1\t30\tMAT",
        "5\t1\t3\t1\t1\t1\t0\t0\t1\t1\t88\tNext",
        "4\t1\t3\t1\t1\t0\t0\t0\t1\t1\t-1\t",
    ]
    page = parse_tsv("\n".join([header, *rows]))
    assert page.text == "Assessors check\noutcomes.\n\nNext"
    assert page.dropped_lines == 1
    assert page.words == 6


# ------------------------------------------------------------------------------------------ without Tesseract


@pytest.mark.unit
def test_without_tesseract_a_scan_is_refused_with_how_to_enable_ocr(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("GUIDELINES_TESSERACT", "/nonexistent/tesseract")
    path = scanned_pdf(tmp_path / "scan.pdf", [[WORKLOAD]], dpi=100)
    with pytest.raises(ReadError) as info:
        PdfReader().read(path)
    assert info.value.reason == (
        "no text layer (needs OCR: install Tesseract to read scanned pages (Debian: apt-get install tesseract-ocr))"
    )


@pytest.mark.unit
def test_ocr_switched_off_says_which_setting(tmp_path) -> None:
    path = scanned_pdf(tmp_path / "scan.pdf", [[WORKLOAD]], dpi=100)
    with pytest.raises(ReadError, match=r"OCR is off \(setting ocr_max_pages is 0\)"):
        PdfReader().read(path, limits=Limits(ocr_max_pages=0))


# ------------------------------------------------------------------------------------------ with Tesseract


@pytest.fixture(scope="module")
def scan(tmp_path_factory) -> Path:
    """Three scanned pages: text, a blank page, text."""
    folder = tmp_path_factory.mktemp("scans")
    return scanned_pdf(folder / "scan.pdf", [[WORKLOAD], [], STACKING])


@needs_tesseract
@pytest.mark.integration
@pytest.mark.slow
def test_scanned_pages_are_read_by_ocr_and_marked_as_such(scan: Path) -> None:
    result = PdfReader().read(scan)
    assert [p.location.label for p in result.passages] == ["page 1", "page 3"]
    assert all(p.location.ocr for p in result.passages)
    assert result.passages[0].text == WORKLOAD
    assert result.passages[1].text == " ".join(STACKING)  # wrapped lines joined, as for text layers
    assert result.warnings[0].startswith("pages 1, 3: read by OCR (Tesseract ")
    assert "language eng (no language in the metadata)" in result.warnings[0]
    assert any(w == "page 2: no text layer, and OCR found no text" for w in result.warnings)


@needs_tesseract
@pytest.mark.integration
@pytest.mark.slow
def test_ocr_reads_at_most_ocr_max_pages_and_says_so(scan: Path) -> None:
    result = PdfReader().read(scan, limits=Limits(ocr_max_pages=1))
    assert [p.location.label for p in result.passages] == ["page 1"]
    assert "pages 2-3: no text layer, not read: OCR reads at most 1 pages of a file (setting ocr_max_pages)" in (
        result.warnings
    )


@needs_tesseract
@pytest.mark.integration
def test_ocr_out_of_time_refuses_naming_the_timeout_setting(scan: Path) -> None:
    with pytest.raises(ReadError, match=r"OCR ran out of time \(setting read_timeout_s\)"):
        PdfReader().read(scan, limits=Limits(ocr_seconds=0))


@needs_tesseract
@pytest.mark.integration
@pytest.mark.slow
def test_text_pages_and_a_scanned_page_keep_their_order(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    text = tmp_path / "text.pdf"
    c = canvas.Canvas(str(text))
    c.drawString(72, 760, "Quality assurance of micro-credentials follows the national framework.")
    c.save()
    scanned = scanned_pdf(tmp_path / "scan.pdf", [[WORKLOAD]])
    writer = PdfWriter()
    writer.append(str(text))
    writer.append(str(scanned))
    writer.write(tmp_path / "mixed.pdf")
    result = PdfReader().read(tmp_path / "mixed.pdf", limits=Limits(ocr_languages="English"))
    assert [(p.location.label, p.location.ocr) for p in result.passages] == [("page 1", False), ("page 2", True)]
    assert "page 2: read by OCR" in result.warnings[0] and "language eng)" in result.warnings[0]


def run_cli(*args: str, workspace: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GUIDELINES_EMBEDDING": "minilm-int8", "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "cli", *args, "--json", "--workspace", str(workspace)]
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)


@needs_tesseract
@pytest.mark.integration
@pytest.mark.slow
def test_ocr_passages_say_so_in_search_results_show_and_the_passage_view(tmp_path: Path) -> None:
    from pipeline.settings import Settings
    from pipeline.workspace import Workspace

    folder = tmp_path / "in"
    folder.mkdir()
    scanned_pdf(folder / "scan.pdf", [[WORKLOAD]])
    (folder / "notes.txt").write_text("Recognition officers compare learning outcomes across borders.\n")
    (folder / "metadata.csv").write_text("file,contributor,language\nscan.pdf,Ilze Berzina,lv\n")
    done = run_cli("ingest", str(folder), workspace=tmp_path / "ws")
    assert done.returncode == 0, done.stderr
    warnings = next(o for o in json.loads(done.stdout) if o["file"] == "scan.pdf")["warnings"]
    # Latvian asked for: read in Latvian where the pack is installed, else in English, saying what to install
    assert any("read by OCR" in w and ("language lav" in w or "tesseract-ocr-lav" in w) for w in warnings)
    hits = json.loads(run_cli("search", "hours of learning work", workspace=tmp_path / "ws").stdout)
    by_file = {hit["file"]: hit for hit in hits}
    assert by_file["scan.pdf"]["ocr"] is True and "25 to 30 hours" in by_file["scan.pdf"]["text"]
    assert by_file["notes.txt"]["ocr"] is False
    workspace = Workspace(Settings(workspace=tmp_path / "ws", embedding="minilm-int8"))
    assert workspace.passage(by_file["scan.pdf"]["chunk_id"])["ocr"] is True
    outline = tmp_path / "outline.yaml"
    outline.write_text(
        "title: Guidelines\nversion: '1'\nsections:\n  - id: workload\n    title: Workload\n    audience: provider\n"
        "    purpose: How much learning work a credit stands for.\n"
        "    questions:\n      - How many hours of learning work does one credit stand for?\n"
    )
    assert run_cli("draft", "--outline", str(outline), workspace=tmp_path / "ws").returncode == 0
    shown = json.loads(run_cli("show", "workload", workspace=tmp_path / "ws").stdout)
    flags = {src["file"]: src["ocr"] for src in shown["sources"].values()}
    assert flags.get("scan.pdf") is True, shown["sources"]
    assert all(flag is (file == "scan.pdf") for file, flag in flags.items())


# ------------------------------------------------------------------------------------------ time limits


@pytest.fixture
def hanging_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in ``tesseract`` that answers --version and --list-langs, then hangs on any image, writing its pid
    to a file: a Tesseract stuck on a hostile page."""
    pids = tmp_path / "pids"
    script = tmp_path / "tesseract"
    script.write_text(
        "#!/bin/sh\n"
        'case "$1" in --version) echo "tesseract 5.0.0"; exit 0;; '
        "--list-langs) printf 'List of available languages (1):\\neng\\n'; exit 0;; esac\n"
        f'echo $$ >> "{pids}"\n'
        "exec sleep 60\n"
    )
    script.chmod(0o755)
    monkeypatch.setenv("GUIDELINES_TESSERACT", str(script))
    return pids


def _gone(pids: Path) -> bool:
    """Whether every process that wrote its pid has ended (waiting a little for the kill to land)."""
    import time

    numbers = [int(line) for line in pids.read_text().split()] if pids.exists() else []
    for _ in range(50):
        alive = []
        for pid in numbers:
            try:
                os.kill(pid, 0)
                alive.append(pid)
            except ProcessLookupError:
                pass
        if not alive:
            return bool(numbers)
        time.sleep(0.1)
    return False


@pytest.mark.integration
def test_ocr_stops_at_its_share_of_the_reading_time(tmp_path: Path, hanging_tesseract: Path) -> None:
    path = scanned_pdf(tmp_path / "scan.pdf", [[WORKLOAD]], dpi=100)
    with pytest.raises(ReadError, match=r"OCR ran out of time \(setting read_timeout_s\)"):
        PdfReader().read(path, limits=Limits(ocr_seconds=2))
    assert _gone(hanging_tesseract)  # the hanging Tesseract was stopped, not left behind


@pytest.mark.integration
def test_a_reader_stopped_at_its_timeout_takes_its_tesseract_with_it(tmp_path: Path, hanging_tesseract: Path) -> None:
    from ingest.isolation import ReaderProcess

    path = scanned_pdf(tmp_path / "scan.pdf", [[WORKLOAD]], dpi=100)
    with ReaderProcess(timeout_s=4) as reader, pytest.raises(ReadError, match="timed out after 4 s"):
        reader.read(path, None, Limits(ocr_seconds=600))  # OCR would wait longer than the reader may take
    assert _gone(hanging_tesseract)


def _tsv(paragraphs: list[list[str]]) -> str:
    """Tesseract's TSV for ``paragraphs`` of lines, each paragraph a block of its own, every word read surely."""
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        f"5\t1\t{block}\t1\t{line}\t{word}\t0\t0\t1\t1\t95\t{text}"
        for block, paragraph in enumerate(paragraphs, start=1)
        for line, words in enumerate(paragraph, start=1)
        for word, text in enumerate(words.split(), start=1)
    ]
    return "\n".join([header, *rows])


@pytest.mark.unit
def test_a_sentence_tesseract_broke_over_two_paragraphs_is_one_paragraph_again() -> None:
    broken = [
        ["Our centre trained 300 welders last year. Most of them work"],
        ["in the shipyards of the region.", "They renew their tickets every"],
        ["Three years, at their own cost."],  # ends on "every": the sentence goes on, capital or not
    ]
    page = parse_tsv(_tsv(broken))
    assert page.text == (
        "Our centre trained 300 welders last year. Most of them work\nin the shipyards of the region.\n"
        "They renew their tickets every\nThree years, at their own cost."
    )


@pytest.mark.unit
def test_paragraphs_that_end_a_sentence_or_a_heading_stay_apart() -> None:
    kept = [
        ["Key findings"],  # a heading: no stop, but the next paragraph starts a sentence of its own
        ["Employers want shorter courses."],
        ["Assessment should be on the job:"],
        ["employers know the work best."],  # lower case after a colon: a list's item, kept apart
        ["Contact Anna Berzina"],
        ["Riga Adult Learning Centre"],
    ]
    assert parse_tsv(_tsv(kept)).text == "\n\n".join(p[0] for p in kept)
