"""Accepting sentences on the Draft page: the toggles mark, one save stores every mark as one revision.

Marks not saved yet are kept in the session and in the page's address (``?accept.<section>=3:0.1+,2.0-``: the
revision they were made on, then paragraph.sentence and + to accept or - to release), so a rerun, a visit to
another page or a reload of the browser tab loses none. Marks made on an older revision (another editor saved
since) are carried to the current one by the sentence's text; a sentence that is gone is reported, not guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import streamlit as st

from pipeline.drafting.drafts import ConflictError, DraftStore
from pipeline.model import Revision

Choices = dict[tuple[int, int], bool]  # (paragraph, sentence) -> accepted after saving
_STATE = "accept-pending"  # session key: {section id: (revision, choices)}
_MARK = re.compile(r"^(\d+)\.(\d+)([+-])$")


def param_name(sid: str) -> str:
    """The query parameter that holds a section's unsaved marks."""
    return f"accept.{sid}"


def encode(base: int, choices: Choices) -> str:
    """Marks as text for the page's address: ``3:0.1+,2.0-``."""
    marks = ",".join(f"{p}.{n}{'+' if on else '-'}" for (p, n), on in sorted(choices.items()))
    return f"{base}:{marks}"


def decode(text: str) -> tuple[int, Choices] | None:
    """The revision and marks of :func:`encode`'s text, or None when the text is not such (an edited address)."""
    head, _, body = str(text).partition(":")
    if not head.isdigit():
        return None
    choices: Choices = {}
    for part in filter(None, body.split(",")):
        match = _MARK.match(part.strip())
        if match is None:
            return None
        choices[(int(match.group(1)), int(match.group(2)))] = match.group(3) == "+"
    return int(head), choices


def carry(choices: Choices, old: Revision, new: Revision) -> tuple[Choices, int]:
    """Marks made on ``old`` moved to ``new`` by the sentence's text; also how many found no sentence there.

    A mark that ``new`` already holds (someone else accepted the same sentence) is dropped as done.
    """
    where: dict[str, list[tuple[int, int]]] = {}
    for p, par in enumerate(new.paragraphs):
        for n, sentence in enumerate(par.sentences):
            where.setdefault(" ".join(sentence.text.split()), []).append((p, n))
    moved: Choices = {}
    lost = 0
    for (p, n), on in sorted(choices.items()):
        try:
            text = " ".join(old.paragraphs[p].sentences[n].text.split())
        except IndexError:
            lost += 1
            continue
        spots = where.get(text)
        if not spots:
            lost += 1
            continue
        target = spots.pop(0)
        if new.paragraphs[target[0]].sentences[target[1]].locked != on:
            moved[target] = on
    return moved, lost


def _remember(sid: str, base: int, choices: Choices) -> None:
    st.session_state.setdefault(_STATE, {})[sid] = (base, choices)
    if choices:
        st.query_params[param_name(sid)] = encode(base, choices)
    elif param_name(sid) in st.query_params:
        del st.query_params[param_name(sid)]


def pending(store: DraftStore, sid: str, rev: Revision) -> tuple[Choices, int]:
    """The section's unsaved marks against ``rev`` (from the session, else the address), and how many were lost."""
    saved = st.session_state.get(_STATE, {}).get(sid)
    if saved is None:
        saved = decode(st.query_params.get(param_name(sid), "")) or (rev.number, {})
    base, choices = saved
    lost = 0
    if base != rev.number and choices:
        try:
            choices, lost = carry(choices, store.revision(sid, base), rev)
        except KeyError:  # the address named a revision this workspace does not have
            choices, lost = {}, len(choices)
    have = {(p, n) for p, par in enumerate(rev.paragraphs) for n in range(len(par.sentences))}
    lost += len(set(choices) - have)  # an address edited by hand: positions the revision does not have
    choices = {k: on for k, on in choices.items() if k in have and rev.paragraphs[k[0]].sentences[k[1]].locked != on}
    _remember(sid, rev.number, choices)
    return choices, lost


def toggle_key(sid: str, rev: Revision, p: int, n: int) -> str:
    """The widget key of a sentence's Accept toggle (a new revision starts its toggles afresh)."""
    return f"accept-{sid}-{rev.number}-{p}-{n}"


def mark(sid: str, rev: Revision, p: int, n: int) -> None:
    """Toggle callback: remember the mark (or forget it when it puts the sentence back as it is saved)."""
    on = bool(st.session_state.get(toggle_key(sid, rev, p, n)))
    _base, choices = st.session_state.get(_STATE, {}).get(sid, (rev.number, {}))
    choices = dict(choices)
    if rev.paragraphs[p].sentences[n].locked == on:
        choices.pop((p, n), None)
    else:
        choices[(p, n)] = on
    _remember(sid, rev.number, choices)


def save_bar(
    store: DraftStore, sid: str, rev: Revision, choices: Choices, author: str, flash: Callable[[str, str], None]
) -> None:
    """What is marked and not saved, with one button that saves it all as one revision and one that discards it."""
    accept = sorted(k for k, on in choices.items() if on)
    release = sorted(k for k, on in choices.items() if not on)
    parts = [f"{len(accept)} to accept"] if accept else []
    parts += [f"{len(release)} to release"] if release else []
    with st.container(border=True):
        st.markdown(f"**Not saved yet:** {', '.join(parts)}. Saving stores them together as one new revision.")
        save, discard = st.columns(2)
        if save.button(f"Save acceptance ({len(choices)})", type="primary", key=f"accept-save-{sid}"):
            try:
                saved = store.accept(sid, accept, release=release, author=author, expected=rev.number)
            except (ConflictError, ValueError) as exc:
                flash("error", f"Not saved: {exc}. Your marks are kept on the current revision.")
            else:
                _remember(sid, saved.number, {})
                done = ", ".join(
                    [f"{len(accept)} sentence(s) accepted: regenerating keeps them"] * bool(accept)
                    + [f"{len(release)} no longer accepted"] * bool(release)
                )
                flash("success", f"Saved revision {saved.number}: {done}.")
            st.rerun()
        if discard.button("Discard marks", key=f"accept-discard-{sid}"):
            for p, n in choices:
                st.session_state.pop(toggle_key(sid, rev, p, n), None)
            _remember(sid, rev.number, {})
            st.rerun()
