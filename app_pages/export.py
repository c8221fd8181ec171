"""Export: the chosen sections as a Word file for review; import a reviewed file and see what changed."""

import tempfile
from pathlib import Path

import streamlit as st

from pipeline.labels import status_label
from pipeline.word.export import NothingToExport
from pipeline.word.export.docx_writer import STATUS_CHOICES
from pipeline.word.review.reader import ReviewFileError
from ui.common import page_outline, plain, user_name, workspace

ws = workspace()
outline = page_outline(ws, "Export", "No outline yet: add sections on the Outline page.")
titles = {s.id: s.title for s in outline.sections}

# -- export ---------------------------------------------------------------------------------------------------------
st.subheader("Word file for review")
stored = set(ws.store.sections())
drafted = [sid for sid in titles if sid in stored]
# one checkbox per section, two columns: long titles wrap in their own row, where chips in a multiselect
# overflowed its box on a narrow window and hid the widgets below
st.markdown("**Sections**")
halves = st.columns(2)
chosen = [
    sid
    for n, sid in enumerate(drafted)
    if halves[n % 2].checkbox(
        f"{titles[sid]} ({status_label(ws.store.status(sid))})", value=True, key=f"export-section-{sid}"
    )
]
if not drafted:
    st.info("No section is drafted yet: draft them on the Draft page.")
status = st.radio(
    "Which of them",
    STATUS_CHOICES,
    index=STATUS_CHOICES.index("all"),
    horizontal=True,
    key="export-status",
    format_func=lambda s: {"approved": "Approved sections only", "all": "Every ticked section"}.get(s, s),
)
with_divergences = st.checkbox("Add each section's points of divergence (slower)", key="export-divergences")
if st.button("Build the Word file", type="primary", disabled=not chosen):
    with tempfile.TemporaryDirectory() as tmp, st.spinner("Writing the Word file..."):
        out = Path(tmp) / "guidelines-review.docx"
        try:
            summary = ws.export(out, section_ids=chosen, status=status, divergences=with_divergences)
        except NothingToExport as exc:
            st.error(f"Nothing to export: {exc}")
        else:
            st.session_state["export"] = (out.read_bytes(), summary)
if "export" in st.session_state:
    data, summary = st.session_state["export"]
    st.success(
        f"{len(summary.sections)} sections, {summary.footnotes} footnotes (one per citation), "
        f"{summary.comments} comments on flagged sentences."
    )
    st.download_button(
        "Download guidelines-review.docx",
        data,
        file_name="guidelines-review.docx",
        mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )

# -- import a reviewed file -----------------------------------------------------------------------------------------
st.subheader("Import a reviewed Word file")
st.caption(
    "Sections the reviewers changed become new revisions; footnotes they kept stay citations, new text without a "
    "footnote is flagged uncited. A section saved here since the export is a conflict and is left alone."
)
reviewed = st.file_uploader("Reviewed .docx (exported from this workspace)", type=["docx"], key="import-file")
force = st.checkbox("Import conflicting sections anyway (their newer revision stays in the history)", key="force")
if st.button("Import", disabled=reviewed is None):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "reviewed.docx"
        path.write_bytes(reviewed.getvalue())
        try:
            results = ws.import_review(path, force=force, author=user_name() if user_name() != "editor" else "review")
        except ReviewFileError as exc:
            st.error(f"{reviewed.name}: {str(exc).replace(str(path), reviewed.name)}")
            results = None
    if results is not None:
        st.session_state["import"] = [r.as_json() for r in results]
for r in st.session_state.get("import", []):
    line = f"**{plain(titles.get(r['section_id'], r['section_id']))}**: {r['status']}"
    if r.get("revision"):
        line += f" (revision {r['revision']})"
    if r["changed_sentences"]:
        line += f"; changed sentences {', '.join(r['changed_sentences'])}"
    if r["uncited_sentences"]:
        line += f"; without a citation: {', '.join(r['uncited_sentences'])}"
    if r["message"]:
        line += f"  \n{plain(r['message'])}"
    (st.warning if r["status"] == "conflict" else st.markdown)(line)
    for comment in r["comments"]:
        where = f" on {comment['sentence']}" if comment["sentence"] else ""
        st.caption(plain(f"comment by {comment['author']}{where}: {comment['text']}"))
