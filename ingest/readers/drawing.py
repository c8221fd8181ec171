"""What the Office readers share for drawings: charts and SmartArt as short text, and a safe XML parser.

Charts (PowerPoint and Word) become one line per series with their values; SmartArt diagrams their nodes'
text in outline order. Both are bounded in size: a chart with thousands of points stays a short passage.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from lxml import etree

from ingest.readers.text import clean_text

_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS = {"dgm": _DGM, "a": _A, "c": _C, "r": R_NS}
# Related parts are parsed without entities or network access; their size is bounded by the zip checks.
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True)
_TRANSITIONS = ("parTrans", "sibTrans")
# compiled with our own prefixes: python-pptx's elements override ``xpath`` with a fixed namespace map
REL_IDS = etree.XPath(".//dgm:relIds", namespaces=_NS)
CAT_FORMAT = etree.XPath("./c:ser[1]/c:cat//c:numCache/c:formatCode/text()", namespaces=_NS)
X_POINTS = etree.XPath("./c:xVal//c:pt", namespaces=_NS)
POINT_VALUE = etree.XPath("./c:v/text()", namespaces=_NS)  # SmartArt connector points: no text a reader sees


def smartart_lines(data: Any) -> list[str]:
    """Texts of a SmartArt data model (``dgm:dataModel``): nodes in outline order, one line per paragraph.

    The outline comes from the ``parOf`` connections (by ``srcOrd``) from the document point down; points
    no connection reaches follow in the order they are stored.
    """
    texts: dict[str, list[str]] = {}
    order: list[str] = []
    for point in data.iterfind("dgm:ptLst/dgm:pt", _NS):
        model_id = point.get("modelId", "")
        if point.get("type", "node") in _TRANSITIONS:
            continue
        paragraphs = ["".join(p.itertext()) for p in point.iterfind("dgm:t/a:p", _NS)]
        lines = [line for line in (clean_text(p).replace("\n", " ") for p in paragraphs) if line]
        order.append(model_id)
        texts[model_id] = lines
    children: dict[str, list[tuple[int, str]]] = {}
    for cxn in data.iterfind("dgm:cxnLst/dgm:cxn", _NS):
        if cxn.get("type", "parOf") != "parOf":
            continue
        try:
            rank = int(cxn.get("srcOrd", "0"))
        except ValueError:
            rank = 0
        children.setdefault(cxn.get("srcId", ""), []).append((rank, cxn.get("destId", "")))
    seen: set[str] = set()
    out: list[str] = []

    def visit(model_id: str) -> None:
        # iterative, so a cyclic or very deep connection list cannot overflow the stack
        stack = [model_id]
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            out.extend(texts.get(current, ()))
            stack.extend(dest for _, dest in sorted(children.get(current, ()), reverse=True))

    for model_id in order:
        if model_id not in seen and not any(model_id == dest for kids in children.values() for _, dest in kids):
            visit(model_id)  # roots (the document point) first, in stored order
    for model_id in order:
        visit(model_id)
    return out


# Charts are read as short text; a chart with thousands of points must not become a huge passage.
CHART_MAX_SERIES = 25
CHART_MAX_POINTS = 50  # per series
CHART_MAX_CHARS = 4000
_DATE_FORMAT = re.compile(r"[dmy]", re.IGNORECASE)
_EXCEL_EPOCH_ORDINAL = 693594  # date(1899, 12, 30).toordinal(): day 0 of Excel's serial dates


def format_number(value: object) -> str:
    """A chart value as people write it: 42 rather than 42.0, 4.3, 0.1235; "" for a missing value."""
    if value is None or isinstance(value, bool):
        return ""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return clean_text(str(value))
    if number != number or number in (float("inf"), float("-inf")):  # NaN, infinities
        return ""
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    return str(round(number, 4))


def format_category(label: object, number_format: str | None = None) -> str:
    """A category label; numeric labels with a date format (Excel serial days) become ISO dates."""
    text = clean_text(str(label)) if label is not None else ""
    if number_format and _DATE_FORMAT.search(number_format) and "general" not in number_format.lower():
        try:
            from datetime import date

            return date.fromordinal(_EXCEL_EPOCH_ORDINAL + int(float(text))).isoformat()
        except (ValueError, OverflowError):
            pass
    return format_number(text) if re.fullmatch(r"-?\d+(\.\d+)?", text) else text


def format_chart(
    title: str | None,
    kind: str | None,
    axes: list[str],
    series: list[tuple[str, list[str], list[object]]],
) -> str:
    """A chart as readable lines: title (kind), axis titles, then one line per series.

    ``series`` holds (name, category labels, values); a series line reads "Series 2024: Employers 42,
    Providers 31". Series, points and characters are capped (``CHART_MAX_*``), saying how many were left out.
    """
    head = f"Chart: {title}" if title else "Chart"
    lines = [f"{head} ({kind})" if kind else head]
    named_axes = [axis for axis in axes if axis]
    if named_axes:
        lines.append("Axes: " + "; ".join(named_axes))
    for name, categories, values in series[:CHART_MAX_SERIES]:
        points = []
        for index, value in enumerate(values):
            number = format_number(value)
            if not number:
                continue
            category = categories[index] if index < len(categories) else ""
            points.append(f"{category} {number}" if category else number)
        shown = points[:CHART_MAX_POINTS]
        if len(points) > len(shown):
            shown.append(f"… ({len(points) - len(shown)} more)")
        if not shown and categories:
            shown = categories[:CHART_MAX_POINTS]
        label = name if name.lower().startswith("series") else f"Series {name}" if name else "Series"
        lines.append(f"{label}: {', '.join(shown)}" if shown else label)
    if len(series) > CHART_MAX_SERIES:
        lines.append(f"… ({len(series) - CHART_MAX_SERIES} more series)")
    text = "\n".join(clean_text(line) for line in lines)
    if len(text) > CHART_MAX_CHARS:
        text = text[: CHART_MAX_CHARS - 1].rsplit(" ", 1)[0] + " …"
    return text


_CHART_NS = {
    "c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
}


@functools.lru_cache(maxsize=64)
def _compiled(path: str) -> etree.XPath:
    return etree.XPath(path, namespaces=_CHART_NS)


def _xp(element: Any, path: str) -> Any:
    """``element.xpath(path)`` with the chart prefixes; compiled because python-docx and python-pptx elements
    override ``xpath`` with their own fixed namespace map."""
    return _compiled(path)(element)


def _xml_points(element: Any, path: str) -> list[str]:
    """Cached point values under ``path`` (``c:pt`` with ``c:v``), placed by their ``idx``; gaps are ""."""
    values: dict[int, str] = {}
    for point in _xp(element, f"{path}//c:pt"):
        try:
            index = int(point.get("idx", len(values)))
        except ValueError:
            continue
        if 0 <= index < 100_000:  # a crafted idx must not allocate a huge list
            values.setdefault(index, "".join(_xp(point, "./c:v/text()")))
    return [values.get(i, "") for i in range(max(values, default=-1) + 1)]


def _xml_rich_text(element: Any) -> str:
    paragraphs = ["".join(_xp(p, ".//a:t/text()")) for p in _xp(element, ".//a:p")]
    return " ".join(clean_text(p) for p in paragraphs if clean_text(p))


def _xml_title(element: Any) -> str:
    """Text of a ``c:title`` (rich text, or a cached string reference); "" when absent or automatic."""
    titles = _xp(element, "./c:title")
    if not titles:
        return ""
    return _xml_rich_text(titles[0]) or clean_text(" ".join(_xp(titles[0], "./c:tx//c:v/text()")))


def chart_from_xml(chart_space: Any) -> tuple[str | None, str]:
    """Title and text (``format_chart``) of a chart part's root (``c:chartSpace``), read from its cached values.

    Used for DOCX charts, and for PPTX charts whose type python-pptx does not model.
    """
    charts = _xp(chart_space, "./c:chart")
    if not charts:
        return None, ""
    chart = charts[0]
    title = _xml_title(chart) or None
    axes = [_xml_title(axis) for axis in _xp(chart, "./c:plotArea/*[c:axId and c:axPos]")]
    kinds: list[str] = []
    series: list[tuple[str, list[str], list[object]]] = []
    for plot in _xp(chart, "./c:plotArea/*[c:ser]"):
        name = etree.QName(plot).localname
        kind = re.sub(r"(?<=[a-z])(?=[A-Z0-9])", " ", name.removesuffix("Chart")).lower()
        kinds.append(kind)
        formats = _xp(plot, "./c:ser[1]/c:cat//c:formatCode/text()")
        for ser in _xp(plot, "./c:ser"):
            label = clean_text(" ".join(_xp(ser, "./c:tx//c:v/text()"))).replace("\n", " ")
            categories = [format_category(c, formats[0] if formats else None) for c in _xml_points(ser, "./c:cat")]
            categories = categories or [format_number(x) for x in _xml_points(ser, "./c:xVal")]
            values: list[object] = [v or None for v in _xml_points(ser, "./c:val") or _xml_points(ser, "./c:yVal")]
            series.append((label, categories, values))
    if title is None and len(series) == 1 and series[0][0] and not _auto_title_deleted(chart):
        title = series[0][0]  # a chart of one series shows its name as the title, as the Office applications do
    if not series and not title:
        return None, ""
    return title, format_chart(title, ", ".join(dict.fromkeys(kinds)) or None, axes, series)


def _auto_title_deleted(chart: Any) -> bool:
    """Whether the chart switches its automatic title off (``c:autoTitleDeleted``, true when its value is left out)."""
    deleted = _xp(chart, "./c:autoTitleDeleted")
    return bool(deleted) and deleted[0].get("val", "1") in ("1", "true")
