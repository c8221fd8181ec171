"""The doctor on workspaces that are not made yet: what a first ingest killed before it wrote anything leaves.

Such a workspace is healthy (the next ingest makes it) and the doctor says so in a warning; a manifest that lost
tables while it records sources is still a problem.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from pipeline.index.manifest import SCHEMA
from pipeline.index.workspace_index import MANIFEST_FILE, Index
from pipeline.settings import Settings
from pipeline.upkeep.doctor import check_workspace

pytestmark = pytest.mark.unit


def settings(ws: Path) -> Settings:
    return Settings(workspace=ws, embedding="fake:64", isolate_readers=False)


def test_a_workspace_folder_not_made_yet_is_healthy_and_left_unmade(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    report = check_workspace(settings(ws))
    assert report.healthy
    assert report.as_json()["warnings"] == [
        f"warning: {ws}: no workspace here yet (nothing was ingested into it); the first ingest makes it, "
        "so check --workspace if you expected one"
    ]
    assert report.counts == {"sources": 0, "chunks": 0}
    assert not ws.exists()  # checking does not make it


def test_an_empty_workspace_folder_is_healthy(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    report = check_workspace(settings(ws))
    assert report.healthy and report.counts == {"sources": 0, "chunks": 0}
    assert [f.file for f in report.findings] == [MANIFEST_FILE]


def test_a_set_up_cut_off_between_tables_is_healthy_and_the_next_open_completes_it(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    first_table = SCHEMA.strip().split(";")[0]  # killed after the first CREATE TABLE committed
    db = sqlite3.connect(str(ws / MANIFEST_FILE))
    db.execute(first_table)
    db.commit()
    db.close()

    report = check_workspace(settings(ws))
    assert report.healthy, report.as_json()
    assert any("set-up was cut off" in w for w in report.as_json()["warnings"])

    Index(settings(ws)).manifest.close()  # what the next ingest does first
    after = check_workspace(settings(ws))
    assert after.healthy and after.findings == [] and after.counts["sources"] == 0


def test_missing_tables_beside_recorded_sources_are_a_problem(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    Index(settings(ws)).manifest.close()
    db = sqlite3.connect(str(ws / MANIFEST_FILE))
    db.execute("INSERT INTO sources VALUES ('brief.pdf', 'h', 'm', 1, 1, 1, '{}', '[]', '2026-01-01T00:00:00+00:00')")
    db.execute("DROP TABLE chunks")
    db.commit()
    db.close()

    report = check_workspace(settings(ws))
    assert not report.healthy
    assert report.as_json()["problems"][0].startswith(f"problem: {MANIFEST_FILE}: missing table(s) chunks while")
