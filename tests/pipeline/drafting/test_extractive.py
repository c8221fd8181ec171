"""The extractive drafter's per-question choice: a question keeps only sentences judged to answer it."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.drafting.drafters.answering import FEATURES, QUESTION_FEATURES, AnswerModel
from pipeline.drafting.drafters.extractive import ANSWERED_ELSEWHERE, ExtractiveDrafter
from pipeline.drafting.outline import SectionSpec
from pipeline.model import Evidence, SectionEvidence
from tests.pipeline.drafting.angled import AngledEmbedder

QUESTION = "How long do credits remain valid?"
ANSWER = "Credits stay valid for seven years in the national register."
TOPIC = "Credits are recorded by the national agency and kept in its register for five years after the assessment."
# close in meaning, but no duration: it cannot answer "how long"
UNTIMED = "Credits are recorded by the national agency every month."
SECTION = SectionSpec(id="credits", title="Credits", audience="system", purpose="Credits.", questions=(QUESTION,))


def _Embedder(cosines: dict[str, float]) -> AngledEmbedder:  # noqa: N802 - reads as the class it stands for
    return AngledEmbedder(QUESTION, cosines)


def _model() -> AnswerModel:
    # a sentence's odds rise with its closeness to the question (cos 0.9 -> 0.98, 0.45 -> 0.38, 0.3 -> 0.12);
    # the question-level model judges every pool answered, so what is kept rests on the sentence rule alone
    n = len(FEATURES)
    weights = tuple(10.0 if f == "cos_question" else 0.0 for f in FEATURES)
    q = len(QUESTION_FEATURES)
    question = AnswerModel((0.0,) * q, (1.0,) * q, (0.0,) * q, 5.0, 0.5)
    return AnswerModel((0.0,) * n, (1.0,) * n, weights, -5.0, 0.5, question=question)


def _evidence() -> SectionEvidence:
    def passage(cid: str, who: str, text: str) -> Evidence:
        return Evidence(cid, f"{cid}.md", "Input", who, "", "Serbia", "partner", "input", "", "page 1", text)

    return SectionEvidence(
        "credits",
        (
            passage("a", "Milan Petrovic", ANSWER),
            passage("b", "Ana Ferreira", TOPIC),
            passage("c", "Jonas Berg", UNTIMED),
        ),
    )


def _draft(cosines: dict[str, float], avoid=()):
    drafter = ExtractiveDrafter(_Embedder(cosines), model=_model())
    return drafter.draft(SECTION, _evidence(), avoid=avoid)


@pytest.mark.unit
def test_a_question_keeps_its_answer_and_not_a_sentence_that_only_shares_its_topic():
    draft = _draft({ANSWER: 0.9, TOPIC: 0.3})
    assert [[s.quote for s in p.sentences] for p in draft.paragraphs] == [[ANSWER]]
    assert draft.gaps == ()


@pytest.mark.unit
def test_the_best_sentence_of_an_answered_question_is_kept_even_below_even_odds():
    draft = _draft({ANSWER: 0.45, TOPIC: 0.3})
    assert [[s.quote for s in p.sentences] for p in draft.paragraphs] == [[ANSWER]]


@pytest.mark.unit
def test_a_sentence_drafted_elsewhere_is_not_drafted_again():
    draft = _draft({ANSWER: 0.9, TOPIC: 0.3}, avoid=[ANSWER])
    assert ANSWER not in [s.quote for p in draft.paragraphs for s in p.sentences]


@pytest.mark.unit
def test_when_the_best_answer_is_quoted_elsewhere_a_weak_substitute_is_not_taken_and_the_gap_says_where():
    draft = _draft({ANSWER: 0.9, TOPIC: 0.45}, avoid=[ANSWER])
    assert draft.paragraphs == ()  # the topic sentence (below even odds) does not stand in for the answer
    (gap,) = draft.gaps
    assert gap.note.startswith(ANSWERED_ELSEWHERE) and "Milan Petrovic" in gap.note and ANSWER in gap.note


@pytest.mark.unit
def test_a_substitute_that_answers_on_its_own_is_still_taken():
    draft = _draft({ANSWER: 0.95, TOPIC: 0.9}, avoid=[ANSWER])
    assert [[s.quote for s in p.sentences] for p in draft.paragraphs] == [[TOPIC]]


@pytest.mark.unit
def test_wording_an_editor_removed_is_no_answer_held_elsewhere():
    drafter = ExtractiveDrafter(_Embedder({ANSWER: 0.9, TOPIC: 0.45}), model=_model())
    draft, _ = drafter.draft_scored(SECTION, _evidence(), avoid=[ANSWER], removed=[ANSWER])
    # the removed wording is not drafted, and the best free sentence is the question's best: kept as before
    assert [[s.quote for s in p.sentences] for p in draft.paragraphs] == [[TOPIC]]


@pytest.mark.unit
def test_a_question_a_point_of_divergence_answers_keeps_only_sentences_that_answer_on_their_own():
    drafter = ExtractiveDrafter(_Embedder({ANSWER: 0.45, TOPIC: 0.3}), model=_model())
    free, _ = drafter.draft_scored(SECTION, _evidence())
    assert [[s.quote for s in p.sentences] for p in free.paragraphs] == [[ANSWER]]  # best of the pool, kept
    settled, _ = drafter.draft_scored(SECTION, _evidence(), settled=[QUESTION])
    assert settled.paragraphs == ()  # below even odds: the point of divergence holds the answers
    (gap,) = settled.gaps
    assert gap.note.startswith(ANSWERED_ELSEWHERE) and "point of divergence" in gap.note


@pytest.mark.unit
def test_a_how_long_question_is_not_answered_by_a_sentence_that_states_no_amount():
    amountless = "Credits are recorded by the national agency in its learner register."
    evidence = SectionEvidence(
        "credits",
        (
            Evidence("a", "a.md", "Input", "Milan Petrovic", "", "Serbia", "partner", "input", "", "page 1", ANSWER),
            Evidence("b", "b.md", "Input", "Ana Ferreira", "", "Portugal", "EU", "input", "", "page 1", amountless),
        ),
    )
    drafter = ExtractiveDrafter(_Embedder({ANSWER: 0.9, amountless: 0.95}), model=_model())
    draft, _ = drafter.draft_scored(SECTION, evidence)
    assert [[s.quote for s in p.sentences] for p in draft.paragraphs] == [[ANSWER]]  # "seven years": an amount
    weak = ExtractiveDrafter(_Embedder({ANSWER: 0.3, amountless: 0.95}), model=_model())
    draft, _ = weak.draft_scored(SECTION, evidence)
    assert draft.paragraphs == () and len(draft.gaps) == 1  # the close sentence says no duration: no answer


@pytest.mark.unit
def test_a_how_long_question_is_not_answered_by_a_sentence_without_a_duration():
    # the closest sentence in meaning gives a frequency, not a duration: it is left out, and with no other
    # answer the question is a gap
    draft = _draft({ANSWER: 0.2, TOPIC: 0.2, UNTIMED: 0.97}, avoid=[ANSWER, TOPIC])
    assert draft.paragraphs == ()
    assert [g.question for g in draft.gaps] == [QUESTION]


class _Fixed:
    """An embedder with a fixed unit vector per text (others on an axis of their own)."""

    def __init__(self, vectors: dict[str, list[float]]) -> None:
        self.vectors = vectors
        self.dimension = 4

    def embed(self, texts):
        rows = [self.vectors.get(t, [0.0, 0.0, 0.0, 1.0]) for t in texts]
        return np.asarray([np.asarray(r) / np.linalg.norm(r) for r in rows], dtype=np.float32)


@pytest.mark.unit
def test_a_question_whose_best_sentence_answers_another_question_of_the_outline_is_a_gap():
    fees = "How much does a re-sit cost a learner?"
    other = SectionSpec(id="fees", title="Fees", audience="system", purpose="Fees.", questions=(fees,))
    # the register sentence is close to the credits question (cos 0.6) but far closer to the fees question (0.8)
    vectors = {
        QUESTION: [1.0, 0.0, 0.0, 0.0],
        f"{SECTION.title}. {QUESTION}": [1.0, 0.0, 0.0, 0.0],
        fees: [0.0, 1.0, 0.0, 0.0],
        ANSWER: [0.6, 0.8, 0.0, 0.0],
    }
    drafter = ExtractiveDrafter(_Fixed(vectors), model=_model())
    evidence = _evidence()
    assert [p.theme for p in drafter.draft(SECTION, evidence).paragraphs] == [QUESTION]  # alone: answered
    drafter.read_outline([(SECTION, evidence), (other, SectionEvidence("fees", ()))])
    draft = drafter.draft(SECTION, evidence)
    assert draft.paragraphs == ()
    (gap,) = draft.gaps
    assert "answers another question of the outline" in gap.note and fees in gap.note


@pytest.mark.unit
def test_an_item_of_a_list_of_demands_is_quoted_under_its_verb_and_credited_to_its_author():
    item = "credits to stay valid for seven years in every national register"
    text = f"Our federation speaks for 40 providers. We call for:\n\n{item};\n\nshorter reviews for providers."
    evidence = SectionEvidence(
        "credits",
        (Evidence("d", "d.pdf", "Paper", "Ewa Nowak", "PFNTP", "Poland", "EU", "input", "", "page 2", text),),
    )
    drafter = ExtractiveDrafter(_Embedder({item: 0.9}), model=_model())
    result = drafter.draft(SECTION, evidence)
    sentences = [s for p in result.paragraphs for s in p.sentences]
    assert [s.text for s in sentences] == [f"Ewa Nowak (PFNTP, Poland) calls for: “{item}”."]
    assert sentences[0].quote == item and sentences[0].citations == ("d",)


@pytest.mark.unit
def test_an_item_under_the_guidelines_should_is_quoted_under_who_should_act():
    item = "require every register to keep credits valid for seven years"
    text = f"In our view the guidelines should:\n\n- {item};\n- set a minimum workload of 25 hours.\n\nThank you."
    evidence = SectionEvidence(
        "outcomes",
        (Evidence("g", "g.md", "Paper", "Ewa Nowak", "PFNTP", "Poland", "EU", "input", "", "section 2", text),),
    )
    drafter = ExtractiveDrafter(_Embedder({item: 0.9}), model=_model())
    sentences = [s for p in drafter.draft(SECTION, evidence).paragraphs for s in p.sentences]
    assert [s.text for s in sentences] == [f"Ewa Nowak (PFNTP, Poland) writes that the guidelines should: “{item}”."]
    assert sentences[0].quote == item


@pytest.mark.unit
def test_a_sentence_goes_to_the_question_of_its_section_it_answers_best():
    register = "Should micro-credentials be listed in the national register?"
    framework = "Should micro-credentials be placed in the qualifications framework?"
    section = SectionSpec(
        id="place", title="Place", audience="system", purpose="Place.", questions=(register, framework)
    )
    both = "Micro-credentials should be included in the national qualifications framework."
    listed = "Each micro-credential should be entered in the national register."
    # the framework sentence is the register question's closest (cos 0.6 against 0.55), but answers the framework
    # question far better (0.8); the register question has an answer of its own
    vectors = {
        register: [1.0, 0.0, 0.0, 0.0],
        framework: [0.0, 1.0, 0.0, 0.0],
        both: [0.6, 0.8, 0.0, 0.0],
        listed: [0.55, 0.0, 0.835, 0.0],
    }
    evidence = SectionEvidence(
        "place",
        (
            Evidence("a", "a.md", "Input", "Milan Petrovic", "", "Serbia", "partner", "input", "", "page 1", both),
            Evidence("b", "b.md", "Input", "Ana Ferreira", "", "Portugal", "EU", "input", "", "page 1", listed),
        ),
    )
    draft = ExtractiveDrafter(_Fixed(vectors), model=_model()).draft(section, evidence)
    quoted = {p.theme: [s.quote for s in p.sentences] for p in draft.paragraphs}
    assert quoted == {register: [listed], framework: [both]}  # each used once, where it answers best
    assert draft.gaps == ()
    # without an answer of its own, the register question gives the sentence up all the same and says where it is
    alone = SectionEvidence("place", evidence.evidence[:1])
    draft = ExtractiveDrafter(_Fixed(vectors), model=_model()).draft(section, alone)
    assert {p.theme: [s.quote for s in p.sentences] for p in draft.paragraphs} == {framework: [both]}
    (gap,) = draft.gaps
    assert gap.question == register and gap.note.startswith(ANSWERED_ELSEWHERE) and both in gap.note


def test_a_joint_inputs_authors_are_named_together_with_a_plural_verb():
    from pipeline.drafting.drafters.candidates import Candidate

    joint = Evidence(
        "mt", "joint.md", "Input", "A. Smith and B. Jones", "", "Malta", "EU", "expert_input", "", "paragraph 1", ""
    )

    def drafted(text, same_point=False, lead=""):
        candidate = Candidate(text, joint, frozenset(), lead)
        return ExtractiveDrafter._sentence(candidate, {"A. Smith and B. Jones"}, set(), same_point).text

    assert drafted("We publish every workload in hours.") == (
        "A. Smith and B. Jones (Malta) write: “We publish every workload in hours.”"
    )
    assert drafted("Workloads are published in hours.", same_point=True).startswith(
        "A. Smith and B. Jones (Malta) make the same point:"
    )
    assert drafted("publish workloads in hours;", lead="writes that the guidelines should").startswith(
        "A. Smith and B. Jones (Malta) write that the guidelines should:"
    )
    one = Evidence("ie", "ie.md", "Input", "Siobhan Kelly", "", "Ireland", "EU", "expert_input", "", "page 1", "")
    single = Candidate("We publish hours.", one, frozenset())
    single = ExtractiveDrafter._sentence(single, {"Siobhan Kelly"}, set(), True)
    assert single.text.startswith("Siobhan Kelly (Ireland) makes the same point:")
