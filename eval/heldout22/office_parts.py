"""The twenty-second held-out set's Office files that python-docx and python-pptx cannot write alone: a Word draft
with tracked changes and comments left in, and a deck whose points sit in tables and in SmartArt."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from eval.office_builds import set_properties, stable_zip

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_CHANGE_DATE = "2026-03-09T14:20:00Z"


def _run_xml(text: str, deleted: bool = False) -> str:
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r xmlns:w="{_W}"><{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def build_tracked_draft(spec: dict) -> bytes:
    """The draft as a colleague left it: his insertions and deletions tracked and not yet accepted (``w:ins`` and
    ``w:del`` around runs) and his comments on a few words, the document's own text around them."""
    from docx import Document
    from docx.oxml import parse_xml

    doc = Document()
    set_properties(doc.core_properties, spec)
    change = 0
    for style, parts in spec["blocks"]:
        paragraph = doc.add_paragraph(style=style)
        for part in parts:
            if isinstance(part, str):
                paragraph.add_run(part)
                continue
            kind = part[0]
            if kind == "comment":
                run = paragraph.add_run(part[1])
                doc.add_comment(run, text=part[2], author=spec["commenter"], initials="PS")
                continue
            change += 1
            tag = "w:ins" if kind == "ins" else "w:del"
            paragraph._p.append(
                parse_xml(
                    f'<{tag} xmlns:w="{_W}" w:id="{100 + change}" w:author="{spec["reviewer"]}" '
                    f'w:date="{_CHANGE_DATE}">{_run_xml(part[1], deleted=kind == "del")}</{tag}>'
                )
            )
    for comment in doc.comments:  # Word stamps each comment with its time; the build keeps one
        comment._comment_elm.set(f"{{{_W}}}date", _CHANGE_DATE)
    buf = io.BytesIO()
    doc.save(buf)
    return stable_zip(buf.getvalue())


def _smartart_data(steps: list[tuple[str, list[str]]]) -> str:
    """A SmartArt data model (a basic process): the document point, each step a node with its text under it as
    a child node, joined by parent-of connections in order."""
    points = ['<dgm:pt modelId="{00000000-0000-0000-0000-000000000000}" type="doc"><dgm:prSet/><dgm:t><a:bodyPr/>'
              "<a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>"]  # fmt: skip
    links = []
    for number, (name, details) in enumerate(steps, start=1):
        node = f"{{1000000{number}-0000-0000-0000-000000000000}}"
        points.append(
            f'<dgm:pt modelId="{node}"><dgm:prSet phldrT="[Text]"/><dgm:t><a:bodyPr/><a:p><a:r><a:t>{escape(name)}'
            "</a:t></a:r></a:p></dgm:t></dgm:pt>"
        )
        links.append(
            f'<dgm:cxn modelId="{{3000000{number}-0000-0000-0000-000000000000}}" '
            f'srcId="{{00000000-0000-0000-0000-000000000000}}" destId="{node}" srcOrd="{number - 1}" destOrd="0"/>'
        )
        for index, detail in enumerate(details):
            child = f"{{2000000{number}-000{index}-0000-0000-000000000000}}"
            points.append(
                f'<dgm:pt modelId="{child}"><dgm:prSet/><dgm:t><a:bodyPr/><a:p><a:r><a:t>{escape(detail)}</a:t>'
                "</a:r></a:p></dgm:t></dgm:pt>"
            )
            links.append(
                f'<dgm:cxn modelId="{{4000000{number}-000{index}-0000-0000-000000000000}}" srcId="{node}" '
                f'destId="{child}" srcOrd="{index}" destOrd="0"/>'
            )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<dgm:dataModel xmlns:dgm="{_DGM}" xmlns:a="{_A}"><dgm:ptLst>{"".join(points)}</dgm:ptLst>'
        f"<dgm:cxnLst>{''.join(links)}</dgm:cxnLst><dgm:bg/><dgm:whole/></dgm:dataModel>"
    )


def _smartart_frame(rid: str) -> str:
    return (
        '<p:graphicFrame xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        f'xmlns:a="{_A}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<p:nvGraphicFramePr><p:cNvPr id="20" name="Diagram 1"/><p:cNvGraphicFramePr/><p:nvPr/>'
        '</p:nvGraphicFramePr><p:xfrm><a:off x="457200" y="1600200"/><a:ext cx="8229600" cy="4525963"/></p:xfrm>'
        f'<a:graphic><a:graphicData uri="{_DGM}"><dgm:relIds xmlns:dgm="{_DGM}" r:dm="{rid}" r:lo="" r:qs="" '
        'r:cs=""/></a:graphicData></a:graphic></p:graphicFrame>'
    )


def build_deck(spec: dict) -> bytes:
    """The deck: a title slide, then slides whose content is a table or a SmartArt process (its nodes and the text
    under each in the diagram's data part); no bullet text anywhere."""
    from pptx import Presentation
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT
    from pptx.opc.package import Part
    from pptx.opc.packuri import PackURI
    from pptx.oxml import parse_xml
    from pptx.util import Inches, Pt

    deck = Presentation()
    set_properties(deck.core_properties, spec)
    for number, (kind, title, content) in enumerate(spec["slides"], start=1):
        if kind == "title":
            slide = deck.slides.add_slide(deck.slide_layouts[0])
            slide.shapes.title.text = title
            slide.placeholders[1].text = content
            continue
        slide = deck.slides.add_slide(deck.slide_layouts[5])  # title only
        slide.shapes.title.text = title
        if kind == "table":
            frame = slide.shapes.add_table(
                len(content), len(content[0]), Inches(0.5), Inches(1.6), Inches(9), Inches(4)
            )
            for r, row in enumerate(content):
                for c, value in enumerate(row):
                    cell = frame.table.cell(r, c)
                    cell.text = value
                    for run in cell.text_frame.paragraphs[0].runs:
                        run.font.size = Pt(16)
            continue
        part = Part(
            PackURI(f"/ppt/diagrams/data{number}.xml"),
            "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
            slide.part.package,
            _smartart_data(content).encode("utf-8"),
        )
        rid = slide.part.relate_to(part, RT.DIAGRAM_DATA)
        slide.shapes._spTree.append(parse_xml(_smartart_frame(rid)))
    buf = io.BytesIO()
    deck.save(buf)
    return stable_zip(buf.getvalue())
