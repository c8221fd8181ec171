"""An easy-read Word document is no transcript: its title's colon and its pictures' alt text open no turns.

The Word reader writes a picture's alt text as "Picture: ..." before the line beside it, and an easy-read
document's title is often "Topic: what we think". Neither is a speaker: the document is read whole, as the
contributor's own, while a real record of turns under such a title still keeps only its contributor's turns.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path

import docx
import pytest
from docx.shared import Cm

from ingest.model import Location, Passage
from ingest.readers import reader_for
from ingest.turns import own_turns

pytestmark = pytest.mark.integration

# a one-pixel PNG: the pictures' content does not matter, their alt text does
_PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC")


def _easy_read(path: Path, title: str, rows: list[tuple[str, str]]) -> Path:
    document = docx.Document()
    document.add_paragraph(title)
    document.add_paragraph("Easy read. From our allotment club")
    table = document.add_table(rows=0, cols=2)
    for n, (alt, line) in enumerate(rows):
        left, right = table.add_row().cells
        picture = left.paragraphs[0].add_run().add_picture(io.BytesIO(_PNG), width=Cm(2))
        picture._inline.docPr.set("descr", alt)
        picture._inline.docPr.set("name", f"Picture {n + 1}")
        right.paragraphs[0].text = line
    document.save(path)
    return path


ROWS = [
    ("Two people with spades", "We dug six beds in the spring."),
    ("A basket of beans", "We want short courses on growing food."),
    ("A certificate with a leaf", "A course should end with a certificate on paper."),
    ("A bus at a stop", "Courses should be near a bus stop."),
]


@pytest.mark.parametrize("title", ["Garden: what we did", "Allotments: our view on courses"])
def test_an_easy_read_under_a_title_with_a_colon_is_read_whole(tmp_path: Path, title: str) -> None:
    path = _easy_read(tmp_path / "easy.docx", title, ROWS)
    passages = reader_for(path).read(path).passages
    assert any("Picture: Two people with spades" in p.text for p in passages)  # the reader writes the alt text
    kept, notes = own_turns(passages, "Rita Camilleri", "Allotment Club")
    assert notes == []
    text = "\n".join(p.text for p in kept)
    assert "A course should end with a certificate on paper." in text
    assert title in text


def _passages(*texts: str) -> list[Passage]:
    return [Passage(t, Location(f"paragraph {k}", paragraph=k)) for k, t in enumerate(texts, 1)]


def test_a_hearing_under_a_title_with_a_colon_still_keeps_only_its_contributors_turns() -> None:
    kept, notes = own_turns(
        _passages(
            "Hearing on allotments: the record",
            "Chair: We open the hearing.\nMs Camilleri: We want short courses on growing food.\n"
            "Mr Zammit: Courses cost too much for us.\nChair: Thank you both.\n"
            "Ms Camilleri: Certificates should be on paper.",
        ),
        "Rita Camilleri",
        "Allotment Club",
    )
    text = "\n".join(p.text for p in kept)
    assert "Hearing on allotments: the record" in text
    assert "short courses on growing food" in text and "Certificates should be on paper." in text
    assert "cost too much" not in text and "We open the hearing" not in text
    assert notes and "Mr Zammit" in notes[0]
