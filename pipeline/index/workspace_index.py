"""The workspace index: manifest (SQLite), dense vectors (Chroma) and BM25, kept consistent.

Write order for one source, chosen so that a kill at any point leaves a consistent workspace:
journal the ids in the manifest, write vectors, commit the manifest, delete stale vectors, clear the
journal. On the next open, journaled ids that the manifest does not hold are deleted from Chroma.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.chunking import CHUNKER_VERSION, index_text
from ingest.model import Chunk, SourceMeta
from pipeline.index.embeddings import Embedder, build_embedder, embedding_identity
from pipeline.index.lexical import LexicalIndex
from pipeline.index.manifest import Manifest, SourceRecord, now
from pipeline.index.vectors import VectorStore, collection_name, make_client, stored_count
from pipeline.settings import Settings

if TYPE_CHECKING:  # numpy is imported by the functions that compute with it: commands that only read skip it
    import numpy as np

MANIFEST_FILE = "guidelines.sqlite"


@dataclass
class PreparedSource:
    """A source ready to be written: its record, chunks, indexed texts and the vectors known so far."""

    record: SourceRecord
    chunks: tuple[Chunk, ...]
    texts: dict[str, str]
    hashes: dict[str, str]
    vectors: dict[str, np.ndarray] = field(default_factory=dict)

    def missing(self) -> list[str]:
        """Chunk ids that still need a vector."""
        return [c.chunk_id for c in self.chunks if c.chunk_id not in self.vectors]


class IndexMismatch(RuntimeError):
    """The workspace was built with another embedding or chunking than the settings ask for."""


class WorkspaceDamaged(IndexMismatch):
    """The manifest cannot be read; an IndexMismatch so every front end that reports one reports this too."""


# The source's fields Chroma stores beside each vector (filters, and a location without the manifest).
METADATA_FIELDS = ("file", "title", "contributor", "organisation", "country", "region", "kind")


def index_hash(text: str) -> str:
    """The hash of a chunk's indexed text, stored beside its vector: a vector is reused only for the same text."""
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def chunk_metadata(meta: dict[str, str], chunk: Chunk) -> dict[str, object]:
    """What Chroma stores beside a vector: enough to filter by source fields and show a location."""
    out: dict[str, object] = {k: meta.get(k, "") for k in METADATA_FIELDS}
    out.update(chunk.location.as_metadata())
    out["ordinal"] = chunk.ordinal
    return out


