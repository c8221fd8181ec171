"""A chat export (a messaging app's group history saved as text) is a record of several people's messages: only
the contributor's own are their words (ingest.turns, with the date and time the export writes before each one)."""

from __future__ import annotations

import pytest

from ingest.model import Location, Passage
from ingest.turns import own_turns

pytestmark = pytest.mark.unit

ANDROID = """12/03/2026, 10:41 - Hedi Ben Salem: Good morning, here is our position on micro-credentials.
12/03/2026, 10:42 - Hedi Ben Salem: Every micro-credential should be assessed in a real workshop.
12/03/2026, 10:45 - Amira Trabelsi: I disagree, an online test is enough for most skills.
12/03/2026, 10:47 - Hedi Ben Salem: The fee should never exceed 20 dinars.
12/03/2026, 10:50 - Karim Jaziri: Public funds should pay the whole fee."""

IPHONE = """[12.03.26, 10:41:02] Hedi Ben Salem: Good morning, here is our position on micro-credentials.
[12.03.26, 10:42:15] Hedi Ben Salem: Every micro-credential should be assessed in a real workshop.
[12.03.26, 10:45:40] Amira Trabelsi: I disagree, an online test is enough for most skills.
[12.03.26, 10:47:03] Hedi Ben Salem: The fee should never exceed 20 dinars.
[12.03.26, 10:50:59] Karim Jaziri: Public funds should pay the whole fee."""


@pytest.mark.parametrize("export", [ANDROID, IPHONE])
def test_only_the_contributors_messages_of_a_chat_export_are_theirs(export):
    kept, warnings = own_turns([Passage(export, Location("paragraph 1", paragraph=1))], "Hedi Ben Salem", "")
    text = "\n".join(p.text for p in kept)
    assert "assessed in a real workshop" in text and "never exceed 20 dinars" in text
    assert "online test is enough" not in text and "Public funds should pay" not in text
    assert warnings and "Amira Trabelsi" in warnings[0] and "Karim Jaziri" in warnings[0]
