"""One workspace behind one object: what the CLI commands and the app both call.

A :class:`Workspace` holds the index (manifest, Chroma, BM25), the draft store, a searcher and the support
checker, each created on first use, so the app can keep one per process and a page switch rebuilds nothing.
It is safe to share between the app's sessions: writes to the index hold the workspace lock (other processes
wait too) and the draft store decides conflicts inside one SQLite transaction.
"""

from __future__ import annotations

import contextlib
import re
import threading
import unicodedata
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ingest.model import within_attachment
from pipeline.drafting.drafts import DraftStore
from pipeline.index.workspace_index import Index
from pipeline.revision_view import ocr_chunk_ids, revision_json  # noqa: F401 - the CLI and tests import them here

# The outline (pydantic, YAML) and editing (the support checker) are imported by the methods that use them, so
# that listing sources costs neither.
if TYPE_CHECKING:
    from pipeline.drafting.outline import Outline
    from pipeline.settings import Settings

OUTLINE_NAME = "outline.yaml"
UPLOADS = "uploads"
FIRST_RUN_AUTHOR = "first run (sample corpus)"  # author of the drafts `make run` writes on a new workspace
MAX_NAME = 120  # characters of an uploaded file's shown name


def workspace_outline(workspace: Path, given: str | Path | None) -> Outline:
    """The outline given (then kept in the workspace), else the workspace's own."""
    from pipeline.drafting.outline import OutlineError, load_outline, save_outline

    if given:
        outline = kept_ids(workspace, load_outline(Path(given)))
        workspace.mkdir(parents=True, exist_ok=True)
        save_outline(outline, workspace / OUTLINE_NAME)
        return outline
    path = workspace / OUTLINE_NAME
    if not path.is_file():
        raise OutlineError(
            f"no outline in {workspace}: pass --outline FILE (.yaml, .md, .txt, .docx, .odt, .rtf, .html, or a "
            "table .csv, .xlsx, .ods) once; it is kept"
        )
    return load_outline(path)


def kept_ids(workspace: Path, outline: Outline) -> Outline:
    """``outline`` with the ids its sections had in this workspace's outline and drafts before ids were cut
    between words (``outline.keeping_stored_ids``), so an outline read again keeps the drafts made from it."""
    from pipeline.drafting.drafts import FILENAME, DraftStore
    from pipeline.drafting.outline import OutlineError, keeping_stored_ids, load_outline

    stored: set[str] = set()
    if (workspace / OUTLINE_NAME).is_file():
        with contextlib.suppress(OutlineError):
            stored |= {s.id for s in load_outline(workspace / OUTLINE_NAME).sections}
    if (workspace / FILENAME).is_file():
        with DraftStore.in_workspace(workspace) as store:
            stored |= set(store.sections())
    return keeping_stored_ids(outline, stored) if stored else outline


def safe_upload_name(name: str) -> str:
    """An uploaded file's name as shown and cited: no folders, no control characters, not too long.

    The bytes are stored under a generated name; this is only the label, so ``../x.pdf`` becomes ``x.pdf``.
    """
    base = re.split(r"[\\/]", name)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip().strip(".")
    base = " ".join(base.split()) or "upload"
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    ext = ext[:10]
    room = MAX_NAME - len(ext) - 1
    return f"{stem[:room]}.{ext}" if ext else base[:MAX_NAME]


@dataclass(frozen=True)
class Upload:
    """One file a user uploaded: its name and its bytes."""

    name: str
    data: bytes


@dataclass(frozen=True)
class DraftRun:
    """What drafting some sections did: the drafter's name and one outcome per section."""

    drafter: str
    outcomes: list  # pipeline.drafting.orchestration.SectionOutcome


