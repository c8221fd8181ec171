"""A forum thread printed from Discourse: each post its author's; the category, tags, user lines, likes and the
other members' posts are not the contributor's."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.ownership import own_words
from ingest.readers.html import HtmlReader

pytestmark = pytest.mark.unit


def _post(number: int, user: str, shown: str, when: str, body: str) -> str:
    return (
        f'<div id="post_{number}" class="topic-post"><div class="crawler-post-meta">'
        f'<span class="creator"><a href="/u/{user}"><span itemprop="name">{user}</span></a> {shown}</span>'
        f'<span class="post-time">{when}</span><span itemprop="position">#{number}</span></div>'
        f'<div class="post" itemprop="text">{body}</div><div class="likes">{number} Likes</div></div>'
    )


_PAGE = (
    "<html><head><title>Allotment rules - Garden Forum</title></head><body>"
    '<div id="topic-title"><h1>Allotment rules</h1><div class="topic-category">'
    '<span class="category-name">Local matters</span><span class="discourse-tags">'
    '<a class="discourse-tag">soil</a></span></div></div>'
    + _post(1, "chair_kb", "", "Apr 2, 2026, 9:00am", "<p>Please post your view on the new plot rules by Friday.</p>")
    + _post(
        2,
        "ruth_ek",
        "Ruth Ekdahl",
        "Apr 2, 2026, 6:12pm",
        "<p>Plots left unworked for a season should go to the waiting list.</p><p>Water butts should be free.</p>",
    )
    + _post(
        3,
        "tomas.v",
        "",
        "Apr 3, 2026, 8:01am",
        '<aside class="quote"><blockquote><p>Water butts should be free.</p></blockquote></aside>'
        "<p>We have 212 plots and 40 people waiting.</p>",
    )
    + "</body></html>"
)


def test_only_the_contributors_posts_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "thread.html"
    path.write_text(_PAGE, encoding="utf-8")
    result = HtmlReader().read(path)
    assert result.properties.title == "Allotment rules"
    every = "\n".join(p.text for p in result.passages)
    assert "Local matters" not in every and "soil" not in every and "Likes" not in every and "#2" not in every
    own = own_words(result.passages, "Ruth Ekdahl", "Hillside Allotments", None)
    text = "\n".join(p.text for p in own.passages)
    assert "waiting list" in text and "Water butts should be free" in text
    assert "Friday" not in text and "212 plots" not in text and "Apr 2" not in text
    assert "@chair_kb" in own.notes[0] and "@tomas.v" in own.notes[0]


def test_a_page_with_one_post_is_read_as_a_page(tmp_path: Path) -> None:
    path = tmp_path / "one.html"
    path.write_text(
        "<html><body><h1>Rules</h1>"
        + _post(1, "ruth_ek", "", "Apr 2, 2026", "<p>One post only.</p>")
        + "</body></html>",
        encoding="utf-8",
    )
    text = "\n".join(p.text for p in HtmlReader().read(path).passages)
    assert "One post only." in text
