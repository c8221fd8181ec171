"""A conference poster made in PowerPoint: one large slide, a title banner across the top, panels in columns, each
panel a group of a heading bar and a text box. The panels are read column by column, as a reader reads a poster;
boxes placed side by side without groups keep their row order."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Cm

from ingest.readers.pptx import PptxReader

pytestmark = pytest.mark.unit

PANELS = {  # column: panels top to bottom, laid out so that row order would read "Aim, Results, Method, ..."
    0: [("Aim", 5), ("Method", 30)],
    1: [("Results", 5), ("Conclusions", 40)],
    2: [("Sources", 5)],
}


def poster(path: Path, grouped: bool = True) -> Path:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Cm(84), Cm(119)
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    banner = slide.shapes.add_textbox(Cm(0), Cm(0), Cm(84), Cm(4))
    banner.text_frame.text = "Short courses and jobs: a poster"
    for column, panels in PANELS.items():
        for name, top in panels:
            left = Cm(2 + 27 * column)
            bar = slide.shapes.add_textbox(left, Cm(top + 4), Cm(25), Cm(2))
            bar.text_frame.text = name
            body = slide.shapes.add_textbox(left, Cm(top + 7), Cm(25), Cm(10))
            body.text_frame.text = f"What the {name.lower()} panel says."
            if grouped:
                slide.shapes.add_group_shape([bar, body])
    prs.save(path)
    return path


def _order(text: str, names: list[str]) -> list[str]:
    return sorted(names, key=text.find)


def test_a_posters_grouped_panels_are_read_column_by_column(tmp_path: Path) -> None:
    (passage,) = PptxReader().read(poster(tmp_path / "poster.pptx")).passages
    assert passage.text.startswith("Short courses and jobs: a poster")
    names = [name for panels in PANELS.values() for name, _ in panels]
    assert _order(passage.text, names) == ["Aim", "Method", "Results", "Conclusions", "Sources"]


def test_boxes_placed_side_by_side_without_groups_keep_their_row_order(tmp_path: Path) -> None:
    (passage,) = PptxReader().read(poster(tmp_path / "boxes.pptx", grouped=False)).passages
    names = [name for panels in PANELS.values() for name, _ in panels]
    assert _order(passage.text, names) == ["Aim", "Results", "Sources", "Method", "Conclusions"]
