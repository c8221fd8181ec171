"""A sentence in someone else's voice is never a candidate quotation of the writer's view
(pipeline.drafting.drafters.others_voice, applied by the candidate cleaner). Sentences are our own."""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.candidates import clean_sentence
from pipeline.drafting.drafters.others_voice import in_others_voice

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    "sentence",
    [
        "The majority holds that every short course should carry a framework level before it is advertised.",
        "In the board, a majority of members wanted the fee to stay at forty euros for every learner.",
        "Some members argue that assessment should always take place in a workshop.",
        "Many employers would prefer courses that last no longer than two days.",
        "Critics claim that badges without a level mean nothing to an employer.",
        "Others suggested that the register be run by the chambers of commerce.",
    ],
)
def test_another_partys_view_is_not_the_writers(sentence: str) -> None:
    assert in_others_voice(sentence)
    assert clean_sentence(sentence, on_slide=False) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The tenderer shall describe how learners will be assessed and by whom.",
        "Requirement 3.1. The bidder must explain the method for writing the learning outcomes.",
        "Applicants shall demonstrate how employers took part in designing the course.",
        "The applicant organisation is invited to set out its plan for quality assurance.",
    ],
)
def test_a_forms_requirement_is_not_the_respondents_position(sentence: str) -> None:
    assert in_others_voice(sentence)
    assert clean_sentence(sentence, on_slide=False) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # an organisation writing of itself in the third person speaks in its own voice
        "The Committee holds that each provider should decide whether a certificate shows a level.",
        "The Ministry considers that short courses should be placed in the national framework.",
        "We believe that every short course should carry a framework level before it is advertised.",
        "Employers should describe the tasks a holder can perform on the certificate.",
        # a provider's own rule for those who apply to its courses
        "Applicants must present a school-leaving certificate before they enrol in any of our courses.",
        "Learners who work full time should be able to take the course in the evenings.",
    ],
)
def test_the_writers_own_voice_stays(sentence: str) -> None:
    assert not in_others_voice(sentence)
    assert clean_sentence(sentence, on_slide=False) == sentence
