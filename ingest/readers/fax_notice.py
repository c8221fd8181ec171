"""A fax cover sheet's transmission notice ("If you do not receive all pages, please call ..."): the machine's and
the sender's office's furniture, no part of the contribution. Kept, it is read as the sender's first paragraph and
counts as the body's first prose, so the letter's salutation after it is taken for text too."""

from __future__ import annotations

import re

__all__ = ["is_fax_notice"]

_NOTICE = re.compile(
    r"^\s*(?:"
    # "If you do not receive all pages / all the pages / the complete fax ..."
    r"(?:if\s+you\s+(?:do\s+not|don't|did\s+not|have\s+not|fail\s+to)|should\s+you\s+(?:not|fail\s+to))\s+receive\s+"
    r"(?:all|all\s+the|every|each|the\s+complete|the\s+whole|any\s+of\s+the)\b"
    # "If this fax / transmission is incomplete or illegible ..."
    r"|if\s+(?:this|the)\s+(?:fax|facsimile|transmission|message)\s+(?:is|was|arrives|reaches\s+you)\s+"
    r"(?:incomplete|illegible|unreadable|garbled|not\s+complete)"
    # "If any page is missing / illegible ..."
    r"|if\s+(?:any|some|one\s+or\s+more)\s+(?:of\s+the\s+)?pages?\s+(?:is|are)\s+(?:missing|illegible|unreadable)"
    # French, as faxes from francophone offices print it
    r"|si\s+vous\s+ne\s+recevez\s+pas\s+(?:toutes\s+les|l'ensemble\s+des)\s+pages"
    r"|en\s+cas\s+de\s+(?:mauvaise\s+r[ée]ception|r[ée]ception\s+incompl[èe]te)"
    r")",
    re.I,
)
_MAX_WORDS = 40  # a notice is a line or two; a long paragraph opening so is the contributor's own text


def is_fax_notice(text: str) -> bool:
    """Whether ``text`` (one paragraph) is only a fax's transmission notice."""
    return bool(_NOTICE.match(text)) and len(text.split()) <= _MAX_WORDS
