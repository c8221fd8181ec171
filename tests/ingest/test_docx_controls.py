"""DOCX reader: templates answered in content controls (placeholders left out, the template's prompts quoted)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml

from ingest.model import QUOTE_MARK
from ingest.readers.docx import DocxReader
from pipeline.drafting.support import without_quotes

pytestmark = pytest.mark.unit

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PLACEHOLDER = "Click or tap here to enter text."


def _props(placeholder: bool, extra: str = "") -> str:
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    return f"<w:sdtPr><w:alias w:val='answer'/>{shown}{extra}<w:text/></w:sdtPr>"


def inline_control(text: str | None, extra: str = "") -> str:
    """A run-level control: an answer, or (``None``) its placeholder shown."""
    shown = PLACEHOLDER if text is None else text
    style = "<w:rPr><w:rStyle w:val='PlaceholderText'/></w:rPr>" if text is None else ""
    content = f"<w:sdtContent><w:r>{style}<w:t>{shown}</w:t></w:r></w:sdtContent>"
    return f"<w:sdt>{_props(text is None, extra)}{content}</w:sdt>"


def add_prompt_with_control(document, prompt: str, answer: str | None) -> None:
    """A paragraph holding the template's prompt and a control after it, as many templates lay a form out."""
    body = document.element.body
    p = parse_xml(f'<w:p {_NS}><w:r><w:t xml:space="preserve">{prompt} </w:t></w:r>{inline_control(answer)}</w:p>')
    body.insert(len(body) - 1, p)


