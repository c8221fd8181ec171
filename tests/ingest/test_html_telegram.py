"""A Telegram Desktop export: each message its author's, a forwarded post its first author's."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.ownership import own_words
from ingest.readers.html import HtmlReader

pytestmark = pytest.mark.unit


def _message(number: int, time: str, text: str, *, sender: str = "", initials: str = "", signed: str = "") -> str:
    picture = f'<div class="pull_left userpic_wrap"><div class="initials">{initials}</div></div>' if initials else ""
    name = f'<div class="from_name">{sender}</div>' if sender else ""
    signature = f'<div class="signature details">{signed}</div>' if signed else ""
    joined = "" if sender else " joined"
    return (
        f'<div class="message default clearfix{joined}" id="message{number}">{picture}<div class="body">'
        f'<div class="pull_right date details" title="02.04.2026 {time}:00">{time}</div>{name}'
        f'<div class="text">{text}</div>{signature}</div></div>'
    )


def _export(path: Path, messages: list[str]) -> Path:
    service = '<div class="message service" id="message-1"><div class="body details">2 April 2026</div></div>'
    path.write_text(
        '<html><head><title>Exported Data</title></head><body><div class="page_wrap">'
        '<div class="page_header"><div class="text bold">Harbour Welders Group</div></div>'
        f'<div class="page_body chat_page"><div class="history">{service}{"".join(messages)}</div></div>'
        "</div></body></html>",
        encoding="utf-8",
    )
    return path


def test_a_group_export_keeps_only_the_contributors_messages(tmp_path: Path) -> None:
    forwarded = (
        '<div class="message default clearfix" id="message9"><div class="body">'
        '<div class="pull_right date details" title="02.04.2026 11:00:00">11:00</div>'
        '<div class="from_name">Ruta Kalnina</div><div class="forwarded body">'
        '<div class="from_name">Port Authority<span class="date details"> 01.04.2026</span></div>'
        '<div class="text">Courses booked before May cost 80 euros.</div></div></div></div>'
    )
    path = _export(
        tmp_path / "messages.html",
        [
            _message(1, "09:10", "Our welders want badges that name the hours.", sender="Ruta Kalnina", initials="RK"),
            _message(2, "09:12", "And every badge should be checked by a master welder."),
            _message(3, "09:20", "I think badges are a waste of money.", sender="Ilmars Berzins", initials="IB"),
            forwarded,
        ],
    )
    read = HtmlReader().read(path)
    own = own_words(read.passages, "Ruta Kalnina", "Harbour Welders", read.properties.author)
    text = "\n".join(p.text for p in own.passages)
    assert "name the hours" in text and "checked by a master welder" in text
    assert "waste of money" not in text and "80 euros" not in text
    assert "09:1" not in text and "RK" not in text and "2 April 2026" not in text
    assert any("Ilmars Berzins" in n for n in own.notes) and any("Port Authority" in n for n in own.notes)


def test_a_channels_signed_posts_are_the_signers(tmp_path: Path) -> None:
    path = _export(
        tmp_path / "messages.html",
        [
            _message(1, "10:00", "Apprentices should pay no fee.", sender="Harbour Welders", signed="Ruta Kalnina"),
            _message(2, "10:05", "Exams should be held in the workshop.", signed="Ruta Kalnina"),
        ],
    )
    read = HtmlReader().read(path)
    assert [p.text for p in read.passages] == [
        "Apprentices should pay no fee.",
        "Exams should be held in the workshop.",
    ]
    assert read.properties.author == "Ruta Kalnina" and read.properties.title == "Harbour Welders Group"


def test_a_page_with_a_message_box_is_read_as_a_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        '<html><body><h1>Our view</h1><div class="message default">Site maintenance on Friday.</div>'
        "<p>Short courses should be recognised across borders.</p></body></html>",
        encoding="utf-8",
    )
    text = "\n".join(p.text for p in HtmlReader().read(path).passages)
    assert "recognised across borders" in text and "Site maintenance" in text
