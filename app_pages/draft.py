"""Draft: generate a section, read it with its citations, edit, accept (several at once), pin evidence, compare
revisions."""

import streamlit as st

from pipeline.drafting.drafters.base import DraftingError
from pipeline.drafting.drafts import STATUSES, ConflictError
from pipeline.drafting.editing import EditError, citation_numbers, edit_text
from pipeline.drafting.outline import OutlineError, audience_words
from pipeline.labels import status_label, words
from ui.acceptance import mark, pending, save_bar, toggle_key
from ui.common import (
    FIRST_RUN_AUTHOR,
    badge,
    flash,
    page_outline,
    plain,
    progress_bar,
    user_name,
    workspace,
)
from ui.history import compare, described_changes
from ui.passage import show_passage
from ui.text import box_height, shorten

ws = workspace()
outline = page_outline(ws, "Draft", "No outline yet: add sections on the Outline page, then draft them here.")

titles = {s.id: s.title for s in outline.sections}
sid = st.selectbox(
    "Section", list(titles), format_func=lambda i: f"{titles[i]}  ({status_label(ws.store.status(i))})", key="sid"
)
section = outline.section(sid)
rev = ws.store.current(sid)
# unsaved Accept marks (from the session, or the address after a reload), carried to the current revision
choices, lost = pending(ws.store, sid, rev) if rev is not None else ({}, 0)


def run_draft(section_ids: list[str]) -> None:
    """Draft with a progress bar; report each section's outcome on the next run."""
    progress = progress_bar(lambda e: f"{e.stage}: {titles.get(e.section_id, '')}")
    try:
        run = ws.draft(section_ids, author=user_name(), progress=progress)
    except (DraftingError, OutlineError) as exc:
        st.error(str(exc))
        return
    failed = [f"{o.section_id}: {o.reason}" for o in run.outcomes if o.status != "drafted"]
    drafted = [o for o in run.outcomes if o.status == "drafted"]
    message = f"Drafted {len(drafted)} section(s) with the {run.drafter} drafter."
    flash("warning" if failed else "success", message + ("  \n" + "  \n".join(map(plain, failed)) if failed else ""))
    st.rerun()


left, right = st.columns(2)
if left.button("Regenerate this section" if rev else "Draft this section", type="primary"):
    run_draft([sid])
if right.button("Draft all sections"):
    run_draft([])
if rev is not None and any(s.locked for s in rev.sentences()):
    st.caption("Regenerating keeps the accepted sentences as they are.")
if choices:
    st.warning(
        f"{len(choices)} Accept mark(s) are not saved yet: save them on the Read tab before regenerating, or the "
        "new draft will not keep those sentences."
    )

with st.expander("What this section asks", expanded=rev is None):
    audience = words(audience_words(section.audience))  # the brief's "System level" and "Provider level", or both
    st.markdown(f"**Audience:** {plain(audience)}  \n**Purpose:** {plain(section.purpose)}")
    st.markdown("\n".join(f"- {plain(q)}" for q in section.questions))

if rev is None:
    st.info(
        "Not drafted yet. Drafting gathers evidence for each guiding question from the contributions, writes "
        "sentences that cite it, and checks every citation."
    )
    st.stop()

if rev.author == FIRST_RUN_AUTHOR:
    st.info(
        "This draft was written when the app first started on the sample corpus, offline, by the extractive "
        "drafter: its sentences quote the contributions and name who said what. Set GUIDELINES_LLM (for example "
        "openai:gpt-4o-mini) and regenerate for written prose; the citation checks stay the same."
    )

numbers = citation_numbers(rev)
by_number = {n: cid for cid, n in numbers.items()}
status = ws.store.status(sid)


def set_status(key: str) -> None:
    ws.store.set_status(sid, st.session_state[key], author=user_name())


meta, pick_status = st.columns([3, 1])
meta.markdown(
    f"**Revision {rev.number}** of *{plain(section.title)}* · {plain(rev.backend)} · saved by {plain(rev.author)} "
    f"at {plain(rev.created_at[:19].replace('T', ' '))}"
)
status_key = f"status-{sid}-{status}"
pick_status.selectbox(
    "Status",
    STATUSES,
    index=STATUSES.index(status),
    key=status_key,
    on_change=set_status,
    args=(status_key,),
    format_func=status_label,
)

read, edit, evidence, history = st.tabs(["Read", "Edit", "Evidence", "History"])

# -- Read: the draft with numbered citations; picking one shows the passage in context -------------------------
pill_keys = [f"cite-{sid}-{rev.number}-{p}" for p in range(len(rev.paragraphs))]


