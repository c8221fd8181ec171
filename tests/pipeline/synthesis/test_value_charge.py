"""What a named payer pays, read as a value: nothing, a part or all of the price (session 21). Sentences written
here (a sailing school's retakes)."""

from __future__ import annotations

import pytest

from pipeline.synthesis.value_families import charge_asked, charge_paid
from pipeline.synthesis.values import differ, read_value, value_kind

RESIT = "What should a trainee pay to repeat a failed sailing test?"


@pytest.mark.unit
def test_a_question_naming_the_payer_asks_how_much_they_pay() -> None:
    assert charge_asked(RESIT) and value_kind(RESIT) == "charge"
    assert charge_asked("How much should trainees pay for a second attempt?")
    assert not charge_asked("Who should pay for a second attempt?")  # an actor, read elsewhere
    assert not charge_asked("What should the sailing school charge for a course?")


@pytest.mark.unit
def test_nothing_part_or_all_of_the_price() -> None:
    free = read_value(RESIT, "A trainee who fails should be allowed one more attempt free of charge.")
    full = read_value(RESIT, "Trainees who sit the test again should pay the full fee a second time.")
    part = read_value(RESIT, "A second attempt should cost the trainee a reduced fee.")
    assert (free.label, full.label, part.label) == ("pays nothing", "pays all", "pays part")  # type: ignore[union-attr]
    assert differ(free, full) and differ(part, full)  # type: ignore[arg-type]


@pytest.mark.unit
def test_no_duty_two_answers_or_another_payer_give_nothing() -> None:
    assert charge_paid("Retakes cost the full fee at our school.") is None  # a report, no duty
    assert charge_paid("The first attempt should be free of charge and the second at the full price.") is None
    # the club paying all of it says the trainee pays nothing, never "all"
    assert read_value(RESIT, "The sailing club should pay the whole fee for every retake.") is None
