"""Scanned pages sent as images (.png, .jpg): read by Tesseract as ``page 1``, marked as OCR; without Tesseract
the file is refused with one line saying how to read it, naming the file, while the batch goes on.

The images are drawn in code with Pillow: nothing is downloaded.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from ingest.readers import reader_for
from ingest.readers.base import Limits, ReadError
from ingest.readers.image import ImageReader

REPO = Path(__file__).resolve().parents[2]
needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="Tesseract (tesseract-ocr) not installed"
)
NO_TESSERACT = (
    "an image of a page: needs OCR (install Tesseract to read scanned pages (Debian: apt-get install tesseract-ocr))"
)

PARAGRAPHS = [
    ["Our agency supports a national register of micro-credentials,", "kept by the quality assurance agency."],
    ["Each credential should state its workload in hours and in", "credits, and the form of assessment used."],
]
EXIF_ORIENTATION = 0x0112
TURNED_RIGHT = 6  # the camera held sideways: the viewer turns the image a quarter clockwise


def letter_image(path: Path, dpi: int = 300, turned: bool = False) -> Path:
    """A one-page letter as a scanner or phone saves it: 12 pt type on an A4 page at ``dpi``, a blank line
    between paragraphs; ``turned`` stores it sideways with the EXIF tag that tells viewers to turn it."""
    font = ImageFont.load_default(size=round(12 * dpi / 72))
    image = Image.new("L", (round(8.27 * dpi), round(11.69 * dpi)), 255)
    draw = ImageDraw.Draw(image)
    y = dpi
    for lines in [["Dear colleagues,"], *PARAGRAPHS]:
        for line in lines:
            draw.text((dpi, y), line, fill=0, font=font)
            y += round(18 * dpi / 72)
        y += round(18 * dpi / 72)
    if not turned:
        image.save(path, dpi=(dpi, dpi))
        return path
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = TURNED_RIGHT
    image.convert("RGB").rotate(90, expand=True).save(path, quality=90, exif=exif)
    return path


@pytest.mark.unit
@pytest.mark.parametrize("name", ["scan.png", "scan.jpg", "scan.JPEG", "fax.tif", "fax.tiff"])
def test_png_jpeg_and_tiff_files_go_to_the_image_reader(tmp_path: Path, name: str) -> None:
    image = Image.new("L", (64, 64), 255)
    image.save(tmp_path / name, format={".png": "PNG", ".tif": "TIFF", ".tiff": "TIFF"}.get(name[-4:].lower(), "JPEG"))
    assert reader_for(tmp_path / name).name == "tesseract"


@pytest.mark.unit
def test_a_text_file_named_png_is_refused_saying_what_it_is(tmp_path: Path) -> None:
    (tmp_path / "notes.png").write_text("Recognition officers compare learning outcomes.\n")
    with pytest.raises(ReadError, match=r"^not a PNG, JPEG or TIFF image \(content looks like text\)$"):
        reader_for(tmp_path / "notes.png")


@pytest.mark.unit
def test_without_tesseract_an_image_is_refused_saying_how_to_read_it(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GUIDELINES_TESSERACT", "/nonexistent/tesseract")
    with pytest.raises(ReadError) as info:
        ImageReader().read(letter_image(tmp_path / "letter.png", dpi=100))
    assert info.value.reason == NO_TESSERACT


@pytest.mark.unit
def test_ocr_switched_off_names_the_setting(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"OCR is off \(setting ocr_max_pages is 0\)"):
        ImageReader().read(letter_image(tmp_path / "letter.png", dpi=100), limits=Limits(ocr_max_pages=0))


@pytest.mark.unit
def test_a_blank_image_is_refused_as_holding_no_text(tmp_path: Path) -> None:
    Image.new("L", (800, 1100), 250).save(tmp_path / "blank.png")
    with pytest.raises(ReadError, match="an image without text"):
        ImageReader().read(tmp_path / "blank.png")


@needs_tesseract
@pytest.mark.integration
@pytest.mark.slow
@pytest.mark.parametrize("turned", [False, True], ids=["png", "jpeg-turned-by-exif"])
def test_a_one_page_letter_at_300_dpi_is_read_with_its_paragraphs(tmp_path: Path, turned: bool) -> None:
    path = letter_image(tmp_path / ("letter.jpg" if turned else "letter.png"), turned=turned)
    result = reader_for(path).read(path)
    (passage,) = result.passages
    assert (passage.location.label, passage.location.page, passage.location.ocr) == ("page 1", 1, True)
    paragraphs = passage.text.split("\n\n")
    # wrapped lines joined, paragraphs kept, the salutation opening the letter left out as in a PDF
    assert paragraphs == [" ".join(lines) for lines in PARAGRAPHS]
    assert result.warnings[0].startswith("page 1: read by OCR (Tesseract ")


@pytest.mark.integration
@pytest.mark.slow
def test_without_tesseract_the_batch_goes_on_and_the_image_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    letter_image(folder / "letter.png", dpi=100)
    (folder / "notes.txt").write_text("Recognition officers compare learning outcomes across borders.\n")
    env = {**os.environ, "GUIDELINES_TESSERACT": "/nonexistent/tesseract", "GUIDELINES_EMBEDDING": "fake:64"}
    env["PYTHONPATH"] = str(REPO)
    command = [sys.executable, "-m", "cli", "ingest", str(folder), "--workspace", str(tmp_path / "ws"), "--json"]
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 3, done.stderr  # some files failed, the others were ingested
    status = {o["file"]: (o["status"], o["reason"]) for o in json.loads(done.stdout)}
    assert status == {"letter.png": ("failed", NO_TESSERACT), "notes.txt": ("ingested", "")}
    assert f"letter.png: {NO_TESSERACT}" in done.stderr


@needs_tesseract
@pytest.mark.integration
@pytest.mark.slow
def test_a_tiff_of_several_pages_reads_each_page_at_its_number(tmp_path: Path) -> None:
    """A scanner's multi-page TIFF: a page of text, a blank page, a page of text."""
    first = Image.open(letter_image(tmp_path / "one.png", dpi=200))
    blank = Image.new("L", first.size, 255)
    first.save(tmp_path / "fax.tif", save_all=True, append_images=[blank, first.copy()], compression="tiff_lzw")
    result = reader_for(tmp_path / "fax.tif").read(tmp_path / "fax.tif")
    assert [(p.location.label, p.location.ocr) for p in result.passages] == [("page 1", True), ("page 3", True)]
    assert result.passages[0].text.endswith(" ".join(PARAGRAPHS[-1]))
    assert result.warnings[0].startswith("pages 1, 3: read by OCR")
    assert "page 2: no text found" in result.warnings
