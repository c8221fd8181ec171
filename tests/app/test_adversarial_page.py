"""The adversarial fake model's mistakes, as an editor sees them on the Draft page (AppTest, sample corpus)."""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.adversarial import AdversarialFakeChatModel
from pipeline.drafting.drafters.llm import LLMDrafter
from pipeline.drafting.orchestration import draft_sections
from pipeline.drafting.outline import Outline
from pipeline.drafting.support import SupportChecker
from pipeline.index.search import Searcher
from pipeline.index.workspace_index import Index
from pipeline.labels import flag_label
from pipeline.workspace import Workspace
from tests.app.helpers import open_app, texts
from tests.conftest import make_settings

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_each_mistake_of_a_small_model_shows_as_a_flag_in_words(app_workspace, minilm):
    settings = make_settings(app_workspace)
    ws = Workspace(settings, Index(settings, embedder=minilm))
    section = ws.outline().section("nqf-registers")
    model = AdversarialFakeChatModel()
    drafter = LLMDrafter(model, "fake:adversarial", context_tokens=200_000)
    [outcome] = draft_sections(
        Outline(sections=(section,)), Searcher(ws.index), ws.store, drafter, SupportChecker(minilm)
    )
    assert outcome.status == "drafted", outcome.reason
    flags = {s.text: s.flags for s in ws.store.current(section.id).sentences()}
    ws.close()
    ws.index.close()  # the Chroma client the search opened too

    at = open_app()
    at.selectbox(key="sid").set_value(section.id).run()
    assert not at.exception
    shown = " ".join(texts(at).split())
    for kind, text in model.mistakes.items():
        assert flags[text], kind  # the check flagged it ...
        for flag in flags[text]:  # ... and the page says each flag in words
            assert flag_label(flag) in shown, (kind, flag)
