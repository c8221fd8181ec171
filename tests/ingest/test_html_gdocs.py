"""A Google Docs page exported as HTML: a reviewer's comment (its "[a]" anchor and its text at the end) is nobody's
contribution; the "Title" paragraph names the document; footnotes and other links stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.html import HtmlReader

_STYLE = "<style>.c1{margin:0}.c2{font-weight:700}.title{font-size:26pt}</style>"


def _export(body: str, *, body_class: str = "c9 doc-content") -> str:
    head = f'<head><meta content="text/html; charset=UTF-8" http-equiv="content-type">{_STYLE}</head>'
    return f'<html>{head}<body class="{body_class}">{body}</body></html>'


_BODY = (
    '<p class="c3 title" id="h.a1b2c3"><span class="c4">Baltic Nurses Union: views on micro-credentials</span></p>'
    '<p class="c1"><span class="c0">Agreed by the union council on 4 March.</span></p>'
    '<h1 class="c2" id="h.k9x1"><span>Background</span></h1>'
    '<p class="c1"><span class="c0">The union has 5,200 members in 31 hospitals</span>'
    '<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup><span class="c0">.</span></p>'
    '<h1 class="c2" id="h.m2p7"><span>Proposals</span></h1>'
    '<ul class="c5 lst-kix_abc123-0 start">'
    '<li class="c1 li-bullet-0"><span class="c0">Night-shift nurses should be able to take assessments online.'
    '</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></li>'
    '<li class="c1 li-bullet-0"><span class="c0">Employers should count training hours as working time.</span>'
    '<sup><a href="#cmnt2" id="cmnt_ref2">[b]</a></sup></li>'
    '<li class="c1 li-bullet-0"><span class="c0">See <a href="https://example.org/report">our report</a> '
    "for the survey.</span></li></ul>"
    '<hr class="c8"><div><p class="c1"><a href="#ftnt_ref1" id="ftnt1">[1]</a>'
    '<span class="c6">&nbsp;Figures of January 2026.</span></p></div>'
    '<div class="c7"><p class="c1"><a href="#cmnt_ref1" id="cmnt1">[a]</a>'
    '<span class="c0">Is this allowed by the ministry? Rasa</span></p>'
    '<p class="c1"><span class="c0">I think so, checking. Linas</span></p></div>'
    '<div class="c7"><p class="c1"><a href="#cmnt_ref2" id="cmnt2">[b]</a>'
    '<span class="c0">Please soften this sentence.</span></p></div>'
)


@pytest.mark.unit
def test_comments_left_out_title_from_title_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "gdoc_nurses_union.html"
    path.write_text(_export(_BODY), encoding="utf-8")
    result = HtmlReader().read(path)
    text = "\n".join(p.text for p in result.passages)
    assert result.properties.title == "Baltic Nurses Union: views on micro-credentials"
    for reviewer in ("Is this allowed", "checking. Linas", "soften this sentence", "[a]", "[b]"):
        assert reviewer not in text
    # the writer's text, a footnote and an ordinary link stay
    assert "Night-shift nurses should be able to take assessments online." in text
    assert "Employers should count training hours as working time." in text
    assert "See our report for the survey." in text
    assert "Figures of January 2026." in text
    assert "Agreed by the union council on 4 March." in text
    assert "Baltic Nurses Union: views" not in text  # the title names the source, it opens no passage


@pytest.mark.unit
def test_other_pages_keep_their_links_and_paragraphs(tmp_path: Path) -> None:
    # a page that is no Google Docs export: a "title" paragraph is text, and links named alike are left alone
    body = (
        '<h1>Consultation answers</h1><p class="title">Answers from the regional council</p>'
        '<p>Providers should publish their fees<a href="#cmnt1" id="cmnt_ref1">[a]</a>.</p>'
        '<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a> Fees in euros, as listed in 2025.</p></div>'
    )
    path = tmp_path / "answers.html"
    path.write_text(_export(body, body_class="page"), encoding="utf-8")
    result = HtmlReader().read(path)
    text = "\n".join(p.text for p in result.passages)
    assert result.properties.title == "Consultation answers"
    assert "Answers from the regional council" in text
    assert "Fees in euros, as listed in 2025." in text


@pytest.mark.unit
def test_unpaired_comment_link_is_kept(tmp_path: Path) -> None:
    # an anchor whose comment is missing (cut when the page was copied) is not removed on a guess
    body = (
        '<p class="c1 title">Input of the cluster</p><ul class="lst-kix_x1-0">'
        '<li>Assessment should be practical<sup><a href="#cmnt3" id="cmnt_ref3">[c]</a></sup></li></ul>'
    )
    path = tmp_path / "cluster.html"
    path.write_text(_export(body), encoding="utf-8")
    result = HtmlReader().read(path)
    assert result.properties.title == "Input of the cluster"
    assert any("Assessment should be practical[c]" in p.text for p in result.passages)
