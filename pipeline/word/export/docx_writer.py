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
from pipeline.drafting.drafts import EDITED, DraftStore
from pipeline.drafting.outline import Outline, SectionSpec, audience_words
from pipeline.labels import status_label
from pipeline.model import Gap, Revision, Sentence
from pipeline.word.export import parts
from pipeline.word.export.annexes import write_contributions, write_passages
from pipeline.word.export.comments import comment_text
from pipeline.word.export.coverage_annex import COVERAGE_HEADING, write_coverage_annex
from pipeline.word.export.excerpt import excerpt
from pipeline.word.export.footnotes import Footnotes, footnote_wording

AUTHOR, INITIALS = "Guideline Drafter", "GD"
STATUS_CHOICES = ("approved", "all")
DIVERGENCE_HEADING = "Points of divergence"  # also the prefix of a drafted divergence paragraph's theme
GAP_LINE = "No contribution addresses this question."
WHO_FIELDS = ("contributor", "organisation", "country")  # the names a flag may give for who is credited
MAP_VERSION = "2"  # 2: footnote texts, captions and the register flag in the map (docs/export-format.md)


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


class _Writer:
    """One export in progress: the python-docx document plus what the footnotes, annexes and map need."""

    def __init__(self, divergences: Mapping[str, list] | None) -> None:
        self.doc: Document = docx.Document()
        parts.setup_styles(self.doc)
        self.bookmark_ids = itertools.count(1)
        self.footnotes = Footnotes(self.bookmark_ids)
        self.divergences = divergences or {}
        self.comments = 0
        self.map_sections: list[dict[str, Any]] = []
        self.footnote_chunks: dict[str, str] = {}
        self.cited: dict[str, tuple[dict[str, str], list[int]]] = {}  # chunk id -> (source, footnote ids)
        self.cited_in: dict[str, list[str]] = {}  # file -> titles of the sections citing it
        self.first_note: dict[str, tuple[int, str]] = {}  # chunk id -> (its first note in the section, quoted)

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
            [s.spec.title, status_label(s.status), str(s.revision.number), describe_backend(s.revision)] for s in chosen
        ]
        parts.add_table(doc, ["Section", "Status", "Revision", "Drafted by"], rows)
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def contents(self, chosen: list[Selected], coverage: bool) -> None:
        """Every heading the document will hold: sections, their divergence blocks, the annexes."""
        heading = self.doc.add_paragraph("Contents")
        heading.runs[0].bold, heading.runs[0].font.size = True, Pt(16)
        entries: list[tuple[int, str, str]] = []
        for n, s in enumerate(chosen, 1):
            entries.append((1, s.spec.title, f"gd_sec_{n}"))
            if _drafted_divergences(s.revision) or self.divergences.get(s.spec.id):
                entries.append((2, DIVERGENCE_HEADING, f"gd_div_{n}"))
        entries += [(1, "Annex 1. Contributions", "gd_annex_1"), (1, "Annex 2. Cited passages", "gd_annex_2")]
        if coverage:
            entries.append((1, COVERAGE_HEADING, "gd_annex_3"))
        parts.add_toc(self.doc, entries)
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def section(self, n: int, chosen: Selected) -> None:
        """Heading, audience, then per paragraph its caption and text; gaps; the points of divergence."""
        spec, revision = chosen.spec, chosen.revision
        heading = self.doc.add_heading(parts.xml_safe(spec.title), 1)
        parts.wrap_in_bookmark(heading, next(self.bookmark_ids), f"gd_sec_{n}")
        self.doc.add_paragraph().add_run(f"Audience: {audience_words(spec.audience)}").italic = True
        self.first_note = {}  # a passage cited again in this section refers back to its first note
        sentences: list[dict[str, Any]] = []
        captions: list[str] = []
        gaps = list(revision.gaps)
        in_divergence = False
        for p, paragraph in enumerate(revision.paragraphs, 1):
            theme = " ".join(paragraph.theme.split())
            if theme.startswith(DIVERGENCE_HEADING):
                if not in_divergence:
                    self.gaps(gaps)
                    gaps = []
                    self.divergence_heading(n)
                    in_divergence = True
                caption = theme.removeprefix(DIVERGENCE_HEADING).lstrip(" :")
            else:
                gaps = self.gaps(gaps, before=theme, questions=spec.questions)
                caption = theme
            if caption:
                parts.styled_paragraph(self.doc, parts.xml_safe(caption), parts.QUESTION_STYLE_ID)
                captions.append(caption)
            body = self.doc.add_paragraph()
            for s, sentence in enumerate(paragraph.sentences, 1):
                if s > 1:
                    body.add_run(" ")
                sentences.append(self.sentence(body, sentence, (n, p, s), revision.sources, spec.title, theme))
        self.gaps(gaps)
        captions += [" ".join(g.question.split()) for g in revision.gaps]
        register = bool(self.divergences.get(spec.id)) and not in_divergence
        if register:  # the register's view, when the draft does not state the divergences itself
            self.divergence_heading(n)
            self.divergence_register(self.divergences[spec.id], revision.sources)
        self.map_sections.append(
            {
                "n": n,
                "section_id": spec.id,
                "title": spec.title,
                "revision": revision.number,
                "sentences": sentences,
                "captions": captions,
                "register": register,
            }
        )

    def gaps(self, gaps: list[Gap], before: str | None = None, questions: Sequence[str] = ()) -> list[Gap]:
        """Write the gaps due before the paragraph on question ``before`` (all of them if None); return the rest.

        Gaps keep the outline's question order among the paragraphs; a paragraph whose theme is not an
        outline question (an LLM's own theme) moves none, and what is left comes at the end of the section.
        """
        order = {" ".join(q.split()): i for i, q in enumerate(questions)}
        limit = order.get(before) if before is not None else None
        if before is not None and limit is None:
            return gaps
        due = [g for g in gaps if limit is None or order.get(" ".join(g.question.split()), len(order)) < limit]
        for gap in due:
            question = " ".join(gap.question.split())
            parts.styled_paragraph(self.doc, parts.xml_safe(question), parts.QUESTION_STYLE_ID)
            parts.styled_paragraph(self.doc, gap_text(gap), "Gap")
        return [g for g in gaps if g not in due]

    def divergence_heading(self, n: int) -> None:
        heading = self.doc.add_heading(DIVERGENCE_HEADING, 2)
        parts.wrap_in_bookmark(heading, next(self.bookmark_ids), f"gd_div_{n}")

    def sentence(
        self,
        body: Paragraph,
        sentence: Sentence,
        where: tuple[int, int, int],
        sources: Mapping[str, dict[str, str]],
        title: str,
        theme: str,
    ) -> dict[str, Any]:
        """Text run, one footnote reference per citation, all inside the sentence's bookmark; its map entry."""
        name = "gd_s_{}_{}_{}".format(*where)
        text_run = body.add_run(parts.xml_safe(sentence.text))
        bookmark = next(self.bookmark_ids)
        text_run._r.addprevious(parts.bookmark_start(bookmark, name))
        last, ids = text_run, []
        notes: dict[str, list[int]] = {}
        for chunk_id in sentence.citations:
            source = sources.get(chunk_id)
            footnote_id = self.note(chunk_id, source, sentence, theme)
            if ids:
                self.footnotes.separator(body)
            last = self.footnotes.reference(body, footnote_id)
            ids.append(footnote_id)
            notes.setdefault(chunk_id, []).append(footnote_id)
            self.footnote_chunks[str(footnote_id)] = chunk_id
            self.cited.setdefault(chunk_id, (dict(source or {}), []))[1].append(footnote_id)
            if source and source.get("file"):
                self.cited_in.setdefault(source["file"], [])
                if title not in self.cited_in[source["file"]]:
                    self.cited_in[source["file"]].append(title)
        names = {c: [str((sources.get(c) or {}).get(k) or "") for k in WHO_FIELDS] for c in sentence.citations}
        why = comment_text(sentence, notes, names)
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

    def note(self, chunk_id: str, source: Mapping[str, str] | None, sentence: Sentence, theme: str) -> int:
        """The footnote for one citation: who, where and the words carrying the claim, or a note referring back."""
        check = sentence.check_for(chunk_id)
        claim = sentence.quote or sentence.text
        if sentence.kind == "summary":  # counts over the passages: what they answer is the paragraph's question
            claim = f"{theme} {claim}"
        evidence = check.evidence if check else ""
        text = str(source.get("text") or "") if source else ""
        quoted = excerpt(text, claim, evidence, quote=sentence.quote or "") if text else ""
        first = self.first_note.get(chunk_id)
        if first is None:
            footnote_id = self.footnotes.add(footnote_wording(chunk_id, source, quoted))
            self.first_note[chunk_id] = (footnote_id, quoted)
            return footnote_id
        return self.footnotes.add_back_reference(first[0], "" if quoted == first[1] else quoted)

    def divergence_register(self, items: list, sources: Mapping[str, dict[str, str]]) -> None:
        """The synthesis hook: topics on which contributors disagree, each position with who holds it."""
        for item in items:
            parts.styled_paragraph(self.doc, parts.xml_safe(str(item.get("topic", ""))), parts.QUESTION_STYLE_ID)
            for position in item.get("positions", []):
                who = "; ".join(_who(str(x), sources) for x in position.get("sources", []))
                text = parts.xml_safe(str(position.get("summary", "")))
                self.doc.add_paragraph(f"{text} – {who}" if who else text, style="List Bullet")

    def save(self, out: Path) -> None:
        """Write atomically: a failed export never leaves half a file where the last good one was."""
        with replacing(out, suffix=".docx") as tmp:
            self.doc.save(str(tmp))


