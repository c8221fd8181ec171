"""Granting or issuing something that is no credential gives no awarding role. Sentences written here (a guild of
stonemasons, a rowing federation)."""

from __future__ import annotations

import pytest

from pipeline.synthesis.roles import assignment


@pytest.mark.unit
@pytest.mark.parametrize(
    "text",
    [
        "Employers should grant paid study leave to masons who take the course.",
        "Employers should grant their apprentices two days off before the test.",
        "The ministry should issue training vouchers to every unemployed rower.",
        "Colleges should grant access to their workshops at weekends.",
    ],
)
def test_leave_money_or_access_granted_is_no_award(text: str) -> None:
    assert assignment(text, "award") is None


@pytest.mark.unit
def test_a_credential_granted_or_issued_still_gives_the_role() -> None:
    assert assignment("Employers should grant the masonry certificate themselves.", "award").actor == "employer"
    assert assignment("Colleges should issue digital badges to every rower.", "award").actor == "provider"
    only = assignment("Only accredited colleges should have the right to award the badge.", "award")
    assert only is not None and only.only
