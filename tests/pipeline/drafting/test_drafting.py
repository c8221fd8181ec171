"""Drafting end to end on the sample corpus: every sentence cited and resolvable, gaps, pins, accepted sentences."""

from __future__ import annotations

import json

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from pipeline.drafting.drafters.extractive import ExtractiveDrafter, looks_like_instruction
from pipeline.drafting.drafters.llm import LLMDrafter
from pipeline.drafting.drafts import DraftStore
from pipeline.drafting.evidence import gather_evidence
from pipeline.drafting.orchestration import draft_sections
from pipeline.drafting.outline import Outline, SectionSpec, load_outline
from pipeline.drafting.support import SupportChecker
from pipeline.index.search import Searcher
from tests.conftest import CORPUS

pytestmark = [pytest.mark.integration, pytest.mark.scaleout]
OUTLINE = load_outline(CORPUS / "outline.yaml")


@pytest.fixture(scope="module")
def searcher(corpus_index) -> Searcher:
    return Searcher(corpus_index)


@pytest.fixture(scope="module")
def drafted(tmp_path_factory, corpus_index, searcher, minilm):
    store = DraftStore(tmp_path_factory.mktemp("drafts") / "drafts.sqlite")
    outcomes = draft_sections(OUTLINE, searcher, store, ExtractiveDrafter(minilm), SupportChecker(minilm))
    return store, outcomes


def test_every_section_is_drafted_with_cited_resolvable_sentences(drafted, corpus_index):
    store, outcomes = drafted
    assert [o.status for o in outcomes] == ["drafted"] * len(OUTLINE.sections)
    labels = {c.chunk_id: (c.file, c.label) for c in corpus_index.manifest.all_chunks()}
    for section in OUTLINE.sections:
        revision = store.current(section.id)
        sentences = revision.sentences()
        assert len(sentences) >= 3, section.id
        for sentence in sentences:
            assert sentence.citations, sentence
            assert "uncited" not in sentence.flags and "unknown_citation" not in sentence.flags
            for cid in sentence.citations:
                source = revision.sources[cid]
                assert (source["file"], source["location"]) == labels[cid]
                assert source["contributor"] and source["text"]
        assert len({s.text for s in sentences}) == len(sentences)
        contributors = {revision.sources[c]["contributor"] for s in sentences for c in s.citations}
        assert len(contributors) >= 2, section.id
        covered = {p.theme for p in revision.paragraphs} | {g.question for g in revision.gaps}
        assert covered <= set(section.questions)


def test_reported_speech_only_where_the_quote_is_a_clause(drafted):
    """'According to X, ...' needs a clause with a finite verb; bullets and imperatives are quoted as written."""
    store, _ = drafted
    reported = [s.text for sec in OUTLINE.sections for s in store.current(sec.id).sentences()]
    paraphrased = [t.split(", ", 1)[-1] for t in reported if t.startswith("According to ")]
    assert paraphrased, "some sentences are reported speech"
    from pipeline.drafting.drafters.extractive import _FINITE

    assert all(_FINITE.search(t.split("), ", 1)[-1]) for t in reported if t.startswith("According to "))


def test_no_injected_instruction_reaches_a_draft(drafted):
    store, _ = drafted
    for section in OUTLINE.sections:
        for sentence in store.current(section.id).sentences():
            assert not looks_like_instruction(sentence.text), sentence.text
            assert "previous instructions" not in sentence.text.lower()


def test_extractive_sentences_are_well_supported(drafted):
    store, _ = drafted
    supports = [s.support for sec in OUTLINE.sections for s in store.current(sec.id).sentences()]
    assert min(supports) >= 0.6
    flagged = [s for sec in OUTLINE.sections for s in store.current(sec.id).sentences() if "weak_support" in s.flags]
    assert len(flagged) <= 2


