"""Stance cues on invented sentences: which negation is the claim's, and which clause carries its stance.

A point of divergence needs opposite positions on one matter: a negation in a reason or a consequence, in an
amount's bound or in a second predicate is no opposite of another claim's main predicate.
"""

from __future__ import annotations

import pytest

from pipeline.synthesis.amounts import Quantity, quantities
from pipeline.synthesis.matter import topic_words
from pipeline.synthesis.polarity import polarity, stance_clause
from pipeline.synthesis.stance import contradiction


@pytest.mark.unit
def test_a_negation_in_a_consequence_is_not_the_claims() -> None:
    assert polarity("Providers should publish their assessment criteria, otherwise learners cannot prepare.") == 1
    assert polarity("Keep the form short or else small firms will not fill it in.") == 1
    # the claim's own negation still counts
    assert polarity("Providers should not publish draft criteria, otherwise learners get confused.") == -1
    # two positive recommendations on different matters: no point
    assert (
        contradiction(
            "Each badge should name its assessment method, otherwise nobody can judge it.",
            "Trade unions should approve the assessment method before a course opens.",
        )
        is None
    )


@pytest.mark.unit
def test_a_ceiling_or_a_floor_is_not_a_denial() -> None:
    assert polarity("A module should not exceed 15 ECTS credits.") == 1
    assert polarity("Contact time must never fall below 20 hours.") == 1
    assert polarity("A course should not be longer than one semester.") == 1
    # a ceiling against a recommendation that only mentions the unit is no point ...
    assert (
        contradiction("A module should not exceed 15 ECTS credits.", "Each certificate should state its ECTS credits.")
        is None
    )
    # ... but two ceilings of one measure still differ in number
    assert contradiction("A module should not exceed 15 ECTS credits.", "A module may have up to 40 ECTS.") == "number"


@pytest.mark.unit
def test_the_negated_second_predicate_carries_the_stance() -> None:
    # "and never replace it" denies replacing, not preparing: that is what another claim must affirm
    assert (
        stance_clause("Apprenticeship modules should prepare learners for the final examination and never replace it.")
        == "never replace it."
    )
    assert stance_clause("Learners should be told the pass mark, and providers should not change it later.") == (
        "providers should not change it later."
    )
    # a reason is no part of what the claim holds
    assert stance_clause("Short courses should be counted as credit, because otherwise nobody takes them.") == (
        "Short courses should be counted as credit"
    )


@pytest.mark.unit
def test_a_denied_comparison_bounds_an_amount() -> None:
    assert quantities("Nothing longer than 40 hours should be called a short course.") == (
        Quantity("hours", 40.0, 40.0, "max"),
    )
    assert quantities("No unit smaller than 2 ECTS should enter the register.") == (Quantity("ECTS", 2.0, 2.0, "min"),)
    assert polarity("Nothing longer than 40 hours should be called a short course.") == 1  # a ceiling, no denial
    # the ceiling agrees with the same ceiling worded as "should not exceed", and differs from another one
    assert (
        contradiction(
            "Nothing longer than 40 hours should be called a short course.",
            "A short course should not exceed 40 hours.",
        )
        is None
    )
    assert (
        contradiction(
            "Nothing longer than 40 hours should be called a short course.", "Short courses may last up to 80 hours."
        )
        == "number"
    )
    # "nobody" and "nothing" deny what follows them
    assert polarity("Nobody should be asked to pay twice for one assessment.") == -1


@pytest.mark.unit
def test_a_validity_without_end_differs_from_a_validity_in_years() -> None:
    forever = "A badge should never expire once it is issued."
    assert quantities(forever) == (Quantity("years", float("inf"), float("inf")),)
    assert quantities(forever)[0].label() == "no time limit"
    assert contradiction(forever, "A badge should expire after four years.") == "number"
    assert contradiction(forever, "Badges should be valid without a time limit.") is None  # the same amount


