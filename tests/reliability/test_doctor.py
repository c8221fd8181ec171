"""``guidelines doctor``: a damaged or missing workspace file is named with what is wrong; ``--repair`` rebuilds
what is derived from the manifest (vectors, BM25) and never replaces the manifest or the draft store."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.builders import small_corpus
from tests.reliability.killpoints import REPO, doctor, run

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def healthy(tmp_path_factory) -> Path:
    """A workspace with the small corpus ingested and drafted (copied by each test)."""
    root = tmp_path_factory.mktemp("doctor")
    folder = small_corpus(root / "contributions")
    ws = root / "ws"
    assert run(["ingest", str(folder), "--workspace", str(ws)]).returncode == 0
    outline = REPO / "corpus" / "outline.yaml"
    assert run(["draft", "--outline", str(outline), "--workspace", str(ws), "--no-divergences"]).returncode == 0
    return ws


@pytest.fixture
def ws(healthy: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "ws"
    shutil.copytree(healthy, copy)
    return copy


def repair(ws: Path) -> tuple[int, dict, str]:
    proc = run(["doctor", "--repair", "--workspace", str(ws), "--json"])
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def search(ws: Path, method: str) -> list[dict]:
    proc = run(["search", "micro-credentials register quality", "--workspace", str(ws), "--json", "--method", method])
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_healthy_workspace_is_consistent(ws: Path) -> None:
    proc = run(["doctor", "--workspace", str(ws)])
    assert proc.returncode == 0
    assert "consistent" in proc.stdout and "5 sources" in proc.stdout
    code, report = doctor(ws)
    assert code == 0 and report["problems"] == [] and report["counts"]["chunks"] == report["counts"]["vectors"]


@pytest.mark.slow
def test_missing_chroma_folder_is_reported_and_rebuilt(ws: Path) -> None:
    shutil.rmtree(ws / "chroma")
    code, report = doctor(ws)
    assert code == 1 and any(p.startswith("problem: chroma/: missing") for p in report["problems"]), report
    code, report, stderr = repair(ws)
    assert code == 0 and report["healthy"], report
    assert any("embedded and stored" in a for a in report["repaired"])
    assert search(ws, "dense")


@pytest.mark.slow
def test_corrupt_chroma_files_are_recreated(ws: Path) -> None:
    db = ws / "chroma" / "chroma.sqlite3"
    db.write_bytes(b"not a database at all" * 100)
    code, report = doctor(ws)
    assert code == 1 and any("chroma/" in p for p in report["problems"]), report
    code, report, _ = repair(ws)
    assert code == 0 and report["healthy"], report
    assert search(ws, "dense")


@pytest.mark.slow
def test_truncated_lexical_index_is_reported_and_rebuilt(ws: Path) -> None:
    for path in (ws / "lexical" / "bm25").iterdir():
        path.write_bytes(path.read_bytes()[:7])
    code, report = doctor(ws)
    assert code == 1 and any(p.startswith("problem: lexical/:") for p in report["problems"]), report
    code, report, _ = repair(ws)
    assert code == 0 and report["healthy"], report
    assert any(a.startswith("lexical/: rebuilt") for a in report["repaired"])
    assert search(ws, "bm25")


def test_a_bm25_index_of_an_older_version_is_a_warning_and_the_next_search_rebuilds_it(ws: Path) -> None:
    info = ws / "lexical" / "info.json"
    meta = json.loads(info.read_text())
    meta["tokens"] = meta["tokens"] + 1  # as saved by a version that cut words into tokens otherwise
    info.write_text(json.dumps(meta))
    code, report = doctor(ws)
    assert code == 0 and any("lexical/" in w and "older version" in w for w in report["warnings"]), report
    assert search(ws, "bm25")
    assert json.loads(info.read_text())["tokens"] == meta["tokens"] - 1
    code, report = doctor(ws)
    assert not any("lexical/" in w for w in report["warnings"]), report


@pytest.mark.slow
def test_orphan_and_missing_vectors_are_fixed(ws: Path) -> None:
    import chromadb

    client = chromadb.PersistentClient(path=str(ws / "chroma"))
    collection = client.list_collections()[0]
    collection = client.get_collection(collection.name if hasattr(collection, "name") else collection)
    ids = collection.get(include=[])["ids"]
    collection.delete(ids=ids[:2])
    collection.add(ids=["orphan-1"], embeddings=[[0.1] * 64], documents=["left over"], metadatas=[{"file": "x"}])
    client.close()  # Chroma keeps the store open in its process-wide cache until its client is closed
    code, report = doctor(ws)
    assert code == 1
    text = "\n".join(report["problems"])
    assert "2 chunks of the manifest have no vector" in text and "1 vectors are not in the manifest" in text
    code, report, _ = repair(ws)
    assert code == 0 and report["healthy"], report


@pytest.mark.slow
def test_garbled_manifest_is_reported_and_never_replaced(ws: Path) -> None:
    path = ws / "guidelines.sqlite"
    garbage = b"garbage!" * 4096
    path.write_bytes(garbage)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    code, report = doctor(ws)
    assert code == 1
    assert any(p.startswith("problem: guidelines.sqlite: corrupt") and "backup" in p for p in report["problems"])
    code, report, _ = repair(ws)
    assert code == 1 and path.read_bytes() == garbage  # the record of truth is never silently replaced
    info = run(["info", "--workspace", str(ws)])
    assert info.returncode == 1 and "Traceback" not in info.stderr and "doctor" in info.stderr


def test_corrupt_draft_store_is_reported_and_left_alone(ws: Path) -> None:
    path = ws / "drafts.sqlite"
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    data[4096 : 4096 + 2048] = b"\xff" * 2048  # the second page: the revisions' table or index
    path.write_bytes(bytes(data))
    code, report = doctor(ws)
    assert code == 1 and any(p.startswith("problem: drafts.sqlite: corrupt") for p in report["problems"]), report
    code, report, _ = repair(ws)
    assert code == 1 and path.read_bytes() == bytes(data)


@pytest.mark.slow
def test_bad_outline_and_removed_sources_are_named(ws: Path) -> None:
    from pipeline.drafting.drafts import DraftStore
    from pipeline.model import Paragraph, Sentence
    from tests.reliability.killpoints import manifest_chunks

    cited = manifest_chunks(ws, "stacking.md")[0]
    with DraftStore.in_workspace(ws) as store:
        current = store.current("quality-assurance")
        sentence = Sentence("Micro-credentials stack into qualifications.", (cited,))
        store.edit("quality-assurance", [Paragraph((sentence,))], author="editor", expected=current.number)
    (ws / "outline.yaml").write_text("sections: [\n")
    assert run(["remove", "stacking.md", "--workspace", str(ws)]).returncode == 0
    code, report = doctor(ws)
    assert code == 1
    assert [p for p in report["problems"] if p.startswith("problem: outline.yaml:")]
    assert all("\n" not in p for p in report["problems"])
    gone = [w for w in report["warnings"] if "no longer ingested" in w]  # revisions keep their text: a warning
    # the edited section cites the removed file; a drafted section may cite it too: each is named once
    assert any(w.startswith("warning: drafts.sqlite: section quality-assurance:") for w in gone)
    assert all(w.startswith("warning: drafts.sqlite: section ") for w in gone)
    assert len({w.split(":")[2] for w in gone}) == len(gone)


def test_settings_of_another_embedding_are_a_problem(ws: Path) -> None:
    from tests.reliability.killpoints import cli_env

    proc = run(["doctor", "--workspace", str(ws)], env=cli_env(GUIDELINES_EMBEDDING="fake:32"))
    assert proc.returncode == 1 and "fake-64" in proc.stdout and "GUIDELINES_EMBEDDING" in proc.stdout
