"""Deontic modality on invented sentences: obligation against option is a polarity written in paraphrase."""

from __future__ import annotations

import pytest

from pipeline.synthesis.modality import OBLIGATION, OPTION, deontic, unforced
from pipeline.synthesis.polarity import is_normative, position_sign
from pipeline.synthesis.stance import contradiction


@pytest.mark.unit
@pytest.mark.parametrize(
    "text",
    [
        "Registering every short course with the agency should be compulsory.",
        "Peer review must remain obligatory for all providers.",
        "A signed learning agreement should be a condition for funding.",
        "Funding should be conditional on a signed learning agreement.",
        "The guidelines should require every provider to publish its fees.",
        "We support compulsory induction for new assessors.",
        "Taking part in the survey must not be optional.",  # a denied option obliges
    ],
)
def test_obligation_in_its_own_words(text: str) -> None:
    assert deontic(text) == OBLIGATION


@pytest.mark.unit
@pytest.mark.parametrize(
    "text",
    [
        "Attending the induction day should be voluntary.",
        "Whether to sit the final test should stay a choice for each apprentice.",
        "Trainees should be free to choose the language of their certificate.",
        "Colleges should be free to set their own fees.",
        "Each apprentice should choose whether to sit the module test.",
        "Publishing the pass rate is at the discretion of each school.",
        "The format of the portfolio should be left to the candidate.",
        "A second assessor need not be present.",
        "Providers do not have to use the national template.",
        "Peer observation should never become compulsory.",  # a denied obligation leaves an option
        "No apprentice should be forced to disclose their grades.",
        "Recognition should never be conditional on a digital format.",
        "Rules should never force small firms to pay for a second assessment.",
        "We disagree with making a portfolio mandatory for every unit.",  # rejecting an obligation
        "We oppose proposals that would make an online profile a condition for enrolment.",
    ],
)
def test_option_in_its_own_words(text: str) -> None:
    assert deontic(text) == OPTION


@pytest.mark.unit
@pytest.mark.parametrize(
    "text",
    [
        "Providers should publish their fees.",  # a recommendation names no force
        "A voluntary scheme leaves the weakest schools behind.",  # a word that describes, not a position
        "Up to 40% of a diploma may be achieved through short courses.",
        "Employers should be consulted, because the statute requires it.",  # the reason's force is its own
        "Portfolios must be optional for adults but compulsory for school leavers.",  # both forces: unclear
        "Providers should explain what the final assessment requires.",  # what a task needs binds nobody
        "The register should show whether or not each learner passed.",
        "The panel should decide whether a candidate is ready for the interview.",  # judging, not choosing
        "Uptake remains low among workers with only compulsory schooling.",
        "Learners should have a choice of assessment formats.",  # a choice offered, not the matter left open
        "The information required by recognition offices should be listed on every certificate.",
        "Providers should publish the documents required to apply.",  # what applying needs binds nobody
        "Market forces coming to the sector should be welcomed by providers.",  # "forces", a noun
        "Colleges should keep an eye on discretionary spending.",  # nothing is kept optional
    ],
)
def test_no_force_when_the_claim_does_not_name_one(text: str) -> None:
    assert deontic(text) is None


@pytest.mark.unit
def test_obligation_against_option_on_one_matter_is_a_stance() -> None:
    mandatory = "Keeping the certificate in an online locker should be compulsory for every funded course."
    choice = "Storing the certificate in an online locker must stay a choice for the trainee."
    free = "Trainees should be free to decide whether they store their certificate in an online locker."
    assert contradiction(mandatory, choice) == "stance"
    assert contradiction(mandatory, free) == "stance"
    assert contradiction(choice, free) is None  # two options agree
    assert position_sign(mandatory) == 1 and position_sign(choice) == position_sign(free) == -1
    # a denied obligation against a recommendation of the same thing for everyone
    assert contradiction("Online lockers should not be mandatory.", "Every certificate should go into a locker.") == (
        "stance"
    )
    # an option opposes neither a plain recommendation nor a denial it does not name
    assert contradiction(choice, "Schools should offer an online locker to every trainee.") is None
    assert contradiction(choice, "Schools should not sell trainees' data to advertisers.") is None
    # a "must" that keeps a choice open is an option, not an obligation
    assert contradiction("Registration must stay voluntary.", "Registration should be optional.") is None


@pytest.mark.unit
def test_a_force_that_describes_takes_no_side() -> None:
    # how things are somewhere is no position on how they should be
    described = "In our country, registration with the agency is voluntary."
    assert deontic(described) == OPTION and not is_normative(described)
    assert contradiction(described, "Registration with the agency should be compulsory.") is None


@pytest.mark.unit
def test_without_its_force_an_obligation_reads_like_the_option() -> None:
    assert unforced("The final assessment should be compulsory.") == "The final assessment should be ."
    assert unforced("Learners should be free to decide whether they sit it.") == "Learners should be they sit it."
    assert unforced("Publishing it is at the discretion of each school.") == "Publishing it is each school."


