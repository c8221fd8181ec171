"""The contributor's words as the ingest keeps them: own turns, then own messages, then no cues (ingest.ownership)."""

from __future__ import annotations

import pytest

from ingest.model import Location, Passage
from ingest.ownership import own_words

pytestmark = pytest.mark.unit


def _passages(*texts: str) -> list[Passage]:
    return [Passage(t, Location(f"paragraph {k}", paragraph=k)) for k, t in enumerate(texts, 1)]


def test_a_recorded_speech_keeps_the_speakers_turns_without_her_cues():
    own = own_words(
        _passages(
            "Panel on short courses, 3 May 2026",
            "Moderator: Our first speaker leads the regional chamber.",
            "Ms Lindqvist (Regional Chamber): [NEXT SLIDE] Every badge should name the workload in hours.",
            "Mr Okafor (Ministry): The register will list badges from next year.",
        ),
        "Eva Lindqvist",
        "Regional Chamber",
        None,
    )
    text = "\n".join(p.text for p in own.passages)
    assert "Every badge should name the workload in hours." in text
    assert "[NEXT SLIDE]" not in text
    assert "first speaker" not in text and "register will list" not in text
    # one note on the turns left out, one on the cues, in that order
    assert len(own.notes) == 2 and "Mr Okafor (Ministry)" in own.notes[0] and "cues" in own.notes[1]
    assert own.why_empty == own.notes[0]


def test_a_file_with_nothing_to_leave_out_is_kept_whole_without_notes():
    passages = _passages("Every badge should name the workload in hours.", "Providers should publish the fee.")
    own = own_words(passages, "Eva Lindqvist", "Regional Chamber", "Eva Lindqvist")
    assert own.passages == passages
    assert own.notes == [] and own.why_empty is None
