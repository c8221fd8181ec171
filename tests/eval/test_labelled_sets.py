"""A labelled set folder is read with the outline its team wrote: YAML when there is one, else Markdown."""

from __future__ import annotations

import pytest

from eval.labelled_sets import folder_set
from pipeline.drafting.outline import load_outline


@pytest.mark.unit
def test_a_set_folder_without_a_yaml_outline_is_read_from_its_markdown_one(tmp_path):
    (tmp_path / "outline.md").write_text(
        "# Guidelines\n\n## 1. Access\n\nAudience: policy makers\n\n- Should access depend on earlier diplomas?\n",
        encoding="utf-8",
    )
    labelled = folder_set("fourth", tmp_path)
    assert labelled.outline == tmp_path / "outline.md"
    assert [q for s in load_outline(labelled.outline).sections for q in s.questions] == [
        "Should access depend on earlier diplomas?"
    ]
    assert (labelled.corpus, labelled.labels.name, labelled.gold.name) == (
        tmp_path / "corpus",
        "drafting_labels.jsonl",
        "drafting_gold.yaml",
    )
    # a YAML outline beside it is the one the set was written with, as eval/heldout/run.py reads it
    (tmp_path / "outline.yaml").write_text("title: G\nsections:\n  - title: Access\n    questions: [Who?]\n")
    assert folder_set("fourth", tmp_path).outline == tmp_path / "outline.yaml"


@pytest.mark.unit
def test_a_set_folder_with_no_outline_yet_names_the_yaml_one_it_lacks(tmp_path):
    # reading it then fails naming the file a set folder is expected to hold
    assert folder_set("new", tmp_path).outline == tmp_path / "outline.yaml"


@pytest.mark.unit
def test_a_set_folder_with_only_a_word_outline_is_read_from_it(tmp_path):
    # eval/heldout4/ came with its outline as a Word file, as eval/heldout/run.py reads it
    from docx import Document

    doc = Document()
    doc.add_heading("1. Access", level=1)
    doc.add_paragraph("Should access depend on earlier diplomas?", style="List Bullet")
    doc.save(tmp_path / "outline.docx")
    labelled = folder_set("word", tmp_path)
    assert labelled.outline == tmp_path / "outline.docx"
    assert [q for s in load_outline(labelled.outline).sections for q in s.questions] == [
        "Should access depend on earlier diplomas?"
    ]
    # a Markdown outline beside it comes first, as in eval/heldout/run.py
    (tmp_path / "outline.md").write_text("## 1. Access\n\n- Who?\n", encoding="utf-8")
    assert folder_set("word", tmp_path).outline == tmp_path / "outline.md"


@pytest.mark.unit
def test_a_set_folder_with_a_plain_text_or_workbook_outline_is_read_from_it(tmp_path):
    # eval/heldout7/ came with its outline as plain text and eval/heldout6/ as a workbook, as eval/heldout/run.py
    # reads them; the drafter's own loader reads both
    (tmp_path / "outline.txt").write_text(
        "ACCESS\nAudience: policy makers\nQ1. Should access depend on earlier diplomas?\n", encoding="utf-8"
    )
    labelled = folder_set("text", tmp_path)
    assert labelled.outline == tmp_path / "outline.txt"
    assert [q for s in load_outline(labelled.outline).sections for q in s.questions] == [
        "Should access depend on earlier diplomas?"
    ]
    # a Word outline beside it comes first, as in eval/heldout/run.py
    from docx import Document

    doc = Document()
    doc.add_heading("1. Access", level=1)
    doc.add_paragraph("Who?", style="List Bullet")
    doc.save(tmp_path / "outline.docx")
    assert folder_set("text", tmp_path).outline == tmp_path / "outline.docx"
    (tmp_path / "outline.txt").unlink()
    (tmp_path / "outline.docx").unlink()
    (tmp_path / "outline.xlsx").write_bytes(b"")
    assert folder_set("sheet", tmp_path).outline == tmp_path / "outline.xlsx"


@pytest.mark.unit
def test_a_set_folder_with_a_writer_outline_is_read_from_it(tmp_path):
    # eval/heldout8/ came with its outline as a LibreOffice Writer file: after Word, before plain text, as
    # eval/heldout/run.py reads them
    from tests.pipeline.drafting.test_outline_odt import write_odt

    body = '<text:h text:outline-level="1">Access</text:h><text:p>Should access depend on earlier diplomas?</text:p>'
    write_odt(tmp_path / "outline.odt", body)
    (tmp_path / "outline.txt").write_text("ACCESS\nQ1. Who decides?\n", encoding="utf-8")
    labelled = folder_set("writer", tmp_path)
    assert labelled.outline == tmp_path / "outline.odt"
    assert [q for s in load_outline(labelled.outline).sections for q in s.questions] == [
        "Should access depend on earlier diplomas?"
    ]
    (tmp_path / "outline.docx").write_bytes(b"")
    assert folder_set("word", tmp_path).outline == tmp_path / "outline.docx"