def pick(key: str) -> None:
    """One citation at a time: picking in one paragraph clears the others."""
    value = st.session_state.get(key)
    st.session_state["cite"] = (sid, by_number[value]) if value else None
    for other in pill_keys:
        if other != key:
            st.session_state[other] = None


with read:
    st.caption(
        "Pick a citation number under a paragraph: its passage opens right there, in its context. Accept a "
        "sentence to keep it word for word when the section is regenerated: mark as many as you like, then save "
        "them together as one revision."
    )
    if lost:
        st.warning(
            f"{lost} of your unsaved marks were on sentences that are no longer in the current revision "
            f"({rev.number}); check the draft and mark them again."
        )
    if choices:
        save_bar(ws.store, sid, rev, choices, user_name(), flash)
    cite = st.session_state.get("cite")
    for p, paragraph in enumerate(rev.paragraphs):
        if paragraph.theme:
            st.caption(plain(paragraph.theme))
        for n, sentence in enumerate(paragraph.sentences):
            marks = "".join(f"\\[{numbers[c]}\\]" for c in sentence.citations)
            flags = " ".join(badge(f) for f in sentence.flags)
            summary = " :gray-badge[summary of the passages]" if sentence.kind == "summary" else ""
            accepted = " :green-badge[accepted]" if sentence.locked else ""
            if (p, n) in choices:
                accepted += " :orange-badge[not saved]"
            text, toggle = st.columns([0.86, 0.14])
            text.markdown(f"{plain(sentence.text)} **{marks}**{summary}{' ' + flags if flags else ''}{accepted}")
            toggle.toggle(
                "Accept",
                value=choices.get((p, n), sentence.locked),
                key=toggle_key(sid, rev, p, n),
                on_change=mark,
                args=(sid, rev, p, n),
            )
        cited = list(dict.fromkeys(numbers[c] for s in paragraph.sentences for c in s.citations))
        if cited:
            st.pills(
                "Citations",
                cited,
                format_func=lambda n: f"[{n}]",
                key=pill_keys[p],
                on_change=pick,
                args=(pill_keys[p],),
                label_visibility="collapsed",
            )
        if cite and cite[0] == sid and cite[1] in numbers and st.session_state.get(pill_keys[p]):
            with st.container(border=True):
                show_passage(ws, sid, rev, cite[1], numbers[cite[1]])
    if rev.gaps:
        st.markdown("**Gaps: questions the contributions do not answer**")
        for gap in rev.gaps:
            st.warning(f"{plain(gap.question)}: {plain(gap.note)}")
    for note in rev.notes:
        st.caption(plain(note))

# -- Edit: one box per paragraph; a stale save is a conflict, and the typed text stays -------------------------
with edit:
    base_key = f"edit-base-{sid}"
    base = st.session_state.setdefault(base_key, rev.number)
    base_rev = ws.store.revision(sid, base) if base <= rev.number else rev
    texts = edit_text(base_rev)
    if base != rev.number:
        untouched = all(
            st.session_state.get(f"edit-{sid}-{base}-{p}") in (None, text) for p, text in enumerate(texts)
        ) and not st.session_state.get(f"edit-{sid}-{base}-new")
        if untouched or base > rev.number:  # nothing typed yet (or the workspace was reset): follow the section
            base, base_rev, texts = rev.number, rev, edit_text(rev)
            st.session_state[base_key] = base
    if base != rev.number:
        st.warning(
            f"You are editing revision {base}, but {plain(rev.author)} saved revision {rev.number} since. "
            "Your text below is kept; copy what you need, then start again from the current revision."
        )
        with st.expander(f"What changed from revision {base} to {rev.number}"):
            st.code(compare(base_rev, rev).text(), language="diff")
        if st.button(f"Start again from revision {rev.number}"):
            for key in [k for k in st.session_state if str(k).startswith(f"edit-{sid}-{base}-")]:
                del st.session_state[key]
            st.session_state[base_key] = rev.number
            st.rerun()
    st.caption(
        "One sentence per line. Keep a [n] marker to cite passage n; a sentence without one is flagged uncited. "
        "Saving stores a new revision; unchanged sentences keep their checks and acceptance."
    )
    keys = [f"edit-{sid}-{base}-{p}" for p in range(len(texts))]
    for p, text in enumerate(texts):
        st.text_area(f"Paragraph {p + 1}", value=text, key=keys[p], height=box_height(text))
    st.text_area("New paragraph (optional)", key=f"edit-{sid}-{base}-new", height=90)
    if st.button("Save as a new revision", type="primary", key=f"save-{sid}"):
        values = [st.session_state.get(k, t) for k, t in zip(keys, texts, strict=True)]
        values.append(st.session_state.get(f"edit-{sid}-{base}-new", ""))
        try:
            saved, changed = ws.save_edit(sid, values, expected=base, author=user_name())
        except EditError as exc:
            st.error(f"Not saved: {exc}")
        except ConflictError as exc:
            flash("error", f"Not saved: {exc}")
            st.rerun()  # shows the warning above with the diff; the boxes keep the text
        else:
            for key in [k for k in st.session_state if str(k).startswith(f"edit-{sid}-{base}-")]:
                del st.session_state[key]
            st.session_state[base_key] = saved.number
            flagged = sum(1 for s in saved.sentences() if s.flags)
            done = f"Saved revision {saved.number}: {len(changed)} sentence(s) new or changed, {flagged} flagged"
            flash("success", done)
            st.rerun()

