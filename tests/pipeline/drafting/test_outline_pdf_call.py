"""A call for contributions as people publish it, in the versions a writer tries (pipeline/drafting/outline_pdf.py):
a letterhead's name in bold above the title, themes barely larger than the text or bold at its size, questions 3 pt
apart. The letterhead and the title open no section; each numbered theme does, with its questions one by one."""

from __future__ import annotations

import pytest

from pipeline.drafting.outline import load_outline
from tests.pipeline.drafting.outline_call_pdf import NETWORK, THEMES, TITLE, build_call

pytestmark = pytest.mark.unit

EXPECTED = [
    (f"Theme {n}. {name}", tuple(questions)) for n, (name, questions) in enumerate(THEMES, start=1)
]  # fmt: skip


@pytest.mark.parametrize(
    ("letterhead", "theme", "space", "bold"),
    [
        (13, 12, 3, True),  # the letterhead and the title larger than the text, the themes bold, the questions close
        (13, 14, 3, True),  # the themes larger: the letterhead's name is no section either
        (10, 14, 3, True),  # the letterhead small: each theme's questions stand 3 pt apart and stay apart
        (10.5, 10.5, 3, True),  # everything at text size but the title; the themes in bold
        (10.5, 11, 3, False),  # the themes half a point larger, not bold: numbered, so still themes
        (10, 14, 8, True),  # the version that read before
    ],
)
def test_each_version_of_the_call_reads_as_written(tmp_path, letterhead, theme, space, bold):
    path = tmp_path / "call.pdf"
    path.write_bytes(build_call(letterhead, theme, space, theme_bold=bold))
    outline = load_outline(path)
    assert outline.title == TITLE
    assert [(s.title, s.questions) for s in outline.sections] == EXPECTED
    assert NETWORK not in [s.title for s in outline.sections]
