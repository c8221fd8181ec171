"""HTML reader: sections from headings, tables, skipped boilerplate, encodings, malformed pages, refusals."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.readers import reader_for
from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.html import HtmlReader

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Policy brief &ndash; Serbia</title>
  <meta name="author" content="Mila Jovi&#263;">
  <meta name="dcterms.created" content="2024-05-06">
  <style>p { color: red }</style>
  <script>var x = "<p>script text</p>";</script>
</head>
<body>
<header><a href="/">Agency</a><p>Site banner</p></header>
<nav><ul><li>Home</li><li>About</li></ul></nav>
<div role="navigation">Breadcrumbs</div>
<main>
<h1>Recognising micro-credentials</h1>
<p>Written for the drafting group.<br>Belgrade, May 2024</p>
<table><tr><th>Contributor</th><th>Role</th></tr><tr><td>Mila Jović</td><td>expert</td></tr></table>
<h2>Assessment</h2>
<p>Assessment must be <b>valid</b>
   and <a href="#">transparent</a> &amp; fair.</p>
<ul><li>Portfolios</li><li>Workplace <em>observation</em></li></ul>
<div hidden>Hidden by attribute</div>
<p aria-hidden="true">Hidden from assistive technology</p>
<span style="display: none">Hidden by style</span>
<noscript>Enable JavaScript</noscript>
<template><p>Template text</p></template>
<h3>Workload</h3>
<table>
  <caption>Credits and hours</caption>
  <thead><tr><th>ECTS</th><th>Hours</th></tr></thead>
  <tbody><tr><td>1</td><td>25&ndash;30</td></tr>
  <tr><td colspan="2">Nested: <table><tr><td>a</td><td>b</td></tr></table></td></tr></tbody>
</table>
<p>Text after the table stays in the section.</p>
<h2>2 Recognition</h2>
<p>Recognition matters.</p>
<article><header><h3>Case study</h3><p>By the ministry</p></header>
<p>Serbia recognises micro-credentials in its NQF.</p>
<aside>Box: 12 providers</aside></article>
<pre>line one
    line two</pre>
</main>
<aside>Related links</aside>
<footer>Copyright 2024</footer>
<!-- a comment -->
</body>
</html>
"""


def write(tmp_path: Path, content: str | bytes, name: str = "page.html") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(tmp_path_factory.mktemp("html"), PAGE, "brief_serbia.html")


@pytest.mark.unit
def test_labels_in_document_order(page: Path) -> None:
    labels = [p.location.label for p in HtmlReader().read(page).passages]
    assert labels == [
        "paragraphs 1-2",
        "table 1",
        "section 1 Assessment",
        "section 1.1 Workload, table 2",
        "section 1.1 Workload",
        "section 2 Recognition",
        "section 2.1 Case study",
    ]


@pytest.mark.unit
def test_texts_of_paragraphs_lists_and_tables(page: Path) -> None:
    passages = HtmlReader().read(page).passages
    assert passages[0].text == "Written for the drafting group.\nBelgrade, May 2024"
    assert passages[1].text == "Contributor | Role\nMila Jović | expert"
    assert passages[2].text == "Assessment must be valid and transparent & fair.\nPortfolios\nWorkplace observation"
    assert passages[3].text == "Credits and hours\nECTS | Hours\n1 | 25–30\nNested: a | b"
    assert passages[3].location.table == 2
    assert passages[3].location.section_path == ("1 Assessment", "1.1 Workload")
    assert passages[6].text == (
        "By the ministry\nSerbia recognises micro-credentials in its NQF.\nBox: 12 providers\nline one\nline two"
    )


@pytest.mark.unit
def test_hidden_scripts_and_boilerplate_not_extracted(page: Path) -> None:
    text = "\n".join(p.text for p in HtmlReader().read(page).passages)
    for absent in (
        "script text",
        "color",
        "Site banner",
        "Home",
        "Breadcrumbs",
        "Hidden",
        "JavaScript",
        "Template text",
        "Related links",
        "Copyright",
        "comment",
    ):
        assert absent not in text


@pytest.mark.unit
def test_no_markup_in_passages(page: Path) -> None:
    for passage in HtmlReader().read(page).passages:
        assert not re.search(r"</?[a-zA-Z][^>]*>|&[a-z]+;|&#\d+;", passage.text), passage.text


@pytest.mark.unit
def test_properties(page: Path) -> None:
    properties = HtmlReader().read(page).properties
    assert properties.title == "Policy brief – Serbia"
    assert properties.author == "Mila Jović"
    assert properties.language == "en-GB"
    assert properties.date == "2024-05-06"


