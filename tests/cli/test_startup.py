"""Start-up: a command imports only what it uses. Import checks, not timings (bench/startup.py times them).

``--help`` and ``--version`` import none of the core's heavy libraries; listing sources and re-ingesting unchanged
files load no parser, no splitter, no vector store and no model.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# what a command pays for when it merely imports it: vector store, model runtime, splitter, parsers, numpy
HEAVY = ("chromadb", "onnxruntime", "langchain_text_splitters", "langchain_core", "pypdf", "docx", "pptx", "openpyxl")
_IMPORTED = re.compile(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)$")


def imported(*args: str, cwd: Path = REPO, env: dict[str, str] | None = None) -> set[str]:
    """Top-level packages a fresh ``python -X importtime -m cli ARGS`` imports (it must exit 0)."""
    environment = {**os.environ, "PYTHONPATH": str(REPO), **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return {m.group(1).split(".")[0] for line in proc.stderr.splitlines() if (m := _IMPORTED.match(line))}


@pytest.mark.unit
@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_import_nothing_heavy(flag: str) -> None:
    modules = imported(flag)
    assert "cli" in modules  # the check sees what the command imports
    assert not modules & {*HEAVY, "numpy", "pydantic", "yaml", "tqdm"}, sorted(modules & {*HEAVY, "numpy"})


@pytest.mark.unit
def test_version_names_the_installed_package() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "cli", "--version"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=300,
    )
    assert proc.returncode == 0
    assert re.fullmatch(r"guidelines (\d+\.\d+\S*|\(not installed\))\n", proc.stdout), proc.stdout


@pytest.mark.unit
def test_export_status_choices_are_the_writers() -> None:
    """The parser states the writer's choices itself, so that building it does not import python-docx."""
    from cli.export import STATUS_CHOICES
    from pipeline.word.export.docx_writer import STATUS_CHOICES as WRITER_CHOICES

    assert STATUS_CHOICES == WRITER_CHOICES


@pytest.mark.integration
def test_sources_and_an_unchanged_reingest_load_no_parser_store_or_model(corpus_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "contributions"
    shutil.copytree(corpus_dir, folder)
    env = {"GUIDELINES_EMBEDDING": "fake:64", "GUIDELINES_ISOLATE_READERS": "false"}
    ws = str(tmp_path / "ws")
    first = imported("ingest", str(folder), "--workspace", ws, "--json", env=env)
    assert {"pypdf", "pptx", "docx", "chromadb"} <= first  # a real ingest reads, embeds and stores

    again = imported("ingest", str(folder), "--workspace", ws, "--json", env=env)
    assert not again & {*HEAVY, "numpy"}, sorted(again & {*HEAVY, "numpy"})
    listed = imported("sources", "--workspace", ws, "--json", env=env)
    assert not listed & {*HEAVY, "numpy"}, sorted(listed & {*HEAVY, "numpy"})
    info = imported("info", "--workspace", ws, "--json", env=env)
    assert not info & {*HEAVY, "numpy"}, sorted(info & {*HEAVY, "numpy"})
