"""Outlines kept as web pages (a wiki page, an editor's export), and the forms an outline is not read from."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.drafting.outline import OutlineError, load_outline

pytestmark = pytest.mark.unit

PAGE = """<!DOCTYPE html><html><head><meta charset="windows-1252"><title>Wiki - outline</title>
<script>var x = "Who runs this script?";</script></head>
<body><nav><ul><li>Home</li><li>Who are we?</li></ul></nav>
<h1>Guidelines on micro-credentials</h1>
<p>Please answer the questions below by 3 March.</p>
<h2>Recognition</h2>
<p>How recognition works across borders.</p>
<ol><li>Who decides on recognition?</li>
<li>Describe the evidence a learner must show<ul><li>for jobseekers</li><li>for employees</li></ul></li></ol>
<h2>Funding</h2>
<ul><li><p>Who pays for short courses?</p></li></ul>
<table><tr><th>No.</th><th>Guiding question</th></tr>
<tr><td>1</td><td>Should funding follow quality assurance?</td></tr></table>
<footer><p>Which cookies do we use?</p></footer>
</body></html>"""


def load(tmp_path: Path, text: str, name: str = "outline.html", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return load_outline(path)


def test_a_web_page_outline_reads_h2_sections_list_questions_and_a_table(tmp_path):
    outline = load(tmp_path, PAGE, encoding="cp1252")
    assert outline.title == "Guidelines on micro-credentials"  # the lone h1 over the h2 sections
    recognition, funding = outline.sections
    assert recognition.purpose == "How recognition works across borders."
    assert recognition.questions == (
        "Who decides on recognition?",
        "Describe the evidence a learner must show: for jobseekers; for employees",
    )
    assert funding.questions == ("Who pays for short courses?", "Should funding follow quality assurance?")


def test_a_page_of_h1_sections_takes_its_title_from_the_title_element(tmp_path):
    page = (
        "<html><head><title>Consultation on micro-credentials</title></head><body>"
        "<h1>Recognition</h1><ul><li>Who decides?</li></ul><h1>Funding</h1><ul><li>Who pays?</li></ul></body></html>"
    )
    outline = load(tmp_path, page, name="outline.htm")
    assert outline.title == "Consultation on micro-credentials"
    assert [(s.title, s.questions) for s in outline.sections] == [
        ("Recognition", ("Who decides?",)),
        ("Funding", ("Who pays?",)),
    ]


def test_a_page_without_headings_says_how_to_mark_sections(tmp_path):
    with pytest.raises(OutlineError, match=r"outline\.html: no Heading 1"):
        load(tmp_path, "<html><body><p>Thank you for your contribution.</p></body></html>")


def test_an_outline_in_a_form_not_read_is_refused_naming_the_forms_that_are_read(tmp_path):
    with pytest.raises(OutlineError) as refused:
        load(tmp_path, "PK", name="outline.key")
    message = str(refused.value)
    assert message.startswith(str(tmp_path / "outline.key"))
    for form in (".yaml", ".md", ".txt", ".docx", ".odt", ".rtf", ".html", ".pdf", ".eml", ".pptx", ".xlsx"):
        assert form in message


def test_a_page_exported_without_a_title_takes_its_first_line_above_the_headings(tmp_path):
    # as LibreOffice exports a Word outline: an empty title element, the Title paragraph a plain <p>
    page = (
        "<html><head><title></title></head><body><p><font size=6>Consultation outline</font></p>"
        "<p>Please answer by 3 March.</p><h1>Recognition</h1><ol><li><p>Who decides?</p></li></ol></body></html>"
    )
    outline = load(tmp_path, page)
    assert outline.title == "Consultation outline"
    assert [(s.title, s.questions) for s in outline.sections] == [("Recognition", ("Who decides?",))]