@pytest.mark.unit
def test_title_from_the_first_h1_without_title_element(tmp_path: Path) -> None:
    path = write(tmp_path, "<h1>Stackability</h1><p>Text.</p><h1>Second part</h1><p>More.</p>")
    result = HtmlReader().read(path)
    assert result.properties.title == "Stackability"
    # two h1: both are sections, none is taken as the page title
    assert [p.location.label for p in result.passages] == ["section 1 Stackability", "section 2 Second part"]


@pytest.mark.unit
def test_non_latin_text(tmp_path: Path) -> None:
    page = (
        '<html lang="ar"><body><h2>التقييم</h2><p>يجب أن يكون التقييم شفافًا.</p>'
        "<h2>Признание</h2><p>Микроквалификации признаются в Сербии.</p>"
        "<h2>Αναγνώριση</h2><p>Τα μικροδιαπιστευτήρια αναγνωρίζονται.</p></body></html>"
    )
    result = HtmlReader().read(write(tmp_path, page))
    assert [(p.location.label, p.text) for p in result.passages] == [
        ("section 1 التقييم", "يجب أن يكون التقييم شفافًا."),
        ("section 2 Признание", "Микроквалификации признаются в Сербии."),
        ("section 3 Αναγνώριση", "Τα μικροδιαπιστευτήρια αναγνωρίζονται."),
    ]
    assert result.properties.language == "ar"
    assert result.warnings == ()


@pytest.mark.unit
@pytest.mark.parametrize(
    "declaration",
    [
        '<meta charset="windows-1252">',
        "<meta charset=cp1252>",
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
        '<meta charset="iso-8859-1">',  # browsers read ISO-8859-1 as windows-1252
    ],
)
def test_cp1252_page_with_declared_charset(tmp_path: Path, declaration: str) -> None:
    page = f"<html><head>{declaration}</head><body><p>Café – “recognition” costs 50 €</p></body></html>"
    result = HtmlReader().read(write(tmp_path, page.encode("cp1252")))
    assert result.passages[0].text == "Café – “recognition” costs 50 €"
    assert result.warnings == ()


@pytest.mark.unit
@pytest.mark.parametrize(
    ("charset", "text"),
    [("windows-1251", "Признание микроквалификаций"), ("iso-8859-7", "Αναγνώριση"), ("windows-1256", "التقييم")],
)
def test_legacy_non_latin_charsets(tmp_path: Path, charset: str, text: str) -> None:
    page = f'<html><head><meta charset="{charset}"></head><body><p>{text}</p></body></html>'
    assert HtmlReader().read(write(tmp_path, page.encode(charset))).passages[0].text == text


@pytest.mark.unit
def test_undeclared_cp1252_falls_back_with_a_warning(tmp_path: Path) -> None:
    result = HtmlReader().read(write(tmp_path, "<p>Café déjà vu</p>".encode("cp1252")))
    assert result.passages[0].text == "Café déjà vu"
    assert "Windows-1252" in result.warnings[0]


@pytest.mark.unit
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_byte_order_mark_wins_over_meta(tmp_path: Path, encoding: str) -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>Ελληνικά</p></body></html>'
    path = write(tmp_path, page.encode(encoding))
    assert isinstance(reader_for(path).load(), HtmlReader)
    assert HtmlReader().read(path).passages[0].text == "Ελληνικά"


@pytest.mark.unit
def test_xhtml_with_xml_declaration(tmp_path: Path) -> None:
    page = (
        '<?xml version="1.0" encoding="iso-8859-1"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr"><body><p>Qualité</p></body></html>'
    )
    path = write(tmp_path, page.encode("latin-1"), "old.htm")
    result = reader_for(path).read(path)
    assert result.passages[0].text == "Qualité"


@pytest.mark.unit
def test_unknown_charset_warns(tmp_path: Path) -> None:
    result = HtmlReader().read(write(tmp_path, '<meta charset="x-klingon"><p>Text</p>'))
    assert result.passages[0].text == "Text"
    assert "unknown charset 'x-klingon'" in result.warnings[0]


@pytest.mark.unit
def test_malformed_html_still_gives_its_text(tmp_path: Path) -> None:
    page = (
        "<html><body><h2>Funding<p>First paragraph<p>Second <b>bold <i>both</b> italic?</i>"
        "</div></span><table><tr><td>a<td>b<tr><td>c</table>"
        "<p hidden>secretword<p>Visible after hidden<ul><li>one<li>two</ul><p>Unclosed & raw < sign"
    )
    result = HtmlReader().read(write(tmp_path, page))
    text = "\n".join(p.text for p in result.passages)
    for present in ("First paragraph", "Second bold both italic?", "a | b\nc", "Visible after hidden", "one\ntwo"):
        assert present in text
    assert "Unclosed & raw < sign" in text
    assert "secretword" not in text


