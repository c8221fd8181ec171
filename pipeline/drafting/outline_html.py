"""Outlines kept as a web page (.html, .htm: saved from a browser, a wiki or an editor): read as Word outlines
are (``outline_blocks``): ``h1``-``h6`` headings, the page's ``title``, list items (``ol``/``ul``) at their
nesting level, paragraphs, and tables (merged cells spread, a table of themes and questions as the page's
sections: ``outline_html_table``). Scripts, styles and the page's navigation, banners and footers are not
the outline's text, nor are a site's cookie notice, breadcrumb, share links and "How to respond" or privacy
sections; an accordion's hidden panels are (``outline_html_page``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pipeline.drafting.outline_blocks import Block, blocks_to_data, outline_bytes
from pipeline.drafting.outline_data import OutlineError
from pipeline.drafting.outline_html_page import controlled_ids, is_furniture, page_blocks
from pipeline.drafting.outline_html_table import grid_sections, table_block

__all__ = ["read_html_outline"]

_SKIPPED = frozenset("head script style noscript template svg iframe object nav header footer aside form".split())
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_PARAGRAPHS = frozenset("p div blockquote dt dd address pre caption figcaption summary".split())


def _tag(element: Any) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def _own_text(element: Any) -> str:
    """The element's text without the lists and tables nested in it (a list item's own words)."""
    parts = [element.text or ""]
    for child in element:
        if _tag(child) not in ("ul", "ol", "table", *_SKIPPED):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _bold(element: Any) -> bool:
    """Every piece of the paragraph's text is in ``b`` or ``strong`` (a section's title typed in bold)."""
    children = list(element)
    return (
        bool(children)
        and not (element.text or "").strip()
        and all(_tag(c) in ("b", "strong") and not (c.tail or "").strip() for c in children)
    )


def _walk(element: Any, blocks: list[Block], depth: int, shown: frozenset[str] = frozenset()) -> None:
    """Blocks of ``element``'s children in reading order; ``depth`` is the list level (-1 outside lists);
    ``shown``: the ids a button opens, read even when ``hidden`` (an accordion's panels)."""
    for child in element:
        tag = _tag(child)
        if not tag or tag in _SKIPPED or is_furniture(child):
            continue
        if child.get("hidden") is not None and child.get("id") not in shown:
            continue
        if tag in _HEADINGS:
            blocks.append(Block(" ".join(child.text_content().split()), heading=_HEADINGS[tag]))
        elif tag in ("ul", "ol"):
            _walk(child, blocks, depth + 1, shown)
        elif tag == "li":
            text = _own_text(child)
            if text:
                blocks.append(Block(text, list_level=max(depth, 0)))
            for inner in child:  # its nested lists one level down, its tables as tables
                if _tag(inner) in ("ul", "ol"):
                    _walk(inner, blocks, depth + 1, shown)
                elif _tag(inner) == "table":
                    blocks.append(table_block(inner))
        elif tag == "table":
            blocks.append(table_block(child))
        elif tag in _PARAGRAPHS and not any(_tag(d) in _BLOCKISH for d in child.iterdescendants()):
            text = " ".join(child.text_content().split())
            if text:
                blocks.append(Block(text, bold=_bold(child)))
        else:
            _walk(child, blocks, depth, shown)


_BLOCKISH = frozenset({"p", "div", "ul", "ol", "li", "table", *_HEADINGS})


def read_html_outline(path: Path) -> dict[str, Any]:
    """Outline data from an HTML page; OutlineError names the file and what is wrong."""
    import lxml.html
    from lxml import etree

    from ingest.readers.html_decoding import decode_html

    data = outline_bytes(path)
    text, _ = decode_html(data)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses a decoded text that declares its encoding
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise OutlineError(f"{path}: no text found in the page ({exc}); save the outline again") from exc
    body = root.find("body")
    blocks: list[Block] = []
    _walk(body if body is not None else root, blocks, -1, controlled_ids(root))
    title = next((" ".join(t.text_content().split()) for t in root.iter("title")), "")
    return blocks_to_data(grid_sections(page_blocks(blocks)), path, title)
