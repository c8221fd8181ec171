"""One text is embedded once per process and embedder, whoever asks: the drafter, the check, the register."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.index.embeddings import embed_cached


class CountingEmbedder:
    """A tiny embedder that records every text it was asked to embed."""

    dimension = 3

    def __init__(self) -> None:
        self.seen: list[str] = []

    def embed(self, texts):
        self.seen.extend(texts)
        return np.asarray([[len(t), t.count("a"), 1.0] for t in texts], dtype=np.float32)


@pytest.mark.unit
def test_a_text_is_embedded_once_and_vectors_keep_the_callers_order():
    embedder = CountingEmbedder()
    first = embed_cached(embedder, ["alpha", "beta", "alpha"])
    second = embed_cached(embedder, ["gamma", "beta"])
    assert embedder.seen == ["alpha", "beta", "gamma"]
    assert first[0].tolist() == first[2].tolist() == [5.0, 2.0, 1.0]
    assert second[1].tolist() == first[1].tolist()


@pytest.mark.unit
def test_each_embedder_has_its_own_vectors():
    one, other = CountingEmbedder(), CountingEmbedder()
    embed_cached(one, ["alpha"])
    embed_cached(other, ["alpha"])
    assert one.seen == other.seen == ["alpha"]
    assert embed_cached(one, []).shape == (0, 3)


@pytest.mark.unit
def test_the_check_reuses_what_the_drafter_embedded():
    from pipeline.drafting.support import SupportChecker

    embedder = CountingEmbedder()
    sentences = ["Assessment comes first.", "Micro-credentials are small units of learning."]
    embed_cached(embedder, sentences)  # what the drafter computed for the passage's sentences
    embedder.seen.clear()
    SupportChecker(embedder).check("Small units of learning are micro-credentials.", [" ".join(sentences)])
    assert set(embedder.seen) <= {"Small units of learning are micro-credentials."}


@pytest.mark.unit
def test_a_full_cache_starts_again_without_losing_the_texts_asked_for(monkeypatch):
    from pipeline.index import embeddings

    monkeypatch.setattr(embeddings, "CACHE_LIMIT", 2)
    embedder = CountingEmbedder()
    embed_cached(embedder, ["alpha", "beta"])
    vectors = embed_cached(embedder, ["alpha", "delta"])  # alpha was kept; delta overflows and clears the cache
    assert vectors[0].tolist() == [5.0, 2.0, 1.0] and vectors[1].tolist() == [5.0, 1.0, 1.0]
    assert embedder.seen == ["alpha", "beta", "delta"]
