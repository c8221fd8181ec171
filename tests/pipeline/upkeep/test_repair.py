"""Repair in a process that holds other workspaces open: only the repaired folder's Chroma store is touched."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.index.ingestion import ingest_paths
from pipeline.index.search import Searcher
from pipeline.upkeep.repair import repair_workspace

pytestmark = pytest.mark.integration


def contribution(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def test_repairing_one_workspace_leaves_an_open_index_of_another_searchable(make_index, tmp_path):
    # the app holds workspace A open while `guidelines doctor --repair` runs on workspace B in the same process
    # (embedded stores: the process-wide cache of Chroma systems is what is at stake)
    kept = make_index(tmp_path / "a", chroma_url="")
    register = "The national register lists micro-credentials of at least 2 ECTS after external review."
    ingest_paths(kept, [contribution(tmp_path / "in-a", "register.txt", register)])
    broken = make_index(tmp_path / "b", chroma_url="")
    wallets = "Learners keep their digital credentials in a wallet that employers can check."
    ingest_paths(broken, [contribution(tmp_path / "in-b", "wallets.txt", wallets)])
    settings = broken.settings
    broken.close()
    (tmp_path / "b" / "chroma" / "chroma.sqlite3").write_bytes(b"not a database at all" * 100)

    report = repair_workspace(settings)

    assert any("recreated the collection" in action for action in report.repaired), report.repaired
    assert report.healthy, report.findings
    hits = Searcher(kept).search("register of micro-credentials", k=3, method="dense")
    assert [h.file for h in hits] == ["register.txt"]
    assert kept.vectors.count() == kept.manifest.count_chunks() == 1
    # a second client of A (another app session) and the first one closed: Chroma's count of A's clients is
    # still right, so closing one does not stop the store under the other
    also = make_index(tmp_path / "a", chroma_url="")
    assert also.vectors.count() == 1
    kept.close()
    assert [h.file for h in Searcher(also).search("register of micro-credentials", k=3, method="dense")] == [
        "register.txt"
    ]
    with make_index(tmp_path / "b", chroma_url="") as again:  # and the repaired one answers from its rebuilt store
        assert [h.file for h in Searcher(again).search("digital wallet", k=3, method="dense")] == ["wallets.txt"]


# -- an index opened before a repair that recreated its store keeps working after it --------------------------------

REGISTER = "The national register lists micro-credentials of at least 2 ECTS after external review."
WALLETS = "Learners keep their digital credentials in a wallet that employers can check."


def register_index(make_index, tmp_path: Path):  # noqa: ANN001, ANN201
    """An embedded index holding one passage, its vectors opened, as the app holds its workspace's index."""
    index = make_index(tmp_path / "ws", chroma_url="")
    ingest_paths(index, [contribution(tmp_path / "in", "register.txt", REGISTER)])
    assert index.vectors.count() == 1
    return index


def test_an_index_open_during_an_in_process_repair_searches_and_ingests_into_the_new_store(make_index, tmp_path):
    # the app's index of the workspace stays open while the same process repairs that workspace
    index = register_index(make_index, tmp_path)
    (tmp_path / "ws" / "chroma" / "chroma.sqlite3").write_bytes(b"not a database at all" * 100)

    report = repair_workspace(index.settings)

    assert any("recreated the collection" in action for action in report.repaired), report.repaired
    assert [h.file for h in Searcher(index).search("register of micro-credentials", k=3, method="dense")] == [
        "register.txt"
    ]
    contribution(tmp_path / "in", "wallets.txt", WALLETS)
    assert {o.file: o.status for o in ingest_paths(index, [tmp_path / "in"])[0]}["wallets.txt"] == "ingested"
    later = make_index(tmp_path / "ws", chroma_url="")  # another session opened after the repair
    assert later.vectors.count() == later.manifest.count_chunks() == 2
    index.close()  # closing the first index does not stop the store under the second
    assert [h.file for h in Searcher(later).search("digital wallet", k=1, method="dense")] == ["wallets.txt"]


def test_an_index_open_while_another_process_repairs_writes_into_the_repaired_store(make_index, tmp_path):
    # the app holds the workspace; `guidelines doctor --repair` rebuilds its removed store from a terminal
    index = register_index(make_index, tmp_path)
    shutil.rmtree(tmp_path / "ws" / "chroma")
    repair = subprocess.run(
        [sys.executable, "-m", "cli", "doctor", "--repair", "--workspace", str(tmp_path / "ws")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert repair.returncode == 0, repair.stderr

    contribution(tmp_path / "in", "wallets.txt", WALLETS)
    assert {o.file: o.status for o in ingest_paths(index, [tmp_path / "in"])[0]}["wallets.txt"] == "ingested"
    assert [h.file for h in Searcher(index).search("digital wallet", k=1, method="dense")] == ["wallets.txt"]
    index.close()
    with make_index(tmp_path / "ws", chroma_url="") as fresh:  # the vectors went into the store on disk
        assert fresh.vectors.count() == fresh.manifest.count_chunks() == 2


def test_a_store_removed_under_an_open_index_is_missing_to_a_check_in_the_same_process(make_index, tmp_path):
    # Chroma hands a client of the folder the system that still holds the removed files: the check looks on disk
    from pipeline.upkeep.doctor import check_workspace

    index = register_index(make_index, tmp_path)
    shutil.rmtree(tmp_path / "ws" / "chroma")
    (tmp_path / "ws" / "chroma").mkdir()  # an empty folder left by whatever removed the store
    report = check_workspace(index.settings)
    assert not report.healthy and any("missing" in f.message for f in report.findings), report.findings
    assert repair_workspace(index.settings).healthy
    assert index.vectors.count() == 1  # and the open index reads the rebuilt store
