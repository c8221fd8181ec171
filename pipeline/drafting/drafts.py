"""The draft store: immutable revisions of each section, its status, and pinned or excluded evidence.

One SQLite file in the workspace (``drafts.sqlite``, WAL). Every write that depends on the current
revision checks ``expected`` and inserts inside one ``BEGIN IMMEDIATE`` transaction: SQLite takes the
write lock before the check, so of two editors (or processes) saving against the same revision,
exactly one wins and the other gets a :class:`ConflictError` -- no update is lost.

Revisions are never updated or deleted (triggers refuse it). An editor's text is stored with
backend ``"edited"``; the backend it was edited from is kept in the revision's notes
(``"edited from revision N (B)"``), since :class:`~pipeline.model.Revision` has no field for it.
Accepting sentences keeps the backend, prompt version and raw output: the text is still the drafter's.
"""

from __future__ import annotations

import difflib
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.drafting import draft_codec as codec
from pipeline.drafting.draft_codec import SCHEMA, SCHEMA_VERSION, STATUSES
from pipeline.index.manifest import now
from pipeline.model import DraftResult, Paragraph, Revision, Sentence

__all__ = ["EDITED", "FILENAME", "STATUSES", "ConflictError", "DraftStore", "RevisionInfo", "StatusInfo"]

FILENAME = "drafts.sqlite"
EDITED = "edited"

Sources = dict[str, dict[str, str]]
Maker = Callable[[Revision | None], tuple[DraftResult, Sources]]  # builds the next draft from the current revision


class ConflictError(Exception):
    """A save against a revision that is no longer the section's current one; nothing was written."""

    def __init__(self, section_id: str, expected: int, current: int, author: str = "", at: str = "") -> None:
        self.section_id, self.expected, self.current, self.author, self.at = section_id, expected, current, author, at
        started = f"edited revision {expected}" if expected else "started from no revision"
        if current > expected:
            msg = f"section {section_id} was saved as revision {current} by {author} at {at} while you {started}"
        elif current:
            msg = f"section {section_id} is at revision {current} (saved by {author} at {at}), not {expected}"
        else:
            msg = f"section {section_id} has no revision yet, but you edited revision {expected}"
        super().__init__(f"{msg}; reload and reapply your changes — your text was not saved over theirs")

    def __reduce__(self) -> tuple[type[ConflictError], tuple[str, int, int, str, str]]:
        # custom __init__ arguments: without this the error cannot be unpickled in another process
        return type(self), (self.section_id, self.expected, self.current, self.author, self.at)


@dataclass(frozen=True)
class RevisionInfo:
    """One line of a section's history."""

    number: int
    author: str
    backend: str
    created_at: str
    sentences: int
    flagged: int  # sentences with at least one flag


@dataclass(frozen=True)
class StatusInfo:
    """A section's review status and who set it when (empty strings for the default)."""

    status: str
    by: str
    at: str