# -- Evidence: pins and exclusions for the next draft ----------------------------------------------------------------
with evidence:
    st.caption("Pinned passages are always used in this section's next draft; excluded ones never are.")
    pins, exclusions = ws.store.pins(sid), ws.store.exclusions(sid)
    for kind, ids, clear_label in (("Pinned", pins, "Unpin"), ("Excluded", exclusions, "Use again")):
        st.markdown(f"**{kind}** ({len(ids)})")
        found = ws.index.manifest.chunks(ids)
        for cid in ids:
            row, button = st.columns([5, 1])
            chunk = found.get(cid)
            label = f"{chunk.file}, {chunk.label}: {shorten(chunk.text, 160)}" if chunk else f"{cid} (no longer stored)"
            row.markdown(plain(label))
            if button.button(clear_label, key=f"clear-{kind}-{cid}"):
                ws.store.clear(sid, cid)
                st.rerun()
    query = st.text_input("Find passages to pin or exclude", key=f"evidence-query-{sid}")
    if query.strip():
        for hit in ws.search(query, k=8):
            with st.container(border=True):
                state = (
                    " :blue-badge[Pinned]"
                    if hit.chunk_id in pins
                    else " :gray-badge[Excluded]"
                    if hit.chunk_id in exclusions
                    else ""
                )
                st.markdown(
                    f"**{plain(hit.contributor or hit.file)}** ({plain(hit.country)}) · {plain(hit.file)}, "
                    f"{plain(hit.location)}{state}  \n{plain(shorten(hit.text, 400))}"
                )
                if state:  # already decided: undone in the list above, not offered again here
                    continue
                pin_col, exclude_col = st.columns(2)
                if pin_col.button("Pin", key=f"evidence-pin-{hit.chunk_id}"):
                    ws.store.pin(sid, hit.chunk_id, author=user_name())
                    st.rerun()
                if exclude_col.button("Exclude", key=f"evidence-exclude-{hit.chunk_id}"):
                    ws.store.exclude(sid, hit.chunk_id, author=user_name())
                    st.rerun()

# -- History: every revision, and a diff between any two in the numbering the Read tab shows --------------------------
with history:
    infos = ws.store.history(sid)
    st.dataframe(
        [
            {
                "revision": i.number,
                "saved by": i.author,
                "drafter": i.backend,
                "at": i.created_at[:19].replace("T", " "),
                "sentences": i.sentences,
                "flagged": i.flagged,
            }
            for i in reversed(infos)
        ],
        hide_index=True,
    )
    if len(infos) > 1:
        revisions = [i.number for i in infos]
        latest = revisions[-1]  # in the keys: a new revision brings the pickers back to the latest two
        a_col, b_col = st.columns(2)
        a = a_col.selectbox("From revision", revisions, index=len(revisions) - 2, key=f"diff-a-{sid}-{latest}")
        b = b_col.selectbox("To revision", revisions, index=len(revisions) - 1, key=f"diff-b-{sid}-{latest}")
        old_rev, new_rev = ws.store.revision(sid, a), ws.store.revision(sid, b)
        changes = described_changes(old_rev, new_rev)
        st.markdown("\n".join(f"- **{label}:** {plain(text)}" for label, text in changes) or "No sentence changed.")
        diff = compare(old_rev, new_rev)
        st.code(diff.text(), language="diff")
        if diff.sources:
            st.markdown("  \n".join(f"\\[{n}\\] {plain(name)}" for n, name in diff.sources))
