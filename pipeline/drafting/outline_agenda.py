"""Outlines kept as a meeting's agenda: each item a section, its audience in brackets after its title, and items
that hold no questions ("Welcome", "Lunch break 12:30–13:30", "Any other business", "Close of the meeting").

A drafting workshop's agenda is an outline people send: "1. Funding and access (for policy makers)" over its
lettered questions. The bracket names the section's audience as an "Audience:" line would. The agenda's other
items and lines are the meeting's, not the guidelines': they are no section (an item without questions is left
out rather than refusing the whole outline) and no section's purpose (a break or the closing line after a
section's questions is not what the section is for). A line is taken for one only by the agenda's own words, at
its start; an item with questions under it stays a section whatever its title.
"""

from __future__ import annotations

import re

from pipeline.drafting.outline_data import audience_for

__all__ = ["bracketed_audience", "is_agenda_item"]

# the agenda's own phrases, whatever follows them ("Close of the meeting 16:00. Next round: ...")
_AGENDA = re.compile(
    r"^(?:(?:lunch|coffee|tea|comfort|short)\s+break|arrival\s+of\s+participants|tour\s+de\s+table"
    r"|(?:adoption|approval)\s+of\s+the\s+(?:agenda|minutes)|any\s+other\s+business|other\s+business"
    r"|opening\s+of\s+the\s+meeting|closing\s+remarks|(?:close|end)\s+of\s+(?:the\s+)?(?:meeting|workshop|session|day)"
    r"|next\s+(?:meeting|drafting\s+round))(?![\w-])",
    re.IGNORECASE,
)
# words that are an agenda item only alone, or with a time: "Lunch", "Break 11:00", "Welcome and coffee 10:00"
# ("Closing the skills gap" and "Breaks in learning" are sections)
_AGENDA_WORD = re.compile(
    r"^(?:break|lunch|coffee|registration|welcome(?:\s+(?:and|&)\s+(?:introductions?|opening|coffee))?"
    r"|opening|closing|close|wrap[- ]up|adjourn(?:ment)?|networking|a\.?\s?o\.?\s?b\.?)"
    r"[\s\d:.,;()\-–—]*$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,5})[.):]\s+", re.IGNORECASE)
_TIME = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*[-–—]\s*\d{1,2}[:.]\d{2})?\s*")  # "09:30–10:00 Welcome"
_BRACKET = re.compile(r"\(\s*(?:for\s+)?(?P<who>[^()]{3,80})\)\s*$", re.IGNORECASE)


def is_agenda_item(text: str) -> bool:
    """Whether a line (or a heading) is one of an agenda's own items: a break, the welcome, any other business,
    the close; its numbering and a leading time left aside."""
    bare = _TIME.sub("", _NUMBER.sub("", text.strip()), count=1)
    return bool(_AGENDA.match(bare) or _AGENDA_WORD.match(bare))


def bracketed_audience(title: str) -> str | None:
    """The audience a bracket closing a section's title names ("(for policy makers)", "(assessors and
    providers)"), or None when it names none ("(online)", "(2025)")."""
    found = _BRACKET.search(title)
    if found is None:
        return None
    audience = audience_for(found.group("who").strip())
    return audience if audience in ("system", "provider", "both") else None
