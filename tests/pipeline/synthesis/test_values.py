"""Values read from answers by the kind of value a guiding question asks, and when two values differ.

Invented sentences on sailing licences, beekeeping courses and first-aid badges, none from the evaluation sets.
"""

from __future__ import annotations

import pytest

from pipeline.synthesis.values import asked_mode, differ, mode_group, read_value, value_kind

WORKLOAD = "What is the smallest workload a sailing licence course should have?"
SHARE = "What share of a beekeeping course may be taught online?"
MEDIUM = "Should first-aid badges be issued in digital form, on paper, or both?"
DELIVERY = "Should the theory part be taught online or in person?"
PAYS = "Who should pay for the first-aid course?"
YES_NO = "Should beekeeping certificates be recorded in the national register?"


@pytest.mark.unit
def test_the_kind_of_value_a_question_asks() -> None:
    assert value_kind(WORKLOAD) == "quantity"
    assert value_kind("How often should the sailing licence be renewed?") == "quantity"
    assert value_kind(PAYS) == "actor"
    assert value_kind(MEDIUM) == "mode" and mode_group(MEDIUM) == "medium"
    assert value_kind(DELIVERY) == "mode" and mode_group(DELIVERY) == "delivery"
    assert value_kind(YES_NO) == "yesno"
    # one mode named is a yes or no about it, not a choice among modes
    assert value_kind("Should first-aid badges be issued on paper?") == "yesno"
    assert value_kind("How should beekeepers learn about swarming?") is None


@pytest.mark.unit
def test_a_quantity_with_its_unit_and_its_bound() -> None:
    floor = read_value(WORKLOAD, "No sailing course shorter than 30 hours of learning should lead to a licence.")
    small = read_value(WORKLOAD, "Ten hours of learning are enough for a course on one type of dinghy.")
    same = read_value(WORKLOAD, "A course should take at least 30 hours of learning.")
    assert floor is not None and small is not None and same is not None
    assert small.key[:3] == ("hours", 10.0, 10.0) and small.label == "10 hours"
    assert differ(floor, small) and not differ(floor, same)
    # two figures in one answer: which one answers is unclear
    assert read_value(WORKLOAD, "A course needs 30 hours of learning, and the exam takes 2 hours.") is None
    # a figure of another kind than the question asks answers nothing
    assert read_value(SHARE, "The practical part takes 12 hours on the water.") is None
    assert read_value(SHARE, "At most 40% of the course may be taught online.") is not None


@pytest.mark.unit
def test_a_floor_and_a_ceiling_apart_can_both_hold() -> None:
    limits = "What workload in hours should a sailing licence course have?"
    floor = read_value(limits, "A course should take at least 20 hours of learning.")
    ceiling = read_value(limits, "A course should take at most 60 hours of learning.")
    assert floor is not None and ceiling is not None
    assert not differ(floor, ceiling)


@pytest.mark.unit
def test_modes_held_set_aside_and_held_alone() -> None:
    paper = read_value(MEDIUM, "Volunteers in the hills want a printed badge they can pin to the wall.")
    digital_only = read_value(MEDIUM, "No more paper badges: the association issues every badge as a signed file.")
    both = read_value(MEDIUM, "The badge must also exist on paper, even when a digital copy is issued.")
    digital = read_value(MEDIUM, "Each badge we issue is an Open Badge that anyone can check.")
    assert paper is not None and paper.label == "paper"
    assert digital_only is not None and digital_only.label == "digital only" and digital_only.exclusive
    assert both is not None and both.key[1] == frozenset({"digital", "paper"})
    assert digital is not None and not digital.exclusive
    assert differ(paper, digital) and differ(paper, digital_only)
    # digital alone, set against paper as well: only the side that excludes paper differs from it
    assert differ(digital_only, both) and not differ(digital, both)
    assert not differ(digital, digital_only)
    # a mode both held and set aside is not read
    assert read_value(MEDIUM, "A paper copy, not a paper-only badge, should be given.") is None
    assert read_value(MEDIUM, "The badge names the skills the holder showed.") is None


@pytest.mark.unit
def test_delivery_modes() -> None:
    online = read_value(DELIVERY, "The theory can be taught entirely online, in the evenings.")
    present = read_value(DELIVERY, "Theory lessons must be held face to face in the village hall.")
    assert online is not None and present is not None
    assert differ(online, present)


