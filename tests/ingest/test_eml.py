"""E-mail inputs: the writer's own text, subject and sender as metadata (attachments: test_eml_attachments.py)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from ingest.forwards import own_forwards
from ingest.readers import reader_for
from ingest.readers.base import ReadError

pytestmark = pytest.mark.unit


def message(subject: str = "Input on stackable micro-credentials") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Aino Virtanen <aino.virtanen@example.fi>"
    msg["To"] = "drafting-team@example.eu"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 03 Mar 2026 09:15:00 +0200"
    return msg


def save(msg: EmailMessage, path: Path) -> Path:
    path.write_bytes(bytes(msg))
    return path


def credited(path: Path, contributor: str | None = None, organisation: str = "") -> tuple[list[str], list[str]]:
    """The texts ingest keeps in the contributor's name (the sender's when the sheet names nobody, as ingest
    does), and all the warnings: the reader's and those on whose messages were left out."""
    result = reader_for(path).read(path)
    sender = result.properties.author
    kept, notes = own_forwards(result.passages, contributor or sender or "", organisation, sender)
    return [p.text for p in kept], [*result.warnings, *notes]


def test_a_plain_message_reads_as_paragraphs_without_quotes_or_signature(tmp_path: Path) -> None:
    msg = message("Palaute: pinottavat mikrotutkinnot – input from Finland")
    msg.set_content(
        "Dear colleagues,\n\n"
        "Stackable micro-credentials should count towards a degree only when the learning outcomes\n"
        "are assessed at the level of that degree.\n\n"
        "We also ask for a register entry for each one.\n\n"
        "On 2 March, the secretariat wrote:\n"
        "> Please send your comments on section 3 by Friday.\n"
        "> Thank you.\n\n"
        "-- \nAino Virtanen\nSenior adviser\n"
    )
    msg.add_attachment(b"%PDF-1.4 brief", maintype="application", subtype="pdf", filename="finland_brief.pdf")
    path = save(msg, tmp_path / "input.eml")
    result = reader_for(path).read(path)
    texts, warnings = credited(path)
    assert texts[0] == (
        "Stackable micro-credentials should count towards a degree only when the learning outcomes "
        "are assessed at the level of that degree."
    )
    # the salutation is left out, and keeps its number: the paragraphs are those an editor counts in the message
    assert [p.location.label for p in result.passages][:2] == ["paragraph 2", "paragraph 3"]
    assert not any("Dear colleagues" in t for t in texts)
    assert not any("Please send" in t or "Senior adviser" in t for t in texts)
    props = result.properties
    assert (props.title, props.author, props.date) == (
        "Palaute: pinottavat mikrotutkinnot – input from Finland",
        "Aino Virtanen",
        "2026-03-03",
    )
    # the attachment is read with the message: this one is no real PDF, so it is named with its reason
    assert any(w.startswith("attachment finland_brief.pdf not read: ") for w in result.warnings)
    assert any("earlier message of the thread from the secretariat is left out" in w for w in warnings)


@pytest.mark.parametrize(
    "history",
    [
        "-----Original Message-----\nFrom: Drafting team\nSent: Monday, 2 March 2026 10:00\n",
        "________________________________\nFrom: Drafting team <team@example.eu>\nSent: 2 March 2026\nTo: Aino\n",
        "On Mon, 2 Mar 2026 at 10:00, Drafting team <team@example.eu> wrote:\n",
    ],
)
def test_a_replys_history_without_quote_marks_is_not_the_writers_text(tmp_path: Path, history: str) -> None:
    msg = message("RE: call for input")
    msg.set_content(
        "We support a register entry for every micro-credential.\n\n"
        + history
        + "\nThe guidelines should require at least 5 ECTS for every micro-credential.\n"
    )
    path = save(msg, tmp_path / "reply.eml")
    kept, warnings = credited(path)
    texts = " ".join(kept)
    assert "We support a register entry" in texts
    assert "at least 5 ECTS" not in texts and "Drafting team" not in texts
    assert any("earlier message of the thread from Drafting team is left out" in w for w in warnings)


def test_a_forwarded_contribution_is_kept(tmp_path: Path) -> None:
    msg = message("FW: input from the chamber")
    msg.set_content(
        "For the record, forwarded below.\n\n---------- Forwarded message ---------\n"
        "From: Chamber of Commerce\nDate: 1 March 2026\n\n"
        "Employers should be able to issue micro-credentials for in-company training.\n"
    )
    path = save(msg, tmp_path / "fw.eml")
    texts = " ".join(p.text for p in reader_for(path).read(path).passages)
    assert "Employers should be able to issue micro-credentials" in texts


def test_an_html_only_message_keeps_its_sections_and_never_runs_script(tmp_path: Path) -> None:
    msg = message()
    msg.set_content(
        "<html><body><h2>Recognition</h2><p>Recognition officers need the workload in ECTS.</p>"
        "<script>alert('x')</script><h2>Quality</h2><p>External review every five years.</p></body></html>",
        subtype="html",
    )
    path = save(msg, tmp_path / "html.eml")
    result = reader_for(path).read(path)
    assert [(p.location.label, p.text) for p in result.passages] == [
        ("section 1 Recognition", "Recognition officers need the workload in ECTS."),
        ("section 2 Quality", "External review every five years."),
    ]


