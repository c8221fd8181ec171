"""What note-taking tools add to the Markdown they export: Obsidian's callouts, wiki links and tags, Notion's
page properties and callouts.

- An Obsidian callout (a block quote opened by ``> [!note]``, ``> [!important] Title``, ``> [!tip]-``: any type,
  folded or not) is a box the author drew around their own words, not someone else's words: it is read as the
  author's paragraph, its title (when it has one) a line of its own before it, the ``[!type]`` marker left out.
  A plain ``> `` quote stays a quote.
- A wiki link ``[[Page]]`` reads "Page", ``[[Page|shown words]]`` reads "shown words", ``[[Page#Part]]`` reads
  "Page"; an embed ``![[picture.png]]`` shows a file, not words, and is left out.
- A tag ``#word`` (no space after "#", at the start of a word, not in a URL, not a number as in "#1") loses its
  "#"; a line holding only tags files the note, says nothing, and is left out.
- A Notion export (its file name ends with a 32-hex-digit id, or its title is followed by property lines) opens
  with the page's properties under its title ("Owner: ...", "Status: ...", "Tags: ...", "Created: ...", "Last
  edited time: ..."): two or more such lines as one block are the page's metadata, left out with a warning.
  Notion writes a callout as an HTML ``<aside>`` block opened by its emoji: the author's paragraph, read
  without its tags and icon.
- HackMD's containers (``:::info`` ... ``:::``, and ``:::success``, ``:::warning``, ``:::danger``, ``:::spoiler``)
  are the editors' boxes around a note's text: its status, who edits it, an open point for the next meeting. They
  are set apart from the section around them and their lines read as quoted lines (``> ``), kept to find the
  passage but never drafted as the author's words, with a warning; the ``:::`` markers are left out.

Code (fenced blocks and code spans) is never touched: "#include" and "[[0, 1]]" there are the code's text.
"""

from __future__ import annotations

import re
import unicodedata

from ingest.readers.markdown_forms import _fence_step

__all__ = ["read_notes"]

_CALLOUT = re.compile(r"^ {0,3}>[ \t]?\[!([A-Za-z][\w-]*)\][+-]?(?:[ \t]+(.*?))?[ \t]*$")
_QUOTE_LINE = re.compile(r"^ {0,3}>[ \t]?")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
_EMBED = re.compile(r"!\[\[[^\[\]\n]+\]\]")
_WIKI = re.compile(r"\[\[([^\[\]|\n]+?)(?:\|([^\[\]\n]+?))?\]\]")
# a tag: "#" opening a word (after the line's start, a space or an opening bracket), its name holding a letter
_TAG = re.compile(r"(?:^|(?<=[\s(]))#(?=[\w/-]*[^\W\d_])([\w][\w/-]*)(?![\w#])")
_TAG_LINE = re.compile(r"^[ \t]*(?:#(?=[\w/-]*[^\W\d_])[\w][\w/-]*[ \t,]*)+$")
_NOTION_ID = re.compile(r"[ _-]?[0-9a-f]{32}$")
_ATX_TITLE = re.compile(r"^ {0,3}#[ \t]+\S")
# the properties Notion writes under a page's title, as its exports name them
_PROPERTY_KEYS = (
    "owner|status|tags|tag|created|created by|created time|last edited|last edited time|last edited by|type|date"
    "|assignee|assigned to|category|priority|due|due date|author|updated|reviewed|reviewer|property|url"
)
_PROPERTY = re.compile(rf"^(?:{_PROPERTY_KEYS})[ \t]*:[ \t]*\S", re.I)
_ANY_PROPERTY = re.compile(r"^[A-Z][\w ]{0,30}:[ \t]*\S")
# what follows an emoji's first character within it: a variation selector, a joiner, a skin tone
_ICON_JOINERS = frozenset("\ufe0f\u200d" + "".join(chr(c) for c in range(0x1F3FB, 0x1F400)))
_ASIDE_OPEN = re.compile(r"^ {0,3}<aside(?:\s[^>]*)?>", re.I)
_ASIDE_CLOSE = re.compile(r"</aside>[ \t]*$", re.I)
_CONTAINER_OPEN = re.compile(r"^ {0,3}:{3,}[ \t]*(?:info|success|warning|danger|spoiler|note|tip|caution)\b(.*)$", re.I)
_CONTAINER_CLOSE = re.compile(r"^ {0,3}:{3,}[ \t]*$")


