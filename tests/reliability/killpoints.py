"""Run the real ``guidelines`` CLI and SIGKILL it at a chosen point: a test-only wrapper, no hook in the product.

    python -m tests.reliability.killpoints POINT[:N] guidelines-arguments...

The wrapper patches a few functions of the core so that the process kills itself (``SIGKILL``, no cleanup,
no ``finally``) right after the N-th time (default 1) the point is reached, then runs ``cli.main.main``.
An unknown point is an error (exit 2), so a typo cannot make a test pass by never killing.

Points (where the process dies):

- ``ingest-stored``: after the N-th source was fully written (vectors, manifest, journal cleared).
- ``ingest-embedding``: inside the N-th embedding call, once its vectors are computed but none is stored.
- ``ingest-vectors``: after the N-th Chroma upsert call (batches of 4 vectors), before the manifest commit.
- ``ingest-manifest``: after the N-th manifest commit, before stale vectors are deleted and the journal cleared.
- ``ingest-lexical``: inside the BM25 rebuild, after the new index is saved beside the old one, before the swap.
- ``draft-stored``: after the N-th revision was saved (between sections).
- ``draft-commit``: inside the N-th revision's transaction, with the row inserted, just before COMMIT.
- ``export-zip``: after the N-th part of the .docx was written into the (temporary) zip file.
"""

from __future__ import annotations

import fcntl
import functools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]

POINTS = (
    "ingest-stored",
    "ingest-embedding",
    "ingest-vectors",
    "ingest-manifest",
    "ingest-lexical",
    "draft-stored",
    "draft-commit",
    "export-zip",
)


def die() -> None:
    """SIGKILL this process: nothing after this line runs, as with a power cut or the OOM killer."""
    sys.stderr.write("killpoint: SIGKILL\n")
    sys.stderr.flush()
    os.kill(os.getpid(), signal.SIGKILL)


class _Counter:
    def __init__(self, after: int) -> None:
        self.after, self.seen = after, 0

    def hit(self) -> None:
        self.seen += 1
        if self.seen >= self.after:
            die()


def _after(owner: Any, name: str, counter: _Counter) -> None:
    """Patch ``owner.name`` so that the process dies right after the call returns."""
    original: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        counter.hit()
        return result

    setattr(owner, name, wrapper)


class _Proxy:
    """Stands in for an object, with some methods replaced."""

    def __init__(self, inner: Any, **methods: Callable[..., Any]) -> None:
        self._inner, self._methods = inner, methods

    def __getattr__(self, name: str) -> Any:
        return self._methods.get(name) or getattr(self._inner, name)


def install(point: str, after: int) -> None:
    """Arm one kill point."""
    counter = _Counter(after)
    if point == "ingest-stored":
        from pipeline.index.workspace_index import Index

        _after(Index, "commit", counter)
    elif point == "ingest-embedding":
        from pipeline.index.workspace_index import Index

        original = Index.embed

        def embed(self: Any, prepared: Any) -> int:
            inner = self.embedder

            def embed_then_die(texts: Any) -> Any:
                vectors = inner.embed(texts)
                counter.hit()
                return vectors

            self._embedder = _Proxy(inner, embed=embed_then_die)
            try:
                return original(self, prepared)
            finally:
                self._embedder = inner

        Index.embed = embed
    elif point == "ingest-vectors":
        from pipeline.index.vectors import VectorStore

        VectorStore.BATCH = 4
        init = VectorStore.__init__

        def init_with_proxy(self: Any, *args: Any, **kwargs: Any) -> None:
            init(self, *args, **kwargs)
            collection = self._collection

            def upsert(**kw: Any) -> Any:
                result = collection.upsert(**kw)
                counter.hit()
                return result

            self._collection = _Proxy(collection, upsert=upsert)

        VectorStore.__init__ = init_with_proxy
    elif point == "ingest-manifest":
        from pipeline.index.manifest import Manifest

        _after(Manifest, "replace_source", counter)
    elif point == "ingest-lexical":
        import bm25s

        _after(bm25s.BM25, "save", counter)
    elif point == "draft-stored":
        from pipeline.drafting.drafts import DraftStore

        _after(DraftStore, "save", counter)
    elif point == "draft-commit":
        from pipeline.drafting.drafts import DraftStore

        init = DraftStore.__init__

        def init_with_proxy(self: Any, *args: Any, **kwargs: Any) -> None:
            init(self, *args, **kwargs)
            db = self._db

            def execute(sql: str, *params: Any) -> Any:
                if sql.strip().upper() == "COMMIT":
                    counter.hit()
                return db.execute(sql, *params)

            self._db = _Proxy(db, execute=execute)

        DraftStore.__init__ = init_with_proxy
    elif point == "export-zip":
        import zipfile

        _after(zipfile.ZipFile, "writestr", counter)
    else:
        sys.stderr.write(f"killpoints: unknown point {point!r}; one of {', '.join(POINTS)}\n")
        raise SystemExit(2)


# -- helpers for the tests and bench/fault_injection.py ---------------------------------------------


