"""A Markdown page's YAML front matter (static-site generators, note tools) is its data, not its text."""

from __future__ import annotations

import pytest

from ingest.readers.markdown import MarkdownReader, front_matter

pytestmark = pytest.mark.unit

PAGE = """---
title: "Small courses, big steps"
author: A. Writer
date: 2026-03-01
tags:
  - micro-credentials
  - levels
---

# Levels

Every micro-credential should be placed at a level of the national framework.
"""


def test_front_matter_is_left_out_and_names_the_page(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(PAGE, encoding="utf-8")
    result = MarkdownReader().read(path)
    text = " ".join(p.text for p in result.passages)
    assert "author" not in text and "tags" not in text and "2026-03-01" not in text
    assert "Every micro-credential should be placed at a level" in text
    assert result.properties.title == "Small courses, big steps"
    # the lone level-1 heading of other words stays a section of the page
    assert any("Levels" in str(p.location) for p in result.passages)


@pytest.mark.parametrize(
    "text",
    [
        "Intro paragraph.\n\n---\n\nkey: value\n---\n",  # a rule under a first paragraph
        "---\nA line of prose between two rules.\n---\n\nText.\n",  # no keys
        "---\ntitle: never closed\n\nText.\n",  # no closing line
    ],
)
def test_what_is_not_front_matter_is_kept(text):
    assert front_matter(text) == (text, None)
