"""Annex 3 of the Word export: whose contributions the exported drafts reflect (from pipeline.synthesis.coverage)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from docx.document import Document

from pipeline.labels import kind_label
from pipeline.word.export import parts

COVERAGE_HEADING = "Annex 3. Coverage of contributions"
COLUMNS = ["File", "Contributor", "Country", "Region", "Kind", "Sentences", "Sections citing it", "Note"]


def write_coverage_annex(
    doc: Document, coverage: Mapping[str, Any], bookmark_id: int, titles: Mapping[str, str] | None = None
) -> None:
    """A table of every contribution (cited or not) and the sections' warnings, from ``Coverage.as_json()``.

    ``titles`` maps section ids to their titles, which the table and the warnings show instead of ids.
    """
    titles = titles or {}
    heading = doc.add_heading(COVERAGE_HEADING, 1)
    parts.wrap_in_bookmark(heading, bookmark_id, "gd_annex_3")
    doc.add_paragraph(
        "Every contribution received, how many sentences of the current drafts cite it and in which sections. "
        "Contributions never cited and sections that rest on one contributor or one region are shown so that "
        "the team can check that every voice was heard."
    )
    rows = []
    for c in coverage.get("contributions", []):
        note = f"duplicate of {c['duplicate_of']} (counted once)" if c.get("duplicate_of") else ""
        if not c.get("sentences") and not note:
            note = "never cited"
        kind = str(c.get("kind") or "")
        rows.append(
            [parts.xml_safe(str(c.get(k) or "")) for k in ("file", "contributor", "country", "region")]
            + [kind_label(kind) if kind else "", str(c.get("sentences", 0))]
            + ["; ".join(titles.get(s, s) for s in c.get("sections", [])), note]
        )
    if rows:
        parts.add_table(doc, COLUMNS, rows, breakable=[True])
    warnings = [(s["section_id"], w) for s in coverage.get("sections", []) for w in s.get("warnings", [])]
    for section_id, warning in warnings:
        doc.add_paragraph(parts.xml_safe(f"{titles.get(section_id, section_id)}: {warning}"), style="List Bullet")
