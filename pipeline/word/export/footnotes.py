"""Real Word footnotes: the ``word/footnotes.xml`` part, its wording, and the reference runs in the body.

python-docx has no footnote API. The part is built with lxml (text set through ``.text``, so escaped), related
from the main document part with the footnotes relationship type and declared with the footnotes content type;
``settings.xml`` lists the two separator footnotes as Word requires.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import nsmap, qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from pipeline.word.export.parts import add_xml_part, bookmark_end, bookmark_start, configure_settings, xml_safe

# Word itself writes the separator and continuation separator as -1 and 0, so real footnotes count from 1.
SEPARATOR_IDS = (-1, 0)
FOOTNOTES_PART = "/word/footnotes.xml"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
NOTE_BOOKMARK = "_GdNote{}"  # around a note's first reference in the body; Word hides names starting with "_"


TITLE_LIMIT = 70  # characters of a title in a note; the full title is in Annex 1


def short_title(title: str, limit: int = TITLE_LIMIT) -> str:
    """A long title as a short citation gives it: the main title before a subtitle, else cut at a word with "…"."""
    if len(title) <= limit:
        return title
    main = title.split(":", 1)[0].strip()
    if 15 <= len(main) <= limit:
        return main
    cut = title[:limit].rsplit(" ", 1)[0] if " " in title[:limit] else title[:limit]
    return cut.rstrip(" ,;:.-–—") + "…"


def source_line(chunk_id: str, source: Mapping[str, str] | None) -> str:
    """``Contributor, Organisation (Country): Title, location`` -- empty fields left out, a long title shortened."""
    if not source:
        return f"Passage {chunk_id} (its source was not kept with this revision)"
    field = {k: " ".join(xml_safe(str(source.get(k) or "")).split()) for k in source}
    who = ", ".join(x for x in (field.get("contributor"), field.get("organisation")) if x)
    if field.get("country"):
        who = f"{who} ({field['country']})" if who else field["country"]
    title = short_title(field["title"]) if field.get("title") else field.get("file")
    where = ", ".join(x for x in (title, field.get("location")) if x)
    return f"{who}: {where}" if who and where else who or where or chunk_id


def footnote_wording(chunk_id: str, source: Mapping[str, str] | None, quoted: str = "") -> str:
    """A first note on a passage: who and where, then the quoted sentence(s) that carry the claim."""
    head = source_line(chunk_id, source)
    head = head if head.endswith(("…", ".")) else f"{head}."
    quoted = " ".join(xml_safe(quoted).split())
    return f"{head} “{quoted}”" if quoted else head


def back_reference_parts(first_id: int, quoted: str = "") -> tuple[str, str]:
    """The text before and after the note number of a note referring back to note ``first_id``.

    "See note 12." when the same words are quoted again; "As note 12: “...”" when this citation rests on
    other words of the same passage.
    """
    quoted = " ".join(xml_safe(quoted).split())
    return ("As note ", f": “{quoted}”") if quoted else ("See note ", ".")


REFERENCE_SEPARATOR = ","  # between adjacent footnote references in the body


class Footnotes:
    """Collects footnotes while the body is written, then attaches the part once.

    ``texts`` keeps each note's text as a reader sees it (whitespace collapsed), for the export map: the
    re-import recognises a note Word renumbered by its text.
    """

    def __init__(self, bookmark_ids: Iterator[int]) -> None:
        self._root = etree.Element(qn("w:footnotes"), nsmap={"w": nsmap["w"]})
        for special, kind in zip(SEPARATOR_IDS, ("separator", "continuationSeparator"), strict=True):
            self._root.append(self._special(special, kind))
        self._next = SEPARATOR_IDS[-1] + 1
        self._bookmark_ids = bookmark_ids
        self._references: dict[int, Any] = {}  # note id -> its reference run in the body
        self._marked: set[int] = set()
        self.texts: dict[int, str] = {}
        self.count = 0

    @staticmethod
    def _special(footnote_id: int, kind: str) -> Any:
        note = etree.Element(qn("w:footnote"), {qn("w:type"): kind, qn("w:id"): str(footnote_id)})
        p = etree.SubElement(note, qn("w:p"))
        spacing = etree.SubElement(etree.SubElement(p, qn("w:pPr")), qn("w:spacing"))
        spacing.attrib.update({qn("w:after"): "0", qn("w:line"): "240", qn("w:lineRule"): "auto"})
        etree.SubElement(etree.SubElement(p, qn("w:r")), qn(f"w:{kind}"))
        return note

    def _note(self) -> tuple[int, Any]:
        footnote_id = self._next
        self._next += 1
        self.count += 1
        note = etree.SubElement(self._root, qn("w:footnote"), {qn("w:id"): str(footnote_id)})
        p = etree.SubElement(note, qn("w:p"))
        etree.SubElement(etree.SubElement(p, qn("w:pPr")), qn("w:pStyle"), {qn("w:val"): "FootnoteText"})
        mark = etree.SubElement(p, qn("w:r"))
        etree.SubElement(etree.SubElement(mark, qn("w:rPr")), qn("w:rStyle"), {qn("w:val"): "FootnoteReference"})
        etree.SubElement(mark, qn("w:footnoteRef"))
        return footnote_id, p

    @staticmethod
    def _run(p: Any, text: str) -> Any:
        run = etree.SubElement(p, qn("w:r"))
        t = etree.SubElement(run, qn("w:t"), {XML_SPACE: "preserve"})
        t.text = text
        return run

    def add(self, text: str) -> int:
        """Append a footnote holding ``text`` (style FootnoteText) and return its ``w:id``."""
        footnote_id, p = self._note()
        self._run(p, " " + text)  # the space Word puts between the number and the note
        self.texts[footnote_id] = " ".join(text.split())
        return footnote_id

    def add_back_reference(self, first_id: int, quoted: str = "") -> int:
        """A note referring back to note ``first_id`` ("See note 12."), its number a NOTEREF field.

        Word updates the field when notes are renumbered (a reviewer deleted one); the cached number is
        what viewers that do not update fields show. The first note's reference gets the bookmark it needs.
        """
        self._mark(first_id)
        before, after = back_reference_parts(first_id, quoted)
        footnote_id, p = self._note()
        self._run(p, " " + before)
        for kind, instruction in (("begin", None), (None, f" NOTEREF {NOTE_BOOKMARK.format(first_id)} \\h "),
                                  ("separate", None)):  # fmt: skip
            run = etree.SubElement(p, qn("w:r"))
            if instruction:
                instr = etree.SubElement(run, qn("w:instrText"), {XML_SPACE: "preserve"})
                instr.text = instruction
            else:
                etree.SubElement(run, qn("w:fldChar"), {qn("w:fldCharType"): kind})
        self._run(p, str(first_id))
        etree.SubElement(etree.SubElement(p, qn("w:r")), qn("w:fldChar"), {qn("w:fldCharType"): "end"})
        self._run(p, after)
        self.texts[footnote_id] = " ".join(f"{before}{first_id}{after}".split())
        return footnote_id

    def _mark(self, footnote_id: int) -> None:
        """Wrap note ``footnote_id``'s body reference in the bookmark NOTEREF fields point at (once)."""
        run = self._references.get(footnote_id)
        if run is None or footnote_id in self._marked:
            return
        self._marked.add(footnote_id)
        bookmark = next(self._bookmark_ids)
        run.addprevious(bookmark_start(bookmark, NOTE_BOOKMARK.format(footnote_id)))
        run.addnext(bookmark_end(bookmark))

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

    def reference(self, paragraph: Paragraph, footnote_id: int) -> Run:
        """Append a superscript reference run for footnote ``footnote_id`` to ``paragraph``."""
        run = paragraph.add_run()
        run._r.style = "FootnoteReference"  # by style id: a name lookup per reference is slow on long drafts
        run._r.append(run._r.makeelement(qn("w:footnoteReference"), {qn("w:id"): str(footnote_id)}))
        self._references[footnote_id] = run._r
        return run

    def attach(self, document: Document) -> None:
        """Add the footnotes part to ``document`` (call once, after the body is written)."""
        add_xml_part(document, FOOTNOTES_PART, CT.WML_FOOTNOTES, RT.FOOTNOTES, self._root)
        configure_settings(document, SEPARATOR_IDS)
