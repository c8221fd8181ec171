"""What a Word drawing anchored in a paragraph says: a SmartArt diagram's text (its data part), a chart's cached
values, or a picture's description (alt text). The DOCX reader reads each as a block after its paragraph."""

from __future__ import annotations

from typing import Any

from lxml import etree

from ingest.readers.drawing import SAFE_PARSER as _SAFE_PARSER
from ingest.readers.drawing import chart_from_xml, smartart_lines
from ingest.readers.embedded import picture_text

_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DIAGRAM_URI = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_PICTURE_URI = "http://schemas.openxmlformats.org/drawingml/2006/picture"
_DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
GRAPHIC_DATA = "{http://schemas.openxmlformats.org/drawingml/2006/main}graphicData"
_DGM_REL_IDS = f"{{{_DIAGRAM_URI}}}relIds"
_CHART_REF = f"{{{_CHART_URI}}}chart"


def graphic_text(graphic_data: Any, part: Any) -> str:
    """Text of a SmartArt diagram (its data part), a chart (its cached values) in ``part``'s relationships, or a
    picture's description (alt text)."""
    uri = graphic_data.get("uri", "")
    if uri == _DIAGRAM_URI:
        rel_ids = graphic_data.find(_DGM_REL_IDS)
        rid = rel_ids.get(f"{{{_R_NS}}}dm") if rel_ids is not None else None
        if rid and rid in part.rels:
            data = etree.fromstring(part.rels[rid].target_part.blob, _SAFE_PARSER)
            return "\n".join(smartart_lines(data))
    elif uri == _PICTURE_URI:
        frame = graphic_data.getparent().getparent()  # wp:inline or wp:anchor, which hold the description
        properties = frame.find(_DOC_PR) if frame is not None else None
        if properties is not None:
            return picture_text(properties.get("descr"), properties.get("title"))
    elif uri == _CHART_URI:
        chart = graphic_data.find(_CHART_REF)
        rid = chart.get(f"{{{_R_NS}}}id") if chart is not None else None
        if rid and rid in part.rels:
            return chart_from_xml(etree.fromstring(part.rels[rid].target_part.blob, _SAFE_PARSER))[1]
    return ""
