"""A letter's salutation ("Dear colleagues,") is no passage of its input (ingest.readers.salutation)."""

from __future__ import annotations

import pytest

from ingest.readers.salutation import drop_salutation, drop_salutation_paragraphs, is_salutation


@pytest.mark.unit
@pytest.mark.parametrize(
    "line",
    [
        "Dear colleagues,",
        "Dear Ms Horvat,",
        "Liebe Kolleginnen und Kollegen,",
        "Chers collègues,",
        "Madame, Monsieur,",
        "Sehr geehrte Damen und Herren",
        "**Dear colleagues,**",
        "Dear colleagues:",
        "To whom it may concern",
        "Szanowni Państwo,",
        "Dear Ana, dear Ivo,",
        "Dear Mr. Petrov,",
        "Sehr geehrte Frau Prof. Dr. Berger,",
        "Hello everyone!",
    ],
)
def test_a_salutation_is_recognised(line):
    assert is_salutation(line)


@pytest.mark.unit
@pytest.mark.parametrize(
    "line",
    [
        "Dear colleagues, thank you,",  # a sentence goes on after the greeting
        "Dear colleagues are invited to the meeting.",
        "Care: a new approach to the elderly",  # a label, not "Care colleghe,"
        "Beste praktijken",  # Dutch "best practices", a heading
        "# Dear Europe",  # a heading
        "Hi-tech skills:",
        "Good morning. We write about the register,",
        "Liebe ist alles, was wir brauchen, und mehr,",
    ],
)
def test_text_that_opens_with_a_greeting_word_is_not_a_salutation(line):
    assert not is_salutation(line)


@pytest.mark.unit
def test_only_the_salutation_before_the_first_line_of_prose_is_dropped():
    head = ["MEMO", "To: the working group", "From: the secretariat", "Date: 3 May 2026", ""]
    body = ["Dear colleagues,", "", "The register should list every micro-credential that has a quality label."]
    assert drop_salutation([*head, *body]) == [*head, "", body[2]]
    late = [body[2], "", "Dear colleagues,", "we thank you."]
    assert drop_salutation(late) == late  # below the body's first sentence a greeting is text
    wrapped = ["Hello, we write to you", "about the register of micro-credentials."]
    assert drop_salutation(wrapped) == wrapped  # a wrapped sentence going on in lower case


@pytest.mark.unit
def test_a_paragraph_that_was_only_the_salutation_is_left_empty_and_a_first_line_is_taken_out():
    assert drop_salutation_paragraphs(["To: the group", "Dear colleagues,", "We ask for a register."]) == [
        "To: the group",
        "",
        "We ask for a register.",
    ]
    assert drop_salutation_paragraphs(["Dear colleagues,\nWe ask for a register."]) == ["We ask for a register."]


LETTER = (
    "Liebe Kolleginnen und Kollegen,\n\n"
    "die Kammer spricht sich dafür aus, jede Mikro-Qualifikation im Register zu führen.\n\n"
    "Kurse unter einem ECTS-Punkt sollten ebenfalls erfasst werden.\n\n"
    "Mit freundlichen Grüßen\nAnna Berger\nHandwerkskammer\n"
)


@pytest.mark.integration
def test_a_text_letter_has_no_passage_for_its_salutation_and_its_title_is_not_the_greeting(tmp_path):
    from ingest.readers.text import TextReader

    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    result = TextReader().read(path)
    assert [p.text for p in result.passages] == [
        "die Kammer spricht sich dafür aus, jede Mikro-Qualifikation im Register zu führen.",
        "Kurse unter einem ECTS-Punkt sollten ebenfalls erfasst werden.",
    ]
    assert result.properties.title != "Liebe Kolleginnen und Kollegen,"
    # the paragraphs keep the numbers an editor counts in the file, the greeting's among them
    assert [p.location.label for p in result.passages] == ["paragraph 2", "paragraph 3"]


@pytest.mark.integration
def test_a_markdown_letter_keeps_its_heading_and_body_without_the_salutation(tmp_path):
    from ingest.readers.markdown import MarkdownReader

    path = tmp_path / "letter.md"
    path.write_text(
        "# Position of the Student Union\n\n*Dear Ms Horvat,*\n\n"
        "We ask that every micro-credential carry its learning outcomes.\n",
        encoding="utf-8",
    )
    result = MarkdownReader().read(path)
    text = "\n".join(p.text for p in result.passages)
    assert "Dear Ms Horvat" not in text
    assert "carry its learning outcomes" in text and result.properties.title == "Position of the Student Union"
