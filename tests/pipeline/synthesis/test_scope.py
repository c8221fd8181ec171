"""The scope explorer: a topic no outline section covers is proposed, with who raised it; --add extends the outline."""

from __future__ import annotations

import csv
import json

import pytest
import yaml

from pipeline.drafting.outline import Outline, SectionSpec
from pipeline.index.ingestion import ingest_paths
from pipeline.synthesis.scope import explore_scope
from tests.builders import small_corpus, write_metadata
from tests.cli.test_cli import run

pytestmark = pytest.mark.integration

OUTLINE = Outline(
    sections=(
        SectionSpec(
            id="registers",
            title="Registers of qualifications",
            audience="system",
            purpose="How micro-credentials are listed in national registers after quality assurance.",
            questions=("Which micro-credentials enter the register?",),
        ),
        SectionSpec(
            id="digital",
            title="Digital credentials",
            audience="provider",
            purpose="How providers issue micro-credentials as digital credentials in wallets.",
            questions=("How did the digital wallet pilot go?",),
        ),
    )
)
GREEN = [
    "The energy transition needs green skills: solar installers in rural cooperatives ask for short courses on "
    "battery storage and grid safety for solar panels.",
    "Green skills for the energy transition also mean retrofitting buildings: heat pump installers want short "
    "courses on refrigerants and insulation so that old blocks use less energy.",
    "Our climate plan counts on green skills: solar and wind installers, energy auditors and retrofit crews all "
    "need short, recognised courses as the energy transition speeds up.",
]


@pytest.fixture
def workspace(tmp_path, make_index):
    folder = small_corpus(tmp_path / "inputs")
    (folder / "green.txt").write_text("Green skills\n\n" + "\n\n".join(GREEN) + "\n")
    with (folder / "metadata.csv").open(newline="") as handle:
        rows = list(csv.DictReader(handle))  # keep the corpus rows, add one for the new file
    write_metadata(folder, [*rows, {"file": "green.txt", "contributor": "Lea Novak", "country": "Croatia"}])
    index = make_index()
    ingest_paths(index, [folder])
    return index


def test_an_uncovered_topic_is_proposed_with_its_contributor(workspace):
    proposals = explore_scope(workspace, OUTLINE)
    green = [p for p in proposals if "Lea Novak" in p.contributors]
    assert green, [p.as_json() for p in proposals]
    words = " ".join(green[0].keywords + (green[0].proposed_title,)).lower()
    assert any(
        w in words for w in ("solar", "heat", "wind", "installers", "turbine", "pump", "short", "energy", "green")
    ), words
    assert all(p["file"] == "green.txt" for p in green[0].passages)
    assert len(green[0].questions) == 2 and green[0].proposed_title
    section = green[0].section({"registers", "digital"})
    assert section.id not in {"registers", "digital"} and section.questions


def test_scope_add_extends_the_workspace_outline(workspace, tmp_path):
    (workspace.root / "outline.yaml").write_text(yaml.safe_dump(OUTLINE.model_dump(mode="json")))
    listed = json.loads(run("scope", "--workspace", str(workspace.root), "--json").stdout)
    assert listed and {"topic", "keywords", "proposed_title", "questions", "contributors", "passages"} <= set(listed[0])
    n = next(i for i, p in enumerate(listed, 1) if "Lea Novak" in p["contributors"])
    added = json.loads(run("scope", "--add", str(n), "--workspace", str(workspace.root), "--json").stdout)["added"]
    outline = yaml.safe_load((workspace.root / "outline.yaml").read_text())
    assert [s["id"] for s in outline["sections"]] == ["registers", "digital", added["id"]]
    assert run("scope", "--add", "99", "--workspace", str(workspace.root)).returncode == 1


def test_scope_text_output_shows_what_the_passages_say(workspace):
    """Read in a terminal, a proposal shows its passages' words, not only where they are."""
    (workspace.root / "outline.yaml").write_text(yaml.safe_dump(OUTLINE.model_dump(mode="json")))
    shown = run("scope", "--workspace", str(workspace.root))
    assert shown.returncode == 0, shown.stderr
    assert "green.txt, " in shown.stdout and "skills" in shown.stdout.split("green.txt, ", 1)[1].split("\n")[0]


