"""Word content controls (structured document tags, ``w:sdt``): a template answered in controls.

A consultation template often prints its questions as fixed text (in a table cell, or a paragraph before the
answer) and gives each answer a content control. Two things in such a file are not the contributor's words:

- an unanswered control shows its placeholder ("Click or tap here to enter text."); Word marks it with
  ``w:showingPlcHdr`` in the control's properties. Its text is left out wherever it stands.
- the template's own prompts: in a document answered in controls (at least two answer controls, one of them
  holding an answer), the text inside a control is the answer and the text outside is the template's. Such a
  prompt is kept as a quoted line (``QUOTE_MARK``) over the answer, as a PDF form's label is: it helps find the
  passage but is never drafted or quoted in the contributor's name.

A control whose content is locked holds the template's own words (a prompt locked in place), not an answer.
Controls Word uses for its own building blocks (a table of contents, a cover page, a bibliography, an equation,
a citation) and controls bound to document properties are no answers; a file with none of the other kind is read
as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from docx.oxml.ns import qn

from ingest.model import QUOTE_MARK

_SDT = qn("w:sdt")
_SDT_PR = qn("w:sdtPr")
_SDT_CONTENT = qn("w:sdtContent")
_T = qn("w:t")
# the properties of controls that are Word's own building blocks or fields, never an answer
_NOT_ANSWERS = {
    qn("w:docPartObj"),
    qn("w:docPartList"),
    qn("w:bibliography"),
    qn("w:citation"),
    qn("w:equation"),
    qn("w:group"),
    qn("w:dataBinding"),  # bound to a document property (title, author) or custom XML: the file's, not an answer
    qn("w:picture"),
}
# what declares a control a field to fill: a placeholder, a title or tag the template's author gave it, or a kind
# of entry (plain text, date, list, check box); a bare w:sdt (a generator's wrapper) declares none
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_FIELD_MARKS = {
    qn("w:placeholder"),
    qn("w:showingPlcHdr"),
    qn("w:alias"),
    qn("w:tag"),
    qn("w:text"),
    qn("w:richText"),
    qn("w:date"),
    qn("w:dropDownList"),
    qn("w:comboBox"),
    f"{{{_W14}}}checkbox",
}
_OFF = {"0", "false", "off"}
_LOCKED = {"contentLocked", "sdtContentLocked"}
MIN_CONTROLS = 2  # a single control is too little to tell a template answered in controls


def showing_placeholder(sdt: Any) -> bool:
    """Whether the control ``sdt`` shows its placeholder (it is unanswered): ``w:showingPlcHdr`` not set off."""
    properties = sdt.find(_SDT_PR)
    flag = properties.find(qn("w:showingPlcHdr")) if properties is not None else None
    return flag is not None and (flag.get(qn("w:val")) or "true").lower() not in _OFF


def in_placeholder(element: Any) -> bool:
    """Whether ``element`` sits inside a control that shows its placeholder."""
    return any(showing_placeholder(a) for a in element.iterancestors(_SDT))


def is_answer_control(sdt: Any) -> bool:
    """Whether ``sdt`` is a control a template gives for an answer: it declares itself a field to fill (see
    ``_FIELD_MARKS``), its content is not locked, and it is none of Word's building blocks nor bound to the
    document's properties."""
    properties = sdt.find(_SDT_PR)
    if properties is None:
        return False
    tags = {child.tag for child in properties.iterchildren()}
    lock = properties.find(qn("w:lock"))
    if lock is not None and (lock.get(qn("w:val")) or "") in _LOCKED:
        return False  # its content cannot be edited: the template's own words (a prompt locked in place)
    return bool(tags & _FIELD_MARKS) and not tags & _NOT_ANSWERS


def _has_text(sdt: Any) -> bool:
    content = sdt.find(_SDT_CONTENT)
    return content is not None and any((t.text or "").strip() for t in content.iter(_T))


def answered_in_controls(body: Any) -> bool:
    """Whether the document is a template answered in content controls (see the module's doc)."""
    controls = [sdt for sdt in body.iter(_SDT) if is_answer_control(sdt)]
    if len(controls) < MIN_CONTROLS:
        return False
    if any(not is_answer_control(a) for sdt in controls for a in sdt.iterancestors(_SDT)):
        return False  # controls inside a building block (a cover page's fields): not a template's answers
    return any(not showing_placeholder(sdt) and _has_text(sdt) for sdt in controls)


def in_answer(element: Any) -> bool:
    """Whether ``element`` sits inside an answer control (one not showing its placeholder)."""
    return any(is_answer_control(a) and not showing_placeholder(a) for a in element.iterancestors(_SDT))


def text_parts(element: Any, skip: set[str], chars: dict[str, str]) -> tuple[str, str]:
    """The template's text and the answer's text of a paragraph ``element``, each in reading order: what lies
    inside answer controls is the answer, the rest the template's; placeholders are left out, and so are the
    subtrees in ``skip``; ``chars`` maps elements that stand for a character (a tab, a break) to it. A paragraph
    inside an answer control is all answer, and one inside a control showing its placeholder is nothing (a table
    cell's control wraps whole paragraphs: their text is the placeholder, though no control lies inside them)."""
    if in_placeholder(element):
        return "", ""
    fixed: list[str] = []
    answer: list[str] = []

    def walk(node: Any, inside: bool) -> None:
        for child in node.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in skip or tag == _SDT_PR:
                continue
            if tag == _SDT:
                if not showing_placeholder(child):
                    walk(child, inside or is_answer_control(child))
                continue
            target = answer if inside else fixed
            if tag == _T:
                target.append(child.text or "")
            elif tag in chars:
                target.append(chars[tag])
            else:
                walk(child, inside)

    walk(element, in_answer(element))
    return "".join(fixed), "".join(answer)


def quoted(text: str) -> str:
    """``text`` as quoted lines: each of its lines opened by QUOTE_MARK."""
    return "\n".join(QUOTE_MARK + line for line in text.split("\n") if line.strip())


def labelled(fixed: str, answer: str) -> str:
    """A prompt over its answer: the template's words quoted, the answer below; either may be empty."""
    return "\n".join(part for part in (quoted(fixed) if fixed else "", answer) if part)


def labelled_row(cells: Iterable[tuple[str, str]]) -> str:
    """A table row of a template: its prompt cells quoted on one line, the answer cells below, " | "-joined."""
    pairs = list(cells)
    fixed = " | ".join(f for f, _ in pairs if f)
    answers = " | ".join(a for _, a in pairs if a)
    return labelled(fixed, answers)
