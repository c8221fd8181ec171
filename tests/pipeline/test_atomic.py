"""Workspace files written by several processes at once (the app's sessions, a CLI run) stay whole."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.atomic import replacing
from pipeline.drafting.outline import load_outline, save_outline
from tests.processes import run_at_once

OUTLINE = Path(__file__).resolve().parents[2] / "corpus" / "outline.yaml"


def _save_many(target: str, rounds: int) -> None:
    outline = load_outline(OUTLINE)
    for _ in range(rounds):
        save_outline(outline, Path(target))


@pytest.mark.integration
def test_outline_saved_from_several_processes_at_once_stays_whole(tmp_path: Path) -> None:
    target = tmp_path / "outline.yaml"
    assert run_at_once(_save_many, (str(target), 40), processes=4) == []
    assert load_outline(target) == load_outline(OUTLINE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["outline.yaml"]  # no temporary file left behind


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("kept")
    with pytest.raises(RuntimeError), replacing(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "kept"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_a_replaced_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "export.docx"
    with replacing(target, suffix=".docx") as tmp:
        tmp.write_bytes(b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # as any file the user writes, not mkstemp's 0600
