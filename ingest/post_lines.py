"""Posts written inside a file's text rather than under headings: an issue tracker's page copied as Markdown.

A GitLab or GitHub issue exported or copied as Markdown names who opened it in a line of its own ("Issue created 4
March 2026 by **Ana Horvat** (@ahorvat)") and heads each comment in its activity with a bold line ("**@ivo.k**
commented 5 March 2026:"), not a heading. ingest.posts tells whose words a post holds by the heading over it, so such
a file's passages are cut at those lines first: the text after the opening line, until the first comment, is the
opener's (the issue's description, its checklist), each comment's text its writer's, under a heading "Name (@handle)
wrote" as an exported discussion has it. The opening line and what stands above it (labels, milestone, status) are
the tracker's header. A file with no such line is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.model import Passage

_HANDLE = r"@(?P<handle>[A-Za-z0-9](?:[A-Za-z0-9._\-]{0,38}[A-Za-z0-9])?)"
# "Issue created 4 March 2026 by Ana Horvat (@ahorvat), Agency ...", "Opened by @ahorvat on 2026-03-04"
_OPENED = re.compile(
    r"(?i)^(?:(?:issue|discussion|topic|thread|merge\s+request|pull\s+request|question|ticket)\s+(?:was\s+)?)?"
    r"(?:created|opened|started|submitted|raised|reported)\b[^@\n]{0,60}?\bby\s+"
    rf"(?P<name>[^@()\n]{{0,60}}?)\s*\(?{_HANDLE}\)?(?:[\s,.;:]|$)"
)
# "@ivo.k commented 5 March 2026:", "Ana Horvat (@ahorvat) replied on Mar 5, 2026:" (the whole line, its marks aside)
_COMMENTED = re.compile(
    rf"^(?P<name>[^@()\n]{{0,60}}?)\s*\(?{_HANDLE}\)?\s+(?:commented|replied|wrote|responded|answered)\b"
    r"(?:\s+(?:on\s+)?[\w ,./:-]{0,40})?:?$"
)


def _bare(line: str) -> str:
    return " ".join(line.replace("**", "").replace("__", "").split()).strip()


def _heading(match: re.Match[str], names: dict[str, str]) -> str:
    """A post's heading; a handle written bare takes the name it was given earlier in the file ("**Ana Horvat**
    (@ahorvat)" on the opening line, "**@ahorvat** commented" below)."""
    handle = match.group("handle")
    name = match.group("name").strip(" *_,") or names.get(handle.casefold(), "")
    if name:
        names.setdefault(handle.casefold(), name)
    return f"{name + ' ' if name else ''}(@{handle}) wrote"


def split_post_lines(passages: Sequence[Passage]) -> list[Passage] | None:
    """``passages`` cut at an issue's opening line and its comments' lines (see the module), or None when the text
    has no comment line."""
    if not any(_COMMENTED.match(_bare(line)) for p in passages for line in p.text.split("\n")):
        return None
    out: list[Passage] = []
    current: str | None = None
    names: dict[str, str] = {}

    def flush(passage: Passage, lines: list[str], heading: str | None) -> None:
        if not "\n".join(lines).strip():
            return
        location = passage.location
        if heading is not None:
            location = replace(location, section=heading, section_path=(*location.section_path, heading))
        out.append(replace(passage, text="\n".join(lines).strip("\n"), location=location))

    for passage in passages:
        piece: list[str] = []
        for line in passage.text.split("\n"):
            bare = _bare(line)
            found = _COMMENTED.match(bare) or (_OPENED.match(bare) if current is None else None)
            if found is None:
                piece.append(line)
                continue
            flush(passage, piece, current)
            piece, current = [], _heading(found, names)
        flush(passage, piece, current)
    return out
