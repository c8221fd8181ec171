"""Three of the twenty-fifth held-out set's Office contributions as their senders made them, byte-stable: the
consultation's Word template answered in content controls (the prompts locked in controls of their own, the
answers in rich-text, drop-down and date controls in the right-hand cells of two tables), the research poster as
one large PowerPoint slide of grouped panels, and the interview transcript as Teams downloads it to Word."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from eval.office_builds import set_properties, stable_zip


def _runs(paragraphs: list[str], style: str = "") -> str:
    rpr = f'<w:rPr><w:rStyle w:val="{style}"/></w:rPr>' if style else ""
    return "".join(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>' for t in paragraphs)


def _sdt(kind: str, tag: str, paragraphs: list[str] | None, spec: dict, ids) -> str:
    """A block content control: ``prompt`` locked (the template's words), ``text`` a rich-text answer,
    ``list`` a drop-down list, ``date`` a date picker; an unanswered control shows the placeholder."""
    props = [f'<w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/><w:id w:val="{next(ids)}"/>']
    if kind == "prompt":
        props.append('<w:lock w:val="sdtContentLocked"/>')
    if paragraphs is None:
        props.append("<w:showingPlcHdr/>")
    if kind == "list":
        items = "".join(f'<w:listItem w:displayText="{escape(v)}" w:value="{escape(v)}"/>' for v in spec["list_items"])
        props.append(f"<w:dropDownList>{items}</w:dropDownList>")
    elif kind == "date":
        props.append(
            '<w:date w:fullDate="2026-03-10T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-GB"/>'
            '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
        )
    elif kind == "text":
        props.append("<w:richText/>")
    body = _runs([spec["placeholder"]], "PlaceholderText") if paragraphs is None else _runs(paragraphs)
    return f"<w:sdt><w:sdtPr>{''.join(props)}</w:sdtPr><w:sdtContent>{body}</w:sdtContent></w:sdt>"


def _put(paragraph, xml: str) -> None:
    """Put a content control in place of an empty paragraph (a cell's, or the body's)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    element = parse_xml(xml.replace("<w:sdt>", f"<w:sdt {nsdecls('w')}>", 1))
    paragraph._p.getparent().replace(paragraph._p, element)


def build_template_answers(spec: dict) -> bytes:
    """The template as the hoteliers returned it: a title, the instruction locked in a control, a table of the
    respondent's details (prompt | control) and a table of questions (prompt | answer control)."""
    from docx import Document
    from docx.shared import Cm

    ids = iter(range(52_001, 60_000))
    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_paragraph(spec["heading"], style="Title")
    _put(doc.add_paragraph(), _sdt("prompt", "Instruction", [spec["instruction"]], spec, ids))
    for rows in (
        [(prompt, kind, [answer]) for prompt, kind, answer in spec["details"]],
        [(prompt, "text", answer) for prompt, answer in spec["questions"]],
    ):
        table = doc.add_table(rows=len(rows), cols=2)
        table.style = "Table Grid"
        for n, (prompt, kind, answer) in enumerate(rows):
            left, right = table.rows[n].cells
            left.width, right.width = Cm(6), Cm(10.5)
            _put(left.paragraphs[0], _sdt("prompt", f"Prompt {n + 1}", [prompt], spec, ids))
            _put(right.paragraphs[0], _sdt(kind, f"Answer {n + 1}", answer, spec, ids))
        doc.add_paragraph()
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def build_poster(spec: dict) -> bytes:
    """A conference poster made in PowerPoint: one A0 portrait slide, a title banner, the authors' line, panels
    in three columns (each a group of a coloured heading bar and a text box) and a square standing for a QR code
    with its caption."""
    from pptx import Presentation
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.util import Cm, Pt

    prs = Presentation()
    set_properties(prs.core_properties, spec)
    prs.slide_width, prs.slide_height = Cm(84.1), Cm(118.9)
    slide = prs.slides.add_slide(prs.slide_layouts[6])  # blank
    banner = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Cm(0), Cm(0), Cm(84.1), Cm(14))
    banner.fill.solid()
    banner.fill.fore_color.rgb = RGBColor(0x12, 0x3F, 0x6B)
    banner.text_frame.word_wrap = True
    banner.text_frame.text = spec["banner"]
    banner.text_frame.paragraphs[0].runs[0].font.size = Pt(88)
    authors = slide.shapes.add_textbox(Cm(3), Cm(15), Cm(78), Cm(4))
    authors.text_frame.word_wrap = True
    authors.text_frame.text = spec["authors"]
    authors.text_frame.paragraphs[0].runs[0].font.size = Pt(40)
    columns = ((3, 22), (3, 60), (30, 22), (30, 70), (57, 22))  # left, top of each panel (cm)
    for (heading, paragraphs), (left, top) in zip(spec["panels"], columns, strict=True):
        group = slide.shapes.add_group_shape()
        bar = group.shapes.add_shape(MSO_SHAPE.RECTANGLE, Cm(left), Cm(top), Cm(25), Cm(3))
        bar.fill.solid()
        bar.fill.fore_color.rgb = RGBColor(0xE0, 0x8A, 0x1E)
        bar.text_frame.text = heading
        bar.text_frame.paragraphs[0].runs[0].font.size = Pt(54)
        box = group.shapes.add_textbox(Cm(left), Cm(top + 3.5), Cm(25), Cm(30))
        box.text_frame.word_wrap = True
        for n, text in enumerate(paragraphs):
            para = box.text_frame.paragraphs[0] if n == 0 else box.text_frame.add_paragraph()
            para.text = text
            para.runs[0].font.size = Pt(32)
    code = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Cm(62), Cm(95), Cm(12), Cm(12))
    code.fill.solid()
    code.fill.fore_color.rgb = RGBColor(0x22, 0x22, 0x22)
    caption = slide.shapes.add_textbox(Cm(57), Cm(108), Cm(22), Cm(3))
    caption.text_frame.text = spec["qr_caption"]
    buf = io.BytesIO()
    prs.save(buf)
    return stable_zip(buf.getvalue())


def build_transcript(spec: dict) -> bytes:
    """The transcript as Teams downloads it (.docx): the meeting's title, its date and length, "started
    transcription", then each turn as the speaker's name and time stamp on a line of their own over what they
    said, and "stopped transcription"."""
    from docx import Document

    doc = Document()
    set_properties(doc.core_properties, spec)
    doc.add_paragraph(spec["title"])
    doc.add_paragraph(spec["when"])
    doc.add_paragraph(spec["length"])
    doc.add_paragraph(spec["started"])
    for speaker, stamp, text in spec["turns"]:
        doc.add_paragraph(f"{speaker}   {stamp}")
        doc.add_paragraph(text)
    doc.add_paragraph(spec["stopped"])
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())
