"""Repair a workspace: rebuild the derived parts (Chroma vectors, BM25) from the manifest, the record of truth.

The manifest and the draft store are never replaced or rewritten: their problems are only reported by the check.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path
from typing import Any

from ingest.chunking import index_text
from pipeline.index.chroma_clients import close_client, forget_store, make_client, mark_recreated
from pipeline.index.vectors import collection_name
from pipeline.index.workspace_index import METADATA_FIELDS, index_hash
from pipeline.settings import Settings
from pipeline.upkeep.doctor import (
    EMBED_PAGE,
    MANIFEST_FILE,
    PAGE,
    Progress,
    Report,
    Truth,
    check_settings,
    check_workspace,
    chroma_label,
    open_collection,
    read_truth,
    stored_vectors,
    workspace_lock,
)


def repair_workspace(settings: Settings, progress: Progress | None = None) -> Report:
    """Rebuild what is derived (Chroma vectors, BM25) from the manifest; revisions are never touched.

    Returns the check made after the repair, with the actions taken in ``repaired``.
    """
    root = Path(settings.workspace)
    first = check_workspace(settings)
    if not root.is_dir():
        return first
    actions: list[str] = []
    with workspace_lock(root):
        probe = Report(root)
        truth = read_truth(root / MANIFEST_FILE, probe)
        if truth is not None and truth.embedding and check_settings(settings, truth, probe):
            actions += _repair_vectors(settings, truth, progress)
            actions += _repair_lexical(settings, truth, first)
    after = check_workspace(settings)
    after.repaired = actions
    return after


def _repair_vectors(settings: Settings, truth: Truth, progress: Progress | None) -> list[str]:
    from pipeline.index.manifest import Manifest

    actions: list[str] = []
    label = chroma_label(settings)
    if _missing(settings, truth):  # made anew below: an index that had the removed one open must reopen
        mark_recreated(Path(settings.workspace))
    try:
        # the client that read the broken store is closed before the store is removed: the block ends first
        with open_collection(settings, truth, create=True) as collection:
            stored = stored_vectors(collection)
    except Exception as exc:  # corrupt files: the collection is derived, so it is recreated from the manifest
        _recreate(settings, truth)
        stored = {}
        actions.append(f"{label}: could not be read ({type(exc).__name__}); recreated the collection")
    with open_collection(settings, truth, create=True) as collection:
        extra = [i for i in stored if i not in truth.ids]  # journaled leftovers of an interrupted write included
        for s in range(0, len(extra), PAGE):
            collection.delete(ids=extra[s : s + PAGE])
        if extra:
            actions.append(f"{label}: deleted {len(extra)} vectors not in the manifest")
        manifest = Manifest(Path(settings.workspace) / MANIFEST_FILE)
        try:
            for file in truth.pending:
                manifest.clear_pending(file)
            if truth.pending:
                actions.append(f"{MANIFEST_FILE}: rolled back {len(truth.pending)} interrupted writes")
            todo = [i for i, h in truth.ids.items() if stored.get(i) != h]
            if todo:
                _reembed(settings, manifest, collection, todo, progress)
                actions.append(f"{label}: embedded and stored {len(todo)} chunks again from the manifest")
        finally:
            manifest.close()
    return actions


def _missing(settings: Settings, truth: Truth) -> bool:
    """Whether the workspace's store is gone (its folder removed, or its collection dropped from the server)."""
    if not settings.chroma_url:
        return not (Path(settings.workspace) / "chroma" / "chroma.sqlite3").is_file()
    try:
        with open_collection(settings, truth) as collection:
            return collection is None
    except Exception:  # unreadable: recreated, and marked, by _recreate
        return False


def _recreate(settings: Settings, truth: Truth) -> None:
    """Remove the broken store: the embedded folder, or the server's collection (the caller makes a new one)."""
    if settings.chroma_url:
        client = make_client(Path(settings.workspace) / "chroma", settings.chroma_url)
        name = collection_name(truth.workspace_id, truth.embedding, truth.chunking)
        try:
            with contextlib.suppress(Exception):  # already gone
                client.delete_collection(name)
        finally:
            close_client(client)
    else:
        folder = Path(settings.workspace) / "chroma"
        forget_store(folder)  # the process may hold the broken files open
        shutil.rmtree(folder, ignore_errors=True)
    # before the new store is made: indexes opened earlier, here or in another process, reopen at their next use
    mark_recreated(Path(settings.workspace))


def _reembed(settings: Settings, manifest: Any, collection: Any, ids: list[str], progress: Progress | None) -> None:
    from pipeline.index.embeddings import build_embedder

    embedder = build_embedder(settings.embedding, settings.embedding_batch)
    metas = {s.file: s.meta for s in manifest.sources()}
    notify = progress or (lambda _done, _total: None)
    notify(0, len(ids))
    for s in range(0, len(ids), EMBED_PAGE):
        records = manifest.chunks(ids[s : s + EMBED_PAGE])
        part = [i for i in ids[s : s + EMBED_PAGE] if i in records]
        texts = [index_text(records[i].text, records[i].location, metas.get(records[i].file, {})) for i in part]
        vectors = embedder.embed(texts)
        metadatas = []
        for cid, text in zip(part, texts, strict=True):
            rec, meta = records[cid], metas.get(records[cid].file, {})
            fields = {k: meta.get(k, "") for k in METADATA_FIELDS}  # what Index.commit stores beside a vector
            metadatas.append({**fields, **rec.location, "ordinal": rec.ordinal, "index_hash": index_hash(text)})
        collection.upsert(
            ids=part,
            embeddings=[list(map(float, v)) for v in vectors],
            documents=[records[i].text for i in part],
            metadatas=metadatas,
        )
        notify(min(s + EMBED_PAGE, len(ids)), len(ids))


def _repair_lexical(settings: Settings, truth: Truth, found: Report) -> list[str]:
    root = Path(settings.workspace)
    wrong = [f for f in found.findings if f.file in ("lexical/", "lexical.tmp/", "lexical.old/")]
    if not wrong:
        return []
    from pipeline.index.workspace_index import Index

    for name in ("lexical", "lexical.tmp", "lexical.old"):
        shutil.rmtree(root / name, ignore_errors=True)
    with Index(settings) as index:
        index.lexical()  # nothing on disk: rebuilt from the manifest at its generation
    return [f"lexical/: rebuilt the BM25 index from the manifest ({len(truth.ids)} chunks)"]
