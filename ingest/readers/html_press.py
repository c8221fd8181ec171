"""A newspaper's furniture around an op-ed or an article: none of it is the author's argument.

A page of a newspaper's site sets the author's text among lines the paper writes: the kicker over the headline
("Opinion · Education"), the standfirst under it (the paper's summary: "..., argues Jane Doe"), the byline ("By
Jane Doe · 8 March 2026 · 5 min read"), a photo's caption and credit, the dateline, and the box about the author
at the end ("Jane Doe is the director of ..."). Read as the page's text, each of them is credited to the author.
Site templates name these blocks by their class ("kicker", "standfirst", "dek", "byline", "author-bio",
"photo-credit", "wp-caption-text"): such blocks are left out wherever they stand. On a page that shows that it is
such an article (one of those blocks, or ``og:type`` "article"), a ``<figcaption>`` (a photo's caption) and an
``<address>`` (the author's contact box) are the paper's too. Elsewhere a figure's caption stays: in a report it
is the author's own.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["drop_press_furniture"]

# a class or id token naming the paper's lines ("c-byline", "article__standfirst", "author_bio")
_PRESS = re.compile(
    r"(?:^|[-_])(?:kicker|standfirst|strapline|dek|byline|bylines|dateline|author[-_]?bio|author[-_]?box|"
    r"about[-_]?author|author[-_]?info|bio[-_]?box|photo[-_]?credit|image[-_]?credit|caption[-_]?credit|"
    r"read[-_]?time|reading[-_]?time|"
    r"wp-caption-text|image[-_]?caption|photo[-_]?caption)$",
    re.IGNORECASE,
)


def _named(element: Any) -> bool:
    tokens = f"{element.get('class') or ''} {element.get('id') or ''}".split()
    return any(_PRESS.search(token) for token in tokens)


def _article_meta(root: Any) -> bool:
    return any(
        (meta.get("property") or meta.get("name") or "").strip().lower() == "og:type"
        and (meta.get("content") or "").strip().lower() == "article"
        for meta in root.iter("meta")
    )


def drop_press_furniture(root: Any) -> int:
    """Remove the paper's furniture from the parsed page (``root``, an lxml.html tree); the number of blocks left
    out."""
    named = [e for e in root.iter() if isinstance(e.tag, str) and e.tag not in ("html", "body") and _named(e)]
    if named or _article_meta(root):
        named += [e for e in root.iter("figcaption", "address") if e not in named]
    outer = [e for e in named if not any(a in named for a in e.iterancestors())]
    for element in outer:
        element.drop_tree()  # its tail (the text after it) stays
    return len(outer)
