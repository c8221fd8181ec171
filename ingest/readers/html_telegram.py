"""A Telegram Desktop export (``messages.html``): each message is its author's, a forwarded post its first author's.

Telegram Desktop saves a chat or a channel as pages of ``div.message`` blocks: a service line between days ("9
March 2026"), and for each message the sender's initials in a round picture, the time ("10:15", its full date in
the title), the sender's name (left out on the messages that follow by the same sender, "joined"), the text, and in
a channel the signature of the member who posted it. A post forwarded from elsewhere holds the first author's name
and text in a ``div.forwarded``. Read as a page, all of this is running text credited to the contributor: the
initials, times and signatures stand in the passages, and the ministry's call forwarded into the channel is quoted
as the contributor's words.

So each message is a passage of its own text only. Its author is the signature if it has one, else its sender;
when the export holds messages by two authors or more, each message is written "Author: text", as a chat's lines
are, so that only the contributor's turns stay theirs (ingest.turns), a forwarded post under its first author's
name; with one author, the text is theirs and that
author is the file's author. A forwarded post is set in a section "Forwarded message from <first author>", as the
e-mail reader sets a forwarded message, so that it is kept only when its first author is the contributor
(ingest.forwards). A message with no text (a photo, a sticker) gives no passage.

Only a page whose history holds two ``div.message`` blocks or more of Telegram's own classes is read so.
"""

from __future__ import annotations

from typing import Any

from ingest.forwards import FORWARDED
from ingest.model import DocumentProperties, Location, Passage, ReadResult
from ingest.readers.html_nodes import classes as _classes
from ingest.readers.html_nodes import text_with_breaks
from ingest.readers.text import CharBudget

_MIN_MESSAGES = 2


def _child(element: Any, name: str) -> Any | None:
    """The first child element of ``element`` with the class ``name``."""
    return next((c for c in element if isinstance(c.tag, str) and name in _classes(c)), None)


def _text(element: Any | None) -> str:
    """An element's text, its ``<br>`` as line ends, without a date span inside it ("10.03.2026" beside a forwarded
    post's author)."""
    if element is None:
        return ""
    return text_with_breaks(element, lambda node: "date" in _classes(node))


def _messages(root: Any) -> list[Any]:
    history = next((d for d in root.iter("div") if "history" in _classes(d)), None)
    if history is None:
        return []
    return [d for d in history if isinstance(d.tag, str) and "message" in _classes(d) and "default" in _classes(d)]


def telegram_export(root: Any, budget: CharBudget) -> ReadResult | None:
    """The passages of a Telegram Desktop export, or None when the page is not one."""
    messages = _messages(root)
    if len(messages) < _MIN_MESSAGES:
        return None
    posts: list[tuple[str, str, str | None]] = []  # (author, text, forwarded from)
    sender = ""
    for message in messages:
        body = _child(message, "body")
        if body is None:
            continue
        sender = _text(_child(body, "from_name")) or sender  # a "joined" message goes on with the last sender
        author = _text(_child(body, "signature")) or sender
        if (text := _text(_child(body, "text"))) and author:
            posts.append((author, text, None))
        forwarded = _child(body, "forwarded")
        if forwarded is not None and (text := _text(_child(forwarded, "text"))):
            posts.append((author, text, _text(_child(forwarded, "from_name")) or "an unnamed sender"))
    if not posts:
        return None
    authors = {a for a, _, source in posts if source is None}
    passages = []
    for n, (author, text, source) in enumerate(posts, 1):
        path = (f"{FORWARDED} {source}",) if source else ()
        # in a group, a forwarded post is its first author's turn too: named in the warning when left out
        said = f"{source or author}: {text}" if len(authors) > 1 else text
        location = Location(f"message {n}", paragraph=n, section=path[0] if path else None, section_path=path)
        passages.append(Passage(budget.add(said), location))
    title = _text(next((d for d in root.iter("div") if "page_header" in _classes(d)), None)) or None
    properties = DocumentProperties(title=title, author=next(iter(authors)) if len(authors) == 1 else None)
    return ReadResult(tuple(passages), properties, (), units=len(passages))