class Index:
    """Everything the workspace knows about its sources, behind one object.

    The embedder and the Chroma client are created on first use, so listing sources or
    re-ingesting an unchanged corpus loads no model.
    """

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.root = Path(settings.workspace)
        self.root.mkdir(parents=True, exist_ok=True)
        try:
            self.manifest = Manifest(self.root / MANIFEST_FILE)
        except sqlite3.DatabaseError as exc:  # garbage or truncated file: say which, and what to do
            raise WorkspaceDamaged(
                f"{self.root / MANIFEST_FILE} cannot be read ({exc}); run guidelines doctor, and restore the file "
                "from a backup or ingest the contributions again into a new workspace"
            ) from exc
        self._embedder = embedder
        self.embedding = embedder.identity if embedder else embedding_identity(settings.embedding)
        self.chunking = f"c{settings.chunk_size}o{settings.chunk_overlap}v{CHUNKER_VERSION}"
        self._vectors: VectorStore | None = None
        self._lexical: LexicalIndex | None = None
        try:
            self.workspace_id = self.manifest.get_meta("workspace_id") or ""
            if not self.workspace_id:
                self.workspace_id = uuid.uuid4().hex
                self.manifest.set_meta("workspace_id", self.workspace_id)
            self._check_compatible()
        except BaseException:  # a refused workspace (IndexMismatch) must not keep its manifest open
            self.manifest.close()
            raise

    def close(self) -> None:
        """Release the Chroma client and the manifest's SQLite connection; the index cannot be used afterwards.

        A command-line run ends its process, but the app, a long test session or any loop that opens workspaces
        does not: each open index holds about fifteen descriptors (SQLite files, Chroma's files and threads).
        """
        vectors, self._vectors = self._vectors, None
        try:
            if vectors is not None:
                vectors.close()
        finally:
            self.manifest.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_compatible(self) -> None:
        built = (self.manifest.get_meta("embedding"), self.manifest.get_meta("chunking"))
        if built == (None, None) or not self.manifest.sources():
            self.manifest.set_meta("embedding", self.embedding)
            self.manifest.set_meta("chunking", self.chunking)
            return
        if built != (self.embedding, self.chunking):
            raise IndexMismatch(
                f"workspace {self.root} was built with embedding '{built[0]}' and chunking '{built[1]}', "
                f"but the settings ask for '{self.embedding}' and '{self.chunking}'; vectors of different "
                "embeddings cannot be mixed: use another --workspace, or the original settings"
            )

    # -- parts, created on first use ---------------------------------------------------------
    @property
    def embedder(self) -> Embedder:
        """The embedder, built once from the settings by the one factory."""
        if self._embedder is None:
            self._embedder = build_embedder(self.settings.embedding, self.settings.embedding_batch)
        return self._embedder

    @property
    def vectors(self) -> VectorStore:
        """The Chroma collection of this workspace, opened again when a repair recreated it since (the app holds
        its index open while ``guidelines doctor --repair`` runs; the old client would read removed files)."""
        if self._vectors is not None and self._vectors.stale():
            old, self._vectors = self._vectors, None
            old.close()  # only lets it go (see VectorStore.close)
        if self._vectors is None:
            client = make_client(self.root / "chroma", self.settings.chroma_url)
            name = self.collection
            url = self.settings.chroma_url
            where = f"the Chroma server at {url}" if url else f"the embedded Chroma store in {self.root / 'chroma'}"
            meta = {"embedding": self.embedding, "chunking": self.chunking}
            self._vectors = VectorStore(client, name, meta, where, self.root)
        return self._vectors

    @property
    def backend(self) -> str:
        """Human description of where vectors live."""
        return f"Chroma server {self.settings.chroma_url}" if self.settings.chroma_url else "embedded Chroma"

    def lexical(self) -> LexicalIndex:
        """The BM25 index, rebuilt from the manifest if it is missing or stale."""
        if self._lexical is None:
            self._lexical = LexicalIndex(self.root / "lexical")
            self._lexical.load()
        generation = self.manifest.generation()
        if self._lexical.generation != generation:
            metas = {s.file: s.meta for s in self.manifest.sources()}
            items = (
                (c.chunk_id, index_text(c.text, c.location, metas.get(c.file, {}))) for c in self.manifest.all_chunks()
            )
            self._lexical.build(items, generation)
        return self._lexical

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the workspace's write lock (other processes wait) and finish interrupted work first."""
        with (self.root / ".lock").open("a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                self.recover()
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def recover(self) -> int:
        """Delete vectors journaled by an interrupted write that the manifest does not hold."""
        removed = 0
        for file, ids in self.manifest.pending().items():
            valid = set(self.manifest.chunk_ids(file))
            stale = [i for i in ids if i not in valid]
            self.vectors.delete(stale)
            removed += len(stale)
            self.manifest.clear_pending(file)
        return removed

    # -- writes (call inside ``writing()``) ---------------------------------------------------
    def prepare(
        self,
        meta: SourceMeta,
        content_hash: str,
        meta_hash: str,
        size: int,
        units: int,
        warnings: Sequence[str],
        chunks: Sequence[Chunk],
    ) -> PreparedSource:
        """Work out what storing a source needs: its indexed texts, and which vectors can be reused."""
        public = meta.public()
        texts = {c.chunk_id: index_text(c.text, c.location.as_metadata(), public) for c in chunks}
        hashes = {cid: index_hash(t) for cid, t in texts.items()}
        ids = [c.chunk_id for c in chunks]
        # a stored vector is reused only if it was computed from the same indexed text
        reuse: dict[str, np.ndarray] = {}
        if self.manifest.source(meta.file) is not None:  # only an earlier version can hold reusable vectors
            stored = self.vectors.existing(ids)
            reuse = {cid: v for cid, (v, m) in stored.items() if m.get("index_hash") == hashes[cid]}
        record = SourceRecord(
            meta.file, content_hash, meta_hash, size, units, len(chunks), public, tuple(warnings), now()
        )
        return PreparedSource(record, tuple(chunks), texts, hashes, reuse)

    def embed(self, prepared: Sequence[PreparedSource]) -> int:
        """Embed what the prepared sources still lack, in one call (batches pad less across files)."""
        todo = [(p, cid) for p in prepared for cid in p.missing()]
        if not todo:
            return 0
        vectors = self.embedder.embed([p.texts[cid] for p, cid in todo])
        for (p, cid), vector in zip(todo, vectors, strict=True):
            p.vectors[cid] = vector
        return len(todo)

    def commit(self, prepared: PreparedSource) -> None:
        """Write a prepared (and embedded) source, replacing its earlier version."""
        import numpy as np

        file, chunks = prepared.record.file, prepared.chunks
        old_ids = self.manifest.chunk_ids(file)
        ids = [c.chunk_id for c in chunks]
        self.manifest.add_pending(file, set(ids) | set(old_ids))
        self.vectors.upsert(
            ids,
            np.stack([prepared.vectors[i] for i in ids]) if ids else np.zeros((0, 1), dtype=np.float32),
            [c.text for c in chunks],
            [{**chunk_metadata(prepared.record.meta, c), "index_hash": prepared.hashes[c.chunk_id]} for c in chunks],
        )
        self.manifest.replace_source(prepared.record, chunks)
        self.vectors.delete([i for i in old_ids if i not in set(ids)])
        self.manifest.clear_pending(file)

    def remove(self, file: str) -> int:
        """Delete a source and its vectors; returns the number of chunks removed.

        When the same bytes were also submitted under another name (a recorded copy, ``duplicate_of``), the
        passages are not lost with the original: the first copy inherits them (see :meth:`_hand_over`).
        """
        copies = self._copies_of(file)
        if copies and self.manifest.chunk_ids(file):
            return self._hand_over(file, copies[0], copies[1:])
        ids = self.manifest.chunk_ids(file)
        self.manifest.add_pending(file, ids)
        removed = self.manifest.remove_source(file)
        self.vectors.delete(removed)
        self.manifest.clear_pending(file)
        return len(removed)

    def _copies_of(self, file: str) -> list[SourceRecord]:
        return sorted((s for s in self.manifest.sources() if s.meta.get("duplicate_of") == file), key=lambda s: s.file)

    def heir_of(self, file: str) -> str | None:
        """The recorded copy that would keep ``file``'s passages if ``file`` were removed."""
        copies = self._copies_of(file)
        return copies[0].file if copies and self.manifest.chunk_ids(file) else None

    def _hand_over(self, original: str, heir: SourceRecord, others: Sequence[SourceRecord]) -> int:
        """Remove ``original`` and keep its passages under ``heir``: same chunk ids, re-indexed under the
        heir's title and contributor header (so filters and the embedded header name the heir)."""
        ids = self.manifest.chunk_ids(original)
        records = self.manifest.chunks(ids)
        chunks = [records[i] for i in ids]
        meta = {k: v for k, v in heir.meta.items() if k != "duplicate_of"}
        texts = {c.chunk_id: index_text(c.text, c.location, meta) for c in chunks}
        hashes = {cid: index_hash(t) for cid, t in texts.items()}
        vectors = self.embedder.embed([texts[i] for i in ids])
        self.manifest.add_pending(original, ids)
        self.vectors.upsert(
            ids,
            vectors,
            [c.text for c in chunks],
            [
                {
                    **{k: meta.get(k, "") for k in METADATA_FIELDS},
                    **c.location,
                    "ordinal": c.ordinal,
                    "index_hash": hashes[c.chunk_id],
                }
                for c in chunks
            ],
        )
        note = f"took over the passages of '{original}' (same content), which was removed"
        warnings = tuple(w for w in heir.warnings if not w.startswith("same content as ")) + (note,)
        record = replace(heir, chunks=len(ids), meta=meta, warnings=warnings)
        rest = [replace(o, meta={**o.meta, "duplicate_of": heir.file}) for o in others]
        self.manifest.hand_over(original, record, rest)
        self.manifest.clear_pending(original)
        return len(ids)

    @property
    def collection(self) -> str:
        """The name of this workspace's Chroma collection."""
        return collection_name(self.workspace_id, self.embedding, self.chunking)

    def vector_count(self) -> int:
        """Vectors stored for this workspace: read from the embedded store's file when it can be, else from Chroma."""
        if not self.settings.chroma_url and self._vectors is None:
            counted = stored_count(self.root / "chroma", self.collection)
            if counted is not None:
                return counted
        return self.vectors.count()

    def status(self) -> dict[str, object]:
        """Counts that tell whether the parts agree."""
        return {
            "workspace": str(self.root),
            "sources": len(self.manifest.sources()),
            "chunks": self.manifest.count_chunks(),
            "vectors": self.vector_count(),
            "embedding": self.embedding,
            "chunking": self.chunking,
            "backend": self.backend,
            "collection": self.collection,
            "pid": os.getpid(),
        }
