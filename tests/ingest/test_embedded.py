"""Pictures' descriptions and embedded workbooks in Word and PowerPoint files become text."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import docx
import pytest
from openpyxl import Workbook
from pptx import Presentation
from pptx.enum.shapes import PROG_ID
from pptx.util import Inches

from ingest.readers.docx import DocxReader
from ingest.readers.embedded import picture_text
from ingest.readers.pptx import PptxReader

pytestmark = pytest.mark.unit

MAP = "Map of the 27 member states shading those whose register lists micro-credentials"


def png(path: Path) -> Path:
    """A one-pixel PNG (what the picture shows does not matter here, only its description)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0\0\0\0")) + chunk(b"IEND", b"")
    )
    return path


def test_machine_written_descriptions_and_file_names_are_not_text() -> None:
    assert picture_text(MAP) == f"Picture: {MAP}"
    assert picture_text("A picture containing text, map\n\nDescription automatically generated") == ""
    assert picture_text("image3.png") == "" and picture_text("Picture 4") == "" and picture_text(None) == ""
    assert picture_text(MAP, "Registers") == f"Picture: Registers - {MAP}"


def test_a_word_picture_with_a_description_is_read_where_it_stands(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Registers", level=1)
    document.add_paragraph("Most member states list micro-credentials in a register.")
    document.add_picture(str(png(tmp_path / "map.png")))
    document.add_picture(str(png(tmp_path / "logo.png")))  # no description: nothing to read
    properties = document.inline_shapes[0]._inline.docPr
    properties.set("descr", MAP)
    document.save(tmp_path / "input.docx")
    passages = DocxReader().read(tmp_path / "input.docx").passages
    assert passages[0].location.label == "section 1 Registers"
    assert passages[0].text.splitlines()[-1] == f"Picture: {MAP}"
    assert "logo" not in passages[0].text


def test_slide_pictures_and_embedded_workbooks_give_their_text(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Country", "Register entries", "Minimum ECTS"])
    sheet.append(["Estonia", 140, 1])
    sheet.append(["Latvia", 85, 3])
    book.save(tmp_path / "counts.xlsx")

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "Registers in the Baltics"
    picture = slide.shapes.add_picture(str(png(tmp_path / "map.png")), Inches(1), Inches(2))
    picture._element.nvPicPr.cNvPr.set("descr", MAP)
    slide.shapes.add_ole_object(str(tmp_path / "counts.xlsx"), PROG_ID.XLSX, Inches(5), Inches(2))
    deck.save(tmp_path / "deck.pptx")

    text = PptxReader().read(tmp_path / "deck.pptx").passages[0].text
    assert f"Picture: {MAP}" in text
    assert "Country: Estonia; Register entries: 140; Minimum ECTS: 1" in text
    assert "Country: Latvia; Register entries: 85; Minimum ECTS: 3" in text


def test_a_broken_embedded_workbook_is_a_warning_not_a_lost_slide(tmp_path: Path) -> None:
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "Survey results"
    slide.shapes.add_ole_object(str(tmp_path / "broken.xlsx"), PROG_ID.XLSX, Inches(1), Inches(2))
    deck.save(tmp_path / "deck.pptx")
    result = PptxReader().read(tmp_path / "deck.pptx")
    assert result.passages[0].text == "Survey results"
    assert any("slide 1: an embedded workbook could not be read" in w for w in result.warnings)
