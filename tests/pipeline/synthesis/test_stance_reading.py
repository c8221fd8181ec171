"""Reading a claim's stance where the sides are worded apart: a condition that does not matter, a restricted subject
against a universal one, advice against a course of action, a word only two passages share, and an assessment
adapted for a candidate against the same test for all.

Invented sentences on lifeguard badges, swimming clubs and pottery apprentices, none from the evaluation sets.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pipeline.synthesis.divergence import DivergenceSettings, _Run
from pipeline.synthesis.polarity import is_normative, polarity
from pipeline.synthesis.roles import different_actors, subject_kind
from pipeline.synthesis.stance import contradiction, shared_predicate, stance_phrase
from pipeline.synthesis.ways import asks_of, opposed_ways, way_phrase, way_taken


@pytest.mark.unit
def test_a_condition_that_does_not_matter_is_no_negation() -> None:
    listed = "Every lifeguard badge should be listed in the regional catalogue, whether or not the club is accredited."
    assert polarity(listed) == 1
    assert polarity("Each badge should be listed, whether the swimmer passed the sea test or not.") == 1
    # the claim's own negation still counts beside it
    assert polarity("Badges should not be listed in the catalogue, whether or not the club is accredited.") == -1


@pytest.mark.unit
def test_every_subject_against_only_a_restricted_subject_on_one_predicate() -> None:
    every = "Every lifeguard badge should be listed in the regional catalogue, whether or not the club is accredited."
    only = "Only badges of accredited clubs should be listed in the regional catalogue."
    assert contradiction(every, only) == "stance"
    # the label says whom the restriction keeps, so the two sides read apart
    assert stance_phrase(only) == "only badges of accredited clubs should be listed in the regional catalogue"
    assert stance_phrase(every) == "should be listed in the regional catalogue"


@pytest.mark.unit
def test_a_restriction_on_another_predicate_is_no_conflict() -> None:
    # sharing the words of the complement ("the regional catalogue") is not sharing the predicate
    only = "Only badges issued by accredited clubs should be listed in the regional catalogue."
    graded = "Every badge should be given a grade of the regional catalogue before it is handed out."
    assert not shared_predicate(only, graded)
    assert contradiction(only, graded) is None
    # the predicate's head past the words that only open it: "have the right to" and "be able to" both award
    assert shared_predicate(
        "Only swimming federations should have the right to award lifeguard badges.",
        "Any club ought to be able to award lifeguard badges.",
    )


@pytest.mark.unit
def test_advice_against_a_course_of_action_is_a_position_against_it() -> None:
    advice = "We advise against storing swimmers' test results in a cloud service."
    assert is_normative(advice) and polarity(advice) == -1
    assert is_normative("We would caution against a single national list of lifeguards.")
    assert is_normative("Clubs are advised to keep a paper copy of every badge.")
    assert not is_normative("The advisory board met twice last winter.")
    stored = "Swimmers' test results should be stored in a cloud service so that clubs can compare them."
    assert contradiction(stored, advice) == "stance"
    assert stance_phrase(advice) == "against: storing swimmers' test results in a cloud service"


@pytest.mark.unit
def test_a_predicate_that_names_nothing_is_labelled_with_its_subject() -> None:
    assert stance_phrase("A shared results ledger should be used so that clubs can check badges.") == (
        "A shared results ledger should be used"
    )
    assert stance_phrase("Badges should be renewed by the regional federation every spring.") == (
        "should be renewed by the regional federation every spring"
    )


class _Lexical:
    """Document frequencies of a fake workspace of ten passages."""

    def __init__(self, freq: dict[str, int]) -> None:
        self.freq = freq

    def __len__(self) -> int:
        return 10

    def doc_freq(self, word: str) -> int:
        return self.freq.get(word, 1)


@pytest.mark.unit
def test_a_word_in_at_most_two_passages_is_rare() -> None:
    lexical = _Lexical({"kiln": 2, "glaze": 3, "apprentic": 9})
    searcher = SimpleNamespace(index=SimpleNamespace(lexical=lambda: lexical))
    run = _Run(searcher, DivergenceSettings(), {})  # type: ignore[arg-type]
    rare = run.rare("Apprentices should fire their own kiln before they glaze")
    assert "kiln" in rare
    assert "glaze" not in rare and "apprentic" not in rare
    # a word the index does not hold at all is no evidence of anything
    assert "kiln" not in _Run(
        SimpleNamespace(index=SimpleNamespace(lexical=lambda: _Lexical({"kiln": 0}))),  # type: ignore[arg-type]
        DivergenceSettings(),
        {},
    ).rare("Apprentices should fire their own kiln")


@pytest.mark.unit
def test_an_assessment_adapted_for_a_candidate_against_the_same_test_for_all() -> None:
    adapted = "Every kiln safety test must allow extra time for apprentices with dyslexia."
    same = "All pottery apprentices should take the same test under the same conditions."
    assert way_taken(adapted) == ("adapting", 1)
    assert way_taken(same) == ("adapting", -1)
    assert way_phrase(same) == "the same test under the same conditions"
    assert way_taken("Candidates with a hearing impairment should be offered a sign-language interpreter.") == (
        "adapting",
        1,
    )
    # a denied adjustment turns the way round or not: the reading abstains; a description prescribes nothing
    assert way_taken("Apprentices should not get extra time in the kiln test.") is None
    assert way_taken("Last year most apprentices took the same test under the same conditions.") is None
    claims = [SimpleNamespace(text=adapted, voice="A"), SimpleNamespace(text=same, voice="B")]
    question = "What adjustments should be made to the kiln test for apprentices with a disability?"
    assert opposed_ways(claims, [0.6, 0.2], 0.4, set(), question) == {(0, 1): (1, -1)}
    # one contributor holding both is no disagreement
    claims[1] = SimpleNamespace(text=same, voice="A")
    assert opposed_ways(claims, [0.6, 0.2], 0.4, set(), question) == {}


@pytest.mark.unit
def test_a_negation_in_a_relative_clause_of_people_after_the_modal_is_not_the_claim_s() -> None:
    assert polarity("Swimming lessons should be free for children who have no lifeguard badge yet.") == 1
    assert polarity("Swimming lessons should be free for children who have a lifeguard badge.") == 1
    # the claim's own negation still turns it round
    assert polarity("Lessons should never be free for adults who already swim.") == -1


@pytest.mark.unit
def test_what_one_actor_must_not_do_does_not_deny_what_another_should_do() -> None:
    assert subject_kind("Trainees must never pay for the sea test out of their own pocket.") == "individual"
    assert subject_kind("Private companies should pay for every sea test their staff take.") == "employer"
    assert different_actors(
        "Trainees must never pay for the sea test out of their own pocket.",
        "Regional governments should pay for every sea test.",
    )
    # one kind of actor on both sides, or a subject naming none, is one matter
    assert not different_actors(
        "Trainees should pay for the sea test.", "Candidates must never pay for the sea test out of their own pocket."
    )
    assert not different_actors("The sea test should be free.", "Trainees should pay for the sea test.")


@pytest.mark.unit
def test_a_universal_subject_names_no_one_kind_of_actor() -> None:
    # "any provider" holds the clubs the other claim excludes: one matter, a real disagreement
    assert subject_kind("Any provider should be able to award lifeguard badges if it passes an inspection.") is None
    assert not different_actors(
        "In our view, private companies should not become awarding bodies for lifeguard badges.",
        "Any provider should be able to award lifeguard badges if it passes an inspection.",
    )


@pytest.mark.unit
def test_a_badge_valid_for_good_against_one_that_lapses_unless_renewed() -> None:
    for_good = "A lifeguard badge, once earned, should stay with its holder for good."
    lapsing = "Holders should pass a short refresher test every two years to keep their lifeguard badge."
    assert way_taken(for_good) == ("lasting", 1)
    assert way_taken(lapsing) == ("lasting", -1)
    assert way_taken("Lifeguard badges should expire after three years.") == ("lasting", -1)
    assert way_phrase(lapsing) == "refresher test every two years"
    # not lifelong learning, not a provider's accreditation, not a denied way
    assert way_taken("Lifeguard badges should support lifelong learning.") is None
    assert way_taken("Swimming clubs must renew their accreditation every five years.") is None
    assert way_taken("Badges should not be valid for life.") is None
    # a question naming the matter is answered by both ways, however far each is from it in meaning
    claims = [SimpleNamespace(text=for_good, voice="A"), SimpleNamespace(text=lapsing, voice="B")]
    asked = "How long should a lifeguard badge remain valid?"
    assert opposed_ways(claims, [0.25, 0.2], 0.4, set(), asked) == {(0, 1): (1, -1)}
    # a question on another matter is not
    assert opposed_ways(claims, [0.25, 0.2], 0.4, set(), "Who should train lifeguards?") == {}


@pytest.mark.unit
def test_validating_prior_learning_is_not_asking_how_long_a_badge_lasts() -> None:
    for_good = "A lifeguard badge, once earned, should stay with its holder for good."
    lapsing = "Holders should pass a short refresher test every two years to keep their lifeguard badge."
    assert asks_of("How long should a lifeguard badge remain valid?", [for_good, lapsing])
    assert not asks_of("How should swimming skills learnt outside clubs be validated?", [for_good, lapsing])
    assert not asks_of("How long should clubs keep the records of sea tests?", [for_good, lapsing])


@pytest.mark.unit
def test_rejecting_that_a_thing_could_be_done_is_a_position() -> None:
    rejected = "We reject the idea that a lifeguard badge could be earned by collecting pool attendance stamps."
    allowed = "Clubs should be allowed to award a lifeguard badge for collected pool attendance stamps."
    assert contradiction(rejected, allowed) == "stance"
    # denying a consequence is still no position on what should be done
    assert contradiction("We reject the idea that badges would compete with the national diploma.", allowed) is None


@pytest.mark.unit
def test_placement_reads_a_claim_without_its_condition_that_does_not_matter() -> None:
    from pipeline.synthesis.placement import _matter

    listed = "Every lifeguard badge should be listed in the regional catalogue, whether or not it has a grade."
    bare = "Every lifeguard badge should be listed in the regional catalogue."
    assert _matter(listed) == bare
    # as the register embeds it, its negation left out
    assert _matter(listed.replace("or not", "or")) == bare
    # a choice between two ways is what the claim is about
    chosen = "Clubs should decide whether the sea test is taken at dawn or at noon."
    assert _matter(chosen) == chosen
