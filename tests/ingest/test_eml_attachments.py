"""Files an e-mail carries are read as part of its contribution (ingest/readers/eml_attachments.py): each with its
type's reader, located by the attachment, kept with the sender's own text only, never a logo or an invitation.

Each test writes its message with the standard library's ``email`` package around files built in the test."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from ingest.forwards import own_forwards
from ingest.model import within_attachment
from ingest.readers import reader_for
from ingest.readers.base import Limits, ReadError
from ingest.readers.eml_covering import only_covering
from tests.builders import write_docx, write_pdf

pytestmark = pytest.mark.unit

PDF_TEXT = "Employers should fund the micro-credentials their staff take during working hours."
DOCX_TEXT = "Every micro-credential should state its workload in hours and in ECTS credits."
TXT_TEXT = "Recognition officers need the assessment method written on the certificate."
BODY = "Our network also asks that short courses run outside the harvest season, between January and April."
PDF_MIME = ("application", "pdf")
DOCX_MIME = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def mail(body: str, sender: str = "Ana Lima <ana.lima@rede.example.pt>", subject: str = "Our response") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "consultation@guidelines.example.eu"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 3 Mar 2026 09:15:00 +0000"
    msg.set_content(body)
    return msg


def attach(msg: EmailMessage, data: bytes, mime: tuple[str, str], name: str, **extra: str) -> None:
    msg.add_attachment(data, maintype=mime[0], subtype=mime[1], filename=name, **extra)


def pdf_bytes(tmp_path: Path, *pages: str) -> bytes:
    return write_pdf(tmp_path / "built.pdf", list(pages)).read_bytes()


def docx_bytes(tmp_path: Path) -> bytes:
    path = write_docx(tmp_path / "built.docx", "Response of the network", [("Workload", [DOCX_TEXT])])
    return path.read_bytes()


def read(tmp_path: Path, msg: EmailMessage, limits: Limits | None = None):
    path = tmp_path / "message.eml"
    path.write_bytes(bytes(msg))
    return reader_for(path).read(path, limits=limits or Limits())


def test_pdf_docx_and_txt_attachments_are_read_with_their_place_in_the_file(tmp_path: Path) -> None:
    msg = mail(f"Dear colleagues,\n\n{BODY}\n\nKind regards,\nAna Lima\n")
    attach(msg, pdf_bytes(tmp_path, "Cover page of the position paper.", PDF_TEXT), PDF_MIME, "position.pdf")
    attach(msg, docx_bytes(tmp_path), DOCX_MIME, "response.docx")
    attach(msg, f"{TXT_TEXT}\n".encode(), ("text", "plain"), "notes.txt")
    result = read(tmp_path, msg)
    where = {p.text: p.location for p in result.passages}
    assert where[BODY].label == "paragraph 2" and where[BODY].attachment is None  # the body first, as it was
    pdf = next(loc for text, loc in where.items() if PDF_TEXT in text)
    assert (pdf.label, pdf.attachment, pdf.page) == ("attachment position.pdf, page 2", "position.pdf", 2)
    word = next(loc for text, loc in where.items() if DOCX_TEXT in text)
    assert word.label.startswith("attachment response.docx, section") and word.attachment == "response.docx"
    text = next(loc for text, loc in where.items() if TXT_TEXT in text)
    assert text.label == "attachment notes.txt, paragraph 1"
    assert within_attachment(pdf.label) == "page 2" and within_attachment("page 2") == "page 2"
    assert pdf.as_metadata()["attachment"] == "position.pdf"
    assert [p.location.attachment for p in result.passages][0] is None  # body, then the files in their order
    assert not any("not read" in w for w in result.warnings), result.warnings


def test_a_forwarders_attachment_is_left_out_when_the_forwarded_message_is_kept(tmp_path: Path) -> None:
    forward = (
        "Please find below the input of Jan Novak. FYI.\n\nSecretariat\n\n"
        "---------- Forwarded message ---------\nFrom: Jan Novak <jan.novak@example.cz>\n"
        "Date: Fri, 27 Feb 2026 at 16:05\nSubject: Input on micro-credentials\nTo: <secretariat@example.eu>\n\n"
        f"{TXT_TEXT}\n\nKind regards,\nJan Novak\n"
    )
    msg = mail(forward, sender="Secretariat <secretariat@example.eu>", subject="Fwd: Input on micro-credentials")
    attach(msg, pdf_bytes(tmp_path, PDF_TEXT), PDF_MIME, "position.pdf")
    result = read(tmp_path, msg)
    assert any(p.location.attachment == "position.pdf" for p in result.passages)  # the reader reads it
    kept, notes = own_forwards(result.passages, "Jan Novak", "", result.properties.author)
    assert [p.text for p in kept] == [TXT_TEXT]  # never credited to Jan on a guess: the secretariat attached it
    left_out = "attachments left out: position.pdf: they belong to the message of Secretariat"
    assert any(n.startswith(left_out) for n in notes)
    # the sender's own attachment stays with the sender's own text
    kept, notes = own_forwards(result.passages, "Secretariat", "", result.properties.author)
    assert any(PDF_TEXT in p.text for p in kept) and not any("attachments left out" in n for n in notes)


def test_the_sheets_contributor_keeps_the_attachment_of_a_message_without_forwards(tmp_path: Path) -> None:
    msg = mail(f"Dear colleagues,\n\n{BODY}\n", sender="Consultation desk <desk@rede.example.pt>")
    attach(msg, pdf_bytes(tmp_path, PDF_TEXT), PDF_MIME, "position.pdf")
    result = read(tmp_path, msg)
    kept, notes = own_forwards(result.passages, "Ana Lima", "Rede de Formação", result.properties.author)
    assert [p.text for p in kept][0] == BODY and any(PDF_TEXT in p.text for p in kept) and notes == []


def test_inline_logos_invitations_cards_winmail_and_attached_mails_are_no_contributions(tmp_path: Path) -> None:
    msg = mail(f"{BODY}\n")
    msg.add_alternative(f"<p>{BODY}</p><p><img src='cid:logo1'></p>", subtype="html")
    msg.get_payload()[1].add_related(b"\x89PNG\r\n\x1a\n", "image", "png", cid="<logo1>", filename="image001.png")
    attach(msg, b"\x89PNG\r\n\x1a\n", ("image", "png"), "logo.png", disposition="inline", cid="<logo2>")
    attach(msg, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", ("text", "calendar"), "invite.ics")
    attach(msg, b"BEGIN:VCARD\r\nFN:Ana Lima\r\nEND:VCARD\r\n", ("text", "vcard"), "ana.vcf")
    attach(msg, b"\x78\x9f\x3e\x22 tnef", ("application", "ms-tnef"), "winmail.dat")
    inner = mail("Minutes of the last meeting: nothing was decided.", sender="Someone Else <else@example.org>")
    msg.add_attachment(inner)
    result = read(tmp_path, msg)
    assert [p.text for p in result.passages] == [BODY]
    (aside,) = [w for w in result.warnings if "no contribution" in w]
    for name in ("invite.ics", "ana.vcf", "winmail.dat", "an attached e-mail"):
        assert name in aside
    assert not any("logo" in w or "image001" in w for w in result.warnings)  # a logo needs no word


def test_a_failing_attachment_is_named_with_its_reason_and_the_body_is_still_read(tmp_path: Path) -> None:
    msg = mail(f"{BODY}\n")
    attach(msg, b"PK\x03\x04 not a real package", DOCX_MIME, "broken.docx")
    attach(msg, b"\x00\x01binary", ("application", "octet-stream"), "archive.xyz")
    attach(msg, pdf_bytes(tmp_path, PDF_TEXT), PDF_MIME, "good.pdf")
    result = read(tmp_path, msg)
    assert result.passages[0].text == BODY and any(PDF_TEXT in p.text for p in result.passages)
    assert any(w.startswith("attachment broken.docx not read: ") for w in result.warnings)
    assert "attachment archive.xyz not read: unsupported file type '.xyz'" in result.warnings


def test_the_character_budget_is_shared_with_the_body(tmp_path: Path) -> None:
    msg = mail(f"{BODY}\n")
    attach(msg, pdf_bytes(tmp_path, PDF_TEXT * 3), PDF_MIME, "long.pdf")
    result = read(tmp_path, msg, Limits(max_chars=len(BODY) + 100))
    assert [p.text for p in result.passages] == [BODY]
    assert any(w.startswith("attachment long.pdf not read: ") and "max_chars" in w for w in result.warnings)


def test_a_covering_note_gives_way_to_the_attachment(tmp_path: Path) -> None:
    note = (
        "Dear consultation team,\n\nPlease find attached our response to the consultation. Thank you for the "
        "opportunity to contribute, and do not hesitate to contact me.\n\nKind regards,\nAna Lima\nDirector\n"
    )
    msg = mail(note)
    attach(msg, docx_bytes(tmp_path), DOCX_MIME, "response.docx")
    result = read(tmp_path, msg)
    assert all(p.location.attachment == "response.docx" for p in result.passages)
    assert any(DOCX_TEXT in p.text for p in result.passages)
    assert any("covering note" in w for w in result.warnings)
    # the same note over an attachment that cannot be read is kept: the message is not left empty or refused
    msg = mail(note)
    attach(msg, b"PK\x03\x04 broken", DOCX_MIME, "response.docx")
    result = read(tmp_path, msg)
    assert [p.location.attachment for p in result.passages] == [None]
    assert "Please find attached our response" in result.passages[0].text


def test_only_a_note_that_says_nothing_else_is_a_covering_note() -> None:
    assert only_covering(["Please find attached our response.", "Thank you."])
    assert only_covering(["Anbei unsere Stellungnahme.", "Maria"])
    assert not only_covering(["Many thanks for your message."])  # nothing points to an attachment
    assert not only_covering(["Please find attached our response, which argues that employers should pay."])
    assert not only_covering([f"Please find attached our response. {BODY}"])
    assert not only_covering(["Attached. " + "We add a long remark about the register of qualifications. " * 10])


def test_an_empty_body_with_an_attachment_is_the_attachment(tmp_path: Path) -> None:
    msg = mail("")
    attach(msg, pdf_bytes(tmp_path, PDF_TEXT), PDF_MIME, "position.pdf")
    result = read(tmp_path, msg)
    assert [p.location.label for p in result.passages] == ["attachment position.pdf, page 1"]
    msg = mail("")
    attach(msg, b"%PDF-1.4 broken", PDF_MIME, "position.pdf")
    with pytest.raises(ReadError, match=r"^no text found in the message body \(attachments not read: position.pdf: "):
        read(tmp_path, msg)
    msg = mail("")
    attach(msg, b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", ("text", "calendar"), "invite.ics")
    with pytest.raises(ReadError, match=r"not read: no contribution: invite.ics \(a calendar invitation\)\)$"):
        read(tmp_path, msg)


def test_an_unnamed_attachment_is_named_by_its_type(tmp_path: Path) -> None:
    msg = mail(f"{BODY}\n")
    msg.add_attachment(pdf_bytes(tmp_path, PDF_TEXT), maintype="application", subtype="pdf")
    result = read(tmp_path, msg)
    assert any(p.location.label == "attachment unnamed-1.pdf, page 1" for p in result.passages)
