"""Find the files of an ingest run and give each its workspace name and its row of a metadata sheet.

A sheet given with ``--metadata`` may sit anywhere and list names the way its author wrote them, so each
row's ``file`` is matched, in order: relative to the sheet; else relative to each folder given; else by
its bare file name when exactly one file of the run has that name. An ambiguous row, a row that matches
no file and a file that no row matches are each one warning: the run goes on, nothing is applied by guess.
A ``metadata.csv`` (or ``metadata.tsv``, ``metadata.xlsx``, ``metadata.ods``) beside the files is read by default,
its names relative to it.
"""

from __future__ import annotations

import difflib
import errno
import fnmatch
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ingest.metadata import MetadataError, read_metadata_csv, sheet_warnings
from ingest.readers import READERS

METADATA_NAME = "metadata.csv"
# read by default when they sit beside the files; a spreadsheet's "Text (tab delimited)" export is a .tsv
METADATA_NAMES = (METADATA_NAME, "metadata.tsv", "metadata.xlsx", "metadata.ods")
SUPPORTED = frozenset(ext for r in READERS.values() for ext in r.extensions)


class SheetWarning(str):
    """A note about the metadata that the user must act on (printed as a warning, not as a note)."""


@dataclass(frozen=True)
class Candidate:
    """A file found for ingest, with its workspace name and its metadata row."""

    file: str  # name relative to the metadata sheet's folder (or the folder given), with forward slashes
    path: Path
    row: dict[str, str] | None
    problem: str = ""  # set when the file must fail before reading (symlink out of the folder, missing)
    metadata_csv: Path | None = None  # the CSV the row came from: the reader process reads a password there
    warnings: tuple[str, ...] = ()  # about this file's metadata (no row for it), reported with its outcome
    explicit: bool = False  # named by itself (not found in a folder given): the user means it as a contribution


_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _display_name(name: str) -> tuple[str, str]:
    """A name safe to store and print, and the problem with the original name if it has one.

    Names that are not valid UTF-8 (surrogate escapes from the file system) or that hold control
    characters are shown with backslash escapes and refused: they cannot go into JSON, SQLite or a
    Word document unchanged, and a user could not tell them apart on screen.
    """
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        shown = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        return _escape_controls(shown), "file name is not valid UTF-8; rename the file"
    if _CONTROL_CHARS.search(name):
        return _escape_controls(name), "file name contains a control character; rename the file"
    return name, ""


def _escape_controls(name: str) -> str:
    return _CONTROL_CHARS.sub(lambda m: repr(m.group())[1:-1], name)


def _escapes_folder(name: str) -> bool:
    """Whether a metadata ``file`` value points outside the CSV's folder (absolute, drive, ``..``)."""
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return True
    return ".." in name.split("/")


def _symlink_problem(path: Path, root: Path, explicit: bool) -> str:
    """Why a symlink cannot be ingested, or "" when it can (a loop, a dangling link, a way out of the folder)."""
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop (the link points back to itself)"
        return "no such file (broken symlink)"
    if explicit:
        return ""  # a link given by name on the command line is the user's choice
    target = Path(os.path.realpath(path))
    if not target.is_relative_to(os.path.realpath(root)):
        return "symlink points outside the ingested folder; refused"
    return ""


def ignored(relative: str, patterns: Sequence[str]) -> bool:
    """Whether a path (relative to the folder given, with forward slashes) or one of its folders matches."""
    parts = relative.split("/")
    prefixes = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    return any(fnmatch.fnmatchcase(p, pattern.rstrip("/")) for pattern in patterns for p in prefixes)


@dataclass(frozen=True)
class _Found:
    path: Path
    root: Path  # the folder given (or the file itself when it was given by name)
    explicit: bool


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def match_rows(
    sheet: Path, rows: dict[str, dict[str, str]], files: Sequence[Path], folders: Sequence[Path]
) -> tuple[dict[int, str], list[str], bool]:
    """Which row (by its name) applies to which file (by index), one warning per row not applied, and
    whether any row was found relative to the sheet (then the sheet's folder is where names start)."""
    by_path = {_key(p): i for i, p in enumerate(files)}
    by_bare: dict[str, list[int]] = {}
    for i, p in enumerate(files):
        by_bare.setdefault(p.name.casefold(), []).append(i)
    applied: dict[int, str] = {}
    warnings: list[str] = []
    by_sheet: set[int] = set()
    for name in rows:
        if _escapes_folder(name):
            continue  # refused on its own (see discover): such a file is never looked at
        hits = [by_path[k] for k in [_key(sheet.parent / name)] if k in by_path]
        if hits:
            by_sheet.add(hits[0])
        else:
            hits = sorted({by_path[k] for k in (_key(f / name) for f in folders) if k in by_path})
        if not hits:
            hits = by_bare.get(PurePosixPath(name).name.casefold(), [])
        if not hits:
            close = difflib.get_close_matches(PurePosixPath(name).name, [p.name for p in files], n=1, cutoff=0.8)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            warnings.append(SheetWarning(f"{sheet.name}: row '{name}' matches no file given{hint}; not applied"))
        elif len(hits) > 1:
            listed = ", ".join(str(files[i]) for i in hits)
            warnings.append(
                SheetWarning(
                    f"{sheet.name}: row '{name}' could be any of {listed}; not applied "
                    "(write the path relative to the sheet)"
                )
            )
        elif hits[0] in applied:
            warnings.append(
                SheetWarning(
                    f"{sheet.name}: rows '{applied[hits[0]]}' and '{name}' name the same file; the first applies"
                )
            )
        else:
            applied[hits[0]] = name
    return applied, warnings, bool(by_sheet)


