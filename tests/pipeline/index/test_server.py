"""Server mode: the same ingest and search against a real `chroma run` on 127.0.0.1."""

from __future__ import annotations

import pytest

from pipeline.index.ingestion import ingest_paths
from pipeline.index.search import Searcher
from pipeline.index.vectors import VectorStoreError
from tests.servers import chroma_command, free_port, start_chroma, stop

pytestmark = [pytest.mark.integration, pytest.mark.server]


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """A Chroma server on loopback for this module, stopped by its process id."""
    if chroma_command() is None:
        pytest.fail("the chroma command is missing: it ships with the chromadb package (make install)")
    proc, url = start_chroma(tmp_path_factory.mktemp("chroma-server"))
    yield url
    stop(proc)


def test_ingest_and_search_against_a_chroma_server(chroma_server, corpus_dir, tmp_path, make_index):
    index = make_index(tmp_path / "ws", chroma_url=chroma_server)
    outcomes, _ = ingest_paths(index, [corpus_dir])
    assert [o.status for o in outcomes] == ["ingested"] * 5
    assert not (tmp_path / "ws" / "chroma").exists()  # nothing embedded on disk: vectors live on the server
    assert index.vectors.count() == index.manifest.count_chunks()
    top = Searcher(index).search("How many learners took part in the wallet pilot?", k=3)[0]
    assert (top.file, top.location) == ("deck.pptx", "slide 2 notes")
    again, _ = ingest_paths(make_index(index.root, chroma_url=chroma_server), [corpus_dir])
    assert {o.status for o in again} == {"unchanged"}
    with index.writing():
        index.remove("deck.pptx")
    assert index.vectors.count() == index.manifest.count_chunks()


def test_two_workspaces_share_a_server_without_mixing(chroma_server, corpus_dir, tmp_path, make_index):
    a = make_index(tmp_path / "a", chroma_url=chroma_server)
    b = make_index(tmp_path / "b", chroma_url=chroma_server)
    ingest_paths(a, [corpus_dir / "stacking.md"])
    ingest_paths(b, [corpus_dir / "recognition.txt"])
    assert a.vectors.name != b.vectors.name
    assert {h.file for h in Searcher(a).search("recognition network", k=5)} == {"stacking.md"}


def test_unreachable_server_is_a_clear_error(tmp_path, make_index):
    index = make_index(tmp_path / "ws", chroma_url=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(VectorStoreError, match="cannot reach the Chroma server"):
        index.vectors.count()
