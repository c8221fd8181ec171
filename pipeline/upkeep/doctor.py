"""Check a workspace's parts against each other (``pipeline.upkeep.repair`` rebuilds the derived ones).

The SQLite manifest holds every source and the text of every chunk; the Chroma collection and the BM25 index
are derived from it and can be rebuilt. ``drafts.sqlite`` holds the revisions, which nothing can rebuild: a
corrupt manifest or draft store is reported with advice (restore a backup, re-ingest), never replaced.

Findings are ``problem`` (the workspace is not healthy: exit 1) or ``warning`` (worth knowing, heals by itself:
an interrupted write that the next write rolls back, a BM25 index the next search rebuilds, a revision citing a
passage that was removed since).

A workspace that is not made yet (no folder, or a manifest whose set-up was cut off before any source was
recorded) is healthy: it is what a first ingest killed before it wrote anything leaves, and the next ingest
makes it. The doctor says so in a warning rather than calling it broken.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest.chunking import CHUNKER_VERSION, index_text
from pipeline.drafting.drafts import FILENAME as DRAFTS_FILE
from pipeline.index.embeddings import embedding_identity
from pipeline.index.lexical import LexicalIndex
from pipeline.index.manifest import SCHEMA
from pipeline.index.vectors import close_client, collection_name, make_client
from pipeline.index.workspace_index import MANIFEST_FILE, index_hash
from pipeline.settings import Settings

OUTLINE_FILE = "outline.yaml"
PAGE = 1000  # ids read from Chroma per call
EMBED_PAGE = 256  # chunks re-embedded per call, so the progress bar moves

Progress = Callable[[int, int], None]  # (done, total) chunks re-embedded
# The manifest's tables, read from its schema so that a table added there is checked here too.
MANIFEST_TABLES = tuple(re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", SCHEMA))


@dataclass(frozen=True)
class Finding:
    """One thing wrong (``problem``) or worth knowing (``warning``), naming the file concerned."""

    level: str  # problem | warning
    file: str
    message: str

    def line(self) -> str:
        """The one-line form: ``problem: <file>: <what is wrong>``."""
        return " ".join(f"{self.level}: {self.file}: {self.message}".split())  # one line, whatever the cause said


@dataclass
class Report:
    """What the doctor found (and, with repair, did)."""

    workspace: Path
    findings: list[Finding] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, level: str, file: str, message: str) -> None:
        """Record a finding."""
        self.findings.append(Finding(level, file, message))

    @property
    def problems(self) -> list[Finding]:
        """Findings that make the workspace unhealthy."""
        return [f for f in self.findings if f.level == "problem"]

    @property
    def healthy(self) -> bool:
        """No problem found (warnings allowed)."""
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        """The ``--json`` shape."""
        return {
            "workspace": str(self.workspace),
            "healthy": self.healthy,
            "problems": [f.line() for f in self.problems],
            "warnings": [f.line() for f in self.findings if f.level == "warning"],
            "repaired": list(self.repaired),
            "counts": dict(self.counts),
        }


@dataclass
class Truth:
    """What the manifest says the derived parts must hold."""

    ids: dict[str, str]  # chunk id -> hash of its indexed text (the vector's ``index_hash``)
    pending: dict[str, list[str]]
    generation: int
    workspace_id: str
    embedding: str
    chunking: str


@contextlib.contextmanager
def workspace_lock(root: Path) -> Iterator[None]:
    """The lock every ingest holds while writing: checked parts do not move under the doctor."""
    with (root / ".lock").open("a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _integrity(path: Path) -> str:
    """'' when SQLite finds the file sound, else what is wrong (read-only: nothing is written)."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30.0)
        try:
            rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
        finally:
            db.close()
    except sqlite3.Error as exc:
        return str(exc)
    return "" if rows == ["ok"] else "; ".join(rows[:3])


