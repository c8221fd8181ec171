"""Guideline Drafter's app: `streamlit run app.py` (or `make run`). Thin pages over pipeline.workspace."""

import sqlite3

import streamlit as st

from pipeline.index.embeddings import EmbeddingError
from pipeline.index.vectors import VectorStoreError
from pipeline.index.workspace_index import IndexMismatch
from ui.common import require_password, sidebar, workspace

st.set_page_config(page_title="Guideline Drafter", layout="wide")

if require_password():
    pages = [
        st.Page("app_pages/draft.py", title="Draft", default=True),
        st.Page("app_pages/sources.py", title="Sources"),
        st.Page("app_pages/outline.py", title="Outline"),
        st.Page("app_pages/coverage.py", title="Coverage"),
        st.Page("app_pages/export.py", title="Export"),
    ]
    page = st.navigation(pages)
    try:
        sidebar(workspace())
        page.run()
    except (VectorStoreError, IndexMismatch, EmbeddingError, sqlite3.DatabaseError) as exc:
        # the index or a store cannot be used right now: say so on the page; nothing typed is lost on a retry
        st.error(f"{exc}")
        st.caption("`guidelines doctor` checks the workspace; `guidelines doctor --repair` rebuilds what it can.")
