"""Minutes: a meeting's decisions and action items are the meeting's, never its last speaker's (ingest.turns)."""

from __future__ import annotations

import pytest

from ingest.model import Location, Passage
from ingest.turns import own_turns

pytestmark = pytest.mark.unit


def passages(*texts: str) -> list[Passage]:
    return [Passage(t, Location(f"paragraph {k}", paragraph=k)) for k, t in enumerate(texts, 1)]


def texts(kept: list[Passage]) -> str:
    return "\n".join(p.text for p in kept)


TURNS = (
    "Minutes of the steering group, 3 June 2026",
    "Chair: We discuss the minimum size of a micro-credential.",
    "Ms Horvat (Student Union): Short courses of 1 ECTS belong in the national register.",
    "Mr Petrovski (Ministry): The register should list only credentials of 5 ECTS or more.",
    "Chair: Thank you both; we need a decision today.",
)

OUTCOMES = [
    ("Decisions:", "The register lists credentials of 3 ECTS or more from 2027."),
    ("Agreed: the register lists credentials of 3 ECTS or more from 2027.",),
    ("Action items", "Horvat: survey the students on course sizes by May.", "Petrovski: cost the register by June."),
    ("Next steps:\nHorvat: survey the students on course sizes by May.\nThe secretariat writes to the ministry.",),
]


@pytest.mark.parametrize("outcome", OUTCOMES)
def test_the_outcome_after_the_last_turn_is_not_the_chairs_nor_the_person_named_for_an_action(outcome):
    record = passages(*TURNS, *outcome)
    for contributor, organisation in (("Eva Lindqvist", "Chair"), ("Ana Horvat", "Student Union")):
        kept, warnings = own_turns(record, contributor, organisation)
        for line in outcome:
            for part in line.split("\n"):
                assert part not in texts(kept)
        assert "outcome" in warnings[0] and "left out" in warnings[0]
    kept, _ = own_turns(record, "Ana Horvat", "Student Union")
    assert "Short courses of 1 ECTS" in texts(kept)  # her own turn is still read


@pytest.mark.parametrize("outcome", OUTCOMES)
def test_a_bodys_own_minutes_keep_the_outcome_as_the_bodys_and_no_members_turn(outcome):
    record = passages(*TURNS, *outcome)
    kept, warnings = own_turns(record, "Steering Group on Micro-credentials", "")
    text = texts(kept)
    assert "3 ECTS or more from 2027" in text or "survey the students" in text
    assert "1 ECTS belong" not in text and "5 ECTS or more" not in text
    assert "read as Steering Group on Micro-credentials's own" in warnings[0]


def test_an_agenda_item_after_the_outcome_opens_turns_again():
    record = passages(
        *TURNS,
        "Decisions:\nThe register lists credentials of 3 ECTS or more.",
        "Item 2: Recognition",
        "Ms Horvat (Student Union): Universities should recognise credentials from abroad.",
    )
    kept, _ = own_turns(record, "Ana Horvat", "Student Union")
    assert "recognise credentials from abroad" in texts(kept)
    assert "3 ECTS or more." not in texts(kept)


def test_a_decisions_section_of_a_structured_document_is_the_meetings():
    section = Location("section 2 Decisions", section="2 Decisions", section_path=("2 Decisions",))
    record = [
        *passages(*TURNS),
        Passage("Horvat: survey the students by May.\nThe chair writes to the ministry.", section),
    ]
    kept, warnings = own_turns(record, "Ana Horvat", "Student Union")
    assert "survey the students" not in texts(kept) and "writes to the ministry" not in texts(kept)
    assert "Decisions" in warnings[0]


@pytest.mark.integration
def test_minutes_in_a_text_file_with_surnames_and_action_items(tmp_path):
    from ingest.readers.text import TextReader

    path = tmp_path / "minutes.txt"
    path.write_text(
        "Minutes of the regional skills board, 12 May 2026\n\n"
        "Lindqvist: We open with the size of a micro-credential.\n"
        "Horvat: Short courses of 1 ECTS belong in the national register.\n"
        "Petrovski: The register should list only credentials of 5 ECTS or more.\n"
        "Lindqvist: We close the item here.\n\n"
        "Action items:\n"
        "Horvat: survey the students on course sizes by May.\n"
        "Petrovski: cost the register by June.\n",
        encoding="utf-8",
    )
    kept, warnings = own_turns(TextReader().read(path).passages, "Ana Horvat", "Student Union")
    text = texts(kept)
    assert "1 ECTS belong in the national register" in text
    assert "5 ECTS or more" not in text and "survey the students" not in text
    assert "Petrovski" in warnings[0] and "Action items" in warnings[0]


def test_a_one_line_outcome_between_turns_is_left_out_and_the_next_speaker_goes_on():
    record = passages(
        *TURNS[:3],
        "Agreed: the secretariat drafts a register proposal.\nThe proposal goes to the ministry in June.",
        "Action: Horvat to survey the students by May.",
        "Ms Horvat (Student Union): We will also ask employers what they need.",
    )
    kept, warnings = own_turns(record, "Ana Horvat", "Student Union")
    text = texts(kept)
    assert "Short courses of 1 ECTS" in text and "ask employers what they need" in text
    # the outcome and the line under it are the meeting's, not the turn above them going on
    assert "drafts a register proposal" not in text and "goes to the ministry in June" not in text
    assert "survey the students" not in text
    assert "Agreed" in warnings[0] and "Action" in warnings[0]


@pytest.mark.integration
def test_markdown_minutes_with_bold_surnames_and_a_decisions_section(tmp_path):
    from ingest.readers.markdown import MarkdownReader

    path = tmp_path / "minutes.md"
    path.write_text(
        "# Minutes of the regional skills board\n\n## Discussion\n\n"
        "**Lindqvist:** We open with the size of a micro-credential.\n\n"
        "**Horvat:** Short courses of 1 ECTS belong in the national register.\n\n"
        "**Petrovski:** The register should list only credentials of 5 ECTS or more.\n\n"
        "## Decisions\n\n"
        "- The register lists credentials of 3 ECTS or more.\n"
        "- Horvat: survey the students by May.\n",
        encoding="utf-8",
    )
    passages_read = MarkdownReader().read(path).passages
    kept, _ = own_turns(passages_read, "Ana Horvat", "Student Union")
    assert "1 ECTS belong" in texts(kept)
    assert "5 ECTS or more" not in texts(kept) and "3 ECTS or more" not in texts(kept)
    assert "survey the students" not in texts(kept)
    kept, _ = own_turns(passages_read, "Regional Skills Board", "")
    assert "3 ECTS or more" in texts(kept) and "1 ECTS belong" not in texts(kept)
