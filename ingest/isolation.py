"""Run a reader in a child process with a time and memory limit.

Real contributions include malformed files that make parsers loop or allocate without bound.
A child process can be killed; a thread cannot. Children come from a fork server that has
imported the readers once, so each file costs a fork, not an interpreter start.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import resource
import traceback
from multiprocessing.connection import Connection
from pathlib import Path

from ingest.model import ReadResult
from ingest.readers import reader_for
from ingest.readers.base import LimitExceeded, Limits, ReadError

_CONTEXT = None


def _context() -> mp.context.BaseContext:
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


def _child(conn: Connection, path: str, password: str | None, limits: Limits, memory_bytes: int) -> None:
    with contextlib.suppress(ValueError, OSError):  # some sandboxes forbid it; the timeout still holds
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    try:
        result = read_direct(Path(path), password, limits)
        conn.send(("ok", result))
    except LimitExceeded as exc:
        conn.send(("limit", exc.reason))
    except ReadError as exc:
        conn.send(("error", exc.reason))
    except MemoryError:
        conn.send(("error", f"ran out of memory (limit {memory_bytes // (1024 * 1024)} MB, read_memory_mb)"))
    except RecursionError:
        conn.send(("error", "structure nested too deeply to read"))
    except Exception as exc:  # a parser bug must not take the batch down
        conn.send(("crash", f"{type(exc).__name__}: {exc}", traceback.format_exc(limit=5)))
    finally:
        conn.close()


def read_isolated(
    path: Path, password: str | None, limits: Limits, timeout_s: float = 120.0, memory_mb: int = 4096
) -> ReadResult:
    """Read ``path`` in a child process; every failure becomes a ``ReadError`` with a clear reason."""
    ctx = _context()
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, str(path), password, limits, memory_mb * 1024 * 1024), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout_s):
            raise ReadError(f"timed out after {timeout_s:.0f} s (read_timeout_s)")
        try:
            message = parent.recv()
        except EOFError:
            proc.join(5)
            code = proc.exitcode
            raise ReadError(
                f"reader stopped unexpectedly (exit {code}); possibly out of memory (limit {memory_mb} MB)"
            ) from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        parent.close()
    status = message[0]
    if status == "ok":
        return message[1]
    if status == "limit":
        raise LimitExceeded(message[1])
    if status == "error":
        raise ReadError(message[1])
    raise ReadError(f"reader failed: {message[1]}")
