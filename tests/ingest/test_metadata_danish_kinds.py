"""Kinds of contribution as a Danish secretariat writes them: read, never left to "other" for want of the word."""

from __future__ import annotations

import pytest

from ingest.metadata_kinds import kind_word

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("chatlog (Slack)", "expert_input"),
        ("Tavleeksport fra workshop", "expert_input"),
        ("Underskriftsindsamling", "expert_input"),
        ("afstemning med begrundelser", "expert_input"),
        ("Logbog", "expert_input"),
        ("Læserbrev", "expert_input"),
        ("ansøgningsskema, del B", "expert_input"),
        ("Årsberetning 2025", "other"),
        ("årsrapport (uddrag)", "other"),
    ],
)
def test_danish_kinds_are_read(written: str, kind: str) -> None:
    assert kind_word(written) == kind
