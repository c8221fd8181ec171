"""The offline embedding: real model output, order independence and the refusal to mix."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.index.embeddings import build_embedder, embedding_identity

pytestmark = pytest.mark.unit


def test_minilm_matches_known_sentence_similarities(minilm):
    v = minilm.embed(["A man is eating food.", "A man is eating a piece of bread.", "The girl is carrying a baby."])
    assert v.shape == (3, 384)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    # sentence-transformers gives about 0.755 and -0.10 for these pairs
    assert 0.72 < float(v[0] @ v[1]) < 0.79
    assert float(v[0] @ v[2]) < 0.1


def test_batching_and_padding_do_not_change_vectors(minilm):
    texts = ["short", "a much longer sentence about recognition of micro-credentials across borders " * 3, "mid size"]
    together = minilm.embed(texts)
    alone = np.stack([minilm.embed([t])[0] for t in texts])
    assert np.allclose(together, alone, atol=1e-4)
    assert minilm.embed([]).shape == (0, 384)


def test_long_text_is_truncated_not_refused(minilm):
    assert minilm.embed(["word " * 5000]).shape == (1, 384)


def test_factory_builds_a_langchain_fake_and_names_it():
    fake = build_embedder("fake:24")
    assert fake.identity == embedding_identity("fake:24") == "fake-24"
    assert fake.embed(["a", "b"]).shape == (2, 24)
    assert embedding_identity("minilm-int8") == "minilm-l6-v2-int8"


def test_unknown_provider_gives_a_clear_message():
    from pipeline.index.embeddings import EmbeddingError

    with pytest.raises(EmbeddingError, match="nonexistent-provider"):
        build_embedder("nonexistent-provider:model")