def discover(
    paths: Sequence[Path], metadata: Path | None = None, ignore: Sequence[str] = ()
) -> tuple[list[Candidate], list[str]]:
    """Files to ingest from files and folders, with their metadata rows; also notes for the user.

    ``ignore`` holds glob patterns, relative to each folder given, of files that are not contributions
    (build scripts, sources of generated files): skipped without a word. A sheet that cannot be read is
    one warning among the notes and the files go in without it; a sheet given with ``metadata`` that can be
    read but none of whose rows matches a file raises MetadataError (the sheet is not the one meant).
    """
    notes: list[str] = []
    given = read_sheet(metadata, notes) if metadata is not None else None
    given_key = _key(metadata) if metadata else None
    found: list[_Found] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            found.append(_Found(path, path, True))
            continue
        skipped: list[str] = []
        for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
            saved_pages = {Path(f).stem + "_files" for f in filenames if f.lower().endswith((".html", ".htm"))}
            for d in sorted(set(dirnames) & saved_pages):  # a browser's "save page, complete" folder
                notes.append(f"{Path(dirpath) / d}: skipped, the images and frames of the saved page beside it")
            dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in saved_pages)
            for name in sorted(filenames):
                child = Path(dirpath) / name
                relative = child.relative_to(path).as_posix()
                if name.startswith(".") or name in METADATA_NAMES or ignored(relative, ignore):
                    continue
                if given_key is not None and _key(child) == given_key:
                    continue  # the metadata table passed with --metadata, not a contribution
                if child.suffix.lower() in SUPPORTED:
                    found.append(_Found(child, path, False))
                else:
                    skipped.append(relative)
        if skipped:
            notes.append(f"{path}: skipped {len(skipped)} file(s) of unsupported types: {', '.join(skipped)}")
    if metadata is not None and given is not None:
        return _with_sheet(found, metadata, given, [Path(p) for p in paths if Path(p).is_dir()], notes)
    if metadata is not None:  # given but unreadable: no other sheet is guessed in its place
        return _without_sheet(found, metadata, notes)
    return _with_default_sheets(found, notes)


def read_sheet(path: Path, notes: list[str]) -> dict[str, dict[str, str]] | None:
    """The rows of a metadata sheet, its own warnings added to ``notes``; None, with one warning naming the file
    and the reason, when it cannot be read (a folder of that name, bad encoding, a damaged, locked or encrypted
    file).

    A sheet that cannot be read does not stop the run: the files go in with what their own properties say, and
    the warning reaches every front end through the notes (the command line's JSON, the app's results)."""
    if path.is_dir():
        notes.append(SheetWarning(f"{path}: is a folder, not a metadata sheet; ingesting the files without it"))
        return None
    try:
        rows = read_metadata_csv(path)
    except MetadataError as exc:
        notes.append(SheetWarning(f"{exc}; ingesting the files without it"))
        return None
    notes.extend(SheetWarning(w) for w in sheet_warnings(path))
    return rows


def _without_sheet(found: list[_Found], sheet: Path, notes: list[str]) -> tuple[list[Candidate], list[str]]:
    """Candidates of a run whose sheet could not be read, named as a readable sheet in the same place would name
    them (relative to the sheet when it sits in the folder given), so fixing it later changes no file's name."""
    out = _Builder(notes)
    for f in found:
        inside = f.root != f.path and _key(sheet).startswith(_key(f.root) + os.sep)
        if inside and f.path.is_relative_to(sheet.parent):
            name = f.path.relative_to(sheet.parent).as_posix()
        else:
            name = f.path.relative_to(f.root).as_posix() if f.root != f.path else f.path.name
        out.add(f, name, None, None)
    return out.found, notes


