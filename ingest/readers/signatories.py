"""A signatories block at the end of a joint statement: the names under "Signatories" / "Signed by", left out.

A statement signed by several organisations ends with their list ("Signatories", then "organisation - person,
function" a line, and often a row of their logos holding their short names). The list says who signed, which the
register already records; it is no claim, and read as text it runs the names together into a line of the lead
contributor's words. The block is left out when a line of its own names it ("Signatories", "Signed by:", "The
undersigned:") and everything after it to the end of the document is short list lines, not prose: a line that
reads as a sentence (eight words or more ending with a stop) keeps the whole block, since the heading may then
open a paragraph about the signatures rather than the list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_HEADING = re.compile(
    r"^(?:(?:list\s+of\s+)?(?:co-?)?signatories|signatures|signed(?:\s+by)?|(?:endorsed|supported)\s+by|"
    r"the\s+undersigned(?:\s+organi[sz]ations)?|signataires|unterzeichnende?(?:\s+organisationen)?|"
    r"unterzeichner(?:innen)?|firmantes|firmatari)\s*:?$",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[.!?][\"'’”)]?$")
_SENTENCE_WORDS = 8


def _prose(line: str) -> bool:
    return len(line.split()) >= _SENTENCE_WORDS and bool(_SENTENCE.search(line.strip()))


def signatories_at(lines: Sequence[str]) -> int | None:
    """The index of the heading line opening the signatories block that ends ``lines`` (the last lines of a
    document), or None when there is none or prose follows it."""
    for index in range(len(lines) - 1, -1, -1):
        if _HEADING.match(" ".join(lines[index].split())):
            rest = [line for line in lines[index + 1 :] if line.strip()]
            if rest and not any(_prose(line) for line in rest):
                return index
            return None
    return None
