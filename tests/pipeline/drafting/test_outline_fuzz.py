"""Any text typed as an outline is read or refused with an OutlineError naming the file: never another error."""

from __future__ import annotations

import random

import pytest

from pipeline.drafting.outline import Outline, OutlineError, load_outline

pytestmark = pytest.mark.unit

PIECES = [
    "# Title", "## 1. Section", "### Sub-heading", "## Part A. System level", "## Guiding questions", "#", "##  ",
    "Section 2: Funding", "QUALITY ASSURANCE", "=====", "-----", "1. Title", "1.1 What is needed?", "1.1.1 detail",
    "Q1. Who pays?", "- Describe the procedure", "  - a detail", "    - What else?", "* [ ] Who decides?",
    "(1) Which body?", "a) How long?", "Audience: providers", "For: national authorities", "Target audience - x",
    "Audience: which learners?", "Guiding questions:", "Background:", "Purpose:", "Note: later", "(tbc)",
    "| No. | Guiding question |", "|---|---|", "| 1 | Who pays? |", "| x |", "```", "**Bold line**", "",
    "plain words of purpose", "continued in lower case", "What about this? (max. 200 words)", "?", ":", "- ", "1.",
]  # fmt: skip


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_random_outlines_are_read_or_refused_by_name(tmp_path, suffix):
    rng = random.Random(8)
    read = refused = 0
    for n in range(300):
        path = tmp_path / f"outline{n}{suffix}"
        path.write_text("\n".join(rng.choice(PIECES) for _ in range(rng.randint(0, 25))), encoding="utf-8")
        try:
            outline = load_outline(path)
        except OutlineError as exc:
            assert str(exc).startswith(str(path)), exc  # names the file
            refused += 1
        else:
            assert isinstance(outline, Outline) and all(s.questions for s in outline.sections)
            read += 1
    assert read and refused  # both kinds of text came up
