"""End to end in a real browser: Debian's Chromium, driven by Playwright, against `streamlit run app.py`.

The test starts the app on a free loopback port with its own copy of the drafted sample workspace and stops it by
its process id. Chromium comes from Debian (`.ci/run` installs it); `playwright install` is never run.
"""

from __future__ import annotations

import os
import shutil
import sys
import urllib.request
from pathlib import Path

import pytest

from pipeline.drafting.drafts import DraftStore
from tests.app.conftest import APP
from tests.servers import free_port, start, stop, wait_until

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.integration,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (.ci/run installs it)"),
]
FLAGS = [  # as root in a container, and quiet on a machine with no internet
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def served_app(drafted_workspace, tmp_path):
    """`streamlit run app.py` on 127.0.0.1 over a copy of the drafted workspace; yields (url, workspace)."""
    root = tmp_path / "ws"
    shutil.copytree(drafted_workspace, root)
    port = free_port()
    env = {**os.environ, "GUIDELINES_WORKSPACE": str(root), "GUIDELINES_ISOLATE_READERS": "false"}
    env.pop("GUIDELINES_APP_PASSWORD", None)
    log = tmp_path / "streamlit.log"
    proc = start(
        [sys.executable, "-m", "streamlit", "run", str(APP), "--server.address", "127.0.0.1", "--server.port",
         str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        log, cwd=APP.parent, env=env,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"

    def healthy() -> bool:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                return answer.status == 200
        except OSError:
            return False

    wait_until(healthy, proc, log, "streamlit")
    yield url, root
    stop(proc)


def test_open_a_section_click_a_citation_edit_and_save(served_app, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    url, root = served_app
    with DraftStore.in_workspace(root) as store:
        sid = "definition-scope"
        revision = store.current(sid)
    assert revision is not None
    source = revision.sources[revision.sentences()[0].citations[0]]
    shot = tmp_path / "draft-page.png"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url)
            expect(page.get_by_text(f"Revision {revision.number}", exact=False).first).to_be_visible(timeout=60_000)
            # the citation [1] under the first paragraph: its passage appears with who said it and where
            page.get_by_role("radio", name="[1]").first.click()
            expect(page.get_by_text(f"{source['file']}, {source['location']}").first).to_be_visible(timeout=30_000)
            expect(page.get_by_text(source["text"].split()[0], exact=False).first).to_be_visible()
            page.screenshot(path=str(shot))
            # edit the first paragraph and save it as a new revision
            page.get_by_role("tab", name="Edit").click()
            box = page.get_by_label("Paragraph 1")
            box.click()
            box.press("End")
            box.press("Control+End")
            box.type("\nAn editor added this sentence in the browser.")
            box.press("Control+Enter")  # commits the text area's value
            page.get_by_role("button", name="Save as a new revision").click()
            expect(page.get_by_text(f"Saved revision {revision.number + 1}", exact=False)).to_be_visible(timeout=30_000)
            page.screenshot(path=str(tmp_path / "after-save.png"), full_page=True)
        finally:
            browser.close()
    assert shot.stat().st_size > 20_000  # a real rendering, not a blank page
    with DraftStore.in_workspace(root) as store:
        saved = store.current(sid)
    assert saved.number == revision.number + 1 and saved.backend == "edited"
    assert saved.paragraphs[0].sentences[-1].text == "An editor added this sentence in the browser."
    assert "uncited" in saved.paragraphs[0].sentences[-1].flags
