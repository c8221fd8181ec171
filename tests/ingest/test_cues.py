"""A speaker's cues and press boilerplate are nobody's words (ingest/cues.py)."""

from __future__ import annotations

import pytest

from ingest.cues import drop_cues
from ingest.model import Location, Passage

pytestmark = pytest.mark.unit


def _texts(*texts: str) -> tuple[list[str], list[str]]:
    kept, notes = drop_cues([Passage(t, Location(f"paragraph {k}")) for k, t in enumerate(texts, start=1)])
    return [p.text for p in kept], notes


def test_slide_and_pause_cues_and_a_bracketed_direction_are_left_out():
    texts, notes = _texts(
        "CHECK AGAINST DELIVERY\nAddress by the chair of the council",
        "[NEXT SLIDE] Every course should end with an assessment [pause] that an outsider can check.",
        "[Thank the hosts. Ask the room for questions.]",
        "For immediate release",
        "###",
    )
    assert texts == [
        "Address by the chair of the council",
        "Every course should end with an assessment that an outsider can check.",
    ]
    assert notes == ["speaker's cues or press boilerplate left out of 5 passage(s)"]


def test_an_editors_insertion_a_link_and_a_box_stay():
    kept = [
        "The [regional] agency should keep the register.",
        "[Read our full answer](https://example.org/answer)",
        "- [x] We agree to publication",
        "Slides should be shared after the course (see slide 4).",
        "Our members end every meeting with thirty seconds of applause for the volunteers.",
    ]
    texts, notes = _texts(*kept)
    assert texts == kept and notes == []


def test_a_passage_without_cues_is_left_exactly_as_it_was():
    text = "First paragraph of the brief.\n\nSecond paragraph, after a blank line.\n"
    texts, notes = _texts(text)
    assert texts == [text] and notes == []


def test_a_social_posts_buttons_counts_and_time_line_are_left_out():
    texts, notes = _texts(
        "Ana Petrova\nTrainer at a coding school\n3d • Edited • 🌐",
        "Every badge should link to the work the learner produced.",
        "See translation\n👍❤️ 87\n12 comments • 3 reposts\nLike  Comment  Repost  Send",
    )
    assert texts == [
        "Ana Petrova\nTrainer at a coding school",
        "Every badge should link to the work the learner produced.",
    ]
    # a sentence that uses the words stays, and so does a bullet with a figure
    kept = ["Send us your comments by Friday.", "Like other providers, we share our results.", "• 12"]
    assert _texts(*kept)[0] == kept


def test_a_post_copied_as_text_loses_its_buttons_before_its_lines_are_joined(tmp_path):
    from ingest.readers import reader_for

    path = tmp_path / "post.txt"
    path.write_text(
        "Ana Petrova\nTrainer at a coding school\n3d • Edited\n\nEvery badge should link to the work the learner "
        "produced.\n\nSee translation\n👍 87\n12 comments • 3 reposts\nLike  Comment  Repost  Send\n",
        encoding="utf-8",
    )
    result = reader_for(path).read(path)
    text = "\n".join(p.text for p in result.passages)
    assert "Repost" not in text and "12 comments" not in text and "Edited" not in text
    assert "Every badge should link to the work the learner produced." in text


def test_a_photographed_posts_header_and_counts_read_by_ocr_are_left_out():
    # Tesseract reads the network's "·" as ":" or "-", and runs the counts onto the hashtags above them
    texts, _ = _texts(
        "Jonas Lindqvist : 3rd+\nHead of Training at Nordic Ferries\n\n5h - Edited",
        "Every deckhand's course should end with a test on board.",
        "#maritime #skills 88 reactions - 9 comments - 2 reposts",
    )
    assert texts == ["Every deckhand's course should end with a test on board."]


def test_an_ordinal_a_dash_and_figures_in_the_text_stay():
    kept = [
        "Edition: 2nd",
        "Course length - 3 days",
        "Our two pilots had 120 comments - 45 of them on fees.",
        "Registrations: 2nd round opens in May, with 30 places for the #1 sector.",
    ]
    assert _texts(*kept)[0] == kept


def test_a_call_in_brackets_is_no_video_cue_while_a_video_cue_still_is():
    texts, _ = _texts("Date: 4 March 2026 (video call)", "[VIDEO PLAYS] Apprentices should earn credits.")
    assert texts == ["Date: 4 March 2026 (video call)", "Apprentices should earn credits."]


def test_a_copied_fediverse_threads_handles_stamps_and_counts_are_left_out():
    from ingest.cues import drop_social_lines

    thread = (
        "Marta Lindqvist\n@mlindqvist@union.social\n\n"
        "1/2 Apprentices should earn credits for each module they finish.\n\n"
        "Apr 2, 2026, 14:05 · 🌐 · Web\n3 boosts · 5 favourites · 1 reply\n\n"
        "Marta Lindqvist\n@mlindqvist@union.social\n\n"
        "2/2 The state should pay for the assessment.\n\n"
        "Apr 2, 2026, 14:07 · 🌐 · Web\n2 boosts · 4 favorites\n"
    )
    text, count = drop_social_lines(thread)
    assert [line for line in text.split("\n") if line.strip()] == [
        "1/2 Apprentices should earn credits for each module they finish.",
        "2/2 The state should pay for the assessment.",
    ]
    assert count >= 8


def test_an_agendas_times_and_a_lone_name_stay_without_a_networks_counts():
    from ingest.cues import drop_social_lines

    agenda = "Workshop on credits\n09:30 · Welcome · Room 2\nMarta Lindqvist\n@mlindqvist\n10:00 · Credits in practice"
    assert drop_social_lines(agenda) == (agenda, 0)


def test_a_list_item_that_was_only_a_cue_goes_with_its_bullet():
    item = "KEY POINT\n- Every course ends with a test.\n- [pause]\n2. (applause)\n- A fee of 30 euros is fair."
    texts, _ = _texts(item)
    assert texts == ["KEY POINT\n- Every course ends with a test.\n- A fee of 30 euros is fair."]
