"""A web page's share bar and the site's related posts, printed or saved with an article, are nobody's words
(ingest/cues.py), whatever the format the page was kept in."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.cues import drop_cues
from ingest.model import Location, Passage
from ingest.ownership import own_words
from ingest.readers.text import TextReader

pytestmark = pytest.mark.unit

ARTICLE = (
    "Why short courses need a public register\n\n"
    "Posted by Mira Lasko, 3 February 2026\n\n"
    "Every short course that leads to a micro-credential should be entered in the national register, with its\n"
    "workload and its assessment, so that an employer can see what the holder did.\n\n"
    "Share this article: Facebook | X | LinkedIn | Email\n"
    "You may also like\n"
    "Ten years of adult learning in our region\n"
    "Subscribe to our newsletter\n"
)


def test_a_saved_blog_post_keeps_its_text_without_the_share_bar_and_related_posts(tmp_path: Path) -> None:
    path = tmp_path / "blog_register.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    own = own_words(TextReader().read(path).passages, "Mira Lasko", "", None)
    text = "\n".join(p.text for p in own.passages)
    assert "should be entered in the national register" in text
    for gone in ("Share this article", "LinkedIn", "You may also like", "Ten years of adult learning", "newsletter"):
        assert gone not in text
    assert any("share buttons" in note for note in own.notes)


def test_a_share_bar_alone_goes_and_the_text_after_it_stays() -> None:
    kept, notes = drop_cues([Passage("Our first point.\nShare: Facebook, WhatsApp, Copy link\nOur second point.",
                                     Location("page 1"))])  # fmt: skip
    assert [p.text for p in kept] == ["Our first point.\nOur second point."]
    assert notes == ["a web page's share buttons and related posts left out of 1 passage(s)"]


def test_sharing_in_a_sentence_and_a_related_heading_without_a_share_bar_stay() -> None:
    texts = ["Share this map with the district councils.", "Share only what you need", "Related articles\nSmith 2021"]
    kept, notes = drop_cues([Passage(t, Location(f"paragraph {k}")) for k, t in enumerate(texts, start=1)])
    assert [p.text for p in kept] == texts and notes == []
