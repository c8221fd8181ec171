"""Prompt files: one Markdown file per task in ``prompts/``, with declared variables checked at load time.

A prompt file looks like this::

    ---
    name: draft_section          # must equal the file name without ``.md``
    version: 3                   # recorded with every revision drafted with it
    description: optional text
    variables: [title, evidence] # exactly the placeholders the template uses
    ---
    ## system
    Text of the system message. Literal braces are written {{ and }}.

    ## user
    Section: {title}
    {evidence}

The body is split on the lines ``## system`` and ``## user`` (in that order; only these two exact lines
split, so other headings may appear inside a section). A body with no ``## system`` line is all user
message. Placeholders are ``str.format`` fields that must be plain names: no indexing, attributes,
conversions or format specs, so a template can never reach into the values it is given.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

PROMPTS_DIR = Path(__file__).resolve().parents[1] / "prompts"

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n(.*)\Z", re.DOTALL)
_SECTION_LINE = re.compile(r"^##[ \t]+(system|user)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class PromptError(ValueError):
    """A prompt file that cannot be used, or values that do not fit it; the message names the file."""


class _Header(BaseModel):
    """The front matter of a prompt file (pydantic at the edge: it comes from a file)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    version: str = Field(min_length=1)
    description: str = ""
    variables: list[str] = Field(default_factory=list)

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: object) -> object:
        # ``version: 1`` in YAML is an int; the version is a label, not a number.
        return str(value) if isinstance(value, int | float) else value

    @field_validator("variables")
    @classmethod
    def _plain_unique_names(cls, names: list[str]) -> list[str]:
        bad = [n for n in names if not _IDENTIFIER.match(n)]
        if bad:
            raise ValueError(f"variable names must be identifiers: {', '.join(bad)}")
        repeated = sorted({n for n in names if names.count(n) > 1})
        if repeated:
            raise ValueError(f"variables declared twice: {', '.join(repeated)}")
        return names


@dataclass(frozen=True)
class RenderedPrompt:
    """A prompt with its values filled in, ready to send as a system and a user message."""

    system: str
    user: str


@dataclass(frozen=True)
class Prompt:
    """A validated prompt template."""

    name: str
    version: str
    variables: tuple[str, ...]
    system: str
    user: str
    path: Path
    description: str = ""

    @property
    def label(self) -> str:
        """``name@version``, what a revision records as its prompt version."""
        return f"{self.name}@{self.version}"

    def render(self, **values: object) -> RenderedPrompt:
        """Fill in the template; every declared variable must be given, and nothing else."""
        missing = sorted(set(self.variables) - values.keys())
        extra = sorted(values.keys() - set(self.variables))
        if missing or extra:
            parts = []
            if missing:
                parts.append(f"missing {', '.join(missing)}")
            if extra:
                parts.append(f"undeclared {', '.join(extra)}")
            raise PromptError(f"{self.path}: cannot render prompt '{self.label}': {'; '.join(parts)}")
        # Values are substituted once by str.format and never re-parsed, so braces inside them are safe.
        return RenderedPrompt(system=self.system.format(**values), user=self.user.format(**values))


def _placeholders(template: str, path: Path, part: str) -> set[str]:
    """The field names a template uses; anything but a plain ``{name}`` is an error naming the file."""
    names: set[str] = set()
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:  # a lone "{" or "}": literal braces must be doubled
        raise PromptError(f"{path}: {part} template: {exc} (write literal braces as {{{{ and }}}})") from exc
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if not _IDENTIFIER.match(field) or spec or conversion:
            shown = "{" + field + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            raise PromptError(
                f"{path}: {part} template: placeholder {shown} is not a plain variable name "
                "(write literal braces as {{ and }})"
            )
        names.add(field)
    return names


def _split_body(body: str, path: Path) -> tuple[str, str]:
    """Split the body into system and user text on the ``## system`` / ``## user`` lines."""
    marks = list(_SECTION_LINE.finditer(body))
    kinds = [m.group(1).lower() for m in marks]
    if not marks:
        return "", body.strip()
    if kinds not in (["user"], ["system", "user"]):
        raise PromptError(f"{path}: the body must have '## system' then '## user' (found: {', '.join(kinds)})")
    if body[: marks[0].start()].strip():
        raise PromptError(f"{path}: text before the first '## {kinds[0]}' line")
    if kinds == ["user"]:
        return "", body[marks[0].end() :].strip()
    return body[marks[0].end() : marks[1].start()].strip(), body[marks[1].end() :].strip()


def load_prompt_file(path: Path) -> Prompt:
    """Read and validate one prompt file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PromptError(f"{path}: cannot read prompt ({exc.strerror or exc})") from exc
    match = _FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if not match:
        raise PromptError(f"{path}: a prompt file starts with a '---' front matter block closed by '---'")
    try:
        header = _Header.model_validate(yaml.safe_load(match.group(1)) or {})
    except yaml.YAMLError as exc:
        raise PromptError(f"{path}: front matter is not valid YAML ({exc})") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "front matter"
        raise PromptError(f"{path}: {where}: {first['msg']}") from exc
    if header.name != path.stem:
        raise PromptError(f"{path}: front matter name '{header.name}' does not match the file name '{path.stem}'")
    system, user = _split_body(match.group(2), path)
    if not user:
        raise PromptError(f"{path}: the user message is empty")
    used = _placeholders(system, path, "system") | _placeholders(user, path, "user")
    declared = set(header.variables)
    if used - declared:
        raise PromptError(f"{path}: undeclared placeholders {', '.join(sorted(used - declared))} (declare them)")
    if declared - used:
        raise PromptError(f"{path}: declared variables never used: {', '.join(sorted(declared - used))}")
    return Prompt(
        name=header.name,
        version=header.version,
        variables=tuple(header.variables),
        system=system,
        user=user,
        path=path,
        description=header.description,
    )


def load_prompt(name: str, directory: Path | None = None) -> Prompt:
    """Load ``<directory>/<name>.md`` (default: the project's ``prompts/`` folder) and validate it."""
    if not _IDENTIFIER.match(name):
        raise PromptError(f"prompt names are identifiers such as 'draft_section', not '{name}'")
    return load_prompt_file((directory or PROMPTS_DIR) / f"{name}.md")
