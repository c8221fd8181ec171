"""Annex 1 (the contributions cited) and Annex 2 (every cited passage, in full) of the Word export.

Kinds and roles are written in words (``pipeline.labels``); the file column is the one allowed to wrap when
the page cannot hold every column's longest word.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from docx.document import Document

from pipeline.labels import kind_label, role_label
from pipeline.word.export import parts

CONTRIBUTION_COLUMNS = ["File", "Title", "Contributor", "Organisation", "Country", "Region", "Kind", "Role"]
PASSAGE_COLUMNS = ["Notes", "File", "Location", "Contributor", "Passage"]


def _cell(source: Mapping[str, str], column: str) -> str:
    value = str(source.get(column.lower(), "") or "")
    if column == "Kind":
        return kind_label(value) if value else ""
    if column == "Role":
        return role_label(value) if value else ""
    return " ".join(value.split())


def write_contributions(
    doc: Document,
    cited: Mapping[str, tuple[dict[str, str], list[int]]],
    cited_in: Mapping[str, list[str]],
    bookmark_ids: Iterator[int],
) -> None:
    """Annex 1: one row per cited contribution, with the titles of the sections citing it."""
    heading = doc.add_heading("Annex 1. Contributions", 1)
    parts.wrap_in_bookmark(heading, next(bookmark_ids), "gd_annex_1")
    contributions: dict[str, Mapping[str, str]] = {}
    for source, _ in cited.values():
        if source.get("file"):
            contributions.setdefault(source["file"], source)
    rows = [
        [*(_cell(src, k) for k in CONTRIBUTION_COLUMNS), "; ".join(cited_in.get(file, []))]
        for file, src in sorted(contributions.items())
    ]
    if rows:
        parts.add_table(doc, [*CONTRIBUTION_COLUMNS, "Cited in"], rows, breakable=[True])
    else:
        doc.add_paragraph("No contribution is cited in the exported sections.", style="Gap")


def write_passages(
    doc: Document, cited: Mapping[str, tuple[dict[str, str], list[int]]], bookmark_ids: Iterator[int]
) -> None:
    """Annex 2: every cited passage in full, with the numbers of the notes citing it."""
    heading = doc.add_heading("Annex 2. Cited passages", 1)
    parts.wrap_in_bookmark(heading, next(bookmark_ids), "gd_annex_2")
    doc.add_paragraph(
        "The footnotes quote the sentences of a passage that carry each claim; the whole passage is given here."
    )
    passages = sorted(cited.items(), key=lambda item: item[1][1][0])  # by first footnote
    rows = [
        [
            ", ".join(map(str, ids)),
            src.get("file", "") or chunk_id,
            _cell(src, "Location"),
            ", ".join(x for x in (src.get("contributor"), src.get("country")) if x),
            " ".join(str(src.get("text", "")).split()),
        ]
        for chunk_id, (src, ids) in passages
    ]
    if rows:
        parts.add_table(doc, PASSAGE_COLUMNS, rows, breakable=[False, True])
    else:
        doc.add_paragraph("No passage is cited in the exported sections.", style="Gap")
