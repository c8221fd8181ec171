"""The mail gateway's "[EXTERNAL]" warning over a message is left out of the body and the title; the writer's own
first paragraph stays, whatever word it opens with."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from ingest.readers.eml import EmlReader
from ingest.readers.eml_banner import is_gateway_warning, subject_without_tag, without_gateway_warning


def _write(path: Path, subject: str, plain: str | None = None, html: str | None = None) -> Path:
    message = EmailMessage()
    message["From"] = "Ilse Vandamme <ilse.vandamme@example.org>"
    message["To"] = "secretariat@example.eu"
    message["Subject"] = subject
    message["Date"] = "Wed, 11 Mar 2026 09:30:00 +0100"
    if plain is not None:
        message.set_content(plain)
    if html is not None:
        if plain is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    path.write_bytes(message.as_bytes())
    return path


@pytest.mark.unit
def test_plain_body_warning_and_subject_tag_left_out(tmp_path: Path) -> None:
    body = (
        "CAUTION: This email originated from outside of the organisation. Do not click links or open\n"
        "attachments unless you know the content is safe.\n\n"
        "Dear secretariat,\n\n"
        "Assessment of micro-credentials should be done by people who work in the sector.\n\n"
        "Our chamber trained 340 assessors last year.\n"
    )
    path = _write(tmp_path / "mail.eml", "RE: [EXT] Input from the chamber of crafts", plain=body)
    result = EmlReader().read(path)
    texts = [p.text for p in result.passages]
    assert not any("originated from outside" in t for t in texts)
    assert texts[0] == "Assessment of micro-credentials should be done by people who work in the sector."
    assert "340 assessors" in texts[1]
    assert result.properties.title == "RE: Input from the chamber of crafts"


@pytest.mark.unit
def test_html_body_warning_left_out(tmp_path: Path) -> None:
    html = (
        "<html><body><p><b>[EXTERNAL EMAIL]</b> This message was sent from outside the Agency network. Be careful "
        "with links.</p><p>Recognition officers need a short description of each micro-credential.</p>"
        "<p>We check about 90 foreign certificates a month.</p></body></html>"
    )
    path = _write(tmp_path / "mail.eml", "EXTERNAL: Recognition of micro-credentials", html=html)
    result = EmlReader().read(path)
    text = "\n".join(p.text for p in result.passages)
    assert "outside the Agency network" not in text
    assert "Recognition officers need a short description" in text
    assert "90 foreign certificates" in text
    assert result.properties.title == "Recognition of micro-credentials"


@pytest.mark.unit
def test_own_first_paragraph_kept(tmp_path: Path) -> None:
    # a first paragraph that opens with a warning's word but says nothing of the message's origin is the writer's
    body = (
        "Caution: learners who study outside the classroom need the same recognition as others.\n\n"
        "External assessors should sit on every panel.\n"
    )
    path = _write(tmp_path / "mail.eml", "External assessors and recognition", plain=body)
    result = EmlReader().read(path)
    texts = [p.text for p in result.passages]
    assert texts == [
        "Caution: learners who study outside the classroom need the same recognition as others.",
        "External assessors should sit on every panel.",
    ]
    assert result.properties.title == "External assessors and recognition"


@pytest.mark.unit
def test_rules_on_their_own() -> None:
    assert is_gateway_warning("[EXTERNAL]")
    assert is_gateway_warning("EXTERNAL EMAIL: this message comes from an external sender.")
    assert not is_gateway_warning("External quality assurance should be done every five years.")
    assert not is_gateway_warning("Warning: funding must not depend on the provider's size.")
    # a bare tag glued to the first line goes; the line stays
    assert without_gateway_warning("[External] Dear all, our view follows.\n\nMore.") == (
        "Dear all, our view follows.\n\nMore."
    )
    assert subject_without_tag("[EXTERNAL]") == "[EXTERNAL]"  # nothing else to title the message with
    assert subject_without_tag("External examiners") == "External examiners"
    assert subject_without_tag("EXTERNAL QUALITY ASSURANCE: our view") == "EXTERNAL QUALITY ASSURANCE: our view"
    heading = "EXTERNAL QUALITY ASSURANCE\n\nAgencies should review providers every five years."
    assert without_gateway_warning(heading) == heading