def cli_env(**extra: str) -> dict[str, str]:
    """The environment for CLI subprocesses: fast fake embedding, readers in-process, no LLM, no server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GUIDELINES_")}
    env.update(GUIDELINES_EMBEDDING="fake:64", GUIDELINES_ISOLATE_READERS="false", PYTHONUNBUFFERED="1")
    env.update(extra)
    return env


def command(args: Sequence[str], point: str = "") -> list[str]:
    """The argv of ``guidelines ARGS``, run under the kill point ``point`` when one is given."""
    if point:
        return [sys.executable, "-m", "tests.reliability.killpoints", point, *args]
    return [sys.executable, "-m", "cli", *args]


def run(
    args: Sequence[str], point: str = "", env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess:
    """Run the CLI (under a kill point) to its end or its death; the return code is -9 when it was killed."""
    return subprocess.run(
        command(args, point), capture_output=True, text=True, cwd=REPO, env=env or cli_env(), timeout=timeout
    )


def spawn(args: Sequence[str]) -> subprocess.Popen:
    """Start ``guidelines ARGS`` without waiting for it (output discarded)."""
    return subprocess.Popen(
        command(args), cwd=REPO, env=cli_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def _lock_is_held(path: Path) -> bool:
    """True while some process holds ``path`` locked: a shared lock cannot be had without waiting."""
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        return False
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)  # held for microseconds: a writer arriving now waits that long
        return False


def wait_until_writing(proc: subprocess.Popen, workspace: Path, timeout: float = 300) -> bool:
    """Wait until ``proc`` holds the workspace's write lock (every ingest writes under it); False if it ended first.

    This is the moment its writing starts, whatever start-up cost on a loaded machine; the timeout only keeps a
    hung process from hanging the test.
    """
    deadline = time.monotonic() + timeout
    lock = workspace / ".lock"
    while proc.poll() is None:
        if _lock_is_held(lock):
            return True
        if time.monotonic() > deadline:
            raise TimeoutError(f"{' '.join(proc.args)} never took the write lock of {workspace}")
        time.sleep(0.002)
    return False


def write_time(args: Sequence[str], workspace: Path) -> float:
    """Run ``guidelines ARGS`` to its end; seconds from taking the write lock to exiting (its writing phase)."""
    proc = spawn(args)
    try:
        started = wait_until_writing(proc, workspace)
        start = time.monotonic()
        code = proc.wait(timeout=300)
    finally:
        proc.kill()  # a no-op once it has exited
    assert started and code == 0, f"{' '.join(proc.args)}: exit {proc.returncode}"
    return time.monotonic() - start


def kill_while_writing(args: Sequence[str], workspace: Path, delay: float) -> int:
    """Start ``guidelines ARGS`` and SIGKILL it ``delay`` seconds after it took the write lock; its return code.

    -9 when the kill landed, 0 when the run had finished by then (a short remaining run can beat the delay).
    """
    proc = spawn(args)
    try:
        if wait_until_writing(proc, workspace):
            time.sleep(delay)
    finally:
        proc.send_signal(signal.SIGKILL)  # a no-op once it has exited; also on a timeout, so nothing is left running
    return proc.wait(timeout=60)


def doctor(workspace: Path, env: dict[str, str] | None = None) -> tuple[int, dict[str, Any]]:
    """``guidelines doctor --json``: its exit code and report."""
    proc = run(["doctor", "--workspace", str(workspace), "--json"], env=env)
    return proc.returncode, json.loads(proc.stdout) if proc.stdout.strip() else {"stderr": proc.stderr}


def revisions(workspace: Path) -> dict[str, list[int]]:
    """Revision numbers by section, read straight from drafts.sqlite."""
    path = workspace / "drafts.sqlite"
    if not path.is_file():
        return {}
    db = sqlite3.connect(str(path), timeout=30)
    try:
        out: dict[str, list[int]] = {}
        for section, number in db.execute("SELECT section_id, number FROM revisions ORDER BY section_id, number"):
            out.setdefault(section, []).append(number)
        return out
    finally:
        db.close()


def manifest_files(workspace: Path) -> list[str]:
    """The source files the manifest holds."""
    db = sqlite3.connect(str(workspace / "guidelines.sqlite"), timeout=30)
    try:
        return [r[0] for r in db.execute("SELECT file FROM sources ORDER BY file")]
    finally:
        db.close()


def manifest_chunks(workspace: Path, file: str) -> list[str]:
    """The chunk ids of one source, in reading order."""
    db = sqlite3.connect(str(workspace / "guidelines.sqlite"), timeout=30)
    try:
        return [r[0] for r in db.execute("SELECT chunk_id FROM chunks WHERE file=? ORDER BY ordinal", (file,))]
    finally:
        db.close()


def main(argv: list[str]) -> int:
    """Arm the point named by the first argument and run the CLI with the rest."""
    if not argv:
        raise SystemExit(__doc__)
    point, _, n = argv[0].partition(":")
    install(point, int(n or 1))
    from cli.main import main as cli_main

    return cli_main(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
