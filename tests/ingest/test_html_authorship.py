"""A shared pad's export: the lines its other authors wrote are their comments, kept quoted, and its chat is left
out (ingest.readers.html_authorship). The page is our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.model import QUOTE_MARK
from ingest.ownership import own_words
from ingest.readers.html import HtmlReader

pytestmark = pytest.mark.unit

PAD = """<!DOCTYPE HTML><html><head><title>harbour-badges-reply</title><meta name="generator" content="Etherpad">
<style>.author-a-q1w2e3 { background-color: #b8d9f5; } .author-a-z9x8c7 { background-color: #c9f2b8; }</style>
</head><body>
<span class="author-a-q1w2e3"><b>Harbour Guild - draft reply on sailing badges</b></span><br>
<span class="author-a-q1w2e3">Every sailing badge should name the harbour that tested the skipper, so that a club
abroad can ask it.</span><br>
<span class="author-a-z9x8c7">Marco: I would leave the harbour off the badge, clubs never ask.</span><br>
<span class="author-a-q1w2e3">Rita: noted, but the board agreed the wording above.</span><br>
<span class="author-a-q1w2e3">The practical test should take place on the water, never in a classroom.</span><br>
<div id="chatbox"><p>[18:04] Marco Vella: I still think badges should be free for everyone</p></div>
</body></html>"""


def test_a_pads_other_authors_are_quoted_and_its_chat_left_out(tmp_path: Path) -> None:
    path = tmp_path / "pad.html"
    path.write_text(PAD, encoding="utf-8")
    result = HtmlReader().read(path)
    own = own_words(result.passages, "Rita Zammit", "Harbour Guild", result.properties.author)
    lines = [line for p in own.passages for line in p.text.split("\n")]
    assert QUOTE_MARK + "Marco: I would leave the harbour off the badge, clubs never ask." in lines
    assert "The practical test should take place on the water, never in a classroom." in lines
    assert any(line.startswith("Every sailing badge should name the harbour") for line in lines)
    assert not any("badges should be free" in line for line in lines)
    assert any("other authors kept quoted" in warning for warning in result.warnings)


def test_a_page_whose_classes_only_name_an_author_box_is_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "oped.html"
    path.write_text(
        "<html><body><p>Badges should be free for every learner under 25.</p>"
        '<p class="author-bio">Rita Zammit chairs the Harbour Guild.</p>'
        '<span class="author-name">Rita Zammit</span></body></html>',
        encoding="utf-8",
    )
    text = "\n".join(p.text for p in HtmlReader().read(path).passages)
    assert QUOTE_MARK not in text
