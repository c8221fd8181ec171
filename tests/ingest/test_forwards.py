"""A forwarded e-mail holds two authors' words: only the contributor's are kept (ingest.forwards)."""

from __future__ import annotations

import pytest

from ingest.forwards import FORWARDED, own_forwards
from ingest.model import Location, Passage

pytestmark = pytest.mark.unit

NOTE = Passage("Passing this on from our member.", Location(label="paragraph 1", paragraph=1))


def forwarded(author: str, text: str = "Every micro-credential should carry at least 5 ECTS credits.") -> Passage:
    section = f"{FORWARDED} {author}"
    return Passage(text, Location(label="paragraph 2", paragraph=2, section=section, section_path=(section,)))


def test_a_colleagues_forwarded_message_is_never_kept_in_the_contributors_name():
    kept, notes = own_forwards([NOTE, forwarded("Jan Novak")], "Aino Virtanen", "Finnish Council", "Aino Virtanen")
    assert kept == [NOTE]
    assert notes == [
        "a forwarded message from Jan Novak is left out: it is not Aino Virtanen's own text (ingest it as a "
        "contribution of its own, naming its author in the metadata)"
    ]


def test_a_contributors_message_forwarded_by_a_secretariat_is_kept_without_the_secretariats_note():
    message = forwarded("Novak, Jan")
    kept, notes = own_forwards([NOTE, message], "Jan Novak", "", "Drafting secretariat")
    assert kept == [message]
    assert notes == ["the forwarding note of Drafting secretariat is left out: the forwarded message is Jan Novak's"]


def test_the_contributor_forwarding_their_own_message_keeps_both_and_an_organisation_matches_too():
    message = forwarded("Chamber of Commerce")
    assert own_forwards([NOTE, message], "", "Chamber of Commerce", None) == ([NOTE, message], [])
    mine = forwarded("Jan Novak")
    assert own_forwards([NOTE, mine], "Jan Novak", "", "Jan Novak") == ([NOTE, mine], [])


def test_a_message_that_forwards_nothing_is_unchanged():
    assert own_forwards([NOTE], "Aino Virtanen", "", "Aino Virtanen") == ([NOTE], [])
