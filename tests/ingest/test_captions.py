"""Captions saved as text (WebVTT, SubRip): read as a transcript, only the contributor's voice kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.ownership import own_words
from ingest.readers import reader_for
from ingest.readers.captions import read_captions

pytestmark = pytest.mark.unit

VTT = """WEBVTT
Kind: captions
Language: en

NOTE
Panel on evening courses
Edited by the studio.

intro-1
00:00:01.000 --> 00:00:04.000 align:start
<v Host Person>Welcome, our guest runs
a training centre with 40 staff.

00:00:04.000 --> 00:00:09.500
<v.guest Mira Novak>Thank you. Every course should
<i>end with a practical test</i> in a workshop.

00:00:09.500 --> 00:00:12.000
<v Mira Novak>And the learners should keep the credential for life.

00:00:12.000 --> 00:00:15.000
<v Host Person>Many say courses should be online only.
"""

SRT = """1
00:00:01,000 --> 00:00:03,000
Short courses need clear outcomes.

2
00:00:03,000 --> 00:00:06,000
Each one should state its workload.

3
00:00:06,000 --> 00:00:08,000
That is all from us.
"""


def _read(tmp_path: Path, text: str):
    path = tmp_path / "captions.txt"
    path.write_text(text, encoding="utf-8")
    return reader_for(path).read(path)


def test_webvtt_cues_are_turns_without_numbers_timings_tags_or_header(tmp_path: Path) -> None:
    result = _read(tmp_path, VTT)
    texts = [p.text for p in result.passages]
    assert texts[1] == (
        "Mira Novak: Thank you. Every course should end with a practical test in a workshop. "
        "And the learners should keep the credential for life."
    )
    joined = "\n".join(texts)
    for furniture in ("WEBVTT", "Kind:", "-->", "<v", "intro-1", "align:", "Edited by", "<i>"):
        assert furniture not in joined
    assert result.passages[1].location.label == "cues 2-3"
    assert result.properties.title == "Panel on evening courses"


def test_only_the_contributors_voice_is_kept(tmp_path: Path) -> None:
    result = _read(tmp_path, VTT)
    own = own_words(result.passages, "Mira Novak", "Novak Training", result.properties.author)
    text = " ".join(p.text for p in own.passages)
    assert "practical test" in text and "for life" in text
    assert "40 staff" not in text and "online only" not in text
    assert any("Host Person" in note for note in own.notes)


def test_subrip_cues_without_voices_are_the_files_own_words(tmp_path: Path) -> None:
    result = _read(tmp_path, SRT)
    joined = " ".join(p.text for p in result.passages)
    assert joined == "Short courses need clear outcomes. Each one should state its workload. That is all from us."


def test_a_text_with_a_timing_or_two_is_no_captions() -> None:
    text = "Agenda\n\n00:10:00.000 --> 00:20:00.000\nWelcome\n\nThe rest of the day is free.\n\nWe meet again."
    assert read_captions(text) is None