def add_block_control(document, answer: str | None) -> None:
    """A block-level control wrapping a paragraph (an answer of several sentences)."""
    body = document.element.body
    shown = PLACEHOLDER if answer is None else answer
    sdt = parse_xml(
        f"<w:sdt {_NS}>{_props(answer is None)}<w:sdtContent><w:p><w:r><w:t>{shown}</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    body.insert(len(body) - 1, sdt)


def add_table_with_controls(document, rows: list[tuple[str, str | None]]) -> None:
    """A two-column table: the question printed in the left cell, a control in the right one."""
    table = document.add_table(rows=len(rows), cols=2)
    for r, (question, answer) in enumerate(rows):
        table.cell(r, 0).text = question
        cell = table.cell(r, 1)
        p = cell.paragraphs[0]._p
        p.append(parse_xml(f"<w:wrapper {_NS}>{inline_control(answer)}</w:wrapper>")[0])


def text_of(path: Path) -> str:
    return "\n\n".join(p.text for p in DocxReader().read(path).passages)


def test_placeholder_of_an_unanswered_control_is_left_out(tmp_path):
    document = docx.Document()
    document.add_paragraph("Our agency publishes every micro-credential in the national register.")
    add_block_control(document, None)
    path = tmp_path / "one.docx"
    document.save(path)
    text = text_of(path)
    assert PLACEHOLDER not in text
    assert "national register" in text


def test_template_prompts_are_quoted_over_the_answers(tmp_path):
    document = docx.Document()
    document.add_heading("Consultation on micro-credentials", level=1)
    add_prompt_with_control(document, "Name of your organisation:", "Tallinn Vocational Centre")
    document.add_paragraph("1. Should micro-credentials be part of the national qualifications framework?")
    add_block_control(document, "Yes, once their learning outcomes are assessed against a level descriptor.")
    document.add_paragraph("2. How should stackability be ensured?")
    add_block_control(document, None)
    path = tmp_path / "template.docx"
    document.save(path)
    text = text_of(path)
    assert PLACEHOLDER not in text
    assert f"{QUOTE_MARK}1. Should micro-credentials be part of the national qualifications framework?" in text
    assert f"{QUOTE_MARK}Name of your organisation:\nTallinn Vocational Centre" in text
    own = without_quotes(text)
    assert "Yes, once their learning outcomes are assessed" in own
    assert "Tallinn Vocational Centre" in own
    assert "Should micro-credentials" not in own and "stackability" not in own
    sections = {p.location.section for p in DocxReader().read(path).passages}
    assert sections == {"1 Consultation on micro-credentials"}  # numbered; the heading still heads its answers


def test_template_table_quotes_the_question_cells(tmp_path):
    document = docx.Document()
    add_table_with_controls(
        document,
        [
            ("Which body awards the credential?", "The sector skills council awards it after an exam."),
            ("Is prior learning validated?", None),
            ("How many ECTS does a typical course carry?", "Between 2 and 5 ECTS."),
        ],
    )
    path = tmp_path / "table.docx"
    document.save(path)
    result = DocxReader().read(path)
    table = next(p for p in result.passages if p.location.table == 1)
    assert PLACEHOLDER not in table.text
    assert f"{QUOTE_MARK}Which body awards the credential?\nThe sector skills council awards it" in table.text
    assert f"{QUOTE_MARK}Is prior learning validated?" in table.text
    own = without_quotes(table.text)
    assert "Between 2 and 5 ECTS." in own and "ECTS does a typical course" not in own


def test_a_document_with_one_control_reads_as_before(tmp_path):
    """A single control (a date field in a letter) is too little to tell a template: the text stays the writer's."""
    document = docx.Document()
    document.add_paragraph("We recommend that every provider publishes its assessment criteria.")
    add_prompt_with_control(document, "Date:", "12 March 2025")
    path = tmp_path / "letter.docx"
    document.save(path)
    text = text_of(path)
    assert QUOTE_MARK not in text
    assert "We recommend that every provider publishes its assessment criteria." in text
    assert "Date: 12 March 2025" in text


def test_building_block_controls_are_no_answers(tmp_path):
    """A table of contents and fields bound to the title are Word's own controls: the body stays the writer's."""
    document = docx.Document()
    body = document.element.body
    for value in ("Contents", "Micro-credentials in practice"):
        gallery = "<w:docPartObj><w:docPartGallery w:val='Table of Contents'/></w:docPartObj>"
        sdt = parse_xml(
            f"<w:sdt {_NS}><w:sdtPr>{gallery}</w:sdtPr><w:sdtContent><w:p><w:r><w:t>{value}</w:t></w:r></w:p>"
            "</w:sdtContent></w:sdt>"
        )
        body.insert(len(body) - 1, sdt)
    document.add_paragraph("Providers should describe learning outcomes in terms of what learners can do.")
    path = tmp_path / "report.docx"
    document.save(path)
    text = text_of(path)
    assert QUOTE_MARK not in text
    assert "Providers should describe learning outcomes" in text


def test_a_template_left_unanswered_reads_as_before(tmp_path):
    """Controls all showing their placeholders: what was typed outside them is the contributor's."""
    document = docx.Document()
    document.add_paragraph("We answer below rather than in the boxes: quality assurance must stay external.")
    add_block_control(document, None)
    add_block_control(document, None)
    path = tmp_path / "unanswered.docx"
    document.save(path)
    text = text_of(path)
    assert QUOTE_MARK not in text and PLACEHOLDER not in text
    assert "quality assurance must stay external" in text


def test_a_prompt_locked_in_a_control_is_the_templates(tmp_path):
    """Templates often lock their questions in controls whose content cannot be edited: those are no answers."""
    document = docx.Document()
    body = document.element.body
    for question, answer in (
        ("Which level should a micro-credential carry?", "Level 5 for most vocational courses."),
        ("Who should assess it?", "An assessor independent of the trainer."),
    ):
        lock = "<w:lock w:val='sdtContentLocked'/>"
        locked = parse_xml(
            f"<w:sdt {_NS}><w:sdtPr><w:alias w:val='question'/>{lock}</w:sdtPr><w:sdtContent><w:p><w:r>"
            f"<w:t>{question}</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        )
        body.insert(len(body) - 1, locked)
        add_block_control(document, answer)
    path = tmp_path / "locked.docx"
    document.save(path)
    text = text_of(path)
    assert f"{QUOTE_MARK}Which level should a micro-credential carry?" in text
    own = without_quotes(text)
    assert "Level 5 for most vocational courses." in own and "An assessor independent" in own
    assert "Which level" not in own and "Who should assess" not in own


def add_table_with_cell_controls(document, rows: list[tuple[str, str | None]]) -> None:
    """A two-column table whose right cells are each one control wrapping the cell's paragraph (as Word writes a
    control inserted around a whole cell's content), an unanswered one showing its placeholder."""
    table = document.add_table(rows=len(rows), cols=2)
    for r, (question, answer) in enumerate(rows):
        table.cell(r, 0).text = question
        tc = table.cell(r, 1)._tc
        for p in list(tc.iterchildren(qn("w:p"))):
            tc.remove(p)
        shown = PLACEHOLDER if answer is None else answer
        style = "<w:rPr><w:rStyle w:val='PlaceholderText'/></w:rPr>" if answer is None else ""
        tc.append(
            parse_xml(
                f"<w:sdt {_NS}>{_props(answer is None)}<w:sdtContent><w:p><w:r>{style}<w:t>{shown}</w:t></w:r>"
                "</w:p></w:sdtContent></w:sdt>"
            )
        )


def test_a_cell_controls_placeholder_is_left_out_and_its_answers_kept(tmp_path):
    document = docx.Document()
    add_table_with_cell_controls(
        document,
        [
            ("Who should assess the learners?", "Assessors from the trade, paid by the regional fund."),
            ("Which languages do your courses use?", "Greek and English."),
            ("Any other remarks", None),
        ],
    )
    path = tmp_path / "cells.docx"
    document.save(path)
    table = next(p for p in DocxReader().read(path).passages if p.location.table == 1)
    assert PLACEHOLDER not in table.text
    assert f"{QUOTE_MARK}Any other remarks" in table.text  # the prompt stays quoted, on its own
    assert f"{QUOTE_MARK}Who should assess the learners?\nAssessors from the trade" in table.text
    assert "Greek and English." in without_quotes(table.text)
