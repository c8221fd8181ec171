"""The guidelines' outline: sections with audience, purpose and guiding questions (a YAML file, validated)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from pipeline.atomic import replacing


class OutlineError(ValueError):
    """An outline file that cannot be used; the message names the file and the problem."""


class SectionSpec(BaseModel):
    """One section of the guidelines."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    title: str = Field(min_length=1)
    audience: Literal["system", "provider"]
    purpose: str = Field(min_length=1)
    questions: tuple[str, ...] = Field(min_length=1)

    @field_validator("purpose", "title")
    @classmethod
    def _single_spaced(cls, value: str) -> str:
        return " ".join(value.split())


class Outline(BaseModel):
    """The whole outline, sections in order."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str = "Guidelines"
    version: str = "0.1"
    sections: tuple[SectionSpec, ...] = Field(min_length=1)

    @field_validator("sections")
    @classmethod
    def _unique_ids(cls, sections: tuple[SectionSpec, ...]) -> tuple[SectionSpec, ...]:
        ids = [s.id for s in sections]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"section ids must be unique; repeated: {', '.join(duplicates)}")
        return sections

    def section(self, section_id: str) -> SectionSpec:
        """The section with this id, or an OutlineError listing the known ids."""
        for s in self.sections:
            if s.id == section_id:
                return s
        raise OutlineError(f"no section '{section_id}' in the outline; known: {', '.join(s.id for s in self.sections)}")


def new_section_id(title: str, taken: set[str]) -> str:
    """A section id made from ``title`` (lower case, dashes) that is not in ``taken``."""
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40] or "section"
    sid, n = base, 2
    while sid in taken:
        sid, n = f"{base}-{n}", n + 1
    return sid


def load_outline(path: Path) -> Outline:
    """Read and validate an outline YAML file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise OutlineError(f"{path}: cannot read outline ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        raise OutlineError(f"{path}: not valid YAML ({exc})") from exc
    try:
        return Outline.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise OutlineError(f"{path}: {where}: {first['msg']}") from exc


def save_outline(outline: Outline, path: Path) -> None:
    """Write the outline as YAML (atomically: a crash never leaves half a file)."""
    data = outline.model_dump(mode="json")
    with replacing(path) as tmp:
        tmp.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
