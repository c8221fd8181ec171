"""Outline: the guidelines' sections (title, audience, purpose, guiding questions); add, edit, reorder, remove."""

import streamlit as st
from pydantic import ValidationError

from pipeline.drafting.outline import Outline, OutlineError, SectionSpec, new_section_id
from ui.common import flash, plain, show_flash, workspace

ws = workspace()
st.title("Outline")
show_flash()
try:
    outline = ws.outline()
except OutlineError as exc:
    st.error(f"{exc}. Fix the file or start a new outline below (the broken file is replaced when you save).")
    outline = None

sections = list(outline.sections) if outline else []


def save(new_sections: list[SectionSpec], message: str, title: str | None = None) -> None:
    """Validate and keep the outline; any problem is shown and nothing is written."""
    try:
        new = Outline(
            title=title or (outline.title if outline else "Guidelines"),
            version=outline.version if outline else "0.1",
            sections=tuple(new_sections),
        )
    except ValidationError as exc:
        st.error(f"Not saved: {exc.errors()[0]['msg']}")
        return
    ws.save_outline(new)
    flash("success", message)
    st.rerun()


def section_from(prefix: str, sid: str) -> SectionSpec | None:
    """A section from the form fields under ``prefix``; shows the problem and returns None when invalid."""
    questions = [q.strip() for q in st.session_state[f"{prefix}-questions"].splitlines() if q.strip()]
    try:
        return SectionSpec(
            id=sid,
            title=st.session_state[f"{prefix}-title"],
            audience=st.session_state[f"{prefix}-audience"],
            purpose=st.session_state[f"{prefix}-purpose"],
            questions=tuple(questions),
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        st.error(f"Not saved: {'.'.join(map(str, first['loc']))}: {first['msg']}")
        return None


def fields(prefix: str, spec: SectionSpec | None) -> None:
    st.text_input("Title", value=spec.title if spec else "", key=f"{prefix}-title")
    st.selectbox(
        "Audience",
        ["system", "provider", "both"],
        index=0 if spec is None else ["system", "provider", "both"].index(spec.audience),
        key=f"{prefix}-audience",
        help="system: policy makers and qualification authorities; provider: those who design and issue them; both: "
        "a section for both",
    )
    st.text_area("Purpose", value=spec.purpose if spec else "", key=f"{prefix}-purpose", height=80)
    st.text_area(
        "Guiding questions (one per line)",
        value="\n".join(spec.questions) if spec else "",
        key=f"{prefix}-questions",
        height=120,
    )


title = st.text_input("Title of the guidelines", value=outline.title if outline else "Guidelines", key="outline-title")
if outline and title.strip() and title != outline.title and st.button("Save title"):
    save(sections, "Title saved.", title=title.strip())

with st.expander("Import outline", expanded=outline is None):
    st.caption(
        "YAML, or JSON as written by hand or exported by a survey tool; Markdown or plain text (# title, ## section "
        "or numbered section lines, an 'Audience:' line, "
        "questions as list items or lines ending in '?'); Word or OpenDocument text (a Heading 1 per section, "
        "questions as list items or lines ending in '?'); or a table (.csv, .xlsx, .ods: a section and a question "
        "column). "
        "It replaces the outline; drafts stay stored under their section ids."
    )
    imported = st.file_uploader(
        "Outline file",
        type=[
            *("yaml", "yml", "json", "md", "markdown", "txt", "docx", "odt", "rtf", "html", "htm"),
            *("pdf", "eml", "pptx", "odp"),
            *("csv", "tsv", "xlsx", "ods"),
        ],
        key="outline-import-file",
    )
    if st.button("Import outline", key="outline-import", disabled=imported is None):
        import tempfile
        import warnings
        from pathlib import Path

        from pipeline.drafting.outline import load_outline
        from pipeline.drafting.outline_data import OutlineWarning

        with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings(record=True) as heard:
            warnings.simplefilter("always", OutlineWarning)
            path = Path(tmp) / f"outline{Path(imported.name).suffix.lower()}"
            path.write_bytes(imported.getvalue())
            try:
                new_outline = load_outline(path)
            except OutlineError as exc:  # the message names our temporary copy: show the user's file name
                st.error(f"Not imported: {str(exc).replace(str(path), imported.name)}")
                new_outline = None
            # what the loader left out (a heading without questions), named with the user's file name
            left_out = [
                str(w.message).replace(str(path), imported.name)
                for w in heard
                if issubclass(w.category, OutlineWarning)
            ]
        if new_outline is not None:
            ws.save_outline(new_outline)
            done = f"Imported {len(new_outline.sections)} sections from {imported.name}."
            flash("warning" if left_out else "success", " ".join([done, *left_out]))
            st.rerun()

stored = set(ws.store.sections())  # ids with at least one revision
st.caption(f"{len(sections)} sections, in the order the guidelines and the Word export present them.")
for n, spec in enumerate(sections):
    drafted = spec.id in stored
    with st.expander(f"{n + 1}. {spec.title}  ({spec.audience}{', drafted' if drafted else ''})"):
        prefix = f"outline-{spec.id}"
        with st.form(prefix):
            st.caption(f"Section id: {spec.id}")
            fields(prefix, spec)
            if st.form_submit_button("Save section"):
                new = section_from(prefix, spec.id)
                if new is not None:
                    save([new if s.id == spec.id else s for s in sections], f"Section '{new.title}' saved.")
        up, down, remove = st.columns(3)
        if up.button("Move up", key=f"up-{spec.id}", disabled=n == 0):
            sections[n - 1], sections[n] = sections[n], sections[n - 1]
            save(sections, f"Moved '{spec.title}' up.")
        if down.button("Move down", key=f"down-{spec.id}", disabled=n == len(sections) - 1):
            sections[n + 1], sections[n] = sections[n], sections[n + 1]
            save(sections, f"Moved '{spec.title}' down.")
        if remove.button("Remove from the outline", key=f"remove-{spec.id}", disabled=len(sections) == 1):
            save(
                [s for s in sections if s.id != spec.id],
                f"Removed '{spec.title}' from the outline; its revisions stay stored and return if it is re-added.",
            )

st.subheader("Add a section")
with st.form("outline-new", clear_on_submit=False):
    fields("outline-new", None)
    if st.form_submit_button("Add section"):
        sid = new_section_id(st.session_state["outline-new-title"], {s.id for s in sections})
        new = section_from("outline-new", sid)
        if new is not None:
            save([*sections, new], f"Added section '{new.title}'.")

# -- scope explorer: topics contributions raise that no section covers ----------------------------------------------
st.subheader("Topics outside the outline")
st.caption("Passages far from every section, grouped by topic, with who raised them and a proposed section.")
if sections and st.button("Find topics outside the outline"):
    from pipeline.drafting.drafters.base import DraftingError

    with st.spinner("Comparing every passage with the sections..."):
        try:
            st.session_state["scope"] = ws.scope()
        except DraftingError as exc:
            st.error(str(exc))
for n, proposal in enumerate(st.session_state.get("scope", [])):
    with st.container(border=True):
        st.markdown(f"**{plain(proposal.proposed_title)}** · raised by {plain(', '.join(proposal.contributors))}")
        if proposal.purpose:
            st.markdown(plain(proposal.purpose))
        st.caption(f"worded by {plain(proposal.written_by)}; keywords: {plain(', '.join(proposal.keywords))}")
        st.markdown("\n".join(f"- {plain(q)}" for q in proposal.questions))
        for passage in proposal.passages[:3]:  # the passages' own words, so the editor sees what the topic is
            text = " ".join(passage.get("text", "").split())
            who = passage.get("contributor") or passage["file"]
            st.caption(plain(f"{who}, {passage['file']}, {passage['location']}: {text[:300]}{'…' * (len(text) > 300)}"))
        if st.button("Add to the outline", key=f"scope-add-{n}"):
            new = proposal.section({s.id for s in sections})
            st.session_state.pop("scope", None)
            save([*sections, new], f"Added section '{new.title}' from the scope explorer.")
