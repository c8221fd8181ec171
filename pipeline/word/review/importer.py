"""Store a reviewed Word export as new revisions: changed sections only, citations from surviving footnotes.

Each section is compared with the revision that was exported (taken from the store, so flags, quotes
and accepted sentences of untouched sentences carry over). A sentence the reviewer left alone, with
the same footnotes, is kept exactly as it was; a new or changed one is checked again, so new text
without a footnote is flagged ``uncited``. The new revision is saved against the exported revision
number: if someone saved the section since the export, that is a conflict, and nothing is written
unless ``force`` is given.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pipeline.drafting.drafts import EDITED, ConflictError, DraftStore
from pipeline.drafting.editing import rebuild
from pipeline.drafting.support import SupportChecker
from pipeline.model import DraftResult, Paragraph, Revision, Sentence
from pipeline.word.review.reader import (
    ExportedSection,
    ReadSection,
    ReviewComment,
    ReviewedDocument,
    ReviewFileError,
    normalise,
    read_review,
)

__all__ = ["REVIEW_AUTHOR", "SectionImport", "import_review", "import_reviewed"]

REVIEW_AUTHOR = "review"
STATUSES = ("updated", "unchanged", "conflict", "missing")

Key = tuple[str, tuple[str, ...]]  # what decides whether a sentence changed: its text and its citations


@dataclass(frozen=True)
class SectionImport:
    """What importing one section did. Positions are ``P.S`` (1-based), as ``guidelines show`` prints them."""

    section_id: str
    status: str  # one of STATUSES
    revision: int  # the new revision, or the one the section stays at (conflict: the store's current one)
    changed_sentences: tuple[str, ...] = ()
    removed_citations: tuple[str, ...] = ()  # chunk ids whose footnote markers the reviewer deleted
    uncited_sentences: tuple[str, ...] = ()
    comments: tuple[dict[str, Any], ...] = ()
    message: str = ""

    def as_json(self) -> dict[str, Any]:
        """The spec's JSON shape for ``import-review``, plus ``message``."""
        return {
            "section_id": self.section_id,
            "status": self.status,
            "revision": self.revision,
            "changed_sentences": list(self.changed_sentences),
            "removed_citations": list(self.removed_citations),
            "uncited_sentences": list(self.uncited_sentences),
            "comments": [dict(c) for c in self.comments],
            "message": self.message,
        }


def import_review(
    path: Path,
    store: DraftStore,
    *,
    checker: SupportChecker | None = None,
    author: str = REVIEW_AUTHOR,
    force: bool = False,
) -> list[SectionImport]:
    """Read ``path`` and import it; see :func:`import_reviewed`. Raises ReviewFileError for a file that is not one."""
    return import_reviewed(read_review(path), store, checker=checker, author=author, force=force)


def import_reviewed(
    doc: ReviewedDocument,
    store: DraftStore,
    *,
    checker: SupportChecker | None = None,
    author: str = REVIEW_AUTHOR,
    force: bool = False,
) -> list[SectionImport]:
    """One result per exported section, in export order; changed sections are saved as new revisions."""
    exported = {}
    for section in doc.export.sections:  # check every section first, so a foreign file writes nothing
        try:
            exported[section.n] = store.revision(section.section_id, section.revision)
        except KeyError:
            raise ReviewFileError(
                f"{doc.path}: section {section.section_id} has no revision {section.revision} in this workspace; "
                "was the file exported from another one?"
            ) from None
    job = _Job(store, checker, author, force, doc.path.name, _footnote_resolver(doc))
    out = []
    for section in doc.export.sections:
        read, old = doc.sections.get(section.n), exported[section.n]
        if read is None:
            message = f"heading '{section.title}' not found in {doc.path.name}; the section was left as it is"
            out.append(SectionImport(section.section_id, "missing", old.number, message=message))
        else:
            out.append(job.section(section, read, old, [c for c in doc.comments if c.section == section.n]))
    return out


