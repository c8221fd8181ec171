"""Assemble the review document: title page, contents, one part per section, annexes (docs/export-format.md).

The layout, bookmark names, footnote ids and the export map follow docs/export-format.md, which the
re-import (``pipeline/word/review/``) reads against: change both together.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from pipeline.atomic import replacing
from pipeline.drafting.checking import CHECK_FLAGS, flag_code
from pipeline.drafting.drafts import EDITED, DraftStore
from pipeline.drafting.outline import Outline, SectionSpec
from pipeline.labels import flag_label
from pipeline.model import Revision, Sentence
from pipeline.word.export import parts
from pipeline.word.export.coverage_annex import write_coverage_annex
from pipeline.word.export.footnotes import Footnotes

AUTHOR, INITIALS = "Guideline Drafter", "GD"
STATUS_CHOICES = ("approved", "all")
COMMENT_FLAGS = (*CHECK_FLAGS, "llm_partial", "llm_unsupported")


class NothingToExport(ValueError):
    """No section matches the request (none drafted, none approved, or none of those named)."""


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote."""

    path: Path
    sections: tuple[str, ...]  # exported section ids, in outline order
    footnotes: int
    comments: int


@dataclass(frozen=True)
class Selected:
    """One section chosen for export with its current revision and review status."""

    spec: SectionSpec
    revision: Revision
    status: str


def select_sections(
    outline: Outline, store: DraftStore, section_ids: Sequence[str] = (), status: str = "all"
) -> list[Selected]:
    """Sections to export in outline order; OutlineError for an unknown id, NothingToExport if none is left."""
    if status not in STATUS_CHOICES:
        raise ValueError(f"unknown status filter {status!r}; use one of {', '.join(STATUS_CHOICES)}")
    wanted = {outline.section(s).id for s in section_ids}
    drafted = []
    for spec in outline.sections:
        revision = store.current(spec.id) if not wanted or spec.id in wanted else None
        if revision is not None:
            drafted.append(Selected(spec, revision, store.status(spec.id)))
    chosen = [s for s in drafted if status == "all" or s.status == "approved"]
    if not chosen:
        scope = f"of {', '.join(sorted(wanted))} " if wanted else ""
        if drafted:
            raise NothingToExport(
                f"no section {scope}is approved ({len(drafted)} drafted); export with --status all, "
                "or approve one with: guidelines status SECTION_ID --set approved"
            )
        raise NothingToExport(f"no section {scope}has a draft yet; run: guidelines draft")
    return chosen


def describe_backend(revision: Revision) -> str:
    """Who wrote the text, in words, saying whether an LLM was used."""
    backend = revision.backend
    if backend == EDITED:
        origin = next((n for n in revision.notes if n.startswith("edited from revision")), "")
        found = re.search(r"\((.+)\)$", origin)
        if found and found.group(1) != EDITED:
            return f"edited by hand, from {_describe(found.group(1))}"
        return "edited by hand"
    return _describe(backend)


def _describe(backend: str) -> str:
    if backend.startswith("llm:"):
        return f"LLM {backend.removeprefix('llm:')}"
    if backend == "extractive":
        return "extractive drafter, no LLM"
    return backend


def comment_text(sentence: Sentence) -> str:
    """Why a flagged sentence needs a look, one line per flag, in plain words ('' if not flagged)."""
    score = "" if sentence.support is None else f" (score {sentence.support:.2f})"
    reasons = {
        "weak_support": f"Weak support{score}: the cited passage may not say this.",
        "uncited": "No citation: no contribution is cited for this sentence; add a source or remove it.",
        "unknown_citation": "Unknown citation: a cited passage was not among the section's evidence and was removed.",
        "unknown_number": "A number in this sentence does not appear in the cited passage.",
        "unknown_name": "A name in this sentence does not appear in the cited passage.",
        "llm_partial": "The LLM check found the cited passage supports this sentence only in part.",
        "llm_unsupported": "The LLM check found the cited passage does not support this sentence.",
    }
    # flags may carry a detail ("misattributed: Siobhan Kelly"); one without its own sentence here reads as its label
    lines = [
        reasons.get(code) or f"{flag_label(flag)}."
        for code in COMMENT_FLAGS
        for flag in sentence.flags
        if flag_code(flag) == code
    ]
    return "\n".join(dict.fromkeys(lines))


