"""Read a reviewed Word export: its export map, sections, sentences with their footnotes, and comments.

The conventions are those of ``docs/export-format.md``. Sections are found by their ``gd_sec_<n>``
bookmark (or, when a reviewer retyped the heading and lost it, by the exported title); a section runs
until the next ``Heading 1``. Tracked deletions are skipped, tracked insertions read as text, so a
document with unaccepted changes reads as Word shows it with the markup applied.
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from pipeline.drafting.support import split_sentences
from pipeline.word.export.footnotes import REFERENCE_SEPARATOR

__all__ = ["ReviewFileError", "ReviewedDocument", "normalise", "read_review", "segment"]

MAP_NAMESPACE = "urn:guideline-drafter:export"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
EXPORTER_AUTHOR = "Guideline Drafter"  # comments the export wrote itself are not reviewers' comments
_SECTION_MARK = re.compile(r"gd_sec_(\d+)$")
_SKIPPED = {f"{{{W}}}{tag}" for tag in ("del", "moveFrom", "rPr", "pPr", "instrText", "delInstrText")}
_CLOSERS = ".!?:;\"'”’)]"
_NOT_DRAFT = ("Audience:", "No contribution addresses")
_NOT_DRAFT_STYLES = ("gap", "guiding question")  # gap lines and the captions above paragraphs
_NOTE_REF = re.compile(r"NOTEREF\s+_GdNote(\d+)\b")


class ReviewFileError(ValueError):
    """The file is not a readable Word export of this tool; the message names the file."""


@dataclass(frozen=True)
class ExportedSentence:
    """A sentence as the export map recorded it."""

    bookmark: str
    p: int
    s: int
    text: str
    citations: tuple[str, ...]
    footnotes: tuple[int, ...]


@dataclass(frozen=True)
class ExportedSection:
    """A section as the export map recorded it: which revision was exported and its sentences."""

    n: int
    section_id: str
    title: str
    revision: int
    sentences: tuple[ExportedSentence, ...]
    captions: tuple[str, ...] = ()  # question and topic captions (map version 2), never draft text
    register: bool = True  # a "Points of divergence" heading opens the register's block (not draft text)


@dataclass(frozen=True)
class ExportMap:
    """The custom XML part the exporter wrote: what was exported, and footnote id -> chunk id."""

    workspace_id: str
    exported_at: str
    sections: tuple[ExportedSection, ...]
    footnotes: dict[int, str]
    footnote_texts: dict[int, str] | None = None  # note id -> its text as exported (version 2), else None


@dataclass(frozen=True)
class ReadSentence:
    """A sentence of the reviewed text and the footnote ids that follow it."""

    text: str
    footnotes: tuple[int, ...] = ()


@dataclass(frozen=True)
class ReviewComment:
    """A reviewer's comment, the text it is anchored to, and where (0-based paragraph and sentence)."""

    comment_id: int
    author: str
    text: str
    anchor: str
    section: int | None = None  # export number n of the section, None outside every section
    paragraph: int | None = None  # None: on the heading, audience, gap or divergence lines
    sentence: int | None = None


@dataclass(frozen=True)
class ReadSection:
    """One exported section as it reads now: paragraphs of sentences."""

    n: int
    found_by: str  # "bookmark" or "title"
    paragraphs: tuple[tuple[ReadSentence, ...], ...]


@dataclass(frozen=True)
class ReviewedDocument:
    """Everything the importer needs from a reviewed file."""

    path: Path
    export: ExportMap
    sections: dict[int, ReadSection]
    comments: tuple[ReviewComment, ...]
    footnote_texts: dict[int, str]  # footnote id -> its text now (whitespace collapsed)
    footnote_refs: dict[int, int] | None = None  # footnote id -> the exported note it refers back to (NOTEREF)


