"""OpenDocument text and presentation files written as their XML parts, byte for byte reproducible.

The fourth held-out set has two contributions made in LibreOffice (an .odt paper with headings at two outline
levels, an .odp presentation with speaker notes) and the .odt source of its PDF (numbered paragraphs under
headings). An OpenDocument file is a zip of XML parts; writing them directly keeps the output independent of any
installed office suite, and ``eval.office_builds.stable_zip`` fixes entry times so unchanged text gives the same
bytes.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from eval.office_builds import stable_zip

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
)
_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
ODT_MIME = "application/vnd.oasis.opendocument.text"
ODP_MIME = "application/vnd.oasis.opendocument.presentation"

# Text styles: the title, two heading levels and body text, so that the PDF LibreOffice makes of a document
# shows headings in larger type (as a word processor's default template would).
_TEXT_STYLES = (
    "<office:automatic-styles>"
    '<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.4cm"/>'
    '<style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="H1" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.5cm" '
    'fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" '
    'fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="12.5pt" fo:font-weight="bold" '
    'fo:font-style="italic"/></style:style>'
    '<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.25cm" '
    'fo:text-align="justify"/><style:text-properties fo:font-size="11pt"/></style:style>'
    '<text:list-style style:name="Numbered"><text:list-level-style-number text:level="1" style:num-suffix="." '
    'style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
    '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" '
    'fo:text-indent="-0.8cm" fo:margin-left="0.8cm"/></style:list-level-properties>'
    "</text:list-level-style-number></text:list-style>"
    "</office:automatic-styles>"
)


def _meta(spec: dict) -> str:
    """meta.xml: the contribution's own title, author and date, never the building machine's."""
    when = f"{spec['date'].isoformat()}T09:00:00"
    return (
        f"{_HEAD}<office:document-meta {_NS}><office:meta>"
        f"<meta:generator>LibreOffice/7.6</meta:generator>"
        f"<dc:title>{escape(spec['title'])}</dc:title><meta:initial-creator>{escape(spec['author'])}"
        f"</meta:initial-creator><dc:creator>{escape(spec['author'])}</dc:creator>"
        f"<meta:creation-date>{when}</meta:creation-date><dc:date>{when}</dc:date>"
        "<dc:language>en-GB</dc:language></office:meta></office:document-meta>"
    )


def _package(mime: str, parts: dict[str, str]) -> bytes:
    """The zip: ``mimetype`` first and stored, then the XML parts and a manifest listing them."""
    entries = "".join(
        f'<manifest:file-entry manifest:full-path="{name}" manifest:media-type="text/xml"/>' for name in parts
    )
    manifest = (
        f'{_HEAD}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        f'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
        f"{entries}</manifest:manifest>"
    )
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)
        archive.writestr("META-INF/manifest.xml", manifest)
    return stable_zip(raw.getvalue(), first=("mimetype", mime.encode("ascii")))


def _text_blocks(blocks: list) -> str:
    """Body XML of a text document. A string is a body paragraph; ("title", t) the title; ("h1" | "h2" | "h", t)
    a heading at outline level 1 or 2 ("h" is 1); ("n", t) a paragraph of one numbered list running on through
    the document (a list broken by a heading continues its numbering, as in a word processor)."""
    out: list[str] = []
    in_list, lists = False, 0
    for block in blocks:
        kind, text = ("p", block) if isinstance(block, str) else block
        if kind != "n" and in_list:
            out.append("</text:list>")
            in_list = False
        if kind == "n":
            if not in_list:
                cont = ' text:continue-numbering="true"' if lists else ""
                out.append(f'<text:list text:style-name="Numbered"{cont}>')
                in_list, lists = True, lists + 1
            out.append(f'<text:list-item><text:p text:style-name="Body">{escape(text)}</text:p></text:list-item>')
        elif kind == "title":
            out.append(f'<text:p text:style-name="Title">{escape(text)}</text:p>')
        elif kind in ("h", "h1", "h2"):
            level = 2 if kind == "h2" else 1
            out.append(f'<text:h text:style-name="H{level}" text:outline-level="{level}">{escape(text)}</text:h>')
        else:
            out.append(f'<text:p text:style-name="Body">{escape(text)}</text:p>')
    if in_list:
        out.append("</text:list>")
    return "".join(out)


def build_odt(spec: dict) -> bytes:
    """An OpenDocument text from ``spec["blocks"]`` (see ``_text_blocks``), with its title, author and date."""
    content = (
        f"{_HEAD}<office:document-content {_NS}>{_TEXT_STYLES}<office:body><office:text>"
        f"{_text_blocks(spec['blocks'])}</office:text></office:body></office:document-content>"
    )
    return _package(ODT_MIME, {"content.xml": content, "meta.xml": _meta(spec)})


# A 28 x 15.75 cm (16:9) slide: the title across the top, the body below it; the notes page's text box below
# the slide's thumbnail, as Impress lays them out.
_SLIDE_STYLES = (
    f"{_HEAD}<office:document-styles {_NS}><office:automatic-styles>"
    '<style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="28cm" '
    'fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout>'
    '</office:automatic-styles><office:master-styles><style:master-page style:name="Default" '
    'style:page-layout-name="PM1"/></office:master-styles></office:document-styles>'
)


def _frame(cls: str, box: tuple[float, float, float, float], inner: str, placeholder: bool = False) -> str:
    x, y, w, h = box
    mark = ' presentation:placeholder="true"' if placeholder else ""
    return (
        f'<draw:frame presentation:class="{cls}"{mark} svg:x="{x}cm" svg:y="{y}cm" svg:width="{w}cm" '
        f'svg:height="{h}cm"><draw:text-box>{inner}</draw:text-box></draw:frame>'
    )


def _slide(number: int, slide: dict) -> str:
    """One draw:page: its title, its lines (a subtitle on the first slide, a bulleted outline after), its notes."""
    title = _frame("title", (1.4, 0.6, 25.2, 2.6), f"<text:p>{escape(slide['title'])}</text:p>")
    if number == 1:
        lines = "".join(f"<text:p>{escape(t)}</text:p>" for t in slide["body"])
        body = _frame("subtitle", (1.4, 4.2, 25.2, 9.0), lines)
    else:
        items = "".join(f"<text:list-item><text:p>{escape(t)}</text:p></text:list-item>" for t in slide["body"])
        body = _frame("outline", (1.4, 3.7, 25.2, 10.5), f"<text:list>{items}</text:list>")
    notes_text = "".join(f"<text:p>{escape(p)}</text:p>" for p in slide["notes"].split("\n") if p)
    notes = (
        '<presentation:notes><draw:page-thumbnail presentation:class="page" svg:x="1.5cm" svg:y="2cm" '
        f'svg:width="18cm" svg:height="10.1cm" draw:page-number="{number}"/>'
        + _frame("notes", (1.5, 13.5, 18.0, 12.0), notes_text, placeholder=not notes_text)
        + "</presentation:notes>"
    )
    return f'<draw:page draw:name="page{number}" draw:master-page-name="Default">{title}{body}{notes}</draw:page>'


def build_odp(spec: dict) -> bytes:
    """An OpenDocument presentation from ``spec["slides"]`` (title, body lines, speaker notes per slide)."""
    pages = "".join(_slide(n, slide) for n, slide in enumerate(spec["slides"], start=1))
    content = (
        f"{_HEAD}<office:document-content {_NS}><office:body><office:presentation>{pages}"
        "</office:presentation></office:body></office:document-content>"
    )
    parts = {"content.xml": content, "styles.xml": _SLIDE_STYLES, "meta.xml": _meta(spec)}
    return _package(ODP_MIME, parts)
