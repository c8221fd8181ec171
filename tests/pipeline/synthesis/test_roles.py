"""Who a claim gives the role a "who" question asks about, read sentence by sentence on invented wording (first-aid
certificates, ferry licences, cookery badges): the actor as one of a few kinds, only where a claim plainly assigns
the role, and which two assignments cannot both be followed."""

from __future__ import annotations

import pytest

from pipeline.synthesis.roles import actor_phrase, asked_role, assignment, opposed


@pytest.mark.unit
@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("Who should pay for a first-aid certificate?", "pay"),
        ("Who should bear the cost of a ferry licence?", "pay"),
        ("Who ought to finance refresher courses for divers?", "pay"),
        ("Which body should award cookery badges?", "award"),
        ("Who should be allowed to issue a ferry licence?", "award"),
        ("Who should assess the practical test?", "assess"),
        ("What should a diver pay for a refresher course?", None),  # asks how much, not who
        ("Who should keep the register?", None),  # a role none of the three
        ("Should learners pay for their certificate?", None),
    ],
)
def test_a_who_question_asks_about_one_role(question: str, role: str | None) -> None:
    assert asked_role(question) == role


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "actor", "sign"),
    [
        ("The public purse should bear the whole cost of every first-aid course.", "public", 1),
        ("Each trainee ought to put in a modest sum personally.", "individual", 1),
        ("People who enrol should cover what the course costs from their own savings.", "individual", 1),
        ("No trainee should have to pay anything for the certificate.", "individual", -1),
        ("Taxpayers should not fund courses that only benefit one firm.", "public", -1),
        ("Shipping companies whose crews benefit must meet the expense themselves.", "employer", 1),
        ("Local councils, not individual firms, ought to pay the fee.", "public", 1),
        ("We propose that employers should pay the whole fee.", "employer", 1),
        ("Refresher courses for divers should be funded from public budgets.", "public", 1),
    ],
)
def test_the_payer_is_read_as_a_kind_of_actor(text: str, actor: str, sign: int) -> None:
    found = assignment(text, "pay")
    assert found is not None and (found.actor, found.sign) == (actor, sign)


@pytest.mark.unit
@pytest.mark.parametrize(
    "text",
    [
        "In our region the course fees are paid by employers.",  # how it is done today, no modal
        "Our courses are financed by a charity.",
        "Providers should bear in mind what the course costs a trainee.",  # no paying
        "Employers should meet the safety standards of the harbour.",  # "meet" without money
        "The certificate should be free of charge.",  # says nothing of who pays
        "If employers pay, the certificate should name them.",  # the payer in a condition
        "The fee should be 40 euros.",  # no actor at all
        "Divers should be entitled to paid leave to take a refresher course.",  # "paid" leave pays no one
    ],
)
def test_no_payer_is_read_where_nobody_is_given_the_role(text: str) -> None:
    assert assignment(text, "pay") is None


@pytest.mark.unit
def test_different_payers_of_the_whole_cost_are_opposed() -> None:
    public = assignment("The public purse should bear the whole cost of every first-aid course.", "pay")
    trainee = assignment("Each trainee ought to put in a modest sum personally.", "pay")
    denial = assignment("No trainee should have to pay anything for the certificate.", "pay")
    assert public and trainee and denial
    assert opposed(public, trainee) and opposed(trainee, denial)
    assert not opposed(public, denial)  # one side: public money pays, the trainee does not


@pytest.mark.unit
def test_a_share_or_two_groups_is_no_opposition() -> None:
    share = assignment("Employers should contribute part of the fee.", "pay")
    public = assignment("Public money should pay for every course.", "pay")
    assert share and public and share.partial and not opposed(share, public)
    bounded = assignment("A trainee should pay no more than 20 euros for the certificate.", "pay")
    restricted = assignment("Public money should pay only for courses in short-staffed trades.", "pay")
    assert bounded and restricted and bounded.partial and restricted.partial and not opposed(bounded, restricted)
    apprentices = assignment("Employers should pay for their apprentices' courses.", "pay")
    jobseekers = assignment("Public money should pay for jobseekers' courses.", "pay")
    assert apprentices and jobseekers and not opposed(apprentices, jobseekers)


@pytest.mark.unit
def test_a_role_given_to_one_kind_alone_opposes_a_permission_for_another() -> None:
    alone = assignment("Only colleges holding a state licence should have the right to award badges.", "award")
    kitchen = assignment("A firm that trains its own cooks ought to be able to certify what they learned.", "award")
    school = assignment("Schools may award cookery badges.", "award")
    assert alone and alone.only and alone.actor == "provider" and not alone.duty
    assert kitchen and kitchen.actor == "employer"
    assert opposed(alone, kitchen)
    assert not opposed(alone, school)  # a school is a provider too
    assert not opposed(kitchen, assignment("Colleges may award cookery badges.", "award"))  # two permissions


@pytest.mark.unit
def test_a_side_is_labelled_by_who_it_gives_the_role_to() -> None:
    assert actor_phrase("The public purse should bear the whole cost, since safety is a public good.") == (
        "the public purse should bear the whole cost"
    )
    assert actor_phrase("Only colleges that hold a state licence should have the right to award badges.") == (
        "only colleges should have the right to award badges"
    )


@pytest.mark.unit
def test_a_share_is_opposed_only_to_all_of_the_role_given_to_another() -> None:
    share = assignment("Trainees should pay part of the diving course fee themselves.", "pay")
    whole = assignment("Public money should cover the full cost of every diving course.", "pay")
    free = assignment("Courses should be free of charge for trainees and financed by the state budget.", "pay")
    some = assignment("Public money should pay for every diving course.", "pay")
    assert share and whole and free and some
    assert share.partial and whole.whole and free.whole and not some.whole
    assert opposed(share, whole) and opposed(whole, share) and opposed(share, free)
    # public money paying says nothing of who pays the rest: a share beside it can hold
    assert not opposed(share, some)
    # a share of the same actor, or a share denied, or two shares, are no opposition
    own = assignment("Trainees should pay the full cost of the diving course.", "pay")
    assert own and own.whole and not opposed(share, own)
    club = assignment("Employers should contribute part of the diving course fee.", "pay")
    assert club and club.partial and not opposed(share, club)
