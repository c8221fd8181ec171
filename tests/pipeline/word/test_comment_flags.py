"""Word comments for the citation check's flags, including those that name who is concerned."""

from __future__ import annotations

import pytest

from pipeline.model import Sentence
from pipeline.word.export.docx_writer import comment_text

pytestmark = pytest.mark.unit


def test_every_check_flag_gets_a_comment_line_and_a_named_one_keeps_the_name():
    flags = ("citation_unsupported", "misattributed: Siobhan Kelly", "false_quote", "contradicted", "citation_dropped")
    lines = comment_text(Sentence("s", flags=flags)).splitlines()
    assert len(lines) == len(flags)
    assert any("Siobhan Kelly" in line and "Credited to" in line for line in lines)
    assert any("word for word" in line for line in lines) and any("opposite" in line for line in lines)
