"""A newspaper's kicker, standfirst, byline, captions and author's bio are not the author's argument."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.html import HtmlReader

pytestmark = pytest.mark.unit


def _text(path: Path) -> str:
    return "\n".join(p.text for p in HtmlReader().read(path).passages)


def test_the_papers_lines_around_an_op_ed_are_left_out(tmp_path: Path) -> None:
    path = tmp_path / "oped.html"
    path.write_text(
        "<html><body><article>"
        '<div class="article__kicker">Comment · Transport</div><h1>Buses before bridges</h1>'
        '<p class="c-standfirst">The valley needs buses first, says a councillor.</p>'
        '<div class="post-byline">By Ilse Brandt, 4 May 2026</div>'
        '<figure><img src="bus.jpg"><figcaption>A bus at the depot. Photo: Valley Post</figcaption></figure>'
        "<p>Every village should have a bus every hour until ten at night.</p>"
        "<p>Fares for pupils should be zero.</p>"
        '<div class="author_bio">Ilse Brandt sits on the county council.</div>'
        "<address>Write to the author at letters@valleypost.example</address>"
        "</article></body></html>",
        encoding="utf-8",
    )
    text = _text(path)
    assert "bus every hour" in text and "Fares for pupils" in text
    for gone in ("Comment · Transport", "says a councillor", "By Ilse Brandt", "depot", "sits on the", "letters@"):
        assert gone not in text


def test_a_reports_figure_caption_stays(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(
        "<html><body><h1>Annual report</h1><p>Ridership grew in every district last year.</p>"
        "<figure><img src='chart.png'><figcaption>Ridership rose by 12% in the north.</figcaption></figure>"
        "</body></html>",
        encoding="utf-8",
    )
    assert "Ridership rose by 12% in the north." in _text(path)
