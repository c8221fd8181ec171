"""A forum thread saved or printed from the web (Discourse): each post under a heading naming its author.

A Discourse topic printed or saved from the browser is a page of posts (``div.topic-post``, ``id="post_3"``),
each with a line of its own above the text: the member's user name (a link to ``/u/<name>``, with the display
name beside it when the member gave one), the time and the post's number ("#3"); below the text, its likes. Above
the first post stand the topic's title, its category and its tags. Read as a page, all of it is running text
credited to the contributor: the other members' posts, the user names and times, the category and tags.

So each post is read on its own: its paragraphs (a quoted reply, ``aside.quote`` or a ``blockquote``, is
someone else's words and is left out) under a heading "Display Name (@user) wrote on <time>", as an exported
GitHub discussion heads its posts, so that ingest.posts keeps only the contributor's posts and names the others
in a warning. The category, tags, user lines and likes are no passage at all; the topic's title names the file.

Only a page with two posts or more, each naming its author, is read so.
"""

from __future__ import annotations

import re
from typing import Any

from ingest.model import DocumentProperties, Location, Passage, ReadResult
from ingest.readers.html_nodes import classes as _classes
from ingest.readers.text import CharBudget

_MIN_POSTS = 2
_POST_ID = re.compile(r"^post_?\d+$")
_USER_LINK = re.compile(r"/u(?:sers)?/([^/?#]+)/?$")
_BLOCKS = frozenset(("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td", "th", "dd", "dt"))
_QUOTES = frozenset(("aside", "blockquote"))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _posts(root: Any) -> list[Any]:
    """The page's post containers: ``id="post_N"`` or the ``topic-post`` class, outermost only."""
    found = [
        e
        for e in root.iter("div", "article", "section")
        if _POST_ID.match(e.get("id") or "") or "topic-post" in _classes(e)
    ]
    return [e for e in found if not any(a in found for a in e.iterancestors())]


def _find(post: Any, test: Any) -> Any | None:
    return next((e for e in post.iter() if isinstance(e.tag, str) and test(e)), None)


def _author(post: Any) -> tuple[str, str] | None:
    """(user name, display name) of a post's author line; None when the post names none."""
    creator = _find(post, lambda e: _classes(e) & {"creator", "username", "names", "author"})
    if creator is None:
        return None
    link = _find(creator, lambda e: e.tag == "a" and _USER_LINK.search(e.get("href") or ""))
    handle = _USER_LINK.search(link.get("href")).group(1) if link is not None else ""
    named = _find(creator, lambda e: e.get("itemprop") == "name")
    handle = handle or (_one_line(named.text_content()) if named is not None else "")
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._\-]{0,38}[A-Za-z0-9]?", handle):
        return None
    shown = _one_line(creator.text_content())
    display = _one_line(shown.replace(handle, " ", 1)).strip(" @()·-–") if shown != handle else ""
    return handle, display


def _time(post: Any) -> str:
    found = _find(post, lambda e: e.tag == "time" or _classes(e) & {"post-time", "post-date", "relative-date"})
    return _one_line(found.text_content()) if found is not None else ""


def _body(post: Any) -> Any | None:
    return _find(post, lambda e: e.get("itemprop") == "text" or _classes(e) & {"cooked", "post"})


def _paragraphs(body: Any) -> list[str]:
    """The post's own paragraphs in order: block elements outside a quoted reply, each taken once."""
    out: list[str] = []
    taken: list[Any] = []
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag not in _BLOCKS:
            continue
        ancestors = list(element.iterancestors())
        if any(a.tag in _QUOTES for a in ancestors[: ancestors.index(body)] if body in ancestors):
            continue
        if any(a in taken for a in ancestors):
            continue
        taken.append(element)
        if text := _one_line(element.text_content()):
            out.append(text)
    if not out and (text := _one_line(body.text_content())):
        out.append(text)
    return out


def forum_thread(root: Any, budget: CharBudget) -> ReadResult | None:
    """The passages of a forum thread's page, each post under its author's heading; None for any other page."""
    posts = [(post, _author(post), _body(post)) for post in _posts(root)]
    if len(posts) < _MIN_POSTS or any(author is None or body is None for _, author, body in posts):
        return None
    passages: list[Passage] = []
    for number, (post, author, body) in enumerate(posts, 1):
        handle, display = author
        when = _time(post)
        heading = f"{display + ' ' if display else ''}(@{handle}) wrote" + (f" on {when}" if when else "")
        for k, text in enumerate(_paragraphs(body), 1):
            location = Location(
                f"post {number}, paragraph {k}", paragraph=len(passages) + 1, section=heading, section_path=(heading,)
            )
            passages.append(Passage(budget.add(text), location))
    if not passages:
        return None
    heading = _find(root, lambda e: e.get("id") == "topic-title")
    title = _one_line(heading.text_content()) if heading is not None else ""
    h1 = _find(heading, lambda e: e.tag == "h1") if heading is not None else None
    title = _one_line(h1.text_content()) if h1 is not None else title
    if not title:
        title = next((_one_line(t.text_content()) for t in root.iter("title")), "")
    return ReadResult(tuple(passages), DocumentProperties(title=title or None), (), units=len(passages))