def gap_text(gap: Gap) -> str:
    """The line under a gap's question: that no contribution addresses it, and the drafter's note if it adds."""
    note = " ".join(gap.note.split()).rstrip(".")
    if not note or note.casefold().startswith(GAP_LINE.casefold().rstrip(".")):
        return GAP_LINE
    return f"{GAP_LINE} {note[:1].upper()}{note[1:]}."


def _drafted_divergences(revision: Revision) -> bool:
    return any(" ".join(p.theme.split()).startswith(DIVERGENCE_HEADING) for p in revision.paragraphs)


def _who(ref: str, sources: Mapping[str, dict[str, str]]) -> str:
    source = sources.get(ref)
    if not source:
        return parts.xml_safe(ref)
    name = source.get("contributor") or source.get("organisation") or source.get("title") or ref
    return parts.xml_safe(f"{name} ({source['country']})" if source.get("country") else name)


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
    writer.contents(chosen, coverage is not None)
    for n, selected in enumerate(chosen, 1):
        writer.section(n, selected)
    parts.landscape_section(writer.doc)  # wide annex tables read better on landscape pages
    write_contributions(writer.doc, writer.cited, writer.cited_in, writer.bookmark_ids)
    write_passages(writer.doc, writer.cited, writer.bookmark_ids)
    if coverage is not None:
        titles = {s.id: s.title for s in outline.sections}
        write_coverage_annex(writer.doc, coverage, next(writer.bookmark_ids), titles)
    writer.footnotes.attach(writer.doc)
    parts.add_export_map(
        writer.doc,
        {
            "workspace_id": workspace_id,
            "exported_at": when.isoformat(),
            "sections": writer.map_sections,
            "footnotes": writer.footnote_chunks,
            "footnote_texts": {str(k): v for k, v in writer.footnotes.texts.items()},
        },
        version=MAP_VERSION,
    )
    parts.drop_thumbnail(writer.doc)
    parts.set_core_properties(
        writer.doc,
        title=outline.title,
        subject=f"{outline.title}, version {outline.version}: draft for review ({len(chosen)} sections)",
        keywords="guidelines; draft for review; "
        + "; ".join(sorted({audience_words(s.spec.audience) for s in chosen})),
        when=when,
    )
    writer.save(out)
    return ExportSummary(out, tuple(s.spec.id for s in chosen), writer.footnotes.count, writer.comments)
