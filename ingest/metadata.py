"""Metadata of contributions: a metadata.csv beside the files, else document properties and the file name."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ingest.model import DocumentProperties, SourceMeta
from ingest.readers.base import ReadError

FIELDS = ("title", "kind", "contributor", "organisation", "country", "region", "role", "date", "language")
KINDS = ("policy_brief", "presentation", "expert_input", "other")
REGIONS = ("EU", "partner", "other")

EU_MEMBERS = frozenset(
    [
        "Austria",
        "Belgium",
        "Bulgaria",
        "Croatia",
        "Cyprus",
        "Czechia",
        "Denmark",
        "Estonia",
        "Finland",
        "France",
        "Germany",
        "Greece",
        "Hungary",
        "Ireland",
        "Italy",
        "Latvia",
        "Lithuania",
        "Luxembourg",
        "Malta",
        "Netherlands",
        "Poland",
        "Portugal",
        "Romania",
        "Slovakia",
        "Slovenia",
        "Spain",
        "Sweden",
    ]
) | {"Czech Republic"}
# Partner countries of the European Training Foundation (Western Balkans and Turkey, Eastern Partnership,
# Southern and Eastern Mediterranean, Central Asia).
PARTNERS = frozenset(
    {
        "Albania", "Bosnia and Herzegovina", "Kosovo", "Montenegro", "North Macedonia", "Serbia", "Turkey",
        "Türkiye", "Armenia", "Azerbaijan", "Belarus", "Georgia", "Moldova", "Ukraine", "Algeria", "Egypt",
        "Israel", "Jordan", "Lebanon", "Libya", "Morocco", "Palestine", "Syria", "Tunisia", "Kazakhstan",
        "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan",
    }
)  # fmt: skip

_KIND_ALIASES = {
    "brief": "policy_brief", "policy brief": "policy_brief", "policy-brief": "policy_brief",
    "presentation": "presentation", "slides": "presentation", "expert input": "expert_input",
    "expert-input": "expert_input", "input": "expert_input",
}  # fmt: skip


class MetadataError(ValueError):
    """A metadata file that cannot be used; the message names the file and the reason."""


def region_for(country: str) -> str:
    """EU, partner or other, from a country name."""
    name = country.strip()
    if name in EU_MEMBERS:
        return "EU"
    if name in PARTNERS:
        return "partner"
    return "other"


def kind_for(path: Path) -> str:
    """A guess of the kind of contribution from the file type."""
    return {".pptx": "presentation", ".pptm": "presentation"}.get(path.suffix.lower(), "other")


def _normalise(row: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """Clean one CSV row; returns the row and warnings about values that were replaced."""
    warnings: list[str] = []
    out = {k: (row.get(k) or "").strip() for k in (*FIELDS, "password")}
    kind = out["kind"].lower()
    kind = _KIND_ALIASES.get(kind, kind)
    if kind and kind not in KINDS:
        warnings.append(f"kind '{out['kind']}' is not one of {', '.join(KINDS)}; using 'other'")
        kind = "other"
    out["kind"] = kind
    region = out["region"]
    if region:
        match = {r.lower(): r for r in REGIONS}.get(region.lower())
        if match is None:
            warnings.append(f"region '{region}' is not one of {', '.join(REGIONS)}; derived from country")
        out["region"] = match or ""
    return out, warnings


# What the ingest process sees in the password column: that one was given, never what it is.
PASSWORD_GIVEN = "(given)"


@dataclass(frozen=True)
class PasswordRef:
    """Where a file's password is: its row in a metadata CSV. Resolved only where the file is read.

    The ingest process hands this to the reader process instead of the password, so the password never
    enters the memory of the process that writes the workspace (Chroma's HNSW files are written with
    uninitialised slack that can hold any bytes that process once held).
    """

    csv: str
    file: str

    def resolve(self) -> str | None:
        """The password in the CSV's row for ``file``, or None when there is none (any more)."""
        try:
            row = read_metadata_csv(Path(self.csv), keep_passwords=True).get(self.file) or {}
        except MetadataError as exc:
            raise ReadError(f"cannot read the password from the metadata: {exc}") from None
        return (row.get("password") or "").strip() or None


