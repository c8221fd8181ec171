"""A phone system's voicemail notification keeps only the transcription (ingest.readers.eml_voicemail)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.eml import EmlReader

pytestmark = pytest.mark.unit

HEAD = (
    "From: Phone system <pbx@office.example>\nTo: Team <team@office.example>\nSubject: New voicemail from Sara Lind\n"
    "Date: Wed, 4 Mar 2026 09:10:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"
)


def _read(tmp_path: Path, body: str) -> str:
    path = tmp_path / "message.eml"
    path.write_text(HEAD + body, encoding="utf-8")
    result = EmlReader().read(path)
    return "\n".join(p.text for p in result.passages)


def test_a_voicemail_notification_keeps_only_the_transcribed_message(tmp_path: Path) -> None:
    text = _read(
        tmp_path,
        "A new voicemail is waiting in box 210.\n\nFrom: Sara Lind\nPhone: +46 8 555 0101\nLength: 1 min 05 s\n\n"
        "Voicemail transcript:\nhi it is Sara from the harbour school we think short courses should be free for "
        "fishermen. and they should run in winter\n\nAccuracy: high (90%)\n\n"
        "To play the message, call 200 from your desk phone.\n",
    )
    assert text.startswith("hi it is Sara from the harbour school")
    assert "run in winter" in text
    for gone in ("box 210", "+46 8 555 0101", "Length", "Voicemail transcript", "Accuracy", "To play"):
        assert gone not in text


def test_a_letter_that_mentions_a_transcript_keeps_its_paragraphs(tmp_path: Path) -> None:
    text = _read(
        tmp_path,
        "Dear team,\n\nWe recorded the workshop last week.\n\nTranscript: the full text is in our archive, and we "
        "summarise it here. Short courses should be free for fishermen.\n\nBest regards,\nSara Lind\n",
    )
    assert "We recorded the workshop last week." in text
    assert "Transcript: the full text is in our archive" in text
