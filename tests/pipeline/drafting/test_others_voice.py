"""A sentence in someone else's voice is never a candidate quotation of the writer's view
(pipeline.drafting.drafters.others_voice, applied by the candidate cleaner). Sentences are our own."""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.candidates import candidates, clean_sentence
from pipeline.drafting.drafters.others_voice import in_others_voice, named_other_speaker, other_body_view
from pipeline.model import Evidence

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


@pytest.mark.parametrize(
    "sentence",
    [
        "As one employer told us, short courses are worth nothing without a practical test.",
        "A participant in the Tuesday workshop suggested that every course should end with an exam.",
        "The previous speaker argued that fees should be abolished for every learner.",
        "In the survey, 58 per cent of apprentices said that they would pay for a second course.",
        "Two thirds of the firms would rather see every badge carry a framework level.",
        "The bakers we interviewed told us that a course of more than three days is out of reach.",
        "Short courses are worth nothing without a practical test, one employer told us.",
    ],
)
def test_someone_elses_words_reported_are_not_the_writers(sentence: str) -> None:
    assert in_others_voice(sentence)
    assert clean_sentence(sentence, on_slide=False) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "One apprentice put it this way: badges should be free for everyone who finishes the course.",
        "In their words: the harbour should pay for every test a skipper sits.",
    ],
)
def test_a_line_that_hands_the_word_to_someone_else_is_not_cut_down_to_their_words(sentence: str) -> None:
    assert clean_sentence(sentence, on_slide=False) is None


@pytest.mark.parametrize(
    "sentence",
    [
        # a general claim about a kind of person, no verb of saying
        "An employer hiring a junior welder wants to see what the person has built.",
        # a person acting in a relative clause is no speaker
        "A learner who asks for a badge from abroad to be recognised should pay no more than ten euros.",
        # the writer's own line before a colon
        "Point two, which we feel strongly about: any firm with a training programme should be able to issue badges.",
        # a count of people doing something, not saying it
        "Sixty per cent of the candidates we observed passed their final test at the first attempt.",
    ],
)
def test_the_writers_own_claims_about_people_stay(sentence: str) -> None:
    assert not in_others_voice(sentence)
    assert clean_sentence(sentence, on_slide=False) is not None


def _passage(text: str, contributor: str, organisation: str = "") -> Evidence:
    return Evidence(
        chunk_id="c1",
        file="minutes.docx",
        title="Minutes",
        contributor=contributor,
        organisation=organisation,
        country="Malta",
        region="EU",
        kind="other",
        role="",
        location="page 1",
        text=text,
    )


MINUTES = (
    "Mr Borg said that every badge should carry the name of the harbour that tested the skipper. "
    "Ms Camilleri argued that the test fee should never exceed twenty euros for a learner."
)


def test_a_named_speaker_is_quoted_only_when_they_are_the_contributor() -> None:
    texts = [c.text for c in candidates([_passage(MINUTES, "Joseph BORG", "Harbour Skippers' Guild")])]
    assert texts == ["Mr Borg said that every badge should carry the name of the harbour that tested the skipper."]
    # the organisation's name is the contributor's too; a passage by someone else quotes neither speaker
    assert [c.text for c in candidates([_passage(MINUTES, "Rita Zammit", "Camilleri & Partners")])] == [
        "Ms Camilleri argued that the test fee should never exceed twenty euros for a learner."
    ]
    assert candidates([_passage(MINUTES, "Rita Zammit")]) == []


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("Dr. Müller said that the fee should be low for every apprentice.", False),  # the contributor, accents apart
        ("Professor Weber insisted that only chambers should issue badges.", True),
        ("Lena Weber told the meeting that only chambers should issue badges.", True),
        ("The Chair noted that the quorum was present.", False),
        ("Badges should be issued by the chambers, Lena Weber wrote later.", True),  # named after the words
        ("Badges should be issued by the chambers, as Dr Müller said.", False),
    ],
)
def test_named_other_speaker(sentence: str, other: bool) -> None:
    assert named_other_speaker(sentence, "Hans MULLER", "Chamber of Crafts") is other


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        # another body, or another body's paper
        ("The fishermen's association holds that a skipper's badge should never expire.", True),
        ("The Ministry's draft regulation of May 2026 proposes a minimum of twenty hours for every badge.", True),
        ("The national skills councils would prefer badges without any level.", True),
        # the contributor's own body, singular or plural, or an organ named bare as minutes name it
        ("The guild also holds that every badge should name the harbour that tested the skipper.", False),
        ("The harbour rejects any new levy on skippers.", False),
        ("The Committee holds that it should be left to each club whether the badge shows a level.", False),
        ("Our association holds that badges should be free.", False),
    ],
)
def test_another_bodys_view_is_not_the_contributors(sentence: str, other: bool) -> None:
    assert other_body_view(sentence, "Rita Zammit", "Harbours and Skippers' Guild") is other
