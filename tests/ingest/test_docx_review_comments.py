"""A Word file's reviewers' comments are not read as the contributor's words, but a warning names them."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ingest.readers.docx import DocxReader

pytestmark = pytest.mark.unit


def test_reviewers_comments_are_named_in_a_warning_and_never_read(tmp_path: Path) -> None:
    document = docx.Document()
    body = document.add_paragraph("Short courses should be free for jobseekers who are registered with us.")
    document.add_comment(body.runs, text="Is there a fee of 40 euros for this?", author="Lena Moor", initials="LM")
    second = document.add_paragraph("Every course should end with a practical test.")
    document.add_comment(second.runs, text="Check with the board.", author="Ivo Kran")
    document.save(str(tmp_path / "opinion.docx"))
    result = DocxReader().read(tmp_path / "opinion.docx")
    text = "\n".join(p.text for p in result.passages)
    assert "40 euros" not in text and "Check with the board" not in text
    (warning,) = [w for w in result.warnings if "comment" in w]
    assert warning.startswith("2 comments left in the margin (by Lena Moor, Ivo Kran), not read")


def test_a_document_without_comments_gets_no_warning(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Every course should end with a practical test.")
    document.save(str(tmp_path / "plain.docx"))
    assert not DocxReader().read(tmp_path / "plain.docx").warnings
