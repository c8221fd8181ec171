"""A submission record's fields are the system's; the abstract under them is its author's (ingest.submission_record)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.model import Location, Passage
from ingest.ownership import own_words
from ingest.readers.text import TextReader
from ingest.submission_record import drop_record_fields

pytestmark = pytest.mark.unit

RECORD = (
    "Journal of Vocational Pathways - manuscript submission form\n"
    "Exported from the editorial system on 11/02/2026\n\n"
    "Manuscript number: JVP-2026-0311\n"
    "Decision: Minor revision\n"
    "Submission type: Short communication\n\n"
    "Title: Apprenticeship credits in small firms\n"
    "Corresponding author: Tomasz Wierzbicki\n"
    "Co-authors: Ilse Verbruggen; Paulo Saramago\n"
    "Affiliations: Institute of Crafts, Gdynia; Polytechnic of Leiria\n"
    "Keywords: apprenticeships; credits; small firms\n\n"
    "Abstract:\n"
    "Small firms rarely issue credits for the training they give. We propose that the chamber of crafts keeps "
    "one register of such credits for the whole region.\n\n"
    "Funding: our own institute paid for the interviews.\n\n"
    "Word count: 31\n"
)


def test_the_record_keeps_only_the_authors_text(tmp_path: Path) -> None:
    path = tmp_path / "JVP-2026-0311.txt"
    path.write_text(RECORD, encoding="utf-8")
    own = own_words(TextReader().read(path).passages, "Tomasz Wierzbicki", "Institute of Crafts", None)
    text = "\n".join(p.text for p in own.passages)
    assert "chamber of crafts keeps one register" in text
    assert "our own institute paid for the interviews" in text  # a line the system does not ask for stays
    for field in ("JVP-2026", "Minor revision", "Short communication", "Ilse Verbruggen", "Leiria", "small firms\n",
                  "Word count", "editorial system", "Abstract:"):  # fmt: skip
        assert field not in text, field
    note = next(n for n in own.notes if "submission record" in n)
    assert "Manuscript number" in note and "Co-authors" in note and "Keywords" in note


def test_a_document_with_a_few_form_lines_is_no_record() -> None:
    passages = [
        Passage(
            "Policy note on adult learning\nAuthors: Marta Kowalczyk\nKeywords: adults; evening classes", Location("p1")
        ),  # fmt: skip
        Passage("Status: the programme runs in four towns.\nTitle: not decided yet.", Location("p2")),
        Passage("Evening classes should count towards a certificate.", Location("p3")),
    ]
    kept, notes = drop_record_fields(passages)
    assert kept == passages and notes == []


def test_a_record_with_fields_of_a_submission_system_in_one_passage() -> None:
    passages = [
        Passage("Proposal ID: P-77\nTrack: Workplace learning\nAuthors: Rui Couto\nKeywords: mentoring", Location("a")),
        Passage("Summary:\nMentors in firms need two days of training a year.", Location("b")),
    ]
    kept, notes = drop_record_fields(passages)
    assert [p.text for p in kept] == ["Mentors in firms need two days of training a year."]
    assert kept[0].location == Location("b") and len(notes) == 1
