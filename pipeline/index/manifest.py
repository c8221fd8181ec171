"""The workspace manifest: sources, chunks and bookkeeping in SQLite (WAL).

SQLite is the record of truth. The Chroma collection and the lexical index are derived from it
and can be rebuilt; a chunk id that Chroma returns but the manifest does not hold is ignored.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ingest.model import Chunk

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    file TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    meta_hash TEXT NOT NULL,
    size INTEGER NOT NULL,
    units INTEGER NOT NULL,
    chunks INTEGER NOT NULL,
    meta TEXT NOT NULL,
    warnings TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY,
    file TEXT NOT NULL REFERENCES sources(file) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    location TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_by_file ON chunks(file, ordinal);
CREATE TABLE IF NOT EXISTS failures (file TEXT PRIMARY KEY, reason TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pending (file TEXT PRIMARY KEY, ids TEXT NOT NULL);
"""


def now() -> str:
    """UTC timestamp in ISO format, seconds precision."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class SourceRecord:
    """One ingested source as the manifest holds it."""

    file: str
    content_hash: str
    meta_hash: str
    size: int
    units: int
    chunks: int
    meta: dict[str, str]
    warnings: tuple[str, ...]
    ingested_at: str


@dataclass(frozen=True)
class ChunkRecord:
    """One chunk as the manifest holds it, with its source's metadata."""

    chunk_id: str
    file: str
    ordinal: int
    text: str
    label: str
    location: dict[str, Any]


