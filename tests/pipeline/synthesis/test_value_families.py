"""Families of wording the value readers know: a form asked without naming a mode, a level of the framework as a
place in it, a list of modes denied, and the cost carried or absorbed by a payer.

Invented sentences on sailing licences, beekeeping badges and diving courses, none from the evaluation sets.
"""

from __future__ import annotations

import pytest

from pipeline.synthesis.value_families import form_group, level_answer
from pipeline.synthesis.values import differ, mode_group, read_value, value_kind

FORM = "In what form should beekeeping badges be issued?"
PLACE = "Should sailing licences have their place in the national qualifications framework?"
PAYS = "Who should pay for diving courses?"


@pytest.mark.unit
@pytest.mark.parametrize(
    ("question", "group"),
    [
        (FORM, "medium"),
        ("In which format should the sailing certificates be awarded?", "medium"),
        ("In what form should micro-credentials be issued to learners?", "medium"),
        # a mode named already: which digital format, no choice between media
        ("In which format should digital badges be issued?", None),
        # how a course or an assessment is done is another matter than how a document is issued
        ("In what form should the diving course be taught?", None),
        ("In what form should the final assessment be held?", None),
        ("Who should assess divers, and in what form?", None),
        ("How should beekeeping badges be issued?", None),
    ],
)
def test_a_form_asked_of_issuing_a_document_is_a_choice_of_media(question: str, group: str | None) -> None:
    assert mode_group(question) == group
    if group:
        assert value_kind(question) == "mode"


@pytest.mark.unit
def test_form_group_leaves_a_question_naming_a_mode() -> None:
    assert form_group(FORM, names_mode=False) == "medium"
    assert form_group(FORM, names_mode=True) is None


@pytest.mark.unit
def test_a_form_question_is_answered_by_the_modes_named() -> None:
    digital_only = read_value(FORM, "Every badge is issued only as a sealed digital file.")
    both = read_value(FORM, "A printed badge with the club's stamp must stay valid beside any digital copy.")
    paper = read_value(FORM, "Beekeepers should get their badge on paper, signed by the trainer.")
    assert digital_only is not None and digital_only.label == "digital only"
    assert both is not None and both.label == "digital and paper"
    assert paper is not None and paper.label == "paper"
    assert differ(digital_only, both) and differ(digital_only, paper)


@pytest.mark.unit
def test_a_denial_over_a_list_of_modes_sets_each_aside() -> None:
    text = "Badges are issued as signed digital files; we do not produce PDF or paper badges any more."
    value = read_value(FORM, text)
    assert value is not None and value.label == "digital only"
    # a mode beside the list, not in it, is still held
    kept = read_value(FORM, "We do not issue plastic cards but paper badges with a stamp.")
    assert kept is not None and kept.label == "paper"


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Every sailing licence should be assigned a level of the Maltese Qualifications Framework.", 1),
        ("A licence ought to carry a level in the national qualifications framework.", 1),
        ("Sailing licences must have their own level in the framework.", 1),
        ("Short licences should be levelled in the national framework like any diploma.", 1),
        ("Sailing licences should not be given a level of the qualifications framework.", -1),
        ("Licences should never receive a level in the framework.", -1),
        # a level of something else, or no level at all
        ("Licences should have a high level of quality within the framework.", None),
        ("Every skipper should have a level of English of at least B1.", None),
        ("Licences are assigned a level of the framework in some countries.", None),
    ],
)
def test_a_level_of_the_framework_answers_whether_it_has_a_place_there(text: str, said: int | None) -> None:
    assert level_answer(text, PLACE) == said


@pytest.mark.unit
def test_a_level_is_read_only_under_a_question_about_a_place_in_a_framework() -> None:
    text = "Every sailing licence should be assigned a level of the national qualifications framework."
    assert level_answer(text, "Should sailing licences be renewed every five years?") is None
    value = read_value(PLACE, text)
    assert value is not None and value.label == "yes"
    refusal = read_value(PLACE, "Sailing licences should not be given a level of the national framework.")
    assert refusal is not None and refusal.label == "no" and differ(value, refusal)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Trainees should carry the cost of their own diving courses.", "individual"),
        ("Employers who need divers should carry the cost of the training.", "employer"),
        ("The state should absorb the fees of unemployed divers.", "public"),
    ],
)
def test_the_cost_carried_or_absorbed_names_the_payer(text: str, actor: str) -> None:
    value = read_value(PAYS, text)
    assert value is not None and value.kind == "actor" and value.label == actor