@pytest.mark.unit
def test_an_idiom_of_rejection_is_a_position() -> None:
    # "we see no place for X" rejects X as plainly as "X should not ..."
    assert contradiction(
        "We see no place for employers on assessment panels.", "Employers should sit on assessment panels."
    ) == ("stance")
    assert polarity("There is no need for a second assessor at every exam.") == -1
    assert contradiction("There is no need for a second assessor.", "A second assessor should attend every exam.") == (
        "stance"
    )


@pytest.mark.unit
def test_a_validity_and_an_expiry_name_one_measure() -> None:
    valid = topic_words("Every badge should be valid for four years.")
    assert "validity" in valid & topic_words("A badge should never expire.")
    assert "validity" in valid & topic_words("Badges should expire after two years.")
    assert "validity" not in topic_words("Validation of prior learning should be free.")  # another matter


@pytest.mark.unit
def test_declining_a_named_proposal_opposes_who_proposes_it() -> None:
    from pipeline.synthesis.polarity import is_normative
    from pipeline.synthesis.stance import contradiction, stance_phrase

    proposes = "Apprentices with long work experience should be able to skip the written test."
    for declines in (
        "The Board does not adopt the proposal to let apprentices skip the written test.",
        "The Board has not accepted the suggestion to let apprentices skip the written test.",
        "The Council declines the proposal that apprentices skip the written test.",
        "We reject the proposal to let apprentices skip the written test.",
    ):
        assert is_normative(declines), declines
        assert contradiction(proposes, declines) == "stance", declines
        assert stance_phrase(declines).startswith("against: "), declines
    # not adopting something that is no proposal describes: it takes no side
    assert not is_normative("The Board has not adopted a budget for 2026.")


@pytest.mark.unit
def test_a_set_fee_against_a_lower_cap_is_a_difference_in_number() -> None:
    from pipeline.synthesis.stance import contradiction

    cap = "A candidate should pay no more than 25 euros for the sitting."
    assert contradiction("We propose that the exam cost a single fee of 80 euros.", cap) == "number"
    # a figure reported beside "at least" is no amount the claim sets
    assert contradiction("By June, 74 euros had been spent by at least part of the candidates.", cap) is None


@pytest.mark.unit
def test_a_quantifier_makes_no_term() -> None:
    from pipeline.synthesis.matter import word_pairs

    a = "Every certificate should print a serial number that anyone can look up."
    b = "Candidates must receive every certificate as a scanned copy."
    assert not word_pairs(a) & word_pairs(b)  # "every certificate" is no term the two share
    assert ("serial", "number") in word_pairs(a)


@pytest.mark.unit
def test_without_in_a_relative_clause_denies_nothing() -> None:
    # what can be done with the thing describes it; the claim affirms printing a serial number
    assert polarity("Every certificate should print a serial number that employers can look up without a login.") == 1
    assert polarity("Each badge should carry a link which anyone could open without an account.") == 1
    # after a verb that takes a clause, "that" opens the claim itself, and its "without" counts
    assert polarity("We propose that adults can enrol without a previous diploma.") == -1
    assert polarity("No provider should issue a badge that learners can share without consent.") == -1


@pytest.mark.unit
def test_a_label_says_what_a_side_holds_from_its_own_modal() -> None:
    from pipeline.synthesis.stance import stance_phrase

    # the modal of the claim, not the verb of a subject clause before it
    assert stance_phrase("Whether a badge is printed or sent by e-mail should be up to each school.") == (
        "should be up to each school"
    )
    # a duty said of a clause, and a proposal's subjunctive
    assert stance_phrase("For our trainees it is required that the badge is sent in electronic form.") == (
        "it is required that the badge is sent in electronic form"
    )
    assert stance_phrase("We propose that a mentor who has taken a short course be allowed to sign off the badge.") == (
        "be allowed to sign off the badge"
    )
    # a rejection says what the side is against
    assert stance_phrase("We do not support proposals to let a mentor sign off the badge alone.") == (
        "against: let a mentor sign off the badge alone"
    )
    assert stance_phrase("The Board does not support the creation of a second badge register.") == (
        "against: creation of a second badge register"
    )


