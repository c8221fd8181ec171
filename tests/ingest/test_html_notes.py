"""An exported note's attribute table (Evernote's Created / Author / Tags) is the app's metadata, not the note."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.html import HtmlReader

pytestmark = pytest.mark.unit

NOTE = """<html><head><meta name="exporter-version" content="Evernote Windows"/><title>Our view</title></head>
<body><h1>Our view</h1>
<table bgcolor="#D4DDE5"><tr><td><b>Created:</b></td><td><i>01/03/2026 09:10</i></td></tr>
<tr><td><b>Author:</b></td><td>Eva Lind</td></tr><tr><td><b>Tags:</b></td><td>fees, courses</td></tr></table>
<div>Short courses should cost no more than 40 euros.</div>
<table><tr><th>Course</th><th>Hours</th></tr><tr><td>Welding</td><td>30</td></tr></table>
</body></html>"""


def test_an_exported_notes_attribute_table_is_left_out_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "note.html"
    path.write_text(NOTE, encoding="utf-8")
    result = HtmlReader().read(path)
    text = "\n".join(p.text for p in result.passages)
    assert "Eva Lind" not in text and "fees, courses" not in text
    assert "40 euros" in text and "Welding | 30" in text  # the note's own table stays
    assert any("attribute table (Created, Author, Tags)" in w for w in result.warnings)


def test_a_table_with_other_labels_stays(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(NOTE.replace("Created:", "Fee:"), encoding="utf-8")
    result = HtmlReader().read(path)
    assert "Eva Lind" in "\n".join(p.text for p in result.passages)
    assert not result.warnings
