"""A note of a telephone call: the note-taker's header, own lines and sign-off are not the caller's words."""

from __future__ import annotations

import pytest

from ingest.call_note import drop_call_note
from ingest.model import Location, Passage
from ingest.ownership import own_words

pytestmark = pytest.mark.unit


def _passages(*texts: str) -> list[Passage]:
    return [Passage(t, Location(f"paragraph {k}", paragraph=k)) for k, t in enumerate(texts, 1)]


_NOTE = _passages(
    "Telephone note\nRegional water board consultation\nDate: 4 May 2026, 10:15\nNoted by: Ana Petrić\n"
    "Caller: Dr. Luka Babić, head of the drainage office",
    "Dr. Babić phoned after our letter of 20 April. He said that the board should clean the canals twice a year. "
    "In his view, farmers should not pay for it.",
    "He agreed that this note may be used as his office's contribution.\nAP, 04.05.2026",
)


def test_the_note_takers_lines_go_and_the_callers_words_stay() -> None:
    kept, notes = drop_call_note(_NOTE)
    text = "\n".join(p.text for p in kept)
    assert "clean the canals twice a year" in text and "farmers should not pay" in text
    for gone in ("Telephone note", "water board consultation", "Noted by", "Caller:", "Date:", "phoned", "this note"):
        assert gone not in text
    assert "AP, 04.05.2026" not in text
    assert notes and "note of a call" in notes[0]


def test_own_words_drops_the_call_notes_header() -> None:
    own = own_words(_NOTE, "Luka Babić", "Drainage Office", None)
    text = "\n".join(p.text for p in own.passages)
    assert "Ana Petrić" not in text and "twice a year" in text


def test_a_report_with_a_date_line_is_no_call_note() -> None:
    passages = _passages("Date: 4 May 2026\nWe phoned every member and 80% want cleaner canals.")
    assert drop_call_note(passages) == (passages, [])
