"""A Word body's XML read as the reader walks it: paragraphs' visible text, blocks in document order, tables' rows.

python-docx gives paragraphs and tables of the body's top level only; a contribution also holds text in content
controls, custom XML, text boxes, diagrams and charts anchored in a paragraph, and nested tables. This walk reads
them in document order (the Word reader, ingest.readers.docx, then gives each block its role: heading, body
paragraph, table, signature, footnote), and reads footnotes and endnotes the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.table import Table
from docx.text.paragraph import Paragraph

from ingest.readers.docx_controls import in_answer, in_placeholder, labelled_row, text_parts
from ingest.readers.docx_controls import showing_placeholder as _placeholder
from ingest.readers.docx_drawings import GRAPHIC_DATA as _GRAPHIC_DATA
from ingest.readers.docx_drawings import graphic_text as _graphic_text
from ingest.readers.text import clean_text

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
TXBX = qn("w:txbxContent")
_W_T = qn("w:t")
_SDT = qn("w:sdt")
# Subtrees whose text is not the paragraph's own: deleted or moved-away text, the Fallback copy of
# mc:AlternateContent, and drawings (text boxes, diagrams and charts are read as blocks of their own).
SKIP = {qn("w:del"), qn("w:moveFrom"), _MC_FALLBACK, qn("w:drawing"), qn("w:pict"), qn("w:object"), TXBX}
SKIP |= {qn("w:rPr"), qn("w:pPr"), qn("w:instrText"), qn("w:delText")}
CHARS = {qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}
NOTE_KINDS = (("footnote", RT.FOOTNOTES), ("endnote", RT.ENDNOTES))
_SEPARATOR_TYPES = ("separator", "continuationSeparator", "continuationNotice")

Block = Paragraph | Table | str  # a str is text read from a diagram or chart anchored in the paragraph before


def paragraph_text(p: Any) -> str:
    """The paragraph's visible text: runs, hyperlinks, inline content controls, fields' results and
    tracked insertions; not deleted text, field codes, nor the text of drawings anchored in it."""
    parts: list[str] = []
    if in_placeholder(p):
        return ""  # an unanswered content control's placeholder ("Click or tap here to enter text.")

    def walk(element: Any) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if tag in SKIP or not isinstance(tag, str) or (tag == _SDT and _placeholder(child)):
                continue
            if tag == _W_T:
                parts.append(child.text or "")
            elif tag in CHARS:
                parts.append(CHARS[tag])
            else:
                walk(child)

    walk(p)
    return "".join(parts)


def _under(element: Any, stop: Any, tags: set[str]) -> bool:
    """Whether ``element`` has an ancestor with one of ``tags`` below ``stop``."""
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _anchored(p: Any, parent: Any, part: Any) -> Iterator[Block]:
    """Text boxes, diagrams and charts anchored in paragraph ``p``, in document order.

    The Fallback copy of mc:AlternateContent (the same text box as VML) is skipped, and so are text
    boxes inside text boxes: reading the outer one reads them.
    """
    for element in p.iter(TXBX, _GRAPHIC_DATA):
        if _under(element, p, {_MC_FALLBACK, TXBX}):
            continue
        if element.tag == TXBX:
            yield from body_blocks(element, parent, part)
        elif part is not None:
            text = _graphic_text(element, part)
            if text:
                yield text


def body_blocks(element: Any, parent: Any, part: Any = None) -> Iterator[Block]:
    """Paragraphs and tables of a body in document order, looking inside content controls (w:sdt) and
    following each paragraph with what is anchored in it (text boxes, diagrams, charts)."""
    for child in element.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, parent)
            yield from _anchored(child, parent, part)
        elif child.tag == qn("w:tbl"):
            yield Table(child, parent)
        elif child.tag in (qn("w:sdt"), qn("w:customXml")):
            content = child.find(qn("w:sdtContent")) if child.tag == qn("w:sdt") else child
            if content is not None:
                yield from body_blocks(content, parent, part)


def _children(element: Any, tag: str) -> Iterator[Any]:
    """Children with ``tag``, also those wrapped in content controls or custom XML (rows, cells)."""
    for child in element.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == qn("w:customXml"):
            yield from _children(child, tag)


def _int_attr(element: Any, path: str, default: int) -> int:
    found = element.find(path)
    try:
        return int(found.get(qn("w:val"))) if found is not None else default
    except (TypeError, ValueError):
        return default


def one_line(text: str) -> str:
    return clean_text(text).replace("\n", " ")


def _cell_text(tc: Any, parent: Any, part: Any) -> str:
    """A cell's paragraphs, nested tables and anchored text, flattened to one line."""
    parts: list[str] = []
    for item in body_blocks(tc, parent, part):
        if isinstance(item, Table):
            parts.append("; ".join(table_rows(item, part)))
        elif isinstance(item, str):
            parts.append(one_line(item))
        else:
            parts.append(one_line(paragraph_text(item._p)))
    return " ".join(part for part in parts if part)