@pytest.mark.unit
def test_layout_table_is_read_as_content(tmp_path: Path) -> None:
    page = (
        "<table><tr><td><h2>Introduction</h2><p>Left column text.</p></td>"
        "<td><h2>Methods</h2><p>Right column text.</p></td></tr></table>"
    )
    passages = HtmlReader().read(write(tmp_path, page)).passages
    assert [(p.location.label, p.text) for p in passages] == [
        ("section 1 Introduction", "Left column text."),
        ("section 2 Methods", "Right column text."),
    ]


@pytest.mark.unit
def test_deep_nesting_is_read_without_recursion(tmp_path: Path) -> None:
    page = "<div>" * 2000 + "deep text" + "</div>" * 2000
    assert HtmlReader().read(write(tmp_path, page)).passages[0].text == "deep text"


@pytest.mark.unit
def test_nesting_past_the_parser_limit_warns(tmp_path: Path) -> None:
    page = "<p>before</p>" + "<div>" * 5000 + "deep text" + "</div>" * 5000
    result = HtmlReader().read(write(tmp_path, page))
    assert result.passages[0].text.startswith("before")
    assert "nested deeper than the parser's limit" in result.warnings[0]


@pytest.mark.unit
@pytest.mark.parametrize(
    "page",
    [
        "   \n",
        "<!-- nothing -->",
        "<html><head><title>Only a title</title><script>var a = 1;</script></head><body></body></html>",
        "<html><body><nav>Menu</nav><div hidden>secret</div></body></html>",
    ],
)
def test_page_without_text(tmp_path: Path, page: str) -> None:
    with pytest.raises(ReadError, match="^no text found$"):
        HtmlReader().read(write(tmp_path, page))


@pytest.mark.unit
def test_empty_file_refused(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="^empty file$"):
        reader_for(write(tmp_path, b""))


@pytest.mark.unit
@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x00\x01\x02binary\x00junk", "not an HTML file (content looks like binary data)"),
        (b"%PDF-1.7\n%%EOF", "not an HTML file (content looks like PDF)"),
        (b"\x89PNG\r\n\x1a\n\0\0", "not an HTML file (content looks like a PNG image)"),
        (
            b"Just words, and a < b > c.",
            "not an HTML file (content looks like plain text: no HTML tags in its first KB)",
        ),
    ],
)
def test_content_must_be_html(tmp_path: Path, content: bytes, reason: str) -> None:
    with pytest.raises(ReadError) as info:
        reader_for(write(tmp_path, content))
    assert info.value.reason == reason


@pytest.mark.unit
@pytest.mark.parametrize(
    "content", [b"<!doctype html><p>x", b"\n  <HTML><body>x", b"Some text first <p>then a paragraph", b"<div>x</div>"]
)
def test_html_sniffed(tmp_path: Path, content: bytes) -> None:
    assert isinstance(reader_for(write(tmp_path, content, "page.htm")).load(), HtmlReader)


@pytest.mark.unit
def test_reader_refuses_binary_directly(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="binary data"):
        HtmlReader().read(write(tmp_path, b"<p>x</p>\x00\x00"))


@pytest.mark.unit
def test_limits(page: Path) -> None:
    with pytest.raises(LimitExceeded) as info:
        HtmlReader().read(page, limits=Limits(max_chars=40))
    assert info.value.reason == "extracted text exceeds the limit of 40 characters (setting max_chars)"
    with pytest.raises(LimitExceeded, match=r"file size .* exceeds the limit of 100 bytes") as info:
        HtmlReader().read(page, limits=Limits(max_file_bytes=100))
    assert "(setting max_file_mb)" in info.value.reason


@pytest.mark.unit
def test_a_cookie_banner_or_pop_up_is_not_the_pages_text(tmp_path: Path) -> None:
    page = write(
        tmp_path,
        "<html><body>"
        '<div id="cookie-notice"><p>We use cookies to improve your visit. Accept all or choose which ones.</p></div>'
        '<div class="newsletter" role="dialog"><p>Subscribe to our newsletter for monthly updates.</p></div>'
        '<section aria-modal="true"><p>Before you go, tell us what you think of this site.</p></section>'
        "<main><h1>Position on micro-credentials</h1>"
        "<p>Every micro-credential should state its workload in ECTS credits.</p>"
        "<p>Cookies and consent forms are no concern of this paper.</p></main>"
        "</body></html>",
    )
    text = "\n".join(p.text for p in HtmlReader().read(page).passages)
    assert "Every micro-credential should state its workload in ECTS credits." in text
    assert "Cookies and consent forms are no concern of this paper." in text  # the words alone remove nothing
    for absent in ("We use cookies", "Subscribe", "Before you go"):
        assert absent not in text


