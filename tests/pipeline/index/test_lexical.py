"""The BM25 index on disk when several processes rebuild it at once (an ingest, two drafts, the app)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.index.lexical import TOKENS_VERSION, LexicalIndex
from tests.processes import run_at_once

ITEMS = [(f"c{i}", f"micro-credential number {i} awarded after assessment of learning outcomes") for i in range(400)]


def _rebuild_many(folder: str, rounds: int) -> None:
    for generation in range(rounds):
        index = LexicalIndex(Path(folder))
        index.load()
        index.build(ITEMS[: 300 + generation], generation)
        assert index.query("assessment", 3), "a fresh index answers"


@pytest.mark.integration
def test_rebuilds_from_several_processes_at_once_all_succeed(tmp_path: Path) -> None:
    folder = tmp_path / "lexical"
    assert run_at_once(_rebuild_many, (str(folder), 6), processes=4) == []

    index = LexicalIndex(folder)
    assert index.load() and index.generation == 5 and len(index) == 305
    assert not folder.with_name("lexical.tmp").exists() and not folder.with_name("lexical.old").exists()


def test_a_build_waits_for_and_reuses_a_newer_save_of_the_same_generation(tmp_path: Path) -> None:
    folder = tmp_path / "lexical"
    LexicalIndex(folder).build(ITEMS[:10], 7)
    late = LexicalIndex(folder)  # was behind: asks for generation 7 with items it would index again
    late.build(iter(()), 7)  # the saved index of generation 7 is taken, the (empty) items are not indexed
    assert len(late) == 10 and late.query("assessment", 1)


def test_a_read_only_workspace_still_loads_its_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ws" / "lexical"
    LexicalIndex(folder).build(ITEMS[:5], 1)
    real_open = Path.open

    def read_only(self: Path, mode: str = "r", *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if self.name == "lexical.lock":  # as on a read-only mount: the lock file cannot be opened for writing
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", read_only)
    index = LexicalIndex(folder)
    assert index.load() and len(index) == 5
    with pytest.raises(PermissionError):  # a rebuild there is refused, not done without the lock
        index.build(ITEMS[:6], 2)


@pytest.mark.unit
def test_an_index_saved_with_words_cut_another_way_is_stale(tmp_path: Path) -> None:
    folder = tmp_path / "lexical"
    LexicalIndex(folder).build(ITEMS[:5], 3)
    info = folder / "info.json"
    meta = json.loads(info.read_text())
    assert meta["tokens"] == TOKENS_VERSION
    meta["tokens"] = TOKENS_VERSION + 1  # as saved by a version that cut words otherwise
    info.write_text(json.dumps(meta))
    index = LexicalIndex(folder)
    index.load()
    assert index.generation == -1  # the workspace rebuilds it from its manifest
    index.build(ITEMS[:5], 3)
    assert LexicalIndex(folder).load() and json.loads(info.read_text())["tokens"] == TOKENS_VERSION