def _cell_parts(tc: Any, parent: Any, part: Any) -> tuple[str, str]:
    """A template's cell (see :mod:`ingest.readers.docx_controls`): its own text and the answers in its controls,
    each on one line; a nested table in no answer control and anchored text count as the template's."""
    fixed: list[str] = []
    answers: list[str] = []
    for item in body_blocks(tc, parent, part):
        if isinstance(item, Paragraph):
            own, answer = text_parts(item._p, SKIP, CHARS)
            fixed.append(one_line(own))
            answers.append(one_line(answer))
        elif isinstance(item, Table):
            (answers if in_answer(item._tbl) else fixed).append("; ".join(table_rows(item, part)))
        else:
            fixed.append(one_line(item))
    return " ".join(f for f in fixed if f), " ".join(a for a in answers if a)


def table_rows(table: Table, part: Any = None, template: bool = False) -> list[str]:
    """Rows as " | "-joined cell texts, read from the XML so rows and cells in content controls count.

    A horizontally merged cell counts once; a vertically merged one repeats its text on each row it spans,
    so every row reads whole. In a ``template`` answered in content controls, a row's prompt cells are a quoted
    line over its answers (:func:`ingest.readers.docx_controls.labelled_row`).
    """
    rows: list[str] = []
    merged: dict[int, tuple[str, str]] = {}  # grid column -> text of the vertical merge started there
    for tr in _children(table._tbl, qn("w:tr")):
        cells: list[tuple[str, str]] = []
        column = 0
        for tc in _children(tr, qn("w:tc")):
            span = max(_int_attr(tc, f"{qn('w:tcPr')}/{qn('w:gridSpan')}", 1), 1)
            v_merge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
            if v_merge is not None and v_merge.get(qn("w:val")) in (None, "continue"):
                text = merged.get(column, ("", ""))
            else:
                text = _cell_parts(tc, table, part) if template else (_cell_text(tc, table, part), "")
                if v_merge is not None:
                    merged[column] = text
            cells.append(text)
            column += span
        if template and any(f or a for f, a in cells):
            rows.append(labelled_row(cells))
        elif any(f for f, _ in cells):
            rows.append(" | ".join(f for f, _ in cells))
    return rows


def note_texts(document: Any) -> dict[str, dict[str, str]]:
    """Text of each footnote and endnote by kind and id; separators and empty notes left out."""
    notes: dict[str, dict[str, str]] = {}
    for kind, reltype in NOTE_KINDS:
        notes[kind] = {}
        try:
            part = document.part.part_related_by(reltype)
        except KeyError:
            continue
        root = parse_xml(part.blob)
        for note in root.iterchildren(qn(f"w:{kind}")):
            if note.get(qn("w:type")) in _SEPARATOR_TYPES:
                continue
            lines = []
            for item in body_blocks(note, document):
                if isinstance(item, Table):
                    lines.extend(table_rows(item))
                elif isinstance(item, Paragraph):
                    lines.append(clean_text(paragraph_text(item._p)))
            text = clean_text("\n".join(lines))
            if text:
                notes[kind][note.get(qn("w:id"), "")] = text
    return notes
