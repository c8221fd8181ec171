"""Sources: upload contributions with their metadata, see what is stored, remove one, search passages."""

import tempfile
from pathlib import Path

import streamlit as st

from ingest.metadata import KINDS, MetadataError, read_metadata_csv
from pipeline.index.ingestion import SUPPORTED, SheetWarning
from pipeline.index.search import Filters
from pipeline.labels import kind_label, role_label
from pipeline.workspace import Upload
from ui.common import flash, plain, progress_bar, show_flash, workspace


def _uploaded_name(note: str, kept: Path, shown: str) -> str:
    """A note about the uploaded sheet naming it as the user did, not as the temporary copy it was read from."""
    text = note.replace(str(kept), shown).replace(f"{kept.name}: ", f"{shown}: ")
    return SheetWarning(text) if isinstance(note, SheetWarning) else text


ws = workspace()
st.title("Sources")
show_flash()

# -- what the last ingest did, file by file: in sight at once, above everything else --------------------------------
if "ingest-results" in st.session_state:
    results, notes = st.session_state["ingest-results"]
    st.dataframe(
        [{"file": r["file"], "result": r["status"], "passages": r["chunks"], "reason": r["reason"]} for r in results],
        hide_index=True,
        column_config={"reason": st.column_config.TextColumn(width="large")},
    )
    for note in notes:
        # a sheet that could not be read (or rows it could not apply) is a warning to act on, not a side note
        (st.warning if isinstance(note, SheetWarning) else st.caption)(plain(note))

# -- upload and ingest ---------------------------------------------------------------------------------------------
with st.expander("Add contributions", expanded=not ws.index.manifest.count_chunks()):
    files = st.file_uploader(
        "Files (PDF, PowerPoint, Word, RTF, Excel, CSV, OpenDocument, web pages, e-mail, Markdown, text)",
        type=sorted(ext.lstrip(".") for ext in SUPPORTED),
        accept_multiple_files=True,
        key="upload-files",
    )
    how = st.radio("Metadata", ["Enter it here (same for every file)", "From a metadata CSV"], horizontal=True)
    rows: dict[str, dict[str, str]] = {}
    csv_file = None
    if how.startswith("From"):
        csv_file = st.file_uploader(
            "Metadata sheet, .csv, .xlsx or .ods (a 'file' column and title, kind, contributor, ...)",
            type=["csv", "xlsx", "ods"],
        )
        if csv_file is not None:
            with tempfile.TemporaryDirectory() as tmp:  # outside the workspace: it may hold PDF passwords
                path = Path(tmp) / f"metadata{Path(csv_file.name).suffix.lower()}"
                path.write_bytes(csv_file.getvalue())
                try:
                    listed = read_metadata_csv(path)
                    st.caption(f"{len(listed)} row(s): {plain(', '.join(sorted(listed)))}")
                except MetadataError as exc:  # kept: the ingest goes on without it and lists this in its results
                    st.error(str(exc).replace(str(path), csv_file.name) + "; the files will go in without it")
    else:
        a, b, c = st.columns(3)
        form = {
            "title": a.text_input("Title (blank: from the file)", key="meta-title"),
            "contributor": b.text_input("Contributor", key="meta-contributor"),
            "organisation": c.text_input("Organisation", key="meta-organisation"),
            "country": a.text_input("Country", key="meta-country"),
            "kind": b.selectbox("Kind", KINDS, index=len(KINDS) - 1, key="meta-kind", format_func=kind_label),
            "role": c.text_input("Role (ministry, provider, social partner, ...)", key="meta-role"),
        }
        rows = {f.name: dict(form) for f in files or []}
        if files and len(files) > 1 and form["title"]:
            st.caption("With several files the title applies to each; leave it blank to take each file's own.")
    if st.button("Ingest", type="primary", disabled=not files):
        progress = progress_bar(lambda e: f"{e.stage}: {e.file}")
        uploads = [Upload(f.name, f.getvalue()) for f in files]
        with tempfile.TemporaryDirectory() as tmp:
            metadata_csv = None
            if csv_file is not None:
                metadata_csv = Path(tmp) / f"metadata{Path(csv_file.name).suffix.lower()}"
                metadata_csv.write_bytes(csv_file.getvalue())
            outcomes, notes = ws.ingest_uploads(uploads, rows, progress, metadata_csv=metadata_csv)
            if csv_file is not None:  # the sheet is named as the user uploaded it, not by where it was kept
                notes = [_uploaded_name(n, metadata_csv, csv_file.name) for n in notes]
        st.session_state["ingest-results"] = ([o.as_json() for o in outcomes], notes)
        failed = sum(o.status == "failed" for o in outcomes)
        done = sum(o.status == "ingested" for o in outcomes)
        summary = f"{done} ingested, {failed} failed, {len(outcomes) - done - failed} unchanged"
        flash("warning" if failed else "success", summary)
        st.rerun()

# -- what is stored ----------------------------------------------------------------------------------------------
sources = ws.sources()
stored = [s for s in sources if s["status"] == "ingested"]
failed = [s for s in sources if s["status"] == "failed"]
st.subheader(f"{len(stored)} contributions")
if stored:
    # the columns people filter by come first and narrow, so they are in sight without scrolling sideways
    st.dataframe(
        [
            {
                "file": s["file"],
                "contributor": s["contributor"],
                "country": s["country"],
                "region": s["region"],
                "kind": kind_label(s["kind"]) if s["kind"] else "",
                "role": role_label(s["role"]) if s["role"] else "",
                "organisation": s["organisation"],
                "title": s["title"],
                "passages": s["chunks"],
                "same file as": s.get("duplicate_of", ""),
                "warnings": "; ".join(s["warnings"]),
            }
            for s in stored
        ],
        hide_index=True,
        column_config={
            "file": st.column_config.TextColumn(width="medium", pinned=True),
            "contributor": st.column_config.TextColumn(width="medium"),
            "country": st.column_config.TextColumn(width=100),
            "region": st.column_config.TextColumn(width="small"),
            "kind": st.column_config.TextColumn(width=100),
            "role": st.column_config.TextColumn(width="medium"),
            "passages": st.column_config.NumberColumn(width="small"),
        },
    )
if failed:
    st.markdown(f"**{len(failed)} file(s) could not be read**")
    st.dataframe([{"file": s["file"], "reason": s["reason"]} for s in failed], hide_index=True)
if stored:
    with st.expander("Remove a contribution"):
        target = st.selectbox("Contribution", [s["file"] for s in stored], key="remove-file")
        sure = st.checkbox(
            key="remove-sure", label="Remove it and its passages from the index (drafts keep the text they cited)"
        )
        if st.button("Remove", disabled=not sure):
            removed, heir = ws.remove(target)
            kept = f" Its passages stay, now as those of {heir} (the same file, submitted again)." if heir else ""
            flash("success", f"Removed {target} ({removed} passages).{kept}")
            st.rerun()

# -- search ---------------------------------------------------------------------------------------------------------
st.subheader("Search passages")
query = st.text_input("Question or keywords", key="search-query")
options = {key: sorted({s[key] for s in stored if s.get(key)}) for key in ("kind", "country", "region", "contributor")}
columns = dict(zip(options, st.columns(4), strict=True))
chosen = {
    key: columns[key].multiselect(
        key.capitalize(), options[key], key=f"filter-{key}", format_func=kind_label if key == "kind" else str
    )
    for key in options
}
k = st.slider("Passages", 3, 30, 10, key="search-k")
if query.strip():
    filters = Filters(**{key: tuple(values) for key, values in chosen.items()})
    hits = ws.search(query, k=k, filters=filters)
    if not hits:
        st.info("No passage matches (check the filters).")
    for n, hit in enumerate(hits, 1):
        with st.container(border=True):
            who = ", ".join(x for x in (hit.contributor, hit.organisation, hit.country) if x)
            section = str(hit.location_fields.get("section_path", ""))
            where = hit.location
            if section and not where.startswith("section"):  # a page or slide: say which section it is in
                where = f"{where} ({section})"
            about = " · ".join(plain(x) for x in (who, hit.region, kind_label(hit.kind) if hit.kind else "") if x)
            st.markdown(f"**{n}. {plain(hit.file)}, {plain(where)}** · {about}")
            if hit.location_fields.get("table"):  # a table's rows each on a line of their own
                st.markdown("  \n".join(plain(row) for row in hit.text.split("\n")))
            else:
                st.markdown(plain(hit.text))