def test_a_latin_1_body_is_decoded_by_its_charset(tmp_path: Path) -> None:
    raw = (
        "From: =?iso-8859-1?q?Jos=E9_Mart=EDnez?= <jm@example.es>\r\nSubject: =?iso-8859-1?q?Acreditaci=F3n?=\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode("ascii") + "La acreditación de microcredenciales requiere evaluación externa.\r\n".encode("latin-1")
    path = tmp_path / "es.eml"
    path.write_bytes(raw)
    result = reader_for(path).read(path)
    assert result.passages[0].text == "La acreditación de microcredenciales requiere evaluación externa."
    assert (result.properties.title, result.properties.author) == ("Acreditación", "José Martínez")


def test_a_message_with_only_an_unreadable_attachment_says_why(tmp_path: Path) -> None:
    msg = message()
    msg.set_content("")
    msg.add_attachment(b"PK\x03\x04", maintype="application", subtype="zip", filename="slides.pptx")
    path = save(msg, tmp_path / "empty.eml")
    with pytest.raises(ReadError, match=r"^no text found in the message body \(attachments not read: slides.pptx: "):
        reader_for(path).read(path)


def test_a_pdf_named_eml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mail.eml"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    with pytest.raises(ReadError, match=r"^not a text file \(content looks like PDF\)$"):
        reader_for(path)


def test_the_character_limit_applies_to_the_body(tmp_path: Path) -> None:
    from ingest.readers.base import LimitExceeded, Limits

    for subtype, body in (("plain", "Workload in ECTS. " * 400), ("html", "<p>" + "Workload in ECTS. " * 400 + "</p>")):
        msg = message()
        msg.set_content(body, subtype=subtype)
        path = save(msg, tmp_path / f"long-{subtype}.eml")
        with pytest.raises(LimitExceeded) as info:
            reader_for(path).read(path, limits=Limits(max_chars=1000))
        assert info.value.reason.endswith("(setting max_chars)")


def test_a_forwarded_messages_paragraphs_name_its_sender(tmp_path: Path) -> None:
    msg = message("Fwd: note from a colleague")
    msg.set_content(
        "Passing this on; I do not share all of it.\n\n---------- Forwarded message ---------\n"
        'From: "Novak, Jan" <jan.novak@example.cz>\nDate: 2 March 2026\nSubject: credits\nTo: Aino\n\n'
        "Every micro-credential should carry at least 5 ECTS credits.\n"
    )
    path = save(msg, tmp_path / "fwd.eml")
    passages = reader_for(path).read(path).passages
    own = [p for p in passages if not p.location.section]
    forwarded = [p for p in passages if p.location.section]
    assert [p.text for p in own] == ["Passing this on; I do not share all of it."]
    assert [p.text for p in forwarded] == ["Every micro-credential should carry at least 5 ECTS credits."]
    assert forwarded[0].location.section == "Forwarded message from Novak, Jan"
    assert "jan.novak@example.cz" not in " ".join(p.text for p in passages)  # the header lines are not text


@pytest.mark.parametrize("closing", ["Kind regards,", "Mit freundlichen Grüßen", "Cordiali saluti", "Thanks,"])
def test_a_closing_and_signature_are_left_out_up_to_the_replys_history(tmp_path: Path, closing: str) -> None:
    msg = message("RE: call for input")
    msg.set_content(
        "Dear colleagues,\n\n"
        "Providers should state the workload in ECTS credits, and thanks to the register learners can compare.\n\n"
        f"{closing}\n\nAino Virtanen\nSenior adviser\nFinnish National Agency for Education\n\n"
        "On Mon, 2 Mar 2026 at 10:00, Drafting team <team@example.eu> wrote:\n> Please send your comments.\n"
    )
    path = save(msg, tmp_path / "reply.eml")
    passages = reader_for(path).read(path).passages
    assert [(p.location.label, p.text, p.location.section) for p in passages] == [
        (
            "paragraph 2",
            "Providers should state the workload in ECTS credits, and thanks to the register learners can compare.",
            None,
        ),
        ("paragraph 3", "Please send your comments.", "Earlier message from Drafting team"),
    ]
    assert credited(path)[0] == [p.text for p in passages[:1]]


def test_each_message_of_a_forward_loses_its_own_signature(tmp_path: Path) -> None:
    msg = message("Fwd: input from the chamber")
    msg.set_content(
        "For the record, forwarded below.\n\nBest,\nSecretariat\n\n---------- Forwarded message ---------\n"
        "From: Chamber of Commerce\nDate: 1 March 2026\n\n"
        "Employers should be able to issue micro-credentials for in-company training.\n\n"
        "Yours faithfully,\nMarta Kowalska\nDirector of Training Policy\n"
    )
    path = save(msg, tmp_path / "fw.eml")
    texts = [p.text for p in reader_for(path).read(path).passages]
    assert texts == [
        "For the record, forwarded below.",
        "Employers should be able to issue micro-credentials for in-company training.",
    ]


def test_an_html_messages_signature_is_left_out_and_its_label_narrowed(tmp_path: Path) -> None:
    msg = message()
    msg.set_content(
        "<html><body><p>Dear team,</p><p>Micro-credentials should be stackable towards degrees.</p>"
        "<p>Kind regards,<br>Anna Berzina<br>Director, Academic Information Centre</p></body></html>",
        subtype="html",
    )
    path = save(msg, tmp_path / "html.eml")
    passages = reader_for(path).read(path).passages
    assert [(p.location.label, p.text) for p in passages] == [
        ("paragraph 2", "Micro-credentials should be stackable towards degrees.")  # the salutation is left out too
    ]
