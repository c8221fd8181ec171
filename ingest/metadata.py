"""Metadata of contributions: a metadata.csv beside the files, else document properties and the file name."""

from __future__ import annotations

import csv
from pathlib import Path

from ingest.model import DocumentProperties, SourceMeta

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


def read_metadata_csv(path: Path) -> dict[str, dict[str, str]]:
    """Rows of a metadata CSV keyed by the ``file`` column (relative to the CSV's folder)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise MetadataError(f"{path}: cannot read metadata ({exc})") from exc
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or "file" not in [f.strip() for f in reader.fieldnames]:
        raise MetadataError(f"{path}: metadata needs a 'file' column")
    rows: dict[str, dict[str, str]] = {}
    for row in reader:
        row = {(k or "").strip(): (v or "") for k, v in row.items()}
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
        password=values["password"] or None,
    )
    return meta, warnings
