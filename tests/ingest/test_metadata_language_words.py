"""A sheet's kinds and languages written as Swedish words: "gemensamt uttalande", "talarpunkter", "engelska"."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.metadata import build_meta
from ingest.metadata_kinds import kind_word
from ingest.metadata_languages import language_codes

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("written", "kind"),
    [("gemensamt uttalande", "policy_brief"), ("talarpunkter", "presentation"), ("beslutsunderlag", "expert_input")],
)
def test_swedish_kinds_are_read(written: str, kind: str) -> None:
    assert kind_word(written) == kind


@pytest.mark.parametrize(
    ("written", "codes"),
    [("engelska", "en"), ("serbiska, engelska", "sr, en"), ("Englisch und Deutsch", "en, de"), ("srpski", "sr")],
)
def test_a_language_written_as_a_word_is_stored_as_its_code(written: str, codes: str) -> None:
    assert language_codes(written) == codes


def test_codes_and_unknown_words_are_kept_as_written() -> None:
    assert language_codes("sv") is None and language_codes("engelska, klingonska") is None
    meta, warnings = build_meta("a.pdf", Path("a.pdf"), {"language": "serbiska, engelska", "kind": "talarpunkter"})
    assert (meta.language, meta.kind, warnings) == ("sr, en", "presentation", [])
    meta, _ = build_meta("b.pdf", Path("b.pdf"), {"language": "sv"})
    assert meta.language == "sv"
