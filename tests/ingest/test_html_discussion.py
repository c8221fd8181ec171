"""Discussion pages saved from the web, found by their structure (containers naming an author, a body, replies
inside the comment they answer): only the contributor's posts are theirs; the site's menus, sidebars, scores,
badges, buttons and counts are no one's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.ownership import own_words
from ingest.readers.html import HtmlReader

pytestmark = pytest.mark.unit


def _read(tmp_path: Path, page: str, contributor: str, organisation: str = "") -> tuple[str, list[str], str]:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    result = HtmlReader().read(path)
    own = own_words(result.passages, contributor, organisation, result.properties.author)
    return "\n".join(p.text for p in own.passages), own.notes, result.properties.title or ""


def _phpbb_post(number: int, user: str, member: int, body: str) -> str:
    return (
        f'<div id="p{number}" class="post has-profile bg2"><div class="inner">'
        f'<dl class="postprofile"><dt><a href="./memberlist.php?mode=viewprofile&amp;u={member}" class="username">'
        f'{user}</a></dt><dd class="profile-rank">Regular</dd><dd><strong>Posts:</strong> 214</dd></dl>'
        f'<div class="postbody"><h3><a href="#p{number}">Re: Short courses in the trades</a></h3>'
        f'<p class="author">by <strong>{user}</strong> » Tue Mar 03, 2026 7:12 pm</p>'
        f'<div class="content">{body}</div></div></div></div>'
    )


_PHPBB = (
    "<html><head><title>Short courses in the trades - Page 1 - Builders' Forum</title></head><body>"
    '<div class="navbar"><ul><li>Quick links</li><li>FAQ</li><li>Register</li><li>Login</li></ul></div>'
    + _phpbb_post(
        11,
        "Irena Novak",
        7,
        "Our guild thinks a short course should end with a practical test on a real site."
        "<blockquote><cite>dan_k wrote:</cite>Tests are a waste of time.</blockquote>"
        "No, a test is what makes the certificate worth something to an employer.",
    )
    + _phpbb_post(12, "dan_k", 9, "Tests are a waste of time. Experience is all that counts.")
    + _phpbb_post(13, "Irena Novak", 7, "Courses should also be open to people without a diploma.")
    + '<div class="copyright">Powered by phpBB® Forum Software</div></body></html>'
)


def test_a_phpbb_topic_keeps_the_contributor_s_posts_without_quotes_or_profile(tmp_path: Path) -> None:
    text, notes, title = _read(tmp_path, _PHPBB, "Irena Novak", "Builders' Guild")
    assert "practical test on a real site" in text and "open to people without a diploma" in text
    assert "Experience is all that counts" not in text
    assert "Tests are a waste of time" not in text  # quoted in her post: someone else's words
    assert "Posts:" not in text and "Regular" not in text and "Quick links" not in text and "phpBB" not in text
    assert "dan_k" in notes[0]
    assert title == "Short courses in the trades - Page 1"


_NEWS = (
    '<html lang="de"><head><title>Kurze Kurse, klare Regeln | Stadtanzeiger</title></head><body>'
    '<header class="site-header"><nav><a>Politik</a><a>Wirtschaft</a><a>Meinung</a></nav></header>'
    '<main><article class="story"><p class="byline">Von <a rel="author" href="/autoren/petra-lang">Petra Lang</a></p>'
    '<div class="article-body"><p>Jede Mikroqualifikation sollte mit einer unabhängigen Prüfung enden.</p>'
    "<p>Die Kammern sollten die Prüfer stellen, nicht die Anbieter.</p></div>"
    '<div class="share-tools"><button>Teilen</button><span>128 Kommentare</span></div>'
    '<section class="comments"><div class="comment" data-author="kfischer"><span class="author">kfischer</span>'
    '<span class="badge">Top-Kommentator</span><div class="comment-text">Prüfungen kosten nur Geld.</div>'
    '<div class="replies"><div class="comment" data-author="Petra-Lang"><span class="author">Petra Lang</span>'
    '<div class="comment-text">Ohne Prüfung weiß kein Betrieb, was ein Zertifikat bedeutet.</div></div></div>'
    '<span class="likes">14</span></div>'
    '<div class="comment" data-author="m.ozturk"><span class="author">m.ozturk</span>'
    '<div class="comment-text">Wer bezahlt die Prüfer?</div></div></section></article></main>'
    '<footer class="site-footer"><p>Impressum · Datenschutz · © 2026 Stadtanzeiger</p></footer></body></html>'
)


def test_a_news_article_s_comments_are_the_commenters_and_her_reply_hers(tmp_path: Path) -> None:
    text, notes, title = _read(tmp_path, _NEWS, "Petra Lang", "Stadtanzeiger")
    assert "Jede Mikroqualifikation sollte mit einer unabhängigen Prüfung enden." in text
    assert "Ohne Prüfung weiß kein Betrieb" in text  # her reply in the comments
    assert "Prüfungen kosten nur Geld." not in text and "Wer bezahlt die Prüfer?" not in text
    assert "Top-Kommentator" not in text and "128 Kommentare" not in text and "Impressum" not in text
    assert "kfischer" in notes[0] and "m.ozturk" in notes[0]
    assert title == "Kurze Kurse, klare Regeln"


_THREAD = (
    "<html><head><title>(12) Je dirige une école de soudure, AMA | Forum Métiers</title></head><body>"
    '<div id="sidebar"><p>Bienvenue sur le forum des métiers. 12 430 membres, 88 en ligne.</p></div>'
    '<div role="article" aria-label="Post by Luc Martin"><a class="profile" href="/members/luc.martin">Luc Martin</a>'
    '<span class="badge">Auteur</span><div class="post-body"><p>Bonjour, je suis Luc Martin, directeur de '
    "l'école.</p><p>Un module devrait durer au moins trente heures.</p></div>"
    '<div class="post-footer"><span>56</span> <span>Partager</span></div>'
    '<ul class="thread"><li class="reply" aria-label="Comment by Sophie Roux">'
    '<a class="profile" href="/members/sophie.roux">Sophie Roux</a>'
    '<div class="reply-body">Trente heures, c\'est beaucoup trop pour un adulte qui travaille.</div>'
    '<ul><li class="reply" aria-label="Reply by Luc Martin"><a class="profile" href="/members/luc.martin">Luc Martin'
    '</a><div class="reply-body">On peut le répartir sur dix soirées.</div></li></ul></li></ul></div>'
    "</body></html>"
)


def test_nested_replies_found_by_aria_labels_and_profile_links(tmp_path: Path) -> None:
    text, notes, _ = _read(tmp_path, _THREAD, "Luc Martin", "École de soudure")
    assert "Un module devrait durer au moins trente heures." in text
    assert "On peut le répartir sur dix soirées." in text
    assert "beaucoup trop" not in text and "12 430 membres" not in text and "Partager" not in text
    assert "Auteur" not in text
    assert "sophie.roux" in notes[0]


def test_a_host_known_only_by_a_handle_is_known_by_introducing_themselves(tmp_path: Path) -> None:
    page = _THREAD.replace('aria-label="Post by Luc Martin"', "").replace(
        '<a class="profile" href="/members/luc.martin">Luc Martin</a><span', '<a class="author">lm_soudure</a><span'
    )
    page = page.replace('aria-label="Reply by Luc Martin"', 'data-author="lm_soudure"')
    text, notes, _ = _read(tmp_path, page, "Luc Martin", "")
    assert "Un module devrait durer au moins trente heures." in text
    assert "On peut le répartir sur dix soirées." in text and "beaucoup trop" not in text


def test_an_article_in_sections_with_comments_is_read_as_a_page(tmp_path: Path) -> None:
    page = _NEWS.replace('<div class="article-body">', '<div class="article-body"><h2>Prüfungen</h2>').replace(
        "<p>Die Kammern", "<h2>Prüfer</h2><p>Die Kammern"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    result = HtmlReader().read(path)
    assert any((p.location.section or "").endswith("Prüfer") for p in result.passages)
