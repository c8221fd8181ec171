"""Run readers in a child process with a time and memory limit.

Real contributions include malformed files that make parsers loop or allocate without bound.
A child process can be killed; a thread cannot. One long-lived reader process serves a whole
batch (starting a process per file costs more than reading most files); when a file times out
or kills it, the process is replaced and the batch goes on. The child sets its own memory limit.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import signal
import subprocess
import sys
import threading
import traceback
from pathlib import Path

from ingest.metadata import PasswordRef
from ingest.model import ReadResult
from ingest.readers import reader_for
from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.text import file_too_big


def read_direct(path: Path, password: str | PasswordRef | None, limits: Limits) -> ReadResult:
    """Read in this process (tests, and callers that isolate themselves).

    A ``PasswordRef`` is resolved here, in the process that reads: given to ``ReaderProcess.read``, the
    password is only ever held by the reader process.
    """
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise file_too_big(size, limits)
    if isinstance(password, PasswordRef):
        password = password.resolve()
    return reader_for(path).read(path, password=password, limits=limits)


def answer(path: str, password: str | PasswordRef | None, limits: Limits, memory_bytes: int) -> tuple:
    """Read one file and say how it went, as the reader process sends it back.

    ``("ok", result)``, ``("limit" | "error", reason)``, or ``("crash", reason, traceback)`` for a parser bug.
    """
    try:
        return ("ok", read_direct(Path(path), password, limits))
    except LimitExceeded as exc:
        return ("limit", exc.reason)
    except ReadError as exc:
        return ("error", exc.reason)
    except MemoryError:
        return ("error", f"ran out of memory (limit {memory_bytes // (1024 * 1024)} MB, setting read_memory_mb)")
    except RecursionError:
        return ("error", "structure nested too deeply to read")
    except Exception as exc:  # a parser bug must not take the batch down
        return ("crash", f"{type(exc).__name__}: {exc}", traceback.format_exc(limit=5))


class ReaderProcess:
    """A reader child process (``python -m ingest.reader_worker``) reused across files.

    A plain subprocess, not multiprocessing: it never re-imports the caller's main module, whatever
    program embeds the ingest. Replaced after a timeout or a crash.
    """

    def __init__(self, timeout_s: float = 120.0, memory_mb: int = 4096) -> None:
        self.timeout_s = timeout_s
        self.memory_mb = memory_mb
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()

    @property
    def pid(self) -> int | None:
        """Process id of the current reader process, if one is running."""
        return self._proc.pid if self._proc is not None and self._proc.poll() is None else None

    def _start(self) -> None:
        root = str(Path(__file__).resolve().parents[1])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "ingest.reader_worker", str(self.memory_mb * 1024 * 1024)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            start_new_session=True,  # a Ctrl-C in the terminal stops the parent, which stops this
        )

    def _discard(self) -> None:
        if self._proc is None:
            return
        if self._proc.poll() is None:
            # the child and whatever it started (a Tesseract reading a scanned page): it leads its own process
            # group (start_new_session), and being not yet reaped, its id cannot name anyone else's group
            try:
                os.killpg(self._proc.pid, signal.SIGKILL)
            except OSError:
                self._proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._proc.wait(5)
        for stream in (self._proc.stdin, self._proc.stdout):
            with contextlib.suppress(OSError):
                stream.close()  # type: ignore[union-attr]
        self._proc = None

    def read(self, path: Path, password: str | PasswordRef | None, limits: Limits) -> ReadResult:
        """Read ``path`` in the child; every failure becomes a ``ReadError`` with a clear reason.

        Pass a ``PasswordRef`` rather than a password: the child looks the password up itself.
        """
        from ingest.reader_worker import receive, send

        with self._lock:
            if self._proc is None or self._proc.poll() is not None:
                self._discard()
                self._start()
            proc = self._proc
            assert proc is not None and proc.stdin is not None and proc.stdout is not None
            try:
                send(proc.stdin, (str(path), password, limits))
                # a selector, not select(): a long-lived process (the app, a test session) may hold more than
                # 1024 descriptors, and select() refuses any numbered above that
                with selectors.DefaultSelector() as waiting:
                    waiting.register(proc.stdout, selectors.EVENT_READ)
                    ready = waiting.select(self.timeout_s)
                if not ready:
                    self._discard()
                    raise ReadError(f"reading timed out after {self.timeout_s:g} s (setting read_timeout_s)")
                message = receive(proc.stdout)
            except (EOFError, OSError):
                code = proc.poll()
                self._discard()
                raise ReadError(
                    f"reader stopped unexpectedly (exit {code}); possibly out of memory "
                    f"(limit {self.memory_mb} MB, setting read_memory_mb)"
                ) from None
        status = message[0]  # type: ignore[index]
        if status == "ok":
            return message[1]  # type: ignore[index]
        if status == "limit":
            raise LimitExceeded(message[1])  # type: ignore[index]
        if status == "error":
            raise ReadError(message[1])  # type: ignore[index]
        raise ReadError(f"reader failed: {message[1]}")  # type: ignore[index]

    def close(self) -> None:
        """Ask the child to stop, and make sure it has."""
        with self._lock:
            if self._proc is not None and self._proc.poll() is None and self._proc.stdin is not None:
                with contextlib.suppress(OSError, ValueError):
                    self._proc.stdin.close()  # EOF: the worker's loop ends
                with contextlib.suppress(subprocess.TimeoutExpired):
                    self._proc.wait(2)
            self._discard()

    def __enter__(self) -> ReaderProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
