"""What the app's AppTest files share: opening the app on a page, and finding what it shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from pipeline.drafting.drafts import DraftStore
from tests.app.conftest import APP


def open_app(page: str | None = None, **state) -> AppTest:
    """The app after its first run, on ``page`` (``app_pages/<page>.py``), with session state set."""
    at = AppTest.from_file(str(APP), default_timeout=120)
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    if page:
        at.switch_page(f"app_pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    """Everything the page wrote as Markdown, captions, alerts and subheaders, as one string."""
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [s.value for s in at.subheader]
    parts += [a.value for kind in ("success", "info", "warning", "error") for a in getattr(at, kind)]
    return "\n".join(parts).replace("\\", "")


def button(at: AppTest, label: str):
    """The one button with this label."""
    found = [b for b in at.button if b.label == label]
    assert len(found) == 1, f"{label!r} among {[b.label for b in at.button]}"
    return found[0]


def text_area(at: AppTest, label: str):
    """The first text area with this label."""
    found = [t for t in at.text_area if t.label == label]
    assert found, f"{label!r} among {[t.label for t in at.text_area]}"
    return found[0]


class FreshStore:
    """A workspace's draft store that opens its SQLite file for each call and closes it right after.

    Each call sees what the app saved meanwhile, and no connection outlives it: a store kept open by a test (or
    by the traceback of a failed one) held three descriptors for the rest of the session.
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if not callable(getattr(DraftStore, name)):
            raise AttributeError(name)

        def call(*args: Any, **kwargs: Any) -> Any:
            with DraftStore.in_workspace(self.root) as drafts:
                return getattr(drafts, name)(*args, **kwargs)

        return call


def store(root: Path) -> FreshStore:
    """The draft store of a test workspace, read afresh at each call (it sees what the app saved)."""
    return FreshStore(root)
