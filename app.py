"""Guideline Drafter's app: `streamlit run app.py` (or `make run`). Thin pages over pipeline.workspace."""

import streamlit as st

from pipeline.ui.common import require_password, sidebar, workspace

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
    sidebar(workspace())
    page.run()
