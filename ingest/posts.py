"""Whose words a discussion holds: each post in a thread exported with its author's heading is its author's.

A GitHub or GitLab discussion saved as Markdown gives each post under a heading naming its author by their
handle and when they wrote ("@liis-orav on Mar 10, 2026", "Ana Horvat (@ahorvat) commented on 2026-03-10"). The
metadata names one contributor, and every passage of the file would be credited to them: the other commenters'
doubts and figures quoted in the contributor's name. So a file whose sections are such posts (two or more, by two
authors or more) keeps only the posts whose author is the contributor; the others are left out and named in a
warning. A handle names the contributor when its words ("kaarel-parnoja", "ana_horvat") are the contributor's
name, or a display name beside it is, matched as a transcript's speakers are (ingest.turns.is_own); a handle that
cannot be matched ("kp1989") is nobody's the tool can name, and its posts are left out: it never guesses.

What is no post is left out too: the platform's header above the first post (category, labels, who started it),
a post's reaction counts ("👍 12 · 🎉 3") and the exporter's closing line ("This discussion was exported on ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.model import Passage
from ingest.post_lines import split_post_lines
from ingest.turns import is_own

_HANDLE = r"@(?P<handle>[A-Za-z0-9](?:[A-Za-z0-9._\-]{0,38}[A-Za-z0-9])?)"
_DATE = (
    r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|"
    r"(?:an?|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago|yesterday|today)"
)
# "@liis-orav on Mar 10, 2026 · Maintainer", "Ana Horvat (@ahorvat) commented on 2026-03-10", "@ahorvat · 3 days ago"
_POST = re.compile(
    rf"(?i)^(?:\d+(?:\.\d+)*\.?\s+)?(?P<name>[^@()\n]{{0,60}}?)\s*\(?{_HANDLE}\)?\s*"
    rf"(?:(?:commented|replied|wrote|posted|answered|responded)\b\s*(?:on\s+)?(?:{_DATE})?|(?:on|·|-|–)\s*{_DATE})"
)
# a line of reaction counts: "👍 12 · 🎉 3 · ❤️ 2", ":+1: 4"
_REACTIONS = re.compile(
    r"^(?:[^\w\s]{1,4}\s*\d{1,5}|:[a-z0-9_+\-]+:\s*\d{1,5})(?:\s*[·,|]?\s*(?:[^\w\s]{1,4}|:[a-z0-9_+\-]+:)\s*\d{1,5})*$"
)
# the exporter's closing line
_EXPORTED = re.compile(
    r"(?i)^[\W_]*(?:this\s+)?(?:discussion|issue|thread|conversation|merge\s+request|pull\s+request)\s+"
    r"(?:was\s+)?exported\b"
)
_MIN_POSTS = 2
# the opening post's writer introducing themselves: "Hi all, I am Kadri Tamm, head of ...", "je suis ...", "ich bin ..."
_INTRODUCED = re.compile(
    r"(?:\b[Ii] am|\bI'm|\bI’m|\b[Mm]y name is|\b[Jj]e suis|\b[Jj]e m'appelle|\b[Ii]ch bin|\b[Mm]ein Name ist|"
    r"\b[Mm]e llamo|\b[Mm]i chiamo)\s+(?P<name>[^\W\d_][\w'’\-.]*(?:\s+[^\W\d_][\w'’\-]*){0,3})"
)


def _post(section: str) -> tuple[str, str] | None:
    """(handle, display name) of a post's heading, or None for any other heading."""
    match = _POST.match(" ".join(section.split()))
    return (match.group("handle"), match.group("name").strip(" *_[]")) if match else None


def _author_of(passage: Passage) -> tuple[str, str] | None:
    """The post holding ``passage``: the nearest post heading in its section path."""
    for section in reversed(passage.location.section_path):
        if found := _post(section):
            return found
    return None


def names_contributor(handle: str, name: str, contributor: str, organisation: str) -> bool:
    """Whether a post's handle, or the display name beside it, names the contributor (or their organisation)."""
    words = " ".join(w.capitalize() for w in re.split(r"[._\-]+", handle) if w)
    return any(is_own(label, contributor, organisation, set()) for label in (words, name) if label)


def own_posts(passages: Sequence[Passage], contributor: str, organisation: str) -> tuple[list[Passage], list[str]]:
    """``passages`` with only the contributor's posts when they read as an exported discussion, and the warnings."""
    given = list(passages)
    passages = split_post_lines(given) or given  # an issue's comments written as lines, not headings
    authors = [_author_of(p) for p in passages]
    handles = {a[0].casefold() for a in authors if a}
    if sum(1 for a in authors if a) < _MIN_POSTS or len(handles) < 2:
        return given, []
    kept: list[Passage] = []
    own: dict[str, None] = {}
    others: dict[str, None] = {}
    header = False
    host = _introduced_host(passages, authors, contributor, organisation)
    for passage, author in zip(passages, authors, strict=True):
        if author is None:
            header = True  # the platform's header, or a section that is no post: nobody's post
            continue
        handle, name = author
        if handle != host and not names_contributor(handle, name, contributor, organisation):
            others.setdefault("@" + handle, None)
            continue
        own.setdefault("@" + handle, None)
        lines = [x for x in passage.text.split("\n") if not _REACTIONS.match(x.strip()) and not _EXPORTED.match(x)]
        if text := "\n".join(lines).strip():
            kept.append(replace(passage, text=text))
    who = contributor or organisation or "the contributor"
    left = f"the posts of {', '.join(others)} are someone else's words and are left out" if others else ""
    extra = "; the platform's header above the first post is nobody's post and is left out" if header else ""
    if own:
        return kept, [
            f"a discussion: only the posts of {', '.join(own)} ({who}) are read" + (f"; {left}" if left else "") + extra
        ]
    return kept, [
        f"a discussion whose authors ({', '.join(others)}) do not include {who}: no post is read as {who}'s words; "
        "name the author in the metadata's contributor column" + extra
    ]


def _introduced_host(
    passages: Sequence[Passage], authors: Sequence[tuple[str, str] | None], contributor: str, organisation: str
) -> str | None:
    """The handle of the thread's opening post when no post's handle or display name names the contributor but that
    post's writer introduces themselves by the contributor's name ("I am Kadri Tamm, head of ..."), as the host of an
    "ask me anything" thread does under a handle of their own ("kadri_ppoa"); None otherwise."""
    if any(a and names_contributor(a[0], a[1], contributor, organisation) for a in authors):
        return None
    first = next((i for i, a in enumerate(authors) if a), None)
    if first is None:
        return None
    heading = passages[first].location.section_path
    for passage, author in zip(passages[first:], authors[first:], strict=True):
        if author is None or passage.location.section_path != heading:
            break
        for match in _INTRODUCED.finditer(passage.text):
            name = match.group("name")
            words = name.split()
            # the name as far as its capitalised words go ("Kadri Tamm, head of" is Kadri Tamm)
            while words and not words[-1][:1].isupper():
                words.pop()
            if (
                words
                and all(w[:1].isupper() for w in words)
                and names_contributor("", " ".join(words).rstrip(",."), contributor, organisation)
            ):
                return authors[first][0]
    return None
