"""Outlines kept in OpenDocument text (.odt, LibreOffice Writer): read as Word outlines are
(``outline_blocks``), from the file's own XML: headings by outline level, the Title style, list levels,
bold paragraphs and tables.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.drafting.outline_blocks import Block, blocks_to_data
from pipeline.drafting.outline_data import OutlineError

__all__ = ["read_odt_outline"]

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_MAX_XML = 50 * 1024 * 1024  # an outline is small; a larger part is a damaged or hostile file


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


def _part(archive: zipfile.ZipFile, name: str, path: Path) -> Any:
    """One XML part of the package, parsed without entities or network access; None when absent."""
    from lxml import etree

    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_XML:
        raise OutlineError(f"{path}: {name} is too large for an outline ({info.file_size} bytes)")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(archive.read(name), parser)
    except etree.XMLSyntaxError as exc:
        raise OutlineError(f"{path}: damaged OpenDocument file ({name}: {exc}); save it again as .odt") from exc


@dataclass(frozen=True)
class _Styles:
    """What a document's paragraph styles say: which are bold, which are the Title, which sit a list level down
    ("List Bullet 2", as Word's second-level list styles arrive in LibreOffice)."""

    bold: frozenset[str]
    titles: frozenset[str]
    levels: dict[str, int]
    italic: frozenset[str] = frozenset()


_LEVELLED = re.compile(r"^List_20_[A-Za-z_0-9]*?_20_(\d)$")


def _styles(*roots: Any) -> _Styles:
    """The styles' bold, Title and list-level facts, following each style's parent."""
    parent: dict[str, str] = {}
    bold: set[str] = set()
    italic: set[str] = set()
    for root in roots:
        if root is None:
            continue
        for style in root.iter(_q("style:style")):
            name = style.get(_q("style:name"), "")
            parent[name] = style.get(_q("style:parent-style-name"), "")
            props = style.find(_q("style:text-properties"))
            weight = props.get(_q("fo:font-weight"), "") if props is not None else ""
            if weight == "bold" or weight[:1] in "6789" and weight.isdigit():
                bold.add(name)
            if props is not None and props.get(_q("fo:font-style"), "") in ("italic", "oblique"):
                italic.add(name)

    def derived(name: str, targets: set[str]) -> bool:
        seen = set()
        while name and name not in seen:
            if name in targets:
                return True
            seen.add(name)
            name = parent.get(name, "")
        return False

    def level(name: str) -> int:
        seen = set()
        while name and name not in seen:
            found = _LEVELLED.match(name)
            if found:
                return int(found.group(1)) - 1
            seen.add(name)
            name = parent.get(name, "")
        return 0

    titles = {n for n in parent if derived(n, {"Title"})} | {"Title"}
    return _Styles(
        frozenset(n for n in parent if derived(n, bold)),
        frozenset(titles),
        {n: level(n) for n in parent if level(n)},
        frozenset(n for n in parent if derived(n, italic)),
    )


def _text(element: Any) -> str:
    """The element's text, footnotes left out, spaces, tabs and line breaks as spaces."""
    parts: list[str] = []

    def visit(node: Any) -> None:
        if node.tag == _q("text:note"):
            return
        if node.tag in (_q("text:s"), _q("text:tab"), _q("text:line-break")):
            parts.append(" ")
        parts.append(node.text or "")
        for child in node:
            visit(child)
            parts.append(child.tail or "")

    visit(element)
    return " ".join("".join(parts).split())


def _is_bold(paragraph: Any, bold: frozenset[str]) -> bool:
    """The paragraph's style is bold, or every piece of its text sits in a bold span (given the italic styles
    instead, whether it is in italics)."""
    if paragraph.get(_q("text:style-name"), "") in bold:
        return True
    if (paragraph.text or "").strip():
        return False
    spans = [s for s in paragraph if s.tag == _q("text:span")]
    return bool(spans) and all(
        s.get(_q("text:style-name"), "") in bold and not (s.tail or "").strip() for s in spans if _text(s)
    )


def _walk(element: Any, blocks: list[Block], styles: _Styles, depth: int = -1) -> None:
    for child in element:
        tag = child.tag
        if tag == _q("text:h"):
            level = int(child.get(_q("text:outline-level"), "1") or 1)
            blocks.append(Block(_text(child), heading=level))
        elif tag == _q("text:p"):
            style = child.get(_q("text:style-name"), "")
            heading = 0 if style in styles.titles else -1
            listed = max(depth, styles.levels.get(style, 0)) if depth >= 0 else -1
            bold, italic = _is_bold(child, styles.bold), heading < 0 and _is_bold(child, styles.italic)
            blocks.append(Block(_text(child), heading, listed if heading < 0 else -1, bold, italic=italic))
        elif tag == _q("text:list"):
            _walk(child, blocks, styles, depth + 1)
        elif tag in (_q("text:list-item"), _q("text:list-header"), _q("text:section")):
            _walk(child, blocks, styles, depth)
        elif tag == _q("table:table"):
            blocks.append(Block(rows=tuple(_cells(row) for row in child.iter(_q("table:table-row")))))


_MAX_SPAN = 64  # a cell said to span or repeat over more columns is a damaged file's or a whole sheet's row


def _cells(row: Any) -> tuple[str, ...]:
    """A table row's cell texts, one per column: a cell merged across columns repeats its text in each (as Word's
    rows do), so a row merged across the table reads as one; the covered cells under a merge are not read."""
    out: list[str] = []
    for cell in row.iter(_q("table:table-cell")):
        text = "\n".join(_text(p) for p in cell.iter(_q("text:p")))
        spanned = cell.get(_q("table:number-columns-spanned"), "1")
        width = int(spanned) if spanned.isdigit() else 1
        repeated = cell.get(_q("table:number-columns-repeated"), "1")
        width *= int(repeated) if repeated.isdigit() else 1
        out += [text] * max(1, min(width, _MAX_SPAN))
    return tuple(out)


def read_odt_outline(path: Path) -> dict[str, Any]:
    """Outline data from an .odt file; OutlineError names the file and what is missing."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
            if b"encryption-data" in manifest:
                raise OutlineError(f"{path}: the document is password-protected; save it without a password")
            content = _part(archive, "content.xml", path)
            styles = _part(archive, "styles.xml", path)
            meta = _part(archive, "meta.xml", path)
    except zipfile.BadZipFile as exc:
        raise OutlineError(f"{path}: not an OpenDocument .odt file that can be opened ({exc}); save it again") from exc
    except OSError as exc:
        raise OutlineError(f"{path}: cannot read outline ({exc.strerror or exc})") from exc
    body = content.find(f"{_q('office:body')}/{_q('office:text')}") if content is not None else None
    if body is None:
        raise OutlineError(f"{path}: no text body; an outline in OpenDocument is a Writer (.odt) document")
    blocks: list[Block] = []
    _walk(body, blocks, _styles(styles, content))
    title = ""
    if meta is not None:
        found = meta.find(f".//{_q('dc:title')}")
        title = " ".join((found.text or "").split()) if found is not None else ""
    return blocks_to_data(blocks, path, title)