@pytest.mark.unit
def test_against_a_yardstick_is_no_opposition() -> None:
    assert polarity("Prior learning should be assessed for the same badge, against the same criteria.") == 1
    assert polarity("Every portfolio should be checked against the published learning outcomes.") == 1
    assert polarity("We are against assessing prior learning separately.") == -1
    assert polarity("Prior learning should not be measured against a different standard.") == -1


@pytest.mark.unit
def test_a_restriction_opposes_only_a_claim_on_its_own_predicate() -> None:
    only = "Only schools that hold a licence from the state should have the right to award driving permits."
    # another subject given the same right is the opposite view
    assert contradiction(only, "A haulage firm that trains its own drivers ought to have the right to award permits.")
    # a claim that only names the same things (a licence, awarding) says something else of them
    validity = "The licence of a school to award driving permits should be valid for six years."
    assert contradiction(only, validity) is None
    # one part of a compound is no shared predicate: "driving-permits" and "printed permits" are two things
    assert (
        contradiction(
            "Only schools with a licence should hand out driving-permits.",
            "Every school should use printed permits.",
        )
        is None
    )


@pytest.mark.unit
def test_no_x_unless_y_requires_y() -> None:
    # "no permit unless an examiner has checked" requires the check: it is affirmative, and on the same side as
    # "the test must be supervised"
    unless = "No driving permit should be awarded unless an examiner has checked the identity of the candidate."
    assert polarity(unless) == 1
    assert contradiction(unless, "The final driving test must be supervised by an examiner in the car.") is None
    # after an affirmative predicate the condition has its own polarity
    assert polarity("Learners should pay a fee unless they are unemployed.") == 1
    assert polarity("Learners should not pay a fee for the first test.") == -1


@pytest.mark.unit
def test_a_label_ends_before_a_time_adjunct() -> None:
    from pipeline.synthesis.stance import stance_phrase

    # "before it is issued" says when, and cut at twelve words the label ended on a dangling "before"
    duty = "Every badge must be entered in the regional register of trade qualifications before it is issued."
    assert stance_phrase(duty) == "must be entered in the regional register of trade qualifications"
    assert stance_phrase("Schools should keep exam scripts for two years after the results are out.") == (
        "should keep exam scripts for two years"
    )


@pytest.mark.unit
def test_a_figure_in_a_report_normative_only_through_a_bound_sets_nothing() -> None:
    # "at least" makes the survey sentence read as bounding; its "two years" is a report, not a period it sets
    survey = (
        "In a survey of our members in January 2026, 214 firms answered, and 38 per cent said they had sent at least "
        "one employee to a short certified course in the last two years."
    )
    assert contradiction("Training centres should be reviewed once every five years.", survey) is None
    # a claim that prescribes still sets its exact figure
    assert (
        contradiction(
            "Training centres should be reviewed once every five years.",
            "Training centres should be reviewed every two years.",
        )
        == "number"
    )


@pytest.mark.unit
def test_a_negation_in_a_relative_clause_of_the_subject_is_not_the_claims() -> None:
    paid = "Instructors who teach riding lessons outside their timetable should be paid for those hours."
    assert polarity(paid) == 1
    assert polarity("Riders who have no licence should be admitted to the beginners' course.") == 1
    assert polarity("Riders who cannot attend should not be excluded.") == 1  # the claim's own "not" still counts
    assert polarity("No rider who works full time should have to pay.") == -1
    assert polarity("We propose that no riding school should charge a fee.") == -1  # "that" opens the claim
    # a claim on paying instructors does not oppose one on free lessons for young riders
    assert contradiction(paid, "Riding lessons should be free of charge for everyone under 18.") is None