@pytest.mark.unit
def test_must_against_may_or_left_to_on_the_same_predicate() -> None:
    from pipeline.synthesis.modality import bare_force, opposite_forces

    must = "Providers must publish their pass rates every year."
    assert bare_force(must) == ("obligation", "publish their pass rates every year", "Providers")
    for permits in (
        "Providers may publish their pass rates.",
        "Whether providers publish their pass rates should be left to each provider.",
        "It is up to each provider whether it publishes its pass rates.",
    ):
        assert opposite_forces(must, permits), permits
    # another predicate, another subject, or one force on both sides is no opposition
    assert not opposite_forces(must, "Providers may charge a fee for the assessment.")
    assert not opposite_forces(must, "Agencies may publish their pass rates.")
    assert not opposite_forces(must, "Providers shall publish their pass rates.")
    # "may not" forbids and "may only" restricts: neither leaves the predicate to choice
    assert bare_force("Providers may not publish pass rates.") is None
    assert bare_force("Providers may only publish audited pass rates.") is None


@pytest.mark.unit
def test_up_to_an_amount_leaves_nothing_to_anyone() -> None:
    from pipeline.synthesis.modality import bare_force

    assert bare_force("Learners can claim up to 60% of the credits.") is None
    assert bare_force("It is up to each provider whether it publishes its pass rates.") == (
        "option",
        "it publishes its pass rates",
        "each provider",
    )


@pytest.mark.unit
def test_a_duty_said_of_a_whole_clause_is_an_obligation_on_that_clause() -> None:
    from pipeline.synthesis.modality import bare_force, opposite_forces

    duty = "For the candidates we sponsor it is required that the certificate is issued in electronic form."
    assert bare_force(duty) == ("obligation", "the certificate is issued in electronic form", "")
    assert opposite_forces(
        duty, "Whether a certificate is issued in electronic form or on paper should be left to each school."
    )
    # another matter left to choice is no opposition
    assert not opposite_forces(duty, "Whether a school charges a fee should be left to each school.")


@pytest.mark.unit
def test_a_matter_in_the_passive_names_no_one_the_other_subject_could_contradict() -> None:
    from pipeline.synthesis.modality import bare_force, opposite_forces

    must = "Candidates must receive every certificate in electronic form that they can forward to employers."
    # the relative clause with its own subject describes the certificate; it is not what is obliged
    assert bare_force(must) == ("obligation", "receive every certificate in electronic form", "Candidates")
    left = "Whether a certificate is issued in electronic form or on paper should be left to each school."
    assert opposite_forces(must, left)
    # a matter whose actor is named stays that actor's: agencies are not the providers who must publish
    assert not opposite_forces("Providers must publish their pass rates.", "Agencies may publish their pass rates.")
    assert not opposite_forces(must, "Whether a certificate is issued by the ministry should be left to each school.")


@pytest.mark.unit
def test_a_passive_duty_binds_no_one_whom_the_other_claim_leaves_free() -> None:
    from pipeline.synthesis.modality import opposite_forces

    # "every contract must be registered": the contract is what is acted on, no actor is bound, so employers left
    # free to decide whether it is registered contradict it
    must = "Every apprenticeship contract must be registered with the regional chamber."
    free = "Employers may decide for themselves whether a contract is registered with the regional chamber."
    assert opposite_forces(must, free)
    assert contradiction(must, free) is None  # no negation, no named force on both: only the modal reading pairs them
    # another predicate left to choice is no opposition
    assert not opposite_forces(must, "Employers may decide for themselves whether they hire an apprentice.")
    # a passive with its agent named binds that agent: another actor's freedom is another matter
    assert not opposite_forces(
        "Every apprenticeship contract must be registered by the school with the regional chamber.",
        "Employers may decide for themselves whether a contract is registered with the regional chamber.",
    )


@pytest.mark.unit
def test_a_force_named_of_the_whole_subject_leaves_that_matter_to_choice() -> None:
    from pipeline.synthesis.modality import bare_force, named_matter, opposite_forces

    optional = "A safety inspection should stay voluntary for small workshops."
    assert named_matter(optional) == ("option", "A safety inspection")
    assert bare_force("A second opinion should not be compulsory.") == ("option", "A second opinion", "")
    # a pronoun or an extraposed "it" is no matter
    assert named_matter("It should be optional.") is None
    assert named_matter("They should remain voluntary.") is None
    must = "Every workshop must pass a safety inspection before it takes its first apprentice."
    # the option names no one who acts, so the workshop bound by the duty is not someone else
    assert opposite_forces(must, optional)
    assert contradiction(must, optional) is None  # only the modal reading pairs them
    # the matter must be what the duty does, not a word of another thing
    assert not opposite_forces("Every workshop must publish its safety inspection reports.", optional)
    assert not opposite_forces("Every workshop must pass a fire drill before it opens.", optional)
    # a matter that is a clause names its actor, checked like any subject
    assert not opposite_forces(
        "Workshops must publish their accident rates.", "Whether inspectors publish accident rates should be optional."
    )


@pytest.mark.unit
def test_should_be_free_to_decide_whether_leaves_the_clause_to_choice() -> None:
    from pipeline.synthesis.modality import bare_force, opposite_forces

    free = "Workshops should be free to decide whether they publish their accident rates."
    assert bare_force(free) == ("option", "they publish their accident rates", "Workshops")
    assert opposite_forces("Workshops must publish their accident rates.", free)
    # someone else left free is another matter
    assert not opposite_forces(
        "Workshops must publish their accident rates.",
        "Inspectors should be free to decide whether they publish accident rates.",
    )
