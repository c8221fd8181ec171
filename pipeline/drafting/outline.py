"""The guidelines' outline: sections with audience, purpose and guiding questions.

Read from YAML, JSON, Markdown, plain text, Word, OpenDocument, Rich Text, HTML or a table (``load_outline`` picks by
the file's suffix), written the way people write outlines: ids in any case, ``questions`` or
``guiding_questions``, purpose and audience optional. Every form becomes the same plain data, checked here, so a
refusal always names the file, the section and the fix.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.atomic import replacing
from pipeline.drafting.outline_data import (
    OutlineError,
    audience_for,
    legacy_slug,
    new_section_id,
    normalise_outline,
    title_slug,
)

__all__ = [
    "Outline",
    "OutlineError",
    "SectionSpec",
    "keeping_stored_ids",
    "load_outline",
    "new_section_id",
    "save_outline",
]


class SectionSpec(BaseModel):
    """One section of the guidelines."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")  # kept as written; matched case-insensitively
    title: str = Field(min_length=1)
    audience: Literal["system", "provider", "both"] = "system"
    purpose: str = Field(min_length=1)
    questions: tuple[str, ...] = Field(min_length=1)

    @field_validator("purpose", "title")
    @classmethod
    def _single_spaced(cls, value: str) -> str:
        return " ".join(value.split())

    @field_validator("audience", mode="before")
    @classmethod
    def _audience_as_written(cls, value: object) -> object:
        return audience_for(value) if isinstance(value, str) else value


class Outline(BaseModel):
    """The whole outline, sections in order."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str = "Guidelines"
    version: str = "0.1"
    sections: tuple[SectionSpec, ...] = Field(min_length=1)

    @field_validator("sections")
    @classmethod
    def _unique_ids(cls, sections: tuple[SectionSpec, ...]) -> tuple[SectionSpec, ...]:
        ids = [s.id.casefold() for s in sections]  # "S1" and "s1" name one section
        duplicates = sorted({s.id for s in sections if ids.count(s.id.casefold()) > 1})
        if duplicates:
            raise ValueError(f"section ids must be unique; repeated: {', '.join(duplicates)}")
        return sections

    def section(self, section_id: str) -> SectionSpec:
        """The section with this id, or an OutlineError listing the known ids."""
        for s in self.sections:
            if s.id.casefold() == section_id.casefold():
                return s
        raise OutlineError(f"no section '{section_id}' in the outline; known: {', '.join(s.id for s in self.sections)}")


def outline_from_data(data: object, path: Path) -> Outline:
    """An Outline from data as people write it (see ``outline_data``); OutlineError names the file and section."""
    fields = normalise_outline(data, path)
    try:
        return Outline.model_validate(fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = first["loc"]
        if len(loc) >= 2 and loc[0] == "sections" and isinstance(loc[1], int):
            section = fields["sections"][loc[1]]
            where = f"section {loc[1] + 1} ('{section['title']}'), {'.'.join(map(str, loc[2:])) or 'section'}"
        else:
            where = ".".join(map(str, loc))
        raise OutlineError(f"{path}: {where}: {first['msg']}") from exc


def load_outline(path: Path | str) -> Outline:
    """Read and check an outline: YAML (.yaml, .yml), JSON as written by hand or a survey tool exports it
    (.json), Markdown or plain text (.md, .markdown, .txt), Word (.docx), OpenDocument text (.odt), Rich Text
    (.rtf), a web page (.html, .htm), a PDF with a text layer (.pdf), a saved e-mail (.eml), a slide deck (.pptx,
    .odp) or a table of questions (.csv, .tsv, .xlsx, .ods)."""
    path = Path(path)
    return outline_from_data(outline_data(path), path)


def outline_data(path: Path) -> object:
    """The outline data of ``path`` as written (before it is checked), read by the file's form; OutlineError names
    the file and the forms that are read."""
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown", ".txt"):
        from pipeline.drafting.outline_markdown import read_markdown_outline

        return read_markdown_outline(path)
    if suffix in (".docx", ".docm"):
        from pipeline.drafting.outline_word import read_word_outline

        return read_word_outline(path)
    if suffix in (".csv", ".tsv", ".xlsx", ".xlsm", ".ods"):
        from pipeline.drafting.outline_sheet import read_sheet_outline

        return read_sheet_outline(path)
    if suffix == ".odt":
        from pipeline.drafting.outline_odt import read_odt_outline

        return read_odt_outline(path)
    if suffix == ".rtf":
        from pipeline.drafting.outline_rtf import read_rtf_outline

        return read_rtf_outline(path)
    if suffix in (".html", ".htm", ".xhtml"):
        from pipeline.drafting.outline_html import read_html_outline

        return read_html_outline(path)
    if suffix == ".json":
        from pipeline.drafting.outline_json import read_json_outline

        return read_json_outline(path)
    if suffix == ".pdf":
        from pipeline.drafting.outline_pdf import read_pdf_outline

        return read_pdf_outline(path)
    if suffix in (".pptx", ".pptm", ".odp"):
        from pipeline.drafting.outline_slides import read_slides_outline

        return read_slides_outline(path)
    if suffix == ".eml":
        from pipeline.drafting.outline_eml import read_eml_outline

        return read_eml_outline(path)
    if suffix not in (".yaml", ".yml"):
        raise OutlineError(
            f"{path}: an outline is read from a .yaml, .json, .md, .txt, .docx, .odt, .rtf, .html, .pdf, .eml, "
            ".pptx or .odp file, or a table (.csv, .tsv, .xlsx, .ods); save or export it as one of those"
        )
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise OutlineError(f"{path}: cannot read outline ({exc.strerror or exc})") from exc
    except UnicodeDecodeError:
        raise OutlineError(f"{path}: not UTF-8 text; save the outline as UTF-8") from None
    except yaml.YAMLError as exc:
        raise OutlineError(f"{path}: not valid YAML ({exc})") from exc


def keeping_stored_ids(outline: Outline, stored: Iterable[str]) -> Outline:
    """``outline`` with each id made from a title given back the form it had before ids were cut between words
    ("micro-credentials-in-the-qualifications-"), when drafts or the workspace's outline are stored under that
    form (``stored``): an outline read again keeps the drafts made from it."""
    known = {sid.casefold() for sid in stored}
    ids = {s.id.casefold() for s in outline.sections}
    sections = []
    for section in outline.sections:
        new, old = title_slug(section.title), legacy_slug(section.title)
        sid = section.id
        if new and old != new and sid.casefold().startswith(new) and sid.casefold() not in known:
            former = old + sid[len(new) :]  # "-2" after a repeated title stays
            if former.casefold() in known and former.casefold() not in ids:
                sid = former
        sections.append(section if sid == section.id else section.model_copy(update={"id": sid}))
    return outline.model_copy(update={"sections": tuple(sections)})


def save_outline(outline: Outline, path: Path) -> None:
    """Write the outline as YAML (atomically: a crash never leaves half a file)."""
    data = outline.model_dump(mode="json")
    with replacing(path) as tmp:
        tmp.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")


def audience_words(audience: str) -> str:
    """An audience as a reader says it: "system level", "provider level", "system and provider levels"."""
    return "system and provider levels" if audience == "both" else f"{audience} level"
