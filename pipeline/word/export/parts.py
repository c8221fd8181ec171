"""Low-level OOXML helpers for the Word export: styles, bookmarks, the TOC field, core properties, package parts.

python-docx covers paragraphs, runs, tables and comments; what it lacks (bookmarks, fields, extra parts, the
``footnotePr`` setting) is built here with lxml. Text always goes into ``.text`` of an element, so lxml escapes it:
contribution text is never parsed as XML.
"""

from __future__ import annotations

import copy
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph
from lxml import etree

from pipeline.word.export.columns import column_widths_pt

EXPORT_NS = "urn:guideline-drafter:export"
EXPORT_PART = "/customXml/item1.xml"
FONT = "Calibri"
QUESTION_STYLE = "Guiding Question"  # the re-import skips paragraphs in this style
QUESTION_STYLE_ID = "GuidingQuestion"
ACCENT = RGBColor(0x1F, 0x38, 0x64)  # one dark blue for titles and headings

# XML 1.0 forbids most control characters; PDF extraction sometimes leaves them in passage text.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (lxml would refuse the whole document)."""
    return _INVALID_XML.sub("", text or "")


# -- styles --------------------------------------------------------------------------------------
def _set_font(style: BaseStyle, name: str, size: float | None = None) -> None:
    """Set the style's font on every script slot; theme font attributes would otherwise win over ``w:ascii``."""
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), name)
    if size is not None:
        style.font.size = Pt(size)


def _style(document: Document, ui_name: str, internal: str, kind: WD_STYLE_TYPE) -> Any:
    """The style called ``internal`` (Word's built-in name), created if the template lacks it.

    Look it up later by ``internal`` (e.g. ``"toc 1"``); its style id is the UI name without spaces.
    """
    for name in (internal, ui_name):
        try:
            return document.styles[name]
        except KeyError:
            continue
    builtin = internal != ui_name  # Word's own styles are not marked custom, so Word treats them as its own
    style = document.styles.add_style(ui_name, kind, builtin=builtin)  # the id comes from this name: "FootnoteText"
    if builtin:
        # Word recognises its built-in styles ("footnote text", "toc 1") by their lower-case internal name
        style.element.name_val = internal
    return style


