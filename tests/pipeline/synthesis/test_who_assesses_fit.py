"""Who assesses, said as being the one fit to judge, by whoever taught, or by one who took no part in the teaching
(session 21's families). Sentences written here (diving and beekeeping courses)."""

from __future__ import annotations

import pytest

from pipeline.synthesis.roles import assignment, opposed


@pytest.mark.unit
def test_the_one_fit_to_judge_is_given_the_role() -> None:
    fit = assignment("The instructor who led the dives is the right person to judge whether a diver is safe.", "assess")
    assert fit is not None and fit.actor == "trainer" and fit.sign == 1
    one = assignment("The coach should be the one to sign the final result.", "assess")
    assert one is not None and one.actor == "trainer"
    # fit for something else is no assessing
    assert assignment("The instructor is the right person to plan the dives.", "assess") is None


@pytest.mark.unit
def test_whoever_taught_is_the_trainer() -> None:
    taught = assignment("Whoever taught the beekeeping course should assess the learners.", "assess")
    assert taught is not None and taught.actor == "trainer"
    ran = assignment("The person who ran the course should mark the practical test.", "assess")
    assert ran is not None and ran.actor == "trainer"


@pytest.mark.unit
def test_one_who_took_no_part_in_the_teaching_is_from_outside_and_takes_no_share() -> None:
    outside = assignment("The test has to be marked by a person who took no part in the teaching.", "assess")
    assert outside is not None and outside.actor == "outside" and not outside.partial
    apart = assignment("The final check must be done by someone who was not involved in the course.", "assess")
    assert apart is not None and apart.actor == "outside"
    trainer = assignment("Whoever taught the beekeeping course should assess the learners.", "assess")
    assert opposed(outside, trainer)  # type: ignore[arg-type]
    # taking part is no share of paying either, nor does it name a payer
    assert assignment("Learners should take part in the assessment.", "assess") is None