def _icon_dropped(line: str) -> str:
    """``line`` without the emoji opening it (a Notion callout's icon), its words untouched."""
    stripped = line.lstrip()
    n = 0
    while n < len(stripped) and (unicodedata.category(stripped[n]) == "So" or stripped[n] in _ICON_JOINERS):
        n += 1
    return stripped[n:].lstrip() if n else line


def _inline(line: str) -> str:
    """The line's wiki links, embeds and tags read as words, code spans untouched."""
    out, start = [], 0
    for span in _CODE_SPAN.finditer(line):
        out.append(_words(line[start : span.start()]))
        out.append(span.group(0))
        start = span.end()
    out.append(_words(line[start:]))
    return "".join(out)


def _words(text: str) -> str:
    text = _EMBED.sub("", text)
    text = _WIKI.sub(lambda m: (m.group(2) or m.group(1).split("#", 1)[0] or m.group(1)).strip(), text)
    return _TAG.sub(r"\1", text)


def _properties(lines: list[str], named: bool) -> list[int]:
    """Indices of the Notion property lines directly under the page's level-1 title (two or more, each a known
    property); an empty list when the block under the title holds anything else."""
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None or not _ATX_TITLE.match(lines[first]) or lines[first].lstrip().startswith("##"):
        return []
    n = first + 1
    while n < len(lines) and not lines[n].strip():
        n += 1
    block = []
    while n < len(lines) and lines[n].strip():
        block.append(n)
        n += 1
    if len(block) < 2:
        return []
    known = [bool(_PROPERTY.match(lines[k].strip())) for k in block]
    # a page named as Notion names its exports may hold properties of the team's own, beside one it always has
    if named and any(known) and all(_ANY_PROPERTY.match(lines[k].strip()) for k in block):
        return block
    return block if all(known) else []


def read_notes(text: str, name: str = "") -> tuple[str, list[str]]:
    """``text`` with the note tools' markup read as the module's docstring says, and warnings for what was left
    out. ``name`` is the file's name without its suffix (a Notion export ends it with the page's id)."""
    lines = text.split("\n")
    warnings: list[str] = []
    notion = bool(_NOTION_ID.search(name))
    properties = _properties(lines, notion)
    if properties:
        for n in properties:
            lines[n] = ""
        warnings.append(f"{len(properties)} Notion property line(s) under the title left out (the page's metadata)")
    out: list[str] = []
    fence: str | None = None
    tag_lines = containers = 0
    n = 0
    while n < len(lines):
        line = lines[n]
        coded, fence = _fence_step(line, fence)
        if coded:
            out.append(line)
            n += 1
            continue
        callout = _CALLOUT.match(line)
        if callout:
            out.append("")
            if callout.group(2):
                out.extend([_inline(callout.group(2)), ""])
            n += 1
            while n < len(lines) and (quoted := _QUOTE_LINE.match(lines[n])):
                out.append(_inline(lines[n][quoted.end() :]))
                n += 1
            out.append("")
            continue
        container = _CONTAINER_OPEN.match(line)
        end = next((k for k in range(n + 1, len(lines)) if _CONTAINER_CLOSE.match(lines[k])), None)
        if container and end is not None:  # a HackMD box: the editors' note, quoted and set apart
            words = [container.group(1).strip(), *lines[n + 1 : end]]
            out.extend(["", *(f"> {_inline(part.strip())}" for part in words if part.strip()), ""])
            containers += 1
            n = end + 1
            continue
        aside = _ASIDE_OPEN.match(line)
        if aside:
            body: list[str] = [line[aside.end() :]]
            k = n
            while not _ASIDE_CLOSE.search(body[-1]) and k + 1 < len(lines):
                k += 1
                body.append(lines[k])
            if _ASIDE_CLOSE.search(body[-1]):  # an aside nothing closes is left as it stands
                body[-1] = _ASIDE_CLOSE.sub("", body[-1])
                words = [_inline(part) for part in body if part.strip()]
                if words:
                    words[0] = _icon_dropped(words[0])
                out.extend(["", *words, ""])
                n = k + 1
                continue
        if _TAG_LINE.match(line) and not _ATX_TITLE.match(line):
            tag_lines += 1
            out.append("")
            n += 1
            continue
        # a line of spaces is an empty line, as Markdown reads one: Notion writes one between a list item and the
        # paragraph indented under it, which is no continuation of the item's words
        out.append(_inline(line) if line.strip() else "")
        n += 1
    if containers:
        warnings.append(f"{containers} HackMD box(es) (:::info, :::warning) quoted: the editors' notes, not the text")
    if tag_lines:
        warnings.append(f"{tag_lines} line(s) of tags left out (they file the note, and say nothing)")
    return "\n".join(out), warnings
