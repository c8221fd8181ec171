"""Ingest a batch of files into the workspace: find them, read them, chunk, embed and store.

A bad file gets one reason and the batch goes on; a file that fails after an earlier good
ingest keeps its earlier version. Reading the next file overlaps with embedding the current one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from ingest.chunking import make_chunks
from ingest.isolation import ReaderProcess, read_direct
from ingest.metadata import MetadataError, PasswordRef, build_meta, first_heading
from ingest.model import DocumentProperties, ReadResult
from ingest.ownership import own_words
from ingest.readers import Reader, reader_for
from ingest.readers.base import IMAGE_UNREADABLE, IMAGE_WITHOUT_TEXT, ReadError
from pipeline.index.discovery import METADATA_NAME, SUPPORTED, Candidate, SheetWarning, discover  # noqa: F401 (kept importable here)
from pipeline.index.manifest import SourceRecord, now
from pipeline.index.workspace_index import Index, PreparedSource

# Chunks embedded in one call: sorting by length across many files pads far less than file by file.
_NOT_A_CONTRIBUTION = (
    "skipped as no contribution (no row of the metadata sheet lists it: a logo or a photo, most likely); "
    "list it in the sheet to have it read as one"
)
EMBED_BATCH = 1024
READ_AHEAD = 8  # files read ahead of the one being chunked; bounds the memory held in read results


@dataclass(frozen=True)
class Outcome:
    """What happened to one file; the JSON shape of ``guidelines ingest``."""

    file: str
    status: str  # ingested | unchanged | failed | skipped (an image that is no contribution, see _not_a_contribution)
    reason: str = ""
    chunks: int = 0
    warnings: tuple[str, ...] = ()

    def as_json(self) -> dict[str, object]:
        """The contract's JSON fields, plus warnings."""
        return {
            "file": self.file,
            "status": self.status,
            "reason": self.reason,
            "chunks": self.chunks,
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class Progress:
    """A progress event for a bar or a UI: ``done`` of ``total`` files, at ``stage`` of ``file``."""

    stage: str  # reading | embedding | stored | skipped | failed
    file: str
    done: int
    total: int


ProgressCallback = Callable[[Progress], None]


def content_hash(path: Path) -> tuple[str, int]:
    """SHA-256 of the file's bytes, and its size."""
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


# Bump when our reading or chunking of unchanged files changes, so the next ingest reads them again.
# 7: closings that say whom they speak for (signature.py), every letter reader; 8: a reply that only acknowledges
# gives way to the message it quotes (ingest.forwards); 9: a row naming only an organisation makes it the
# contributor, and speaker turns and senders are matched by names without titles; 10: a chat export's messages
# ("12/03/2026, 10:41 - Name: ...") are speaker turns; 11: an inline reply's quoted questions are the answered
# message's (ingest.forwards), a Dutch or German sheet's "Brief" is a letter, and the readers' fixes of session 15
# (chat exports' own lines, notes under a table, cell comments, Word web pages' list marks, memo initials, also in
# Word); 12: a quoted line cut by the chunker keeps its mark on every piece, and a scanner's or program's title
# ("Scanned document", "HP Scan", "scan0001") is no title, every format; 13: a sheet's kinds in Slovenian, Croatian,
# Czech and Romanian are read (the row as written is unchanged, so its hash alone would keep the old "other"), and
# a sheet's rows of named fields ("Province: Santander; Members: 9800") open no speaker's turn (ingest.turn_labels),
# so a workbook is no transcript; 14: a speaker's cues, stage directions, press boilerplate and a social post's
# buttons are left out of every format's passages (ingest.cues), a sheet's negated region ("nem EU", "mimo EU") is
# never EU, Czech and Hungarian dates ("17. 3. 2026", "2026. 03. 17.") and date headers ("Beérkezés dátuma") are
# read, and kinds in Czech, Slovak, Hungarian, Lithuanian and Bulgarian (rows written as before, whose hash alone
# would keep the old values); 15: kinds and regions in Swedish, Danish, Finnish, Estonian, Greek and Bulgarian, a
# chat and a social media post as kinds, titles in a cell naming several people, and one person written in two
# orders by two rows (rows as before); 16: a press release's letterhead and notes to editors are left out
# (ingest.press_release), and a post's author line, headline and counts as OCR reads them ("Ana Petrova : 2nd");
# 17: a meeting tool's speaker headers ("[Name] 10:02:31", "Name   0:05") are labels (ingest.turn_headers), an
# exported discussion keeps the contributor's posts (ingest.posts) and a record's reviewers' comments are left out
# (ingest.reviews), every format; 18: layouts and sheets of session 17: a survey export's second header row folded
# into its header, a sheet's title question quoted, a table cell's placeholder left out, a mailing's footer and a
# fediverse post's handle, time and counts left out, "(video call)" kept, a PDF's pull quotes, boxes and early-drawn
# foot, and a sheet's "Saapunut" and "Saabunud" dates, "EL" as the EU and Finnish and Estonian kinds (rows written
# as before); a poster's grouped panels read column by column; 19: a submission record's fields and header are
# left out (ingest.submission_record), every format, and a sheet's bare "received" ("Inkommen", "Primit", "Gauta")
# and plain date headers in Slovenian, Croatian, Romanian and Latvian head its dates (rows written as before);
# 20 (session 18): a twelve-hour clock's "AM"/"PM" goes with a speaker header's time, and a call note's header,
# note-taker's lines and sign-off are left out (ingest.call_note), every format; sheets' Romanian and Latvian
# kinds, "Tip document" and "partener"; PDF margin line numbers, a carousel's page markers and handle, a fax's
# cover notice; 21 (session 19): an e-mail's attachments are read as part of it, kept with the sender's own text
# (ingest.forwards), and the attachment names its passages' locations
# 24 (session 20): a web page's share bar and the related posts after it are left out in every format (ingest.cues)
# 25 (session 20, heldout30): a course forum's e-mail digest read post by post, a sheet's author column however it
# is spelled ("author_name"), a chat export's, a captions file's and a letters page's other people left out, a
# Word form's labels quoted, a PDF's key-figures box a passage of its own, a sheet's Danish kinds
# 26 (session 20, heldout31's readers): a survey export's other respondents and tracking columns left out, a chat
# export's ISO stamps and header, a table comparing options quoted and a petition's platform lines left out (every
# format, ingest.options_table, ingest.petition), a form's boxed prompts quoted, a page's buttons, a one-page
# PDF's footer, bold RTF headings, items under a sheet's note, Greek titles, countries, months and kinds
# 27 (session 22): an author property that names a tool or an exporter ("Slido", "SurveyMonkey", "Adobe InDesign
# 19.2", "noreply@...") is no contributor (ingest.metadata_authors), and a register's name column is found under
# any group header
EXTRACTION_REVISION = "27"


def _row_hash(row: dict[str, str] | None, reader: str) -> str:
    """What, besides the file's bytes, decides its chunks: metadata row, reader and our extraction rules."""
    clean = {k: v for k, v in (row or {}).items() if k != "password"}
    key = [clean, reader, EXTRACTION_REVISION]
    return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:32]


