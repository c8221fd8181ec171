"""A discussion page saved from the web (a social network's post with its comments, an "ask me anything" thread, a
forum topic, a news article's comments): each post or comment under a heading naming its author.

Read as a page, all of it would be running text credited to the contributor: the site's menus and sidebar, scores,
buttons ("share save hide report"), badges ("Top fan"), like counts, and every other member's comment. What makes
such a page is its structure, whatever the site calls its classes: a run of containers, each a post or a comment
(an ``<article>``, an element with ``role="article"``, or one whose class or id names a post, comment, reply or
message), each naming its author (``data-author``, an ``aria-label`` "Comment by ...", ``itemprop="author"``,
``rel="author"``, an element classed as the author, user name, poster or profile, or a link to a member's page)
and holding its text in a body (classed as the body, content, text or message, or ``itemprop="text"``); replies
sit inside the comment they answer. Each container's body is read without the replies inside it, under a heading
"Display Name (@handle) wrote on <time>", as an exported GitHub discussion heads its posts, so that ingest.posts
keeps only the contributor's posts and names the others in a warning. Whatever is outside the bodies (the site's
header, menus, sidebar, footer, a post's title line, scores, badges, buttons, counts) is no passage at all; a quoted
reply inside a body is someone else's words and is left out. The page's title loses the site's name after it.

Only a page with two containers or more, by two authors or more, whose bodies hold nearly all of the page's prose,
is read so: an article with comments under it, whose own text stands in no such container or is set in sections under
headings, is read as a page.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ingest.model import DocumentProperties, Location, Passage, ReadResult
from ingest.readers.html_nodes import classes, text_with_breaks
from ingest.readers.text import CharBudget

_MIN_POSTS = 2
_ITEM_WORDS = {"post", "comment", "reply", "message", "answer", "thing", "entry"}
_ITEM_ID = re.compile(r"^(?:post|comment|reply|message|answer|thing|p|c)[-_]?(?:t\d_)?[a-z]*\d+$", re.IGNORECASE)
_AUTHOR_CLASSES = {"author", "username", "user-name", "poster", "postauthor", "profile", "creator", "fn", "nickname"}
_BODY_WORDS = {"body", "content", "text", "message", "md", "cooked", "postbody", "usertext"}
_LABEL = re.compile(r"^(?:post|comment|reply|message|answer)\s+(?:by|from)\s+(?P<name>\S.{0,80})$", re.IGNORECASE)
_MEMBER_LINK = re.compile(r"(?:/(?:u|user|users|member|members|profile|people)/([^/?#]+)/?$|^/([A-Za-z0-9._\-]+)/?$)")
_HANDLE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._\-]{0,38}[A-Za-z0-9])?$")
_BLOCKS = frozenset(("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td", "th", "dd", "dt"))
_QUOTES = frozenset(("aside", "blockquote"))
_CHROME_TAGS = frozenset(("nav", "header", "footer", "aside", "script", "style", "form", "noscript"))
_CHROME_WORDS = {"side", "sidebar", "menu", "nav", "navigation", "footer", "header", "breadcrumb", "breadcrumbs"}
_CHROME_ROLES = {"banner", "navigation", "contentinfo", "complementary", "search"}
_OUTSIDE_WORDS = 40  # prose outside every post beyond this is an article of its own: the page is read as a page
# the site's name after a page's title ("... : EuropeanEducation", "... | Facebook") and a count of notifications
_SITE = re.compile(r"\s+[|:·–-]\s+[^|:·–-]{1,40}$")
_COUNT = re.compile(r"^\(\d{1,3}\+?\)\s+")


def _words(token: str) -> list[str]:
    return [w for w in re.split(r"[-_]", token.lower()) if w]


def _is_item(element: Any) -> bool:
    """Whether an element is a post's or a comment's container by its tag, role, class or id."""
    if element.tag == "article" or element.get("role") == "article":
        return True
    if any((parts := _words(token)) and parts[-1] in _ITEM_WORDS for token in classes(element)):
        return True
    return bool(_ITEM_ID.match(element.get("id") or ""))


def _own(element: Any, items: set[Any]) -> Any:
    """The element's descendants that are not inside another post within it (its replies), in document order."""
    stack = [iter(element)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if not isinstance(child.tag, str) or child in items:
            continue
        yield child
        stack.append(iter(child))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _handle_of(name: str, href: str) -> str:
    if _HANDLE.match(name):
        return name  # a user name shown as it is ("lm_soudure")
    match = _MEMBER_LINK.search(href or "")
    handle = next((g for g in match.groups() if g), "") if match else ""
    if _HANDLE.match(handle):
        return handle
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    handle = re.sub(r"[^A-Za-z0-9]+", "-", ascii_name).strip("-")
    return handle if _HANDLE.match(handle) else ""


def _author(item: Any, items: set[Any]) -> tuple[str, str] | None:
    """(handle, display name) of the post's author, or None when it names none."""
    if label := _LABEL.match(_one_line(item.get("aria-label") or "")):
        name = label.group("name")
        link = next((e for e in _own(item, items) if e.tag == "a" and _one_line(e.text_content()) == name), None)
        handle = _handle_of(name, link.get("href") if link is not None else "")
        return (handle, name) if handle else None
    if item.get("data-author") and _HANDLE.match(item.get("data-author")):
        return item.get("data-author"), ""
    for element in _own(item, items):
        marked = classes(element) & _AUTHOR_CLASSES or element.get("itemprop") == "author"
        if marked or element.get("rel") == "author":
            link = element if element.tag == "a" else next(element.iter("a"), None)
            name = _one_line(element.text_content())
            if name and len(name.split()) <= 6:
                handle = _handle_of(name, link.get("href") if link is not None else "")
                return (handle, "" if name == handle else name) if handle else None
    return None


def _is_body(element: Any) -> bool:
    if element.get("itemprop") in ("text", "articleBody", "commentText"):
        return True
    return any(_words(token) and _words(token)[-1] in _BODY_WORDS for token in classes(element))


def _body(item: Any, items: set[Any]) -> Any | None:
    """The post's text: the innermost element classed as its body (phpBB's "postbody" holds the post's title line
    and author line over its "content")."""
    found = [element for element in _own(item, items) if _is_body(element)]
    return next((e for e in found if not any(other in found for other in e.iterdescendants())), None)


def _narrower(item: Any, items: set[Any], body: Any) -> Any:
    """The post's body once only real posts are known (a wrapper taken for one no longer hides part of it)."""
    found = _body(item, items)
    return found if found is not None else body


def _paragraphs(body: Any, items: set[Any]) -> list[str]:
    """The body's own paragraphs: block elements outside a quoted reply and outside replies, each taken once."""
    out: list[str] = []
    taken: set[Any] = set()
    skipped: set[Any] = set()
    for element in _own(body, items):
        if element.tag in _QUOTES or element.getparent() in skipped:
            skipped.add(element)
            continue
        if element.tag not in _BLOCKS or element.getparent() in taken:
            if element.getparent() in taken:
                taken.add(element)
            continue
        taken.add(element)
        if text := _one_line(element.text_content()):
            out.append(text)
    blocks = any(isinstance(e.tag, str) and e.tag in _BLOCKS for e in body.iter())
    if not out and not blocks:  # text written straight in the body (phpBB's, with <br>): without its quotes
        skip = lambda node: node.tag in _QUOTES or node in items  # noqa: E731
        out.extend(line for line in text_with_breaks(body, skip).split("\n") if line.strip())
    return out


def _chrome(element: Any) -> bool:
    if element.tag in _CHROME_TAGS or element.get("role") in _CHROME_ROLES:
        return True
    tokens = {w for token in classes(element) | {element.get("id") or ""} for w in _words(token)}
    return bool(tokens & _CHROME_WORDS)


def _outside_words(root: Any, items: list[Any]) -> int:
    """How many words of prose the page holds outside every post and outside its menus, header and footer."""
    inside = set(items)
    count = 0
    for element in root.iter(*_BLOCKS):
        ancestors = [element, *element.iterancestors()]
        if any(a in inside for a in ancestors) or any(_chrome(a) for a in ancestors):
            continue
        if not any(child.tag in _BLOCKS for child in element.iterdescendants()):
            count += len(element.text_content().split())
    return count


def _sectioned(body: Any) -> bool:
    """Whether a post's body is an article in sections (a blog post's or a news article's headings): the page is
    read as a page then, its sections kept, and the readers' comments under it left out as the page reader does."""
    return any(isinstance(e.tag, str) and e.tag in ("h1", "h2", "h3", "h4", "h5", "h6") for e in body.iter())


def _time(item: Any, items: set[Any]) -> str:
    found = next((e for e in _own(item, items) if e.tag == "time"), None)
    return _one_line(found.text_content()) if found is not None else ""


def discussion_page(root: Any, budget: CharBudget) -> ReadResult | None:
    """The passages of a discussion page, each post under its author's heading; None for any other page."""
    candidates = [e for e in root.iter() if isinstance(e.tag, str) and _is_item(e)]
    everything = set(candidates)
    found = []
    for item in candidates:
        author, body = _author(item, everything), _body(item, everything)
        if author is not None and body is not None:
            found.append((item, author, body))
    items = {item for item, _, _ in found}
    # a container that is no post (a list of comments, a wrapper) is not one: its posts are read on their own
    found = [(item, author, _narrower(item, items, body)) for item, author, body in found]
    if len(found) < _MIN_POSTS or len({author[0].casefold() for _, author, _ in found}) < 2:
        return None
    if _outside_words(root, [item for item, _, _ in found]) > _OUTSIDE_WORDS or any(_sectioned(b) for *_, b in found):
        return None
    passages: list[Passage] = []
    for number, (item, (handle, display), body) in enumerate(found, 1):
        when = _time(item, items)
        heading = f"{display + ' ' if display else ''}(@{handle}) wrote" + (f" on {when}" if when else "")
        for k, text in enumerate(_paragraphs(body, items), 1):
            location = Location(
                f"post {number}, paragraph {k}", paragraph=len(passages) + 1, section=heading, section_path=(heading,)
            )
            passages.append(Passage(budget.add(text), location))
    if not passages:
        return None
    title = next((_one_line(t.text_content()) for t in root.iter("title")), "")
    title = _SITE.sub("", _COUNT.sub("", title))
    return ReadResult(tuple(passages), DocumentProperties(title=title or None), (), units=len(found))
