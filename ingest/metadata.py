"""Metadata of contributions: a metadata sheet (.csv or .xlsx), else document properties and the file name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from ingest.metadata_authors import is_machine_author
from ingest.metadata_countries import country_name
from ingest.metadata_languages import language_codes
from ingest.metadata_names import person_names
from ingest.metadata_sheet import (  # noqa: F401 - the sheet's names stay importable from here
    PASSWORD_GIVEN,
    SHEET_SUFFIXES,
    MetadataError,
    PasswordRef,
    canonical_field,
    read_metadata_csv,
    read_metadata_xlsx,
    sheet_warnings,
)
from ingest.metadata_titles import is_tool_title
from ingest.metadata_values import MEDITERRANEAN, NON_EU, iso_date, kind_word, region_word
from ingest.model import DocumentProperties, Passage, SourceMeta, within_attachment

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


def _normalise(row: dict[str, str], file: str = "") -> tuple[dict[str, str], list[str]]:
    """Clean one sheet row (the row of ``file``); returns the row and warnings about values that were replaced or
    kept as written.

    Kinds, regions, countries and dates are read as people write them (``metadata_values``,
    ``metadata_countries``): "Position paper" is a policy brief, "Third country" is not EU, "DE" or
    "Deutschland" is Germany, "3 March 2026" is 2026-03-03. What cannot be read for sure is reported. A region
    that contradicts a known country's EU membership gives way to the country, the surer fact, with a warning."""
    warnings: list[str] = []
    out = {k: " ".join((row.get(k) or "").split()) for k in (*FIELDS, "password")}
    out["password"] = (row.get("password") or "").strip()  # inner spaces of a password are its own
    # "Heikkilä-Ruotsalainen, Marjatta" and "ÖZBILGIN Levent" as drafts name people; several people listed alike
    out["contributor"] = person_names((row.get("contributor") or "").strip())
    kind = out["kind"].lower()
    kind = _KIND_ALIASES.get(kind, kind)
    if kind and kind not in KINDS:
        kind = kind_word(kind) or ""
        if not kind:
            warnings.append(f"kind '{out['kind']}' is not one of {', '.join(KINDS)}; using 'other'")
            kind = "other"
    out["kind"] = kind
    country = out["country"]
    known = bool(country)
    if country and country not in EU_MEMBERS and country not in PARTNERS:
        # a code, another language's name, or a country with a part of it ("Belgium (Flanders)"), in English
        named = country_name(country)
        out["country"] = named or country
        known = named is not None
        if named is None:  # kept as written: no group can be derived from it, so the user hears of it
            group = "" if out["region"] else ", region 'other'"
            warnings.append(
                f"country '{country}' is not a country name or code the product knows; kept as written" + group
            )
    region = out["region"]
    if region:
        word = {r.lower(): r for r in REGIONS}.get(region.lower()) or region_word(region)
        if word == MEDITERRANEAN:  # the partner group, or an EU member on its shores
            word = "EU" if region_for(out["country"]) == "EU" else "partner"
        elif word is None:
            where = f"metadata row for '{file}': " if file else ""
            warnings.append(f"{where}region '{region}' is not one of {', '.join(REGIONS)}; derived from country")
        elif known and (word == "EU") != (region_for(out["country"]) == "EU"):
            # "EU member state" for Norway, "Partner country" or "Non-EU" for Latvia: whether a country is a
            # member is sure, the group a sheet writes beside it is typed by hand
            word = region_for(out["country"])
            warnings.append(_contradiction(file, region, country, out["country"], word))
        elif word == NON_EU:  # not EU: partner or other as the country says
            word = region_for(out["country"])
        out["region"] = word or ""
    # a language written as a word ("engelska", "serbiska, engelska") is stored as its code, as sheets mostly write it
    out["language"] = language_codes(out["language"]) or out["language"]
    date = out["date"]
    if date and not any(c.isdigit() for c in date):
        # a column headed "arrived" ("Saapunut", "Saabunud") may say whether it came ("yes", "kyllä"): no date,
        # so the file's own date stands
        out["date"] = ""
        where = f"metadata row for '{file}': " if file else ""
        warnings.append(f"{where}date '{date}' is no date; the file's own date is used")
    elif date and not _ISO_DAY.match(date):
        out["date"] = iso_date(date) or date
        if out["date"] == date and _AMBIGUOUS_DAY.match(date):
            warnings.append(
                f"date '{date}' is kept as written: its day and month can be read either way; write it as YYYY-MM-DD"
            )
    return out, warnings