def setup_styles(document: Document) -> None:
    """Set every style the export uses, once, so the whole document shares one typographic scheme."""
    styles = document.styles
    normal = styles["Normal"]
    _set_font(normal, FONT, 11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for name, size, before, after in (("Heading 1", 16, 24, 8), ("Heading 2", 13, 14, 4)):
        heading = styles[name]
        _set_font(heading, FONT, size)
        heading.font.color.rgb = ACCENT
        heading.font.bold = True
        heading.paragraph_format.space_before = Pt(before)
        heading.paragraph_format.space_after = Pt(after)
    title = styles["Title"]
    _set_font(title, FONT, 28)
    title.font.color.rgb = ACCENT
    title.paragraph_format.space_before = Pt(96)
    title.paragraph_format.space_after = Pt(18)

    gap = _style(document, "Gap", "Gap", WD_STYLE_TYPE.PARAGRAPH)
    gap.base_style = normal
    gap.font.italic = True
    gap.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    note = _style(document, "Footnote Text", "footnote text", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = normal
    _set_font(note, FONT, 9)
    note.paragraph_format.space_after = Pt(2)
    note.paragraph_format.line_spacing = 1.0
    mark = _style(document, "Footnote Reference", "footnote reference", WD_STYLE_TYPE.CHARACTER)
    mark.font.superscript = True

    cell = _style(document, "Table Text", "Table Text", WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = normal
    cell.font.size = Pt(8.5)
    cell.paragraph_format.space_after = Pt(0)
    cell.paragraph_format.line_spacing = 1.0

    # the caption above each guiding question's paragraph: a small heading, kept with the text below it
    question = _style(document, QUESTION_STYLE, QUESTION_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    question.base_style = normal
    _set_font(question, FONT, 10)
    question.font.bold = True
    question.font.color.rgb = ACCENT
    question.paragraph_format.space_before = Pt(10)
    question.paragraph_format.space_after = Pt(2)
    question.paragraph_format.keep_with_next = True

    for level in (1, 2):
        toc = _style(document, f"TOC {level}", f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
        toc.base_style = normal
        toc.paragraph_format.left_indent = Pt(14 * (level - 1))
        toc.paragraph_format.space_after = Pt(3)
        toc.font.bold = level == 1


def styled_paragraph(document: Document, text: str, style_id: str) -> Paragraph:
    """A paragraph in the style with id ``style_id``: python-docx's lookup by name walks every style each time."""
    paragraph = document.add_paragraph(text)
    paragraph._p.style = style_id
    return paragraph


# -- bookmarks and fields ------------------------------------------------------------------------
def bookmark_start(bookmark_id: int, name: str) -> Any:
    """A ``w:bookmarkStart``; names hold letters, digits and underscores only (Word's rule)."""
    return OxmlElement("w:bookmarkStart", attrs={qn("w:id"): str(bookmark_id), qn("w:name"): name})


def bookmark_end(bookmark_id: int) -> Any:
    """The ``w:bookmarkEnd`` matching :func:`bookmark_start`."""
    return OxmlElement("w:bookmarkEnd", attrs={qn("w:id"): str(bookmark_id)})


def wrap_in_bookmark(paragraph: Paragraph, bookmark_id: int, name: str) -> None:
    """Bookmark all of ``paragraph``'s current content (used for headings)."""
    p = paragraph._p
    ppr = p.pPr
    if ppr is not None:
        ppr.addnext(bookmark_start(bookmark_id, name))
    else:
        p.insert(0, bookmark_start(bookmark_id, name))
    p.append(bookmark_end(bookmark_id))


def _text_run(text: str, tag: str = "w:t") -> Any:
    run = OxmlElement("w:r")
    t = OxmlElement(tag, attrs={qn("xml:space"): "preserve"})
    t.text = xml_safe(text)
    run.append(t)
    return run


def _field_start(paragraph: Paragraph, instruction: str) -> None:
    """Open a complex field: begin, the instruction, separate (the cached result follows, then :func:`_field_end`)."""
    for kind, instr in (("begin", None), (None, instruction), ("separate", None)):
        if instr is not None:
            paragraph._p.append(_text_run(instr, "w:instrText"))
            continue
        run = OxmlElement("w:r")
        run.append(OxmlElement("w:fldChar", attrs={qn("w:fldCharType"): kind}))
        paragraph._p.append(run)


def _field_end(paragraph: Paragraph) -> None:
    run = OxmlElement("w:r")
    run.append(OxmlElement("w:fldChar", attrs={qn("w:fldCharType"): "end"}))
    paragraph._p.append(run)


def add_toc(document: Document, entries: list[tuple[int, str, str]]) -> None:
    """A ``TOC \\o "1-2" \\h \\z \\u`` field whose cached result lists ``(level, text, bookmark)`` entries.

    Word recomputes the field (with page numbers) when it opens the file, since ``updateFields`` is set;
    the cached entries are what viewers that do not update fields (LibreOffice's PDF export) show.
    """
    first = last = document.add_paragraph(style=document.styles["toc 1"] if entries else None)
    _field_start(first, ' TOC \\o "1-2" \\h \\z \\u ')
    for i, (level, label, anchor) in enumerate(entries):
        last = first if i == 0 else document.add_paragraph(style=document.styles[f"toc {level}"])
        link = OxmlElement("w:hyperlink", attrs={qn("w:anchor"): anchor, qn("w:history"): "1"})
        link.append(_text_run(label))
        last._p.append(link)
    _field_end(last)


def page_setup(document: Document) -> None:
    """A4 with 2.5 cm margins, centred page numbers in the footer, none on the title page."""
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    section.different_first_page_header_footer = True
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field_start(footer, " PAGE ")
    footer._p.append(_text_run("1"))
    _field_end(footer)


def landscape_section(document: Document) -> None:
    """Start a new page in landscape (for wide annex tables), numbered like the rest."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    section.different_first_page_header_footer = False  # the blank first-page footer is the title page's


TABLE_FONT_PT = 8.5  # style "Table Text"
CELL_MARGIN_TWIPS = 57  # 0.1 cm each side (columns.CELL_PADDING_PT counts them)


def text_width(document: Document) -> float:
    """The width between the margins of the document's last section, in points."""
    section = document.sections[-1]
    return (section.page_width - section.left_margin - section.right_margin) / 12700  # EMU per point


def add_table(document: Document, headers: list[str], rows: list[list[str]], breakable: Sequence[bool] = ()) -> Any:
    """A grid table (style Table Text) with a shaded, bold header row that repeats on every page.

    Column widths follow the content and the page (``pipeline.word.export.columns``); ``breakable`` marks
    columns whose long tokens (file names, ids) may wrap when the longest words cannot all fit.
    Rows are copies of one prototype ``w:tr``: python-docx's ``add_row``/``cells`` walk the table on each call,
    which made annexes of a couple of thousand passages the slowest part of the export.
    """
    widths_pt = column_widths_pt(headers, rows, text_width(document), TABLE_FONT_PT, breakable)
    table = document.add_table(rows=0, cols=len(headers))
    table.style = document.styles["Table Grid"]
    table.autofit = False
    _set_cell_margins(table, CELL_MARGIN_TWIPS)
    for column, width in zip(table.columns, widths_pt, strict=True):
        column.width = Pt(width)
    prototype = OxmlElement("w:tr")
    for width in widths_pt:
        tc = OxmlElement("w:tc")
        tc_pr = OxmlElement("w:tcPr")
        tc_pr.append(OxmlElement("w:tcW", attrs={qn("w:w"): str(Pt(width).twips), qn("w:type"): "dxa"}))
        tc.append(tc_pr)
        p = OxmlElement("w:p")
        p_pr = OxmlElement("w:pPr")
        p_pr.append(OxmlElement("w:pStyle", attrs={qn("w:val"): "TableText"}))
        p.append(p_pr)
        p.append(_text_run(""))
        tc.append(p)
        prototype.append(tc)
    header = _row(prototype, headers)
    header.insert(0, OxmlElement("w:trPr"))
    header[0].append(OxmlElement("w:tblHeader"))
    for tc in header.iter(qn("w:tc")):
        tc[0].append(OxmlElement("w:shd", attrs={qn("w:val"): "clear", qn("w:fill"): "DCE3EE"}))
    for run in header.iter(qn("w:r")):
        run.insert(0, OxmlElement("w:rPr"))
        run[0].append(OxmlElement("w:b"))
    tbl = table._tbl
    tbl.append(header)
    for values in rows:
        tbl.append(_row(prototype, values))
    return table


def _set_cell_margins(table: Any, twips: int) -> None:
    """Narrower left and right cell margins than Word's 0.19 cm, so nine annex columns leave room for text."""
    tbl_pr = table._tbl.tblPr
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margins.append(OxmlElement(f"w:{side}", attrs={qn("w:w"): str(twips), qn("w:type"): "dxa"}))
    # CT_TblPr is a sequence: tblCellMar goes after tblW/jc/.../tblLayout and before tblLook
    look = tbl_pr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(margins)
    else:
        tbl_pr.append(margins)


def _row(prototype: Any, values: list[str]) -> Any:
    tr = copy.deepcopy(prototype)
    for t, value in zip(tr.iter(qn("w:t")), values, strict=True):
        t.text = xml_safe(value)
    return tr


# -- settings ------------------------------------------------------------------------------------
# CT_Settings is a sequence: these go before the first of the elements that must follow them.
_AFTER_UPDATE_FIELDS = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids")
_AFTER_FOOTNOTE_PR = ("endnotePr", "compat", "docVars", "rsids")


def _insert_setting(settings: Any, element: Any, followers: tuple[str, ...]) -> None:
    for name in followers:
        found = settings.find(qn(f"w:{name}"))
        if found is not None:
            found.addprevious(element)
            return
    settings.append(element)


def configure_settings(document: Document, separator_ids: tuple[int, int]) -> None:
    """Ask Word to refresh fields on open, and declare the special (separator) footnotes."""
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        _insert_setting(settings, OxmlElement("w:updateFields", attrs={qn("w:val"): "true"}), _AFTER_UPDATE_FIELDS)
    if settings.find(qn("w:footnotePr")) is None:
        pr = OxmlElement("w:footnotePr")
        for special in separator_ids:
            pr.append(OxmlElement("w:footnote", attrs={qn("w:id"): str(special)}))
        _insert_setting(settings, pr, _AFTER_FOOTNOTE_PR)


# -- package parts -------------------------------------------------------------------------------
def add_xml_part(document: Document, partname: str, content_type: str, reltype: str, root: Any) -> Part:
    """Serialise ``root`` into a new part related from the main document part."""
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    part = Part(PackURI(partname), content_type, blob, document.part.package)
    document.part.relate_to(part, reltype)
    return part


def add_export_map(document: Document, payload: Mapping[str, Any], version: str = "1") -> None:
    """Write the export map as ``customXml/item1.xml`` (root ``export``, the JSON as its text).

    python-docx's default template already holds an empty bibliography store at that name; it is dropped so
    the name the re-import looks for is ours.
    """
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype == RT.CUSTOM_XML:
            document.part.drop_rel(rel_id)  # nothing in document.xml refers to it, so it goes
    root = etree.Element(f"{{{EXPORT_NS}}}export", nsmap={None: EXPORT_NS})
    root.set("version", version)
    # ASCII escapes keep any character of a sentence (even one XML 1.0 cannot hold) intact through the JSON
    root.text = json.dumps(payload, ensure_ascii=True, separators=(",", ":"))
    item = add_xml_part(document, EXPORT_PART, CT.XML, RT.CUSTOM_XML, root)
    # A data-store item properties part, as Word writes one: without it LibreOffice drops the item on save,
    # and a review edited there would come back without its map.
    ds = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
    props = etree.Element(f"{{{ds}}}datastoreItem", nsmap={"ds": ds})
    props.set(f"{{{ds}}}itemID", "{" + str(uuid.uuid4()).upper() + "}")
    etree.SubElement(props, f"{{{ds}}}schemaRefs")
    blob = etree.tostring(props, xml_declaration=True, encoding="UTF-8", standalone=True)
    props_part = Part(
        PackURI(EXPORT_PART.replace("item1.xml", "itemProps1.xml")),
        CT.OFC_CUSTOM_XML_PROPERTIES,
        blob,
        document.part.package,
    )
    item.relate_to(props_part, RT.CUSTOM_XML_PROPS)


def drop_thumbnail(document: Document) -> None:
    """Remove the template's blank-page thumbnail, which file browsers would show for every export."""
    rels = document.part.package.rels
    for rel_id, rel in list(rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del rels[rel_id]


def set_core_properties(document: Document, *, title: str, subject: str, keywords: str, when: datetime) -> None:
    """Fill the core properties reviewers see in File > Info."""
    props = document.core_properties
    props.title = title
    props.subject = subject
    props.author = "Guideline Drafter"
    props.last_modified_by = "Guideline Drafter"
    props.keywords = keywords
    props.comments = "Exported for review; sources are in the footnotes and annexes."
    props.category = "Guidelines"
    props.created = when
    props.modified = when
    props.revision = 1  # a freshly written file; each section's own revision is in the title-page table
