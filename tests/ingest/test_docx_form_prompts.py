"""An application form filled in Word: each printed prompt in a one-cell box is quoted over the applicant's answer
(ingest.readers.form_prompts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from ingest.model import QUOTE_MARK
from ingest.readers.docx import DocxReader
from ingest.readers.form_prompts import form_prompt
from pipeline.drafting.support import without_quotes

pytestmark = pytest.mark.unit


def _boxed(doc: object, text: str) -> None:
    table = doc.add_table(rows=1, cols=1)  # type: ignore[attr-defined]
    table.cell(0, 0).text = text


def test_boxed_prompts_are_quoted_over_the_answers(tmp_path: Path) -> None:
    doc = Document()
    doc.add_heading("A. Needs analysis", level=1)
    _boxed(doc, "Please explain which target groups the project serves. (maximum 2500 characters)")
    doc.add_paragraph("Our learners are night-shift nurses who cannot attend daytime courses.")
    doc.add_heading("B. Results", level=1)
    _boxed(doc, "Which results will remain after the project ends?")
    doc.add_paragraph("A bank of open modules, published under an open licence.")
    _boxed(doc, "Short courses should always end with an assessment of what was learnt.")  # the writer's own box
    path = tmp_path / "application.docx"
    doc.save(str(path))
    passages = DocxReader().read(path).passages
    text = "\n".join(p.text for p in passages)
    drafted = "\n".join(without_quotes(p.text) for p in passages)
    assert QUOTE_MARK + "Please explain which target groups" in text
    assert "target groups" not in drafted and "remain after the project" not in drafted
    assert "night-shift nurses" in drafted and "open modules" in drafted
    assert "should always end with an assessment" in drafted
    # the prompt is found with its answer, in one passage
    assert any("remain after the project" in p.text and "open modules" in p.text for p in passages)


def test_what_is_not_a_prompt() -> None:
    assert form_prompt(["Budget | EUR 3,000"]) is None
    assert form_prompt(["Provide funding for every adult learner."]) is None
    assert form_prompt(["Describe the project.", "Second row"]) is None
    assert form_prompt(["Summary of activities (1 page max.)"]) is not None
