"""What `make run` does before the app opens: the corpus's build files passed over quietly, progress per file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cli.first_run import IGNORE_NAME, prepare
from pipeline.index.workspace_index import Index
from pipeline.workspace import Workspace
from tests.conftest import make_settings

pytestmark = pytest.mark.integration

OUTLINE = """\
title: Test guidelines
sections:
  - id: register
    title: Registers of qualifications
    questions:
      - Should micro-credentials be listed in the national register?
"""


def corpus(folder: Path) -> Path:
    (folder / "src").mkdir(parents=True)
    (folder / "brief_estonia.md").write_text(
        "# Registers\n\nEstonia lists micro-credentials in its national register of qualifications.\n"
    )
    (folder / "input_chile.txt").write_text("Chile keeps short courses out of the national register for now.\n")
    (folder / "build.py").write_text("print('builds the binaries')\n")
    (folder / "src" / "brief_estonia.yaml").write_text("title: source of a generated file\n")
    (folder / "outline.yaml").write_text(OUTLINE)
    (folder / "notes.xyz").write_text("an unsupported file a user put here")
    return folder


def test_first_run_skips_build_files_silently_and_reports_each_file_with_count_and_time(tmp_path, minilm):
    folder = corpus(tmp_path / "corpus")
    settings = make_settings(tmp_path / "ws")
    ws = Workspace(settings, Index(settings, embedder=minilm))
    log: list[str] = []
    counts = prepare(ws, folder, folder / "outline.yaml", log=log.append)
    assert counts["ingested"] == 2 and counts["failed"] == 0 and counts["drafted"] == 1
    text = "\n".join(log)
    assert "build.py" not in text.replace("skipping build.py", "")  # named once, as what is skipped
    assert "brief_estonia.yaml" not in text
    assert not any("unsupported" in line and ("build.py" in line or "src/" in line) for line in log)
    assert any("unsupported" in line and "notes.xyz" in line for line in log)  # a user's stray file still is
    per_file = [line for line in log if re.match(r"^\[\d+/2 \d+\.\ds\] (reading|unchanged|failed) ", line)]
    assert sorted(line.split()[-1] for line in per_file) == ["brief_estonia.md", "input_chile.txt"]
    assert [line.split()[0] for line in per_file] == ["[1/2", "[2/2"]
    assert any(re.match(r"^\[1/1 \d+\.\ds\] stored section register$", line) for line in log)

    ignore_file = ws.root / IGNORE_NAME
    assert ignore_file.read_text().splitlines()[1:] == ["build.py", "src/", "outline.yaml"]
    ignore_file.write_text("build.py\nsrc/\noutline.yaml\ninput_*.txt\n")  # a team's own addition is honoured
    log.clear()
    again = prepare(ws, folder, folder / "outline.yaml", log=log.append)
    assert (again["ingested"], again["unchanged"]) == (0, 1)
    assert any(re.match(r"^\[1/1 \d+\.\ds\] unchanged brief_estonia.md$", line) for line in log)
    ws.close()
    ws.index.close()  # given to the workspace: its Chroma store stays open until closed
