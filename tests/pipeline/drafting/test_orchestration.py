"""Drafting a whole outline: one wording once, in the section where it answers best, unless pinned."""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.extractive import quote_key
from pipeline.drafting.orchestration import _draft_without_repeats
from pipeline.drafting.outline import SectionSpec
from pipeline.model import DraftResult, Paragraph, SectionEvidence, Sentence

pytestmark = pytest.mark.unit

SHARED = "Employers should take part in the design of every micro-credential."


class ScoredFake:
    """Proposes fixed wordings per section with fixed scores, leaving out what it is asked to avoid."""

    def __init__(self, offers: dict[str, dict[str, float]]) -> None:
        self.offers = offers
        self.calls: list[str] = []

    def draft_scored(self, section, evidence, locked=(), avoid=(), removed=(), settled=()):
        self.calls.append(section.id)
        keys = {quote_key(a) for a in avoid}
        offered = {t: p for t, p in self.offers[section.id].items() if quote_key(t) not in keys}
        sentences = tuple(Sentence(text=f"X writes: “{t}”", citations=("c",), quote=t) for t in offered)
        draft = DraftResult((Paragraph(sentences, "Q"),) if sentences else ())
        return draft, {quote_key(t): p for t, p in offered.items()}


def _prepared(*ids: str) -> list:
    return [
        (SectionSpec(id=i, title=i, audience="system", purpose="p", questions=("Q",)), SectionEvidence(i, ()), None, [])
        for i in ids
    ]


def _quotes(draft: DraftResult) -> list[str]:
    return [s.quote for p in draft.paragraphs for s in p.sentences]


def test_a_wording_stays_only_where_it_answers_best():
    fake = ScoredFake({"a": {SHARED: 0.5, "Only in a, a sentence.": 0.6}, "b": {SHARED: 0.9}})
    out = _draft_without_repeats(fake, _prepared("a", "b"), {"a": set(), "b": set()}, {"a": set(), "b": set()})
    assert _quotes(out["b"]) == [SHARED]
    assert _quotes(out["a"]) == ["Only in a, a sentence."]
    assert fake.calls == ["a", "b", "a"]  # a is drafted again without the wording b keeps


def test_a_pinned_wording_stays_where_it_is_pinned():
    fake = ScoredFake({"a": {SHARED: 0.5}, "b": {SHARED: 0.9}})
    pinned = {"a": {quote_key(SHARED)}, "b": set()}
    out = _draft_without_repeats(fake, _prepared("a", "b"), {"a": set(), "b": set()}, pinned)
    assert _quotes(out["a"]) == [SHARED] and _quotes(out["b"]) == [SHARED]


def test_a_question_with_an_accepted_sentence_is_no_longer_a_gap():
    from pipeline.drafting.orchestration import finish_draft
    from pipeline.model import Evidence, Gap

    passage = Evidence("c", "f.md", "t", "Ana", "org", "Portugal", "EU", "expert_input", "", "section 1", SHARED)
    evidence = SectionEvidence("s", (passage,))
    draft = DraftResult((), gaps=(Gap("Q0", "no contribution answers this question"), Gap("Q1", "none")))
    accepted = Sentence(f"Ana writes: “{SHARED}”", ("c",), quote=SHARED, locked=True)
    final, sources = finish_draft(draft, evidence, None, [(0, 0, accepted, "Q0")], None)
    assert [p.theme for p in final.paragraphs] == ["Q0"] and final.paragraphs[0].sentences[0].locked
    assert [g.question for g in final.gaps] == ["Q1"] and set(sources) == {"c"}


def test_an_llm_sentence_saying_removed_wording_again_is_left_out_even_lightly_reworded():
    from pipeline.drafting.orchestration import _without_removed

    removed = {quote_key("Keeping micro-credentials outside the NQF does not mean ignoring them.")}
    sentences = (
        Sentence("Keeping micro-credentials outside of the NQF does not mean ignoring them."),  # lightly reworded
        Sentence("Georgia adds: keeping micro-credentials outside the NQF does not mean ignoring them."),  # holds it
        Sentence("Registers should list micro-credentials that pass quality assurance."),  # a different point
        Sentence("Outside the NQF."),  # short: a coincidence, not the sentence
    )
    draft = DraftResult((Paragraph(sentences, "q"),), backend="llm:fake")
    kept = _without_removed(draft, removed)
    assert [s.text for s in kept.paragraphs[0].sentences] == [sentences[2].text, sentences[3].text]
    assert kept.notes == ("left out 2 sentence(s) whose wording an editor had removed from this section",)


def test_a_question_whose_answers_a_point_of_divergence_quotes_opens_with_a_lead_pointing_to_it():
    from types import SimpleNamespace

    from pipeline.drafting.drafters.extractive import ANSWERED_ELSEWHERE
    from pipeline.drafting.orchestration import _answered_in_divergence
    from pipeline.model import Gap

    questions = ("How much may be credited?", "How are credits recorded?", "Who keeps the register?")
    section = SectionSpec(id="s", title="s", audience="system", purpose="p", questions=questions)
    recorded = Paragraph((Sentence("Credits are recorded nationally.", ("r",)),), questions[1])
    point = Paragraph(
        (Sentence("Becker holds: “At most one third”", ("b",)), Sentence("Petrovic holds: “Up to 60%”", ("p",))),
        "Points of divergence: How much may be credited: maximum 33.3% / maximum 60%",
    )
    gaps = (
        Gap(questions[0], f"{ANSWERED_ELSEWHERE} (Thomas Becker: “At most one third”); no other passage answers it"),
        Gap(questions[2], "no contribution answers this question"),
    )
    draft = DraftResult((recorded, point), gaps)
    registered = [SimpleNamespace(topic="How much may be credited: maximum 33.3% / maximum 60%", question=questions[0])]
    sources = {
        "b": {"contributor": "Thomas Becker", "region": "EU"},
        "p": {"contributor": "Milan Petrovic", "region": "partner"},
        "r": {"contributor": "Milan Petrovic", "region": "partner"},
    }
    sides = [[{"Thomas Becker"}, {"Milan Petrovic"}]]
    out = _answered_in_divergence(draft, [point], section, sources, sides, registered)
    assert [p.theme for p in out.paragraphs] == [questions[0], questions[1], point.theme]  # in question order
    (lead,) = out.paragraphs[0].sentences
    assert lead.kind == "summary" and lead.citations == ("b", "p")
    assert "different positions" in lead.text and "Becker" not in lead.text
    assert [g.question for g in out.gaps] == [questions[2]]  # a real gap stays a gap

    # a question whose best answer is quoted under another question (no point of divergence on it) stays a gap
    assert _answered_in_divergence(draft, [point], section, sources, sides, []).gaps == gaps
