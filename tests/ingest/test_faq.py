"""An FAQ written "Q: ... / A: ..." in a text file reads as questions over answers, never as an interview; real
interview notes and transcripts keep their speakers' turns."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.text import TextReader
from ingest.turns import own_turns

pytestmark = pytest.mark.unit

FAQ = (
    "Micro-credentials in adult learning: frequently asked questions\n\n"
    "Q: How long does a micro-credential course last?\n"
    "A: Most courses run between 25 and 50 hours of learning,\n"
    "spread over four to eight weeks.\n\n"
    "Q: Who assesses the learners?\n"
    "A: The provider's own trainers assess them, with an external\n"
    "moderator reviewing a sample once a year.\n\n"
    "Q: Can credits be stacked towards a diploma?\n"
    "A: Yes. Up to three micro-credentials can be stacked towards the\n"
    "national vocational diploma.\n\n"
    "- the credits must be in the same field;\n"
    "- they must be no older than five years.\n"
)


def read(tmp_path: Path, text: str, name: str = "faq.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return TextReader().read(path)


def test_a_text_faq_reads_each_answer_under_its_question(tmp_path):
    result = read(tmp_path, FAQ)
    assert result.properties.title == "Micro-credentials in adult learning: frequently asked questions"
    assert [(p.location.label, p.text) for p in result.passages[1:]] == [
        (
            "section 1 How long does a micro-credential course last?",
            "Most courses run between 25 and 50 hours of learning, spread over four to eight weeks.",
        ),
        (
            "section 2 Who assesses the learners?",
            "The provider's own trainers assess them, with an external moderator reviewing a sample once a year.",
        ),
        (
            "section 3 Can credits be stacked towards a diploma?",
            "Yes. Up to three micro-credentials can be stacked towards the national vocational diploma.\n"
            "- the credits must be in the same field;\n- they must be no older than five years.",
        ),
    ]


def test_a_text_faqs_answers_are_its_authors_with_no_speaker_left_out(tmp_path):
    passages = read(tmp_path, FAQ).passages
    kept, warnings = own_turns(passages, "Lea Novak", "Adult Learning Agency")
    assert warnings == []  # no transcript: nothing is left out as another speaker's
    assert kept == list(passages)
    assert not any(p.text.startswith(("Q:", "A:")) for p in kept)


def test_question_and_answer_labels_without_blank_lines_between_pairs(tmp_path):
    text = (
        "Question 1: Should micro-credentials be listed in the national register?\n"
        "Answer: Only those of at least 5 ECTS, so the register stays readable.\n"
        "Question 2: Who pays for the assessment?\n"
        "Answer: The employer, when the course is taken during working hours.\n"
    )
    passages = read(tmp_path, text).passages
    assert [(p.location.section, p.text) for p in passages] == [
        (
            "1 Should micro-credentials be listed in the national register?",
            "Only those of at least 5 ECTS, so the register stays readable.",
        ),
        ("2 Who pays for the assessment?", "The employer, when the course is taken during working hours."),
    ]
    assert own_turns(passages, "Ivo Kranjc", "")[1] == []


INTERVIEW = (
    "Interview with the regional agency, 4 May 2026\n\n"
    "Q: Some ministries say fees should be capped at 50 euros. Do you agree?\n"
    "A: No. Fees should be set by each provider, because costs differ from one region to the next.\n\n"
    "Q: Employers want every credential to expire after five years. What is your view?\n"
    "A: A micro-credential should never expire; the date of issue tells an employer how recent it is.\n"
)


def test_interview_notes_written_q_and_a_stay_an_interview(tmp_path):
    passages = read(tmp_path, INTERVIEW).passages
    assert all(p.location.label.startswith("paragraph") for p in passages)
    kept, warnings = own_turns(passages, "Ilona Varga", "Regional Development Agency")
    text = "\n".join(p.text for p in kept)
    assert "Fees should be set by each provider" in text and "should never expire" in text
    # the interviewer's questions put others' views: never the respondent's words
    assert "capped at 50 euros" not in text and "expire after five years" not in text
    assert warnings and "transcript" in warnings[0]


def test_time_stamped_q_and_a_turns_stay_a_recordings_turns(tmp_path):
    text = (
        "Questions from the webinar\n\n"
        "[00:01:10] Q: Should fees be capped at 50 euros?\n"
        "[00:01:30] A: No, each provider should set its own fees.\n"
        "[00:02:10] Q: Should credentials expire after five years?\n"
        "[00:02:40] A: No, a credential should never expire.\n"
    )
    passages = read(tmp_path, text).passages
    assert all(p.location.label.startswith("paragraph") for p in passages)
    kept, _ = own_turns(passages, "Ilona Varga", "")
    assert "capped at 50 euros" not in "\n".join(p.text for p in kept)


def test_a_transcript_with_named_speakers_among_q_and_a_labels_stays_a_transcript(tmp_path):
    text = (
        "Consultation hearing on micro-credentials\n\n"
        "Chair: Welcome. We take questions from the floor first.\n\n"
        "Q: Should fees be capped at 50 euros?\n\n"
        "A: No. Each provider should set its own fees.\n\n"
        "Q: Should credentials expire?\n\n"
        "A: Never; the date of issue is enough.\n\n"
        "Chair: Thank you, the hearing is closed.\n"
    )
    passages = read(tmp_path, text).passages
    assert all(p.location.label.startswith("paragraph") for p in passages)
    kept, warnings = own_turns(passages, "Ilona Varga", "")
    assert warnings and "Chair" in warnings[0]
    assert "Welcome" not in "\n".join(p.text for p in kept)


def test_a_transcript_with_named_speakers_reads_as_before(tmp_path):
    text = (
        "Hearing of 3 March 2026\n\n"
        "Ms Horvat (Student Union): Students want credits they can stack.\n\n"
        "Chair: Thank you. Mr Kranjc?\n\n"
        "Mr Kranjc: Employers want short courses, assessed at work.\n\n"
        "Ms Horvat (Student Union): And recognised across borders.\n"
    )
    passages = read(tmp_path, text).passages
    assert [p.location.label for p in passages] == [f"paragraph {k}" for k in range(1, 6)]
    kept, _ = own_turns(passages, "Ana Horvat", "Student Union")
    assert [p.text for p in kept] == [
        "Hearing of 3 March 2026",
        "Ms Horvat (Student Union): Students want credits they can stack.",
        "Ms Horvat (Student Union): And recognised across borders.",
    ]


def test_one_question_and_answer_in_a_letter_is_no_faq(tmp_path):
    text = (
        "Dear colleagues,\n\n"
        "Q: Why do we write?\nA: Because the register misses short courses.\n\n"
        "We ask that micro-credentials of 5 ECTS or more be listed.\n"
    )
    passages = read(tmp_path, text).passages
    assert all(p.location.label.startswith("paragraph") for p in passages)
