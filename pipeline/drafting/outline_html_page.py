"""A consultation page saved from a site: what of it is the outline, and what the site's furniture around it.

A ministry's or agency's page holds its outline among the site's parts: a cookie banner (often with a heading of
its own, above the page's ``h1``), a breadcrumb, a "Last updated" line and share links under the content, a "How
to respond" box and a privacy notice as sections of their own. Its themes may sit in an accordion, each panel
``hidden`` until its button (``aria-controls``) opens it, and under one grouping heading ("Themes and
questions") as ``h3``. This module tells those parts apart for ``outline_html``:

- an element a button controls is read even when ``hidden`` (the panel is the theme's text, shown on a click);
- an element whose class, id or role names a cookie notice, a breadcrumb, share links or the page's
  dates, or a dialog, is furniture; so is a paragraph that only says when the page was updated or to share it;
- a heading above the page's only ``h1`` (its title) is a banner's, no section;
- a heading section that asks nothing and names the way to respond, privacy, contact or related pages is the
  page's, not a theme; so is any section after the last one that asks something;
- one grouping heading over two or more headings one level down steps aside: those are the sections.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.drafting.outline_blocks import Block
from pipeline.drafting.outline_lines import asks

__all__ = ["controlled_ids", "is_furniture", "page_blocks"]

_FURNITURE_NAME = re.compile(
    r"(?i)(?:^|[\s_-])(?:cookies?|consent|gdpr|breadcrumbs?|skip-?link|share|sharing|social|"
    r"(?:page|last)-?(?:updated|modified|reviewed)|print)(?:$|[\s_-])"
)
_FURNITURE_ROLES = frozenset({"dialog", "alertdialog", "banner", "navigation", "contentinfo", "search"})
# "Last updated: 2 March 2026", "Page last reviewed ...", "Share this page", "Print this page"
_FURNITURE_LINE = re.compile(
    r"(?i)^(?:(?:page\s+)?last\s+(?:updated|modified|reviewed|changed)|(?:first\s+)?published\s*:|"
    r"(?:share|print)\s+this\s+(?:page|consultation)\b)"
)
# the page's own sections beside the themes: how to respond, privacy, contact, related pages, help
_PAGE_SECTION = re.compile(
    r"(?i)^(?:how\s+(?:to\s+(?:respond|reply|take\s+part|contribute|submit)|we\s+(?:use|handle|process)\s+your)|"
    r"ways?\s+to\s+(?:respond|reply)|(?:responding|replying)\b|privacy|data\s+protection|personal\s+data|"
    r"contact(?:\s+us)?\b|related\b|(?:get\s+)?help\b|documents?\b|downloads?\b|cookies?\b|share\b|feedback\b)"
)


def controlled_ids(root: Any) -> frozenset[str]:
    """The ids a button or link on the page opens (``aria-controls``), space-separated lists split."""
    return frozenset(
        i for el in root.iter() if isinstance(el.tag, str) for i in (el.get("aria-controls") or "").split()
    )


def is_furniture(element: Any) -> bool:
    """Whether an element is the site's: a cookie notice, banner, breadcrumb, share links, the page's dates, a
    dialog, or a paragraph that only says when the page was updated or to share it."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    if _FURNITURE_NAME.search(names) or (element.get("role") or "").casefold() in _FURNITURE_ROLES:
        return True
    if (element.get("aria-modal") or "").casefold() == "true":
        return True
    text = " ".join(element.text_content().split())
    return len(text) < 200 and bool(_FURNITURE_LINE.match(text))


def page_blocks(blocks: list[Block]) -> list[Block]:
    """The page's blocks with what is no part of the outline left out (the rules in the module's note)."""
    firsts = [i for i, b in enumerate(blocks) if b.heading == 1 and b.text]
    if len(firsts) == 1:  # a heading above the page's title is a banner's or a notice's, no section of it
        blocks = [b for i, b in enumerate(blocks) if i >= firsts[0] or b.heading <= 0]
    blocks = _without_page_sections(blocks)
    return _without_grouping_heading(blocks)


def _spans(blocks: list[Block]) -> list[tuple[int, int]]:
    """(start, end) of each heading's section below the title: the heading up to the next heading as high."""
    out = []
    for i, block in enumerate(blocks):
        if block.heading > 1 and block.text:
            end = next((j for j in range(i + 1, len(blocks)) if 0 <= blocks[j].heading <= block.heading), len(blocks))
            out.append((i, end))
    return out


def _asks(blocks: list[Block]) -> bool:
    return any(
        b.list_level >= 0 or asks(b.text) or any(asks(c) for row in b.rows for c in row)
        for b in blocks
        if b.heading < 0
    )


def _without_page_sections(blocks: list[Block]) -> list[Block]:
    spans = _spans(blocks)
    named = {
        (start, end)
        for start, end in spans
        if _PAGE_SECTION.match(blocks[start].text) and not any(asks(b.text) for b in blocks[start + 1 : end])
    }
    asking = [(s, e) for s, e in spans if (s, e) not in named and _asks(blocks[s + 1 : e])]
    last = max((s for s, _ in asking), default=-1)
    dropped: set[int] = set()
    for start, end in spans:
        if (start, end) in named or (asking and start > last and not _asks(blocks[start + 1 : end])):
            dropped.update(range(start, end))
    return [b for i, b in enumerate(blocks) if i not in dropped]


def _without_grouping_heading(blocks: list[Block]) -> list[Block]:
    """One heading over two or more headings one level down, with no list of its own: those are the sections."""
    levels = [b.heading for b in blocks if b.heading > 1 and b.text]
    if not levels:
        return blocks
    top = min(levels)
    if levels.count(top) != 1 or levels.count(top + 1) < 2:
        return blocks
    at = next(i for i, b in enumerate(blocks) if b.heading == top and b.text)
    first_below = next(i for i in range(at + 1, len(blocks)) if blocks[i].heading == top + 1)
    if any(b.list_level >= 0 for b in blocks[at + 1 : first_below]):
        return blocks
    out = blocks[:at] + blocks[first_below:]  # its own lines are an introduction to the themes, not a theme's
    return [Block(b.text, b.heading - 1, b.list_level, b.bold, b.rows, b.italic) if b.heading > top else b for b in out]