def _with_sheet(
    found: list[_Found], sheet: Path, rows: dict[str, dict[str, str]], folders: list[Path], notes: list[str]
) -> tuple[list[Candidate], list[str]]:
    """Candidates named and described by the sheet given with --metadata."""
    applied, warnings, sheet_relative = match_rows(sheet, rows, [f.path for f in found], folders)
    if found and not rows:
        raise MetadataError(f"{sheet}: the sheet has a header but no rows with a file name; fill in the 'file' column")
    if found and not applied:
        ambiguous = [w.split(": ", 1)[1] for w in warnings if "could be any of" in w]
        hint = f"; {len(ambiguous)} row(s) fit several files, e.g. {ambiguous[0]}" if ambiguous else ""
        raise MetadataError(
            f"{sheet}: none of its {len(rows)} rows matches a file given (the 'file' column is looked up relative "
            f"to the sheet, then to each folder given, then by bare file name); first rows: "
            f"{', '.join(list(rows)[:3])}; first files: {', '.join(str(f.path) for f in found[:3])}"
            f"{hint}"
        )
    notes.extend(warnings)
    csv_path = sheet if sheet.suffix.lower() in (".csv", ".tsv") else None  # a workbook never supplies passwords
    out = _Builder(notes)
    for i, f in enumerate(found):
        if i in applied:
            out.add(f, applied[i], rows[applied[i]], csv_path)
            continue
        # A file no row names is called the way its neighbours are: relative to the sheet when the sheet
        # sits in the folder given or its rows are written that way, else relative to the folder given.
        inside = f.root != f.path and _key(sheet).startswith(_key(f.root) + os.sep)
        if (inside or sheet_relative) and f.path.is_relative_to(sheet.parent):
            name = f.path.relative_to(sheet.parent).as_posix()
        else:
            name = f.path.relative_to(f.root).as_posix() if f.root != f.path else f.path.name
        out.add(f, name, None, None, (f"no row for this file in {sheet.name}; ingested without its metadata",))
    out.refuse_unsafe_rows(sheet, rows)
    return out.found, notes


def _with_default_sheets(found: list[_Found], notes: list[str]) -> tuple[list[Candidate], list[str]]:
    """Candidates described by a metadata sheet in their own folder or the folder given, when there is one."""
    cache: dict[Path, tuple[Path, dict[str, dict[str, str]]] | None] = {}

    def sheet_in(folder: Path) -> tuple[Path, dict[str, dict[str, str]]] | None:
        if folder not in cache:
            cache[folder] = None
            for name in METADATA_NAMES:
                path = folder / name
                if path.exists() or path.is_symlink():  # a broken link is a sheet that cannot be read
                    rows = read_sheet(path, notes)  # unreadable: the files still go in, with a warning
                    cache[folder] = None if rows is None else (path, rows)
                    break
        return cache[folder]

    out = _Builder(notes)
    used: dict[Path, set[str]] = {}
    walked = {f.root for f in found if not f.explicit}
    for f in found:
        sheet = sheet_in(f.path.parent)
        base = f.path.parent
        if sheet is None and f.root != f.path:
            base, sheet = f.root, sheet_in(f.root)
        name = f.path.relative_to(base).as_posix()
        if ".." in name.split("/"):  # "folder/../x.txt" given by hand: outside the metadata folder
            name = f.path.name
        if sheet is None:
            out.add(f, name, None, None)
            continue
        path, rows = sheet
        row = rows.get(name)
        used.setdefault(path, set()).add(name)
        warning = () if row else (f"no row for this file in {path.name}; ingested without its metadata",)
        out.add(f, name, row, path if row and path.suffix.lower() in (".csv", ".tsv") else None, warning)
    for entry in cache.values():
        if entry is None:
            continue
        path, rows = entry
        for name in rows:  # only a sheet whose whole folder was given can say a file is missing
            if path.parent in walked and name not in used.get(path, set()) and not _escapes_folder(name):
                notes.append(SheetWarning(f"{path.name}: row '{name}' matches no file given; not applied"))
        out.refuse_unsafe_rows(path, rows)
    return out.found, notes


class _Builder:
    """Collects candidates once each, with the checks every file gets before it is read."""

    def __init__(self, notes: list[str]) -> None:
        self.notes = notes
        self.found: list[Candidate] = []
        self.seen: dict[str, Path] = {}

    def add(
        self,
        f: _Found,
        name: str,
        row: dict[str, str] | None,
        csv_path: Path | None,
        warnings: tuple[str, ...] = (),
    ) -> None:
        name, problem = _display_name(name)
        if name in self.seen:
            if _key(self.seen[name]) != _key(f.path):  # else the same file given twice
                self.notes.append(SheetWarning(f"{f.path}: skipped, '{name}' names {self.seen[name]} already"))
            return
        self.seen[name] = f.path
        if not problem and f.path.is_symlink():
            problem = _symlink_problem(f.path, f.root, f.explicit)
        if not problem and not f.path.exists():
            problem = "no such file"
        self.found.append(Candidate(name, f.path, row, problem, csv_path if row else None, warnings, f.explicit))

    def refuse_unsafe_rows(self, sheet: Path, rows: dict[str, dict[str, str]]) -> None:
        """Rows naming a path outside the sheet's folder are refused; such a file is never looked at."""
        for name in sorted(rows):
            if name not in self.seen and _escapes_folder(name):
                self.seen[name] = sheet.parent / name
                problem = f"{sheet.name} names a file outside its folder; refused and not read"
                self.found.append(Candidate(name, sheet.parent / name, None, problem))
