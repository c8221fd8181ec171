"""Server mode: the same ingest and search against a real `chroma run` on 127.0.0.1."""

from __future__ import annotations

import sys

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


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts descriptors in /proc/self/fd")
def test_twenty_indexes_opened_and_closed_on_a_server_hold_no_more_sockets(chroma_server, tmp_path, minilm):
    # chromadb keeps a closed HttpClient's session (one socket) for the life of the process; a process that opens
    # workspaces on a server one after another (the app over a day) must not gain a descriptor per workspace
    from pipeline.index.workspace_index import Index
    from tests.conftest import make_settings
    from tests.pipeline.test_workspace_descriptors import open_descriptors

    def one_round(n: int) -> None:
        with Index(make_settings(tmp_path / f"ws{n}", chroma_url=chroma_server), embedder=minilm) as index:
            assert index.vectors.count() == 0  # a request to the server: the connection is open

    one_round(0)
    before = open_descriptors()
    for n in range(1, 21):
        one_round(n)
    assert open_descriptors() - before <= 2  # slack for a descriptor a library opens once; the leak added 26


def test_an_index_on_a_server_keeps_working_after_another_index_of_that_server_is_closed(
    chroma_server, corpus_dir, tmp_path, make_index
):
    first = make_index(tmp_path / "a", chroma_url=chroma_server)
    second = make_index(tmp_path / "b", chroma_url=chroma_server)
    ingest_paths(second, [corpus_dir / "recognition.txt"])
    first.vectors.count()
    first.close()  # the client is shared by the indexes of one server: closing one must not close it for the other
    assert second.vectors.count() == second.manifest.count_chunks() > 0
    assert Searcher(second).search("recognition network", k=1)


def test_an_index_open_while_its_collection_is_recreated_by_a_repair_keeps_working(chroma_server, tmp_path, make_index):
    from pipeline.index.vectors import make_client
    from pipeline.upkeep.repair import repair_workspace

    index = make_index(tmp_path / "ws", chroma_url=chroma_server)
    ingest_paths(index, [corpus_dir_file(tmp_path, "register.txt", "The register lists micro-credentials.")])
    assert index.vectors.count() == 1
    make_client(tmp_path / "unused", chroma_server).delete_collection(index.collection)  # lost on the server

    report = repair_workspace(index.settings)

    assert report.healthy and report.repaired, (report.findings, report.repaired)
    assert index.vectors.count() == 1  # the open index reads the collection the repair made
    assert [h.file for h in Searcher(index).search("register", k=1, method="dense")] == ["register.txt"]


def corpus_dir_file(tmp_path, name: str, text: str):
    folder = tmp_path / "in"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder
