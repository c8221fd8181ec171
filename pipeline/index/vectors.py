"""The dense index: a Chroma collection, embedded in the workspace or on a Chroma server.

Vectors are always computed by our own embedder and passed in, so Chroma never builds its default
embedding (which would try to download a model).
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

if TYPE_CHECKING:  # numpy is imported by the functions that compute with it: commands that only read skip it
    import numpy as np


class VectorStoreError(RuntimeError):
    """The vector store cannot be reached or does not match the workspace."""


RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0)  # seconds between attempts when a Chroma server does not answer


def _transient(exc: BaseException) -> bool:
    """A network failure worth retrying (server restarting, connection dropped), not a bad request."""
    if isinstance(exc, ConnectionError | TimeoutError):
        return True
    name = type(exc).__module__ + "." + type(exc).__name__
    return name.startswith(("httpx.", "httpcore.")) or "Connect" in type(exc).__name__


def collection_name(workspace_id: str, embedding: str, chunking: str) -> str:
    """Name encoding the workspace, the embedding and the chunking, within Chroma's naming rules."""
    raw = f"gd-{workspace_id[:8]}-{embedding}-{chunking}"
    name = re.sub(r"[^a-zA-Z0-9._-]", "-", raw)[:63].strip("-._")
    return name


def make_client(path: Path, url: str = "") -> Any:
    """An embedded client in ``path``, or the process's HTTP client of the server at ``url`` when it is set.

    Raises VectorStoreError when the server does not answer a heartbeat, on every call: an index opened while
    the server is down says so at once, even though the client itself is kept (see :func:`_server_client`)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if not url:
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=settings)
    parsed = urlparse(url if "://" in url else f"http://{url}")
    host = parsed.hostname or "127.0.0.1"
    port = parsed.port or (443 if parsed.scheme == "https" else 8000)
    key = (os.getpid(), parsed.scheme == "https", host, port)  # a forked child never shares its parent's socket
    with _SERVER_LOCK:
        client = _SERVER_CLIENTS.get(key)
        fresh = client is None
        if fresh:
            try:
                client = chromadb.HttpClient(host=host, port=port, ssl=key[1], settings=settings)
            except Exception as exc:
                raise VectorStoreError(f"cannot reach the Chroma server at {url}: {exc}") from exc
    try:
        client.heartbeat()
    except Exception as exc:
        if fresh:
            client.close()  # never kept: it made no connection worth sharing
        raise VectorStoreError(f"cannot reach the Chroma server at {url}: {exc}") from exc
    if fresh:
        with _SERVER_LOCK:
            kept = _SERVER_CLIENTS.setdefault(key, client)
        if kept is not client:  # another thread kept one meanwhile: use that one
            client.close()
            client = kept
    return client


# One HTTP client per Chroma server for the whole process, shared by every index and never closed.
# chromadb (1.5.9) registers each HttpClient's system a second time, under a fresh id that close() never releases,
# so a closed client kept its httpx session, one socket, until the process ended: a process opening and closing
# indexes on a server gained a socket per index (RELIABILITY.md, "Open descriptors"). Sharing one client bounds
# that to one per server, through chromadb's public API only; httpx's pool reconnects after a server restart.
_SERVER_CLIENTS: dict[tuple[int, bool, str, int], Any] = {}
_SERVER_LOCK = threading.Lock()


def close_client(client: Any) -> None:
    """Release a Chroma client: its SQLite files, vector segment files and runtime threads.

    Chroma shares one system between the clients of a folder and stops it when the last of them is closed, so
    closing ours never pulls the store from under another open client of the same workspace. Without this, a
    long-lived process (the app, a test session) keeps every workspace it ever opened open, about ten
    descriptors each, until it runs out. A server's client is the process's shared one and stays open.
    """
    with _SERVER_LOCK:
        if any(client is shared for shared in _SERVER_CLIENTS.values()):
            return
    close = getattr(client, "close", None)
    if close is not None:
        close()


_COUNT_SQL = """
    SELECT COUNT(*) FROM embeddings e
    JOIN segments s ON s.id = e.segment_id AND s.scope = 'METADATA'
    WHERE s.collection = ?