def read_review(path: Path) -> ReviewedDocument:
    """Read a reviewed export. Raises :class:`ReviewFileError` if it is not a .docx with an export map."""
    path = Path(path)
    if not path.is_file():
        raise ReviewFileError(f"{path}: file not found")
    if not zipfile.is_zipfile(path):
        raise ReviewFileError(f"{path}: not a Word .docx file")
    try:
        document = Document(str(path))
    except Exception as exc:  # python-docx raises several types for a zip that is not a Word document
        raise ReviewFileError(f"{path}: not a Word .docx file ({exc})") from exc
    export = _export_map(document, path)
    styles = {s.style_id: s.name or "" for s in document.styles}
    walker = _BodyWalker(export, styles)
    walker.walk(document.element.body)
    sections = walker.sections()
    texts = {
        c.comment_id: ("\n".join(p.text for p in c.paragraphs).strip(), c.author or "")
        for c in document.comments
        if (c.author or "") != EXPORTER_AUTHOR
    }
    comments = tuple(walker.comment(cid, text, author) for cid, (text, author) in sorted(texts.items()))
    texts, refs = _footnote_texts(document)
    return ReviewedDocument(path, export, sections, comments, texts, refs)


def _footnote_texts(document: DocxDocument) -> tuple[dict[int, str], dict[int, int]]:
    """Each note's text now, and for a note referring back ("See note 12") the exported id it names.

    The reference is read from the NOTEREF field's bookmark (``_GdNote<id>``), which keeps the exported id
    when Word renumbers notes and updates the field's shown number.
    """
    for rel in document.part.rels.values():
        if rel.reltype == RT.FOOTNOTES and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            texts, refs = {}, {}
            for note in root.iter(f"{{{W}}}footnote"):
                fid = int(note.get(f"{{{W}}}id"))
                texts[fid] = normalise("".join(t.text or "" for t in note.iter(f"{{{W}}}t")))
                found = _NOTE_REF.search(" ".join(t.text or "" for t in note.iter(f"{{{W}}}instrText")))
                if found:
                    refs[fid] = int(found.group(1))
            return texts, refs
    return {}, {}


def _export_map(document: DocxDocument, path: Path) -> ExportMap:
    part = document.part
    # an editor saving the file may rename or relate the item differently: recognise it by its content
    candidates = [rel.target_part for rel in part.rels.values() if rel.reltype == RT.CUSTOM_XML and not rel.is_external]
    candidates += [p for p in part.package.iter_parts() if str(p.partname).startswith("/customXml/item")]
    for candidate in candidates:
        try:
            root = etree.fromstring(candidate.blob)
        except (etree.XMLSyntaxError, ValueError):
            continue
        if root.tag == f"{{{MAP_NAMESPACE}}}export":
            try:
                return _parse_map(json.loads(root.text or ""))  # version 1 maps lack fields 2 added
            except (ValueError, KeyError, TypeError) as exc:
                raise ReviewFileError(f"{path}: the export map is damaged ({exc})") from exc
    raise ReviewFileError(f"{path}: no export map: not a file written by `guidelines export`, or saved without it")


def _parse_map(data: dict) -> ExportMap:
    def sentence(s: dict) -> ExportedSentence:
        citations, footnotes = s.get("citations", ()), s.get("footnotes", ())
        return ExportedSentence(
            str(s.get("bookmark", "")), int(s["p"]), int(s["s"]), str(s["text"]),
            tuple(str(c) for c in citations), tuple(int(f) for f in footnotes),
        )  # fmt: skip

    sections = tuple(
        ExportedSection(
            int(x["n"]),
            str(x["section_id"]),
            str(x.get("title", "")),
            int(x["revision"]),
            tuple(sentence(s) for s in x.get("sentences", ())),
            tuple(normalise(str(c)) for c in x.get("captions", ())),
            bool(x.get("register", True)),
        )
        for x in data["sections"]
    )
    footnotes = {int(k): str(v) for k, v in data.get("footnotes", {}).items()}
    texts = {int(k): normalise(str(v)) for k, v in data["footnote_texts"].items()} if "footnote_texts" in data else None
    return ExportMap(str(data.get("workspace_id", "")), str(data.get("exported_at", "")), sections, footnotes, texts)


def normalise(text: str) -> str:
    """Whitespace collapsed, as sentences are compared."""
    return " ".join(text.split())