def test_an_unaddressed_question_is_a_gap_not_a_sentence(searcher, minilm, tmp_path):
    section = SectionSpec(
        id="odd",
        title="Micro-credentials in the national qualifications framework",
        audience="system",
        purpose="Whether micro-credentials should be levelled in the NQF.",
        questions=(
            "Should micro-credentials be levelled in the NQF?",
            "Which deep-sea fishing licences should astronauts hold on the Moon?",
        ),
    )
    store = DraftStore(tmp_path / "d.sqlite")
    draft_sections(Outline(sections=(section,)), searcher, store, ExtractiveDrafter(minilm), None)
    revision = store.current("odd")
    assert [g.question for g in revision.gaps] == [section.questions[1]]
    assert "no contribution addresses" in revision.gaps[0].note
    assert [p.theme for p in revision.paragraphs] == [section.questions[0]]


def test_evidence_records_why_and_obeys_pins_and_exclusions(searcher, corpus_index):
    section = OUTLINE.section("quality-assurance")
    evidence = gather_evidence(searcher, section)
    assert evidence.evidence and all(e.reasons for e in evidence.evidence)
    assert {r.question for e in evidence.evidence for r in e.reasons} <= {section.purpose, *section.questions}
    first = evidence.evidence[0].chunk_id
    far = next(c.chunk_id for c in corpus_index.manifest.all_chunks() if c.file == "input_portugal_provider.txt")
    again = gather_evidence(searcher, section, pins=[far], exclusions=[first])
    ids = [e.chunk_id for e in again.evidence]
    assert first not in ids
    assert ids[0] == far and again.evidence[0].pinned
    assert len({e.contributor for e in evidence.evidence}) >= 4


def test_accepted_sentences_survive_regeneration_and_exclusions_apply(searcher, minilm, tmp_path):
    store = DraftStore(tmp_path / "d.sqlite")
    outline = Outline(sections=(OUTLINE.section("nqf-registers"),))
    drafter, checker = ExtractiveDrafter(minilm), SupportChecker(minilm)
    draft_sections(outline, searcher, store, drafter, checker)
    first = store.current("nqf-registers")
    kept = first.paragraphs[1].sentences[0]
    store.accept("nqf-registers", [(1, 0)], author="editor", expected=first.number)
    dropped = first.paragraphs[0].sentences[0].citations[0]
    store.exclude("nqf-registers", dropped, author="editor")
    draft_sections(outline, searcher, store, drafter, checker)
    latest = store.current("nqf-registers")
    assert latest.number == 3
    assert latest.paragraphs[1].sentences[0].text == kept.text and latest.paragraphs[1].sentences[0].locked
    assert sum(s.text == kept.text for s in latest.sentences()) == 1
    assert all(dropped not in s.citations for s in latest.sentences() if not s.locked)


def test_a_save_by_an_editor_during_drafting_is_never_overwritten(searcher, minilm, tmp_path):
    store = DraftStore(tmp_path / "d.sqlite")
    outline = Outline(sections=(OUTLINE.section("definition-scope"),))
    draft_sections(outline, searcher, store, ExtractiveDrafter(minilm), None)
    inner = ExtractiveDrafter(minilm)

    class EditorMeanwhile:
        name = "extractive"

        def draft(self, section, evidence, locked=()):
            current = store.current(section.id)
            store.edit(section.id, current.paragraphs[:1], author="editor", expected=current.number)
            return inner.draft(section, evidence, locked)

    outcome = draft_sections(outline, searcher, store, EditorMeanwhile(), None)[0]
    assert outcome.status == "conflict" and "draft the section again" in outcome.reason
    assert store.current("definition-scope").author == "editor"


