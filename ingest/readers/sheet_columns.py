"""Columns of a sheet that hold no one's words, or someone else's: a board export's bookkeeping and a draft's text.

A task board exported as CSV (Trello: "Card ID", "Card Name", "Card URL", "Card Description", "Labels",
"Members", "Due Date", "Last Activity Date", "List ID", "Board Name", counts of votes and comments) gives one
row per card. Only the card's name and description, and any column the tool does not fill by itself, are the
contributor's; the card's identifier, address, labels, members, dates, counts and the list and board it sits on
are the tool's bookkeeping and are left out of the row. An export is taken for a board's only when its header
names a card, task or item column and a card identifier or address column, so an ordinary sheet with a "Due
date" or "Members" column keeps them.

A sheet of amendments to a draft ("Draft text", "Current wording", "Original text", "Text of the draft") beside
the sender's proposal or reasons ("Proposed amendment", "Justification", "Comment") holds the draft's own words in
one column: that cell is set on a quoted line (``QUOTE_MARK``) over the row, as the comment table of a Word file
does (ingest.readers.comment_table), kept to find the passage, never read as the sender's words.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ingest.readers.comment_table import draft_header

# a board's card column and its identifier or address: "Card Name", "Card ID", "Card URL", "Task ID", "Item URL"
_CARD = r"(?:card|task|item|ticket)"
_CARD_NAME = re.compile(rf"^{_CARD}\s+(?:name|title|summary)$")
_CARD_KEY = re.compile(rf"^{_CARD}\s+(?:id|url|link|short\s+(?:id|link|url)|number|no)$")
# the tool's bookkeeping: identifiers, addresses, labels, people, dates, counts, the list and board, its flags
_BOOKKEEPING = re.compile(
    r"^(?:.*\b(?:id|ids|url|urls|link|links|short\s+link|date|dates|time|timestamp|count|total)|"
    r"labels?|tags?|members?|assignees?|owners?|due|start|created|updated|modified|closed|archived|position|"
    r"(?:list|board|column|lane|stage|status)(?:\s+name)?|checklist.*|attachments?|votes?|watchers?|"
    r"(?:cover\s+)?colou?r|priority|estimate|points?)$"
)
# the sender's own column beside the draft's: a proposal, its reasons or a comment
_RESPONSE = re.compile(
    r"^(?:(?:proposed|suggested)\s+(?:amendment|change|changes|wording|text|revision)|amendments?|"
    r"(?:new|amended|revised)\s+(?:text|wording)|justifications?|rationale|reasons?|comments?|remarks?|"
    r"observations?|motivazione|emendamento|modifica\s+proposta|begr(?:ü|ue)ndung|(?:ä|ae)nderungsvorschlag|"
    r"amendement|justification|enmienda|justificaci(?:ó|o)n)$"
)
_MARKUP = re.compile(r"[*_:#.]+")


def _fold(name: str) -> str:
    return " ".join(_MARKUP.sub(" ", re.sub(r"\([^)]*\)", " ", name or "")).split()).casefold()


def board_bookkeeping(header: Mapping[int, str]) -> frozenset[int]:
    """The columns of a board export's header that are the tool's bookkeeping (empty for any other sheet)."""
    folded = {column: _fold(name) for column, name in header.items()}
    names = [c for c, name in folded.items() if _CARD_NAME.match(name)]
    if not names or not any(_CARD_KEY.match(name) for name in folded.values()):
        return frozenset()
    kept = set(names) | {c for c, name in folded.items() if re.match(rf"^{_CARD}\s+description$", name)}
    return frozenset(c for c, name in folded.items() if c not in kept and _BOOKKEEPING.match(name))


def draft_column(header: Mapping[int, str]) -> int | None:
    """The one column of a sheet of amendments that holds the draft's wording, when another column holds the
    sender's proposal, reasons or comment; None otherwise."""
    folded = {column: _fold(name) for column, name in header.items()}
    drafts = [c for c, name in folded.items() if draft_header(name)]
    if len(drafts) != 1 or not any(_RESPONSE.match(name) for c, name in folded.items() if c != drafts[0]):
        return None
    return drafts[0]
