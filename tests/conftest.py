"""Fixtures shared by the test suite: the real offline embedder and a small corpus, built once per session."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from pipeline.index.embeddings import MiniLMEmbedder
from pipeline.index.workspace_index import Index
from pipeline.settings import Settings
from tests.builders import small_corpus

SHARED = Path(__file__).resolve().parents[2] / "shared" / "testdata"


class CountingEmbedder:
    """Wraps an embedder and counts the texts it embeds, to prove work was (not) done."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.identity = inner.identity
        self.dimension = inner.dimension
        self.calls = 0
        self.texts = 0

    def embed(self, texts) -> np.ndarray:
        self.calls += 1
        self.texts += len(texts)
        return self.inner.embed(texts)


@pytest.fixture(scope="session")
def minilm() -> MiniLMEmbedder:
    """The default offline embedder, loaded once."""
    return MiniLMEmbedder()


@pytest.fixture
def embedder(minilm) -> CountingEmbedder:
    """A fresh counter around the shared embedder."""
    return CountingEmbedder(minilm)


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory) -> Path:
    """Five small contributions in five formats with a metadata.csv."""
    return small_corpus(tmp_path_factory.mktemp("corpus") / "contributions")


def make_settings(workspace: Path, **extra) -> Settings:
    """Settings for a test workspace; readers run in-process unless a test asks otherwise.

    With ``GUIDELINES_CHROMA_URL`` set (``.ci/run`` does, for the ``scaleout`` tests), vectors go to that Chroma
    server; each workspace has its own collection there, so tests sharing the server never see each other's.
    """
    extra.setdefault("chroma_url", os.environ.get("GUIDELINES_CHROMA_URL", ""))
    return Settings(workspace=workspace, isolate_readers=extra.pop("isolate_readers", False), **extra)


@pytest.fixture
def make_index(tmp_path, minilm):
    """Build an index over a fresh workspace (or a given one) with the shared embedder; closed after the test.

    Closing matters: Chroma keeps every store a process opened until its client is closed, so a session of
    tests each leaving an index open ran out of descriptors.
    """
    built: list[Index] = []

    def build(workspace: Path | None = None, embedder=None, **extra) -> Index:
        built.append(Index(make_settings(workspace or tmp_path / "ws", **extra), embedder=embedder or minilm))
        return built[-1]

    yield build
    for index in built:
        index.close()


@pytest.fixture(scope="session")
def ingested(tmp_path_factory, corpus_dir, minilm):
    """A workspace holding the small corpus, shared read-only by search tests."""
    from pipeline.index.ingestion import ingest_paths

    index = Index(make_settings(tmp_path_factory.mktemp("ws") / "ws"), embedder=minilm)
    outcomes, _ = ingest_paths(index, [corpus_dir])
    assert [o.status for o in outcomes] == ["ingested"] * 5, outcomes
    return index


CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory, minilm) -> Index:
    """The sample corpus ingested once for the session (read-only for tests)."""
    from pipeline.index.ingestion import ingest_paths

    index = Index(make_settings(tmp_path_factory.mktemp("corpus-ws") / "ws"), embedder=minilm)
    outcomes, _ = ingest_paths(index, [CORPUS])
    failed = [o for o in outcomes if o.status != "ingested"]
    assert not failed, failed
    return index
