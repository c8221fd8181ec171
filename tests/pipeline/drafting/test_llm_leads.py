"""LLM drafts on the sample corpus: each question opens with the lead built from counts, the model's own summary
and miscounts are caught, and accepted sentences keep their place on regeneration."""

from __future__ import annotations

import json
import re

import pytest
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from pipeline.drafting.drafters.llm import LLMDrafter
from pipeline.drafting.drafts import DraftStore
from pipeline.drafting.orchestration import draft_sections
from pipeline.drafting.outline import Outline, load_outline
from pipeline.drafting.support import SupportChecker, split_sentences
from pipeline.index.search import Searcher
from tests.conftest import CORPUS

pytestmark = [pytest.mark.integration, pytest.mark.scaleout]
OUTLINE = load_outline(CORPUS / "outline.yaml")


@pytest.fixture(scope="module")
def searcher(corpus_index) -> Searcher:
    return Searcher(corpus_index)


class _SummarisingFake(BaseChatModel):
    """Answers a draft prompt the way a model might that writes its own openings: per guiding question, a summary
    naming the first passage's contributor with an invented count, a sentence that miscounts the contributors,
    and one passage's first sentence cited to it; from its second call on, one more sentence after that one."""

    calls: int = 0

    @property
    def _llm_type(self) -> str:
        return "summarising-fake"

    def _generate(self, messages, stop=None, run_manager=None, **kwargs) -> ChatResult:
        self.calls += 1
        prompt = "\n".join(str(m.content) for m in messages if m.type != "system")
        questions = re.findall(r"^- (.+\?)$", prompt.split("Sentences already accepted")[0], re.MULTILINE)
        passages = re.findall(r'<passage id="(P\d+)" source="([^",]*)[^"]*">\s*(.*?)\s*</passage>', prompt, re.DOTALL)
        paragraphs = []
        for k, question in enumerate(questions):
            pid, who, text = passages[k % len(passages)]
            sentences = [
                {"text": f"Nine contributors, among them {who}, agree on this.", "citations": [pid], "kind": "summary"},
                {"text": "Seven contributors stress this point.", "citations": [pid]},
                {"text": f"{split_sentences(text)[0].rstrip('.')}.", "citations": [pid]},
            ]
            if self.calls > 1:
                sentences.append({"text": f"{question.rstrip('?')}: a further point is made.", "citations": [pid]})
            paragraphs.append({"theme": question, "sentences": sentences})
        answer = json.dumps({"paragraphs": paragraphs, "gaps": []})
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=answer))])


def test_an_llm_draft_opens_each_question_with_a_lead_built_from_counts(searcher, minilm, tmp_path):
    section = OUTLINE.section("nqf-registers")
    store = DraftStore(tmp_path / "d.sqlite")
    drafter = LLMDrafter(_SummarisingFake(), "fake:summarising")
    outcome = draft_sections(Outline(sections=(section,)), searcher, store, drafter, SupportChecker(minilm))[0]
    assert outcome.status == "drafted"
    revision = store.current(section.id)
    names = {src[f] for src in revision.sources.values() for f in ("contributor", "organisation", "country")}
    questions = [p for p in revision.paragraphs if p.theme in section.questions]
    assert questions
    assert len(questions) == len(section.questions) - sum(g.question in section.questions for g in revision.gaps)
    for paragraph in questions:
        lead, *rest = paragraph.sentences
        assert lead.kind == "summary" and all(s.kind == "evidence" for s in rest), paragraph
        assert not any(name and name in lead.text for name in names), lead.text
        assert not lead.flags and lead.checks  # checked against its passages like every sentence
        cited = {c for s in rest for c in s.citations}
        assert set(lead.citations) == cited
        voices = {revision.sources[c]["contributor"] for c in cited}
        assert lead.text.startswith(("One contributor", "Two contributors")[len(voices) - 1]), lead.text
        # the model's own summary is gone, and its count of contributors is flagged where it stays
        assert not any(s.text.startswith("Nine contributors") for s in paragraph.sentences)
        counted = next(s for s in rest if s.text == "Seven contributors stress this point.")
        assert any(f.startswith("wrong_count: says “Seven contributors”") for f in counted.flags)
    assert any("names " in n and "“Nine contributors”" in n for n in revision.notes), revision.notes


def test_regenerating_an_llm_draft_keeps_accepted_sentences_where_they_were_and_once(searcher, minilm, tmp_path):
    section = OUTLINE.section("nqf-registers")
    outline = Outline(sections=(section,))
    store = DraftStore(tmp_path / "d.sqlite")
    drafter = LLMDrafter(_SummarisingFake(), "fake:summarising")
    draft_sections(outline, searcher, store, drafter, SupportChecker(minilm))
    first = store.current(section.id)
    assert len(first.paragraphs) >= 2
    picks = [(0, 2), (1, 2)]  # each the passage's own sentence, after the lead and the miscounting sentence
    accepted = store.accept(section.id, picks, author="editor", expected=first.number)
    texts = {accepted.paragraphs[p].sentences[n].text: (accepted.paragraphs[p].theme, n) for p, n in picks}

    # the model writes them all again, and a new sentence after each: the accepted ones stay before it
    draft_sections(outline, searcher, store, drafter, SupportChecker(minilm))
    again = store.current(section.id)
    everything = [s.text for s in again.sentences()]
    for text, (theme, n) in texts.items():
        assert everything.count(text) == 1, text  # the model's repeat is left out: the accepted one stands
        paragraph = next(p for p in again.paragraphs if p.theme == theme)
        assert paragraph.sentences[n].text == text and paragraph.sentences[n].locked  # at its old place
        assert paragraph.sentences[n + 1].text.endswith("a further point is made.")
    for paragraph in again.paragraphs:
        assert [s.kind for s in paragraph.sentences].count("summary") == 1
        assert paragraph.sentences[0].kind == "summary"
    assert any("repeat an accepted sentence" in n for n in again.notes)
