"""Helpers every page of the app uses.

Heavy objects live in one :class:`~pipeline.workspace.Workspace` per process (``st.cache_resource``): the
Chroma client, the embedding model, the stores. A rerun or a page switch reuses them.

Text from contributions is untrusted. Streamlit never renders raw HTML unless asked to (this app never asks),
but Markdown would still turn ``![](http://...)`` into an image fetched by the browser or ``[x](javascript:..)``
into a link; :func:`plain` escapes every Markdown character so source text shows exactly as written.
"""

from __future__ import annotations

import hmac
import os
import re
import threading
from collections.abc import Callable
from typing import Any

import streamlit as st
from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

from pipeline.labels import flag_label
from pipeline.settings import load_settings
from pipeline.workspace import FIRST_RUN_AUTHOR, Workspace

__all__ = [
    "FIRST_RUN_AUTHOR",
    "badge",
    "flash",
    "plain",
    "progress_bar",
    "require_password",
    "show_flash",
    "sidebar",
    "workspace",
]

PASSWORD_ENV = "GUIDELINES_APP_PASSWORD"
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~:$^=&])")
# A flag's colour says how bad it is: red where a citation or a credit is wrong, orange where support is thin,
# violet where a detail (number, name) was not found; the words come from pipeline.labels, as in Word.
FLAG_COLOURS = {
    "uncited": "red",
    "unknown_citation": "red",
    "misattributed": "red",
    "false_quote": "red",
    "contradicted": "red",
    "weak_support": "orange",
    "citation_unsupported": "orange",
    "llm_unsupported": "orange",
    "llm_partial": "orange",
    "quoted_words": "orange",
    "unknown_number": "violet",
    "unknown_name": "violet",
    "wrong_count": "violet",
}


def plain(text: str) -> str:
    """``text`` escaped for st.markdown: shown as written, never as markup, links, images or HTML."""
    return _MARKDOWN.sub(r"\\\1", " ".join(str(text).split()))


def badge(flag: str) -> str:
    """A coloured Markdown badge for a check flag, in words (``misattributed:X`` names X)."""
    colour = FLAG_COLOURS.get(flag.partition(":")[0].strip(), "gray")
    words = flag_label(flag).replace("[", "(").replace("]", ")")  # a bracket would end the badge early
    return f":{colour}-badge[{plain(words)}]"


def _release(ws: Workspace) -> None:
    """Close a workspace Streamlit drops from its cache (cleared, or replaced), so its files do not stay open."""
    ws.close()


@st.cache_resource(show_spinner="Opening the workspace (index, embedding model, drafts)...", on_release=_release)
def _open(workspace: str, chroma_url: str, embedding: str, llm: str) -> Workspace:
    # the arguments are the cache key: a different workspace or backend gets its own objects
    settings = load_settings(workspace=workspace)
    return Workspace(settings)


def workspace() -> Workspace:
    """The workspace the environment names (``GUIDELINES_WORKSPACE``), opened once per process."""
    s = load_settings()
    return _open(str(s.workspace.resolve()), s.chroma_url, s.embedding, s.llm)


def require_password() -> bool:
    """True when no shared password is set or this session gave it; else shows the sign-in form."""
    expected = os.environ.get(PASSWORD_ENV, "")
    if not expected or st.session_state.get("signed_in"):
        return True
    st.title("Guideline Drafter")
    with st.form("sign-in"):
        given = st.text_input("Team password", type="password")
        if st.form_submit_button("Sign in"):
            if hmac.compare_digest(given.encode(), expected.encode()):
                st.session_state["signed_in"] = True
                st.rerun()
            st.error("Wrong password.")
    return False


def sidebar(ws: Workspace) -> None:
    """The drafter and index in use, and what the workspace holds."""
    with st.sidebar:
        st.caption("Drafter")
        st.markdown(f"**{plain(ws.drafter_label())}**")
        st.caption("Index")
        st.markdown(plain(ws.index_label()))
        st.caption(f"{len(ws.searcher.sources())} sources, {ws.index.manifest.count_chunks()} passages")
        st.text_input("Your name (kept with your revisions)", key="user", placeholder="editor")
        with st.expander("Workspace check"):
            st.caption("Do the manifest, Chroma, the BM25 index, the drafts and the outline agree?")
            if st.button("Check now", key="doctor"):
                from pipeline.upkeep.doctor import check_workspace

                with st.spinner("Checking..."):
                    report = check_workspace(ws.settings)
                st.session_state["doctor-report"] = report
            report = st.session_state.get("doctor-report")
            if report is not None:
                if report.healthy:
                    st.success("Consistent.")
                else:
                    st.error(f"{len(report.problems)} problem(s): run `guidelines doctor --repair`.")
                for finding in report.findings:
                    st.caption(plain(finding.line()))


def progress_bar(describe: Callable[[Any], str]) -> Callable[[Any], None]:
    """A progress bar and a callback that moves it from any thread of this run (ingest reports from workers).

    ``describe`` turns an event (``done``, ``total``, ...) into the bar's text.
    """
    bar = st.progress(0.0, text="starting...")
    ctx = get_script_run_ctx()
    lock = threading.Lock()

    def update(event: Any) -> None:
        if get_script_run_ctx() is None and ctx is not None:
            add_script_run_ctx(threading.current_thread(), ctx)  # a worker thread reporting for this run
        with lock:
            bar.progress(min(1.0, event.done / max(1, event.total)), text=describe(event))

    return update


def flash(kind: str, message: str) -> None:
    """A message to show at the top of the page after the next rerun (success, warning, error, info)."""
    st.session_state["flash"] = (kind, message)


def show_flash() -> None:
    """Show and forget the message :func:`flash` left."""
    kind, message = st.session_state.pop("flash", (None, ""))
    if kind:
        getattr(st, kind)(message)


def page_outline(ws: Workspace, title: str, missing: str):  # noqa: ANN201 - pipeline.drafting.outline.Outline
    """Start a page that needs the outline: its title, the last flash message, then the outline, or a message
    (``missing`` when there is none yet, the problem when the file is broken) and the page stops there."""
    from pipeline.drafting.outline import OutlineError

    st.title(title)
    show_flash()
    try:
        outline = ws.outline()
    except OutlineError as exc:
        st.error(str(exc))
        st.stop()
    if outline is None:
        st.info(missing)
        st.stop()
    return outline


def user_name() -> str:
    """Who is working in this session (recorded with every revision)."""
    return st.session_state.get("user") or "editor"
