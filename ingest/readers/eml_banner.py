"""The mail gateway's warning over a message from outside ("[EXTERNAL]", "CAUTION: This email originated from
outside the organization ..."): the receiving organisation's furniture, not the sender's words.

Gateways put it as the first paragraph of the body (or prepend the bare tag to its first line) and tag the
subject ("[EXTERNAL] Comments on ..."). The body's first paragraph is the gateway's only when it is a bare tag,
or when it opens with a warning's label and says that the message comes from outside; any other first paragraph
is the writer's and stays, a bare tag in front of it aside. Only the subject's leading tag goes from the title.
"""

from __future__ import annotations

import re

# a tag alone: "[EXTERNAL]", "[EXT]", "[External Email]", "*EXTERNAL*", "EXTERNAL EMAIL", "EXTERNAL:"
_TAG = (
    r"(?:\[\s*(?:external(?:\s+(?:e-?mail|sender|message))?|ext)\s*\]|\*+\s*external(?:\s+e-?mail)?\s*\*+|"
    # in capitals without brackets only as a tag reads: "EXTERNAL EMAIL", "EXTERNAL:" ("EXTERNAL QUALITY ASSURANCE"
    # is a heading)
    r"(?-i:EXTERNAL)(?:\s+(?-i:E-?MAIL|SENDER|MESSAGE)\b\s*:?|\s*:))"
)
_TAG_ONLY = re.compile(rf"^\s*{_TAG}\s*[:!.\-–]?\s*$", re.IGNORECASE)
_TAG_OPENING = re.compile(rf"^\s*{_TAG}\s*[:!.\-–]?\s+(?=\S)", re.IGNORECASE)
# the label a gateway's warning opens with, a tag or a word of warning in capitals or followed by a colon
_WARNING_OPENING = re.compile(
    rf"^\s*(?:{_TAG}|(?:caution|warning|attention|notice|security\s+notice)\s*[:!\-–])", re.IGNORECASE
)
# what the warning says: the message came from outside the organisation
_OUTSIDE = re.compile(
    r"\b(?:originat\w*|comes?|came|sent|received|arriv\w*)\s+from\s+(?:an?\s+|the\s+)?(?:outside|external)\b|"
    r"\boutside\s+(?:of\s+)?(?:the|your|our)\s+(?:[\w-]+\s+){0,3}(?:organi[sz]ation|network|company|institution|"
    r"domain|ministry|agency|university)\b|\bexternal\s+(?:sender|source)\b",
    re.IGNORECASE,
)
_WARNING_MAX_CHARS = 600  # a gateway's warning is a few lines; a longer paragraph is the writer's
# "RE:", "FW:", "AW:" ... before the tag in a subject: they stay, the tag goes
_SUBJECT = re.compile(rf"^((?:\s*(?:re|fw|fwd|aw|wg|tr|sv|vs)\s*:)*)\s*{_TAG}\s*[:\-–]?\s*", re.IGNORECASE)


def is_gateway_warning(paragraph: str) -> bool:
    """Whether a message's first paragraph is the mail gateway's warning (see the module's doc)."""
    text = " ".join(paragraph.split())
    if _TAG_ONLY.match(text):
        return True
    return len(text) <= _WARNING_MAX_CHARS and bool(_WARNING_OPENING.match(text)) and bool(_OUTSIDE.search(text))


def without_gateway_warning(text: str) -> str:
    """A plain-text body without the gateway's warning opening it: the whole first paragraph when it is one, else
    only a bare tag set in front of the first line ("[EXTERNAL] Dear colleagues, ...")."""
    stripped = text.lstrip("\n")
    parts = re.split(r"(\n[ \t]*\n)", stripped, maxsplit=1)
    first, sep, rest = (parts + ["", ""])[:3]
    if first and is_gateway_warning(first):
        return rest.lstrip("\n")
    if first and (tag := _TAG_OPENING.match(first)) and not _TAG_ONLY.match(first):
        return first[tag.end() :] + sep + rest
    return text


def subject_without_tag(subject: str) -> str:
    """The subject without the gateway's tag at its start ("RE: [EXTERNAL] Comments" -> "RE: Comments")."""
    match = _SUBJECT.match(subject)
    if not match or not subject[match.end() :].strip():
        return subject
    prefix = " ".join(match.group(1).split())
    return f"{prefix} {subject[match.end() :]}".strip()