FURNITURE = (
    # a side column, related links and a footer that a site template names by id or class
    (
        "<div class='layout'><main><h1>Our view</h1>"
        "<p>Public libraries should be allowed to host the assessment of micro-credentials.</p></main>"
        "<div class='sidebar' id='sidebar'><h3>Latest news</h3>"
        "<p>The annual congress is on 12 May, and members should register by April.</p></div>"
        "<div class='related-posts'><p>Members should renew their subscription before the end of the year.</p></div>"
        "<div id='site-footer'><p>Members should contact the secretariat for permissions.</p></div></div>",
        "Public libraries should be allowed to host the assessment of micro-credentials.",
        ("annual congress", "renew their subscription", "secretariat"),
    ),
    # readers' comments under a post (WordPress, Disqus): other people's words
    (
        "<article><h1>Why credits matter</h1>"
        "<p>Every micro-credential should state its workload in ECTS credits.</p></article>"
        "<div id='comments' class='comments-area'><h2>2 thoughts on “Why credits matter”</h2>"
        "<ol class='comment-list'><li><p>Credits mean nothing to employers and should be dropped.</p></li></ol>"
        "<div id='respond'><p>Leave a reply. Your e-mail address will not be published.</p></div></div>"
        "<div id='disqus_thread'><p>Workload should be shown in hours instead.</p></div>",
        "Every micro-credential should state its workload in ECTS credits.",
        ("thoughts on", "should be dropped", "Leave a reply", "in hours instead"),
    ),
)


@pytest.mark.unit
@pytest.mark.parametrize(("body", "kept", "absent"), FURNITURE, ids=["side-column-footer", "readers-comments"])
def test_page_furniture_and_readers_comments_are_not_the_pages_text(
    tmp_path: Path, body: str, kept: str, absent: tuple[str, ...]
) -> None:
    page = write(tmp_path, f"<html><body>{body}</body></html>")
    text = "\n".join(p.text for p in HtmlReader().read(page).passages)
    assert kept in text
    for words in absent:
        assert words not in text


ACCORDIONS = (
    # the WAI-ARIA pattern: a button in a heading opens its panel, hidden until clicked
    "<h2 class='accordion-header'><button type='button' aria-expanded='true' aria-controls='p1'>"
    "<span aria-hidden='true'>+</span> Who can enrol in a course?</button></h2>"
    "<div id='p1' role='region'><p>Anyone over 18 with a medical certificate for work at height.</p></div>"
    "<h2><button aria-expanded='false' aria-controls='p2'>Should the certificates expire?</button></h2>"
    "<div id='p2' role='region' hidden><p>Yes. Every certificate should be renewed after five years.</p></div>",
    # details and summary
    "<details open><summary>Who can enrol in a course?</summary>"
    "<p>Anyone over 18 with a medical certificate for work at height.</p></details>"
    "<details><summary><h3>Should the certificates expire?</h3></summary>"
    "<p>Yes. Every certificate should be renewed after five years.</p></details>",
    # a definition list of questions
    "<dl><dt>Who can enrol in a course?</dt><dd>Anyone over 18 with a medical certificate for work at height.</dd>"
    "<dt><strong>Should the certificates expire?</strong></dt>"
    "<dd>Yes. Every certificate should be renewed after five years.</dd></dl>",
)


@pytest.mark.unit
@pytest.mark.parametrize("questions", ACCORDIONS, ids=["button-in-heading", "details-summary", "definition-list"])
def test_an_accordions_questions_head_their_answers(tmp_path: Path, questions: str) -> None:
    page = write(
        tmp_path,
        "<html><body><div id='cookie-banner' hidden><p>We use cookies.</p>"
        "<button aria-expanded='false' aria-controls='cookie-prefs'>Settings</button></div>"
        "<div id='cookie-prefs' hidden><p>Choose which cookies you accept.</p></div>"
        "<nav><button aria-expanded='false' aria-controls='menu-list'>Menu</button>"
        "<ul id='menu-list' hidden><li>Home</li></ul></nav>"
        "<main><h1>Harbour Training Centre: questions</h1>"
        f"<section>{questions}</section></main>"
        "<footer><p>Harbour Training Centre, Split. All rights reserved.</p></footer></body></html>",
    )
    passages = HtmlReader().read(page).passages
    assert [(p.location.section_path[-1], p.text) for p in passages] == [
        ("1 Who can enrol in a course?", "Anyone over 18 with a medical certificate for work at height."),
        ("2 Should the certificates expire?", "Yes. Every certificate should be renewed after five years."),
    ]


@pytest.mark.unit
def test_a_glossarys_terms_and_a_menus_hidden_list_stay_as_they_were(tmp_path: Path) -> None:
    page = write(
        tmp_path,
        "<html><body><h1>Terms</h1><dl><dt>ECTS</dt><dd>European credit transfer system.</dd></dl>"
        "<div><button aria-expanded='false' aria-controls='drawer'>Open</button></div>"
        "<div id='drawer' hidden><p>Sign in to your account.</p></div></body></html>",
    )
    (passage,) = HtmlReader().read(page).passages
    assert passage.text == "ECTS\nEuropean credit transfer system."
