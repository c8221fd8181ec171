"""Coverage: whose contributions the current drafts cite, balance by region, kind and role, and divergences."""

import altair as alt
import pandas as pd
import streamlit as st

from pipeline.labels import NO_SECTION, kind_label, role_label
from ui.common import page_outline, plain, workspace
from ui.heatmap import band, scale

ws = workspace()
outline = page_outline(ws, "Coverage", "No outline yet: add sections on the Outline page.")

# Recomputed only when drafts or sources changed since this session last looked.
version = (ws.index.manifest.generation(), ws.store.version())
if st.session_state.get("coverage-version") != version:
    st.session_state["coverage"] = (ws.coverage(), ws.citation_matrix())
    st.session_state["coverage-version"] = version
coverage, matrix = st.session_state["coverage"]
titles = {s.id: s.title for s in outline.sections}

uncited = coverage.uncited()
cited = [c for c in coverage.contributions if c.sentences]
a, b, c = st.columns(3)
a.metric("Contributions cited", f"{len(cited)} of {len(coverage.contributions)}")
b.metric("Sections drafted", f"{sum(1 for s in coverage.sections if s.revision)} of {len(coverage.sections)}")
c.metric("Never cited", len(uncited))
for section in coverage.sections:
    for warning in section.warnings:
        st.warning(f"{titles.get(section.section_id, section.section_id)}: {warning}")

# -- heat map: contributions against sections ---------------------------------------------------------------------
rows = []
for contribution in coverage.contributions:
    meta = contribution.meta
    label = f"{meta.get('contributor') or meta['file']} ({meta.get('country') or '-'})"
    for sid, title in titles.items():
        rows.append(
            {
                "contribution": label,
                "section": title,
                "sentences": matrix.get((meta["file"], sid), 0),
                "band": band(matrix.get((meta["file"], sid), 0)),
                "region": meta.get("region", ""),
            }
        )
st.subheader("Sentences citing each contribution, by section")
if rows:
    # one colour scale for cells and legend: the legend's 0 is exactly the colour of a cell nothing cites
    domain, colours = scale(max(r["sentences"] for r in rows))
    heat = (
        alt.Chart(pd.DataFrame(rows))
        .mark_rect(stroke="white", strokeWidth=1)
        .encode(
            x=alt.X(
                "section:N",
                sort=list(titles.values()),
                title=None,
                axis=alt.Axis(labelAngle=-35, labelLimit=220, labelOverlap=False),
            ),
            y=alt.Y("contribution:N", title=None, axis=alt.Axis(labelLimit=260)),
            color=alt.Color(
                "band:N",
                scale=alt.Scale(domain=domain, range=colours),
                sort=domain,
                title="sentences",
                legend=alt.Legend(orient="right", symbolType="square", symbolStrokeColor="#9ca3af"),
            ),
            tooltip=["contribution", "section", "sentences", "region"],
        )
    )
    st.altair_chart(heat, width="stretch")

if uncited:
    st.subheader("Contributions no draft cites")
    for file in uncited:
        meta = next(c.meta for c in coverage.contributions if c.meta["file"] == file)
        who = ", ".join(x for x in (meta.get("contributor"), meta.get("organisation"), meta.get("country")) if x)
        st.markdown(f"- {plain(file)}: {plain(meta.get('title', ''))} ({plain(who)})")
duplicates = [c for c in coverage.contributions if c.duplicate_of]
if duplicates:
    st.caption(
        "Counted once with their original: "
        + "; ".join(plain(f"{c.meta['file']} (same as {c.duplicate_of})") for c in duplicates)
    )

with st.expander("On-topic passages no draft cites"):
    st.caption("Passages among the top five for a section's purpose or a guiding question that no current draft uses.")
    if st.button("Find them", key="find-unused"):
        with st.spinner("Searching every section's purpose and questions..."):
            st.session_state["unused"] = (version, ws.coverage(unused=True).unused_on_topic)
    held = st.session_state.get("unused")
    if held and held[0] == version:
        rows = held[1]
        if not rows:
            st.info("Every on-topic passage is cited somewhere.")
        st.dataframe(
            [
                {
                    "section": titles.get(r["section_id"], r["section_id"]),
                    "rank": r["rank"],
                    "contributor": r["contributor"],
                    "file": r["file"],
                    "location": r["location"],
                    "for": r["query"],
                }
                for r in rows[:200]
            ],
            hide_index=True,
        )

# -- balance: cited sentences by region, kind and role ----------------------------------------------------------------
st.subheader("Balance of the cited contributions")
balance = []
for contribution in coverage.contributions:
    if contribution.duplicate_of:
        continue
    for facet in ("region", "kind", "role"):
        code = contribution.meta.get(facet) or ""
        value = (kind_label(code) if facet == "kind" else role_label(code) if facet == "role" else code) or "Not given"
        balance.append({"facet": facet, "value": value, "sentences": contribution.sentences, "contributions": 1})
if balance:
    frame = pd.DataFrame(balance).groupby(["facet", "value"], as_index=False).sum()
    for column, facet in zip(st.columns(3), ("region", "kind", "role"), strict=True):
        part = frame[frame["facet"] == facet]
        chart = (
            alt.Chart(part)
            .mark_bar()
            .encode(
                x=alt.X("sentences:Q", title="sentences citing them"),
                y=alt.Y("value:N", title=facet.capitalize(), sort="-x"),
                tooltip=["value", "sentences", "contributions"],
            )
        )
        column.altair_chart(chart, width="stretch")

# -- the divergence register ------------------------------------------------------------------------------------------
st.subheader("Points of divergence")
st.caption("Where contributors disagree, every side with its sources (offline: stance and number comparison).")
if st.session_state.get("divergences-version") == version:
    found = st.session_state["divergences"]
elif st.button("Find points of divergence"):
    with st.spinner("Comparing the positions in every section..."):
        found = ws.divergences()
    st.session_state["divergences"], st.session_state["divergences-version"] = found, version
else:
    found = None
if found is not None and not found:
    st.info("No contested points found.")
for d in found or []:
    with st.container(border=True):
        where = titles.get(d.section_id, d.section_id) or NO_SECTION
        st.markdown(f"**{plain(where)}: {plain(d.topic)}**" + (f"  \n{plain(d.question)}" if d.question else ""))
        for position in d.positions:
            # each contributor with their own words: a side never shows one quotation for several people
            st.markdown(f"- *{plain(position.stance or 'position')}*")
            for claim in position.voiced():
                e = claim.evidence
                who = f"{e.contributor or e.file} ({e.country})" if e.country else e.contributor or e.file
                st.markdown(f"    - {plain(who)}: {plain(claim.text)}  \n      {plain(e.file)}, {plain(e.location)}")
