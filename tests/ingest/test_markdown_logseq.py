"""An outliner's page (Logseq): page properties name the page, block properties are furniture, heading bullets
are headings; any other Markdown is left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.markdown import MarkdownReader
from ingest.readers.markdown_logseq import read_outliner

pytestmark = pytest.mark.unit

_PAGE = (
    "title:: Harbour dredging – our view\n"
    "tags:: ports, [[dredging]]\n"
    "author:: [[Maren Solberg]]\n"
    "\n"
    "- ## Background\n"
    "\t- The harbour silts up by 30 cm a year\n"
    "\t  collapsed:: true\n"
    "\t\t- mostly after the spring floods\n"
    "- ## Our view\n"
    "\t- Dredging should be paid by the port authority, not the fishermen\n"
    "\t  id:: 6602a1b3-0c4d-4e5f-8a9b-0c1d2e3f4a5b\n"
)


def test_an_outliners_page_reads_its_properties_and_headings(tmp_path: Path) -> None:
    path = tmp_path / "harbour.md"
    path.write_text(_PAGE, encoding="utf-8")
    result = MarkdownReader().read(path)
    assert result.properties.title == "Harbour dredging – our view"
    assert result.properties.author == "Maren Solberg"
    text = "\n".join(p.text for p in result.passages)
    assert "::" not in text and "collapsed" not in text and "6602a1b3" not in text and "ports" not in text
    assert "##" not in text
    sections = {p.location.section for p in result.passages}
    assert any(s and s.endswith("Background") for s in sections) and any(s and s.endswith("Our view") for s in sections)
    paid = next(p for p in result.passages if "paid by the port authority" in p.text)
    assert paid.location.section and paid.location.section.endswith("Our view")
    assert any("page property" in w for w in result.warnings)


def test_markdown_without_an_outliners_properties_is_unchanged() -> None:
    text = "# Notes\n\n- ## not a heading here\n- a plain list\n\nWe met at 10:00: all agreed.\n"
    assert read_outliner(text) == (text, None, None, [])


def test_a_double_colon_in_prose_is_no_outliners_page() -> None:
    text = "Ratio:: two to one, as the survey found.\n\nMost members answered by post, and few by phone.\n"
    assert read_outliner(text)[0] == text
