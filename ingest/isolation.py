"""Run readers in a child process with a time and memory limit.

Real contributions include malformed files that make parsers loop or allocate without bound.
A child process can be killed; a thread cannot. One long-lived reader process serves a whole
batch (starting a process per file costs more than reading most files); when a file times out
or kills it, the process is replaced and the batch goes on.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import resource
import threading
import traceback
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ingest.model import ReadResult
from ingest.readers import reader_for
from ingest.readers.base import LimitExceeded, Limits, ReadError

_CONTEXT: Any = None


def _context() -> Any:
    global _CONTEXT
    if _CONTEXT is None:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["ingest.readers", "ingest.isolation"])
        _CONTEXT = ctx
    return _CONTEXT


def read_direct(path: Path, password: str | None, limits: Limits) -> ReadResult:
    """Read in this process (tests, and callers that isolate themselves)."""
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise LimitExceeded(
            f"file size {size / 1e6:.1f} MB exceeds the limit {limits.max_file_bytes / 1e6:.1f} MB (max_file_mb)"
        )
    return reader_for(path).read(path, password=password, limits=limits)


def _answer(path: str, password: str | None, limits: Limits, memory_bytes: int) -> tuple:
    try:
        return ("ok", read_direct(Path(path), password, limits))
    except LimitExceeded as exc:
        return ("limit", exc.reason)
    except ReadError as exc:
        return ("error", exc.reason)
    except MemoryError:
        return ("error", f"ran out of memory (limit {memory_bytes // (1024 * 1024)} MB, read_memory_mb)")
    except RecursionError:
        return ("error", "structure nested too deeply to read")
    except Exception as exc:  # a parser bug must not take the batch down
        return ("crash", f"{type(exc).__name__}: {exc}", traceback.format_exc(limit=5))


def _serve(conn: Connection, memory_bytes: int) -> None:
    """The reader process: answer read requests until told to stop or the parent goes away."""
    with contextlib.suppress(ValueError, OSError):  # some sandboxes forbid it; the timeout still holds
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        path, password, limits = request
        conn.send(_answer(path, password, limits, memory_bytes))


class ReaderProcess:
    """A reader child process reused across files; replaced after a timeout or a crash."""

    def __init__(self, timeout_s: float = 120.0, memory_mb: int = 4096) -> None:
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self._proc: Any = None
        self._conn: Connection | None = None
        self._lock = threading.Lock()

    def _start(self) -> None:
        ctx = _context()
        parent, child = ctx.Pipe(duplex=True)
        self._proc = ctx.Process(target=_serve, args=(child, self.memory_mb * 1024 * 1024), daemon=True)
        self._proc.start()
        child.close()
        self._conn = parent

    def _discard(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            self._proc.kill()
        if self._proc is not None:
            self._proc.join(5)
        if self._conn is not None:
            self._conn.close()
        self._proc, self._conn = None, None

    def read(self, path: Path, password: str | None, limits: Limits) -> ReadResult:
        """Read ``path`` in the child; every failure becomes a ``ReadError`` with a clear reason."""
        with self._lock:
            if self._proc is None or not self._proc.is_alive():
                self._discard()
                self._start()
            assert self._conn is not None
            self._conn.send((str(path), password, limits))
            if not self._conn.poll(self.timeout_s):
                self._discard()
                raise ReadError(f"timed out after {self.timeout_s:g} s (read_timeout_s)")
            try:
                message = self._conn.recv()
            except (EOFError, OSError):
                code = self._proc.exitcode if self._proc is not None else None
                self._discard()
                raise ReadError(
                    f"reader stopped unexpectedly (exit {code}); possibly out of memory (limit {self.memory_mb} MB)"
                ) from None
        status = message[0]
        if status == "ok":
            return message[1]
        if status == "limit":
            raise LimitExceeded(message[1])
        if status == "error":
            raise ReadError(message[1])
        raise ReadError(f"reader failed: {message[1]}")

    def close(self) -> None:
        """Ask the child to stop, and make sure it has."""
        with self._lock:
            if self._conn is not None and self._proc is not None and self._proc.is_alive():
                with contextlib.suppress(OSError, ValueError):
                    self._conn.send(None)
                self._proc.join(2)
            self._discard()

    def __enter__(self) -> ReaderProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_isolated(
    path: Path, password: str | None, limits: Limits, timeout_s: float = 120.0, memory_mb: int = 4096
) -> ReadResult:
    """Read one file in a child process of its own."""
    with ReaderProcess(timeout_s, memory_mb) as reader:
        return reader.read(path, password, limits)