def test_bare_text_vectors_are_kept_and_only_new_chunks_embedded(workspace, embedder):
    from pipeline.index.workspace_index import Index
    from pipeline.synthesis.scope import VECTORS_FILE, _queries

    counted = Index(workspace.settings, embedder=embedder)
    first = explore_scope(counted, OUTLINE)
    embedded_first = embedder.texts
    queries = len(_queries(OUTLINE))
    assert (workspace.root / VECTORS_FILE).is_file() and embedded_first > queries + 3
    again = explore_scope(counted, OUTLINE)
    assert [p.as_json() for p in again] == [p.as_json() for p in first]
    assert embedder.texts - embedded_first == queries  # only the section queries, no chunk again


def test_an_llm_words_the_proposal_from_its_passages_as_data(workspace):
    from langchain_core.language_models import GenericFakeChatModel
    from langchain_core.messages import AIMessage

    from pipeline.synthesis.scope import write_with_llm

    proposals = explore_scope(workspace, OUTLINE)
    green = [p for p in proposals if "Lea Novak" in p.contributors][:1]
    seen = []

    class Recording(GenericFakeChatModel):
        def invoke(self, messages, *args, **kwargs):  # noqa: ANN001, ANN201
            seen.append(messages)
            return super().invoke(messages, *args, **kwargs)

    answer = (
        '{"title": "Green skills for the energy transition", "purpose": "Settle how short courses for installers '
        'are recognised.", "questions": ["Which green skills need micro-credentials?", "Who recognises them?"]}'
    )
    worded = write_with_llm(green, workspace, OUTLINE, Recording(messages=iter([AIMessage(answer)])), spec="llm:fake")
    assert worded[0].proposed_title == "Green skills for the energy transition"
    assert worded[0].questions == ("Which green skills need micro-credentials?", "Who recognises them?")
    assert worded[0].written_by == "llm:fake" and worded[0].passages == green[0].passages
    assert worded[0].section(set()).purpose.startswith("Settle how short courses")
    system, user = seen[0][0].content, seen[0][1].content
    assert "untrusted data" in system and "<passage source=" in user and "solar" in user
    # an answer that cannot be used leaves the keyword proposal as it was
    bad = write_with_llm(green, workspace, OUTLINE, GenericFakeChatModel(messages=iter([AIMessage("no idea")])))
    assert bad == green


NAMED = [
    "In Croatia the Solar Trades Guild asks for short courses on battery storage for rooftop panels; Novak's "
    "members install the panels and want the storage courses recognised.",
    "Across Croatia, installers of rooftop panels need battery storage skills, and the Solar Trades Guild of "
    "Zagreb offers the courses with Novak as coordinator.",
    "Battery storage for rooftop panels is where the Solar Trades Guild sees the gap: Croatia has few courses.",
]


def test_proposals_are_named_from_noun_phrases_never_from_names(tmp_path, make_index):
    folder = tmp_path / "named"
    folder.mkdir()
    (folder / "solar_trades_guild_zagreb.txt").write_text("Rooftop panels\n\n" + "\n\n".join(NAMED) + "\n")
    (folder / "other.txt").write_text("Registers\n\nMicro-credentials enter the national register after quality "
                                      "assurance and carry a level.\n")  # fmt: skip
    meta = {"contributor": "Ivo Novak", "organisation": "Solar Trades Guild", "country": "Croatia"}
    write_metadata(folder, [{"file": "solar_trades_guild_zagreb.txt", **meta}, {"file": "other.txt"}])
    index = make_index()
    ingest_paths(index, [folder])
    proposals = [p for p in explore_scope(index, OUTLINE) if "Ivo Novak" in p.contributors]
    assert proposals, "the rooftop storage topic is outside the outline"
    named = " ".join((*proposals[0].keywords, proposals[0].proposed_title)).lower()
    assert "battery storage" in named or "rooftop panels" in named
    for word in ("novak", "ivo", "croatia", "zagreb", "guild", "trades"):
        assert word not in named.split(), named
    texts = {c.chunk_id: c.text for c in index.manifest.all_chunks()}
    assert all(p["text"] == texts[p["chunk_id"]] and p["text"] for p in proposals[0].passages)  # previews have text


@pytest.mark.unit
def test_noun_phrases_follow_an_article_or_preposition_and_end_on_a_noun():
    from pipeline.synthesis.scope import noun_phrases, proper_nouns

    phrases = noun_phrases("Repair of agricultural machinery is growing; the demand rarely stops.", frozenset())
    assert "agricultural machinery" in phrases and "machinery" in phrases
    assert not any(p.endswith("rarely") or p.endswith("growing") for p in phrases)
    assert "agricultural machinery" not in noun_phrases(
        "Repair of agricultural machinery.", frozenset({"repair", "machinery"})
    )
    assert proper_nouns(["We met the Gulf partners. Then the Gulf office wrote; a gulf of time passed."]) == {"gulf"}
