"""A yes-or-no question as the bridge between two answers worded apart, on invented beekeeping badges."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from pipeline.synthesis.bridge import bridged_conflicts, predicate_of, turning_word
from pipeline.synthesis.matter import family, topic_words
from pipeline.synthesis.modality import OBLIGATION, OPTION, bare_force, one_subject


@dataclass(frozen=True)
class _Said:
    text: str
    voice: str


def _salient(text: str) -> frozenset[str]:
    # every word is rare in this invented workspace but the badge itself, which every passage names
    return frozenset(family(w) for w in topic_words(text)) - {family("badge")}


def _bridged(question: str, *texts: str, denials: set[tuple[int, int]] = frozenset()) -> dict:
    claims = [_Said(t, f"voice {n}") for n, t in enumerate(texts)]
    return bridged_conflicts(claims, [0.6] * len(claims), question, 0.4, _salient, set(), set(denials))


EXPIRES = "A badge in hive medicine should expire after four years and be renewed through a short course."
NO_EXPIRY = "We reject any expiry date on beekeeping badges."


@pytest.mark.unit
def test_a_position_and_its_denial_on_what_the_question_asks() -> None:
    assert predicate_of(NO_EXPIRY) == ("We", "any expiry date on beekeeping badges.")
    assert turning_word(predicate_of(EXPIRES)[1]) == "expire"
    question = "Should beekeeping badges expire and need renewing?"
    # the denial the stance rules read, too far apart in words to pass for one topic: the question bridges it
    assert _bridged(question, EXPIRES, NO_EXPIRY, denials={(0, 1)}) == {(0, 1): None}
    # only a pair the stance rules read as opposed, and only of two contributors
    assert _bridged(question, EXPIRES, NO_EXPIRY) == {}
    claims = [_Said(EXPIRES, "one"), _Said(NO_EXPIRY, "one")]
    assert bridged_conflicts(claims, [0.6, 0.6], question, 0.4, _salient, set(), {(0, 1)}) == {}
    # no bridge on a question that asks for no yes or no
    assert _bridged("How long should a beekeeping badge stay valid?", EXPIRES, NO_EXPIRY, denials={(0, 1)}) == {}


@pytest.mark.unit
def test_the_question_word_must_be_what_both_positions_turn_on() -> None:
    question = "Should clubs approve the learning outcomes of a badge?"
    named = "Every badge earned by a trainee should name the club where the skills were practised."
    cost = "Checking a badge should never cost the club anything."
    # both speak of the club, neither of approving: naming and costing are two matters
    assert _bridged(question, named, cost, denials={(0, 1)}) == {}
    # a negation further on is no denial of the predicate
    later = "Trainees should be allowed to take the test with an interpreter whenever the skill does not need words."
    test = "The practical part of the test should take place at an apiary, not in a classroom."
    assert (
        _bridged("Should trainees be allowed to take the test with an interpreter?", later, test, denials={(0, 1)})
        == {}
    )


@pytest.mark.unit
def test_an_obligation_on_a_thing_against_a_permission_to_its_maker() -> None:
    must = "Every badge must state the place where the test was held."
    allowed = "Beekeeping associations should be allowed to leave the place of the test off the badge."
    assert bare_force(allowed) == (OPTION, "leave the place of the test off the badge", "Beekeeping associations")
    question = "Should the badge show where the test took place?"
    # the badge binds whoever issues it: the associations left free are no one else
    assert one_subject(must, allowed, question)
    assert _bridged(question, must, allowed) == {(0, 1): OBLIGATION}
    # two things are two subjects
    assert not one_subject(must, "Every hive log may leave out the place of the test.", question)
    # "take place" names no place: a test held on site says nothing of what the badge shows
    on_site = "The final test of a hive skill must be practical and take place at an apiary."
    assert _bridged(question, allowed, on_site) == {}