@dataclass(frozen=True)
class _Job:
    """What every section of one import shares."""

    store: DraftStore
    checker: SupportChecker | None
    author: str
    force: bool
    filename: str
    chunk_of: Callable[[int], str | None]  # footnote id -> chunk id

    def section(
        self, section: ExportedSection, read: ReadSection, old: Revision, comments: list[ReviewComment]
    ) -> SectionImport:
        """Compare one section with its exported revision and store it if the reviewer changed it."""
        paragraphs, changed = self.rebuild(read, old)
        removed = _removed(section, [self.chunk_of(f) for par in read.paragraphs for x in par for f in x.footnotes])
        uncited = tuple(
            f"{p}.{s}"
            for p, par in enumerate(paragraphs, 1)
            for s, x in enumerate(par.sentences, 1)
            if "uncited" in x.flags
        )
        listed = tuple(_comment_json(c, paragraphs) for c in comments)
        result = SectionImport(section.section_id, "unchanged", old.number, (), removed, uncited, listed)
        if _keys(paragraphs) == _keys(old.paragraphs):
            return result
        current = self.store.current(section.section_id)
        if current is not None and current.number != old.number and _keys(paragraphs) == _keys(current.paragraphs):
            # this review was imported before (or the same text typed in by hand): nothing new to store
            return replace(result, revision=current.number, message="already imported")
        note = f"imported from review {self.filename} of revision {old.number} ({old.backend})"
        draft = DraftResult(tuple(paragraphs), old.gaps, EDITED, notes=(note,))
        expected, message = old.number, ""
        if self.force and current is not None and current.number != old.number:
            expected, message = current.number, f"saved over revision {current.number} by {current.author} (--force)"
        result = replace(result, changed_sentences=tuple(changed))
        try:
            saved = self.store.save(
                section.section_id, draft, author=self.author, expected=expected, sources=old.sources
            )
        except ConflictError as exc:
            return replace(result, status="conflict", revision=exc.current, message=str(exc))
        return replace(result, status="updated", revision=saved.number, message=message)

    def rebuild(self, read: ReadSection, old: Revision) -> tuple[list[Paragraph], list[str]]:
        """The section as the reviewer left it, and the ``P.S`` positions of new or changed sentences."""
        parsed = [
            [(sentence.text, tuple(dict.fromkeys(c for c in map(self.chunk_of, sentence.footnotes) if c)))
             for sentence in read_paragraph]
            for read_paragraph in read.paragraphs
        ]  # fmt: skip
        return rebuild(old, parsed, self.checker)


def _footnote_resolver(doc: ReviewedDocument) -> Callable[[int], str | None]:
    """Footnote id -> chunk id: by the export map, checked against the footnote's text.

    Word renumbers footnotes when it saves, so after a reviewer deletes one the map's later ids point at the
    wrong notes. A note referring back ("See note 12") names its first note by a bookmark that keeps the
    exported id; any other note whose text is not the one exported under its id is looked up by its text
    among the exported notes (when that text belongs to one passage only). A file exported before the map
    held the notes' texts (version 1) is read by the map's ids.
    """
    exported = doc.export.footnote_texts
    if exported is None:
        return doc.export.footnotes.get
    by_text: dict[str, set[str]] = {}
    for fid, text in exported.items():
        if fid in doc.export.footnotes:
            by_text.setdefault(text, set()).add(doc.export.footnotes[fid])
    refs = doc.footnote_refs or {}

    def resolve(footnote_id: int) -> str | None:
        if footnote_id in refs and refs[footnote_id] in doc.export.footnotes:
            return doc.export.footnotes[refs[footnote_id]]
        mapped, text = doc.export.footnotes.get(footnote_id), doc.footnote_texts.get(footnote_id)
        if text is None or exported.get(footnote_id) == text:
            return mapped
        found = by_text.get(text, set())
        return next(iter(found)) if len(found) == 1 else mapped

    return resolve


def _removed(section: ExportedSection, surviving: list[str | None]) -> tuple[str, ...]:
    """Chunk ids cited in the export whose markers are gone (counted by chunk, as Word renumbers footnote ids)."""
    left = Counter(c for c in surviving if c)
    removed = []
    for chunk_id in (c for sentence in section.sentences for c in sentence.citations):
        if left[chunk_id]:
            left[chunk_id] -= 1
        else:
            removed.append(chunk_id)
    return tuple(removed)


def _key(sentence: Sentence) -> Key:
    return normalise(sentence.text), tuple(sentence.citations)


def _keys(paragraphs: tuple[Paragraph, ...] | list[Paragraph]) -> list[list[Key]]:
    return [[_key(s) for s in p.sentences] for p in paragraphs]


def _comment_json(comment: ReviewComment, paragraphs: list[Paragraph]) -> dict[str, Any]:
    position, text = None, ""
    if comment.paragraph is not None and comment.sentence is not None and comment.paragraph < len(paragraphs):
        sentences = paragraphs[comment.paragraph].sentences
        if comment.sentence < len(sentences):
            position, text = f"{comment.paragraph + 1}.{comment.sentence + 1}", sentences[comment.sentence].text
    return {
        "author": comment.author,
        "text": comment.text,
        "sentence": position,
        "sentence_text": text,
        "anchor": comment.anchor,
    }
