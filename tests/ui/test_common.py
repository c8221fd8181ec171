"""The app's workspace cache: a workspace Streamlit releases is closed, so a long-running app keeps its files
open only for the workspaces it still serves."""

from __future__ import annotations

import sys

import pytest
import streamlit as st

from tests.pipeline.test_workspace_descriptors import SLACK, open_descriptors
from ui.common import _open

pytestmark = [
    pytest.mark.integration,
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts descriptors in /proc/self/fd"),
]


def test_workspaces_the_app_cache_releases_are_closed(tmp_path):
    def serve(n: int) -> None:
        ws = _open(str(tmp_path / f"ws{n}"), "", "minilm-int8", "")
        assert ws.index.vectors.count() == 0  # the Chroma client is open, as after the first search
        assert ws.sources() == []
        st.cache_resource.clear()  # what Streamlit does when the cache is cleared (menu, or a new deploy)

    serve(0)
    before = open_descriptors()
    for n in range(1, 21):
        serve(n)
    assert open_descriptors() - before <= SLACK
