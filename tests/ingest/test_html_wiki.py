"""HTML reader: a page saved from a wiki keeps its article, without the site's menus, contents box and edit links."""

from __future__ import annotations

import pytest

from ingest.readers.html import HtmlReader

pytestmark = pytest.mark.unit

# Built here in the shape a MediaWiki-like site saves a page (ids and classes as such sites name them).
WIKI_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Micro-credentials - Skills Wiki</title></head>
<body>
<div id="content" class="mw-body" role="main">
  <h1 id="firstHeading" class="firstHeading">Micro-credentials</h1>
  <div id="bodyContent" class="vector-body">
    <div id="siteSub" class="noprint">From Skills Wiki, the community handbook</div>
    <div id="contentSub"></div>
    <div id="jump-to-nav"></div>
    <a class="mw-jump-link" href="#mw-head">Jump to navigation</a>
    <a class="mw-jump-link" href="#searchInput">Jump to search</a>
    <div id="mw-content-text" class="mw-body-content">
      <p>A micro-credential certifies the learning outcomes of a short, assessed course.</p>
      <div id="toc" class="toc" role="navigation"><div class="toctitle"><h2 id="mw-toc-heading">Contents</h2></div>
        <ul><li class="toclevel-1"><a href="#Assessment"><span class="tocnumber">1</span>
        <span class="toctext">Assessment</span></a></li>
        <li class="toclevel-1"><a href="#Recognition"><span class="tocnumber">2</span>
        <span class="toctext">Recognition</span></a></li></ul></div>
      <h2><span class="mw-headline" id="Assessment">Assessment</span><span class="mw-editsection">
        <span class="mw-editsection-bracket">[</span><a href="?action=edit&amp;section=1">edit</a>
        <span class="mw-editsection-bracket">]</span></span></h2>
      <p>Assessment is carried out by the provider against published criteria.</p>
      <h2><span class="mw-headline" id="Recognition">Recognition</span><span class="mw-editsection">
        <span class="mw-editsection-bracket">[</span><a href="?action=edit&amp;section=2">edit</a>
        <span class="mw-editsection-bracket">]</span></span></h2>
      <p>Recognition officers compare the learning outcomes with those of a full qualification.</p>
      <div class="printfooter">Retrieved from "https://wiki.example.org/index.php?title=Micro-credentials"</div>
    </div>
    <div id="catlinks" class="catlinks"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
      <a href="/wiki/Special:Categories">Categories</a>: <ul><li>Qualifications</li><li>Adult learning</li></ul>
    </div></div>
  </div>
</div>
<div id="mw-navigation"><h2>Navigation menu</h2>
  <div id="mw-head"><div id="p-personal"><ul><li>Log in</li></ul></div></div>
  <div id="mw-panel"><div class="portal"><h3>Tools</h3><ul><li>What links here</li><li>Printable version</li></ul>
  </div></div>
</div>
</body></html>
"""


def test_wiki_page_keeps_its_article_only(tmp_path):
    path = tmp_path / "wiki.html"
    path.write_text(WIKI_PAGE, encoding="utf-8")
    passages = HtmlReader().read(path).passages
    text = "\n".join(p.text for p in passages)
    for kept in ("certifies the learning outcomes", "published criteria", "compare the learning outcomes"):
        assert kept in text
    for gone in (
        "Jump to",
        "Contents",
        "Categories",
        "Retrieved from",
        "Navigation menu",
        "What links here",
        "Log in",
        "From Skills Wiki",
        "edit",
    ):
        assert gone not in text
    sections = [p.location.section for p in passages if p.location.section]
    assert sections == ["1 Assessment", "2 Recognition"]  # numbered by the reader, without "[edit]"
    assert all("edit" not in s for s in sections)


def test_edit_links_and_skip_links_saved_without_classes(tmp_path):
    """A page saved as bare HTML keeps "[edit]" in its heading text and the skip links as lines: both go."""
    page = (
        "<html><body><p>Jump to navigation Jump to search</p><p>Skip to main content</p>"
        "<h2>Stackability [edit]</h2><p>Credits from several micro-credentials may add up to a degree.</p>"
        "<h2>Portability[edit source]</h2><p>Learners keep their credentials in a digital wallet.</p>"
        "<p>Teachers jump to conclusions when the criteria are not published.</p></body></html>"
    )
    path = tmp_path / "bare.html"
    path.write_text(page, encoding="utf-8")
    passages = HtmlReader().read(path).passages
    assert [p.location.section for p in passages] == ["1 Stackability", "2 Portability"]
    text = "\n".join(p.text for p in passages)
    assert "Jump to navigation" not in text and "Skip to main content" not in text
    assert "Teachers jump to conclusions" in text  # a sentence of the body that merely says "jump to"


def test_a_contribution_class_named_like_a_word_is_kept(tmp_path):
    """Only whole class names count: "protocol" or "mw-headline" are no boilerplate."""
    page = (
        '<html><body><h2><span class="mw-headline">Protocol</span></h2>'
        '<div class="protocol">The assessment protocol is published before the course starts.</div></body></html>'
    )
    path = tmp_path / "protocol.html"
    path.write_text(page, encoding="utf-8")
    passages = HtmlReader().read(path).passages
    assert passages[0].location.section == "1 Protocol"
    assert "assessment protocol is published" in passages[0].text
