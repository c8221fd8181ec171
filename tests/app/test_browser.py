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


# Widgets whose boxes cross another's, and boxes whose content is cut off (a scrollbar inside a widget), as a
# person looking at the page would notice them. Text areas are checked on their own (they must not scroll).
OVERLAPS = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const boxes = Array.from(main.querySelectorAll('[data-testid="stElementContainer"]'))
    .filter(e => e.checkVisibility({checkOpacity: true, checkVisibilityCSS: true}))  // not in a closed expander
    .map(e => ({r: e.getBoundingClientRect(), text: (e.innerText || e.dataset.testid).slice(0, 50)}))
    .filter(b => b.r.width > 1 && b.r.height > 1);
  const out = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i].r, b = boxes[j].r;
    const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (dx > 2 && dy > 2) out.push([boxes[i].text, boxes[j].text]);
  }
  return out;
}"""
# Tables and charts scroll by design; text areas are checked on their own (they must not scroll); tiny boxes are
# screen-reader text.
CLIPPED = """() => Array.from(document.querySelectorAll('[data-testid="stMain"] *'))
  .filter(e => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(e).overflowY))
  .filter(e => e.clientHeight > 4 && e.scrollHeight > e.clientHeight + 2 && e.tagName !== 'TEXTAREA')
  .filter(e => !e.closest('[data-testid="stDataFrame"], [data-testid="stVegaLiteChart"], [data-testid="stCode"]'))
  .map(e => (e.dataset.testid || e.tagName) + ': ' + (e.innerText || '').slice(0, 50))"""
TEXT_AREAS = "() => Array.from(document.querySelectorAll('textarea')).map(t => [t.scrollHeight, t.clientHeight])"


def launch(p):  # noqa: ANN001, ANN201 - playwright objects
    """Debian's Chromium through Playwright."""
    return p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)


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
        browser = launch(p)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url)
            expect(page.get_by_text(f"Revision {revision.number}", exact=False).first).to_be_visible(timeout=60_000)
            # the citation [1] under the first paragraph: its passage appears with who said it and where
            page.get_by_role("radio", name="[1]").first.click()
            expect(page.get_by_text(f"{source['file']}, {source['location']}").first).to_be_visible(timeout=30_000)
            expect(page.get_by_text(source["text"].split()[0], exact=False).first).to_be_visible()
            page.screenshot(path=str(shot))
            # an Accept switch beside each sentence of the first paragraph
            expect(page.get_by_text("Accept", exact=True)).to_have_count(len(revision.sentences()))
            # edit the first paragraph and save it as a new revision
            page.get_by_role("tab", name="Edit").click()
            expect(page.get_by_label("Paragraph 1")).to_be_visible()
            for scroll, height in page.evaluate(TEXT_AREAS):  # every box shows all of its wrapped text
                assert scroll <= height + 1, (scroll, height)
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


@pytest.mark.parametrize("width", [1024, 1400])
def test_pages_show_every_widget_whole_and_apart(served_app, tmp_path, width):
    from playwright.sync_api import expect, sync_playwright

    url, _root = served_app
    with sync_playwright() as p:
        browser = launch(p)
        try:
            page = browser.new_page(viewport={"width": width, "height": 1200})
            page.goto(url)
            expect(page.get_by_text("Revision 1", exact=False).first).to_be_visible(timeout=60_000)
            page.get_by_role("tab", name="Edit").click()
            expect(page.get_by_label("Paragraph 1")).to_be_visible()
            for scroll, height in page.evaluate(TEXT_AREAS):
                assert scroll <= height + 1, (width, scroll, height)
            checks = {
                "sources": "17 contributions",
                "coverage": "Sentences citing each contribution",
                "export": "Import a reviewed Word file",
            }
            for name, heading in checks.items():
                page.goto(f"{url}/{name}")
                expect(page.get_by_text(heading).first).to_be_visible(timeout=60_000)
                expect(page.get_by_test_id("stSkeleton")).to_have_count(0, timeout=60_000)  # every element drawn
                page.wait_for_timeout(1500)  # charts and tables settle
                if name == "export":
                    page.get_by_role("button", name="Build the Word file").click()
                    expect(page.get_by_text("footnotes (one per citation)")).to_be_visible(timeout=60_000)
                page.screenshot(path=str(tmp_path / f"{name}-{width}.png"), full_page=True)
                assert page.evaluate(OVERLAPS) == [], name
                assert page.evaluate(CLIPPED) == [], name
        finally:
            browser.close()


def test_accept_marks_survive_a_reload_and_save_as_one_revision(served_app):
    from playwright.sync_api import expect, sync_playwright

    url, root = served_app
    with DraftStore.in_workspace(root) as store:
        revision = store.current("definition-scope")
    with sync_playwright() as p:
        browser = launch(p)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url)
            expect(page.get_by_text(f"Revision {revision.number}", exact=False).first).to_be_visible(timeout=60_000)
            switches = page.get_by_text("Accept", exact=True)
            # the page is drawn whole (one toggle per sentence) before anything is clicked
            expect(switches).to_have_count(len(revision.sentences()), timeout=60_000)
            for k in (0, 1):
                switches.nth(k).click()
                expect(page.get_by_text(f"{k + 1} to accept", exact=False)).to_be_visible(timeout=30_000)
            # the address is rewritten with both marks after the rerun: wait for it, not for a fixed time
            page.wait_for_function(
                "() => (decodeURIComponent(location.search).match(/[0-9]+[.][0-9]+[+]/g) || []).length >= 2",
                timeout=30_000,
            )
            marked = _accept_marks(page.url, "definition-scope")
            page.reload()  # a new session: the marks come back from the address
            expect(page.get_by_text("2 to accept", exact=False)).to_be_visible(timeout=60_000)
            page.get_by_role("button", name="Save acceptance (2)").click()
            expect(page.get_by_text(f"Saved revision {revision.number + 1}", exact=False)).to_be_visible(timeout=30_000)
        finally:
            browser.close()
    with DraftStore.in_workspace(root) as store:
        saved = store.current("definition-scope")
    assert saved.number == revision.number + 1  # two sentences, one revision
    # the two sentences marked (the first two toggles of the page) are the ones accepted, and only they
    locked = {(p, n) for p, par in enumerate(saved.paragraphs) for n, s in enumerate(par.sentences) if s.locked}
    assert len(marked) == 2 and locked == marked


def _accept_marks(url: str, sid: str) -> set[tuple[int, int]]:
    """The sentences (paragraph, sentence) a page address marks to accept in section ``sid``."""
    from urllib.parse import parse_qs, urlparse

    from ui.acceptance import decode, param_name

    value = parse_qs(urlparse(url).query).get(param_name(sid), [""])[0]
    decoded = decode(value)
    return {k for k, on in (decoded[1] if decoded else {}).items() if on}
