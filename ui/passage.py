"""The passage panel of the Draft page: a cited passage in its context, the sentence that carries the claim, the
check's verdict on that citation, and whether the passage is pinned or excluded for the section.
"""

from __future__ import annotations

import streamlit as st

from pipeline.drafting.editing import normalise, supporting_sentence
from pipeline.drafting.support import split_sentences
from pipeline.model import Revision, Sentence
from pipeline.workspace import Workspace
from ui.common import badge, flash, plain, user_name


def carrying(parts: list[str], evidence: str, claim: str) -> tuple[set[int], bool]:
    """Which of a passage's sentences carry a claim, and whether the citation check said so.

    The check's ``evidence`` (the passage's sentence or sentences it found carrying the claim) wins; matched by
    text, so a passage split a little differently still finds it. Without it (a revision checked before
    per-citation verdicts, or a check that found none), the sentence sharing most of the claim's words.
    """
    wanted = normalise(evidence).lower()
    if wanted:
        found = {n for n, part in enumerate(parts) if (t := normalise(part).lower()) and t in wanted}
        found = found or {n for n, part in enumerate(parts) if wanted in normalise(part).lower()}
        if found:
            return found, True
    best = supporting_sentence(" ".join(parts), claim) if claim else None
    return ({best} if best is not None else set()), False


def verdict(sentence: Sentence, cid: str) -> str:
    """The check's verdict on one citation of ``sentence``, in words, with its flags as badges.

    A revision saved before citations were checked one by one has only the sentence's verdict: it says so.
    """
    check = sentence.check_for(cid)
    if check is not None:
        score = "not scored" if check.support is None else f"support {check.support:.2f} for this passage"
        flags = check.flags
    else:
        score = "not scored" if sentence.support is None else f"support {sentence.support:.2f}, sentence as a whole"
        flags = sentence.flags
    return f"({score}) {' '.join(badge(f) for f in flags)}".rstrip()


def show_passage(ws: Workspace, sid: str, rev: Revision, cid: str, number: int) -> None:
    """The cited passage in context: who, where, the text around it, the sentence carrying the claim in bold,
    each citing sentence's verdict, and Pin / Exclude (or what was already decided) for the next draft."""
    passage = ws.passage(cid)
    stored = rev.sources.get(cid, {})
    if passage is None:
        st.warning("The source was removed from the workspace since; this is the passage as it was cited.")
        passage = {**stored, "before": [], "after": []}
    who = ", ".join(x for x in (passage.get("contributor"), passage.get("organisation"), passage.get("country")) if x)
    pinned, excluded = cid in ws.store.pins(sid), cid in ws.store.exclusions(sid)
    state = " :blue-badge[Pinned]" if pinned else " :gray-badge[Excluded]" if excluded else ""
    st.markdown(
        f"**\\[{number}\\] {plain(who)}**{state}  \n*{plain(passage.get('title', ''))}*  \n"
        f"{plain(passage.get('file', ''))}, {plain(passage.get('location', ''))}"
        + (f" ({plain(passage['section'])})" if passage.get("section") else "")
        + (" · read by OCR: check the page before quoting" if passage.get("ocr") else "")
    )
    citing = [
        (f"{p + 1}.{n + 1}", sentence)
        for p, par in enumerate(rev.paragraphs)
        for n, sentence in enumerate(par.sentences)
        if cid in sentence.citations
    ]
    parts = split_sentences(passage.get("text", ""))
    bold: set[int] = set()
    unplaced = []  # evidence the check quoted that this passage's sentences do not hold as such
    for _position, sentence in citing:
        check = sentence.check_for(cid)
        found, from_check = carrying(parts, check.evidence if check else "", sentence.quote or sentence.text)
        bold |= found
        if check and check.evidence and not from_check:
            unplaced.append(check.evidence)
    for text in passage.get("before", []):
        st.caption(plain(text))
    with st.container(border=True):
        joiner = "  \n" if passage.get("table") else " "  # a table's rows each on a line of their own
        st.markdown(joiner.join(f"**{plain(t)}**" if n in bold else plain(t) for n, t in enumerate(parts)))
    for text in passage.get("after", []):
        st.caption(plain(text))
    for text in dict.fromkeys(unplaced):
        st.markdown(f"Carries the claim: *{plain(text)}*")
    for position, sentence in citing:
        st.caption(f"cited by {position} {verdict(sentence, cid)}")
    _decide(ws, sid, cid, pinned, excluded)


def _decide(ws: Workspace, sid: str, cid: str, pinned: bool, excluded: bool) -> None:
    """Pin or exclude the passage for the section's next draft, or undo what was decided."""
    if pinned or excluded:
        words = "pinned: the next draft uses it" if pinned else "excluded: the next draft leaves it out"
        note, undo = st.columns(2)
        note.caption(f"This passage is {words}.")
        if undo.button("Unpin" if pinned else "Use again", key=f"undo-{cid}"):
            ws.store.clear(sid, cid)
            st.rerun()
        return
    pin_col, exclude_col = st.columns(2)
    if pin_col.button("Pin to this section", key=f"pin-{cid}"):
        ws.store.pin(sid, cid, author=user_name())
        flash("success", "Pinned: the next draft of this section uses this passage.")
        st.rerun()
    if exclude_col.button("Exclude from this section", key=f"exclude-{cid}"):
        ws.store.exclude(sid, cid, author=user_name())
        flash("success", "Excluded: the next draft of this section leaves this passage out.")
        st.rerun()
