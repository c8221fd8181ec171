"""Two ways of paying that exclude each other, read claim by claim on invented wording (a sailing school, a choir):
spread over time against the whole sum before the learning starts, with no key word shared."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pipeline.synthesis.ways import answers_by_way, asks_of, opposed_ways, way_phrase, way_taken


@pytest.mark.unit
def test_a_claim_takes_a_way_of_paying_in_its_own_words() -> None:
    assert way_taken("Sailing students should be able to pay their fee in three instalments.") == ("paying", 1)
    assert way_taken("Choir members ought to be allowed to spread the cost over the season.") == ("paying", 1)
    assert way_taken("The whole fee for the sailing course must be paid before the first lesson.") == ("paying", -1)
    assert way_taken("Members should pay the full price up front.") == ("paying", -1)
    assert way_phrase("Members should pay the full price up front.") == "pay the full price up front"


@pytest.mark.unit
def test_no_way_is_read_where_the_claim_does_not_prescribe_one_way_of_paying() -> None:
    # a description prescribes nothing; "in advance" of something else than paying is no way of paying
    assert way_taken("Last year most sailors paid in instalments.") is None
    assert way_taken("Clubs should publish their fees in advance.") is None
    # a negation before the way turns it round or not: the reading abstains
    assert way_taken("No choir member should have to pay up front.") is None
    # both ways at once take no side
    assert way_taken("Members should pay a deposit up front and the rest in instalments.") is None


def _claim(text: str, voice: str) -> SimpleNamespace:
    return SimpleNamespace(text=text, voice=voice)


@pytest.mark.unit
def test_two_contributors_taking_the_two_ways_are_opposed() -> None:
    claims = [
        _claim("Sailing students should be able to pay their fee in three instalments.", "A"),
        _claim("The whole fee for the sailing course must be paid before the first lesson.", "B"),
        _claim("Members should pay the full price up front.", "C"),
        _claim("Members should be able to pay in instalments.", "A"),
    ]
    pairs = opposed_ways(claims, [0.6, 0.5, 0.5, 0.5], 0.4, set())
    # the same contributor on the same way twice is one side, not a dispute with themselves
    assert pairs == {(0, 1): (1, -1), (0, 2): (1, -1), (1, 3): (-1, 1), (2, 3): (-1, 1)}
    # a claim far from the question answers it not; pairs already taken stay as they are
    assert opposed_ways(claims, [0.6, 0.3, 0.3, 0.3], 0.4, set()) == {}
    assert opposed_ways(claims, [0.6, 0.5, 0.5, 0.3], 0.4, {(0, 1)}) == {(0, 2): (1, -1)}


@pytest.mark.unit
def test_a_question_on_paying_is_answered_by_the_ways_of_paying() -> None:
    points = [
        "Sailing students should be able to pay their fee in three instalments.",
        "The whole fee for the sailing course must be paid before the first lesson.",
    ]
    assert asks_of("How should course fees be collected?", points)
    assert not asks_of("Where should the sailing course take place?", points)
    assert not asks_of("How should course fees be collected?", [*points, "Courses should start in May."])


@pytest.mark.unit
def test_admission_open_whatever_is_held_against_admission_requiring_a_qualification() -> None:
    assert way_taken("No adult should be refused a place on the sailing course for lack of a diploma.") == (
        "admitting",
        1,
    )
    assert way_taken("Admission to the skipper course should require a secondary school certificate.") == (
        "admitting",
        -1,
    )
    # access to something else than learning requires nothing of the learner's schooling
    assert way_taken("Access to the club register should require a diving certificate.") is None


@pytest.mark.unit
def test_the_candidate_s_own_language_against_the_official_language_alone() -> None:
    assert way_taken("Divers should be allowed to sit the theory test in their mother tongue.") == (
        "testing language",
        1,
    )
    assert way_taken("The theory test must be held only in the official language of the island.") == (
        "testing language",
        -1,
    )
    # the official language beside another excludes nobody's own; a certificate is no test
    assert way_taken("The theory test should be held in the official language and in English.") is None
    assert way_taken("Certificates should be issued in the official language alone.") is None


@pytest.mark.unit
def test_a_claim_far_in_meaning_answers_a_question_on_its_matter_by_its_way() -> None:
    official = "The theory test must be held only in the official language of the island."
    own = "Divers should be allowed to sit the theory test in their mother tongue."
    assert answers_by_way(official, "In which language should divers be tested?")
    assert not answers_by_way(official, "How should divers be tested?")
    claims = [_claim(own, "A"), _claim(official, "B")]
    # one claim close to the question, the other far: opposed only when the question asks about the language
    assert opposed_ways(claims, [0.6, 0.25], 0.4, set(), "In which language should divers be tested?") == {
        (0, 1): (1, -1)
    }
    assert opposed_ways(claims, [0.6, 0.25], 0.4, set(), "How should divers be tested?") == {}