class DraftStore:
    """Typed access to the workspace's draft store. Safe to share between threads; open one per process."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.RLock()  # one connection: keep threads from interleaving transactions
        self._db = sqlite3.connect(str(path), timeout=30.0, isolation_level=None, check_same_thread=False)
        for pragma in ("busy_timeout=30000", "journal_mode=WAL", "foreign_keys=ON", "synchronous=NORMAL"):
            self._db.execute(f"PRAGMA {pragma}")
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise RuntimeError(f"{path} was written by a newer version (schema {version} > {SCHEMA_VERSION})")
        try:  # one transaction, so a second process creating the tables meanwhile waits for this one
            self._db.executescript(f"BEGIN IMMEDIATE;{SCHEMA}PRAGMA user_version={SCHEMA_VERSION};COMMIT;")
        except BaseException:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise

    @classmethod
    def in_workspace(cls, workspace: Path) -> DraftStore:
        """The store at ``<workspace>/drafts.sqlite``."""
        return cls(workspace / FILENAME)

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def __enter__(self) -> DraftStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _rows(self, sql: str, args: Sequence[object] = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    # -- writing revisions -------------------------------------------------------------------
    def save(
        self, section_id: str, draft: DraftResult, *, author: str, expected: int | None, sources: Sources
    ) -> Revision:
        """Store ``draft`` as the next revision; ``expected`` is the current revision (0 or None: none yet).

        ``sources`` are the cited passages as they are now (the BRIEF's ``show`` shape), kept with the revision.
        Raises :class:`ConflictError`, writing nothing, when ``expected`` is not the current revision.
        """
        return self._append(section_id, author, expected, lambda _: (draft, sources))

    def edit(self, section_id: str, paragraphs: Sequence[Paragraph], *, author: str, expected: int | None) -> Revision:
        """Store an editor's text as the next revision (backend ``"edited"``), keeping gaps and sources."""

        def make(cur: Revision | None) -> tuple[DraftResult, Sources]:
            origin = f"edited from revision {cur.number} ({cur.backend})" if cur else "written by an editor"
            gaps, sources = (cur.gaps, cur.sources) if cur else ((), {})
            return DraftResult(tuple(paragraphs), gaps, EDITED, notes=(origin,)), sources

        return self._append(section_id, author, expected, make)

    def accept(
        self,
        section_id: str,
        positions: Sequence[tuple[int, int]],
        *,
        author: str,
        expected: int | None,
        lock: bool = True,
        release: Sequence[tuple[int, int]] = (),
    ) -> Revision:
        """Lock (with ``lock=False``: unlock) the sentences at 0-based ``(paragraph, sentence)`` positions.

        ``release`` unlocks other positions in the same revision, so that one editing action (accepting some
        sentences and releasing others) is one revision. Locked sentences survive regeneration. Raises
        ValueError naming the positions that do not exist.
        """
        chosen = {(int(p), int(s)) for p, s in positions}
        released = {(int(p), int(s)) for p, s in release} - chosen
        wanted = chosen | released
        if not wanted:
            raise ValueError("no sentence positions given to accept")

        def make(cur: Revision | None) -> tuple[DraftResult, Sources]:
            paragraphs = cur.paragraphs if cur else ()
            missing = wanted - {(p, s) for p, par in enumerate(paragraphs) for s in range(len(par.sentences))}
            if cur is None or missing:
                where = ", ".join(f"(paragraph {p}, sentence {s})" for p, s in sorted(missing))
                raise ValueError(f"section {section_id} revision {cur.number if cur else 0} has no sentence at {where}")
            new = tuple(_locked(_locked(par, p, chosen, lock), p, released, False) for p, par in enumerate(paragraphs))
            return DraftResult(new, cur.gaps, cur.backend, cur.prompt_version, cur.raw_output, cur.notes), cur.sources

        return self._append(section_id, author, expected, make)

    def _append(self, section_id: str, author: str, expected: int | None, make: Maker) -> Revision:
        if not section_id:
            raise ValueError("section_id must not be empty")
        with self._transaction() as db:
            cur = self._check(db, section_id, expected)
            draft, sources = make(cur)
            rev = Revision(
                section_id=section_id,
                number=(cur.number if cur else 0) + 1,
                paragraphs=tuple(draft.paragraphs),
                gaps=tuple(draft.gaps),
                backend=draft.backend,
                author=author,
                created_at=now(),
                prompt_version=draft.prompt_version,
                raw_output=draft.raw_output,
                sources={cid: dict(fields) for cid, fields in sources.items()},  # the caller's dicts stay theirs
                notes=tuple(draft.notes),
            )
            db.execute("INSERT OR IGNORE INTO sections(section_id) VALUES (?)", (section_id,))
            db.execute(codec.INSERT_REVISION, codec.revision_to_row(rev))
        return rev

    def _check(self, db: sqlite3.Connection, section_id: str, expected: int | None) -> Revision | None:
        """The current revision if ``expected`` names it, else ConflictError. Call inside a transaction."""
        if expected is not None and expected < 0:
            raise ValueError(f"expected revision must be 0 or more, not {expected}")
        cur = self._fetch(db, section_id, None)
        if cur is None and expected:
            raise ConflictError(section_id, expected, 0)
        if cur is not None and cur.number != expected:
            raise ConflictError(section_id, expected or 0, cur.number, cur.author, cur.created_at)
        return cur

    def _fetch(self, db: sqlite3.Connection, section_id: str, number: int | None) -> Revision | None:
        if number is None:
            sql = f"SELECT {codec.COLUMNS} FROM revisions WHERE section_id=? ORDER BY number DESC LIMIT 1"
            row = db.execute(sql, (section_id,)).fetchone()
        else:
            sql = f"SELECT {codec.COLUMNS} FROM revisions WHERE section_id=? AND number=?"
            row = db.execute(sql, (section_id, number)).fetchone()
        return codec.revision_from_row(row) if row else None

    # -- reading revisions -------------------------------------------------------------------
    def current(self, section_id: str) -> Revision | None:
        """The section's latest revision, or None if it was never saved."""
        with self._lock:
            return self._fetch(self._db, section_id, None)

    def revision(self, section_id: str, number: int) -> Revision:
        """One stored revision; KeyError with a readable message if there is no such revision."""
        with self._lock:
            rev = self._fetch(self._db, section_id, number)
        if rev is None:
            have = self._rows("SELECT COUNT(*) FROM revisions WHERE section_id=?", (section_id,))[0][0]
            raise KeyError(f"section {section_id} has no revision {number} (it has {have})")
        return rev

    def history(self, section_id: str) -> list[RevisionInfo]:
        """The section's revisions, oldest first."""
        sql = "SELECT number, author, backend, created_at, sentences, flagged FROM revisions WHERE section_id=?"
        return [RevisionInfo(*row) for row in self._rows(sql + " ORDER BY number", (section_id,))]

    def version(self) -> tuple[int, int]:
        """Changes whenever anything is written to the store, by this process or another (for views that cache)."""
        with self._lock:  # data_version moves on other connections' commits, total_changes on this one's
            return int(self._db.execute("PRAGMA data_version").fetchone()[0]), self._db.total_changes

    def sections(self) -> list[str]:
        """Ids of the sections that have at least one revision, sorted (outline order is the caller's)."""
        return [r[0] for r in self._rows("SELECT DISTINCT section_id FROM revisions ORDER BY section_id")]

    def locked_sentences(self, section_id: str) -> list[tuple[int, Sentence]]:
        """Accepted sentences of the current revision with their paragraph index, in reading order."""
        cur = self.current(section_id)
        paragraphs = cur.paragraphs if cur else ()
        return [(p, s) for p, par in enumerate(paragraphs) for s in par.sentences if s.locked]

    def diff(self, section_id: str, a: int, b: int) -> list[str]:
        """A unified diff from revision ``a`` to ``b``: one sentence per line with its citations."""
        old, new = (
            codec.sentence_lines(self.revision(section_id, a)),
            codec.sentence_lines(self.revision(section_id, b)),
        )
        return list(
            difflib.unified_diff(old, new, f"{section_id} revision {a}", f"{section_id} revision {b}", lineterm="")
        )

    # -- status ------------------------------------------------------------------------------
    def set_status(self, section_id: str, status: str, *, expected: int | None = None, author: str = "") -> None:
        """Set the section's review status; with ``expected``, only while that is still its current revision."""
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
        with self._transaction() as db:
            if expected is not None:  # approving a revision someone has since replaced would approve unread text
                self._check(db, section_id, expected)
            db.execute(
                "INSERT INTO sections(section_id, status, status_by, status_at) VALUES (?,?,?,?)"
                " ON CONFLICT(section_id) DO UPDATE SET"
                " status=excluded.status, status_by=excluded.status_by, status_at=excluded.status_at",
                (section_id, status, author, now()),
            )

    def status(self, section_id: str) -> str:
        """The section's review status (``draft`` until set)."""
        return self.status_info(section_id).status

    def status_info(self, section_id: str) -> StatusInfo:
        """The section's review status with who set it and when."""
        rows = self._rows("SELECT status, status_by, status_at FROM sections WHERE section_id=?", (section_id,))
        return StatusInfo(*rows[0]) if rows else StatusInfo("draft", "", "")

    # -- pinned and excluded evidence --------------------------------------------------------
    def pin(self, section_id: str, chunk_id: str, *, author: str) -> None:
        """Always give this passage to the section's drafter (replaces an exclusion)."""
        self._mark(section_id, chunk_id, "pinned", author)

    def exclude(self, section_id: str, chunk_id: str, *, author: str) -> None:
        """Never give this passage to the section's drafter (replaces a pin)."""
        self._mark(section_id, chunk_id, "excluded", author)

    def clear(self, section_id: str, chunk_id: str) -> None:
        """Neither pinned nor excluded any more."""
        with self._transaction() as db:
            db.execute("DELETE FROM evidence_marks WHERE section_id=? AND chunk_id=?", (section_id, chunk_id))

    def pins(self, section_id: str) -> list[str]:
        """Pinned chunk ids, sorted."""
        return self._marked(section_id, "pinned")

    def exclusions(self, section_id: str) -> list[str]:
        """Excluded chunk ids, sorted."""
        return self._marked(section_id, "excluded")

    def _mark(self, section_id: str, chunk_id: str, mark: str, author: str) -> None:
        # one row per (section, chunk): a passage is pinned, excluded or neither, never both
        with self._transaction() as db:
            db.execute("INSERT OR IGNORE INTO sections(section_id) VALUES (?)", (section_id,))
            args = (section_id, chunk_id, mark, author, now())
            db.execute("INSERT OR REPLACE INTO evidence_marks VALUES (?,?,?,?,?)", args)

    def _marked(self, section_id: str, mark: str) -> list[str]:
        sql = "SELECT chunk_id FROM evidence_marks WHERE section_id=? AND mark=? ORDER BY chunk_id"
        return [r[0] for r in self._rows(sql, (section_id, mark))]


def _locked(par: Paragraph, p: int, wanted: set[tuple[int, int]], lock: bool) -> Paragraph:
    """``par`` (paragraph ``p``) with the sentences at ``wanted`` positions locked or unlocked."""
    sentences = tuple(replace(x, locked=lock) if (p, s) in wanted else x for s, x in enumerate(par.sentences))
    return replace(par, sentences=sentences)
