"""A square social-media carousel: the page marker in a corner and the account's handle at the foot, repeated on
every slide, are furniture; the statements, and a handle or fraction inside a sentence, are read
(ingest/readers/pptx_furniture.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Emu, Inches

from ingest.readers.pptx import PptxReader
from ingest.readers.pptx_furniture import drop_furniture

pytestmark = pytest.mark.unit

STATEMENTS = [
    ("Repair cafés near you", "A carousel by the tool library"),
    ("Every district should have a repair café open once a month.", "Most broken toasters only need a fuse."),
    ("1/3 of the things we fix come back within a year.", "Ask @FixItGuild for spare parts."),
    ("Volunteers should get a certificate for the hours they give.", "It helps them find work."),
]


def _carousel(path: Path, marker: str = "{n}/{m}", handle: str = "@ToolLibraryOslo") -> Path:
    deck = Presentation()
    deck.slide_width = deck.slide_height = Emu(10287000)  # 1080 x 1080 pixels
    for n, (statement, small) in enumerate(STATEMENTS, start=1):
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        for text, top in (
            (marker.format(n=n, m=len(STATEMENTS)), 0.2),
            (statement, 3.0),
            (small, 6.0),
            (handle, 10.0),
        ):
            slide.shapes.add_textbox(Inches(0.5), Inches(top), Inches(9), Inches(0.8)).text_frame.text = text
    deck.save(path)
    return path


def test_page_markers_and_the_handle_on_every_slide_are_left_out(tmp_path):
    result = PptxReader().read(_carousel(tmp_path / "carousel.pptx"))
    assert [p.text for p in result.passages] == [f"{a}\n{b}" for a, b in STATEMENTS]


def test_markers_written_with_of_are_furniture_too(tmp_path):
    result = PptxReader().read(_carousel(tmp_path / "carousel.pptx", marker="{n} of {m}"))
    assert all(not p.text.split("\n")[0].endswith(f"of {len(STATEMENTS)}") for p in result.passages)
    assert "@ToolLibraryOslo" not in "\n".join(p.text for p in result.passages)


def test_a_number_or_handle_on_one_slide_only_is_text():
    slides = [["2/4", "Fix it first."], ["A handle: ", "@OnlyOnce"], ["Nothing repeats here."]]
    assert drop_furniture(slides) == slides


def test_a_marker_that_is_not_the_slides_number_stays():
    slides = [["3/4", "Claim one."], ["3/4", "Claim two."]]
    assert drop_furniture(slides) == slides
