"""Real Word footnotes: the ``word/footnotes.xml`` part, its wording, and the reference runs in the body.

python-docx has no footnote API. The part is built with lxml (text set through ``.text``, so escaped), related
from the main document part with the footnotes relationship type and declared with the footnotes content type;
``settings.xml`` lists the two separator footnotes as Word requires.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import nsmap, qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from pipeline.word.export.parts import add_xml_part, configure_settings, xml_safe

# Word itself writes the separator and continuation separator as -1 and 0, so real footnotes count from 1.
SEPARATOR_IDS = (-1, 0)
QUOTE_LIMIT = 200
FOOTNOTES_PART = "/word/footnotes.xml"


def quote(text: str, limit: int = QUOTE_LIMIT) -> str:
    """The passage on one line, cut at a word boundary to at most ``limit`` characters (then an ellipsis)."""
    flat = " ".join(xml_safe(text).split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[:limit]
    return cut.rstrip(" ,;:.-–—") + "…"


def footnote_wording(chunk_id: str, source: Mapping[str, str] | None) -> str:
    """``Contributor, Organisation (Country): Title, location. “quote”`` -- empty fields are left out."""
    if not source:
        return f"Passage {chunk_id} (its source was not kept with this revision)."
    field = {k: " ".join(xml_safe(str(source.get(k) or "")).split()) for k in source}
    who = ", ".join(x for x in (field.get("contributor"), field.get("organisation")) if x)
    if field.get("country"):
        who = f"{who} ({field['country']})" if who else field["country"]
    where = ", ".join(x for x in (field.get("title") or field.get("file"), field.get("location")) if x)
    head = f"{who}: {where}" if who and where else who or where or chunk_id
    passage = quote(source.get("text") or "")
    return f"{head}. “{passage}”" if passage else f"{head}."


REFERENCE_SEPARATOR = ","  # between adjacent footnote references in the body


class Footnotes:
    """Collects footnotes while the body is written, then attaches the part once."""

    def __init__(self) -> None:
        self._root = etree.Element(qn("w:footnotes"), nsmap={"w": nsmap["w"]})
        for special, kind in zip(SEPARATOR_IDS, ("separator", "continuationSeparator"), strict=True):
            self._root.append(self._special(special, kind))
        self._next = SEPARATOR_IDS[-1] + 1
        self._wording: dict[str, str] = {}
        self.count = 0

    @staticmethod
    def _special(footnote_id: int, kind: str) -> Any:
        note = etree.Element(qn("w:footnote"), {qn("w:type"): kind, qn("w:id"): str(footnote_id)})
        p = etree.SubElement(note, qn("w:p"))
        spacing = etree.SubElement(etree.SubElement(p, qn("w:pPr")), qn("w:spacing"))
        spacing.attrib.update({qn("w:after"): "0", qn("w:line"): "240", qn("w:lineRule"): "auto"})
        etree.SubElement(etree.SubElement(p, qn("w:r")), qn(f"w:{kind}"))
        return note

    def wording(self, chunk_id: str, source: Mapping[str, str] | None) -> str:
        """The footnote text for a passage; the first wording of a chunk id is reused for every later citation."""
        if chunk_id not in self._wording:
            self._wording[chunk_id] = footnote_wording(chunk_id, source)
        return self._wording[chunk_id]

    def add(self, text: str) -> int:
        """Append a footnote holding ``text`` (style FootnoteText) and return its ``w:id``."""
        footnote_id = self._next
        self._next += 1
        self.count += 1
        note = etree.SubElement(self._root, qn("w:footnote"), {qn("w:id"): str(footnote_id)})
        p = etree.SubElement(note, qn("w:p"))
        etree.SubElement(etree.SubElement(p, qn("w:pPr")), qn("w:pStyle"), {qn("w:val"): "FootnoteText"})
        mark = etree.SubElement(p, qn("w:r"))
        etree.SubElement(etree.SubElement(mark, qn("w:rPr")), qn("w:rStyle"), {qn("w:val"): "FootnoteReference"})
        etree.SubElement(mark, qn("w:footnoteRef"))
        body = etree.SubElement(p, qn("w:r"))
        t = etree.SubElement(body, qn("w:t"), {"{http://www.w3.org/XML/1998/namespace}space": "preserve"})
        t.text = " " + text  # the space Word puts between the number and the note
        return footnote_id

    @staticmethod
    def separator(paragraph: Paragraph) -> Run:
        """A superscript comma between two adjacent references, so that notes 2 and 3 do not read as "23".

        It is formatted as a reference (style and explicit superscript, which LibreOffice keeps on save);
        the re-import skips such a run (``pipeline.word.review.reader``), so it never becomes sentence text.
        """
        run = paragraph.add_run(REFERENCE_SEPARATOR)
        run._r.style = "FootnoteReference"
        run.font.superscript = True
        return run

    @staticmethod
    def reference(paragraph: Paragraph, footnote_id: int) -> Run:
        """Append a superscript reference run for footnote ``footnote_id`` to ``paragraph``."""
        run = paragraph.add_run()
        run._r.style = "FootnoteReference"  # by style id: a name lookup per reference is slow on long drafts
        run._r.append(run._r.makeelement(qn("w:footnoteReference"), {qn("w:id"): str(footnote_id)}))
        return run

    def attach(self, document: Document) -> None:
        """Add the footnotes part to ``document`` (call once, after the body is written)."""
        add_xml_part(document, FOOTNOTES_PART, CT.WML_FOOTNOTES, RT.FOOTNOTES, self._root)
        configure_settings(document, SEPARATOR_IDS)