class _Paragraph:
    """One Word paragraph flattened: whitespace-collapsed text and marker offsets into it."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.footnotes: list[tuple[int, int]] = []  # (offset, footnote id)
        self.comment_starts: list[tuple[int, int]] = []  # (offset, comment id)

    @property
    def text(self) -> str:
        return "".join(self.chars).rstrip()

    def add(self, text: str) -> None:
        for ch in text:
            if ch.isspace():
                if self.chars and self.chars[-1] != " ":
                    self.chars.append(" ")
            else:
                self.chars.append(ch)


class _BodyWalker:
    """Walks the body once, in document order, collecting sections and where comments start."""

    def __init__(self, export: ExportMap, styles: dict[str, str]) -> None:
        self.export = export
        self.styles = styles
        self.by_n = {s.n: s for s in export.sections}
        self.by_title = {normalise(s.title).casefold(): s.n for s in export.sections}
        self.found: dict[int, tuple[str, list[_Paragraph]]] = {}
        self.current: int | None = None
        self.skipping = False  # inside a "Points of divergence" block
        self.open: dict[int, list[str]] = {}  # comment id -> anchored text so far
        self.anchors: dict[int, str] = {}
        # comment id -> (section n, draft paragraph or None, offset)
        self.starts: dict[int, tuple[int | None, _Paragraph | None, int]] = {}

    def walk(self, body: etree._Element) -> None:
        for child in body:
            if child.tag == f"{{{W}}}p":
                self._paragraph(child)
            elif child.tag == f"{{{W}}}sdt":  # content controls (Word wraps the TOC in one)
                content = child.find(f"{{{W}}}sdtContent")
                if content is not None:
                    self.walk(content)
            # tables (title page, annexes) hold no draft text

    def _paragraph(self, p: etree._Element) -> None:
        marker = p.find(f"{{{W}}}pPr/{{{W}}}pStyle")
        style = self.styles.get(marker.get(f"{{{W}}}val", ""), "") if marker is not None else ""
        flat = _Paragraph()
        self._flatten(p, flat)
        text = flat.text
        name = style.casefold()
        draft = None
        if name == "heading 1":
            self.current, self.skipping = self._section_of(p, text), False
            if self.current is not None:
                self.found[self.current] = ("bookmark" if self._marked(p) else "title", [])
        elif name == "heading 2" and text.startswith("Points of divergence"):
            # the register's block is not draft text; a drafted divergence paragraph (map version 2) is
            self.skipping = self.current is not None and self.by_n[self.current].register
        elif (
            self.current is not None
            and not self.skipping
            and self._is_draft(name, flat)
            and not (not flat.footnotes and normalise(text) in self.by_n[self.current].captions)
        ):
            draft = flat
            self.found[self.current][1].append(flat)
        for offset, cid in flat.comment_starts:
            self.starts.setdefault(cid, (self.current, draft, offset))

    @staticmethod
    def _is_draft(style: str, flat: _Paragraph) -> bool:
        """Draft text, not the audience line, a gap line, a reviewer's sub-heading or an empty paragraph."""
        text = flat.text
        if style.startswith("heading") or style in _NOT_DRAFT_STYLES or text.startswith(_NOT_DRAFT):
            return False
        return bool(text or flat.footnotes)

    def _section_of(self, p: etree._Element, text: str) -> int | None:
        n = self._marked(p)
        if n is not None:
            return n
        n = self.by_title.get(normalise(text).casefold())
        return n if n is not None and n not in self.found else None

    def _marked(self, p: etree._Element) -> int | None:
        for mark in p.iter(f"{{{W}}}bookmarkStart"):
            match = _SECTION_MARK.match(mark.get(f"{{{W}}}name", ""))
            if match and int(match.group(1)) in self.by_n and int(match.group(1)) not in self.found:
                return int(match.group(1))
        return None

    def _flatten(self, element: etree._Element, out: _Paragraph) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            local = tag.rsplit("}", 1)[-1]
            if local == "t":
                out.add(child.text or "")
                for buf in self.open.values():
                    buf.append(child.text or "")
            elif local in ("tab", "br", "cr"):
                out.add(" ")
            elif local == "r" and _is_reference_separator(child):
                continue  # the comma the exporter puts between adjacent footnote marks: not the reviewer's text
            elif local == "footnoteReference":
                out.footnotes.append((len(out.text), int(child.get(f"{{{W}}}id"))))
            elif local in ("commentRangeStart", "commentReference"):
                cid = int(child.get(f"{{{W}}}id"))
                # a reference without a range anchors the comment where it stands
                out.comment_starts.append((len(out.text), cid))
                if local == "commentRangeStart":
                    self.open[cid] = []
            elif local == "commentRangeEnd":
                cid = int(child.get(f"{{{W}}}id"))
                self.anchors[cid] = normalise("".join(self.open.pop(cid, [])))
            else:
                self._flatten(child, out)
        if element.tag == f"{{{W}}}p":
            for buf in self.open.values():
                buf.append(" ")  # a comment spanning paragraphs

    def sections(self) -> dict[int, ReadSection]:
        out = {}
        self.segments: dict[int, list[tuple[int, int]]] = {}  # id(paragraph) -> sentence spans
        for n, (how, paragraphs) in self.found.items():
            known = [normalise(s.text) for s in self.by_n[n].sentences]
            read = []
            for flat in paragraphs:
                spans = segment(flat.text, known)
                self.segments[id(flat)] = spans
                read.append(tuple(_with_footnotes(flat, spans)))
            out[n] = ReadSection(n, how, tuple(r for r in read if r))
        return out

    def comment(self, cid: int, text: str, author: str) -> ReviewComment:
        n, flat, offset = self.starts.get(cid, (None, None, 0))
        anchor = self.anchors.get(cid, "")
        if n is None or flat is None or not self.segments.get(id(flat)):
            return ReviewComment(cid, author, text, anchor, n)
        paragraphs = [p for p in self.found[n][1] if self.segments.get(id(p))]
        spans = self.segments[id(flat)]
        sentence = next((i for i, (_, end) in enumerate(spans) if end > offset), len(spans) - 1)
        return ReviewComment(cid, author, text, anchor, n, paragraphs.index(flat), sentence)