@dataclass(frozen=True)
class _Copy:
    """A file whose bytes are already stored under another name: what to record once the batch is written."""

    plan: tuple[str, int, str, Reader]
    original: str


class Ingester:
    """Runs ingest batches against one workspace index."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.settings = index.settings
        self._reader: ReaderProcess | None = None
        self._batch_hashes: dict[str, str] = {}
        self._copies: list[tuple[int, Candidate, tuple[str, int, str, Reader], str]] = []  # (i, cand, plan, original)

    def _read(self, candidate: Candidate) -> ReadResult:
        # Only where the password is: this process never holds it (see ingest.metadata.PasswordRef).
        given = (candidate.row or {}).get("password") and candidate.metadata_csv
        password = PasswordRef(str(candidate.metadata_csv), candidate.file) if given else None
        # the sheet's language tells OCR which Tesseract language to read scanned pages in
        limits = replace(self.settings.limits(), ocr_languages=str((candidate.row or {}).get("language") or ""))
        if self._reader is not None:
            return self._reader.read(candidate.path, password, limits)
        return read_direct(candidate.path, password, limits)

    def run(self, candidates: Iterable[Candidate], progress: ProgressCallback | None = None) -> list[Outcome]:
        """Ingest every candidate; never raises for a bad file. Outcomes come in the candidates' order."""
        todo = list(candidates)
        outcomes: dict[int, Outcome] = {}
        notify = progress or (lambda _event: None)
        batch: list[tuple[int, PreparedSource, tuple[str, ...]]] = []

        committing: list[Future[None]] = []

        def write(items: list[tuple[int, PreparedSource, tuple[str, ...]]]) -> None:
            """Store embedded sources one by one (each write atomic) and report each as stored."""
            for i, prepared, warnings in items:
                self.index.commit(prepared)  # each source's write is atomic on its own
                outcomes[i] = Outcome(prepared.record.file, "ingested", "", len(prepared.chunks), warnings)
                notify(Progress("stored", prepared.record.file, i + 1, len(todo)))

        def flush() -> None:
            """Embed the batch in one call; write it while the next batch is read and embedded."""
            if not batch:
                return
            notify(Progress("embedding", batch[0][1].record.file, batch[0][0], len(todo)))
            self.index.embed([prepared for _, prepared, _ in batch])
            if committing:
                committing.pop().result()  # one batch in flight: order kept, errors surface here
            committing.append(writer.submit(write, list(batch)))
            batch.clear()

        self._batch_hashes = {}
        isolate = self.settings.isolate_readers
        reader = ReaderProcess(self.settings.read_timeout_s, self.settings.read_memory_mb) if isolate else None
        self._reader = reader
        with (
            self.index.writing(),
            ThreadPoolExecutor(max_workers=1) as pool,
            ThreadPoolExecutor(max_workers=1) as writer,
            reader or contextlib.nullcontext(),
        ):
            self._copies = []
            plans = [self._plan(c) for c in todo]
            to_read = [j for j, plan in enumerate(plans) if not isinstance(plan, Outcome | _Copy)]
            ahead: dict[int, Future[ReadResult]] = {}

            def read_ahead() -> None:
                """Keep the reader process busy a few files ahead, so reading overlaps embedding."""
                while to_read and len(ahead) < READ_AHEAD:
                    j = to_read.pop(0)
                    ahead[j] = pool.submit(self._read, todo[j])

            for i, (cand, plan) in enumerate(zip(todo, plans, strict=True)):
                if isinstance(plan, _Copy):
                    self._copies.append((i, cand, plan.plan, plan.original))
                    continue
                if isinstance(plan, Outcome):
                    outcomes[i] = plan
                    notify(Progress("skipped" if plan.status == "unchanged" else "failed", cand.file, i + 1, len(todo)))
                    continue
                notify(Progress("reading", cand.file, i, len(todo)))
                read_ahead()
                try:
                    result: ReadResult | ReadError = ahead.pop(i).result()
                except ReadError as exc:
                    result = exc
                read_ahead()
                prepared = self._prepare(cand, plan, result)
                if isinstance(prepared, Outcome) and prepared.status == "copy":
                    self._copies.append((i, cand, plan, prepared.reason))
                    continue
                if isinstance(prepared, Outcome):
                    outcomes[i] = prepared
                    stage = "skipped" if prepared.status == "skipped" else "failed"
                    notify(Progress(stage, cand.file, i + 1, len(todo)))
                    continue
                batch.append((i, prepared, prepared.record.warnings))
                if sum(len(p.missing()) for _, p, _ in batch) >= EMBED_BATCH:
                    flush()
            flush()
            if committing:
                committing.pop().result()
            for i, cand, plan, original in self._copies:  # after the batch: their originals are stored by now
                outcomes[i] = self._record_copy(cand, plan, original)
            if any(o.status == "ingested" for o in outcomes.values()):
                self.index.lexical()  # rebuild BM25 now, so the first search after an ingest does not wait
        # what discovery found about a file's metadata (no row for it) is reported with its outcome; a skipped
        # file was not ingested at all, so "ingested without its metadata" would be untrue of it
        return [
            outcomes[i]
            if outcomes[i].status == "skipped"
            else replace(outcomes[i], warnings=(*c.warnings, *outcomes[i].warnings))
            for i, c in enumerate(todo)
        ]

    def _plan(self, cand: Candidate) -> Outcome | _Copy | tuple[str, int, str, Reader]:
        """Decide before reading: fail early, skip unchanged, or return (hash, size, row hash, reader)."""
        if cand.problem:
            return self._fail(cand.file, cand.problem)
        if not cand.path.is_file():  # a pipe or device would block the read forever
            return self._fail(cand.file, "not a regular file")
        try:
            reader = reader_for(cand.path)
            digest, size = content_hash(cand.path)
        except ReadError as exc:
            return self._fail(cand.file, exc.reason)
        except OSError as exc:
            return self._fail(cand.file, f"cannot read file: {exc.strerror or exc}")
        row_hash = _row_hash(cand.row, f"{reader.name} {reader.version}")
        old = self.index.manifest.source(cand.file)
        if old and old.content_hash == digest and old.meta_hash == row_hash:
            return Outcome(cand.file, "unchanged", "", old.chunks)
        twin = self.index.manifest.source_by_hash(digest)
        if twin and twin.file != cand.file:
            return _Copy((digest, size, row_hash, reader), twin.meta.get("duplicate_of") or twin.file)
        return digest, size, row_hash, reader

    def _record_copy(self, cand: Candidate, plan: tuple[str, int, str, Reader], original: str) -> Outcome:
        """A second submission of stored bytes under another name: kept as a source of its own, without passages.

        Its contributor and metadata are recorded (coverage counts whose input it was, once, through the
        original: ``duplicate_of``), but its text is not indexed twice; citations go to the original's passages.
        """
        digest, size, row_hash, reader = plan
        first = self.index.manifest.source(original)
        if first is None:  # the original failed in this batch: so would this copy
            return self._fail(cand.file, f"same content as '{original}', which could not be ingested")
        # the same bytes carry the same title; who submitted them comes from this file's own row, if any
        meta, warnings = build_meta(cand.file, cand.path, cand.row, DocumentProperties(title=first.meta.get("title")))
        public = {**replace(meta, reader=reader.name, reader_version=reader.version).public(), "duplicate_of": original}
        note = f"same content as '{original}': recorded as a second submission; its passages are those of '{original}'"
        record = SourceRecord(cand.file, digest, row_hash, size, first.units, 0, public, (*warnings, note), now())
        self.index.manifest.replace_source(record, [])
        return Outcome(cand.file, "ingested", note, 0, (*warnings, note))

    def _not_a_contribution(self, cand: Candidate, error: ReadError) -> bool:
        """An image without text found in a folder that no sheet row lists: a logo or a photo beside the
        contributions, not one of them, so it is skipped with a warning rather than failed. An image the sheet
        lists, or that was named by itself, was meant as a contribution (a scanned page): failing it says so."""
        return (
            error.reason in (IMAGE_WITHOUT_TEXT, IMAGE_UNREADABLE)
            and not cand.row
            and not cand.explicit
            and self.index.manifest.source(cand.file) is None  # a stored version is kept, and its loss reported
        )

    def _fail(self, file: str, reason: str) -> Outcome:
        self.index.manifest.record_failure(file, reason)
        kept = self.index.manifest.source(file)
        if kept:
            reason += f" (the version ingested on {kept.ingested_at} is kept)"
        return Outcome(file, "failed", reason)

    def _prepare(self, cand: Candidate, plan: tuple[str, int, str, Reader], result: ReadResult | ReadError):  # noqa: ANN202
        """Chunk a read file and prepare its write, or the failure to report."""
        if isinstance(result, ReadError):
            if self._not_a_contribution(cand, result):
                return Outcome(cand.file, "skipped", f"{result.reason}: {_NOT_A_CONTRIBUTION}")
            return self._fail(cand.file, result.reason)
        digest, size, row_hash, reader = plan  # the reader _plan chose; no second look at the file
        earlier = self._batch_hashes.setdefault(digest, cand.file)
        if earlier != cand.file:  # the same file twice in one batch: a copy under another name
            return Outcome(cand.file, "copy", earlier)  # recorded once the batch is stored (see _record_copy)
        meta, warnings = build_meta(cand.file, cand.path, cand.row, result.properties, first_heading(result.passages))
        # the engine that actually read the file (PDFium for a PDF pypdf could not open), else the reader's own
        meta = replace(
            meta, reader=result.engine or reader.name, reader_version=result.engine_version or reader.version
        )
        # only the contributor's words: their own turns of a transcript, their messages of a forwarded e-mail,
        # without a speaker's cues or a press office's lines (ingest.ownership)
        own = own_words(result.passages, meta.contributor, meta.organisation, result.properties.author)
        chunks = make_chunks(cand.file, digest, own.passages, self.settings.chunk_size, self.settings.chunk_overlap)
        if not chunks:
            return self._fail(cand.file, own.why_empty if own.why_empty and result.passages else "no text found")
        all_warnings = [*warnings, *result.warnings, *own.notes]
        return self.index.prepare(meta, digest, row_hash, size, result.units, all_warnings, chunks)


def ingest_paths(
    index: Index,
    paths: Sequence[Path],
    metadata: Path | None = None,
    progress: ProgressCallback | None = None,
    ignore: Sequence[str] = (),
) -> tuple[list[Outcome], list[str]]:
    """Find and ingest files; returns per-file outcomes and notes (skipped types, unmatched rows).

    A metadata sheet given with ``metadata`` none of whose rows matches a file gives no outcomes and its reason
    as the one note (the command line makes that an error); one that cannot be read is a warning among the notes
    and the files go in without it.
    """
    try:
        candidates, notes = discover(paths, metadata, ignore)
    except MetadataError as exc:
        return [], [str(exc)]
    return Ingester(index).run(candidates, progress), notes
