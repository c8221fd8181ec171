"""A comment-resolution table: the draft's quoted wording is the draft's, never the commenter's."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ingest.readers.comment_table import comment_rows
from ingest.readers.docx import DocxReader
from pipeline.drafting.support import without_quotes

pytestmark = pytest.mark.unit


def _table_doc(path: Path, rows: list[list[str]]) -> Path:
    document = docx.Document()
    document.add_paragraph("Comments from the Tyrol Carpenters' Guild on draft 2")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(str(path))
    return path


def test_the_drafts_wording_is_quoted_over_the_commenters_row(tmp_path: Path) -> None:
    path = _table_doc(
        tmp_path / "comments.docx",
        [
            ["#", "Paragraph", "Original text", "Comments", "Suggested change"],
            ["1", "3.1", "Providers may set their own fees.", "Fees above 90 euros keep apprentices out.", "Cap fees."],
            ["2", "4.2", "", "Say who keeps the register.", "Name the ministry."],
        ],
    )
    table = next(p for p in DocxReader().read(path).passages if p.location.table)
    lines = table.text.split("\n")
    assert "> Original text: Providers may set their own fees." in lines
    assert "1 | 3.1 | Fees above 90 euros keep apprentices out. | Cap fees." in lines
    assert "2 | 4.2 | Say who keeps the register. | Name the ministry." in lines
    # the drafter never reads the quoted line as the guild's
    own = without_quotes(table.text)
    assert "set their own fees" not in own and "90 euros" in own


def test_an_ordinary_table_stays_as_it_was() -> None:
    rows = ["Country | Fee | Comment", "Austria | 60 | Paid by the employer", "Italy | 45 | Paid by the learner"]
    assert comment_rows(rows) is None
    # a table naming the draft's text but no comments is no comment table either
    assert comment_rows(["Section | Draft text", "2.1 | Providers should publish the fee."]) is None


def test_a_writer_comment_table_is_read_as_words_is(tmp_path: Path) -> None:
    from ingest.readers.odf import OdtReader
    from tests.ingest.test_odf import h, table, write_odf

    rows = [
        ["No.", "Section", "Current wording", "Remarks", "Proposal"],
        ["1", "2.4", "Learners may retake an assessment once.", "Adults with shifts need two retakes.", "Allow two."],
        ["2", "5.1", "", "Name the body that hears appeals.", "The regional board."],
    ]
    path = write_odf(tmp_path / "remarks.odt", "text", h(1, "Remarks of the Bothnia Nurses' Union") + table(rows))
    passage = next(p for p in OdtReader().read(path).passages if p.location.table)
    lines = passage.text.split("\n")
    assert lines[:3] == [
        "No. | Section | Remarks | Proposal",
        "> Current wording: Learners may retake an assessment once.",
        "1 | 2.4 | Adults with shifts need two retakes. | Allow two.",
    ]
    assert "2 | 5.1 | Name the body that hears appeals. | The regional board." in lines
    own = without_quotes(passage.text)
    assert "retake an assessment once" not in own and "two retakes" in own
