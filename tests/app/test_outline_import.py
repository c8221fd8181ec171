"""The Outline page's "Import outline": a Word or Markdown outline replaces the workspace's; a bad one is refused."""

from __future__ import annotations

import io

import docx
import pytest

from pipeline.drafting.outline import load_outline
from pipeline.workspace import OUTLINE_NAME
from tests.app.test_app import button, open_app, texts

pytestmark = [pytest.mark.integration]


def word_outline() -> bytes:
    document = docx.Document()
    document.add_paragraph("Guidelines from the working group", style="Title")
    document.add_paragraph("Recognition of prior learning", style="Heading 1")
    document.add_paragraph("Audience: provider level")
    document.add_paragraph("How should assessors validate learning gained at work?", style="List Bullet")
    document.add_paragraph("Digital credentials", style="Heading 1")
    document.add_paragraph("Which data must a digital credential carry?")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_importing_a_word_outline_replaces_the_sections(app_workspace):
    at = open_app("outline")
    at.file_uploader(key="outline-import-file").set_value(
        ("group outline.docx", word_outline(), "application/octet-stream")
    ).run()
    button(at, "Import outline").click().run()
    assert not at.exception, [e.value for e in at.exception]
    outline = load_outline(app_workspace / OUTLINE_NAME)
    assert outline.title == "Guidelines from the working group"
    assert [(s.title, s.audience) for s in outline.sections] == [
        ("Recognition of prior learning", "provider"),
        ("Digital credentials", "system"),
    ]
    assert outline.sections[1].questions == ("Which data must a digital credential carry?",)
    assert "Imported 2 sections from group outline.docx" in texts(at)


def test_a_markdown_outline_without_questions_is_refused_and_the_outline_kept(app_workspace):
    before = load_outline(app_workspace / OUTLINE_NAME)
    at = open_app("outline")
    at.file_uploader(key="outline-import-file").set_value(
        ("draft.md", b"# T\n\n## Funding\nJust words.\n", "text/markdown")
    ).run()
    button(at, "Import outline").click().run()
    shown = texts(at)
    assert "Not imported: draft.md: section 1 ('Funding'): no guiding questions" in shown
    assert load_outline(app_workspace / OUTLINE_NAME) == before


def test_a_heading_without_questions_is_left_out_and_named_when_the_outline_is_imported(app_workspace):
    at = open_app("outline")
    at.file_uploader(key="outline-import-file").set_value(
        ("draft.md", b"# T\n\n## Funding\n- Who pays?\n\n## Quality\nWords only.\n", "text/markdown")
    ).run()
    button(at, "Import outline").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert [s.title for s in load_outline(app_workspace / OUTLINE_NAME).sections] == ["Funding"]
    shown = texts(at)
    assert "Imported 1 sections from draft.md." in shown
    assert "draft.md: 'Quality' has no guiding questions under it, so it is left out" in shown
