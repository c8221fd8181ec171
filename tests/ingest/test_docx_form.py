"""A form filled in Word: shaded labels quoted over the answers, counts and office rows left out."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ingest.readers import reader_for

pytestmark = pytest.mark.unit


def _shade(cell) -> None:  # noqa: ANN001 - a python-docx cell
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), "D9D9D9")
    cell._tc.get_or_add_tcPr().append(shd)


def _form(path: Path, shaded: bool = True) -> Path:
    document = docx.Document()
    document.add_paragraph().add_run("Skills Fund - Application").bold = True
    document.add_paragraph().add_run("Fill in every field. Do not exceed the limits shown.").italic = True
    table = document.add_table(rows=0, cols=2)
    rows = [
        ("Reference (office use only)", "SF-77"),
        ("1. Organisation", "Harbour Crafts Union"),
        ("2. Approach (max. 2,000 characters)", "Courses should be held in the villages.\nCharacters used: 39 / 2,000"),
        ("3. Results (max. 500 characters)", "Forty learners finish a module.\nCharacters used: 31 / 500"),
    ]
    for label, answer in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, answer
        if shaded:
            _shade(cells[0])
    document.add_paragraph("Signature: ______________ Date: 1.3.2026")
    document.save(path)
    return path


def _text(path: Path) -> list[str]:
    return [p.text for p in reader_for(path).read(path).passages]


def test_a_forms_labels_are_quoted_over_its_answers(tmp_path: Path) -> None:
    texts = _text(_form(tmp_path / "form.docx"))
    table = next(t for t in texts if "Organisation" in t)
    assert table.split("\n") == [
        "> 1. Organisation",
        "Harbour Crafts Union",
        "> 2. Approach (max. 2,000 characters)",
        "Courses should be held in the villages.",
        "> 3. Results (max. 500 characters)",
        "Forty learners finish a module.",
    ]
    joined = "\n".join(texts)
    assert "SF-77" not in joined and "Characters used" not in joined
    own = [line for t in texts for line in t.split("\n") if not line.startswith("> ")]
    assert not any("Do not exceed" in line or "Signature" in line or "Skills Fund" in line for line in own)


def test_an_unshaded_table_is_read_as_before(tmp_path: Path) -> None:
    texts = _text(_form(tmp_path / "plain.docx", shaded=False))
    assert any("1. Organisation | Harbour Crafts Union" in t for t in texts)
    assert any(t.startswith("Fill in every field") for t in "\n".join(texts).split("\n"))