@pytest.mark.unit
@pytest.mark.parametrize(
    "text",
    [
        "Employers should carry out the safety checks before each dive.",
        "Credits should carry over to the next diving level.",
        "Employers should carry the equipment to the dive site.",
        "Providers should absorb the lessons of each season.",
    ],
)
def test_carrying_without_a_cost_pays_nothing(text: str) -> None:
    assert read_value(PAYS, text) is None


ASSESSES = "Who should assess the divers?"


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The instructor who ran the course should sign off the final assessment.", "trainer"),
        ("Teachers should assess their own learners.", "trainer"),
        ("Assessment must be carried out by someone who did not deliver the training.", "outside"),
        ("An examiner from outside the club should assess each diver.", "outside"),
        ("The final check dive should be run by an instructor from another dive centre.", "outside"),
        ("Independent assessors should assess each diver at the end of the course.", "outside"),
        # a supervisor at work acts for the employer; the practical part of a course is no share of assessing
        ("Its shift supervisor should assess the practical part on the boat.", "employer"),
    ],
)
def test_who_assesses_is_read_of_trainers_outsiders_and_supervisors(text: str, actor: str) -> None:
    value = read_value(ASSESSES, text)
    assert value is not None and value.label == actor


@pytest.mark.unit
def test_a_trainer_is_opposed_to_an_outsider_not_to_the_provider() -> None:
    trainer = read_value(ASSESSES, "Teachers should assess their own learners.")
    outsider = read_value(ASSESSES, "An examiner from outside the club should assess each diver.")
    provider = read_value(ASSESSES, "The college should assess its own divers.")
    public = read_value(ASSESSES, "The state agency should assess every diver.")
    assert trainer and outsider and provider and public
    assert differ(trainer, outsider) and differ(provider, outsider)
    assert not differ(trainer, provider)  # the trainer acts for the provider
    assert not differ(outsider, public)  # a public body is itself from outside


@pytest.mark.unit
@pytest.mark.parametrize(
    "text",
    [
        "Instructors should carry out the safety briefing before each dive.",
        # an assessment run by someone, said of no assessment
        "The boat should be run by an instructor from another dive centre.",
        "Instructors assessed every diver last year.",
    ],
)
def test_running_something_else_assesses_nothing(text: str) -> None:
    assert read_value(ASSESSES, text) is None


@pytest.mark.unit
def test_a_place_where_one_sits_an_assessment_is_in_person() -> None:
    question = "Is remote proctoring acceptable for the diving theory test, or must divers sit it in an exam hall?"
    assert mode_group(question) == "delivery"
    remote = read_value(question, "Remote proctoring by webcam is acceptable for the theory test.")
    hall = read_value(question, "The theory test has to be taken at a testing centre under supervision.")
    assert remote is not None and remote.label == "online"
    assert hall is not None and hall.label == "in person" and differ(remote, hall)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The framework should stay for whole qualifications.", -1),
        ("The national framework should remain the home of full qualifications only; licences sit outside it.", -1),
        ("We must keep the national qualifications framework for full degrees.", -1),
        # no duty, or the framework kept for something else
        ("The framework stays for whole qualifications in most countries.", None),
        ("The framework should remain stable for ten years.", None),
        ("Full qualifications should stay in the framework.", None),
    ],
)
def test_the_framework_kept_for_whole_qualifications_says_no(text: str, said: int | None) -> None:
    assert level_answer(text, PLACE) == said


@pytest.mark.unit
def test_a_fronted_group_is_no_payer_and_no_contribution_is_no_share() -> None:
    # the fronted "For ...," names whom it is paid for, never the payer; "no contribution" is no share
    text = "2. For unemployed trainees, the state should pay the entire course fee, with no contribution from them."
    value = read_value(PAYS, text)
    assert value is not None and value.label == "public"
    assert value.assigned is not None and value.assigned.whole and not value.assigned.partial
    share = read_value(PAYS, "Divers' employers should pay part of the fee.")
    assert share is not None and differ(value, share)
    # a fund the lexicon does not know as public is no payer of any kind (it was read as the trainees); the
    # unemployment fund is public money (session 22), never the trainees it pays for
    assert read_value(PAYS, "For unemployed trainees, the sector's own fund should pay the whole fee.") is None
    fund = read_value(PAYS, "For unemployed trainees, the unemployment fund should pay the whole fee.")
    assert fund is not None and fund.label == "public"


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Short sailing courses do not belong in the national qualifications framework.", -1),
        ("Licences should belong to the qualifications framework like any diploma.", 1),
        ("Licences belong in a separate catalogue.", None),
        ("Licences belonged in the old framework.", None),
        ("Licences do not belong in the framework of safety rules.", None),
    ],
)
def test_belonging_in_the_framework_answers_whether_it_has_a_place_there(text: str, said: int | None) -> None:
    assert level_answer(text, PLACE) == said
