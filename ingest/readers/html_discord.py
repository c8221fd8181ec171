"""A Discord channel exported as HTML (DiscordChatExporter): each message is its author's.

The exporter writes the server's and channel's names and the channel's topic at the top, then message groups: the
first message of a group under a header with the author's display name (its user name in the ``title``), a bot's
"APP" label and the time, the messages that follow under a short time only; a reply opens with the message it
answers, quoted in a line of its own; reactions ("👍 7"), link embeds (a site's title and description) and
attachments stand under a message's text; a footer counts the messages exported. Read as a page, every poster's
messages, the quoted replies, the reaction counts and the names run into their times ("Harbour BotAPP05/03/2026
09:00") are credited to the file's contributor.

So each message is read on its own text alone, under a heading "Display Name (@user) wrote on <time>", as a
forum thread's posts are (ingest.readers.html_forum), so that ingest.posts keeps only the contributor's messages
and names the other posters in a warning. The quoted replies, quotes inside a message, reactions, embeds,
attachments, the header and the footer are no passage. Only a page with two messages or more of the exporter's
classes, each with a known author, is read so.
"""

from __future__ import annotations

import re
from typing import Any

from ingest.model import DocumentProperties, Location, Passage, ReadResult
from ingest.readers.html_nodes import classes as _classes
from ingest.readers.html_nodes import text_with_breaks
from ingest.readers.text import CharBudget

_MIN_MESSAGES = 2
_HANDLE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9._\-]{0,38}[A-Za-z0-9])?")
# parts of a message that are not its author's text: the answered message, a quotation, an embed, the reactions
_ASIDE = ("chatlog__reply", "chatlog__markdown-quote", "chatlog__embed", "chatlog__reactions", "chatlog__attachment")


def _find(element: Any, name: str) -> Any | None:
    return next((e for e in element.iter() if isinstance(e.tag, str) and name in _classes(e)), None)


def _text(element: Any) -> str:
    """An element's text with ``<br>`` as line ends, its quoted and embedded parts left out."""
    return text_with_breaks(element, lambda node: any(c.startswith(_ASIDE) for c in _classes(node)))


def _author(header: Any) -> tuple[str, str] | None:
    """(user name, display name) of a message group's header; None when no user name can be told."""
    author = _find(header, "chatlog__author")
    if author is None:
        return None
    display = " ".join(author.text_content().split())
    handle = (author.get("title") or "").strip()
    if not _HANDLE.fullmatch(handle):
        handle = ".".join(display.split())  # an older export names no user: the display name's words
    return (handle, display) if _HANDLE.fullmatch(handle) else None


def _time(message: Any) -> str:
    found = _find(message, "chatlog__timestamp")
    found = _find(message, "chatlog__short-timestamp") if found is None else found
    if found is None:
        return ""
    return " ".join((found.get("title") or found.text_content()).split())


def discord_export(root: Any, budget: CharBudget) -> ReadResult | None:
    """The passages of a DiscordChatExporter page, each message under its author's heading; None for any other."""
    groups = [d for d in root.iter("div") if "chatlog__message-group" in _classes(d)]
    messages: list[tuple[tuple[str, str], str, str]] = []  # (author, time, text)
    for group in groups:
        author = None
        for container in (d for d in group.iter("div") if "chatlog__message-container" in _classes(d)):
            header = _find(container, "chatlog__header")
            author = _author(header) if header is not None else author
            content = _find(container, "chatlog__content")
            if author is None:
                return None  # a message whose author is not known: not read as the exporter's page
            if content is not None and (text := _text(content)):
                messages.append((author, _time(container), text))
    if len(messages) < _MIN_MESSAGES:
        return None
    passages: list[Passage] = []
    for number, ((handle, display), when, text) in enumerate(messages, 1):
        heading = f"{display + ' ' if display and display != handle else ''}(@{handle}) wrote"
        heading += f" on {when}" if when else ""
        location = Location(f"message {number}", paragraph=number, section=heading, section_path=(heading,))
        passages.append(Passage(budget.add(text), location))
    title = next((" ".join(t.text_content().split()) for t in root.iter("title")), "")
    return ReadResult(tuple(passages), DocumentProperties(title=title or None), (), units=len(passages))
