"""One use per wording across the draft, given to the question it alone answers when the holder has others."""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.extractive import ANSWERED_ELSEWHERE, quote_key
from pipeline.drafting.orchestration import _draft_without_repeats
from pipeline.drafting.outline import SectionSpec
from pipeline.model import DraftResult, Gap, Paragraph, SectionEvidence, Sentence

pytestmark = pytest.mark.unit

PANEL = "A sector panel of employers should review each micro-credential every two years."
OWN = "Providers should publish the review's findings on their website."
FEE = "Learners who fail the assessment should be offered one free retake."


class QuestionFake:
    """Answers each question in order with fixed scores: a question is answered when its best wording scores 0.3
    or more; the best is quoted if free (even below 0.5, the relaxed bar) and others only from 0.5 (the bar).
    A question whose best wording is avoided or used becomes a gap naming it, as the extractive drafter does."""

    answer_bar = 0.5

    def __init__(self, offers: dict[str, dict[str, dict[str, float]]], per_question: int = 3) -> None:
        self.offers = offers
        self.per_question = per_question
        self.calls: list[str] = []

    def draft_scored(self, section, evidence, locked=(), avoid=(), removed=(), settled=()):
        self.calls.append(section.id)
        blocked = {quote_key(a) for a in avoid} | {quote_key(s.quote or s.text) for s in locked}
        used: set[str] = set()
        paragraphs, gaps, scores = [], [], {}
        for question, offered in self.offers[section.id].items():
            ranked = sorted(offered.items(), key=lambda kv: (-kv[1], kv[0]))
            top, best = ranked[0]
            free = [(t, p) for t, p in ranked if quote_key(t) not in blocked | used]
            chosen = [(t, p) for n, (t, p) in enumerate(free) if p >= 0.5 or (n == 0 and t == top)]
            chosen = chosen[: self.per_question]
            if best < 0.3 or not chosen:
                note = f"{ANSWERED_ELSEWHERE} (X: “{top}”); no other passage answers it" if best >= 0.3 else "none"
                gaps.append(Gap(question, note))
                continue
            used.update(quote_key(t) for t, _ in chosen)
            scores.update((quote_key(t), p) for t, p in chosen)
            sentences = tuple(Sentence(f"X writes: “{t}”", ("c",), quote=t) for t, _ in chosen)
            paragraphs.append(Paragraph(sentences, question))
        return DraftResult(tuple(paragraphs), tuple(gaps)), scores


def _prepared(offers: dict[str, dict[str, dict[str, float]]], locked: dict[str, list] | None = None) -> list:
    return [
        (
            SectionSpec(id=i, title=i, audience="system", purpose="p", questions=tuple(offers[i])),
            SectionEvidence(i, ()),
            None,
            (locked or {}).get(i, []),
        )
        for i in offers
    ]


def _quotes(draft: DraftResult) -> dict[str, list[str]]:
    return {p.theme: [s.quote for s in p.sentences] for p in draft.paragraphs}


def _run(offers, avoid=None, pinned=None, locked=None, per_question=3):
    fake = QuestionFake(offers, per_question)
    none = {sid: set() for sid in offers}
    return _draft_without_repeats(fake, _prepared(offers, locked), avoid or none, pinned or none), fake


def test_a_wording_goes_to_the_question_it_alone_answers_when_the_holder_has_another_answer():
    offers = {
        "review": {"Who reviews micro-credentials?": {PANEL: 0.7}},
        "quality": {"How is quality kept up?": {PANEL: 0.9, OWN: 0.6}},
    }
    out, _ = _run(offers)
    assert _quotes(out["review"]) == {"Who reviews micro-credentials?": [PANEL]}
    assert _quotes(out["quality"]) == {"How is quality kept up?": [OWN]}
    assert not out["review"].gaps and not out["quality"].gaps


def test_the_holder_keeps_a_wording_that_is_its_only_answer():
    offers = {
        "review": {"Who reviews micro-credentials?": {PANEL: 0.7}},
        "quality": {"How is quality kept up?": {PANEL: 0.9}},
    }
    out, _ = _run(offers)
    assert _quotes(out["quality"]) == {"How is quality kept up?": [PANEL]}
    assert [g.question for g in out["review"].gaps] == ["Who reviews micro-credentials?"]


