"""The answer/abstain decision: a question's subject words, and whether its pool answers it at all."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from pipeline.drafting.drafters.answering import (
    FEATURES,
    QUESTION_FEATURES,
    RIVAL_CLIP,
    WEIGHTS,
    AnswerModel,
    features,
    fit,
    key_terms,
    load_model,
)
from pipeline.drafting.drafters.candidates import Candidate
from pipeline.index.lexical import tokenize


def _pool(texts: list[str]) -> list[Candidate]:
    # features() reads only a candidate's text and words; the passage behind it does not matter here
    return [Candidate(text=t, evidence=None, words=frozenset(tokenize(t))) for t in texts]  # type: ignore[arg-type]


def _rows(question: str, texts: list[str], minilm) -> np.ndarray:
    vectors = minilm.embed(texts)
    qv, tv = minilm.embed([question, f"Recognition and digital credentials. {question}"])
    return features(question, qv, tv, _pool(texts), vectors)


@pytest.mark.unit
def test_the_words_of_a_questions_form_are_not_its_subject():
    assert "long" not in key_terms("How long do credits remain valid?")
    assert "step" not in key_terms("What are the steps from design to approval?")
    assert "made" not in key_terms("How is quality information made public?")
    assert {"credit", "valid"} <= set(key_terms("How long do credits remain valid?"))


@pytest.mark.unit
def test_a_key_term_meets_its_word_family_in_the_pool():
    question = "How should employers be involved in design?"
    texts = ["Employer involvement in design starts on the first day.", "The register lists every award."]
    vectors = np.eye(2)
    rows = features(question, np.array([1.0, 0.0]), np.array([1.0, 0.0]), _pool(texts), vectors)
    unseen, covered = FEATURES.index("unseen"), FEATURES.index("key_terms")
    assert rows[0, unseen] == 0.0  # "involved" is not unseen: the pool says "involvement"
    assert rows[0, covered] == 1.0 and rows[1, covered] == 0.0  # every key term in the first, none in the second


@pytest.mark.unit
def test_an_inflection_is_the_same_word_a_derivation_is_another():
    from pipeline.drafting.drafters.answering import _same_family

    assert _same_family("credit", "credits") and _same_family("issu", "issue")
    assert _same_family("involv", "involvement")
    assert not _same_family("personal", "person")  # "personal data" is not met by "the person"
    assert not _same_family("nationality", "national")


@pytest.mark.unit
def test_the_stored_model_has_a_question_level_decision_calibrated_held_out():
    model = load_model()
    assert model.question is not None and 0.0 < model.question.threshold < 1.0
    stored = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    held_out = stored["calibration"]["question_level"]
    assert stored["question"]["features"] == list(QUESTION_FEATURES)
    # on held-out folds: most unanswerable questions are gaps, and at most the share of answerable ones the gap
    # threshold was chosen for (eval/calibrate_answers.py's MAX_WRONG_GAPS, 0.15)
    assert held_out["gap_recall"] >= 0.85 and held_out["answerable_made_gaps"] <= 0.15
    # the model the drafter uses with the offline embedder reads the learned closeness; any other embedder gets
    # the same fit without it
    from pipeline.index.embeddings import MiniLMEmbedder

    assert load_model(embedding=MiniLMEmbedder.identity).closeness is not None
    assert model.closeness is None and stored["without_closeness"]["question"]["threshold"] == model.question.threshold
    # the reworded copies of every question (eval/paraphrases.yaml) are scored and reported beside them
    per_set = stored["calibration"]["per_set"]
    for name in ("sample", "heldout"):
        assert per_set[f"{name} paraphrased"]["questions"] == 2 * per_set[name]["questions"]


@pytest.mark.unit
def test_without_a_question_model_a_question_is_answered_when_one_sentence_reaches_the_threshold():
    n = len(FEATURES)
    model = AnswerModel((0.0,), (1.0,), (1.0,), 0.0, 0.6)
    rows = np.zeros((2, n))
    assert model.answered(rows, np.array([0.2, 0.7]))
    assert not model.answered(rows, np.array([0.2, 0.5]))
    assert not model.answered(np.zeros((0, n)), np.zeros(0))


@pytest.mark.unit
def test_a_question_model_decides_from_the_whole_pool():
    # a question-level model that learnt "the more of the question the pool leaves unsaid, the less it answers"
    n, unseen_at = len(FEATURES), QUESTION_FEATURES.index("unseen")
    x = np.full((4, len(QUESTION_FEATURES)), 0.5)
    x[:, unseen_at] = [0.0, 0.7, 0.1, 0.6]
    question = replace(fit(x, np.array([1.0, 0.0, 1.0, 0.0])), threshold=0.5)
    model = AnswerModel((0.0,) * n, (1.0,) * n, (0.0,) * n, 0.0, 0.5, question=question)
    said = np.zeros((3, n))
    unsaid = np.zeros((3, n))
    unsaid[:, FEATURES.index("unseen")] = 0.7  # the share of the question no passage of the pool mentions
    probs = np.array([0.6, 0.5, 0.4])
    assert model.answered(said, probs)
    assert not model.answered(unsaid, probs)


@pytest.mark.unit
def test_a_word_only_the_passages_use_is_mentioned_and_the_focus_is_the_word_fewest_passages_use():
    question = "Which consent do learners give before a platform keeps their credential?"
    texts = ["Learners keep their credential in a wallet.", "Learners choose a platform for their records."]
    passages = [*texts, "Learners give their consent in writing.", "A platform is chosen by learners each year."]
    pool = _pool(texts)
    at = FEATURES.index
    alone = features(question, np.array([1.0, 0.0]), np.array([1.0, 0.0]), pool, np.eye(2))
    with_passages = features(question, np.array([1.0, 0.0]), np.array([1.0, 0.0]), pool, np.eye(2), passages)
    # no candidate sentence says "consent", but a passage of the pool does: less of the question is unseen
    assert alone[0, at("unseen")] > with_passages[0, at("unseen")]
    # "credential" is in fewer passages than "learner" or "platform": only the sentence with it has the focus
    assert with_passages[0, at("focus")] == 1.0 and with_passages[1, at("focus")] == 0.0


@pytest.mark.unit
def test_a_sentence_closer_to_another_question_of_the_section_has_a_rival():
    question = "How long do credits remain valid?"
    pool = _pool(["Credits stay valid for seven years.", "Any provider may issue credits after a review."])
    vectors = np.array([[1.0, 0.0], [0.0, 1.0]])
    rivals = np.array([[0.0, 1.0]])  # "Who may issue credits?" is the other question of the section
    rows = features(question, np.array([1.0, 0.0]), np.array([1.0, 0.0]), pool, vectors, (), rivals)
    rival = FEATURES.index("rival")
    assert rows[0, rival] > 0.0 > rows[1, rival]
    alone = features(question, np.array([1.0, 0.0]), np.array([1.0, 0.0]), pool, vectors)
    assert (alone[:, rival] == RIVAL_CLIP).all()  # a section with one question: every sentence fits it best


@pytest.mark.integration
def test_a_pool_that_only_shares_the_topic_leaves_the_question_a_gap(minilm):
    """Sentences about wallets do not say which accessibility standards wallets must meet for blind learners."""
    model = load_model()
    question = "Which accessibility standards should digital credential wallets meet for blind learners?"
    texts = [
        "Learners need help the first time they open a wallet.",
        "Only a third of our learners had stored their credential in a wallet by the end of the year.",
        "Digital wallets should not become a condition for recognition in the near future.",
    ]
    rows = _rows(question, texts, minilm)
    assert not model.answered(rows, model.probability(rows))


@pytest.mark.integration
def test_a_pool_with_a_direct_answer_answers_the_question(minilm):
    model = load_model()
    question = "How long should issuers keep a service for verifying their credentials available?"
    texts = [
        "We ask the guidelines to recommend that issuers keep a verification service available for at least ten years.",
        "Learners need help the first time they open a wallet.",
        "A sealed digital credential can be verified automatically.",
    ]
    rows = _rows(question, texts, minilm)
    probs = model.probability(rows)
    assert model.answered(rows, probs)
    assert int(np.argmax(probs)) == 0  # and the sentence that answers is the best one


@pytest.mark.unit
def test_an_outline_scoring_below_the_calibration_outlines_is_lifted_and_never_lowered():
    from dataclasses import replace

    n, q = len(FEATURES), len(QUESTION_FEATURES)
    question = AnswerModel((0.0,) * q, (1.0,) * q, (1.0,) + (0.0,) * (q - 1), -0.5, 0.5, center=0.4)
    model = AnswerModel((0.0,) * n, (1.0,) * n, (0.0,) * n, 0.0, 0.5, question=question)
    # an outline worded unlike the contributions: its median question scores 1.0 below the reference
    assert model.outline_lift([-0.6] * 10) == pytest.approx(1.0)
    # an outline of mostly answerable questions scores higher: left as it is
    assert model.outline_lift([2.0] * 10) == 0.0
    # too few questions for a median to say how the outline is worded
    assert model.outline_lift([-0.6] * 3) == 0.0
    # the lift moves a question over the threshold, as the drafter applies it
    rows, probs = np.zeros((1, n)), np.array([0.2])
    assert not model.answered(rows, probs) and model.answered(rows, probs, lift=1.0)
    assert replace(model, question=replace(question, center=None)).outline_lift([-5.0] * 10) == 0.0


@pytest.mark.unit
@pytest.mark.parametrize(
    ("question", "asks_a_time"),
    [
        ("When should a provider's courses be reviewed again?", True),
        ("When and how should these guidelines be revised?", True),
        ("How and when should learners be told of a change?", True),
        # a "when" clause sets the scene; the question asks who, not when
        ("Who from the world of work should be involved when practical skills are assessed?", False),
        ("What happens to learners' credentials when their provider closes?", False),
    ],
)
def test_only_a_question_asking_when_is_met_by_a_figure(question, asks_a_time):
    texts = ["A master craftsperson should sit on every panel.", "Reviews take place every 5 years, within 30 days."]
    rows = features(question, np.array([1.0, 0.0]), np.array([1.0, 0.0]), _pool(texts), np.eye(2))
    at = FEATURES.index("amount")
    assert rows[0, at] == 0.0
    assert rows[1, at] == (1.0 if asks_a_time else 0.0)