def _contradiction(file: str, region: str, written: str, country: str, taken: str) -> str:
    """The warning for a region the country contradicts, naming the file's row and both values as written."""
    where = f"metadata row for '{file}'" if file else "metadata row"
    named = f"'{written}'" if written == country else f"'{written}' ({country})"
    member = "an EU member state" if taken == "EU" else "not an EU member state"
    return f"{where}: region '{region}' contradicts country {named}, {member}; using the country's region '{taken}'"


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_AMBIGUOUS_DAY = re.compile(r"^\d{1,2}[/\-]\d{1,2}[/\-]\d{4}$")


# Titles that tools write for a document nobody named ("Microsoft Word - brief.docx", "Presentation1").
_MACHINE_TITLE = re.compile(
    r"^(?:untitled.*|no title|title|document\s*\d*|presentation\s*\d*|powerpoint presentation|book\s*\d*|"
    r"slide\s*\d*|microsoft (?:word|powerpoint|excel) - .*|.*\.(?:docx?|pptx?|pdf|odt|rtf|txt|md))$",
    re.I,
)


def is_machine_title(title: str) -> bool:
    """Whether a title property is a tool's placeholder or a file name rather than the document's own title, or a
    scanner's, an app's or a producing program's wording ("Scanned document", "Canon iR-ADV C5535", "scan0001")."""
    return bool(_MACHINE_TITLE.match(" ".join(title.split()))) or is_tool_title(title)


_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")


def first_heading(passages: Sequence[Passage]) -> str:
    """The document's first heading, from where its passages sit (a section, or the first slide's title)."""
    for passage in passages:
        where = passage.location
        if within_attachment(where.label).startswith("sheet "):  # a sheet's name names a table, not the document
            return ""
        heading = " ".join((where.section_path[0] if where.section_path else where.section or "").split())
        heading = _SECTION_NUMBER.sub("", heading)  # readers number sections ("1 Introduction"); a title is not
        if heading:
            return "" if is_machine_title(heading) else heading
    return ""


def title_from_name(path: Path) -> str:
    """A readable title made from a file name, the last resort when neither the sheet nor the file gives one."""
    return " ".join(path.stem.replace("_", " ").replace("-", " ").split()) or path.name


def build_meta(
    file: str,
    path: Path,
    row: dict[str, str] | None,
    props: DocumentProperties | None = None,
    heading: str = "",
) -> tuple[SourceMeta, list[str]]:
    """Metadata for one file: the sheet's row wins, then what the document says, then its name.

    A title left blank is the document's own: its title property (or Title paragraph), else its first
    ``heading``, else the name it is listed under (``file``: for an upload, the name the user gave, not
    where its bytes are kept). An author property that a tool wrote is never a contributor. A row naming an
    organisation and no person (nor the document an author) makes the organisation the contributor.
    """
    values, warnings = _normalise(row or {}, file)
    props = props or DocumentProperties()
    prop_title = " ".join((props.title or "").split())
    if is_machine_title(prop_title):
        prop_title = ""
    title = values["title"] or prop_title or heading or title_from_name(Path(file))
    author = " ".join((props.author or "").split())
    # an author property written surname first ("Kowalska, Anna") names the person as the sheet's "Anna Kowalska"
    author = "" if is_machine_author(author) else person_names(author)
    contributor, organisation = values["contributor"] or author, values["organisation"]
    if not contributor and organisation:
        # a row that names a body and no person: the body is who contributed, and is named so (once: drafts
        # write "contributor (organisation)", which would name it twice)
        contributor, organisation = organisation, ""
    meta = SourceMeta(
        file=file,
        title=title,
        kind=values["kind"] or kind_for(path),
        contributor=contributor,
        organisation=organisation,
        country=values["country"],
        region=values["region"] or region_for(values["country"]),
        role=values["role"],
        date=values["date"] or (props.date or "")[:10],
        language=values["language"] or (props.language or ""),
    )
    return meta, warnings
