"""``info`` reads the embedded store's vector count from its file; it must be the count Chroma itself gives."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from pipeline.index.ingestion import ingest_paths
from pipeline.index.vectors import stored_count

pytestmark = [pytest.mark.integration]


def test_the_count_read_from_the_file_is_chromas_own_after_ingest_and_removal(corpus_dir, make_index):
    index = make_index()
    assert index.vector_count() == 0  # nothing stored yet: no store is made just to count it
    ingest_paths(index, [corpus_dir])
    chroma = index.vectors.count()
    assert chroma == index.manifest.count_chunks() > 0
    assert stored_count(index.root / "chroma", index.collection) == chroma

    with index.writing():
        gone = index.remove("deck.pptx")
    assert gone
    fresh = make_index(index.root)
    assert fresh.vector_count() == chroma - gone == fresh.vectors.count()
    assert fresh.status()["vectors"] == fresh.status()["chunks"]


def test_an_unknown_store_layout_falls_back_to_asking_chroma(corpus_dir, make_index, tmp_path):
    index = make_index()
    ingest_paths(index, [corpus_dir])
    copy = tmp_path / "copy"
    shutil.copytree(index.root / "chroma", copy)
    with sqlite3.connect(copy / "chroma.sqlite3") as con:
        con.execute("ALTER TABLE embeddings RENAME TO embeddings_v2")
    assert stored_count(copy, index.collection) is None
    assert stored_count(index.root / "chroma", "no-such-collection") == 0

    with sqlite3.connect(copy / "chroma.sqlite3") as con:  # a write Chroma has logged but not applied yet
        con.execute("ALTER TABLE embeddings_v2 RENAME TO embeddings")
        con.execute(
            "INSERT INTO embeddings_queue (seq_id, operation, topic, id) "
            "SELECT MAX(seq_id) + 1000, 0, MAX(topic), 'pending' FROM embeddings_queue"
        )
    assert stored_count(copy, index.collection) is None