def read_truth(path: Path, report: Report) -> Truth | None:
    """The manifest's chunk ids and bookkeeping, or None when it cannot be used (a problem) or is not made yet."""
    name = path.name
    if not path.is_file():
        others = [p.name for p in (path.parent / "chroma", path.parent / "lexical") if p.exists()]
        if others:
            report.add(
                "problem",
                name,
                f"missing while {', '.join(others)} exist: the record of sources is gone; restore it from a backup, "
                "or start a new workspace and ingest the contributions again",
            )
        else:  # the folder was made and the process stopped before the manifest: nothing is lost
            report.counts.update(sources=0, chunks=0)
            report.add("warning", name, "not made yet (nothing was ingested); the next ingest makes it")
        return None
    wrong = _integrity(path)
    if wrong:
        report.add(
            "problem",
            name,
            f"corrupt ({wrong}): it is the record of truth and cannot be rebuilt from the indexes; "
            "restore it from a backup, or ingest the contributions again into a new workspace",
        )
        return None
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30.0)
    try:
        if not _schema_complete(db, report):
            return None
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        sources = {r[0]: json_meta(r[1]) for r in db.execute("SELECT file, meta FROM sources")}
        ids = {}
        for cid, file, text, location in db.execute("SELECT chunk_id, file, text, location FROM chunks"):
            indexed = index_text(text, json_meta(location), sources.get(file, {}))
            ids[cid] = index_hash(indexed)
        pending = {r[0]: json_list(r[1]) for r in db.execute("SELECT file, ids FROM pending")}
        report.counts.update(sources=len(sources), chunks=len(ids))
    except sqlite3.Error as exc:
        report.add("problem", name, f"unreadable ({exc}); restore it from a backup")
        return None
    finally:
        db.close()
    return Truth(
        ids,
        pending,
        int(meta.get("generation", "0") or 0),
        meta.get("workspace_id", ""),
        meta.get("embedding", ""),
        meta.get("chunking", ""),
    )


def _schema_complete(db: sqlite3.Connection, report: Report) -> bool:
    """True when every manifest table exists; else records why (a cut-off set-up is a warning, not a problem).

    The tables are created one by one when a workspace is first opened, before anything else is written, so a
    kill in between leaves some missing; with no source recorded, that is a workspace not made yet.
    """
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    missing = [t for t in MANIFEST_TABLES if t not in tables]
    if not missing:
        return True
    recorded = "sources" in tables and db.execute("SELECT 1 FROM sources LIMIT 1").fetchone() is not None
    if recorded:
        report.add(
            "problem",
            MANIFEST_FILE,
            f"missing table(s) {', '.join(missing)} while sources are recorded; restore the file from a backup, "
            "or ingest the contributions again into a new workspace",
        )
    else:
        report.counts.update(sources=0, chunks=0)
        report.add(
            "warning",
            MANIFEST_FILE,
            "set-up was cut off before any source was recorded (nothing is lost); the next ingest completes it",
        )
    return False


def json_meta(text: str) -> dict[str, Any]:
    """A JSON object column (a bad value reads as empty rather than stopping the check)."""
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def json_list(text: str) -> list[str]:
    """A JSON list column."""
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def check_settings(settings: Settings, truth: Truth, report: Report) -> bool:
    """The settings ask for the embedding and chunking the workspace was built with."""
    wanted = (embedding_identity(settings.embedding), _chunking(settings))
    if truth.ids and (truth.embedding, truth.chunking) != wanted:
        report.add(
            "problem",
            MANIFEST_FILE,
            f"built with embedding '{truth.embedding}' and chunking '{truth.chunking}', but the settings ask for "
            f"'{wanted[0]}' and '{wanted[1]}': run with the original settings (GUIDELINES_EMBEDDING, "
            "GUIDELINES_CHUNK_SIZE, GUIDELINES_CHUNK_OVERLAP)",
        )
        return False
    return True


def _chunking(settings: Settings) -> str:
    return f"c{settings.chunk_size}o{settings.chunk_overlap}v{CHUNKER_VERSION}"


@contextlib.contextmanager
def open_collection(settings: Settings, truth: Truth, create: bool = False) -> Iterator[Any]:
    """The workspace's Chroma collection (None when it does not exist and ``create`` is False), for the block.

    Its client is closed when the block ends: the app checks the workspace from its sidebar, and each check used
    to leave a client (and, for a workspace no index holds open, its files) behind.
    """
    client = make_client(Path(settings.workspace) / "chroma", settings.chroma_url)
    try:
        yield _collection(client, collection_name(truth.workspace_id, truth.embedding, truth.chunking), truth, create)
    finally:
        close_client(client)


def _collection(client: Any, name: str, truth: Truth, create: bool) -> Any:
    if create:
        meta = {"hnsw:space": "cosine", "embedding": truth.embedding, "chunking": truth.chunking}
        return client.get_or_create_collection(name=name, embedding_function=None, metadata=meta)
    try:
        return client.get_collection(name=name, embedding_function=None)
    except Exception:  # chromadb raises NotFoundError or ValueError depending on the version and the client
        if name in {getattr(c, "name", c) for c in client.list_collections()}:
            raise
        return None


def stored_vectors(collection: Any) -> dict[str, str]:
    """Every id in the collection with the ``index_hash`` its vector was computed from; probes the vector index."""
    out: dict[str, str] = {}
    offset = 0
    while True:
        got = collection.get(include=["metadatas"], limit=PAGE, offset=offset)
        for cid, meta in zip(got["ids"], got["metadatas"] or [None] * len(got["ids"]), strict=True):
            out[cid] = str((meta or {}).get("index_hash", ""))
        if len(got["ids"]) < PAGE:
            break
        offset += PAGE
    if out:  # reading ids touches only Chroma's SQLite; a query reads the vector index too
        first = next(iter(out))
        vector = collection.get(ids=[first], include=["embeddings"])["embeddings"][0]
        collection.query(query_embeddings=[list(vector)], n_results=1, include=["distances"])
    return out


def chroma_label(settings: Settings) -> str:
    """How findings name the vector store: the server's address, or the embedded folder."""
    return f"Chroma server {settings.chroma_url}" if settings.chroma_url else "chroma/"


def _check_vectors(settings: Settings, truth: Truth, report: Report) -> dict[str, str] | None:
    """Compare the collection with the manifest; returns the stored ids, None when Chroma cannot be read."""
    label = chroma_label(settings)
    folder = Path(settings.workspace) / "chroma"
    if not truth.embedding:  # nothing was ever ingested
        return None
    if not settings.chroma_url and not (folder / "chroma.sqlite3").is_file():  # not the files a process still holds
        if truth.ids:
            report.add("problem", label, f"missing: {len(truth.ids)} chunks have no vector (doctor --repair)")
        return None
    try:
        with open_collection(settings, truth) as collection:
            if collection is None:
                if truth.ids:
                    report.add("problem", label, "the workspace's collection is missing (doctor --repair rebuilds it)")
                return None
            recorded = collection.metadata or {}
            for key, value in (("embedding", truth.embedding), ("chunking", truth.chunking)):
                if recorded.get(key) not in (None, value):
                    report.add("problem", label, f"collection built with {key} '{recorded.get(key)}', not '{value}'")
            stored = stored_vectors(collection)
    except Exception as exc:  # a corrupt file or an unreachable server: say so, --repair recreates
        report.add("problem", label, f"cannot be read ({type(exc).__name__}: {exc}); doctor --repair recreates it")
        return None
    report.counts["vectors"] = len(stored)
    journaled = {i for ids in truth.pending.values() for i in ids}
    missing = [i for i in truth.ids if i not in stored]
    extra = [i for i in stored if i not in truth.ids and i not in journaled]
    stale = [i for i, h in truth.ids.items() if i in stored and stored[i] != h]
    if missing:
        report.add("problem", label, f"{len(missing)} chunks of the manifest have no vector (e.g. {missing[0]})")
    if extra:
        report.add("problem", label, f"{len(extra)} vectors are not in the manifest (e.g. {extra[0]})")
    if stale:
        report.add("problem", label, f"{len(stale)} vectors were computed from other text (e.g. {stale[0]})")
    return stored


def _check_pending(truth: Truth, report: Report) -> None:
    for file, ids in sorted(truth.pending.items()):
        gone = sum(1 for i in ids if i not in truth.ids)
        report.add(
            "warning",
            MANIFEST_FILE,
            f"interrupted write of '{file}' journaled ({gone} vectors not in the manifest, ignored by search); "
            "the next ingest or doctor --repair rolls it back",
        )


