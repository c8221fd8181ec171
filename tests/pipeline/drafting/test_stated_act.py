"""A yes/no or "how should" question is answered by the pool's best sentence when it takes a position on the very
act the question asks about (pipeline/drafting/drafters/stated_act.py), with sentences of our own."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.drafting.drafters.answering import FEATURES, QUESTION_FEATURES, AnswerModel
from pipeline.drafting.drafters.candidates import candidates
from pipeline.drafting.drafters.extractive import ExtractiveDrafter
from pipeline.drafting.drafters.stated_act import asked_acts, states_asked_act
from pipeline.drafting.outline import SectionSpec
from pipeline.model import Evidence, SectionEvidence
from tests.pipeline.drafting.angled import AngledEmbedder

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("Should badges count towards a diploma?", "Welding badges should count towards the journeyman exam."),
        ("Can several badges be merged into one award?", "Our badges can be merged and carried into a degree."),
        ("Should a badge from one port be honoured by the other ports?", "A port badge must be honoured everywhere."),
        ("How should colleges assess practical tasks?", "Manual tasks should be assessed on a real lathe."),
        ("May providers publish the marks?", "Providers may not publish the marks of their learners."),
    ],
)
def test_a_sentence_that_takes_a_position_on_the_asked_act_answers(question, sentence):
    assert states_asked_act(question, sentence)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # "be open" states a quality, not an act
        ("Should evening courses be open to pupils under 16?", "Evening courses should be open to retired people."),
        # the question's noun ("the learner's mark") is no act a sentence can take a position on
        ("Should a badge show the learner's mark?", "Tutors should mark every task within a week."),
        # an act under no modal is a report, not a position
        ("Should badges count towards a diploma?", "Last year most badges counted towards a diploma."),
        # another act of the same sentence's subject
        ("Should badges count towards a diploma?", "Badges should be issued within a month."),
        # questions asking for a value, a person or a thing are left to the other rules
        ("How long should badges stay valid?", "Badges should stay valid for five years."),
        ("Who should assess the tasks?", "Tasks should be assessed by two tutors."),
        ("What should a badge contain?", "A badge should contain the hours of learning."),
    ],
)
def test_other_sentences_and_questions_are_left_to_the_model(question, sentence):
    assert not states_asked_act(question, sentence)


@pytest.mark.parametrize(
    ("question", "sentence", "states"),
    [
        # a verb of the same act (the groups of acts.py): contributing is paying, verifying is checking
        (
            "Should employers contribute to the cost of the courses?",
            "Hospitals should pay the fees of their nurses.",
            True,
        ),
        ("How can a reader verify that a badge is real?", "Anyone should be able to check a badge online.", True),
        ("Should prior learning be recognised?", "Skills learnt at work should be validated by the college.", True),
        # a noun or a gerund of the question has no kin: "training providers" asks about providers, not teaching
        ("Should training providers publish their prices?", "Colleges should teach welding at night.", False),
        ("Should learners get an assessment report?", "Tutors should examine every task twice.", False),
        # "be free" states a quality, not paying; a verb no group knows is met by its own family only
        ("Should employers contribute to the cost of the courses?", "Evening courses should be free.", False),
        ("Should the size of a badge be capped?", "A badge should not exceed 120 hours.", False),
    ],
)
def test_a_verb_of_the_asked_act_s_kind_also_takes_a_position(question, sentence, states):
    assert states_asked_act(question, sentence) is states


def test_a_word_after_a_preposition_is_a_noun_unless_a_gerund():
    # "on offer" asks about what is offered, not about offering something to learners
    question = "How should learners find out which badges are on offer?"
    assert not states_asked_act(question, "Older learners should be offered a guidance interview.")
    question = "Should employers be involved in designing badges?"
    assert states_asked_act(question, "Employers should design every badge with the college.")


def test_the_acts_of_a_question_leave_out_light_verbs_and_nouns_after_an_article():
    acts = asked_acts("Should the agency make the register public and keep its records?")
    assert "make" not in acts and "register" not in acts and "records" not in acts
    assert "keep" not in acts  # a light verb: keeping is too general to carry an answer


QUESTION = "Should badges count towards a diploma?"
ANSWER = "Welding badges should count towards the journeyman exam."
OTHER = "Badges are printed on thick paper by the college."
SECTION = SectionSpec(id="badges", title="Badges", audience="system", purpose="Badges.", questions=(QUESTION,))


def _Embedder(cosines: dict[str, float]) -> AngledEmbedder:  # noqa: N802 - reads as the class it stands for
    return AngledEmbedder(QUESTION, cosines)


def _doubting_model() -> AnswerModel:
    # sentences rise with closeness; the question-level model judges no pool answered
    n, q = len(FEATURES), len(QUESTION_FEATURES)
    weights = tuple(10.0 if f == "cos_question" else 0.0 for f in FEATURES)
    question = AnswerModel((0.0,) * q, (1.0,) * q, (0.0,) * q, -5.0, 0.5)
    return AnswerModel((0.0,) * n, (1.0,) * n, weights, -5.0, 0.5, question=question)


def _evidence(*texts: str) -> SectionEvidence:
    people = ("Milan Petrovic", "Ana Ferreira")
    return SectionEvidence(
        "badges",
        tuple(
            Evidence(f"c{k}", f"c{k}.md", "Input", people[k], "", "Serbia", "partner", "input", "", "page 1", t)
            for k, t in enumerate(texts)
        ),
    )


def test_a_yes_no_question_whose_best_sentence_takes_a_position_on_its_act_is_answered():
    drafter = ExtractiveDrafter(_Embedder({ANSWER: 0.45, OTHER: 0.3}), model=_doubting_model())
    draft = drafter.draft(SECTION, _evidence(ANSWER, OTHER))
    assert not draft.gaps
    assert [s.quote for p in draft.paragraphs for s in p.sentences] == [ANSWER]


def test_when_the_best_sentence_states_another_act_the_question_stays_a_gap():
    drafter = ExtractiveDrafter(_Embedder({ANSWER: 0.3, OTHER: 0.45}), model=_doubting_model())
    draft = drafter.draft(SECTION, _evidence(ANSWER, OTHER))
    assert [g.question for g in draft.gaps] == [QUESTION]
    assert not draft.paragraphs


def test_a_closer_sentence_about_the_same_act_keeps_the_best_one_answering():
    # the model ranks one sentence first, another is closer in meaning: both say where badges count
    closer = "Short badges should count towards the diploma as well."
    pool = candidates(_evidence(ANSWER, closer).evidence)
    rows = np.zeros((2, len(FEATURES)))
    rows[:, FEATURES.index("cos_question")] = [0.3, 0.5]
    assert ExtractiveDrafter._states_act(QUESTION, rows, np.array([0.4, 0.2]), pool)
    # the closer sentence takes a position on another act: the model alone does not answer
    elsewhere = "Short badges should be printed on thick paper."
    pool = candidates(_evidence(ANSWER, elsewhere).evidence)
    assert not ExtractiveDrafter._states_act(QUESTION, rows, np.array([0.4, 0.2]), pool)


def test_a_closer_sentence_on_something_else_leaves_the_question_to_the_model():
    cands = _evidence(ANSWER, OTHER)
    pool = candidates(cands.evidence)
    rows = np.zeros((2, len(FEATURES)))
    rows[:, FEATURES.index("cos_question")] = [0.3, 0.5]  # OTHER is closer in meaning
    assert not ExtractiveDrafter._states_act(QUESTION, rows, np.array([0.4, 0.2]), pool)
    rows[:, FEATURES.index("cos_question")] = [0.5, 0.3]
    assert ExtractiveDrafter._states_act(QUESTION, rows, np.array([0.4, 0.2]), pool)