def segment(text: str, known: list[str]) -> list[tuple[int, int]]:
    """Sentence spans of ``text``: exported sentences recognised first, the rest by ``split_sentences``.

    Recognising the exported sentences keeps one that ``split_sentences`` would cut differently from
    reading as changed when the reviewer left it alone.
    """
    spans: list[tuple[int, int]] = []
    at = 0
    by_length = sorted({k for k in known if k}, key=len, reverse=True)  # longest first: one may prefix another
    while at < len(text):
        if text[at] == " ":
            at += 1
            continue
        rest = text[at:]
        match = next((k for k in by_length if _ends_at(rest, k)), None)
        piece = match or (split_sentences(rest) or [rest])[0]
        spans.append((at, at + len(piece)))
        at += len(piece)
    return spans


def _ends_at(rest: str, known: str) -> bool:
    """Whether ``rest`` starts with the whole sentence ``known``, not with the start of a longer one."""
    if not rest.startswith(known):
        return False
    after = rest[len(known) : len(known) + 1]
    # without end punctuation a reviewer may have continued the sentence: "Registers are kept" + " up to date."
    return after == "" or (after == " " and known[-1] in _CLOSERS)


def _is_reference_separator(run: etree._Element) -> bool:
    """A run holding only the separator between footnote marks, in superscript (by style or directly)."""
    text = "".join(t.text or "" for t in run.iter(f"{{{W}}}t"))
    if text.strip() != REFERENCE_SEPARATOR or any(True for _ in run.iter(f"{{{W}}}footnoteReference")):
        return False
    style = run.find(f"{{{W}}}rPr/{{{W}}}rStyle")
    vert = run.find(f"{{{W}}}rPr/{{{W}}}vertAlign")
    by_style = style is not None and "footnote" in (style.get(f"{{{W}}}val") or "").lower()
    return by_style or (vert is not None and vert.get(f"{{{W}}}val") == "superscript")


def _with_footnotes(flat: _Paragraph, spans: list[tuple[int, int]]) -> list[ReadSentence]:
    notes: list[list[int]] = [[] for _ in spans]
    for offset, fid in flat.footnotes:
        if spans:
            # a reference belongs to the sentence whose text it follows (the first one if it leads the paragraph)
            index = max((i for i, (start, _) in enumerate(spans) if start < offset), default=0)
            notes[index].append(fid)
    text = flat.text
    return [ReadSentence(text[a:b], tuple(f)) for (a, b), f in zip(spans, notes, strict=True)]