"""


def stored_count(path: Path, name: str) -> int | None:
    """The number of vectors an embedded Chroma store in ``path`` holds for collection ``name``, read from its file.

    ``info`` shows whether Chroma agrees with the manifest, and importing chromadb alone costs more than the whole
    command may take. The embedded store keeps its records in ``chroma.sqlite3``: its metadata segment holds one row
    per stored vector once Chroma has applied its write log. Returns None (ask Chroma itself) when the file's layout
    is not the one expected or writes are still waiting in the log, so the figure is Chroma's own or not given.
    """
    import sqlite3
    from contextlib import closing

    db = path / "chroma.sqlite3"
    if not db.is_file():
        return 0 if not path.exists() else None
    try:
        # closing(): a connection's own ``with`` only ends a transaction and leaves the file open
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as con:
            rows = con.execute(
                "SELECT c.id FROM collections c JOIN databases d ON d.id = c.database_id "
                "WHERE c.name = ? AND d.name = 'default_database'",
                (name,),
            ).fetchall()
            if not rows:
                return 0
            (collection,) = rows[0]
            applied = con.execute(
                "SELECT MAX(m.seq_id) FROM max_seq_id m JOIN segments s ON s.id = m.segment_id "
                "WHERE s.collection = ? AND s.scope = 'METADATA'",
                (collection,),
            ).fetchone()[0]
            logged = con.execute(
                "SELECT MAX(seq_id) FROM embeddings_queue WHERE topic LIKE ?", (f"%/{collection}",)
            ).fetchone()[0]
            if logged is not None and (applied is None or int(logged) > int(applied)):
                return None  # writes not yet applied: only Chroma knows the count
            return int(con.execute(_COUNT_SQL, (collection,)).fetchone()[0])
    except (sqlite3.Error, TypeError, ValueError):
        return None


class VectorStore:
    """One Chroma collection holding the workspace's chunk vectors."""

    # Chroma caps batch sizes; stay well below the smallest cap seen.
    BATCH = 1000

    def __init__(self, client: Any, name: str, metadata: dict[str, str], where: str = "") -> None:
        self._client = client
        self.where = where or "the embedded Chroma store"
        try:
            self._collection = client.get_or_create_collection(
                name=name,
                embedding_function=None,
                metadata={"hnsw:space": "cosine", **metadata},
            )
        except Exception as exc:
            close_client(client)
            raise VectorStoreError(f"cannot open Chroma collection '{name}': {exc}") from exc
        self.name = name
        recorded = self._collection.metadata or {}
        for key in ("embedding", "chunking"):
            if key in metadata and recorded.get(key) not in (None, metadata[key]):
                close_client(client)
                raise VectorStoreError(
                    f"collection '{name}' was built with {key} '{recorded.get(key)}', not '{metadata[key]}'"
                )

    def close(self) -> None:
        """Release the Chroma client (see :func:`close_client`); the store cannot be used afterwards."""
        close_client(self._client)

    def _call(self, what: str, action: Callable[[], Any]) -> Any:
        """Run one Chroma operation; network failures are retried with backoff, then reported in one line.

        Every write is an upsert or a delete by id, so repeating one after a dropped connection is harmless.
        """
        for attempt, delay in enumerate((*RETRY_DELAYS, None)):
            try:
                return action()
            except Exception as exc:
                if delay is None or not _transient(exc):
                    tries = f" after {attempt + 1} attempts" if attempt else ""
                    raise VectorStoreError(f"{what} failed at {self.where}{tries}: {exc}") from exc
                time.sleep(delay)
        raise AssertionError("unreachable")

    def count(self) -> int:
        """Number of vectors in the collection."""
        return int(self._call("counting vectors", self._collection.count))

    def upsert(
        self, ids: Sequence[str], vectors: np.ndarray, documents: Sequence[str], metadatas: Sequence[dict]
    ) -> None:
        """Write vectors in batches (same ids overwrite, so repeating a write is harmless)."""
        for s in range(0, len(ids), self.BATCH):
            batch = dict(
                ids=list(ids[s : s + self.BATCH]),
                embeddings=vectors[s : s + self.BATCH].tolist(),
                documents=list(documents[s : s + self.BATCH]),
                metadatas=list(metadatas[s : s + self.BATCH]),
            )
            self._call("writing vectors", lambda b=batch: self._collection.upsert(**b))

    def delete(self, ids: Sequence[str]) -> None:
        """Delete vectors by id (unknown ids are ignored)."""
        for s in range(0, len(ids), self.BATCH):
            part = list(ids[s : s + self.BATCH])
            if part:
                self._call("deleting vectors", lambda p=part: self._collection.delete(ids=p))

    def existing(self, ids: Sequence[str]) -> dict[str, tuple[np.ndarray, dict]]:
        """Stored vectors and metadata for those of ``ids`` already in the collection."""
        import numpy as np

        found: dict[str, tuple[np.ndarray, dict]] = {}
        for s in range(0, len(ids), self.BATCH):
            part = list(ids[s : s + self.BATCH])
            if not part:
                continue
            got = self._call(
                "reading vectors", lambda p=part: self._collection.get(ids=p, include=["embeddings", "metadatas"])
            )
            for cid, vec, meta in zip(got["ids"], got["embeddings"], got["metadatas"], strict=True):
                found[cid] = (np.asarray(vec, dtype=np.float32), dict(meta or {}))
        return found

    def query(self, vector: np.ndarray, k: int, where: dict | None = None) -> list[tuple[str, float]]:
        """Nearest chunk ids with cosine similarity, best first."""
        # no count() first: it costs as much as the query at 100k vectors, and Chroma caps n_results itself
        got = self._call(
            "searching",
            lambda: self._collection.query(
                query_embeddings=[vector.tolist()], n_results=k, where=where or None, include=["distances"]
            ),
        )
        return [(cid, 1.0 - float(d)) for cid, d in zip(got["ids"][0], got["distances"][0], strict=True)]