class Manifest:
    """Typed access to the workspace's SQLite file."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(str(path), timeout=30.0, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: all of it lands, or none of it does."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- meta --------------------------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        """A value from the meta table."""
        row = self._db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str, db: sqlite3.Connection | None = None) -> None:
        """Store a value in the meta table."""
        (db or self._db).execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def generation(self) -> int:
        """A counter bumped by every change of chunks; derived indexes compare against it."""
        return int(self.get_meta("generation", "0") or 0)

    def _bump(self, db: sqlite3.Connection) -> None:
        db.execute(
            "INSERT INTO meta(key, value) VALUES ('generation', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    # -- sources -----------------------------------------------------------------------------
    def source(self, file: str) -> SourceRecord | None:
        """The manifest's record of ``file``, if it was ingested."""
        row = self._db.execute("SELECT * FROM sources WHERE file=?", (file,)).fetchone()
        return _source(row) if row else None

    def sources(self) -> list[SourceRecord]:
        """All ingested sources, by file name."""
        return [_source(r) for r in self._db.execute("SELECT * FROM sources ORDER BY file")]

    def source_by_hash(self, content_hash: str) -> SourceRecord | None:
        """An ingested source with exactly this content, if any."""
        row = self._db.execute("SELECT * FROM sources WHERE content_hash=?", (content_hash,)).fetchone()
        return _source(row) if row else None

    def replace_source(self, record: SourceRecord, chunks: Sequence[Chunk]) -> None:
        """Store a source and its chunks in one transaction, replacing any earlier version."""
        with self.transaction() as db:
            db.execute("DELETE FROM chunks WHERE file=?", (record.file,))
            db.execute(
                "INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    record.file,
                    record.content_hash,
                    record.meta_hash,
                    record.size,
                    record.units,
                    record.chunks,
                    json.dumps(record.meta, ensure_ascii=False),
                    json.dumps(list(record.warnings), ensure_ascii=False),
                    record.ingested_at,
                ),
            )
            db.executemany(
                "INSERT INTO chunks VALUES (?,?,?,?,?,?)",
                [
                    (
                        c.chunk_id,
                        c.file,
                        c.ordinal,
                        c.text,
                        c.location.label,
                        json.dumps(c.location.as_metadata(), ensure_ascii=False),
                    )
                    for c in chunks
                ],
            )
            db.execute("DELETE FROM failures WHERE file=?", (record.file,))
            self._bump(db)

    def remove_source(self, file: str) -> list[str]:
        """Delete a source and its chunks; returns the removed chunk ids."""
        with self.transaction() as db:
            ids = [r[0] for r in db.execute("SELECT chunk_id FROM chunks WHERE file=?", (file,))]
            db.execute("DELETE FROM chunks WHERE file=?", (file,))
            db.execute("DELETE FROM sources WHERE file=?", (file,))
            db.execute("DELETE FROM failures WHERE file=?", (file,))
            self._bump(db)
        return ids

    def hand_over(self, original: str, heir: SourceRecord, others: Sequence[SourceRecord]) -> list[str]:
        """Remove ``original`` and give its chunks to ``heir``, a recorded second submission of the same bytes.

        One transaction: the original's row goes, its chunks now belong to the heir (same ids: they are derived
        from the content), the heir's record is replaced, and the other copies now name the heir as original.
        """
        with self.transaction() as db:
            ids = [r[0] for r in db.execute("SELECT chunk_id FROM chunks WHERE file=?", (original,))]
            db.execute("DELETE FROM chunks WHERE file=?", (heir.file,))
            db.execute("UPDATE chunks SET file=? WHERE file=?", (heir.file, original))
            db.execute("DELETE FROM sources WHERE file=?", (original,))
            db.execute("DELETE FROM failures WHERE file=?", (original,))
            for record in (heir, *others):
                db.execute(
                    "UPDATE sources SET chunks=?, meta=?, warnings=? WHERE file=?",
                    (
                        record.chunks,
                        json.dumps(record.meta, ensure_ascii=False),
                        json.dumps(list(record.warnings), ensure_ascii=False),
                        record.file,
                    ),
                )
            self._bump(db)
        return ids

    # -- failures and pending index work ----------------------------------------------------
    def record_failure(self, file: str, reason: str) -> None:
        """Remember why a file failed, for the sources listing and the app."""
        self._db.execute("INSERT OR REPLACE INTO failures VALUES (?,?,?)", (file, reason, now()))

    def failures(self) -> dict[str, str]:
        """Files whose last ingest failed, with the reason."""
        return dict(self._db.execute("SELECT file, reason FROM failures ORDER BY file").fetchall())

    def add_pending(self, file: str, ids: Iterable[str]) -> None:
        """Journal chunk ids about to be written to or left in the vector store for ``file``."""
        self._db.execute("INSERT OR REPLACE INTO pending VALUES (?, ?)", (file, json.dumps(sorted(set(ids)))))

    def pending(self) -> dict[str, list[str]]:
        """Journaled ids of vector-store work that may not have finished."""
        return {f: json.loads(ids) for f, ids in self._db.execute("SELECT file, ids FROM pending")}

    def clear_pending(self, file: str) -> None:
        """The vector store matches the manifest for ``file`` again."""
        self._db.execute("DELETE FROM pending WHERE file=?", (file,))

    # -- chunks ------------------------------------------------------------------------------
    def chunk_ids(self, file: str | None = None) -> list[str]:
        """Ids of all chunks, or of one file's chunks, in reading order."""
        if file is None:
            return [r[0] for r in self._db.execute("SELECT chunk_id FROM chunks ORDER BY file, ordinal")]
        sql = "SELECT chunk_id FROM chunks WHERE file=? ORDER BY ordinal"
        return [r[0] for r in self._db.execute(sql, (file,))]

    def chunks(self, ids: Sequence[str]) -> dict[str, ChunkRecord]:
        """Chunk records by id (unknown ids are left out)."""
        out: dict[str, ChunkRecord] = {}
        for start in range(0, len(ids), 500):
            part = list(ids[start : start + 500])
            marks = ",".join("?" * len(part))
            for row in self._db.execute(f"SELECT * FROM chunks WHERE chunk_id IN ({marks})", part):
                out[row[0]] = _chunk(row)
        return out

    def all_chunks(self) -> Iterator[ChunkRecord]:
        """Every chunk, by file and reading order."""
        for row in self._db.execute("SELECT * FROM chunks ORDER BY file, ordinal"):
            yield _chunk(row)

    def count_chunks(self) -> int:
        """Number of chunks in the manifest."""
        return int(self._db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0])


def _source(row: tuple) -> SourceRecord:
    return SourceRecord(
        file=row[0],
        content_hash=row[1],
        meta_hash=row[2],
        size=row[3],
        units=row[4],
        chunks=row[5],
        meta=json.loads(row[6]),
        warnings=tuple(json.loads(row[7])),
        ingested_at=row[8],
    )


def _chunk(row: tuple) -> ChunkRecord:
    return ChunkRecord(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]))
