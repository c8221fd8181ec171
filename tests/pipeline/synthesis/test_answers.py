"""Stances read where two sides are worded apart and written apart from the register's development sets: a yes or
no to one guiding question, a judgement without a modal ("do not belong in", "is worth issuing"), "a single"
credit, a matter left "for" the parties, approval of each offer against the provider's own system, and lines a narrow
column cut.

Invented sentences on beekeeping courses, sailing licences and first-aid badges, none from the evaluation sets.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pipeline.synthesis.amounts import quantities
from pipeline.synthesis.answers import answer, asks_yes_no, yes_no_conflicts
from pipeline.synthesis.claims import claims_from, unwrapped
from pipeline.synthesis.modality import OPTION, bare_force, deontic
from pipeline.synthesis.polarity import is_normative, polarity
from pipeline.synthesis.roles import different_actors
from pipeline.synthesis.stance import contradiction
from pipeline.synthesis.ways import way_phrase, way_taken
from tests.pipeline.synthesis.test_claims import _evidence


def _salient(text: str) -> frozenset[str]:
    stop = {"should", "must", "be", "a", "an", "the", "to", "of", "for", "in", "by", "from", "have", "able", "never"}
    return frozenset(w.strip(".,;?").lower() for w in text.split()) - stop


@pytest.mark.unit
def test_a_yes_or_no_question_and_the_answers_claims_give_it() -> None:
    duty = "Should sailing schools give a free refresher day to every licence holder?"
    may = "Can a beekeeper earn the master's certificate through short courses alone?"
    assert asks_yes_no(duty) and asks_yes_no(may)
    # a noun phrase's "or" asks one thing; two ways of acting side by side are two questions
    assert asks_yes_no("Can a beekeeper earn a diploma or certificate through short courses alone?")
    assert not asks_yes_no("Must the test be held on the water, or may it be taken in a classroom?")
    assert not asks_yes_no("Who should pay for the refresher day?")
    assert answer("Sailing schools must give every holder a free refresher day each spring.", duty) == 1
    assert answer("Whether a school offers a refresher day should be left to each school.", duty) == -1
    # what is left to choice is also allowed: no answer to a question of possibility
    assert answer("Whether a beekeeper takes short courses should be left to each beekeeper.", may) is None
    assert answer("Sailing schools should not be obliged to give a refresher day.", duty) == -1
    # a polarity or a bare permission names no force: no answer (they oppose other predicates too often)
    assert answer("The master's certificate should never be obtainable through short courses alone.", may) is None
    assert answer("Beekeepers should be able to earn the master's certificate course by course.", may) is None
    assert answer("A refresher day may be offered to holders who ask for one.", duty) is None
    # restricted, or a description: no clear yes or no
    assert answer("Only experienced holders must be given a refresher day.", duty) is None
    assert answer("Most schools gave a refresher day last year.", duty) is None


@pytest.mark.unit
def test_two_claims_close_to_a_yes_or_no_question_that_answer_it_differently_are_opposed() -> None:
    may = "Should beekeepers have a right to a paid day off for their course?"
    yes = SimpleNamespace(text="Honey farms must grant a paid day off for every beekeeping course.", voice="A")
    no = SimpleNamespace(
        text="Whether a beekeeper gets a day off is a matter for the farm and the keeper to settle", voice="B"
    )
    found = yes_no_conflicts([yes, no], [0.7, 0.6], may, 0.55, _salient, set(), different_actors)
    assert found == {(0, 1): (1, -1)}
    # one of them only near the question, or one contributor on both sides: no point
    assert yes_no_conflicts([yes, no], [0.7, 0.5], may, 0.55, _salient, set(), different_actors) == {}
    same = SimpleNamespace(text=no.text, voice="A")
    assert yes_no_conflicts([yes, same], [0.7, 0.6], may, 0.55, _salient, set(), different_actors) == {}
    # a claim whose predicate holds none of the question's words answers another matter, however close in meaning
    other = SimpleNamespace(text="Whether hives are inspected should be left to each farm.", voice="B")
    assert yes_no_conflicts([yes, other], [0.7, 0.6], may, 0.55, _salient, set(), different_actors) == {}
    # an open question asks no yes or no
    open_q = "How should beekeepers learn?"
    assert yes_no_conflicts([yes, no], [0.7, 0.6], open_q, 0.55, _salient, set(), different_actors) == {}


@pytest.mark.unit
def test_a_judgement_of_where_a_thing_belongs_or_whether_it_is_worth_doing_is_a_position() -> None:
    assert is_normative("Weekend sailing courses do not belong in the national licence register")
    assert polarity("Weekend sailing courses do not belong in the national licence register") == -1
    assert is_normative("A first-aid badge of a single hour is worth issuing when it certifies one skill")
    assert is_normative("Such badges have no place in the register.")
    # a description of belonging to a group is not one
    assert not is_normative("Most of our members belong to small clubs.")


@pytest.mark.unit
def test_a_single_unit_is_one_of_it() -> None:
    assert [(q.unit, q.low) for q in quantities("A badge of a single ECTS credit should be allowed.")] == [
        ("ECTS", 1.0)
    ]
    assert [(q.unit, q.low) for q in quantities("One single year of practice is enough.")] == [("years", 1.0)]
    assert quantities("A single register should hold every badge.") == ()
    floor = "No sailing licence should be smaller than 3 ECTS credits."
    assert contradiction(floor, "A sailing licence of a single ECTS credit should be allowed.") == "number"


@pytest.mark.unit
def test_a_matter_for_the_parties_to_settle_is_left_to_them() -> None:
    left = "Whether a crew member gets a day off for the course is a matter for the skipper and the crew to settle"
    assert bare_force(left) == (OPTION, "a crew member gets a day off for the course", "")
    assert deontic(left) == OPTION
    # "up for", "left for" leave nothing to anyone
    assert bare_force("Quality is left for the market") is None


@pytest.mark.unit
def test_each_offer_approved_on_its_own_against_the_provider_s_own_quality_system() -> None:
    each = "Every beekeeping course should be accredited individually by the national agency."
    system = "Schools with a certified quality system should be able to run courses without a separate approval."
    assert way_taken(each) == ("approving", 1)
    assert way_taken(system) == ("approving", -1)
    assert way_phrase(system) == "without a separate approval"
    assert way_taken("There should be a separate accreditation of each sailing course.") == ("approving", 1)
    # a denied way turns it round or not: the reading abstains; checking a learner is no approval of an offer
    assert way_taken("Schools should not run courses without a separate approval.") is None
    assert way_taken("Learners should be checked individually by an examiner.") is None


@pytest.mark.unit
def test_lines_a_narrow_column_cut_are_one_sentence_again() -> None:
    block = "The board met in May.\nSchools with a quality\nseal should be able to\nissue badges.\nNext meeting: June"
    assert unwrapped(block) == (
        "The board met in May.\nSchools with a quality seal should be able to issue badges.\nNext meeting: June"
    )
    # a list under a colon, a bullet, a table row and a capital stay lines of their own
    assert unwrapped("In three sectors:\nbeekeeping;\n- sailing\nA | b\nc | d") == (
        "In three sectors:\nbeekeeping;\n- sailing\nA | b\nc | d"
    )
    claims = claims_from([_evidence("Sailing schools with a quality\nseal should be able to issue badges.")], {})
    assert [c.text for c in claims] == ["Sailing schools with a quality seal should be able to issue badges."]


@pytest.mark.unit
def test_what_a_claim_binds_or_frees_is_its_predicate_and_of_a_choice_what_is_chosen() -> None:
    from pipeline.synthesis.answers import predicate

    assert predicate("Skippers must grant a paid day off for the course.") == "grant a paid day off for the course"
    assert predicate("Crews should be free to choose the date of their sailing test within the season.") == (
        "choose the date"
    )
    assert predicate("Crews should be free to decide whether they sit the sailing test.") == "they sit the sailing test"
    test_q = "Should the sailing test be compulsory for every crew member?"
    date = SimpleNamespace(
        text="Crews should be free to choose the date of their sailing test within the season.", voice="A"
    )
    duty = SimpleNamespace(text="The sailing test must be taken by every crew member.", voice="B")
    assert yes_no_conflicts([date, duty], [0.7, 0.7], test_q, 0.55, _salient, set(), different_actors) == {}


@pytest.mark.unit
def test_a_way_s_own_negation_turns_no_predicate_round() -> None:
    from pipeline.synthesis.ways import without_way

    system = "Schools with a certified quality system should be able to run courses without a separate approval."
    assert without_way(system) == "Schools with a certified quality system should be able to run courses."
    # a publishing duty on the same schools is then no denial of it
    assert contradiction(without_way(system), "Schools should publish the pass rates of each course they run.") is None
    # a way without a negation, or no way, is left as it is
    each = "Every beekeeping course should be accredited individually by the national agency."
    assert without_way(each) == each
    assert without_way("Schools should not run courses at night.") == "Schools should not run courses at night."


@pytest.mark.unit
def test_outside_in_the_subject_describes_it_and_denies_nothing() -> None:
    taken = "Sailing courses taken outside the club should never shorten the training of a licence holder."
    assert polarity(taken) == -1  # its own "never", no more
    assert polarity("Skills learnt outside sailing clubs should be recognised.") == 1
    # after the modal it is the claim's own
    assert polarity("Weekend courses should be kept outside the licence register.") == -1


@pytest.mark.unit
def test_a_second_level_number_and_our_answers_column_open_claims() -> None:
    text = (
        "3.2 The sailing test must take place on the water, in a boat of the school.\n\n"
        "Question | Our answer | Why\n"
        "How long? | Every sailing licence should need at least 4 ECTS credits. | Less is a taster.\n\n"
        "Question | Answer\nHow long? | Every licence should need at least 9 ECTS credits."
    )
    assert sorted(c.text for c in claims_from([_evidence(text)], {})) == [
        "Every sailing licence should need at least 4 ECTS credits.",
        "The sailing test must take place on the water, in a boat of the school.",
    ]


@pytest.mark.unit
def test_a_test_taken_from_home_against_one_taken_in_person() -> None:
    home = "Crews should be able to sit the theory test online, from home, under the same rules as in the club."
    present = "The sailing test must take place in person, on the water, with the examiner on board."
    assert way_taken(home) == ("attending", 1)
    assert way_taken(present) == ("attending", -1)
    # a denied way, and a yardstick "as on campus", take no way
    assert way_taken("Theory tests should not be taken online.") is None
    assert way_taken("Crews should sit the theory test under the same rules as on campus.") is None


@pytest.mark.unit
def test_a_way_that_is_an_amount_keeps_its_negation() -> None:
    from pipeline.synthesis.ways import without_way

    for text in ("A sailing licence should never expire.", "Sailing licences should be issued without an expiry date."):
        assert without_way(text) == text


@pytest.mark.unit
def test_a_second_passive_predicate_says_who_pays() -> None:
    from pipeline.synthesis.roles import actor_conflicts, assignment

    public = (
        "Sailing courses for adults should be free of charge for the crew and financed entirely from the state budget."
    )
    crew = "Each trainee should pay the full fee for a sailing course, with a loan for those who cannot afford it."
    assert assignment(public, "pay").actor == "public"  # type: ignore[union-attr]
    assert assignment(crew, "pay").actor == "individual"  # type: ignore[union-attr]
    claims = [SimpleNamespace(text=public, voice="A"), SimpleNamespace(text=crew, voice="B")]
    conflicts, actors = actor_conflicts(claims, [0.6, 0.7], "Who should pay for a sailing course?", 0.4, set())
    assert conflicts == {(0, 1): "actor"} and actors == {0: "public", 1: "individual"}
    # "free to" is a permission; "free" alone pays no one
    assert assignment("Crews should be free to choose a course.", "pay") is None
    assert assignment("Sailing courses should be free.", "pay") is None
