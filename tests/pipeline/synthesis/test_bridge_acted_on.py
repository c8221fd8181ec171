"""An obligation and an option of one party, who is the subject of one claim and acted on in the other, read on
invented wording (a choir's auditions)."""

from __future__ import annotations

import pytest

from pipeline.synthesis.bridge import acted_on
from pipeline.synthesis.modality import bare_force


@pytest.mark.unit
def test_the_party_one_claim_binds_is_who_the_other_claim_acts_on() -> None:
    bound = bare_force("A professional conductor must sit on every audition panel")
    free = bare_force("Choirs may invite a conductor from a professional ensemble to the audition panel")
    assert bound is not None and free is not None
    assert acted_on(bound, free)
    # the party must be named whole in the other predicate, and the other claim needs a subject that acts
    other = bare_force("Choirs may invite a singing teacher to the audition panel")
    assert other is not None and not acted_on(bound, other)
    # a thing bound is no party acted on
    thing = bare_force("Every audition must last twenty minutes")
    assert thing is not None and not acted_on(thing, free)
