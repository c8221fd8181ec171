"""A question on how long a credential stays valid is answered only by a sentence that speaks of validity
(pipeline.drafting.drafters.validity).

The sentences are our own, written for these tests: a close sentence that holds a figure of years but says nothing
of validity is turned away, while every way people write a term (lapsing, renewal, "granted for four years", "valid
for life", "never expire") still passes, through ``answers_type`` as the drafter reads it.
"""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.answer_type import answers_type
from pipeline.drafting.drafters.validity import asks_validity, validity_unsaid

pytestmark = pytest.mark.unit

ASKED = "For how many years should a digital badge remain valid?"


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        (ASKED, True),
        ("Should badges expire?", True),
        ("What validity period should apply to a badge?", True),
        ("How long should a badge stay valid after it is issued?", True),
        ("Should a badge earned abroad be valid at home?", False),  # recognition, not a term
        ("How long should a course last?", False),
        ("How many years of experience should an assessor have?", False),
    ],
)
def test_asks_validity(question: str, asks: bool) -> None:
    assert asks_validity(question) is asks


@pytest.mark.parametrize(
    "sentence",
    [
        "A badge should lapse after five years unless its holder shows recent practice.",
        "Badges should be valid for life.",
        "Badges should never expire.",
        "Accreditation should be granted for four years at most.",
        "A holder should renew the badge every three years.",
        "Safety badges go out of date after three years and should be refreshed.",
    ],
)
def test_a_sentence_that_speaks_of_a_term_may_answer(sentence: str) -> None:
    assert not validity_unsaid(ASKED, sentence)
    assert answers_type(ASKED, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The register should not depend on a platform that may not exist in ten years.",
        "Our network has trained 400 welders over the past six years.",
    ],
)
def test_a_sentence_with_years_but_no_term_does_not_answer(sentence: str) -> None:
    assert validity_unsaid(ASKED, sentence)
    assert not answers_type(ASKED, sentence)
