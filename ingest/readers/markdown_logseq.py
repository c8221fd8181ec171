"""What an outliner's page (Logseq) adds to the Markdown it saves: page properties, block properties, headings
written as bullets.

A Logseq page is an outline: every block is a bullet ("- "), nested by tabs. It writes the page's own data as
``key:: value`` lines at the top of the page ("title:: ...", "tags:: ...", "author:: ...", "status:: ..."), and a
block's data as ``key:: value`` lines under the block ("collapsed:: true", "id:: 64f1..."). Neither is anyone's
text: the page's properties give the document's title and author and are left out with a warning; the blocks'
properties are the tool's furniture and are left out. A bullet whose words are a Markdown heading ("- ## Context")
is a heading: it is written as one, so the blocks under it become its section.

A page is taken for an outliner's only on evidence: a ``key:: value`` line (a double colon right after a one-word
key, which prose and ordinary Markdown do not write) at its top or under one of its bullets, and bullets for
most of its other lines. Any other Markdown is returned unchanged.
"""

from __future__ import annotations

import re

__all__ = ["read_outliner"]

_PROPERTY = re.compile(r"^[ \t]*(?:-[ \t]+)?(?P<key>[A-Za-z][\w-]*)::(?:[ \t]+(?P<value>.*?))?[ \t]*$")
_BULLET = re.compile(r"^[ \t]*-(?:[ \t]|$)")
_HEADING = re.compile(r"^[ \t]*-[ \t]+(?P<heading>#{1,6}[ \t]+\S.*?)[ \t]*$")
_LINK = re.compile(r"\[\[([^\[\]|\n]+?)(?:\|([^\[\]\n]+?))?\]\]")
_MOST = 0.8  # the share of the page's other lines that must be bullets


def _value(text: str) -> str:
    """A property's value as words: "[[Jérôme Kremer]]" is "Jérôme Kremer"."""
    return " ".join(_LINK.sub(lambda m: (m.group(2) or m.group(1)).strip(), text).split())


def read_outliner(text: str) -> tuple[str, str | None, str | None, list[str]]:
    """``text`` with an outliner's properties left out and its heading bullets written as headings, the title
    and author its page properties give (None when none), and warnings for what was left out; ``text`` unchanged
    (with no title, author or warning) when it is no outliner's page."""
    lines = text.split("\n")
    top = 0
    while top < len(lines) and (_PROPERTY.match(lines[top]) or not lines[top].strip()):
        top += 1
    page = [n for n in range(top) if lines[n].strip()]
    block = [n for n in range(top, len(lines)) if _PROPERTY.match(lines[n])]
    rest = [line for n, line in enumerate(lines[top:], top) if line.strip() and n not in block]
    if not (page or block) or not rest or sum(1 for line in rest if _BULLET.match(line)) < _MOST * len(rest):
        return text, None, None, []
    values = {}
    for n in page:
        match = _PROPERTY.match(lines[n])
        if match:
            values.setdefault(match.group("key").casefold(), _value(match.group("value") or ""))
    out: list[str] = []
    for n, line in enumerate(lines):
        if n < top or n in block:
            continue
        heading = _HEADING.match(line)
        out.extend(["", heading.group("heading"), ""] if heading else [line])
    warnings = []
    if page:
        warnings.append(f"{len(page)} page property line(s) of an outliner's page left out (the page's metadata)")
    return "\n".join(out).strip("\n") + "\n", values.get("title") or None, values.get("author") or None, warnings
