"""Emacs Org-mode notes saved as plain text: the headings are sections, the markup is Org's own, not the text.

An Org file opens with keywords ("#+TITLE:", "#+AUTHOR:", "#+DATE:", "#+TODO:", "#+STARTUP:") and writes its
outline as "*" headings, which may carry a task keyword ("DONE", "DRAFT"), a priority ("[#A]"), a progress
cookie ("[1/3]") and tags (":employers:"). Under a heading come drawers (":PROPERTIES:" ... ":END:"), planning
lines ("CLOSED: [2026-03-06 Fri 14:02]", "SCHEDULED:", "DEADLINE:"), a task's state-change log ('- State "DONE"
from "TODO" [...]'), checkboxes ("- [X]"), comment lines ("# ...", the "Local Variables" footer). Read as prose,
all of it ran into the contributor's sentences; so a text is read as Org when it holds two keyword lines, or one
and an Org heading: the title, author and date come from the keywords, each heading opens a section (its keyword,
priority, cookie and tags taken off), and the drawers, planning and log lines and comments are left out.
"""

from __future__ import annotations

import re

from ingest.readers.faq import Block

__all__ = ["OrgNotes", "read_org"]

_KEYWORD = re.compile(r"^#\+(?P<key>[A-Za-z_]+):\s*(?P<value>.*)$")
_HEADING = re.compile(r"^(?P<stars>\*+)\s+(?P<text>.*\S)?\s*$")
_DRAWER = re.compile(r"^\s*:[A-Za-z_]+:\s*$")
_DRAWER_END = re.compile(r"^\s*:END:\s*$", re.I)
_PLANNING = re.compile(r"^\s*(?:(?:CLOSED|SCHEDULED|DEADLINE):\s*[\[<][^\]>]*[\]>]\s*)+$")
_STATE_LOG = re.compile(r'^\s*-\s+State\s+"[^"]*"\s+from\s+(?:"[^"]*"\s+)?[\[<][^\]>]*[\]>]\s*(?:\\\\)?\s*$')
_COMMENT = re.compile(r"^\s*#(?:\s|$)")
_BLOCK_MARK = re.compile(r"^\s*#\+(?:begin|end)_\w+.*$", re.I)
_PRIORITY = re.compile(r"^\[#[A-Z0-9]\]\s+")
_COOKIE = re.compile(r"\s*\[(?:\d+/\d+|\d+%)\]")
_TAGS = re.compile(r"\s+:(?:[\w@#%]+:)+$")
_CHECKBOX = re.compile(r"^(\s*[-+*]|\s*\d+[.)])\s+\[[ Xx\-]\]\s+")
_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
_DEFAULT_STATES = ("TODO", "DONE")


class OrgNotes:
    """An Org file's blocks (headings and paragraphs) and what its keywords say about it."""

    def __init__(self, blocks: list[Block], title: str | None, author: str | None, date: str | None) -> None:
        self.blocks, self.title, self.author, self.date = blocks, title, author, date


def _is_org(lines: list[str]) -> bool:
    keywords = sum(1 for line in lines[:40] if _KEYWORD.match(line))
    headings = any(_HEADING.match(line) for line in lines)
    return keywords >= 2 or (keywords >= 1 and headings)


def _heading(text: str, states: set[str]) -> str:
    """A heading's own words: no task keyword, priority, progress cookie or tags."""
    first, _, rest = text.partition(" ")
    if first in states:
        text = rest.strip()
    text = _PRIORITY.sub("", _TAGS.sub("", text))
    return _COOKIE.sub("", text).strip()


def read_org(text: str) -> OrgNotes | None:
    """The Org notes in ``text``, or None when it is not written in Org mode."""
    lines = text.split("\n")
    if not _is_org(lines):
        return None
    keywords: dict[str, str] = {}
    states = set(_DEFAULT_STATES)
    blocks: list[Block] = []
    paragraph: list[str] = []
    in_drawer = False

    def flush() -> None:
        if paragraph:
            blocks.append(Block("text", "\n".join(paragraph)))
            paragraph.clear()

    for line in lines:
        if in_drawer:
            in_drawer = not _DRAWER_END.match(line)
            continue
        if keyword := _KEYWORD.match(line):
            key, value = keyword.group("key").upper(), keyword.group("value").strip()
            keywords.setdefault(key, value)
            if key.endswith("TODO"):  # "#+TODO: TODO DRAFT | DONE" declares the task keywords
                states |= {w for w in value.split() if w != "|"}
            continue
        if _BLOCK_MARK.match(line) or _COMMENT.match(line) or _PLANNING.match(line) or _STATE_LOG.match(line):
            continue
        if _DRAWER.match(line):
            in_drawer = True
            continue
        if heading := _HEADING.match(line):
            flush()
            if words := _heading(heading.group("text") or "", states):
                blocks.append(Block("heading", words, min(len(heading.group("stars")), 6)))
            continue
        if not line.strip():
            flush()
            continue
        paragraph.append(_CHECKBOX.sub(r"\1 ", line.strip()))
    flush()
    date = _DATE.search(keywords.get("DATE", ""))
    return OrgNotes(blocks, keywords.get("TITLE") or None, keywords.get("AUTHOR") or None, date and date.group(1))