class _Writer:
    """One export in progress: the python-docx document plus what the footnotes, annexes and map need."""

    def __init__(self, divergences: Mapping[str, list] | None) -> None:
        self.doc: Document = docx.Document()
        parts.setup_styles(self.doc)
        self.footnotes = Footnotes()
        self.divergences = divergences or {}
        self.bookmark_ids = itertools.count(1)
        self.comments = 0
        self.map_sections: list[dict[str, Any]] = []
        self.footnote_chunks: dict[str, str] = {}
        self.cited: dict[str, tuple[dict[str, str], list[int]]] = {}  # chunk id -> (source, footnote ids)
        self.cited_in: dict[str, list[str]] = {}  # file -> titles of the sections citing it

    def title_page(self, outline: Outline, chosen: list[Selected], when: datetime) -> None:
        doc = self.doc
        doc.add_paragraph(parts.xml_safe(outline.title), style="Title")
        lead = doc.add_paragraph()
        lead.add_run("Draft for review").bold = True
        for line in (
            f"Version {outline.version}",
            f"Exported {when.strftime('%d %B %Y, %H:%M')} UTC",
            "Drafted by: " + "; ".join(dict.fromkeys(describe_backend(s.revision) for s in chosen)),
        ):
            doc.add_paragraph(line)
        rows = [
            [s.spec.title, s.status.replace("_", " "), str(s.revision.number), describe_backend(s.revision)]
            for s in chosen
        ]
        parts.add_table(doc, ["Section", "Status", "Revision", "Drafted by"], rows, [8.0, 2.2, 1.8, 4.0])
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def contents(self, chosen: list[Selected]) -> None:
        heading = self.doc.add_paragraph("Contents")
        heading.runs[0].bold, heading.runs[0].font.size = True, Pt(16)
        entries: list[tuple[int, str, str]] = []
        for n, s in enumerate(chosen, 1):
            entries.append((1, s.spec.title, f"gd_sec_{n}"))
            if self.divergences.get(s.spec.id):
                entries.append((2, "Points of divergence", f"gd_sec_{n}"))
        entries += [(1, "Annex 1. Contributions", "gd_annex_1"), (1, "Annex 2. Cited passages", "gd_annex_2")]
        parts.add_toc(self.doc, entries)
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def section(self, n: int, chosen: Selected) -> None:
        spec, revision = chosen.spec, chosen.revision
        heading = self.doc.add_heading(parts.xml_safe(spec.title), 1)
        parts.wrap_in_bookmark(heading, next(self.bookmark_ids), f"gd_sec_{n}")
        self.doc.add_paragraph().add_run(f"Audience: {spec.audience} level").italic = True
        sentences: list[dict[str, Any]] = []
        for p, paragraph in enumerate(revision.paragraphs, 1):
            body = self.doc.add_paragraph()
            for s, sentence in enumerate(paragraph.sentences, 1):
                if s > 1:
                    body.add_run(" ")
                sentences.append(self.sentence(body, sentence, (n, p, s), revision.sources, spec.title))
        for gap in revision.gaps:
            self.doc.add_paragraph(f"No contribution addresses: {parts.xml_safe(gap.question)}", style="Gap")
        if self.divergences.get(spec.id):
            self.divergence_block(self.divergences[spec.id], revision.sources)
        self.map_sections.append(
            {
                "n": n,
                "section_id": spec.id,
                "title": spec.title,
                "revision": revision.number,
                "sentences": sentences,
            }
        )

    def sentence(
        self,
        body: Paragraph,
        sentence: Sentence,
        where: tuple[int, int, int],
        sources: Mapping[str, dict[str, str]],
        title: str,
    ) -> dict[str, Any]:
        """Text run, one footnote reference per citation, all inside the sentence's bookmark; its map entry."""
        name = "gd_s_{}_{}_{}".format(*where)
        text_run = body.add_run(parts.xml_safe(sentence.text))
        bookmark = next(self.bookmark_ids)
        text_run._r.addprevious(parts.bookmark_start(bookmark, name))
        last, ids = text_run, []
        for chunk_id in sentence.citations:
            source = sources.get(chunk_id)
            footnote_id = self.footnotes.add(self.footnotes.wording(chunk_id, source))
            if ids:
                self.footnotes.separator(body)
            last = self.footnotes.reference(body, footnote_id)
            ids.append(footnote_id)
            self.footnote_chunks[str(footnote_id)] = chunk_id
            self.cited.setdefault(chunk_id, (dict(source or {}), []))[1].append(footnote_id)
            if source and source.get("file"):
                self.cited_in.setdefault(source["file"], [])
                if title not in self.cited_in[source["file"]]:
                    self.cited_in[source["file"]].append(title)
        why = comment_text(sentence)
        if why:
            self.doc.add_comment([text_run, last], text=why, author=AUTHOR, initials=INITIALS)
            self.comments += 1
        body._p.append(parts.bookmark_end(bookmark))
        return {
            "bookmark": name,
            "p": where[1],
            "s": where[2],
            "text": sentence.text,
            "citations": list(sentence.citations),
            "footnotes": ids,
        }

    def divergence_block(self, items: list, sources: Mapping[str, dict[str, str]]) -> None:
        """The synthesis hook: topics on which contributors disagree, each position with who holds it."""
        self.doc.add_heading("Points of divergence", 2)
        for item in items:
            topic = self.doc.add_paragraph()
            topic.add_run(parts.xml_safe(str(item.get("topic", "")))).bold = True
            for position in item.get("positions", []):
                who = "; ".join(_who(str(x), sources) for x in position.get("sources", []))
                text = parts.xml_safe(str(position.get("summary", "")))
                self.doc.add_paragraph(f"{text} – {who}" if who else text, style="List Bullet")

    def save(self, out: Path) -> None:
        """Write atomically: a failed export never leaves half a file where the last good one was."""
        with replacing(out, suffix=".docx") as tmp:
            self.doc.save(str(tmp))


