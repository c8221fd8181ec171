"""Transcripts: only the contributor's own turns are read as their words (ingest.turns)."""

from __future__ import annotations

import pytest

from ingest.model import Location, Passage
from ingest.turns import own_turns

pytestmark = pytest.mark.unit


def passages(*texts: str) -> list[Passage]:
    return [Passage(t, Location(f"paragraph {k}", paragraph=k)) for k, t in enumerate(texts, 1)]


HEARING = passages(
    "Hearing on micro-credentials, 12 March 2026",
    "Chair: Welcome. The ministry proposes that every micro-credential carry at least 5 ECTS.",
    "Ms Horvat (Student Union): We think a minimum of 5 ECTS would shut out short workplace courses.",
    "Students should be able to stack credentials of 1 or 2 ECTS.",
    "Mr Petrov (Ministry): The register cannot list credentials below 3 ECTS.",
    "Chair: Thank you both. Ms Horvat: Our members want the register to show every credential.",
)


def texts(kept: list[Passage]) -> str:
    return "\n".join(p.text for p in kept)


def test_a_hearing_keeps_the_contributors_turns_and_front_matter_and_drops_the_others():
    kept, warnings = own_turns(HEARING, "Ana Horvat", "Student Union")
    text = texts(kept)
    assert "Hearing on micro-credentials" in text  # the document's own heading
    assert "shut out short workplace courses" in text
    assert "stack credentials of 1 or 2 ECTS" in text  # her turn goes on in the next paragraph
    assert "Our members want the register" in text  # a turn that starts after a sentence's end
    assert "ministry proposes" not in text and "cannot list credentials below 3 ECTS" not in text
    assert "Thank you both" not in text
    assert len(warnings) == 1 and "Chair" in warnings[0] and "Mr Petrov (Ministry)" in warnings[0]
    # what is kept stays word for word and at its location
    assert {p.location.label for p in kept} == {"paragraph 1", "paragraph 3", "paragraph 4", "paragraph 6"}


def test_an_organisation_as_contributor_keeps_the_turns_of_its_speaker():
    kept, _ = own_turns(HEARING, "Student Union", "Student Union")
    assert "shut out short workplace courses" in texts(kept)
    assert "ministry proposes" not in texts(kept)


def test_no_speaker_matching_the_contributor_keeps_no_turn():
    kept, warnings = own_turns(HEARING, "Ivo Kranjc", "Chamber of Crafts")
    assert texts(kept) == "Hearing on micro-credentials, 12 March 2026"
    assert "do not include Ivo Kranjc" in warnings[0]


def test_an_interview_keeps_the_respondents_answers():
    kept, _ = own_turns(
        passages(
            "Interviewer: Many providers find the fees too high.",
            "Respondent: Fees for external review should be capped at 800 euros per unit.",
            "Interviewer: And recognition abroad?",
            "Respondent: Recognition abroad depends on the learning outcomes being written down.",
        ),
        "Nadia Karimova",
        "Open Skills Platform",
    )
    assert "capped at 800 euros" in texts(kept) and "depends on the learning outcomes" in texts(kept)
    assert "fees too high" not in texts(kept)


@pytest.mark.parametrize(
    "brief",
    [
        passages(
            "Main message: micro-credentials need quality assurance.",
            "Recommendation 1: Register every credential.",
            "Recommendation 2: Publish the learning outcomes.",
            "Background: Ten providers issue them today.",
        ),
        passages(
            "Question 1: Should micro-credentials be levelled?",
            "Answer: Yes, on the same terms as other qualifications.",
            "Question 2: Who should issue them?",
            "Answer: Accredited providers and employers with a quality label.",
        ),
        passages("Note: the figures are from 2024. Costs: 300 euros. Duration: 6 weeks. Key point: fees vary."),
    ],
)
def test_labels_of_a_brief_or_a_consultation_form_are_not_speakers(brief):
    kept, warnings = own_turns(brief, "Ana Horvat", "Student Union")
    assert kept == brief and warnings == []


def test_named_speakers_without_titles_count_when_they_take_turns():
    kept, _ = own_turns(
        passages(
            "Ana Horvat: Short courses need a place in the register.",
            "Marko Ilic: The register should only list credentials of 3 ECTS or more.",
            "Ana Horvat: Then most workplace courses would be left out.",
        ),
        "Marko Ilic",
        "",
    )
    assert texts(kept) == "Marko Ilic: The register should only list credentials of 3 ECTS or more."


def test_a_brief_quoting_a_few_people_among_its_own_paragraphs_is_no_transcript():
    own = [f"Our association asks for a register entry for every credential, point {k}." for k in range(12)]
    brief = passages(
        "Minister Novak: We will fund short courses for adults from next year.",
        *own[:4],
        "Commissioner Berg: Europe needs a common format for credentials.",
        *own[4:8],
        "Minister Novak: Quality comes first.",
        *own[8:],
    )
    kept, warnings = own_turns(brief, "Ana Horvat", "Adult Learning Association")
    assert kept == brief and warnings == []
