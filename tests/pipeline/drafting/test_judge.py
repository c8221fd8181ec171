"""The LLM judge adds or confirms flags; it never removes what the offline check proved."""

from __future__ import annotations

import json

import pytest
from langchain_core.language_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from pipeline.drafting.judge import SupportJudge
from pipeline.model import DraftResult, Paragraph, Sentence

pytestmark = pytest.mark.unit

PASSAGES = {"a": "Registers list micro-credentials apart from qualifications."}


def test_a_supported_verdict_lifts_weak_support_but_never_a_proven_misreport():
    sentences = (
        Sentence("Registers list micro-credentials apart.", ("a",), 0.5, ("weak_support",)),
        Sentence("According to X, registers list them.", ("a",), 0.2, ("weak_support", "misattributed: X")),
        Sentence("X writes: “registers list nothing”.", ("a",), 0.2, ("false_quote",)),
        Sentence("Registers do not list micro-credentials.", ("a",), 0.2, ("contradicted", "citation_unsupported")),
    )
    verdicts = {"verdicts": [{"id": f"C{n}", "verdict": "supported"} for n in range(1, 5)]}
    model = GenericFakeChatModel(messages=iter([AIMessage(content=json.dumps(verdicts))]))
    judged = SupportJudge(model, "fake:judge").refine(DraftResult((Paragraph(sentences),)), PASSAGES)
    flags = [s.flags for s in judged.paragraphs[0].sentences]
    assert flags == [(), ("misattributed: X",), ("false_quote",), ("contradicted", "citation_unsupported")]


def test_an_unsupported_verdict_adds_its_flag_to_the_offline_ones():
    sentence = Sentence("X writes: “registers list nothing”.", ("a",), 0.2, ("false_quote",))
    answer = {"verdicts": [{"id": "C1", "verdict": "unsupported"}]}
    model = GenericFakeChatModel(messages=iter([AIMessage(content=json.dumps(answer))]))
    judged = SupportJudge(model, "fake:judge").refine(DraftResult((Paragraph((sentence,)),)), PASSAGES)
    assert judged.paragraphs[0].sentences[0].flags == ("false_quote", "llm_unsupported")
