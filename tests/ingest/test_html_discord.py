"""A Discord channel's HTML export: each message its author's, the replies' quotations, reactions and embeds none."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.ownership import own_words
from ingest.readers import reader_for

pytestmark = pytest.mark.unit


def _message(mid: int, body: str, author: tuple[str, str] | None = None, reply: str = "", extra: str = "") -> str:
    header = ""
    if author:
        header = (
            f'<div class="chatlog__header"><span class="chatlog__author" title="{author[0]}">{author[1]}</span>'
            f'<span class="chatlog__timestamp"><a href="#m{mid}">07/03/2026 10:{mid:02d}</a></span></div>'
        )
    aside = (
        "" if author else f'<div class="chatlog__short-timestamp" title="07/03/2026 10:{mid:02d}">10:{mid:02d}</div>'
    )
    quoted = (
        f'<div class="chatlog__reply"><div class="chatlog__reply-author">Someone</div>'
        f'<div class="chatlog__reply-content"><em>{reply}</em></div></div>'
        if reply
        else ""
    )
    return (
        f'<div class="chatlog__message-container"><div class="chatlog__message">'
        f'<div class="chatlog__message-aside">{aside}</div><div class="chatlog__message-primary">{quoted}{header}'
        f'<div class="chatlog__content chatlog__markdown"><span>{body}</span></div>{extra}</div></div></div>'
    )


REACTION = '<div class="chatlog__reactions"><div class="chatlog__reaction"><img alt="👍"><span>12</span></div></div>'
EMBED = '<div class="chatlog__embed"><div class="chatlog__embed-title">Some site | Home</div></div>'
PAGE = (
    "<html><head><title>Guild - general - #courses</title></head><body>"
    '<div class="preamble"><div class="preamble__entry">Guild</div><div>Topic: keep it short</div></div>'
    '<div class="chatlog"><div class="chatlog__message-group">'
    + _message(1, "Courses should end with a practical test.", ("lena.k", "Lena Kurz"), extra=REACTION)
    + _message(2, "And the credential should stay valid for life.", extra=EMBED)
    + '</div><div class="chatlog__message-group">'
    + _message(3, "No, tests cost too much: we paid 900 euros.", ("tom_b", "Tom B"), reply="Courses should end")
    + '</div></div><div class="postamble">Exported 3 message(s)</div></body></html>'
)


def _read(tmp_path: Path):
    path = tmp_path / "channel.html"
    path.write_text(PAGE, encoding="utf-8")
    return reader_for(path).read(path)


def test_each_message_is_read_under_its_author_without_reactions_embeds_or_quotes(tmp_path: Path) -> None:
    result = _read(tmp_path)
    assert [p.text for p in result.passages] == [
        "Courses should end with a practical test.",
        "And the credential should stay valid for life.",
        "No, tests cost too much: we paid 900 euros.",
    ]
    assert result.passages[1].location.section == "Lena Kurz (@lena.k) wrote on 07/03/2026 10:02"
    assert result.properties.title == "Guild - general - #courses"


def test_only_the_contributors_messages_are_kept(tmp_path: Path) -> None:
    result = _read(tmp_path)
    own = own_words(result.passages, "Lena Kurz", "Kurz Academy", result.properties.author)
    assert [p.text for p in own.passages] == [
        "Courses should end with a practical test.",
        "And the credential should stay valid for life.",
    ]
    assert any("@tom_b" in note for note in own.notes)
