"""Amounts on invented sentences: money, thousands separators and caps compare like credits and hours."""

from __future__ import annotations

import pytest

from pipeline.synthesis.amounts import Quantity, number_conflict, quantities


@pytest.mark.unit
def test_money_is_an_amount_with_its_currency() -> None:
    assert quantities("Assessment fees should not exceed 150 euros per unit.") == (Quantity("EUR", 150, 150, "max"),)
    assert quantities("Fees should be capped at €60.") == (Quantity("EUR", 60, 60, "max"),)
    assert quantities("A fee of up to $200 is reasonable.") == (Quantity("USD", 200, 200, "max"),)
    # two ceilings of one currency differ; a ceiling in euros says nothing about one in dollars
    assert number_conflict(quantities("capped at 60 euros"), quantities("at most 150 EUR")) is not None
    assert number_conflict(quantities("capped at 60 euros"), quantities("at most 150 dollars")) is None


@pytest.mark.unit
def test_a_comma_before_three_digits_separates_thousands() -> None:
    assert quantities("The audit costs 1,100 euros a year.") == (Quantity("EUR", 1100, 1100),)
    assert quantities("a course of 1,000 hours") == (Quantity("hours", 1000, 1000),)
    assert quantities("a unit of 2,5 ECTS") == (Quantity("ECTS", 2.5, 2.5),)  # a decimal comma stays one


@pytest.mark.unit
def test_a_currency_is_no_topic() -> None:
    from pipeline.synthesis.stance import topic_words

    grant, fee = "Grants of up to 5,000 euros are available.", "Assessment fees should not exceed 150 euros."
    assert not topic_words(grant) & topic_words(fee)  # one currency, two matters