def test_the_llm_drafter_through_the_same_pipeline_checks_its_citations(searcher, minilm, tmp_path):
    reply = {
        "paragraphs": [
            {
                "theme": "levels",
                "sentences": [
                    {
                        "text": "Contributors disagree on levelling micro-credentials in the NQF.",
                        "citations": ["P1", "P2"],
                    },
                    {"text": "A claim citing a passage that was never shown.", "citations": ["P999"]},
                ],
            }
        ],
        "gaps": [],
    }
    model = GenericFakeChatModel(messages=iter([AIMessage(content=json.dumps(reply))]))
    store = DraftStore(tmp_path / "d.sqlite")
    outline = Outline(sections=(OUTLINE.section("nqf-registers"),))
    outcome = draft_sections(outline, searcher, store, LLMDrafter(model, "fake:model"), SupportChecker(minilm))[0]
    assert outcome.status == "drafted"
    revision = store.current("nqf-registers")
    assert revision.backend == "llm:fake:model" and revision.raw_output
    good, bad = revision.sentences()
    assert good.citations and all(c in revision.sources for c in good.citations)
    # a citation whose passage does not say the sentence is dropped from an LLM draft, and the drop recorded
    assert len(good.citations) == 2 or (
        "citation_dropped" in good.flags and any("dropped citation" in n for n in revision.notes)
    )
    assert bad.citations == () and "uncited" in bad.flags


def test_an_llm_judge_refines_the_support_flags_and_cannot_break_a_draft(searcher, minilm, tmp_path):
    from pipeline.drafting.judge import SupportJudge

    section = OUTLINE.section("quality-assurance")
    outline = Outline(sections=(section,))
    verdicts = {
        "verdicts": [
            {"id": "C1", "verdict": "unsupported", "reason": "not in the passage"},
            {"id": "C2", "verdict": "supported", "reason": "stated"},
        ]
    }
    judge_model = GenericFakeChatModel(messages=iter([AIMessage(content="Here: " + json.dumps(verdicts))]))
    store = DraftStore(tmp_path / "d.sqlite")
    draft_sections(
        outline,
        searcher,
        store,
        ExtractiveDrafter(minilm),
        SupportChecker(minilm),
        judge=SupportJudge(judge_model, "fake:judge"),
    )
    first, second = store.current(section.id).sentences()[:2]
    assert "llm_unsupported" in first.flags and "weak_support" not in second.flags
    assert any("support judged by llm:fake:judge" in n for n in store.current(section.id).notes)

    broken = GenericFakeChatModel(messages=iter([AIMessage(content="I cannot do that.")]))
    draft_sections(
        outline,
        searcher,
        store,
        ExtractiveDrafter(minilm),
        SupportChecker(minilm),
        judge=SupportJudge(broken, "fake:judge"),
    )
    latest = store.current(section.id)
    assert latest.number == 2 and latest.sentences()
    assert not any(f.startswith("llm_") for s in latest.sentences() for f in s.flags)
    assert any("support judge skipped" in n for n in latest.notes)


def test_points_of_divergence_state_every_side_with_its_own_citations(corpus_index, searcher, minilm, tmp_path):
    from pipeline.synthesis.divergence import find_divergences

    section = OUTLINE.section("quality-assurance")
    outline = Outline(sections=(section,))
    points = find_divergences(corpus_index, outline, searcher)
    assert points
    store = DraftStore(tmp_path / "d.sqlite")
    draft_sections(
        outline, searcher, store, ExtractiveDrafter(minilm), SupportChecker(minilm), divergences={section.id: points}
    )
    revision = store.current(section.id)
    blocks = [p for p in revision.paragraphs if p.theme.startswith("Points of divergence")]
    assert len(blocks) == len([d for d in points if len(d.positions) >= 2])
    for block in blocks:
        assert len(block.sentences) >= 2 and block.sentences[1].text.startswith("By contrast")
        sides = [{revision.sources[c]["contributor"] for c in s.citations} for s in block.sentences]
        assert all(sides) and not set.intersection(*sides)  # each side cites its own contributors
        assert all("uncited" not in s.flags and "unknown_citation" not in s.flags for s in block.sentences)
