"""Speakers' labels: a surname alone is a speaker on evidence, a brief's labels never are (ingest.turn_labels)."""

from __future__ import annotations

import pytest

from ingest.model import Location, Passage
from ingest.turn_labels import OUTCOME, find_speakers
from ingest.turns import own_turns

pytestmark = pytest.mark.unit


def passages(*texts: str) -> list[Passage]:
    return [Passage(t, Location(f"paragraph {k}", paragraph=k)) for k, t in enumerate(texts, 1)]


def texts(kept: list[Passage]) -> str:
    return "\n".join(p.text for p in kept)


# the chair speaks twice, the others once each: only the chair's label repeats
STEERING = (
    "Lindqvist: We open with the question of the register.",
    "Horvat: Short courses of 1 ECTS belong in the national register.",
    "Petrovski: The register should list only credentials of 5 ECTS or more.",
    "Kranjc: Employers want the workload shown on every certificate.",
    "Lindqvist: Thank you. We come back to this in June.",
)


def test_surnames_alone_are_speakers_when_one_of_them_repeats():
    kept, warnings = own_turns(passages(*STEERING), "Ana Horvat", "Student Union")
    assert texts(kept) == "Horvat: Short courses of 1 ECTS belong in the national register."
    # the opposite view of another participant is never the contributor's
    assert "5 ECTS or more" not in texts(kept)
    assert "Petrovski" in warnings[0] and "Lindqvist" in warnings[0]


def test_surnames_that_each_speak_once_are_speakers_when_one_names_the_contributor():
    record = passages(*STEERING[1:4])
    assert find_speakers(record, "Ana Horvat", "") == {"horvat", "petrovski", "kranjc"}
    kept, _ = own_turns(record, "Marko Petrovski", "Ministry of Education")
    assert texts(kept) == "Petrovski: The register should list only credentials of 5 ECTS or more."


@pytest.mark.parametrize(
    "front",
    [
        "Minutes of the board meeting, 3 June 2026",
        "Protokoll der Sitzung vom 3. Juni 2026",
        "Present: Ana Horvat, Marko Petrovski, Ivo Kranjc",
    ],
)
def test_in_a_meeting_record_surnames_that_speak_once_are_speakers_and_no_turn_is_guessed(front):
    # the sheet names someone who does not speak: no turn is credited to them, with a warning
    kept, warnings = own_turns(passages(front, *STEERING[1:4]), "Eva Lindqvist", "Regional Council")
    assert texts(kept) == front
    assert "do not include Eva Lindqvist" in warnings[0]


def test_a_surname_the_text_gives_with_a_title_is_a_speaker():
    record = passages("Ms Horvat and Mr Kranjc joined by video.", *STEERING[1:4])
    assert "kranjc" in find_speakers(record, "Ivo Novak", "")


@pytest.mark.parametrize(
    "brief",
    [
        # labels of a brief, one of them twice
        (
            "Recommendation: register every credential.",
            "Note: the figures are from 2024.",
            "Background: ten providers issue micro-credentials.",
            "Recommendation: publish the learning outcomes.",
        ),
        # a topic before a colon that the text writes in lower case too is a common word, never a surname
        (
            "Funding: public money should cover short courses for adults.",
            "Assessment: an external assessor checks each learning outcome.",
            "Recognition: universities accept credentials for credit.",
            "Funding: the funding should not depend on the provider's size.",
            "Assessment: assessment takes place at work where possible.",
            "Recognition: recognition follows the learning outcomes.",
        ),
        # German writes every noun with a capital: an article before it says it is no surname
        (
            "Empfehlung: Jede Qualifikation wird registriert.",
            "Begründung: Die Anbieter brauchen Klarheit.",
            "Empfehlung: Die Lernergebnisse werden veröffentlicht.",
            "Begründung: Die Empfehlung folgt der Begründung des Rates.",
        ),
    ],
)
def test_labels_of_a_brief_are_not_speakers_even_when_they_repeat(brief):
    kept, warnings = own_turns(passages(*brief), "Ana Horvat", "Student Union")
    assert texts(kept) == "\n".join(brief) and warnings == []