def _records(data: bytearray) -> Iterator[list[tuple[int, int]]]:
    """Byte spans of the fields of each CSV record, following the csv module's default (excel) dialect."""
    comma, quote, cr, lf = b',"\r\n'
    record: list[tuple[int, int]] = []
    start, state, i, n = 0, "start", 0, len(data)
    while i < n:
        c = data[i]
        if state == "quoted":
            if c == quote:
                if i + 1 < n and data[i + 1] == quote:
                    i += 2
                    continue
                state = "field"
        elif c == comma:
            record.append((start, i))
            start, state = i + 1, "start"
        elif c in (cr, lf):
            record.append((start, i))
            yield record
            record = []
            if c == cr and i + 1 < n and data[i + 1] == lf:
                i += 1
            start, state = i + 1, "start"
        elif c == quote and state == "start":
            state = "quoted"
        else:
            state = "field"
        i += 1
    if record or start < n:
        record.append((start, n))
        yield record


def _blank_passwords(data: bytearray) -> None:
    """Overwrite every value of the password column in place, before any of it is decoded into a string."""
    column = None
    for number, spans in enumerate(_records(data)):
        if number == 0:
            names = [bytes(data[a:b]).decode("utf-8", "replace").lstrip("\ufeff").strip(' \t"') for a, b in spans]
            if "password" not in names:
                return
            column = names.index("password")
            continue
        if column is not None and column < len(spans):
            a, b = spans[column]
            if any(data[j] not in b' \t"' for j in range(a, b)):  # a marker where one was given, not its length
                data[a:b] = b"*" + b" " * (b - a - 1)


def _read_bytes(path: Path) -> bytearray:
    """The file's bytes in a buffer we own (no copies left behind by buffered reading)."""
    with path.open("rb", buffering=0) as handle:
        data = bytearray(path.stat().st_size)
        view, got = memoryview(data), 0
        while got < len(data):
            step = handle.readinto(view[got:])
            if not step:
                break
            got += step
        view.release()
    del data[got:]
    return data


def read_metadata_csv(path: Path, *, keep_passwords: bool = False) -> dict[str, dict[str, str]]:
    """Rows of a metadata CSV keyed by the ``file`` column (relative to the CSV's folder).

    Passwords are blanked in the raw bytes before parsing: a row's ``password`` is ``PASSWORD_GIVEN`` or
    empty. Only the reader process asks for them (``keep_passwords``, through ``PasswordRef``).
    """
    try:
        data = _read_bytes(path)
        if not keep_passwords:
            _blank_passwords(data)
        text = data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise MetadataError(f"{path}: cannot read metadata ({exc})") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "file" not in [f.strip() for f in reader.fieldnames]:
        raise MetadataError(f"{path}: metadata needs a 'file' column")
    rows: dict[str, dict[str, str]] = {}
    for row in reader:
        row = {(k or "").strip(): (v or "") for k, v in row.items()}
        if not keep_passwords and row.get("password", "").strip():
            if row["password"].strip() != "*":  # never happens unless the blanking missed a field
                raise MetadataError(f"{path}: the password column could not be read safely")
            row["password"] = PASSWORD_GIVEN
        name = row.get("file", "").strip().replace("\\", "/")
        if name:
            rows[name] = row
    return rows


def build_meta(
    file: str, path: Path, row: dict[str, str] | None, props: DocumentProperties | None = None
) -> tuple[SourceMeta, list[str]]:
    """Metadata for one file: the CSV row wins, then document properties, then the file name."""
    values, warnings = _normalise(row or {})
    props = props or DocumentProperties()
    title = values["title"] or (props.title or "").strip() or path.stem.replace("_", " ").replace("-", " ")
    meta = SourceMeta(
        file=file,
        title=title,
        kind=values["kind"] or kind_for(path),
        contributor=values["contributor"] or (props.author or "").strip(),
        organisation=values["organisation"],
        country=values["country"],
        region=values["region"] or region_for(values["country"]),
        role=values["role"],
        date=values["date"] or (props.date or "")[:10],
        language=values["language"] or (props.language or ""),
    )
    return meta, warnings
