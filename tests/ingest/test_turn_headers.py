"""A meeting tool's transcript with a speaker header over each turn: only the contributor's turns are theirs."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ingest.model import Location, Passage
from ingest.ownership import own_words
from ingest.readers.docx import DocxReader
from ingest.readers.text import TextReader
from ingest.turn_headers import speaker_headers

pytestmark = pytest.mark.unit


def _text(reader_result) -> str:
    return "\n".join(p.text for p in reader_result.passages)


def test_saved_captions_keep_only_the_contributors_turns(tmp_path: Path) -> None:
    path = tmp_path / "captions.txt"
    path.write_text(
        "[Marta Quist] 14:00:05\nWelcome all. Jonas, please begin.\n\n"
        "[Jonas Eklund] 14:00:20\nOur guild trains 300 roofers a year and wants short courses recognised.\n\n"
        "[Marta Quist] 14:01:02\nWould a fee of 40 euros be fair?\n\n"
        "[Pia Rask] 14:01:30\nIn my view the state should pay the whole fee.\n\n"
        "[Jonas Eklund] 14:02:10\nA course should end with a practical test on a real roof.\n",
        encoding="utf-8",
    )
    own = own_words(TextReader().read(path).passages, "Jonas Eklund", "Roofers' Guild", None)
    text = "\n".join(p.text for p in own.passages)
    assert "300 roofers" in text and "practical test on a real roof" in text
    assert "40 euros" not in text and "state should pay" not in text and "Welcome all" not in text
    assert "14:0" not in text and "[" not in text
    assert "Marta Quist" in own.notes[0] and "Pia Rask" in own.notes[0]


def test_a_downloaded_transcript_leaves_out_the_tools_lines_and_the_interviewers_questions(tmp_path: Path) -> None:
    document = docx.Document()
    for line in (
        "Call with the bakers' federation",
        "Nadia Ferreira started transcription",
        "Nadia Ferreira   0:04",
        "Thanks for joining. What should a short course cost?",
        "Tomas Villar   0:31",
        "Nothing for the apprentice: the employer should cover it.",
        "Nadia Ferreira   2:15",
        "And who should assess it?",
        "Tomas Villar   2:40",
        "A master baker from another bakery should assess the final bake.",
        "So we started recording.",
        "Nadia Ferreira stopped transcription",
    ):
        document.add_paragraph(line)
    path = tmp_path / "call.docx"
    document.save(str(path))
    own = own_words(DocxReader().read(path).passages, "Tomas Villar", "Bakers' Federation", None)
    text = "\n".join(p.text for p in own.passages)
    assert "employer should cover it" in text and "master baker" in text
    assert "So we started recording." in text  # a speaker's words, not the tool's line
    assert "What should a short course cost" not in text and "who should assess" not in text
    assert "transcription" not in text and "0:31" not in text
    assert "Nadia Ferreira" in own.notes[0]


def _passages(*texts: str) -> list[Passage]:
    return [Passage(t, Location(f"paragraph {k}", paragraph=k)) for k, t in enumerate(texts, 1)]


def test_ordinary_lines_with_times_are_left_as_they_are() -> None:
    # a programme lists times after names, but the clock goes back and no one heads a turn twice
    passages = _passages(
        "Opening Session 10:30\nThe chair opens the day.",
        "Panel Debate 14:00\nEmployers and unions on fees.",
        "Closing Remarks 9:15\nThe minister closes.",
        "Recording started is written in the log, and we keep it.",
    )
    kept, count = speaker_headers(passages)
    assert count == 0 and [p.text for p in kept] == [p.text for p in passages]


def test_an_agendas_item_with_a_time_is_no_speaker() -> None:
    passages = _passages("Item 1 09:00", "Welcome.", "Item 2 09:30", "Fees.", "Item 1 10:00", "Review.")
    kept, count = speaker_headers(passages)
    assert count == 0 and kept == passages


def test_a_twelve_hour_clocks_am_and_pm_go_with_the_time(tmp_path: Path) -> None:
    path = tmp_path / "thread.txt"
    path.write_text(
        "#beekeeping-course\n\n"
        "Rhona Veitch  11:40 AM\nOur apiary courses should count towards a national certificate.\n\n"
        "Duncan Mair  11:52 AM\nWe had 46 learners last spring.\n\n"
        "Rhona Veitch  12:03 PM\nA short course needs a practical day at the hives.\n\n"
        "Duncan Mair  1:15 PM\nthe hives are booked until May\n",
        encoding="utf-8",
    )
    own = own_words(TextReader().read(path).passages, "Rhona Veitch", "Lochside Bees", None)
    text = "\n".join(p.text for p in own.passages)
    assert "national certificate" in text and "practical day at the hives" in text
    assert "46 learners" not in text and "booked until May" not in text
    assert "AM" not in text and "PM" not in text and "11:40" not in text


def test_a_twelve_hour_clock_going_past_noon_is_still_in_order() -> None:
    text = "Ines Prado 11:58 AM\nFirst point.\nTomas Gil 12:10 PM\nA reply.\nInes Prado 1:02 PM\nSecond point.\n"
    passages = [Passage(text, Location("paragraph 1", paragraph=1))]
    out, count = speaker_headers(passages)
    assert count == 3
    assert out[0].text.split("\n")[0] == "Ines Prado: First point."


def test_a_caption_opening_with_am_keeps_its_word() -> None:
    text = (
        "[Ines Prado] 09:58:10 Am I right that fees rise?\n[Tomas Gil] 09:59:00 Yes.\n[Ines Prado] 10:00:02 Thanks.\n"
    )
    out, count = speaker_headers([Passage(text, Location("paragraph 1", paragraph=1))])
    assert count == 3
    assert out[0].text.split("\n")[0] == "Ines Prado: Am I right that fees rise?"
