"""Local servers the tests and benchmarks start themselves: on a free loopback port, stopped by process id."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path


def free_port() -> int:
    """A TCP port nothing listens on right now, on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def chroma_command() -> str | None:
    """The `chroma` command that ships with the chromadb package of this environment."""
    return shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")


def start(command: list[str], log: Path, **popen) -> subprocess.Popen:  # noqa: ANN003 - Popen's own options
    """Start ``command`` in its own process group (so stopping it stops its children), output to ``log``."""
    with log.open("a") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True, **popen)


def wait_until(ready: Callable[[], bool], proc: subprocess.Popen, log: Path, what: str, timeout: float = 90) -> None:
    """Poll ``ready`` until it holds; RuntimeError with the log's tail if the process exits or time runs out."""
    deadline = time.monotonic() + timeout
    while not ready():
        if proc.poll() is not None or time.monotonic() > deadline:
            stop(proc)
            raise RuntimeError(f"{what} did not start: {log.read_text(errors='replace')[-2000:]}")
        time.sleep(0.2)


def port_open(port: int) -> Callable[[], bool]:
    """A readiness check: something accepts connections on 127.0.0.1:``port``."""

    def check() -> bool:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            return False

    return check


def stop(proc: subprocess.Popen, timeout: float = 20) -> None:
    """SIGTERM the process group, SIGKILL it if it has not exited within ``timeout`` seconds."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    except ProcessLookupError:
        pass


def start_chroma(data: Path, port: int | None = None) -> tuple[subprocess.Popen, str]:
    """`chroma run --host 127.0.0.1` with its data in ``data``; returns the process and its URL once it listens."""
    exe = chroma_command()
    if exe is None:
        raise RuntimeError("the chroma command is missing: it ships with the chromadb package (make install)")
    port = port or free_port()
    data.mkdir(parents=True, exist_ok=True)
    log = data / "server.log"
    proc = start([exe, "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(data / "db")], log)
    wait_until(port_open(port), proc, log, "chroma run", timeout=60)
    return proc, f"http://127.0.0.1:{port}"
