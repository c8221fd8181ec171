"""Polarity: a claim that negates what its evidence sentence affirms (or the reverse) is caught; a faithful one not."""

from __future__ import annotations

import pytest

from pipeline.drafting.polarity import contradicts

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        ("Micro-credentials should not be included in the NQF.", "Micro-credentials should be included in the NQF."),
        ("Micro-credentials sit outside the NQF.", "Micro-credentials sit inside the NQF."),
        ("There is no minimum workload.", "A minimum of 3 ECTS is required for every micro-credential."),
        ("Assessment is optional.", "Assessment is mandatory for every award."),
        ("Providers can issue credentials without QA.", "Providers cannot issue credentials without QA."),
        ("Short courses need a level in the framework.", "Short courses don't need a level in the framework."),
        # a reply is left out, but a "no" inside the sentence still negates
        ("Badges should count towards a diploma.", "No. Badges should not count towards a diploma."),
        ("Employers pay the fee.", "Yes, no employer pays the fee."),
    ],
)
def test_a_claim_saying_the_opposite_of_its_evidence_is_a_contradiction(claim, evidence):
    assert contradicts(claim, evidence)
    assert contradicts(evidence, claim)


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        ("Assessment is not required.", "Assessment is optional."),
        ("Micro-credentials should not be levelled.", "Micro-credentials should not be levelled at all."),
        (
            "The register is part of the NQF.",
            "The levels are not formal NQF levels, but the register is part of the NQF.",
        ),
        ("Employers fund short courses.", "No region has a register yet."),
        # a reply opening the writer's answer negates nothing after it
        ("Badges should not count towards a diploma.", "No. Badges should not count towards a diploma."),
        ("Badges should count towards a diploma.", "Yes, badges should count towards a diploma."),
        ("Badges should not count towards a diploma.", "No - badges should not count towards a diploma."),
    ],
)
def test_faithful_or_unrelated_claims_are_not_contradictions(claim, evidence):
    assert not contradicts(claim, evidence)