def _check_lexical(root: Path, truth: Truth, report: Report) -> None:
    folder = root / "lexical"
    for leftover in (folder.with_name("lexical.tmp"), folder.with_name("lexical.old")):
        if leftover.exists():
            report.add("warning", f"{leftover.name}/", "left by an interrupted rebuild (removed by the next one)")
    if not (folder / "info.json").is_file():
        if truth.ids:
            report.add("warning", "lexical/", "BM25 index missing; the next search or doctor --repair rebuilds it")
        return
    index = LexicalIndex(folder)
    try:
        loaded = index.load()
        if loaded and len(index):
            index.query("qualification", 1)
    except Exception as exc:
        loaded = False
        detail = f"{type(exc).__name__}: {exc}"
    else:
        detail = "a file is truncated or not valid"
    if not loaded:
        report.add("problem", "lexical/", f"BM25 index cannot be read ({detail}); doctor --repair rebuilds it")
        return
    if index.outdated:
        report.add(
            "warning",
            "lexical/",
            "BM25 index was built by an older version; the next search or doctor --repair rebuilds it",
        )
    elif index.generation != truth.generation:
        report.add(
            "warning",
            "lexical/",
            f"BM25 index is of generation {index.generation}, the manifest of {truth.generation}; "
            "the next search or doctor --repair rebuilds it",
        )
    elif set(index._ids) != set(truth.ids):  # same generation must mean the same chunks
        report.add(
            "problem", "lexical/", "BM25 index holds other chunks than the manifest; doctor --repair rebuilds it"
        )


def _check_drafts(root: Path, truth: Truth | None, report: Report) -> None:
    path = root / DRAFTS_FILE
    if not path.is_file():
        return
    wrong = _integrity(path)
    if wrong:
        report.add(
            "problem",
            DRAFTS_FILE,
            f"corrupt ({wrong}): revisions cannot be rebuilt from anything else; restore the file from a backup "
            "(the tool never replaces it)",
        )
        return
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30.0)
    try:
        rows = db.execute("SELECT section_id, number, paragraphs FROM revisions ORDER BY section_id, number").fetchall()
    except sqlite3.Error as exc:
        report.add("problem", DRAFTS_FILE, f"unreadable ({exc}); restore it from a backup")
        return
    finally:
        db.close()
    numbers: dict[str, list[int]] = {}
    latest: dict[str, str] = {}
    for section_id, number, paragraphs in rows:
        numbers.setdefault(section_id, []).append(int(number))
        latest[section_id] = paragraphs
    report.counts.update(sections=len(numbers), revisions=len(rows))
    for section_id, got in numbers.items():
        if got != list(range(1, len(got) + 1)):
            report.add("problem", DRAFTS_FILE, f"section {section_id}: revision numbers {got} have a gap")
    if truth is None:
        return
    for section_id, paragraphs in sorted(latest.items()):
        cited = {c for p in _json_any(paragraphs) for s in p.get("sentences", []) for c in s.get("citations", [])}
        gone = sorted(c for c in cited if c not in truth.ids)
        if gone:
            report.add(
                "warning",
                DRAFTS_FILE,
                f"section {section_id}: the current revision cites {len(gone)} passages no longer ingested "
                f"(e.g. {gone[0]}); their text is kept with the revision, redraft to cite current passages",
            )


def _json_any(text: str) -> list[dict[str, Any]]:
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _check_outline(root: Path, report: Report) -> None:
    from pipeline.drafting.outline import OutlineError, load_outline

    path = root / OUTLINE_FILE
    if path.is_file():
        try:
            load_outline(path)
        except (OutlineError, OSError) as exc:
            report.add("problem", OUTLINE_FILE, f"cannot be used ({exc}); pass a good one with draft --outline")


def check_workspace(settings: Settings) -> Report:
    """Check every part of the workspace; takes the write lock so that no ingest moves the parts meanwhile."""
    root = Path(settings.workspace)
    report = Report(root)
    if not root.is_dir():  # a first ingest killed before it made the folder leaves exactly this
        report.counts.update(sources=0, chunks=0)
        report.add(
            "warning",
            str(root),
            "no workspace here yet (nothing was ingested into it); the first ingest makes it, "
            "so check --workspace if you expected one",
        )
        return report
    with workspace_lock(root):
        truth = read_truth(root / MANIFEST_FILE, report)
        if truth is not None:
            _check_pending(truth, report)
            if check_settings(settings, truth, report):
                _check_vectors(settings, truth, report)
            _check_lexical(root, truth, report)
        _check_drafts(root, truth, report)
        _check_outline(root, report)
    return report