def _who(ref: str, sources: Mapping[str, dict[str, str]]) -> str:
    source = sources.get(ref)
    if not source:
        return parts.xml_safe(ref)
    name = source.get("contributor") or source.get("organisation") or source.get("title") or ref
    return parts.xml_safe(f"{name} ({source['country']})" if source.get("country") else name)


CONTRIBUTION_COLUMNS = ["File", "Title", "Contributor", "Organisation", "Country", "Region", "Kind", "Role"]


def write_annexes(writer: _Writer) -> None:
    """Annex 1 (contributions cited, with the sections citing each) and Annex 2 (every cited passage)."""
    doc = writer.doc
    heading = doc.add_heading("Annex 1. Contributions", 1)
    parts.wrap_in_bookmark(heading, next(writer.bookmark_ids), "gd_annex_1")
    contributions: dict[str, dict[str, str]] = {}
    for source, _ in writer.cited.values():
        if source.get("file"):
            contributions.setdefault(source["file"], source)
    rows = [
        [*(src.get(k.lower(), "") for k in CONTRIBUTION_COLUMNS), "; ".join(writer.cited_in.get(file, []))]
        for file, src in sorted(contributions.items())
    ]
    if rows:
        widths = [3.2, 3.6, 2.6, 2.8, 2.0, 1.8, 2.0, 1.9, 4.8]
        parts.add_table(doc, [*CONTRIBUTION_COLUMNS, "Cited in"], rows, widths)
    else:
        doc.add_paragraph("No contribution is cited in the exported sections.", style="Gap")

    heading = doc.add_heading("Annex 2. Cited passages", 1)
    parts.wrap_in_bookmark(heading, next(writer.bookmark_ids), "gd_annex_2")
    passages = sorted(writer.cited.items(), key=lambda item: item[1][1][0])  # by first footnote
    rows = [
        [
            ", ".join(map(str, ids)),
            src.get("file", "") or chunk_id,
            src.get("location", ""),
            ", ".join(x for x in (src.get("contributor"), src.get("country")) if x),
            " ".join(str(src.get("text", "")).split()),
        ]
        for chunk_id, (src, ids) in passages
    ]
    if rows:
        headers = ["Footnotes", "File", "Location", "Contributor", "Passage"]
        parts.add_table(doc, headers, rows, [2.0, 3.4, 2.6, 3.4, 13.3])
    else:
        doc.add_paragraph("No passage is cited in the exported sections.", style="Gap")


def export_docx(
    out: Path,
    outline: Outline,
    store: DraftStore,
    *,
    section_ids: Sequence[str] = (),
    status: str = "all",
    divergences: Mapping[str, list] | None = None,
    workspace_id: str = "",
    coverage: Mapping[str, Any] | None = None,
) -> ExportSummary:
    """Write the current revisions of the chosen sections as a Word document for review.

    ``status="approved"`` keeps approved sections only; ``section_ids`` restricts to those sections (outline
    order is kept). ``divergences`` maps a section id to ``[{topic, positions: [{summary, sources}]}]``;
    ``coverage`` (``Coverage.as_json()``) adds Annex 3 on whose contributions the drafts reflect.
    Raises OutlineError for an unknown section id and NothingToExport when no section is left.
    """
    chosen = select_sections(outline, store, section_ids, status)
    when = datetime.now(UTC).replace(microsecond=0)
    writer = _Writer(divergences)
    parts.page_setup(writer.doc)
    writer.title_page(outline, chosen, when)
    writer.contents(chosen)
    for n, selected in enumerate(chosen, 1):
        writer.section(n, selected)
    parts.landscape_section(writer.doc)  # wide annex tables read better on landscape pages
    write_annexes(writer)
    if coverage is not None:
        write_coverage_annex(writer.doc, coverage, next(writer.bookmark_ids))
    writer.footnotes.attach(writer.doc)
    parts.add_export_map(
        writer.doc,
        {
            "workspace_id": workspace_id,
            "exported_at": when.isoformat(),
            "sections": writer.map_sections,
            "footnotes": writer.footnote_chunks,
        },
    )
    parts.drop_thumbnail(writer.doc)
    parts.set_core_properties(
        writer.doc,
        title=outline.title,
        subject=f"{outline.title}, version {outline.version}: draft for review ({len(chosen)} sections)",
        keywords="guidelines; draft for review; " + "; ".join(sorted({s.spec.audience + " level" for s in chosen})),
        when=when,
    )
    writer.save(out)
    return ExportSummary(out, tuple(s.spec.id for s in chosen), writer.footnotes.count, writer.comments)
