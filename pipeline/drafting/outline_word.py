"""Outlines kept in Word (.docx): a Title paragraph (else the document's title property), a Heading 1 per
section (or sections in bold, as a numbered list, or typed "1. Title"), its guiding questions as list items,
lines ending in ``?`` or a table's question column, an optional ``Audience:`` line, other text as its purpose.
Read through the same rules as the other word-processor and Markdown outlines (``outline_blocks``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.drafting.outline_blocks import Block, blocks_to_data
from pipeline.drafting.outline_data import OutlineError

__all__ = ["read_word_outline"]


def _list_level(paragraph: Any) -> int:
    """The list level of a bulleted or numbered paragraph (a list style, or numbering set on it); else -1."""
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        ilvl = ppr.numPr.ilvl
        return int(ilvl.val) if ilvl is not None and ilvl.val is not None else 0
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if "list" in style.lower():
        digits = "".join(c for c in style if c.isdigit())  # "List Bullet 2" is one level down
        return int(digits) - 1 if digits else 0
    return -1


def _heading_level(paragraph: Any) -> int:
    """1 for Heading 1 and so on; 0 for the Title style; -1 for body text."""
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style.lower() == "title":
        return 0
    parts = style.split()
    if len(parts) == 2 and parts[0].lower() == "heading" and parts[1].isdigit():
        return int(parts[1])
    return _outline_level(paragraph)


def _outline_level(paragraph: Any) -> int:
    """The outline level a paragraph or its style sets (a custom heading style, a translated one): 1 for the
    top level; -1 for body text (Word's level 9)."""
    from docx.oxml.ns import qn

    elements = [paragraph._p]
    style = paragraph.style
    while style is not None:
        elements.append(style.element)
        style = style.base_style
    for element in elements:
        ppr = element.find(qn("w:pPr"))
        found = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
        if found is not None:
            level = int(found.get(qn("w:val"), "9"))
            return level + 1 if level < 9 else -1
    return -1


def _every_run(paragraph: Any, face: str) -> bool:
    """Every run holding text is in ``face`` ("bold", "italic"), by itself or through the paragraph's style."""
    style, style_face = paragraph.style, None
    while style is not None and style_face is None:
        style_face = getattr(style.font, face)
        style = style.base_style
    runs = [run for run in paragraph.runs if run.text.strip()]
    own = [getattr(run, face) for run in runs]
    return bool(runs) and all(value if value is not None else bool(style_face) for value in own)


def _is_bold(paragraph: Any) -> bool:
    """Every run holding text is bold, by itself or through the paragraph's style."""
    return _every_run(paragraph, "bold")


def _is_italic(paragraph: Any) -> bool:
    """Every run holding text is in italics, by itself or through the paragraph's style."""
    return _every_run(paragraph, "italic")


def _blocks(document: Any) -> list[Block]:
    """The body's paragraphs and tables in reading order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from ingest.readers.docx_body import paragraph_text
    from ingest.readers.docx_changes import mark_deleted

    blocks = []
    carry = ""  # a paragraph whose mark is a tracked deletion runs on into the next one, once accepted
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(element, document)
            # read as the outline stands once its tracked changes are accepted: inserted questions asked, deleted
            # ones not (python-docx's own text leaves out the inserted runs)
            own = " ".join(paragraph_text(element).split())
            if mark_deleted(element):
                carry = f"{carry} {own}".strip()
                continue
            text = " ".join(f"{carry} {own}".split()).lstrip("#").strip()
            carry = ""
            if text:
                level = _heading_level(paragraph)
                listed = _list_level(paragraph) if level < 0 else -1
                italic = level < 0 and _is_italic(paragraph)
                blocks.append(Block(text, level, listed, _is_bold(paragraph), italic=italic))
        elif tag == "tbl":
            rows = tuple(
                tuple("\n".join(" ".join(paragraph_text(p._p).split()) for p in cell.paragraphs) for cell in row.cells)
                for row in Table(element, document).rows
            )
            blocks.append(Block(rows=rows))
    return blocks


def read_word_outline(path: Path) -> dict[str, Any]:
    """Outline data from a .docx file; OutlineError names the file and what is missing."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise OutlineError(f"{path}: not a Word .docx file that can be opened ({exc}); save it again as .docx") from exc
    title = " ".join((document.core_properties.title or "").split())
    return blocks_to_data(_blocks(document), path, title)
