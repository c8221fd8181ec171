"""A document exported from Google Docs as a web page ("File > Download > Web page"): its reviewers' comments and
its title paragraph.

A comment is exported as a lettered anchor in the text ("[a]", a link to ``#cmnt1`` with the id ``cmnt_ref1``,
often in a ``sup``) and, at the end of the page, the comment's text in a block of its own opened by the anchor
back (``id="cmnt1"``, a link to ``#cmnt_ref1``). Both are a reviewer's, never the writer's text: both go, but
only where the anchor and the comment point at each other, so no other link of a page is touched. The document's
title is a paragraph of class ``title`` (Google Docs' "Title" style), not a heading: it names the document.
Footnotes (``#ftnt1``) are the writer's own and stay.
"""

from __future__ import annotations

import re
from typing import Any

from ingest.readers.html_nodes import classes as _classes

_COMMENT_ID = re.compile(r"^cmnt(\d+)$")
_ANCHOR_ID = re.compile(r"^cmnt_ref(\d+)$")
_HEADINGS = frozenset(f"h{n}" for n in range(1, 7))
# what tells a Google Docs export: its body's class, its lists' generated classes, its headings' generated ids
_LIST_CLASS = re.compile(r"(?:^|\s)lst-kix_")
_HEADING_ID = re.compile(r"^h\.[0-9a-z]+$")


def _tag(element: Any) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def is_google_docs(root: Any) -> bool:
    """Whether the page is a Google Docs export (its body's ``doc-content`` class, its lists' ``lst-kix_``
    classes or its headings' ``h.`` ids)."""
    body = next(iter(root.iter("body")), None)
    if body is not None and "doc-content" in _classes(body):
        return True
    return any(
        _LIST_CLASS.search(e.get("class") or "") or _HEADING_ID.match(e.get("id") or "")
        for e in root.iter()
        if isinstance(e.tag, str)
    )


def _comment_block(target: Any, anchors: set[Any]) -> Any:
    """The block holding a comment's text: the nearest ``div`` around it that holds no heading and no anchor in
    the text (a comment and its replies), else the paragraph it opens."""
    block = target.getparent()
    for ancestor in target.iterancestors():
        tag = _tag(ancestor)
        if tag in ("body", "html"):
            break
        if tag == "div":
            inside = set(ancestor.iter())
            if not inside & anchors and not any(_tag(e) in _HEADINGS for e in inside):
                return ancestor
            break
    return block


def drop_review_comments(root: Any) -> int:
    """Remove each reviewer's comment of a Google Docs export, its anchor in the text and its text at the end
    (see the module's doc). Returns how many comments were removed."""
    links = [e for e in root.iter("a") if e.get("id")]
    targets = {m.group(1): e for e in links if (m := _COMMENT_ID.match(e.get("id") or ""))}
    anchors = {m.group(1): e for e in links if (m := _ANCHOR_ID.match(e.get("id") or ""))}
    paired = [
        (anchors[n], targets[n])
        for n in sorted(set(targets) & set(anchors), key=int)
        if (anchors[n].get("href") or "") == f"#cmnt{n}" and (targets[n].get("href") or "") == f"#cmnt_ref{n}"
    ]
    in_text = {anchor for anchor, _ in paired}
    blocks = []
    for _, target in paired:
        block = _comment_block(target, in_text)
        if block is not None and block not in blocks:
            blocks.append(block)
    for anchor in in_text:
        parent = anchor.getparent()
        # the anchor's superscript goes with it when it holds nothing else
        lone = len(parent) == 1 and not (parent.text or "").strip() and not (anchor.tail or "").strip()
        if _tag(parent) == "sup" and lone:
            anchor = parent
        anchor.drop_tree()
    for block in blocks:
        if block.getparent() is not None:
            block.drop_tree()
    return len(paired)


def title_paragraph(root: Any) -> Any:
    """The paragraph in Google Docs' "Title" style (class ``title``), or None."""
    return next((p for p in root.iter("p") if "title" in _classes(p)), None)


def prepare_google_docs(root: Any) -> Any:
    """For a Google Docs export: drop its reviewers' comments and return its title paragraph (None otherwise)."""
    if not is_google_docs(root):
        return None
    drop_review_comments(root)
    return title_paragraph(root)
