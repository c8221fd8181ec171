"""Outlines kept in Markdown: ``# title``, ``## section``, an optional ``Audience:`` line, questions as list
items or lines ending in ``?``; other text of a section is its purpose.

A file with no ``##`` heading but several ``#`` headings takes each ``#`` as a section (people write both).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pipeline.drafting.outline_data import OutlineError

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+\u2022]|\d+[.)])\s+(.*)$")
# "Audience: provider", "**Audience:** provider", "- Audience: provider"; also Id and Purpose lines
_FIELD = re.compile(
    r"^\s*(?:[-*+]\s+)?[*_]*(audience|target audience|id|section id|purpose|aim)\s*:[*_]*\s*(.*?)\s*[*_]*$", re.I
)
_QUESTIONS_HEADING = re.compile(r"^(guiding |key )?questions?\b", re.I)


def parse_lines(lines: list[str], source: Path) -> dict[str, Any]:
    """Outline data (title and raw sections) from the lines of a Markdown-like outline."""
    levels = [len(m.group(1)) for m in map(_HEADING.match, lines) if m]
    if not levels:
        raise OutlineError(f"{source}: no headings; write '## Section title' above each section's questions")
    section_level = 2 if 2 in levels else min(levels)
    title = ""
    sections: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    purpose: list[str] = []
    fence = False

    def close() -> None:
        if current is not None and purpose and not current.get("purpose"):
            current["purpose"] = " ".join(purpose)
        purpose.clear()

    for raw in lines:
        line = raw.rstrip()
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
            continue
        if fence or not line.strip():
            continue
        heading = _HEADING.match(line)
        if heading:
            level, text = len(heading.group(1)), _strip_marks(heading.group(2))
            if level == section_level:
                close()
                current = {"title": text, "questions": []}
                sections.append(current)
            elif level < section_level and not title:
                title = text
            # deeper headings ("### Guiding questions") only group what follows
            continue
        if current is None:
            continue  # text before the first section introduces the document
        field = _FIELD.match(line)
        if field:
            key = field.group(1).lower()
            name = "audience" if "audience" in key else "id" if "id" in key else "purpose"
            current[name] = _strip_marks(field.group(2))
            continue
        item = _ITEM.match(line)
        text = _strip_marks(item.group(1) if item else line)
        if item or text.endswith("?"):
            current["questions"].append(text)
        elif not _QUESTIONS_HEADING.match(text):  # "Guiding questions:" is a label, not purpose
            purpose.append(text)
    close()
    out: dict[str, Any] = {"sections": sections}
    if title:
        out["title"] = title
    return out


def _strip_marks(text: str) -> str:
    """Text without emphasis marks around it or inline code ticks."""
    return " ".join(re.sub(r"(\*\*|__|`)", "", text).strip(" *_").split())


def read_markdown_outline(path: Path) -> dict[str, Any]:
    """Outline data from a Markdown file (see the module's docstring for what it understands)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise OutlineError(f"{path}: cannot read outline ({exc.strerror or exc})") from exc
    except UnicodeDecodeError:
        raise OutlineError(f"{path}: not UTF-8 text; save the outline as UTF-8") from None
    return parse_lines(text.splitlines(), path)
