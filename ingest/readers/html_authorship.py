"""A shared pad's other authors: their lines are their words, not the writer's.

A collaborative editor's export (Etherpad and the pads built on it) marks who wrote each stretch of text with an
authorship class on its span ("author-a-z81kpj"), each author in a colour of their own. The pad is the contribution
of the one who writes most of it; a colleague's line in another colour ("Heike: I'd rather keep them separate ...")
is their comment on it, often against it. So when spans of two authors or more stand in a page, every line opened by
a span of an author other than the one who wrote most is kept quoted (``QUOTE_MARK``: found by a search, never
drafted in the contributor's name). A word another author changed inside the writer's line stays the writer's line.
The pad's chat, saved beside its text (an element named "chat"), is its authors' conversation, not the document, and
is left out.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ingest.model import QUOTE_MARK

_AUTHOR = re.compile(r"^author-a-[0-9a-z]+$")  # Etherpad names an author "a.xxxx", its class "author-a-xxxx"
_CHAT = re.compile(r"(?i)\bchat(?:box|_box|-box|messages?)?\b")


def _author(element: Any) -> str | None:
    return next((c for c in (element.get("class") or "").split() if _AUTHOR.match(c)), None)


def _opens_line(span: Any) -> bool:
    """Whether ``span`` starts a line: first in its block with no text before it, or right after a line break."""
    before = span.getprevious()
    if before is None:
        return not (span.getparent().text or "").strip()
    return before.tag == "br" and not (before.tail or "").strip()


def quote_co_authors(root: Any) -> str | None:
    """Quote, in ``root``, the lines a pad's other authors wrote; a warning saying how many, or None when the page
    marks no authorship or only one author's."""
    spans = [(span, who) for span in root.iter("span") if (who := _author(span))]
    written = Counter()
    for span, who in spans:
        written[who] += len(span.text_content())
    if len(written) < 2:
        return None
    writer = written.most_common(1)[0][0]
    for chat in [
        e for e in root.iter() if isinstance(e.tag, str) and _CHAT.search(f"{e.get('id', '')} {e.get('class', '')}")
    ]:
        if chat.getparent() is not None:
            chat.getparent().remove(chat)
    quoted = 0
    for span, who in spans:
        if who != writer and _opens_line(span) and not (span.text or "").startswith(QUOTE_MARK):
            span.text = QUOTE_MARK + (span.text or "")
            quoted += 1
    if not quoted:
        return None
    return f"{quoted} line(s) by the pad's other authors kept quoted: their comments, not the writer's words"
