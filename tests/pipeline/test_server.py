"""Server mode: the same ingest and search against a real `chroma run` on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.index import Index
from pipeline.ingestion import ingest_paths
from pipeline.search import Searcher
from pipeline.vectors import VectorStoreError
from tests.conftest import make_settings

pytestmark = [pytest.mark.integration, pytest.mark.server]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """A Chroma server on loopback for this module, stopped by its process id."""
    exe = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    if exe is None:
        pytest.fail("the chroma command is missing: it ships with the chromadb package (make install)")
    port = free_port()
    data = tmp_path_factory.mktemp("chroma-server")
    log = (data / "server.log").open("w")
    proc = subprocess.Popen(
        [exe, "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(data / "db")],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"chroma run exited early: {(data / 'server.log').read_text()[-2000:]}")
            time.sleep(0.2)
    yield url
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    log.close()


def test_ingest_and_search_against_a_chroma_server(chroma_server, corpus_dir, tmp_path, minilm):
    index = Index(make_settings(tmp_path / "ws", chroma_url=chroma_server), embedder=minilm)
    outcomes, _ = ingest_paths(index, [corpus_dir])
    assert [o.status for o in outcomes] == ["ingested"] * 5
    assert not (tmp_path / "ws" / "chroma").exists()  # nothing embedded on disk: vectors live on the server
    assert index.vectors.count() == index.manifest.count_chunks()
    top = Searcher(index).search("How many learners took part in the wallet pilot?", k=3)[0]
    assert (top.file, top.location) == ("deck.pptx", "slide 2 notes")
    again, _ = ingest_paths(Index(index.settings, embedder=minilm), [corpus_dir])
    assert {o.status for o in again} == {"unchanged"}
    with index.writing():
        index.remove("deck.pptx")
    assert index.vectors.count() == index.manifest.count_chunks()


def test_two_workspaces_share_a_server_without_mixing(chroma_server, corpus_dir, tmp_path, minilm):
    a = Index(make_settings(tmp_path / "a", chroma_url=chroma_server), embedder=minilm)
    b = Index(make_settings(tmp_path / "b", chroma_url=chroma_server), embedder=minilm)
    ingest_paths(a, [corpus_dir / "stacking.md"])
    ingest_paths(b, [corpus_dir / "recognition.txt"])
    assert a.vectors.name != b.vectors.name
    assert {h.file for h in Searcher(a).search("recognition network", k=5)} == {"stacking.md"}


def test_unreachable_server_is_a_clear_error(tmp_path, minilm):
    index = Index(make_settings(tmp_path / "ws", chroma_url=f"http://127.0.0.1:{free_port()}"), embedder=minilm)
    with pytest.raises(VectorStoreError, match="cannot reach the Chroma server"):
        index.vectors.count()
