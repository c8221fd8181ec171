"""A press release's letterhead and notes to editors are the press office's frame, not the organisation's input
(ingest/press_release.py, applied with the other cues by ingest.cues.drop_cues)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ingest.cues import drop_cues
from ingest.model import Location, Passage
from ingest.readers.docx import DocxReader

pytestmark = pytest.mark.unit

LETTERHEAD = ["Baltic Port Trainers' Association", "Harbour Street 4, LV-1010 Riga · www.bpta.example.lv"]
STATEMENT = [
    "Port trainers call for shared rules on micro-credentials",
    "RIGA, 4 February 2026 – The association asks that every micro-credential for port work state its workload in "
    "hours and be assessed on the quay.",
    "Our members trained 1,200 crane operators last year, and each of them should carry the credential abroad.",
]
NOTES = [
    "ENDS",
    "Notes to editors",
    "The association was founded in 1995 and has 85 member companies.",
    "Media contact: Ilze Kalnina, +371 2000 0000, press@bpta.example.lv",
]


def _docx(path: Path, paragraphs: list[str]) -> Path:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


def _stored(path: Path) -> str:
    kept, _ = drop_cues(DocxReader().read(path).passages)
    return "\n".join(p.text for p in kept)


def test_a_releases_letterhead_label_and_notes_to_editors_are_left_out(tmp_path: Path) -> None:
    release = [*LETTERHEAD, "PRESS RELEASE", "For immediate release", *STATEMENT, *NOTES]
    text = _stored(_docx(tmp_path / "release.docx", release))
    assert text.split("\n") == STATEMENT


def test_an_about_heading_or_a_contact_line_ends_the_statement_without_an_end_mark() -> None:
    passages = [
        Passage("\n".join(["News release", *STATEMENT[:2]]), Location("page 1", page=1)),
        Passage("\n".join([STATEMENT[2], "About the Baltic Port Trainers' Association", NOTES[2]]), Location("page 2")),
        Passage("For media enquiries: press@bpta.example.lv", Location("page 2")),
    ]
    kept, notes = drop_cues(passages)
    assert [p.text for p in kept] == ["\n".join(STATEMENT[:2]), STATEMENT[2]]
    assert notes


def test_a_text_that_is_no_press_release_keeps_its_about_and_contact_lines(tmp_path: Path) -> None:
    # no "press release" label: a report's own "About ..." heading and a contact line are its text
    report = [*STATEMENT, "About 40% of our members offer evening courses", *NOTES[1:]]
    assert _stored(_docx(tmp_path / "report.docx", report)).split("\n") == report


def test_a_release_whose_opening_holds_a_sentence_keeps_its_opening_and_an_about_sentence() -> None:
    opening = "Our association has asked the ministry twice to publish the register, and it has not done so yet."
    passages = [Passage("\n".join([opening, "Press release", *STATEMENT]), Location("page 1"))]
    kept, _ = drop_cues(passages)
    assert kept[0].text.startswith(opening)  # a letterhead has no sentence: this opening is the writer's
    about = "About 40% of our members offer evening courses"  # no heading: figures in the statement stay
    kept, _ = drop_cues([Passage("\n".join(["PRESS RELEASE", *STATEMENT, about]), Location("page 1"))])
    assert kept[0].text.split("\n") == [*STATEMENT, about]