def test_a_wording_below_the_answer_bar_for_the_gap_question_does_not_move():
    # 0.4 answers only through the relaxed bar of a question's best sentence: not enough to take it away
    offers = {
        "review": {"Who reviews micro-credentials?": {PANEL: 0.4}},
        "quality": {"How is quality kept up?": {PANEL: 0.9, OWN: 0.6}},
    }
    out, _ = _run(offers)
    assert _quotes(out["quality"]) == {"How is quality kept up?": [PANEL, OWN]}
    assert out["review"].gaps and not out["review"].paragraphs


def test_a_regenerated_section_does_not_take_a_wording_an_accepted_sentence_elsewhere_holds():
    offers = {
        "review": {"Who reviews micro-credentials?": {PANEL: 0.7}},
        "quality": {"How is quality kept up?": {PANEL: 0.9, OWN: 0.6}},
    }
    accepted = Sentence(f"X writes: “{PANEL}”", ("c",), quote=PANEL, locked=True)
    locked = {"quality": [(0, 0, accepted, "How is quality kept up?")]}
    avoid = {"review": {quote_key(PANEL)}, "quality": set()}  # as draft_sections builds it from accepted sentences
    out, _ = _run(offers, avoid=avoid, locked=locked)
    assert [g.question for g in out["review"].gaps] == ["Who reviews micro-credentials?"]
    assert not out["review"].paragraphs
    assert _quotes(out["quality"]) == {"How is quality kept up?": [OWN]}  # the accepted sentence is put back later


def test_a_pinned_wording_stays_where_an_editor_pinned_it():
    offers = {
        "review": {"Who reviews micro-credentials?": {PANEL: 0.7}},
        "quality": {"How is quality kept up?": {PANEL: 0.9, OWN: 0.6}},
    }
    pinned = {"review": set(), "quality": {quote_key(PANEL)}}
    out, _ = _run(offers, pinned=pinned)
    assert PANEL in _quotes(out["quality"])["How is quality kept up?"]


def test_no_move_that_leaves_another_question_of_the_holder_a_gap_or_a_wording_twice():
    # without the panel sentence the holder's question has only a substitute below the bar: it would become a gap
    offers = {
        "review": {"Who reviews micro-credentials?": {PANEL: 0.7}},
        "quality": {"How is quality kept up?": {PANEL: 0.9, OWN: 0.45}, "Who publishes findings?": {OWN: 0.8}},
    }
    out, _ = _run(offers)
    assert _quotes(out["quality"]) == {"How is quality kept up?": [PANEL], "Who publishes findings?": [OWN]}
    assert [g.question for g in out["review"].gaps] == ["Who reviews micro-credentials?"]
    quoted = [q for d in out.values() for qs in _quotes(d).values() for q in qs]
    assert len(quoted) == len(set(quoted))


def test_drafting_twice_gives_the_same_draft():
    offers = {
        "a": {"Who reviews micro-credentials?": {PANEL: 0.7}},
        "b": {"How is quality kept up?": {PANEL: 0.9, OWN: 0.6}},
        "c": {"What happens after a failed assessment?": {FEE: 0.8}},
    }
    first, _ = _run(offers)
    second, _ = _run(offers)
    assert {k: _quotes(v) for k, v in first.items()} == {k: _quotes(v) for k, v in second.items()}
    assert _quotes(first["c"]) == {"What happens after a failed assessment?": [FEE]}


def test_the_holder_gives_up_in_turn_a_replacement_another_section_answers_better():
    code = "Every certificate should carry a code that an employer can check online."
    offers = {
        "review": {"Who reviews micro-credentials?": {PANEL: 0.7}},
        "quality": {"How is quality kept up?": {PANEL: 0.9, code: 0.8, OWN: 0.6}},
        "digital": {"How can a certificate be verified?": {code: 0.95}},
    }
    out, _ = _run(offers, per_question=1)
    assert _quotes(out["review"]) == {"Who reviews micro-credentials?": [PANEL]}
    assert _quotes(out["quality"]) == {"How is quality kept up?": [OWN]}
    assert _quotes(out["digital"]) == {"How can a certificate be verified?": [code]}
