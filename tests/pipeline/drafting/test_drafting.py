"""Drafting end to end on the sample corpus: every sentence cited and resolvable, gaps, pins, accepted sentences."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from pipeline.drafting.drafters.extractive import ExtractiveDrafter, looks_like_instruction, quote_key
from pipeline.drafting.drafters.llm import LLMDrafter
from pipeline.drafting.drafts import DraftStore
from pipeline.drafting.evidence import gather_evidence
from pipeline.drafting.orchestration import draft_sections
from pipeline.drafting.outline import Outline, SectionSpec, load_outline
from pipeline.drafting.support import SupportChecker
from pipeline.index.search import Searcher
from pipeline.model import DraftResult, Paragraph, Sentence
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
    drafted_sections = 0
    single_voice = []
    for section in OUTLINE.sections:
        revision = store.current(section.id)
        sentences = revision.sentences()
        if len(revision.paragraphs) < 2:  # most of its questions are gaps: the draft abstains
            assert len(revision.gaps) >= len(section.questions) - 1, section.id
            continue
        drafted_sections += 1
        for sentence in sentences:
            assert sentence.citations, sentence
            assert "uncited" not in sentence.flags and "unknown_citation" not in sentence.flags
            for cid in sentence.citations:
                source = revision.sources[cid]
                assert (source["file"], source["location"]) == labels[cid]
                assert source["contributor"] and source["text"]
        evidence = [s for s in sentences if s.kind == "evidence"]
        assert len({s.text for s in evidence}) == len(evidence)
        contributors = {revision.sources[c]["contributor"] for s in sentences for c in s.citations}
        if len(contributors) < 2:
            single_voice.append(section.id)
        covered = {p.theme for p in revision.paragraphs} | {g.question for g in revision.gaps}
        assert covered <= set(section.questions)
    assert drafted_sections >= len(OUTLINE.sections) - 2
    # the draft gathers several voices: a section may rest on one contributor when only they answer its questions
    # (the sample's stackability questions are mostly answered from one slide deck), never most sections
    assert len(single_voice) <= drafted_sections // 4, single_voice


def test_reported_speech_only_where_the_quote_is_a_clause(drafted):
    """'According to X, ...' needs a clause with a finite verb; bullets and imperatives are quoted as written."""
    store, _ = drafted
    reported = [s.text for sec in OUTLINE.sections for s in store.current(sec.id).sentences()]
    paraphrased = [t.split(", ", 1)[-1] for t in reported if t.startswith("According to ")]
    assert paraphrased, "some sentences are reported speech"
    from pipeline.drafting.drafters.extractive import FINITE

    assert all(FINITE.search(t.split("), ", 1)[-1]) for t in reported if t.startswith("According to "))


def test_no_injected_instruction_reaches_a_draft(drafted):
    store, _ = drafted
    for section in OUTLINE.sections:
        for sentence in store.current(section.id).sentences():
            assert not looks_like_instruction(sentence.text), sentence.text
            assert "previous instructions" not in sentence.text.lower()


def test_extractive_sentences_are_well_supported(drafted):
    store, _ = drafted
    # lead sentences (kind "summary") are counts, not claims from a passage: the verification check owns them
    quoted = [s for sec in OUTLINE.sections for s in store.current(sec.id).sentences() if s.kind == "evidence"]
    assert min(s.support for s in quoted) >= 0.6
    assert len([s for s in quoted if "weak_support" in s.flags]) <= 2


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
    # too far from every passage, or left to the answer model, which finds no answer
    assert revision.gaps[0].note.startswith(("no contribution addresses", "no contribution answers"))
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
    # a paragraph of three sentences or more (how many a question gets is the answer model's call), and another
    at = next(i for i, p in enumerate(first.paragraphs) if len(p.sentences) >= 3)
    other = next(i for i, p in enumerate(first.paragraphs) if i != at and len(p.sentences) >= 2)
    where = len(first.paragraphs[at].sentences) - 1  # the last sentence: it must not move to the start
    kept = first.paragraphs[at].sentences[where]
    store.accept("nqf-registers", [(at, where)], author="editor", expected=first.number)
    dropped = first.paragraphs[other].sentences[1].citations[0]
    store.exclude("nqf-registers", dropped, author="editor")
    draft_sections(outline, searcher, store, drafter, checker)
    latest = store.current("nqf-registers")
    assert latest.number == 3
    paragraph = next(p for p in latest.paragraphs if p.theme == first.paragraphs[at].theme)
    assert paragraph.sentences[where].text == kept.text and paragraph.sentences[where].locked
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
    good, bad = [s for s in revision.sentences() if s.kind == "evidence"]
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
        assert len(block.sentences) >= 2 and any(s.text.startswith("By contrast") for s in block.sentences[1:])
        for sentence in block.sentences:  # each contributor cites their own passage and is quoted from it
            [cited] = sentence.citations
            source = revision.sources[cited]
            assert sentence.text.startswith(("By contrast, " + source["contributor"], source["contributor"]))
            assert sentence.quote in " ".join(source["text"].split())
        assert all("uncited" not in s.flags and "unknown_citation" not in s.flags for s in block.sentences)


def test_a_point_found_from_two_sections_is_stated_once(corpus_index, searcher, minilm, tmp_path):
    """The register may raise one disagreement from two sections' questions: the draft quotes it once, in the
    first of them in outline order, never the same words twice."""
    from pipeline.synthesis.divergence import find_divergences

    first, second = OUTLINE.section("quality-assurance"), OUTLINE.sections[0]
    assert first.id != second.id
    outline = Outline(sections=(first, second))
    points = find_divergences(corpus_index, Outline(sections=(first,)), searcher)
    assert points
    store = DraftStore(tmp_path / "d.sqlite")
    draft_sections(
        outline,
        searcher,
        store,
        ExtractiveDrafter(minilm),
        SupportChecker(minilm),
        divergences={first.id: points, second.id: points},
    )
    quoted = {
        sid: [s.quote for p in store.current(sid).paragraphs if p.theme.startswith("Points of divergence")
              for s in p.sentences]
        for sid in (first.id, second.id)
    }  # fmt: skip
    assert quoted[first.id] and not quoted[second.id]


def _sentences(store, outline=OUTLINE):
    return [(sec.id, s) for sec in outline.sections for s in store.current(sec.id).sentences()]


def test_each_sentence_credits_only_the_author_of_the_words_it_quotes(drafted):
    """A named contributor is the author of the one passage the sentence cites, and quotes are word for word."""
    store, _ = drafted
    people = {src["contributor"] for sec in OUTLINE.sections for src in store.current(sec.id).sources.values()}
    checked = 0
    for sid, sentence in _sentences(store):
        revision = store.current(sid)
        if sentence.kind != "evidence" or revision.paragraphs and sentence in _divergence_sentences(revision):
            continue
        assert len(sentence.citations) == 1, sentence.text
        source = revision.sources[sentence.citations[0]]
        named = {p for p in people if p in sentence.text}
        assert named == {source["contributor"]}, sentence.text
        assert " ".join(sentence.quote.split()) in " ".join(source["text"].split())
        for quoted in re.findall(r"“([^”]+)”", sentence.text):
            assert " ".join(quoted.split()) in " ".join(source["text"].split()), quoted
        checked += 1
    assert checked >= 20


def _divergence_sentences(revision):
    return [s for p in revision.paragraphs if p.theme.startswith("Points of divergence") for s in p.sentences]


def test_a_wording_is_used_once_across_the_whole_draft(drafted):
    store, _ = drafted
    wordings = [quote_key(s.quote) for _, s in _sentences(store) if s.kind == "evidence" and s.quote]
    assert len(wordings) == len(set(wordings)) and len(wordings) >= 20


def test_each_question_opens_with_a_lead_built_from_counts(drafted):
    store, _ = drafted
    people = {src["contributor"] for sec in OUTLINE.sections for src in store.current(sec.id).sources.values()}
    countries = {src["country"] for sec in OUTLINE.sections for src in store.current(sec.id).sources.values()}
    leads = 0
    for section in OUTLINE.sections:
        revision = store.current(section.id)
        for paragraph in revision.paragraphs:
            if paragraph.theme not in section.questions:
                continue
            lead, *rest = paragraph.sentences
            assert lead.kind == "summary" and all(s.kind == "evidence" for s in rest)
            assert not any(name in lead.text for name in people | countries), lead.text
            cited = {c for s in rest for c in s.citations}
            assert set(lead.citations) == cited
            voices = {revision.sources[c]["contributor"] for c in cited}
            words = ["no", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"]
            assert lead.text.split()[0] == words[len(voices)], lead.text
            leads += 1
    assert leads >= 15


def test_questions_on_other_matters_are_gaps_however_close_they_look(searcher, minilm, tmp_path):
    """Off-domain questions are gaps: the far ones by closeness alone, the nearer ones (a passage at 0.2-0.3) by the
    answer model, which the closeness floor leaves them to since a reworded outline question scores as low."""
    questions = (
        "What is the best recipe for apple pie?",
        "Which football team won the 2010 world cup?",
        "How should hospitals reduce waiting times for surgery?",
        "Which vaccines should children receive before school?",
        "Which programming language is fastest?",
        "What speed limit should apply on motorways?",
    )
    section = SectionSpec(
        id="other", title="Other matters", audience="system", purpose="Matters of other policies.", questions=questions
    )
    store = DraftStore(tmp_path / "d.sqlite")
    draft_sections(Outline(sections=(section,)), searcher, store, ExtractiveDrafter(minilm), None)
    revision = store.current("other")
    assert revision.paragraphs == ()
    assert sorted(g.question for g in revision.gaps) == sorted(questions)
    notes = [g.note for g in revision.gaps]
    assert any("no contribution addresses" in n for n in notes)
    assert any("share its topic without answering" in n for n in notes)


@pytest.mark.xfail(
    strict=True,
    reason="session 15's answer model (learned closeness, 15% gap rule) answers this two-question outline's "
    "disability question with an assessment sentence (question score 0.77, best sentence 0.47); over twenty "
    "labelled sets and two fresh held-out sets it answers fewer unanswerable questions than the model before it, "
    "but not this one",
)
def test_a_question_that_only_shares_the_topic_is_a_gap(searcher, minilm, tmp_path):
    """Passages about assessment do not answer how to adapt it for learners with disabilities."""
    section = SectionSpec(
        id="assess",
        title="Learning outcomes, workload and assessment",
        audience="provider",
        purpose="Practical requirements for assessment.",
        questions=(
            "How should workload be expressed (ECTS, notional hours)?",
            "How should assessment be adapted for learners with disabilities?",
        ),
    )
    store = DraftStore(tmp_path / "d.sqlite")
    draft_sections(Outline(sections=(section,)), searcher, store, ExtractiveDrafter(minilm), None)
    revision = store.current("assess")
    assert [g.question for g in revision.gaps] == [section.questions[1]]
    assert [p.theme for p in revision.paragraphs] == [section.questions[0]]


def test_wording_an_editor_removed_never_comes_back(searcher, minilm, tmp_path):
    store = DraftStore(tmp_path / "d.sqlite")
    outline = Outline(sections=(OUTLINE.section("quality-assurance"),))
    drafter = ExtractiveDrafter(minilm)
    draft_sections(outline, searcher, store, drafter, None)
    first = store.current("quality-assurance")
    removed = first.paragraphs[0].sentences[1]
    replaced = first.paragraphs[1].sentences[1]
    paragraphs = list(first.paragraphs)
    paragraphs[0] = replace(paragraphs[0], sentences=tuple(s for s in paragraphs[0].sentences if s != removed))
    rewritten = replace(replaced, text="External review is a matter for the national agency.", quote=None)
    paragraphs[1] = replace(
        paragraphs[1], sentences=tuple(rewritten if s == replaced else s for s in paragraphs[1].sentences)
    )
    store.edit("quality-assurance", paragraphs, author="editor", expected=first.number)
    draft_sections(outline, searcher, store, drafter, None)
    latest = store.current("quality-assurance")
    assert latest.number == 3
    texts = [s.quote or s.text for s in latest.sentences()]
    assert removed.quote not in texts and replaced.quote not in texts


class _RepeatingDrafter:
    """An LLM-like drafter that writes the same two sentences every time, whatever an editor did."""

    name = "llm:fake:repeating"

    def draft(self, section, evidence, locked=()):
        first, second = evidence.evidence[0], evidence.evidence[1]
        sentences = (
            Sentence(text=f"{first.text.split('.')[0]}.", citations=(first.chunk_id,)),
            Sentence(text=f"{second.text.split('.')[0]}.", citations=(second.chunk_id,)),
        )
        return DraftResult((Paragraph(sentences, theme=section.questions[0]),), backend=self.name)


def test_wording_an_editor_removed_never_comes_back_from_an_llm_or_a_point_of_divergence(
    corpus_index, searcher, minilm, tmp_path
):
    from pipeline.synthesis.divergence import find_divergences

    section = OUTLINE.section("quality-assurance")
    outline = Outline(sections=(section,))
    store = DraftStore(tmp_path / "d.sqlite")
    drafter = _RepeatingDrafter()
    points = find_divergences(corpus_index, outline, searcher)
    draft_sections(outline, searcher, store, drafter, None, divergences={section.id: points})
    first = store.current(section.id)
    removed_llm = next(s for s in first.paragraphs[0].sentences if s.kind == "evidence")  # after the lead
    blocks = [p for p in first.paragraphs if p.theme.startswith("Points of divergence")]
    assert blocks, "the sample raises a point of divergence on quality assurance"
    removed_point = blocks[0].sentences[0]
    paragraphs = [
        replace(p, sentences=tuple(s for s in p.sentences if s not in (removed_llm, removed_point)))
        for p in first.paragraphs
    ]
    store.edit(section.id, [p for p in paragraphs if p.sentences], author="editor", expected=first.number)

    draft_sections(outline, searcher, store, drafter, None, divergences={section.id: points})
    again = store.current(section.id)
    texts = [s.text for s in again.sentences()]
    assert removed_llm.text not in texts and removed_point.text not in texts
    assert any("an editor had removed" in n for n in again.notes)
