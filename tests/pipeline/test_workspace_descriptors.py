"""A process that opens workspaces again and again (the app over a day, a long test session) keeps a steady
number of open descriptors: a closed workspace releases its SQLite files and its Chroma client."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from pipeline.index.ingestion import ingest_paths
from pipeline.index.workspace_index import Index, IndexMismatch
from pipeline.workspace import Workspace
from tests.conftest import make_settings

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts descriptors in /proc/self/fd")

OUTLINE = """title: Descriptor check
sections:
  - id: assessment
    title: Assessment of micro-credentials
    questions:
      - How should the learning outcomes of a micro-credential be assessed?
"""

# Tolerance for descriptors opened lazily once per process (a library's first log file, a thread pool) that may
# appear after the first round; a leaking workspace adds more than ten per round, thirty rounds more than 300.
SLACK = 8


def open_descriptors() -> int:
    """How many descriptors this process holds now."""
    return len(os.listdir("/proc/self/fd"))


def contribution(folder: Path) -> Path:
    """One small contribution with a metadata sheet, enough for a search and a drafted sentence."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "assessment.md").write_text(
        "# Assessment\n\nThe learning outcomes of every micro-credential should be assessed by a qualified "
        "assessor against published criteria.\n\nAssessment results must be recorded in the learner's digital "
        "credential so that employers can check them.\n",
        encoding="utf-8",
    )
    (folder / "metadata.csv").write_text(
        "file,title,contributor,country,kind\nassessment.md,Assessing micro-credentials,Ana Ruiz,Spain,expert_input\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.integration
@pytest.mark.slow
def test_an_index_opened_ingested_and_closed_thirty_times_holds_no_more_descriptors(tmp_path, minilm):
    folder = contribution(tmp_path / "in")

    def one_round(n: int) -> None:
        with Index(make_settings(tmp_path / f"ws{n}"), embedder=minilm) as index:
            outcomes, _ = ingest_paths(index, [folder])
            assert [o.status for o in outcomes] == ["ingested"]
            assert index.vectors.count() == index.manifest.count_chunks() > 0

    one_round(0)  # the first round imports Chroma and starts what a process starts once
    before = open_descriptors()
    for n in range(1, 31):
        one_round(n)
    assert open_descriptors() - before <= SLACK


@pytest.mark.integration
@pytest.mark.slow
def test_a_workspace_opened_ingested_and_drafted_thirty_times_holds_no_more_descriptors(tmp_path, minilm):
    from pipeline.drafting.outline import load_outline

    folder = contribution(tmp_path / "in")
    outline = tmp_path / "outline.yaml"
    outline.write_text(OUTLINE, encoding="utf-8")

    def one_round(n: int) -> None:
        settings = make_settings(tmp_path / f"ws{n}")  # a new workspace each time, as a user switching between them
        with Index(settings, embedder=minilm) as index, Workspace(settings, index) as ws:
            assert [o.status for o in ws.ingest_paths([folder])[0]] == ["ingested"]
            ws.save_outline(load_outline(outline))
            run = ws.draft()
            assert [o.status for o in run.outcomes] == ["drafted"]
            assert ws.store.current("assessment").sentences()  # a real draft was stored
            assert ws.search("assessment of learning outcomes", k=3)

    one_round(0)
    before = open_descriptors()
    for n in range(1, 31):
        one_round(n)
    assert open_descriptors() - before <= SLACK


@pytest.mark.integration
def test_a_workspace_that_opened_its_own_index_closes_it_and_one_given_an_index_leaves_it_open(tmp_path, minilm):
    settings = make_settings(tmp_path / "ws", embedding="minilm-int8")
    before = open_descriptors()
    with Workspace(settings) as own:
        own.index.vectors.count()  # opens the Chroma client too
    assert open_descriptors() - before <= SLACK

    with Index(make_settings(tmp_path / "ws"), embedder=minilm) as index:
        with Workspace(index.settings, index) as ws:
            assert ws.sources() == []
        assert index.vectors.count() == 0  # the caller's index still works after the workspace closed


@pytest.mark.integration
def test_closing_one_of_two_indexes_of_a_workspace_leaves_the_other_working(tmp_path, minilm):
    folder = contribution(tmp_path / "in")
    first = Index(make_settings(tmp_path / "ws"), embedder=minilm)
    ingest_paths(first, [folder])
    second = Index(make_settings(tmp_path / "ws"), embedder=minilm)
    assert second.vectors.count() > 0
    first.close()  # Chroma shares one store between the clients of a folder: ours must not stop it for the other
    assert second.vectors.count() == second.manifest.count_chunks() > 0
    second.close()


@pytest.mark.integration
def test_a_workspace_refused_for_its_embedding_keeps_nothing_open(tmp_path, minilm):
    folder = contribution(tmp_path / "in")
    with Index(make_settings(tmp_path / "ws"), embedder=minilm) as index:
        ingest_paths(index, [folder])
    before = open_descriptors()
    for _ in range(20):
        with pytest.raises(IndexMismatch):
            Index(make_settings(tmp_path / "ws", chunk_size=333), embedder=minilm)
    assert open_descriptors() - before <= SLACK
