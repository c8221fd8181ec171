"""A side of a stance point speaks of its question's subject, or the point is not reported; an amount compared in an
"any" subject with its predicate denied is a bound; a verb of undergoing has its subject measured. Sentences
written here (beekeeping courses, ferry licences)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pipeline.model import Evidence
from pipeline.synthesis.amounts import Quantity, bound_denials, quantities
from pipeline.synthesis.asked_matter import on_asked_matter, speaks_of, subject_words
from pipeline.synthesis.claims import Claim
from pipeline.synthesis.measure import measured, same_measure
from pipeline.synthesis.points import Divergence, Position
from pipeline.synthesis.polarity import polarity
from pipeline.synthesis.stance import contradiction

WHO_SIGNS = "Which bodies may sign beekeeping certificates?"
SIGNS = "Only the national beekeepers' association should have the right to sign beekeeping certificates."
LEAVE = "Employers should give paid leave to staff who take a beekeeping course."
OTHERS = "Any regional club should be free to sign beekeeping certificates."


class _Lexical:
    """Word counts of an invented workspace of 40 passages: "sign" in 4, "bodies" in 3, "beekeep" in 35."""

    counts = {"bodi": 3, "body": 3, "sign": 4, "beekeep": 35, "beekeeping": 35, "certif": 30, "certificat": 30}

    def doc_freq(self, token: str) -> int:
        return self.counts.get(token, 0)

    def __len__(self) -> int:
        return 40


RUN = SimpleNamespace(lexical=_Lexical(), settings=SimpleNamespace(salient_share=0.30))


def _claim(who: str, text: str) -> Claim:
    return Claim(text, Evidence(f"c-{who}", f"{who}.txt", "T", who, "", "X", "EU", "k", "", "p 1", text), who)


def _point(question: str, *sides: str, kinds: tuple[str, ...] = ("stance",)) -> Divergence:
    positions = tuple(Position(t, (_claim(f"p{n}", t),), "") for n, t in enumerate(sides))
    return Divergence("s", question, "t", positions, kinds)


@pytest.mark.unit
def test_the_subject_words_are_the_question_s_rarer_key_terms() -> None:
    words = subject_words(WHO_SIGNS, RUN.lexical.doc_freq, 12)
    assert "sign" in words and not {"beekeep", "beekeeping"} & words  # a word in most passages tells nothing apart
    assert speaks_of([SIGNS], WHO_SIGNS, words)
    assert not speaks_of([LEAVE], WHO_SIGNS, words)  # a course taken, not who signs
    assert speaks_of([LEAVE, OTHERS], WHO_SIGNS, words)  # one claim of the side is enough


@pytest.mark.unit
def test_a_stance_point_with_a_side_off_the_asked_matter_is_dropped() -> None:
    off = _point(WHO_SIGNS, SIGNS, LEAVE)
    on = _point(WHO_SIGNS, SIGNS, OTHERS)
    assert on_asked_matter([off, on], RUN) == [on]


@pytest.mark.unit
def test_numbers_actors_and_points_without_a_question_are_left_as_they_are() -> None:
    number = _point(WHO_SIGNS, SIGNS, LEAVE, kinds=("number",))
    actor = _point(WHO_SIGNS, SIGNS, LEAVE, kinds=("actor",))
    unplaced = _point("", SIGNS, LEAVE)
    assert on_asked_matter([number, actor, unplaced], RUN) == [number, actor, unplaced]
    # a question whose every subject word is common says nothing of its matter: nothing is dropped
    common = _point("Should beekeeping certificates exist?", SIGNS, LEAVE)
    assert on_asked_matter([common], RUN) == [common]


@pytest.mark.unit
def test_an_any_subject_below_an_amount_with_a_denied_predicate_sets_a_floor() -> None:
    short = "Anything shorter than 30 hours of practice does not make a beekeeper."
    nothing = "Nothing below 30 hours of practice should be called a beekeeping course."
    assert quantities(short) == (Quantity("hours", 30.0, 30.0, "min"),)
    assert polarity(short) == polarity(nothing) == 1  # both prescribe the same floor
    assert contradiction(short, nothing) is None
    assert quantities("Any ferry course longer than 12 ECTS should not be called a short course.")[0].bound == "max"
    assert "not" not in bound_denials("Any ferry course longer than 12 ECTS should not be called a short course.")


@pytest.mark.unit
def test_a_denial_of_another_clause_or_subject_stays() -> None:
    # no "any" subject: the denial is the claim's own
    assert polarity("Courses shorter than 30 hours should not be called beekeeping courses.") == -1
    # the denial in another clause, after a comma
    assert polarity("Anything shorter than 30 hours, in our view, is not a beekeeping course.") == -1
    # a denial before the comparison is the older reading, unchanged
    assert quantities("No course should last fewer than 30 hours.")[0].bound == "min"


@pytest.mark.unit
def test_a_verb_of_undergoing_has_its_subject_measured() -> None:
    for text in (
        "Ferry operators should undergo an external audit every four years.",
        "Ferry operators should go through a safety review every four years.",
        "Ferry operators should be subject to an inspection every four years.",
    ):
        assert measured(text) == {"operator"}, text
    every_licence = "Each ferry licence should be checked against the accident register every two years."
    assert not same_measure(every_licence, "Ferry operators should go through a safety review every four years.")
    # acting, not undergoing: the reading still abstains
    assert measured("Ferry operators should go to the harbour office every year.") == frozenset()
