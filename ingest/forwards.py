"""Whose words a forwarded e-mail holds: the forwarding note and the forwarded message have two authors.

A saved e-mail that forwards another message ("---------- Forwarded message ---------", "Begin forwarded
message:") holds two texts: the sender's note on top, and below it a message someone else wrote. The e-mail reader
marks the forwarded paragraphs with their author ("Forwarded message from Jan Novak", ingest.readers.eml); the
metadata names the contributor. Only the contributor's words are kept:

- the forwarded message is theirs (a secretariat forwards a contributor's input): it is kept, and the forwarding
  note is left out unless its sender is the contributor too;
- the forwarded message is someone else's (a contributor passes on a colleague's note): it is left out, and a
  warning names its author, since a colleague's words are never quoted in the contributor's name.

Names are matched as speakers' labels of a transcript are (ingest.turns.is_own): by surname, whole name or
organisation.
"""

from __future__ import annotations

from collections.abc import Sequence

from ingest.model import Passage
from ingest.turns import is_own

# the section of a forwarded message's paragraphs, as the e-mail reader writes it: "Forwarded message from <its
# sender>"; defined here, not in the reader, so that ingest reads it without importing the reader (and lxml)
FORWARDED = "Forwarded message from"


def _forwarded(passage: Passage) -> bool:
    return (passage.location.section or "").startswith(FORWARDED)


def own_forwards(
    passages: Sequence[Passage], contributor: str, organisation: str, sender: str | None
) -> tuple[list[Passage], list[str]]:
    """``passages`` without the words of a forwarded e-mail that are not the contributor's, and what was left out.

    ``sender`` is the e-mail's own sender (its From), None when unknown."""
    forwarded = [p for p in passages if _forwarded(p)]
    if not forwarded or not (contributor or organisation):
        return list(passages), []
    author = (forwarded[0].location.section or "")[len(FORWARDED) :].strip()
    own_note = [p for p in passages if not _forwarded(p)]
    if author and is_own(author, contributor, organisation, set()):
        if not own_note or not sender or is_own(sender, contributor, organisation, set()):
            return list(passages), []
        return forwarded, [
            f"the forwarding note of {sender} is left out: the forwarded message is {contributor or organisation}'s"
        ]
    who = author or "an unnamed sender"
    return own_note, [
        f"a forwarded message from {who} is left out: it is not {contributor or organisation}'s own text "
        "(ingest it as a contribution of its own, naming its author in the metadata)"
    ]
