"""Closings and signatures: "Kind regards," and the lines under it are furniture; a closing word in a sentence
is not."""

from __future__ import annotations

import pytest

from ingest.readers.signature import (
    drop_signature,
    drop_signature_paragraphs,
    is_closing,
    is_signed_name,
    signature_cuts,
)

pytestmark = pytest.mark.unit

BODY = (
    "Dear colleagues,\n\n"
    "Micro-credentials of at least 3 ECTS should be listed in the national register.\n\n"
    "We are ready to share our pilot data."
)
SIGNATURE = "Anna Berzina\nHead of Unit, Qualifications Department\nState Education Quality Service\n+371 6722 0000"


@pytest.mark.parametrize(
    "closing",
    ["Kind regards,", "Best regards", "Best wishes", "Sincerely", "Yours sincerely,", "Regards", "Thanks,",
     "Thank you!", "Best,", "Cordialement,", "Mit freundlichen Grüßen", "Saludos", "Cordiali saluti",
     "Met vriendelijke groet,", "Z poważaniem", "З повагою"],
)  # fmt: skip
def test_a_closing_and_the_short_lines_under_it_are_left_out(closing: str) -> None:
    assert drop_signature(f"{BODY}\n\n{closing}\n{SIGNATURE}\n") == BODY
    assert drop_signature(f"{BODY}\n{closing}\n\n{SIGNATURE}") == BODY  # blank lines anywhere


def test_a_closing_with_the_name_on_its_line() -> None:
    assert drop_signature(f"{BODY}\nBest regards, Anna Berzina") == BODY
    assert drop_signature(f"{BODY}\nBest, Anna\nwww.example.lv") == BODY


@pytest.mark.parametrize(
    "line",
    [
        "We send our best regards to the team that ran the pilot.",
        "Thanks to the pilot, we know what providers can report.",
        "Regards to the register, we have no view yet.",
        "Best practice",  # a heading, not "Best,"
        "Sincerely held views differ on this point",
    ],
)
def test_a_closing_word_inside_a_line_is_text(line: str) -> None:
    assert not is_closing(line)
    text = f"{BODY}\n\n{line}\nAnna Berzina"
    assert drop_signature(text) == text


def test_a_closing_followed_by_more_than_a_signature_is_not_one() -> None:
    prose = f"{BODY}\n\nThanks,\nWe also think that the register should show each entry's workload in hours."
    assert drop_signature(prose) == prose
    long = f"{BODY}\n\nRegards\n" + "\n".join(f"Line {n}" for n in range(12))
    assert drop_signature(long) == long


def test_speakers_turns_after_a_thanks_are_never_a_signature() -> None:
    record = "Chair:\nWelcome to the hearing.\n\nMs Horvat:\nThanks.\n\nChair:\nYes, go on."
    assert drop_signature(record) == record


def test_a_postscript_is_kept_and_a_confidentiality_notice_is_left_out() -> None:
    ps = "P.S. Our pilot report is attached to the next message."
    assert drop_signature(f"{BODY}\n\nKind regards,\n{SIGNATURE}\n\n{ps}") == f"{BODY}\n\n{ps}"
    notice = (
        "This e-mail and any attachments are confidential and intended solely for the addressee. If you are\n"
        "not the intended recipient, please delete it and tell the sender."
    )
    assert drop_signature(f"{BODY}\n\nKind regards,\n{SIGNATURE}\n\n{notice}") == BODY


@pytest.mark.parametrize(
    "text",
    [
        "Thanks,\nwe agree with the draft",  # a reply that opens with thanks: its words are not a signature
        "Thanks!\nWe agree",  # nothing above the closing: it closes nothing
        f"{BODY}\n\nThanks,\nwe will send the data by Friday",
        f"{BODY}\n\nThanks,\nWe agree with you.",
    ],
)
def test_words_after_a_thanks_are_not_a_signature(text: str) -> None:
    assert drop_signature(text) == text


def test_a_closing_alone_in_a_last_passage_closes_the_passages_before_it() -> None:
    assert drop_signature("Kind regards,\nAnna Berzina", after_text=True) == ""
    assert drop_signature("Kind regards,\nAnna Berzina") == "Kind regards,\nAnna Berzina"
    assert drop_signature(f"{BODY}\n\nRegards,\nanna.berzina@example.lv\nwww.example.lv") == BODY


