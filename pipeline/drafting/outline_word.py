"""Outlines kept in Word (.docx): a Title paragraph (else the document's title property), a Heading 1 per
section, list items or lines ending in ``?`` as its guiding questions, an optional ``Audience:`` line, and
other text as its purpose. Read through the same rules as a Markdown outline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.drafting.outline_data import OutlineError
from pipeline.drafting.outline_markdown import parse_lines


def _is_list_item(paragraph: Any) -> bool:
    """Bulleted or numbered: a list style, or numbering set on the paragraph itself."""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if "list" in style.lower():
        return True
    ppr = paragraph._p.pPr
    return ppr is not None and ppr.numPr is not None


def _heading_level(paragraph: Any) -> int:
    """1 for Heading 1 and so on; 0 for the Title style; -1 for body text."""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style.lower() == "title":
        return 0
    parts = style.split()
    if len(parts) == 2 and parts[0].lower() == "heading" and parts[1].isdigit():
        return int(parts[1])
    return -1


def read_word_outline(path: Path) -> dict[str, Any]:
    """Outline data from a .docx file; OutlineError names the file and what is missing."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise OutlineError(f"{path}: not a Word .docx file that can be opened ({exc}); save it again as .docx") from exc
    lines: list[str] = []
    titled = False
    for paragraph in document.paragraphs:
        text = " ".join(paragraph.text.split()).lstrip("#").strip()
        if not text:
            continue
        level = _heading_level(paragraph)
        if level == 0:
            titled = True
            lines.append(f"# {text}")
        elif level > 0:
            lines.append(f"{'#' * min(level + 1, 6)} {text}")
        elif _is_list_item(paragraph):
            lines.append(f"- {text}")
        else:
            lines.append(text)  # a dash typed by hand still makes a list item
    if not any(line.startswith("## ") for line in lines):
        raise OutlineError(f"{path}: no Heading 1 paragraphs; give each section's title the Heading 1 style")
    data = parse_lines(lines, path)
    if not titled:
        data.pop("title", None)
        prop = " ".join((document.core_properties.title or "").split())
        if prop:
            data["title"] = prop
    return data