@pytest.mark.unit
def test_actors_read_and_opposed() -> None:
    public = read_value(PAYS, "Public money should pay for every first-aid course.")
    learner = read_value(PAYS, "Only the learners themselves should pay for the course.")
    assert public is not None and learner is not None
    assert public.kind == "actor" and differ(public, learner)
    assert read_value(PAYS, "The course lasts two days.") is None


@pytest.mark.unit
def test_yes_and_no_on_the_question_s_own_matter() -> None:
    yes = read_value(YES_NO, "Every beekeeping certificate must be recorded in the national register.")
    no = read_value(YES_NO, "Whether a certificate is recorded in the register should be left to each association.")
    assert yes is not None and yes.label == "yes"
    assert no is not None and no.label == "no"
    assert differ(yes, no)
    # a duty of another predicate says neither yes nor no to this question
    assert read_value(YES_NO, "Beekeepers must wear a veil at every hive inspection.") is None
    # values of different kinds are never compared
    hours = read_value(WORKLOAD, "Ten hours of learning are enough for a course on one type of dinghy.")
    assert hours is not None and not differ(yes, hours)


@pytest.mark.unit
def test_a_count_answers_only_with_what_the_question_counts() -> None:
    panel = "How many assessors should sit on a sailing examination panel?"
    three = read_value(panel, "Three assessors should sit on every panel.")
    two = read_value(panel, "At least 2 assessors must be present at each examination.")
    assert three is not None and three.label == "3 assessors"
    assert two is not None and differ(three, two)
    # credits answer no "how many courses"
    assert read_value("How many courses should add up to a licence?", "A licence should hold at most 10 ECTS.") is None


@pytest.mark.unit
def test_an_amount_answers_only_in_the_unit_its_question_asks() -> None:
    fee = "What is the highest fee a sailing school may charge for a licence?"
    assert read_value(fee, "No licence course should be smaller than 2 ECTS credits.") is None
    capped = read_value(fee, "No school should charge more than 300 euros for a licence.")
    assert capped is not None and capped.label == "maximum 300 EUR"
    share = "What share of the club's budget should go to training?"
    assert read_value(share, "A course should carry at least 3 ECTS credits.") is None
    assert read_value(share, "At least 20% of the budget should go to training.") is not None
    # a period and a span are two kinds: "every year" answers how often, not how long
    often = "How often should the licence be renewed?"
    yearly, monthly = (
        read_value(often, "Licences should be renewed every year."),
        read_value(often, "Renew it monthly."),
    )
    assert yearly is not None and yearly.label == "every year"
    assert read_value("How long should a licence stay valid?", "Licences should be renewed every year.") is None
    twelve = read_value(often, "Licences should be renewed every 12 months.")
    assert twelve is not None and yearly is not None and not differ(yearly, twelve)
    assert monthly is None or differ(yearly, monthly)


@pytest.mark.unit
def test_a_value_towards_a_whole_is_read_by_the_drafter_s_one_rule() -> None:
    towards = "How many ECTS credits from sailing courses may count towards the instructor diploma?"
    counted_for = "How many ECTS credits should count for the instructor diploma?"
    size = "A sailing course should carry no fewer than 2 ECTS credits."
    assert read_value(towards, size) is None and read_value(counted_for, size) is None
    # a counting word of the drafter's list ("combined", "exempted") answers it as the register's own words do
    combined = read_value(towards, "Courses combined should make up at most 20 ECTS credits of the diploma.")
    exempted = read_value(counted_for, "A sailor should be exempted from up to 12 ECTS credits of the diploma.")
    assert combined is not None and combined.label == "maximum 20 ECTS"
    assert exempted is not None and exempted.label == "maximum 12 ECTS"


@pytest.mark.unit
def test_a_past_event_or_a_statistic_gives_no_value() -> None:
    often = "How many hours of first aid training should volunteers complete?"
    assert read_value(often, "Last year our volunteers took one course of 6 hours.") is None
    assert read_value(often, "Every volunteer should complete 16 hours of first aid training.") is not None
    # the smallest size is not answered by a ceiling
    assert read_value(WORKLOAD, "A course should take at most 60 hours of learning.") is None


