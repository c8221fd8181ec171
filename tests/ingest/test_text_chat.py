"""A chat export's own lines (its notices, the group's events, placeholders) are nobody's words.

Each export is written here as the app writes it: Android's "12/03/2026, 08:41 - Name: text" and iOS's
"[12.03.26, 08:41:00] Name: text", whose own lines carry a left-to-right mark.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.text import TextReader

pytestmark = pytest.mark.unit

LRM = "\u200e"


def read(tmp_path: Path, lines: list[str]) -> tuple[str, tuple[str, ...]]:
    path = tmp_path / "chat.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = TextReader().read(path)
    return "\n".join(p.text for p in result.passages), result.warnings


MESSAGES = [
    "12/03/2026, 08:43 - Sana Trabelsi: Can you send the union's points here?",
    "12/03/2026, 08:55 - Hédi Ben Slimane: Point one. Workers must never pay for a micro-credential.",
]


def test_the_apps_notice_events_and_placeholders_are_left_out_and_the_messages_kept(tmp_path: Path) -> None:
    lines = [
        "12/03/2026, 08:41 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.",
        '12/03/2026, 08:41 - Sana Trabelsi created group "Consultation"',
        "12/03/2026, 08:42 - Sana Trabelsi added Hédi Ben Slimane",
        MESSAGES[0],
        "12/03/2026, 08:50 - Hédi Ben Slimane: <Media omitted>",
        MESSAGES[1],
        '12/03/2026, 09:01 - Sana Trabelsi changed the group name from "Consultation" to "Union: points"',
        "12/03/2026, 09:15 - Karim Jaziri: This message was deleted",
        "12/03/2026, 09:16 - Karim Jaziri left",
    ]
    text, warnings = read(tmp_path, lines)
    assert text.split("\n") == MESSAGES
    assert warnings == ("7 line(s) the chat app wrote (its notices, group events, placeholders) left out",)


def test_the_same_lines_in_german_and_french_exports(tmp_path: Path) -> None:
    lines = [
        "12.03.26, 08:41 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats "
        "kann sie lesen.",
        "12.03.26, 08:42 - Sana Trabelsi hat Hédi Ben Slimane hinzugefügt",
        MESSAGES[0],
        "12/03/2026 08:44 - Sana Trabelsi a changé le sujet de « Consultation » en « Points »",
        "12/03/2026 08:45 - Hédi Ben Slimane: <Médias omis>",
        MESSAGES[1],
        "12/03/2026 08:46 - Karim Jaziri: Ce message a été supprimé",
    ]
    text, _ = read(tmp_path, lines)
    assert text.split("\n") == MESSAGES


def test_an_ios_export_marks_its_own_lines_and_labels_them_with_the_group(tmp_path: Path) -> None:
    lines = [
        f"[12.03.26, 08:41:00] Union points: {LRM}Messages and calls are end-to-end encrypted.",
        f"[12.03.26, 08:42:10] Union points: {LRM}Sana Trabelsi added Hédi Ben Slimane",
        "[12.03.26, 08:43:00] Sana Trabelsi: Can you send the union's points here?",
        f"[12.03.26, 08:50:00] Hédi Ben Slimane: {LRM}image omitted",
        "[12.03.26, 08:55:00] Hédi Ben Slimane: Point one. Workers must never pay for a micro-credential.",
    ]
    text, _ = read(tmp_path, lines)
    assert text.split("\n") == [
        "[12.03.26, 08:43:00] Sana Trabelsi: Can you send the union's points here?",
        "[12.03.26, 08:55:00] Hédi Ben Slimane: Point one. Workers must never pay for a micro-credential.",
    ]


def test_messages_that_speak_of_adding_leaving_or_deleting_are_kept(tmp_path: Path) -> None:
    lines = [
        *MESSAGES,
        "12/03/2026, 09:20 - Hédi Ben Slimane: I added the figures for 2025: 5,300 members.",
        "12/03/2026, 09:21 - Hédi Ben Slimane: We left the national providers' group in 2024.",
        "12/03/2026, 09:22 - Hédi Ben Slimane: This message was deleted by the moderator, who then apologised.",
        "and a second line of that message, written under it",
    ]
    text, warnings = read(tmp_path, lines)
    assert text.split("\n") == [*lines[:-2], f"{lines[-2]} {lines[-1]}"]  # a message's second line joins it
    assert warnings == ()


def test_a_dated_line_without_a_sender_that_tells_no_event_is_kept(tmp_path: Path) -> None:
    # a message's second line that opens with a date: the schedule the sender gives, not the app's event
    lines = [*MESSAGES, "12/03/2026, 10:00 - practical part at the centre, theory online for rural learners"]
    text, _ = read(tmp_path, lines)
    assert text.split("\n")[-1].endswith("practical part at the centre, theory online for rural learners")


def test_a_text_that_is_no_chat_export_keeps_its_dated_lines(tmp_path: Path) -> None:
    lines = [
        "Log of the hearing",
        "12/03/2026, 08:41 - the hearing opened with 14 members present",
        "Learners should be able to stack micro-credentials towards a qualification.",
    ]
    text, _ = read(tmp_path, lines)
    assert "12/03/2026, 08:41 - the hearing opened with 14 members present" in text


ISO_CHAT = [
    "Telegram chat export",
    "Chat with: Jonas Keller",
    "Participants: Lea Brunner (you), Jonas Keller",
    "Exported on: 2026-04-02 17:20",
    "",
    "[2026-04-01 08:02] Lea Brunner: The office needs the association's view on fees by Friday.",
    "[2026-04-01 08:30] Jonas Keller: Learners should never pay more than a third of a course's cost.",
    "[2026-04-01 08:31] Lea Brunner: Thanks, I will pass it on.",
    "2026-04-01T09:10 - Jonas Keller: And the employer should pay the rest.",
]


def test_a_chat_stamped_in_iso_form_keeps_only_the_contributors_messages(tmp_path: Path) -> None:
    from ingest.ownership import own_words

    path = tmp_path / "chat.txt"
    path.write_text("\n".join(ISO_CHAT) + "\n", encoding="utf-8")
    result = TextReader().read(path)
    own = own_words(result.passages, "Jonas Keller", "", None)
    text = "\n".join(p.text for p in own.passages)
    assert "never pay more than a third" in text and "employer should pay the rest" in text
    assert "view on fees" not in text and "pass it on" not in text
    # the export's header is the app's, not the contributor's words
    assert "Participants" not in text and "Exported" not in text and "chat export" not in text


def test_a_plain_text_under_a_chat_like_title_is_left_as_it_is(tmp_path: Path) -> None:
    text, _ = read(tmp_path, ["Chat with learners: what we heard", "", "Learners asked for evening courses."])
    assert "Chat with learners" in text and "evening courses" in text
