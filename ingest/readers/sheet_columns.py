"""Columns of a sheet that hold no one's words, or someone else's: a board export's bookkeeping and a draft's text.

A task board exported as CSV (Trello: "Card ID", "Card Name", "Card URL", "Card Description", "Labels",
"Members", "Due Date", "Last Activity Date", "List ID", "Board Name", counts of votes and comments) gives one
row per card. Only the card's name and description, and any column the tool does not fill by itself, are the
contributor's; the card's identifier, address, labels, members, dates, counts and the list and board it sits on
are the tool's bookkeeping and are left out of the row. An export is taken for a board's only when its header
names a card, task or item column and a card identifier or address column, so an ordinary sheet with a "Due
date" or "Members" column keeps them. An issue tracker's export (Jira: "Summary", "Description", "Issue key",
"Issue Type", "Status", "Project name", "Priority", "Assignee", "Created", "Labels") and a post wall's (Padlet:
"Subject", "Body", "Author", "Created At", "Reactions") are read the same way: the title and body stay, the key,
type, status, project, dates, labels and counts are left out, and the author or reporter column stays for the
ingest to tell whose rows are the contributor's (ingest.sheet_authors).

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
# an issue tracker's or a post wall's export (Jira: "Summary", "Issue key"; Padlet: "Subject", "Body", "Author",
# "Created At"): the post's title, then its key, or its author and when it was posted
_POST_NAME = re.compile(r"^(?:summary|subject|title|headline)$")
_POST_KEY = re.compile(r"^(?:(?:issue|post|story|ticket)\s+(?:key|id|url|link|number)|key|post\s+link)$")
# who wrote the row, however the tool spells the column: "Author", "author_name" (Loomio), "createdBy", "Posted by",
# "User name", "Username", "Participant" (its words folded by column_words first; a bare "User" may be a log's)
AUTHOR_COLUMN = re.compile(
    r"^(?:(?:author|reporter|creator|poster|submitter|commenter|participant|"
    r"(?:created|posted|submitted|written|raised)\s+by)(?:\s+(?:(?:display|full)\s+)?name|\s+username)?|"
    r"user\s*name)$"
)
POSTED = re.compile(r"^(?:created|posted|submitted)(?:\s+(?:at|on|date))?$")
BODY = re.compile(rf"^(?:(?:{_CARD}|issue|post)\s+)?(?:description|body|text|content)$")
# the tool's bookkeeping: identifiers, addresses, labels, people, dates, counts, the list and board, its flags
_BOOKKEEPING = re.compile(
    r"^(?:.*\b(?:id|ids|url|urls|link|links|short\s+link|date|dates|time|timestamp|count|total)|"
    r"labels?|tags?|members?|assignees?|owners?|due|start|created|updated|modified|closed|archived|position|"
    r"(?:list|board|column|lane|stage|status)(?:\s+name)?|checklist.*|attachments?|votes?|watchers?|"
    r"(?:cover\s+)?colou?r|priority|estimate|points?|(?:issue\s+)?(?:key|type)|project(?:\s+(?:key|name|type|id))?|"
    r"(?:last\s+)?(?:created|updated|modified|edited|resolved)(?:\s+(?:at|on))?|resolution|sprint|components?|reactions?|likes?|kind)$"
)
# the sender's own column beside the draft's: a proposal, its reasons or a comment
_RESPONSE = re.compile(
    r"^(?:(?:proposed|suggested)\s+(?:amendment|change|changes|wording|text|revision)|amendments?|"
    r"(?:new|amended|revised)\s+(?:text|wording)|justifications?|rationale|reasons?|comments?|remarks?|"
    r"observations?|motivazione|emendamento|modifica\s+proposta|begr(?:ü|ue)ndung|(?:ä|ae)nderungsvorschlag|"
    r"amendement|justification|enmienda|justificaci(?:ó|o)n)$"
)
_MARKUP = re.compile(r"[*_:#.]+")


def column_words(name: str) -> str:
    """A column's name as lower-case words: markup, brackets and the joins of "author_name", "created-at" and
    "createdBy" read as spaces."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", re.sub(r"\([^)]*\)", " ", name or ""))
    return " ".join(_MARKUP.sub(" ", spaced.replace("-", " ")).split()).casefold()


_fold = column_words


def board_bookkeeping(header: Mapping[int, str]) -> frozenset[int]:
    """The columns of a board export's header that are the tool's bookkeeping (empty for any other sheet)."""
    folded = {column: _fold(name) for column, name in header.items()}
    names = [c for c, name in folded.items() if _CARD_NAME.match(name)]
    if not names or not any(_CARD_KEY.match(name) for name in folded.values()):
        names = [c for c, name in folded.items() if _POST_NAME.match(name)] if _posts(folded) else []
    if not names and _authored(list(folded.values())):
        # a board's notes or a decision thread's stances with no title column (Miro: "Frame, Type, Content,
        # Color, Author, Created"): the body is the post, the rest bookkeeping as above
        names = [c for c, name in folded.items() if BODY.match(name)]
    if not names:
        return frozenset()
    kept = set(names) | {c for c, name in folded.items() if BODY.match(name) or AUTHOR_COLUMN.match(name)}
    return frozenset(c for c, name in folded.items() if c not in kept and _BOOKKEEPING.match(name))


def _posts(folded: Mapping[int, str]) -> bool:
    """Whether a header is a tracker's or a post wall's: a title column, a body column, and a key column or an
    author column beside a posting date (an ordinary sheet with a "Title" and an "Author" keeps its columns)."""
    values = list(folded.values())
    if not any(_POST_NAME.match(n) for n in values) or not any(BODY.match(n) for n in values):
        return False
    return any(_POST_KEY.match(n) for n in values) or _authored(values)


def _authored(values: list[str]) -> bool:
    """Whether a header names who wrote each row, when, and the row's body: a sheet of posts, titled or not."""
    return (
        any(AUTHOR_COLUMN.match(n) for n in values)
        and any(POSTED.match(n) for n in values)
        and any(BODY.match(n) for n in values)
    )


def draft_column(header: Mapping[int, str]) -> int | None:
    """The one column of a sheet of amendments that holds the draft's wording, when another column holds the
    sender's proposal, reasons or comment; None otherwise."""
    folded = {column: _fold(name) for column, name in header.items()}
    drafts = [c for c, name in folded.items() if draft_header(name)]
    if len(drafts) != 1 or not any(_RESPONSE.match(name) for c, name in folded.items() if c != drafts[0]):
        return None
    return drafts[0]