@pytest.mark.unit
def test_public_money_named_with_what_it_is_for_is_the_public_purse() -> None:
    # "the public training fund", "a state education budget": the public purse with a word for its purpose
    fund = read_value(PAYS, "The public sailing fund should cover the course fee for every volunteer.")
    budget = read_value(PAYS, "A state education budget should pay for the first-aid course.")
    firm = read_value(PAYS, "Each employer should bear the full cost of the course for its staff.")
    assert fund is not None and fund.key == ("public", 1)
    assert budget is not None and budget.key == ("public", 1)
    assert firm is not None and differ(fund, firm)
    # a fund of a club of its own is no public money
    assert read_value(PAYS, "The club's training fund should cover the fee.") is None


@pytest.mark.unit
def test_a_yes_or_no_to_one_mode_is_read_as_the_mode_held() -> None:
    digital = "Should first-aid badges be issued in digital form?"
    remote = "Should the sailing theory exam be allowed to take place remotely?"
    assert value_kind(digital) == "yesno" and value_kind(remote) == "yesno"
    badge = read_value(digital, "Every first-aid badge should be issued as an electronic certificate.")
    card = read_value(digital, "The badge should be handed over as a printed card with the club's stamp.")
    assert badge is not None and badge.label == "digital"
    assert card is not None and card.label == "paper" and differ(badge, card)
    # a subject quantified by "no" sets aside the mode of its predicate
    hall = read_value(remote, "No sailing exam should be taken at a distance: every candidate sits it in person.")
    home = read_value(remote, "Candidates should be able to sit the theory exam online.")
    assert hall is not None and hall.label == "in person only" and differ(hall, home)
    assert home is not None and home.label == "online"
    # a mode named in the question's subject is not what it asks
    assert asked_mode("Should digital badges be revoked when the club closes down?") is None
    assert asked_mode("Should online sailing exams be supervised?") is None
    assert asked_mode(digital) == "medium" and asked_mode(remote) == "delivery"
    # a sentence naming no mode is read for its yes or no as before
    assert read_value(digital, "Beekeepers must wear a veil at every hive inspection.") is None


@pytest.mark.unit
def test_a_setting_aside_that_is_denied_keeps_the_mode() -> None:
    medium = "Should first-aid badges be issued in digital form?"
    kept = read_value(medium, "An electronic badge is handy, but it can never replace the printed card.")
    gone = read_value(medium, "Electronic badges should replace the printed card.")
    assert kept is not None and kept.key == ("medium", frozenset({"digital", "paper"}))
    assert gone is not None and gone.label == "digital only"


@pytest.mark.unit
def test_a_share_of_the_cost_is_read_and_differs_only_from_all_of_it() -> None:
    question = "Who should pay for cookery badges?"
    share = read_value(question, "Learners should pay part of the badge fee themselves.")
    whole = read_value(question, "Public money should cover the whole cost of every cookery badge.")
    some = read_value(question, "Public money should pay for every cookery badge.")
    assert share and whole and some
    assert share.label == "individual (part)" and share.key == ("individual", 1)
    assert differ(share, whole) and not differ(share, some)
    # a share that is only allowed, or denied, is still no value
    assert read_value(question, "Learners may pay part of the fee themselves.") is None


@pytest.mark.unit
def test_a_mode_its_own_clause_phases_out_is_set_aside() -> None:
    medium = "Should first-aid badges be issued only in digital form?"
    gone = read_value(medium, "Once the app works, printed cards should be phased out and every badge sent as a file.")
    assert gone is not None and gone.label == "digital only" and gone.exclusive
    told = read_value(medium, "Phase out the printed cards.")
    assert told is not None and told.label == "digital only"
    # a denied phasing out keeps the mode, and a report of what happens holds no duty
    kept = read_value(medium, "Printed cards should not be phased out, even where an electronic badge exists.")
    seen = read_value(medium, "Printed cards are being phased out here, and electronic badges are issued.")
    assert kept is not None and kept.key == ("medium", frozenset({"digital", "paper"}))
    assert seen is not None and seen.key == ("medium", frozenset({"digital", "paper"}))
    # both modes phased out: nothing held, nothing read
    assert read_value(medium, "Printed and electronic cards should be phased out alike.") is None
