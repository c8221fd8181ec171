"""Inline replies: the contributor answers between the lines of the message they reply to, quoting each question.

Every quoted question is the asker's, never the contributor's; each answer stays the contributor's. The messages
are built in code as mail clients write them, and read as ingest reads them (the e-mail reader, then
ingest.forwards with the contributor the metadata sheet names).
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from ingest.forwards import own_forwards
from ingest.readers import reader_for

pytestmark = pytest.mark.unit

QUESTIONS = ("1. May exams be taken online?", "2. Who should pay for the courses?", "3. Anything else?")
ANSWERS = (
    "Exams taken at home under webcam supervision should not count towards a micro-credential.",
    "Employers should pay through the sector's training levy.",
    "Micro-credentials should be recognised in every port of the region without a new test.",
)
WROTE = "On 10/03/2026 09:30, Consultation Secretariat <consultation@team.example.eu> wrote:"


def save(tmp_path: Path, body: str, *, html: bool = False, sender: str = "Pieter Peeters <pp@port.example.be>") -> Path:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, "consultation@team.example.eu", "Re: Three questions"
    msg.set_content(f"<html><body>{body}</body></html>" if html else body, subtype="html" if html else "plain")
    path = tmp_path / "reply.eml"
    path.write_bytes(bytes(msg))
    return path


def stored(path: Path, contributor: str, organisation: str = "") -> list[str]:
    result = reader_for(path).read(path)
    kept, _ = own_forwards(result.passages, contributor, organisation, result.properties.author)
    return [p.text for p in kept]


def plain_inline(answers: tuple[str, ...] = ANSWERS, opening: str = "Thank you for the questions.") -> str:
    pairs = "".join(f"> {q}\n\n{a}\n\n" for q, a in zip(QUESTIONS, answers, strict=True))
    return f"Dear colleagues,\n\n{opening}\n\n{WROTE}\n{pairs}Kind regards,\nPieter Peeters\n"


def test_every_quoted_question_of_a_plain_inline_reply_is_left_out_and_every_answer_kept(tmp_path: Path) -> None:
    text = stored(save(tmp_path, plain_inline()), "Pieter Peeters", "Port Training Fund")
    assert text == ["Thank you for the questions.", *ANSWERS]
    path = save(tmp_path, plain_inline())
    passages = reader_for(path).read(path).passages
    # each question is read where it stands, in the asker's message, not the writer's
    asked = [p for p in passages if p.text in QUESTIONS]
    assert [p.text for p in asked] == list(QUESTIONS)
    assert {p.location.section for p in asked} == {"Earlier message from Consultation Secretariat"}


def test_short_answers_between_quoted_questions_are_no_receipt_that_gives_way_to_the_questions(
    tmp_path: Path,
) -> None:
    # the sheet names the organisation, the sender is a person it does not name, and the answers are as short as a
    # thank-you: still the questions are not read as the organisation's contribution
    answers = ("Yes.", "Employers.", "Nothing.")
    text = stored(save(tmp_path, plain_inline(answers, opening="Thanks, received.")), "", "Port Training Fund")
    assert text == ["Thanks, received.", *answers]


def test_blockquotes_answered_one_by_one_in_an_html_reply_are_all_the_askers(tmp_path: Path) -> None:
    pairs = "".join(f"<blockquote><p>{q}</p></blockquote><p>{a}</p>" for q, a in zip(QUESTIONS, ANSWERS, strict=True))
    body = f"<p>Thank you for the questions.</p><p>{WROTE.replace('<', '&lt;').replace('>', '&gt;')}</p>{pairs}"
    text = stored(save(tmp_path, body, html=True), "Pieter Peeters")
    assert text == ["Thank you for the questions.", *ANSWERS]


def test_the_askers_inline_reply_keeps_the_contributors_quoted_lines_and_not_the_answers(tmp_path: Path) -> None:
    # the secretariat answered the contributor's points one by one, and that reply was filed as the input
    points = ("Fees should be capped at 200 euros.", "Assessment should be on the quay.")
    answers = ("We will consider a cap.", "Noted for section 3.")
    pairs = "".join(f"> {p}\n\n{a}\n\n" for p, a in zip(points, answers, strict=True))
    body = f"On 9 Mar 2026, Pieter Peeters <pp@port.example.be> wrote:\n{pairs}"
    text = stored(save(tmp_path, body, sender="Secretariat <consultation@team.example.eu>"), "Pieter Peeters")
    assert text == list(points)


def test_a_writers_own_quotation_above_the_quoted_message_is_still_kept_as_a_quotation(tmp_path: Path) -> None:
    body = (
        "<p>Our law already says:</p><blockquote><p>Learning outcomes shall be assessable.</p></blockquote>"
        f"<p>{ANSWERS[0]}</p><p>{WROTE.replace('<', '&lt;').replace('>', '&gt;')}</p>"
        f"<blockquote><p>{QUESTIONS[0]}</p></blockquote>"
    )
    text = stored(save(tmp_path, body, html=True), "Pieter Peeters")
    assert text == ["Our law already says:", "> Learning outcomes shall be assessable.", ANSWERS[0]]


def closing_after_last_quote(tail: str) -> str:
    """An inline reply whose last quoted part is the asker's own sign-off, with the writer's words after it."""
    pairs = "".join(f"> {q}\n\n{a}\n\n" for q, a in zip(QUESTIONS, ANSWERS, strict=True))
    sign_off = "> Best wishes,\n> The Secretariat\n\n"
    return f"Dear colleagues,\n\nThank you for the questions.\n\n{WROTE}\n{pairs}{sign_off}{tail}"


def test_the_writers_closing_and_signature_after_the_last_quoted_part_are_left_out(tmp_path: Path) -> None:
    signature = "Warm regards,\nPieter Peeters\nHead of Training\nPort Training Fund\n+32 3 555 01 02\n"
    path = save(tmp_path, closing_after_last_quote(signature))
    texts = [p.text for p in reader_for(path).read(path).passages]
    assert not any("Pieter Peeters" in text or "Head of Training" in text for text in texts)
    assert stored(path, "Pieter Peeters", "Port Training Fund") == ["Thank you for the questions.", *ANSWERS]


def test_words_after_the_last_quoted_part_that_go_on_past_a_thank_you_stay_the_writers(tmp_path: Path) -> None:
    # "Many thanks." opens a paragraph that goes on in sentences: no signature, so nothing is left out
    tail = "Many thanks.\nWe also ask that the fee be waived for job seekers, as it is in the port's own scheme.\n"
    path = save(tmp_path, closing_after_last_quote(tail))
    kept = stored(path, "Pieter Peeters", "Port Training Fund")
    assert kept[:4] == ["Thank you for the questions.", *ANSWERS]
    assert any("fee be waived for job seekers" in text for text in kept[4:])
