"""A fake model making small models' mistakes: each one is caught by the check and shown in `show --json`."""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.adversarial import MISTAKES, AdversarialFakeChatModel
from pipeline.drafting.drafters.llm import LLMDrafter
from pipeline.drafting.drafts import DraftStore
from pipeline.drafting.orchestration import draft_sections
from pipeline.drafting.outline import Outline, load_outline
from pipeline.drafting.support import SupportChecker
from pipeline.index.search import Searcher
from pipeline.workspace import revision_json
from tests.conftest import CORPUS

pytestmark = [pytest.mark.integration, pytest.mark.slow]


@pytest.fixture(scope="module")
def shown(corpus_index, minilm, tmp_path_factory):
    """The adversarial draft of one sample section, as `show --json` prints it, and what the model wrote."""
    section = load_outline(CORPUS / "outline.yaml").section("nqf-registers")
    model = AdversarialFakeChatModel()
    store = DraftStore(tmp_path_factory.mktemp("adversarial") / "drafts.sqlite")
    drafter = LLMDrafter(model, "fake:adversarial", context_tokens=200_000)  # one call: one answer to inspect
    outcome = draft_sections(
        Outline(sections=(section,)), Searcher(corpus_index), store, drafter, SupportChecker(minilm)
    )
    assert outcome[0].status == "drafted", outcome[0].reason
    data = revision_json(store.current(section.id), section.title, "draft")
    data["_store"], data["_section"] = store, section  # for the Word test: the same stored draft
    sentences = [s for p in data["paragraphs"] for s in p["sentences"]]
    by_kind = {}
    for kind, text in model.mistakes.items():
        by_kind[kind] = next(s for s in sentences if s["text"] == text)
    return by_kind, model.mistakes, data


def test_the_fake_makes_every_mistake(shown):
    by_kind, _, _ = shown
    assert set(by_kind) == set(MISTAKES)


def test_a_citation_pointing_at_the_wrong_passage_is_flagged_on_that_citation(shown):
    sentence = shown[0]["wrong_passage"]
    assert "weak_support" in sentence["flags"] and "citation_unsupported" in sentence["flags"]
    assert sentence["citation_checks"][0]["flags"] == ["citation_unsupported"]


def test_a_sentence_merging_two_contributors_views_names_who_did_not_say_it(shown):
    by_kind, written, data = shown
    sentence = by_kind["merged_views"]
    second = written["merged_views"].split(" and ", 1)[1].split(" both hold")[0]
    assert f"misattributed: {second}" in sentence["flags"]
    # the LLM draft kept only the citation that says it, and the notes record the one dropped
    assert "citation_dropped" in sentence["flags"] and len(sentence["citations"]) == 1
    assert any("dropped citation" in n for n in data["notes"])
    assert data["sources"][sentence["citations"][0]]["contributor"] != second


def test_an_invented_figure_is_flagged(shown):
    assert "unknown_number" in shown[0]["invented_figure"]["flags"]


def test_a_paraphrase_that_flips_a_not_is_contradicted_and_scores_low(shown):
    sentence = shown[0]["flipped_not"]
    assert "contradicted" in sentence["flags"] and "contradicted" in sentence["citation_checks"][0]["flags"]
    assert sentence["support"] < SupportChecker(None).threshold


def test_an_out_of_range_passage_number_leaves_the_sentence_uncited(shown):
    sentence = shown[0]["out_of_range"]
    assert sentence["citations"] == [] and "uncited" in sentence["flags"] and sentence["citation_checks"] == []


def test_every_mistake_gets_a_word_comment_naming_its_flag(shown, tmp_path):
    """A reviewer who only has the .docx sees each mistake: a comment on the sentence, the flag in words."""
    import docx

    from pipeline.labels import flag_label
    from pipeline.word.export import export_docx

    by_kind, _, data = shown
    out = tmp_path / "adversarial.docx"
    export_docx(out, Outline(sections=(data["_section"],)), data["_store"])
    comments = [c.text for c in docx.Document(str(out)).comments]
    expected = {
        "wrong_passage": "citation_unsupported",
        "merged_views": next(f for f in by_kind["merged_views"]["flags"] if f.startswith("misattributed")),
        "invented_figure": "unknown_number",
        "flipped_not": "contradicted",
        "out_of_range": "uncited",
    }
    for kind, flag in expected.items():
        label = flag_label(flag).split(" (")[0]
        assert any(label in text for text in comments), (kind, label, comments)
