"""Reviewers' comments in a submission's record are never its author's words (ingest.reviews)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.model import Location, Passage
from ingest.ownership import own_words
from ingest.readers.text import TextReader
from ingest.reviews import drop_reviews

pytestmark = pytest.mark.unit


def test_a_submission_record_leaves_out_its_reviews(tmp_path: Path) -> None:
    path = tmp_path / "paper_0912.txt"
    path.write_text(
        "Paper 0912 - review record\n\n"
        "Abstract:\nOur polytechnic asks that short courses carry a level of the national framework.\n\n"
        "Comments from the reviewers:\n"
        "Referee A: The level is less important than the fee.\n"
        "Referee B: Please add figures on completion.\n\n"
        "Decision date: 12/05/2026\n",
        encoding="utf-8",
    )
    own = own_words(TextReader().read(path).passages, "Lena Moretti", "Northern Polytechnic", None)
    text = "\n".join(p.text for p in own.passages)
    assert "carry a level of the national framework" in text and "Decision date" in text
    assert "less important than the fee" not in text and "figures on completion" not in text
    assert any("Referee A" in n and "Referee B" in n for n in own.notes)


def test_text_that_talks_about_reviewers_stays() -> None:
    passages = [
        Passage("Reviewers' reports should be published.\nEvery reviewer should be paid.", Location("p1")),
        Passage("Reviewers: two per course, one from industry.", Location("p2")),
    ]
    kept, notes = drop_reviews(passages)
    assert kept == passages and notes == []