class Workspace:
    """The index, draft store, outline and searcher of one workspace folder."""

    def __init__(self, settings: Settings, index: Index | None = None) -> None:
        self.settings = settings
        self._owns_index = index is None  # an index passed in belongs to the caller, who closes it
        self.index = index or Index(settings)
        self.root = self.index.root
        try:
            self.store = DraftStore.in_workspace(self.root)
        except BaseException:
            if self._owns_index:
                self.index.close()
            raise
        self._searcher = None
        self._checker = None
        self._lock = threading.RLock()

    def close(self) -> None:
        """Close the draft store and, when this workspace opened it, the index (SQLite and Chroma).

        The app keeps one workspace per process and closes it when Streamlit releases it; a loop or a test that
        opens workspaces closes each one (``with Workspace(settings) as ws:``), else every one stays open.
        """
        try:
            self.store.close()
        finally:
            if self._owns_index:
                self.index.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- parts -----------------------------------------------------------------------------
    @property
    def searcher(self):  # noqa: ANN201 - pipeline.index.search.Searcher, imported late
        """One searcher for the workspace (it caches source metadata per index generation)."""
        if self._searcher is None:
            from pipeline.index.search import Searcher

            self._searcher = Searcher(self.index)
        return self._searcher

    @property
    def checker(self):  # noqa: ANN201 - pipeline.drafting.support.SupportChecker
        """The offline support checker over the workspace's embedder."""
        if self._checker is None:
            from pipeline.drafting.support import SupportChecker

            self._checker = SupportChecker(self.index.embedder)
        return self._checker

    def drafter_label(self, llm: str | None = None) -> str:
        """Which drafter a draft run would use, in words."""
        spec = (llm if llm is not None else self.settings.llm).strip()
        if not spec or spec == "extractive":
            return "extractive (offline: quotes the contributions, no LLM)"
        return f"LLM {spec}"

    def index_label(self) -> str:
        """Where the vectors live, in words."""
        if self.settings.chroma_url:
            return f"Chroma server at {self.settings.chroma_url}"
        return f"embedded Chroma in {self.root}"

    # -- outline ---------------------------------------------------------------------------
    def outline(self) -> Outline | None:
        """The workspace's outline, or None when it has none yet (OutlineError when the file is broken)."""
        if not (self.root / OUTLINE_NAME).is_file():
            return None
        return workspace_outline(self.root, None)

    def save_outline(self, outline: Outline) -> None:
        """Keep ``outline`` as the workspace's outline (written atomically)."""
        from pipeline.drafting.outline import save_outline

        save_outline(kept_ids(self.root, outline), self.root / OUTLINE_NAME)

    # -- sources ---------------------------------------------------------------------------
    def sources(self) -> list[dict[str, Any]]:
        """Every ingested source with its metadata and counts, then files that failed (the ``sources`` shape)."""
        rows: list[dict[str, Any]] = []
        for s in self.index.manifest.sources():
            rows.append(
                {
                    **s.meta,  # SourceMeta.public(): never a password
                    "chunks": s.chunks,
                    "units": s.units,
                    "warnings": list(s.warnings),
                    "ingested_at": s.ingested_at,
                    "status": "ingested",
                }
            )
        for file, reason in self.index.manifest.failures().items():
            if not self.index.manifest.source(file):
                rows.append({"file": file, "status": "failed", "reason": reason})
        return rows

    def ingest_paths(
        self,
        paths: Sequence[Path],
        metadata: Path | None = None,
        progress: Callable | None = None,
        ignore: Sequence[str] = (),
    ):
        """Ingest files and folders (see :func:`pipeline.index.ingestion.ingest_paths`): outcomes and notes."""
        from pipeline.index.ingestion import ingest_paths

        return ingest_paths(self.index, list(paths), metadata, progress, ignore)

    def ingest_uploads(
        self,
        uploads: Sequence[Upload],
        rows: Mapping[str, Mapping[str, str]] | None = None,
        progress: Callable | None = None,
        metadata_csv: Path | None = None,
    ):
        """Store uploaded files under generated names in the workspace and ingest them.

        ``rows`` maps a file's (cleaned) name to its metadata (title, kind, contributor, ...); or ``metadata_csv``
        names a metadata CSV (outside the workspace: it may hold PDF passwords, which only the reader process
        reads from it, so they are never stored; one that cannot be read is a warning among the notes, and the
        files go in without it). The cleaned name
        is what the source is listed and cited as; the bytes live in ``uploads/<generated>.<ext>``, so no
        uploaded name can reach outside the workspace. Returns outcomes and notes as ``ingest_paths`` does.
        """
        from pipeline.index.discovery import read_sheet
        from pipeline.index.ingestion import Candidate, Ingester

        notes: list[str] = []
        if metadata_csv is not None:
            # a sheet that cannot be read is one warning naming it and why; the files go in without it
            rows = read_sheet(metadata_csv, notes) or {}
        folder = self.root / UPLOADS
        folder.mkdir(parents=True, exist_ok=True)
        # a sheet may write "corpus/a.pdf" for the upload "a.pdf": its bare name applies when it is unique
        bare = [(Path(k).name, v) for k, v in (rows or {}).items()]
        by_bare = {n: v for n, v in bare if [b for b, _ in bare].count(n) == 1}
        candidates, seen = [], set()
        limit = self.settings.max_file_mb * 1024 * 1024
        for upload in uploads:
            name = safe_upload_name(upload.name)
            if name in seen:
                notes.append(f"{name}: uploaded twice in one batch; the first copy was used")
                continue
            seen.add(name)
            ext = Path(name).suffix.lower()[:10]
            path = folder / f"{uuid.uuid4().hex}{ext}"
            problem = ""
            if len(upload.data) > limit:
                problem = (
                    f"file too large ({len(upload.data) / 1048576:.1f} MB > max_file_mb {self.settings.max_file_mb:g})"
                )
            else:
                path.write_bytes(upload.data)
            # a blank title stays blank: the file's own title, first heading or name is used (build_meta)
            row = dict((rows or {}).get(name) or (rows or {}).get(upload.name) or by_bare.get(name) or {})
            # each upload was chosen by hand, as a file named on the command line is: meant as a contribution
            password_sheet = metadata_csv if row.get("password") else None
            candidates.append(Candidate(name, path, row, problem, password_sheet, explicit=True))
        with self._lock:
            outcomes = Ingester(self.index).run(candidates, progress)
        kept = {c.file: c.path for c in candidates}
        for o in outcomes:  # keep the bytes of what was stored; a duplicate or a refused file leaves nothing behind
            if o.status != "ingested":
                kept[o.file].unlink(missing_ok=True)
        return outcomes, notes

    def remove(self, file: str) -> tuple[int, str | None]:
        """Remove one source; returns its chunk count and the second submission that keeps its passages, if
        any. KeyError when there is no such source."""
        with self._lock, self.index.writing():
            if self.index.manifest.source(file) is None:
                raise KeyError(f"no ingested source named '{file}'")
            heir = self.index.heir_of(file)
            return self.index.remove(file), heir

    def search(self, query: str, *, k: int = 10, filters=None, method: str = "hybrid", max_per_contributor=None):  # noqa: ANN001
        """Passages for a query (see :meth:`pipeline.index.search.Searcher.search`)."""
        with self._lock:
            self.index.lexical()  # one session rebuilds a stale BM25 index; the others wait for it
        return self.searcher.search(query, k=k, method=method, filters=filters, max_per_contributor=max_per_contributor)

    def passage(self, chunk_id: str, around: int = 1) -> dict[str, Any] | None:
        """A stored passage in context: its text, the passages just before and after it, and its source."""
        manifest = self.index.manifest
        found = manifest.chunks([chunk_id]).get(chunk_id)
        if found is None:
            return None
        ids = manifest.chunk_ids(found.file)
        at = ids.index(chunk_id)
        near = manifest.chunks(ids[max(0, at - around) : at + around + 1])
        source = manifest.source(found.file)
        meta = source.meta if source else {}
        return {
            "chunk_id": chunk_id,
            "file": found.file,
            "location": found.label,
            # the section a page or slide passage sits in, when the label does not already say it
            "section": ""
            if within_attachment(found.label).startswith("section")
            else str(found.location.get("section_path", "")),
            "table": bool(found.location.get("table")),
            "ocr": bool(found.location.get("ocr")),
            "text": found.text,
            "before": [near[i].text for i in ids[max(0, at - around) : at] if i in near],
            "after": [near[i].text for i in ids[at + 1 : at + around + 1] if i in near],
            **{k: meta.get(k, "") for k in ("title", "contributor", "organisation", "country", "region", "kind")},
        }

    # -- drafting --------------------------------------------------------------------------
    def draft(
        self,
        section_ids: Sequence[str] = (),
        *,
        llm: str | None = None,
        author: str = "drafter",
        divergences: bool = True,
        progress: Callable | None = None,
    ) -> DraftRun:
        """Draft sections (all when none are named) and store a revision of each.

        Raises :class:`~pipeline.drafting.drafters.base.DraftingError` for an LLM that cannot be set up,
        :class:`~pipeline.drafting.outline.OutlineError` without an outline or for an unknown section id.
        """
        from pipeline.drafting.drafters.factory import build_drafter, build_judge
        from pipeline.drafting.orchestration import draft_sections
        from pipeline.drafting.outline import OutlineError

        outline = self.outline()
        if outline is None:
            raise OutlineError(f"no outline in {self.root}: add sections on the Outline page or pass --outline")
        section_ids = [outline.section(sid).id for sid in section_ids]  # ids as the outline writes them
        drafter = build_drafter(self.settings, self.index.embedder, llm)
        judge = build_judge(self.settings, llm)
        workers = 1 if drafter.name == "extractive" else self.settings.llm_concurrency
        points: dict[str, list] = {}
        if divergences:
            for d in self.divergences(section_ids, llm=llm):
                points.setdefault(d.section_id, []).append(d)
        outcomes = draft_sections(
            outline,
            self.searcher,
            self.store,
            drafter,
            self.checker,
            section_ids,
            author=author,
            workers=workers,
            judge=judge,
            divergences=points,
            progress=progress,
        )
        return DraftRun(drafter.name, outcomes)

    def save_edit(self, section_id: str, texts: Sequence[str], *, expected: int, author: str):  # noqa: ANN201
        """An editor's text (one box per paragraph, ``[n]`` markers) as the next revision, and what changed.

        Raises :class:`~pipeline.drafting.editing.EditError` for a marker that names no cited passage and
        :class:`~pipeline.drafting.drafts.ConflictError` when someone saved the section after revision ``expected``.
        """
        from pipeline.drafting.editing import parse_edit, rebuild

        old = self.store.revision(section_id, expected)
        paragraphs, changed = rebuild(old, parse_edit(old, texts), self.checker)
        return self.store.edit(section_id, paragraphs, author=author, expected=expected), changed

    # -- synthesis and export --------------------------------------------------------------
    def coverage(self, unused: bool = False):  # noqa: ANN201 - pipeline.synthesis.coverage.Coverage
        """Whose contributions the current drafts cite (see :func:`pipeline.synthesis.coverage.compute_coverage`)."""
        from pipeline.synthesis.coverage import compute_coverage

        return compute_coverage(self.index, self._outline(), self.store, self.searcher if unused else None)

    def citation_matrix(self) -> dict[tuple[str, str], int]:
        """(file, section id) -> sentences of the section's current draft citing that file."""
        out: dict[tuple[str, str], int] = {}
        for section in self._outline().sections:
            revision = self.store.current(section.id)
            for sentence in revision.sentences() if revision else ():
                files = {revision.sources.get(c, {}).get("file", "") for c in sentence.citations} - {""}
                for file in files:
                    out[file, section.id] = out.get((file, section.id), 0) + 1
        return out

    def divergences(self, section_ids: Sequence[str] = (), llm: str | None = None) -> list:
        """The divergence register (see :mod:`pipeline.synthesis.divergence`): found offline, then checked and its sides
        summarised by the LLM when one is configured (it may drop or merge points, never add a side)."""
        from pipeline.synthesis.divergence import find_divergences
        from pipeline.synthesis.refinement import refine_with_llm

        found = find_divergences(self.index, self._outline(), self.searcher, store=self.store, section_ids=section_ids)
        model = self._chat_model(llm)
        return refine_with_llm(found, model) if model is not None and found else found

    def _chat_model(self, llm: str | None):  # noqa: ANN202 - a LangChain chat model or None
        """The configured chat model (``llm`` overrides the settings), or None for the offline path."""
        spec = (llm if llm is not None else self.settings.llm).strip()
        if not spec or spec == "extractive":
            return None
        from pipeline.drafting.drafters.llm import build_chat_model

        settings = self.settings
        return build_chat_model(spec, timeout=settings.llm_timeout_s, max_retries=settings.llm_max_retries)

    def scope(self, llm: str | None = None) -> list:
        """Topics outside the outline (see :mod:`pipeline.synthesis.scope`), worded by the LLM when configured."""
        from pipeline.synthesis.scope import explore_scope, write_with_llm

        outline = self._outline()
        proposals = explore_scope(self.index, outline)
        model = self._chat_model(llm) if proposals else None
        if model is not None:
            spec = (llm if llm is not None else self.settings.llm).strip()
            proposals = write_with_llm(proposals, self.index, outline, model, spec=f"llm:{spec}")
        return proposals

    def divergence_blocks(self) -> dict[str, list]:
        """The divergence register as the exporter's "Points of divergence" blocks, by section."""
        blocks: dict[str, list] = {}
        for d in self.divergences():
            data = d.as_json()
            # one bullet per contributor, in their own words: a side's summary is never credited to all of it
            positions = [
                {
                    "summary": c["text"],
                    "sources": [f"{c['contributor']} ({c['country']})" if c["country"] else c["contributor"]],
                }
                for p in data["positions"]
                for c in p.get("contributors", [])
            ]
            blocks.setdefault(data["section_id"], []).append({"topic": data["topic"], "positions": positions})
        return blocks

    def export(self, out: Path, *, section_ids: Sequence[str] = (), status: str = "all", divergences: bool = False):  # noqa: ANN201
        """Write the Word review document (see :func:`pipeline.word.export.export_docx`)."""
        from pipeline.word.export import export_docx

        outline = self._outline()
        return export_docx(
            out,
            outline,
            self.store,
            section_ids=section_ids,
            status=status,
            workspace_id=self.index.workspace_id,
            coverage=self.coverage().as_json(),
            divergences=self.divergence_blocks() if divergences else None,
        )

    def import_review(self, path: Path, *, force: bool = False, author: str = "review") -> list:
        """Store a reviewed Word export's changed sections (see :func:`pipeline.word.review.importer.import_review`)."""
        from pipeline.word.review.importer import import_review

        return import_review(path, self.store, checker=self.checker, author=author, force=force)

    def _outline(self) -> Outline:
        from pipeline.drafting.outline import OutlineError

        outline = self.outline()
        if outline is None:
            raise OutlineError(f"no outline in {self.root}")
        return outline