def test_a_label_that_may_name_a_person_but_is_no_known_speaker_is_credited_to_nobody():
    # "Baker" is also a common word here: unsure whether it names a speaker, its line is not Horvat's turn going on
    record = passages(
        "Minutes of the crafts committee, 4 May 2026",
        "Horvat: Apprentices should earn credentials for each module.",
        "Baker: A baker's apprenticeship cannot be cut into modules.",
        "Horvat: Then the modules should at least be recognised abroad.",
        "Novak: The ministry will consider it.",
    )
    kept, warnings = own_turns(record, "Ana Horvat", "")
    assert "cannot be cut into modules" not in texts(kept)
    assert "recognised abroad" in texts(kept)
    assert "Baker" in warnings[0] and "unclear" in warnings[0]


@pytest.mark.parametrize(
    "line",
    ["Decisions:", "Action items", "Next steps: the secretariat writes to the ministry.", "## Agreed", "3. Decisions"],
)
def test_a_meeting_outcome_line_is_recognised(line):
    assert OUTCOME.match(line)


@pytest.mark.parametrize(
    "line", ["Decisions were postponed to the next meeting.", "Agreed that the register is needed, we move on."]
)
def test_a_sentence_opening_with_an_outcome_word_is_speech(line):
    assert not OUTCOME.match(line)


@pytest.mark.parametrize("title", ["Panel: Micro-credentials in craft trades, 8 March 2026", "Webinar: Short courses"])
def test_an_events_name_before_a_colon_heads_the_record_and_is_no_speaker(title):
    kept, _ = own_turns(passages(title, *STEERING), "Ana Horvat", "Student Union")
    assert texts(kept).startswith(title)
    assert "5 ECTS or more" not in texts(kept)


def test_surnames_opening_with_a_capital_beyond_ascii_are_speakers():
    record = passages(
        "Zapisnik sastanka, 3. lipnja 2026.",
        "Šimić: Kratki tečajevi pripadaju registru.",
        "Łukasiewicz: Rejestr powinien obejmować tylko kursy od 5 ECTS.",
        "Šimić: I bez naknade za upis.",
        "Čolak: Poslodavci žele vidjeti opterećenje na svakoj potvrdi.",
    )
    kept, warnings = own_turns(record, "Ivana Šimić", "")
    assert "tylko kursy od 5 ECTS" not in texts(kept) and "opterećenje" not in texts(kept)
    assert "Kratki tečajevi" in texts(kept) and "Łukasiewicz" in warnings[0]


def test_countries_a_speaker_lists_before_colons_stay_in_the_speakers_turn():
    record = passages(
        *STEERING,
        "Horvat: Minimum sizes differ today:\nMalta: 5 ECTS\nEstonia: 3 ECTS\nWe want one rule for all.",
    )
    kept, _ = own_turns(record, "Ana Horvat", "Student Union")
    assert "Malta: 5 ECTS" in texts(kept) and "We want one rule for all." in texts(kept)


def test_full_names_that_each_speak_once_are_speakers_when_one_is_the_contributor():
    record = passages(
        "Ana Horvat: Short courses of 1 ECTS belong in the national register.",
        "Marko Petrovski: The register should list only credentials of 5 ECTS or more.",
        "Ivo Kranjc: Employers want the workload shown on every certificate.",
    )
    kept, _ = own_turns(record, "Ana Horvat", "Student Union")
    assert texts(kept) == "Ana Horvat: Short courses of 1 ECTS belong in the national register."


def test_in_a_meeting_record_full_names_that_each_speak_once_are_speakers():
    record = passages(
        "Minutes of the board meeting, 3 June 2026",
        "Ana Horvat: Short courses of 1 ECTS belong in the national register.",
        "Marko Petrovski: The register should list only credentials of 5 ECTS or more.",
        "Ivo Kranjc: Employers want the workload shown on every certificate.",
    )
    kept, warnings = own_turns(record, "Regional Skills Board", "")
    assert texts(kept) == "Minutes of the board meeting, 3 June 2026" and "Marko Petrovski" in warnings[0]
    brief = passages(
        "Report of the experts' meeting, 3 June 2026",
        "Quality Assurance: every provider needs a quality label.",
        "Credit Transfer: credits should move between providers, and transfers be free.",
        "Learner Support: guidance before enrolment supports learners who return to study.",
    )
    kept, warnings = own_turns(brief, "Regional Skills Board", "")
    assert kept == brief and warnings == []