def test_paragraphs_keep_their_number_and_lose_only_the_signature() -> None:
    paragraphs = ["Dear colleagues,", "We support the register.", "Yours faithfully,", "Anna Berzina", "Director"]
    assert drop_signature_paragraphs(paragraphs) == ["Dear colleagues,", "We support the register.", "", "", ""]
    # a closing after a line break inside a paragraph: the lines above it stay in that paragraph
    merged = ["Dear colleagues,", "We support the register.\nKind regards,\nAnna Berzina"]
    assert drop_signature_paragraphs(merged) == ["Dear colleagues,", "We support the register."]
    more = [*paragraphs, "We also think that the register should show each entry's workload in hours."]
    assert drop_signature_paragraphs(more) == more
    assert drop_signature_paragraphs(["Kind regards,", "Anna Berzina"]) == ["Kind regards,", "Anna Berzina"]
    assert drop_signature_paragraphs(["Kind regards,", "Anna Berzina"], after_text=True) == ["", ""]


def test_cuts_look_only_after_the_last_heading_or_table_and_pass_over_asides() -> None:
    body = [
        ("paragraph", "We support the register."),
        ("paragraph", "Thanks,"),
        ("paragraph", "Anna Berzina"),
        ("heading", "Funding"),
        ("paragraph", "Funding should follow the learner."),
        ("paragraph", "Best regards,"),
        ("aside", "[1] Survey of 40 providers, 2024."),
        ("paragraph", "Anna Berzina"),
    ]
    assert signature_cuts(body) == {5: "", 7: ""}  # the note stays, the closing above the heading is text
    assert signature_cuts(body[:3]) == {1: "", 2: ""}  # the same lines at the end of the body are a signature
    assert signature_cuts([("table", "Pilot | 120"), ("paragraph", "Kind regards,"), ("paragraph", "Ana")]) == {
        1: "",
        2: "",
    }  # a closing under a table closes the text above it


def test_prose_under_a_closing_is_kept_even_when_a_notice_phrase_comes_far_below_it() -> None:
    """A notice opens with the words that make it one: a phrase deep in a block of prose does not turn the prose
    above it into furniture."""
    prose = [f"Point {k}: the register should show the workload of every entry in hours." for k in range(14)]
    prose.append("A trainee who is not the intended recipient of a credential should not be listed.")
    text = f"{BODY}\n\nThanks,\nAnna\n" + "\n".join(prose)
    assert drop_signature(text) == text


def test_a_long_run_of_closing_lines_followed_by_prose_is_text() -> None:
    lines = ["Thanks,"] * 5000
    text = f"{BODY}\n" + "\n".join(lines) + "\nWe go on with a sentence of prose that ends the text."
    assert drop_signature(text) == text
    paragraphs = [BODY, *lines, "We go on with a sentence of prose that ends the text."]
    assert drop_signature_paragraphs(paragraphs) == paragraphs


@pytest.mark.parametrize(
    "closing",
    [
        "On behalf of both ministries, yours faithfully,",
        "For and on behalf of the National Council, Yours sincerely,",
        "Yours faithfully, on behalf of the Agency",
    ],
)
def test_a_closing_that_says_whom_it_speaks_for_is_a_closing(closing: str) -> None:
    assert is_closing(closing)
    assert drop_signature(f"{BODY}\n\n{closing}\n{SIGNATURE}") == BODY


def test_on_behalf_of_in_a_sentence_is_text() -> None:
    line = "On behalf of the ministry, we ask providers to publish their fees."
    assert not is_closing(line)
    assert not is_closing("On behalf of the ministry,")  # no formula: the signer alone says nothing of a closing
    assert drop_signature(f"{BODY}\n\n{line}\nAnna Berzina") == f"{BODY}\n\n{line}\nAnna Berzina"


@pytest.mark.parametrize(
    "line",
    ["Marta Kowalska, head of the Adult Learning Unit", "Jan van der Berg, Policy Officer",
     "— Dr Lena Fischer, Leiterin Weiterbildung", "Paul Moreau, directeur, Agence régionale"],
)  # fmt: skip
def test_a_name_and_role_on_one_line_is_a_signed_name(line: str) -> None:
    assert is_signed_name(line)


@pytest.mark.parametrize(
    "line",
    ["Riga, Latvia", "Marta Kowalska, head of the unit, proposed a cap of 200 euros on fees.",
     "Marta Kowalska\nhead of the Adult Learning Unit", "In short, heads of units should decide",
     "Marta Kowalska, who leads the unit", "The Adult Learning Unit, Warsaw"],
)  # fmt: skip
def test_a_sentence_a_place_or_a_name_without_a_role_is_not_a_signed_name(line: str) -> None:
    assert not is_signed_name(line)


def test_a_signed_name_ends_a_body_only_under_a_paragraph_of_text() -> None:
    signed = "Marta Kowalska, head of the Adult Learning Unit"
    body = [("paragraph", "Fees should be capped at 200 euros."), ("paragraph", signed)]
    assert signature_cuts(body) == {1: ""}
    assert signature_cuts([("paragraph", signed)]) == {}  # the whole text: nothing it signs
    assert signature_cuts([*body, ("table", "Fee | 200")]) == {}  # a table follows: not the end of the body
