"""Fixtures for the app's tests: the sample corpus ingested and drafted once, copied for each test that writes."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cli.first_run import prepare
from pipeline.index.workspace_index import Index
from pipeline.workspace import Workspace
from tests.conftest import CORPUS, make_settings

APP = Path(__file__).resolve().parents[2] / "app.py"


@pytest.fixture(scope="session")
def drafted_workspace(tmp_path_factory, minilm) -> Path:
    """The sample corpus ingested and every section drafted offline, as `make run` leaves a new workspace."""
    root = tmp_path_factory.mktemp("app-ws") / "ws"
    settings = make_settings(root)
    ws = Workspace(settings, Index(settings, embedder=minilm))
    counts = prepare(ws, CORPUS, CORPUS / "outline.yaml", log=lambda _m: None)
    assert counts["failed"] == 0 and counts["drafted"] == 9, counts
    ws.close()
    ws.index.close()  # given to the workspace, so closed here: its Chroma client too, not only the manifest
    return root


@pytest.fixture
def app_workspace(drafted_workspace, tmp_path, monkeypatch) -> Path:
    """A private copy of the drafted workspace, selected for the app through the environment."""
    root = tmp_path / "ws"
    shutil.copytree(drafted_workspace, root)
    monkeypatch.setenv("GUIDELINES_WORKSPACE", str(root))
    monkeypatch.setenv("GUIDELINES_ISOLATE_READERS", "false")
    monkeypatch.delenv("GUIDELINES_APP_PASSWORD", raising=False)
    monkeypatch.delenv("GUIDELINES_LLM", raising=False)
    return root


@pytest.fixture(autouse=True)
def release_app_workspaces() -> Iterator[None]:
    """Release the workspaces the app opened during a test.

    The app keeps its workspace in Streamlit's process-wide cache; each test's workspace is a new entry that would
    stay open for the rest of the session (about twenty descriptors each). Clearing the cache closes them
    (``ui.common`` registers the release).
    """
    yield
    import streamlit as st

    st.cache_resource.clear()
