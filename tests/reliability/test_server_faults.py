"""A Chroma server that stops or restarts mid-run: clear errors, retries with backoff, nothing lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from pipeline.index import vectors
from pipeline.index.ingestion import ingest_paths
from pipeline.index.search import Searcher
from pipeline.index.vectors import VectorStoreError
from pipeline.index.workspace_index import Index
from tests.conftest import make_settings
from tests.servers import free_port, start_chroma

pytestmark = [pytest.mark.integration, pytest.mark.server, pytest.mark.slow]


class Server:
    """`chroma run` on one loopback port and data folder, which the test can kill and start again."""

    def __init__(self, data: Path) -> None:
        self.data, self.port, self.proc = data, free_port(), None
        self.url = f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.proc, _ = start_chroma(self.data, self.port)

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)  # no shutdown: as a crash or a pulled plug
            self.proc.wait()


@pytest.fixture
def server(tmp_path):
    s = Server(tmp_path / "chroma-data")
    s.start()
    yield s
    s.kill()


@pytest.fixture
def open_index(minilm):
    """Opens indexes on the server and closes them after the test, failed or not: each holds an HTTP client and
    the manifest's SQLite files, which would otherwise stay open for the rest of the session."""
    opened: list[Index] = []

    def make(settings) -> Index:  # noqa: ANN001 - the project's settings object
        opened.append(Index(settings, embedder=minilm))
        return opened[-1]

    yield make
    for index in reversed(opened):
        index.close()


def test_a_server_down_mid_run_is_one_clear_error_and_nothing_is_lost(
    server, open_index, corpus_dir, tmp_path, monkeypatch
):
    monkeypatch.setattr(vectors, "RETRY_DELAYS", (0.1, 0.2))
    index = open_index(make_settings(tmp_path / "ws", chroma_url=server.url))
    outcomes, _ = ingest_paths(index, [corpus_dir / "stacking.md"])
    assert [o.status for o in outcomes] == ["ingested"]
    before = index.manifest.count_chunks()

    server.kill()
    with pytest.raises(VectorStoreError, match=f"searching failed at the Chroma server at {server.url} after 3 att"):
        Searcher(index).search("stacking micro-credentials", k=3)
    with pytest.raises(VectorStoreError, match="writing vectors failed at the Chroma server"):
        ingest_paths(index, [corpus_dir / "recognition.txt"])  # nothing can be stored: the batch stops
    assert index.manifest.count_chunks() == before  # the refused file left no half source
    assert index.manifest.source("recognition.txt") is None

    cli = subprocess.run(
        [sys.executable, "-m", "cli", "ingest", str(corpus_dir / "recognition.txt"), "--workspace",
         str(tmp_path / "ws")],
        env={**os.environ, "GUIDELINES_CHROMA_URL": server.url, "GUIDELINES_EMBEDDING": "minilm-int8"},
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert cli.returncode == 1 and "Traceback" not in cli.stderr
    assert f"cannot reach the Chroma server at {server.url}" in cli.stderr

    server.start()  # same port, same data: the run goes on where it stopped
    again = open_index(index.settings)
    done, _ = ingest_paths(again, [corpus_dir / "stacking.md", corpus_dir / "recognition.txt"])
    assert sorted(o.status for o in done) == ["ingested", "unchanged"]
    assert again.vectors.count() == again.manifest.count_chunks()
    assert {h.file for h in Searcher(again).search("recognition", k=5)} >= {"recognition.txt"}


def test_a_server_restarting_during_a_write_is_ridden_out_by_the_retries(server, open_index, corpus_dir, tmp_path):
    index = open_index(make_settings(tmp_path / "ws", chroma_url=server.url))
    ingest_paths(index, [corpus_dir / "stacking.md"])
    server.kill()
    restart = threading.Timer(1.0, server.start)  # back within the backoff (0.5 + 1 + 2 + 4 s)
    restart.start()
    try:
        outcomes, _ = ingest_paths(index, [corpus_dir / "recognition.txt"])
    finally:
        restart.join()
    assert [o.status for o in outcomes] == ["ingested"], outcomes
    assert index.vectors.count() == index.manifest.count_chunks()
