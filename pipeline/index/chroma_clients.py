"""Chroma clients: one per embedded store folder (Chroma's own count of them) or one per server for the process,
and what a repair that recreates a store tells the processes that had it open.

A repair (``pipeline.upkeep.repair``) that recreates a workspace's store writes the mark ``chroma.repaired`` in the
workspace. A process that opened the store before (the app, while ``guidelines doctor --repair`` ran in a terminal,
or the repair in the same process) still holds the old store's files or collection: an index compares the mark at
each use and reopens its store when it changed, and the first client this process opens after the change first
stops and forgets the old store's Chroma system, so no later client is handed it.
"""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

REPAIR_MARK = "chroma.repaired"  # in the workspace folder; rewritten each time a repair recreates the store


def make_client(path: Path, url: str = "") -> Any:
    """An embedded client in ``path``, or the process's HTTP client of the server at ``url`` when it is set.

    Raises VectorStoreError when the server does not answer a heartbeat, on every call: an index opened while
    the server is down says so at once, even though the client itself is kept (see ``_SERVER_CLIENTS``)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    from pipeline.index.vectors import VectorStoreError

    settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if not url:
        path.mkdir(parents=True, exist_ok=True)
        forget_stale_store(path)  # a repair recreated it since this process opened it: never reuse the old system
        return chromadb.PersistentClient(path=str(path), settings=settings)
    parsed = urlparse(url if "://" in url else f"http://{url}")
    host = parsed.hostname or "127.0.0.1"
    port = parsed.port or (443 if parsed.scheme == "https" else 8000)
    key = (os.getpid(), parsed.scheme == "https", host, port)  # a forked child never shares its parent's socket
    with _LOCK:
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
        with _LOCK:
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
_LOCK = threading.Lock()  # guards the shared clients and the record of forgotten stores


def close_client(client: Any) -> None:
    """Release a Chroma client: its SQLite files, vector segment files and runtime threads.

    Chroma shares one system between the clients of a folder and stops it when the last of them is closed, so
    closing ours never pulls the store from under another open client of the same workspace. Without this, a
    long-lived process (the app, a test session) keeps every workspace it ever opened open, about ten
    descriptors each, until it runs out. A server's client is the process's shared one and stays open.
    """
    with _LOCK:
        if any(client is shared for shared in _SERVER_CLIENTS.values()):
            return
    close = getattr(client, "close", None)
    if close is not None:
        close()


def store_mark(workspace: Path) -> tuple[int, int, int] | None:
    """What identifies the last recreation of a workspace's store (None: never recreated): a stat is enough, since
    the mark is replaced whole each time (a new file, a new time)."""
    try:
        st = (workspace / REPAIR_MARK).stat()
    except OSError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)


def mark_recreated(workspace: Path) -> None:
    """Tell every process holding the workspace's store open that it was recreated (see the module's docstring).

    Written right after the old store is removed and before the new one is made, so that no client of the new
    store can be taken for one of the old."""
    from pipeline.atomic import replacing

    with replacing(workspace / REPAIR_MARK) as tmp:
        tmp.write_text(f"{uuid.uuid4().hex}\n", encoding="utf-8")


# (store folder, mark) pairs whose older Chroma system this process has already stopped and forgotten: each only
# once, so that a client opened after the repair is never stopped under its user by another index catching up.
_FORGOTTEN: set[tuple[str, tuple[int, int, int]]] = set()


def forget_stale_store(folder: Path) -> None:
    """Stop and forget this process's Chroma system of ``folder`` if it predates the workspace's last repair."""
    mark = store_mark(folder.parent)
    if mark is None:
        return
    key = (os.path.realpath(folder), mark)
    with _LOCK:  # held while forgetting: a thread opening the folder meanwhile waits, then gets a new system
        if key in _FORGOTTEN:
            return
        forget_store(folder)
        _FORGOTTEN.add(key)


def forget_store(folder: Path) -> None:
    """Stop and forget Chroma's shared system of ``folder`` only, so the next client opens the store on disk now.

    Chroma keeps one system per folder for the whole process, counted by its clients. Clearing its whole cache
    (its only public call for this) also forgot the systems of other workspaces still open in the process (the
    app's): a client opened later started a second system on the same folder, and closing the first client then
    stopped the second one under its user. Only this folder's entry goes, with its count; any client of this
    folder still open was reading files that are being (or were) removed anyway.
    """
    from chromadb.api.client import SharedSystemClient

    systems = getattr(SharedSystemClient, "_identifier_to_system", None)
    counts = getattr(SharedSystemClient, "_identifier_to_refcount", None)
    lock = getattr(SharedSystemClient, "_refcount_lock", None)
    if not isinstance(systems, dict) or not isinstance(counts, dict) or lock is None:
        SharedSystemClient.clear_system_cache()  # another Chroma layout: the coarse way, which repairs all the same
        return
    target = folder.resolve()
    with lock:
        mine = [key for key in list(systems) if key and _same_folder(key, target)]
        dropped = [systems.pop(key) for key in mine]
        for key in mine:
            counts.pop(key, None)
    for system in dropped:
        with contextlib.suppress(Exception):  # a store too broken to stop cleanly is removed all the same
            system.stop()


def _same_folder(identifier: str, target: Path) -> bool:
    """Whether a Chroma system identifier (a persistent client's path) names ``target``."""
    try:
        return Path(identifier).resolve() == target
    except (OSError, ValueError):
        return False
