"""The app tests' helpers: the draft store they read leaves no file open behind it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.drafting.drafts import DraftStore
from tests.app.helpers import store

pytestmark = pytest.mark.unit


def open_files(folder: Path) -> list[str]:
    """The files under ``folder`` this process holds open."""
    names = [os.path.join("/proc/self/fd", fd) for fd in os.listdir("/proc/self/fd")]
    return [t for t in (os.path.realpath(n) for n in names) if t.startswith(str(folder.resolve()))]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts descriptors through Linux's /proc")
def test_the_store_helper_reads_and_writes_and_closes_its_file_after_each_call(tmp_path: Path):
    with DraftStore.in_workspace(tmp_path):
        pass  # the schema exists, as in a drafted workspace
    drafts = store(tmp_path)
    drafts.set_status("s1", "in_review", author="editor")
    assert drafts.status("s1") == "in_review" and store(tmp_path).status_info("s1").by == "editor"
    assert open_files(tmp_path) == []  # the helper is still referenced, its connection is not open
    with pytest.raises(AttributeError):
        drafts.no_such_method  # noqa: B018 - what a typo in a test gets: an error, not a silent None
