"""A newsletter e-mail: the mailing tool's "View this email in your browser" and its footer are nobody's input;
the editorial and the news stay, and so does an ordinary sentence about unsubscribing from a course."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from ingest.readers.eml import EmlReader

pytestmark = pytest.mark.unit

POSITION = "Short courses for adults should be paid for from an individual learning account."
NEWS = "Our autumn courses open on 2 October; a course of eight evenings costs 60 euros."
ORDINARY = "Learners may unsubscribe from a course in its first week and get their fee back."
CATALOGUE = "Members can view the online catalogue of courses before they enrol."


def newsletter(path: Path) -> Path:
    """Laid out as mailing tools lay a newsletter out: a preheader table, the editorial, a footer table."""
    msg = EmailMessage()
    msg["From"] = "Harbour Learning Circle <news@harbour-learning.example>"
    msg["To"] = "members@harbour-learning.example"
    msg["Subject"] = "Harbour Learning News - October"
    msg.set_content(
        "<html><body><table><tr><td><a href='#'>View this email in your browser</a></td></tr></table>"
        f"<table><tr><td><h2>From the chair</h2><p>{POSITION}</p><p>{ORDINARY} {CATALOGUE}</p>"
        f"<h2>News</h2><p>{NEWS}</p></td></tr></table>"
        "<table><tr><td><em>Copyright © 2026 Harbour Learning Circle, All rights reserved.</em><br>"
        "You are receiving this email because you joined one of our courses.<br>"
        "Our mailing address is: Harbour Learning Circle, 3 Quay Road, Portside<br>"
        "Want to change how you receive these emails?<br>"
        "You can <a href='#'>update your preferences</a> or <a href='#'>unsubscribe from this list</a>.</td></tr>"
        "</table></body></html>",
        subtype="html",
    )
    path.write_bytes(bytes(msg))
    return path


def test_a_newsletters_browser_line_and_footer_are_left_out(tmp_path: Path) -> None:
    result = EmlReader().read(newsletter(tmp_path / "news.eml"))
    text = "\n".join(p.text for p in result.passages)
    for furniture in ("View this email", "Copyright", "receiving this email", "mailing address", "from this list"):
        assert furniture not in text
    assert POSITION in text and NEWS in text
    assert ORDINARY in text  # unsubscribing from a course is the writer's own sentence
    assert CATALOGUE in text  # and so is viewing a catalogue online
    assert any("footer left out" in warning for warning in result.warnings)


def test_a_message_without_a_mailings_furniture_reads_as_before(tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["From"] = "Ana <ana@example.org>"
    msg["Subject"] = "Our input"
    msg.set_content(f"{POSITION}\n\n{ORDINARY}\n")
    path = tmp_path / "plain.eml"
    path.write_bytes(bytes(msg))
    result = EmlReader().read(path)
    assert [p.text for p in result.passages] == [POSITION, ORDINARY]
    assert not any("footer" in warning for warning in result.warnings)
