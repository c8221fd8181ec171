"""The command-line contract other tools rely on: JSON on stdout, messages on stderr, exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cli", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def cli_ws(tmp_path_factory, corpus_dir):
    root = tmp_path_factory.mktemp("cli")
    folder = root / "contributions"
    shutil.copytree(corpus_dir, folder)
    (folder / "broken.pptx").write_bytes(b"PK\x03\x04 not really a zip")
    ws = root / "ws"
    proc = run("ingest", str(folder), "--workspace", str(ws), "--json")
    return folder, ws, proc


def test_ingest_json_lists_every_file_and_exits_3_on_a_failure(cli_ws):
    _, _, proc = cli_ws
    assert proc.returncode == 3, proc.stderr
    rows = json.loads(proc.stdout)
    assert {r["file"]: r["status"] for r in rows} == {
        "assessment.docx": "ingested",
        "brief.pdf": "ingested",
        "broken.pptx": "failed",
        "deck.pptx": "ingested",
        "recognition.txt": "ingested",
        "stacking.md": "ingested",
    }
    for row in rows:
        assert set(row) >= {"file", "status", "reason", "chunks"}
    broken = next(r for r in rows if r["file"] == "broken.pptx")
    assert broken["reason"] and broken["chunks"] == 0
    assert "broken.pptx" in proc.stderr  # the reason is told to a person too


def test_reingest_exits_0_when_nothing_failed(cli_ws):
    folder, ws, _ = cli_ws
    proc = run("ingest", str(folder / "brief.pdf"), str(folder / "deck.pptx"), "--workspace", str(ws), "--json")
    assert proc.returncode == 0, proc.stderr
    assert [r["status"] for r in json.loads(proc.stdout)] == ["unchanged", "unchanged"]


def test_search_json_and_batch_queries(cli_ws, tmp_path):
    _, ws, _ = cli_ws
    proc = run("search", "wallet pilot learners", "--k", "2", "--workspace", str(ws), "--json")
    assert proc.returncode == 0, proc.stderr
    hits = json.loads(proc.stdout)
    assert len(hits) == 2 and hits[0]["file"] == "deck.pptx"
    queries = tmp_path / "q.jsonl"
    queries.write_text(
        json.dumps({"id": "q1", "question": "credit limit for stacking"})
        + "\n"
        + json.dumps({"id": "q2", "question": "register listing after quality assurance"})
        + "\n"
    )
    proc = run("search", "--queries", str(queries), "--k", "3", "--workspace", str(ws), "--json")
    batch = json.loads(proc.stdout)
    assert set(batch) == {"q1", "q2"} and all(len(v) == 3 for v in batch.values())
    assert batch["q1"][0]["file"] == "stacking.md"


def test_sources_lists_metadata_and_failures(cli_ws):
    _, ws, _ = cli_ws
    rows = json.loads(run("sources", "--workspace", str(ws), "--json").stdout)
    ok = {r["file"]: r for r in rows if r["status"] == "ingested"}
    assert ok["deck.pptx"]["contributor"] == "Kai Rebane" and ok["deck.pptx"]["chunks"] > 0
    assert "password" not in ok["deck.pptx"]
    assert [r["file"] for r in rows if r["status"] == "failed"] == ["broken.pptx"]


def test_remove_then_unknown_file_is_a_clear_error(cli_ws):
    folder, ws, _ = cli_ws
    proc = run("remove", "recognition.txt", "--workspace", str(ws), "--json")
    assert proc.returncode == 0 and json.loads(proc.stdout)[0]["chunks"] > 0
    proc = run("remove", "recognition.txt", "--workspace", str(ws))
    assert proc.returncode == 1 and "no ingested source named 'recognition.txt'" in proc.stderr
    assert run("ingest", str(folder / "recognition.txt"), "--workspace", str(ws)).returncode == 0


def test_removing_a_file_submitted_twice_says_who_keeps_its_passages(tmp_path):
    folder, ws = tmp_path / "in", tmp_path / "ws"
    folder.mkdir()
    for name in ("brief.txt", "brief_resent.txt"):
        (folder / name).write_text("Providers should publish the workload of each micro-credential.\n")
    assert run("ingest", str(folder), "--workspace", str(ws)).returncode == 0
    proc = run("remove", "brief.txt", "--workspace", str(ws))
    assert proc.returncode == 0
    assert "removed brief.txt (1 chunks; its passages stay, now as those of brief_resent.txt)" in proc.stdout
    found = json.loads(run("search", "workload", "--workspace", str(ws), "--json").stdout)
    assert [h["file"] for h in found] == ["brief_resent.txt"]


def test_missing_path_and_bad_settings_are_reported(tmp_path):
    proc = run("ingest", str(tmp_path / "nope.pdf"), "--workspace", str(tmp_path / "ws"), "--json")
    assert proc.returncode == 3
    assert json.loads(proc.stdout)[0]["reason"] == "no such file"
    proc = subprocess.run(
        [sys.executable, "-m", "cli", "sources", "--workspace", str(tmp_path / "ws")],
        capture_output=True,
        text=True,
        env={"GUIDELINES_CHUNK_SIZE": "five", "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 1 and "chunk_size" in proc.stderr
