"""PowerPoint reader (python-pptx): ``slide N`` for everything on a slide, ``slide N notes`` for its notes."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable
from importlib.metadata import version as _dist_version
from pathlib import Path
from typing import Any

from lxml import etree
from lxml.etree import LxmlError
from pptx import Presentation
from pptx.exc import PackageNotFoundError, PythonPptxError
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.shapes.graphfrm import GraphicFrame
from pptx.shapes.group import GroupShape
from pptx.shapes.picture import Picture

from ingest.model import DocumentProperties, Location, Passage, ReadResult
from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.drawing import (
    CAT_FORMAT,
    POINT_VALUE,
    R_NS,
    REL_IDS,
    SAFE_PARSER,
    X_POINTS,
    chart_from_xml,
    format_category,
    format_chart,
    format_number,
    smartart_lines,
)
from ingest.readers.embedded import WORKBOOK_PROG_IDS, picture_text, workbook_text
from ingest.readers.pptx_furniture import drop_furniture
from ingest.readers.text import DEFAULT_LIMITS, CharBudget, clean_text
from ingest.readers.zipguard import read_office_zip

# What python-pptx and lxml raise on broken packages: missing parts surface as KeyError,
# bad XML as lxml errors, odd attribute values as ValueError/TypeError/AttributeError.
_PARSE_ERRORS = (
    PackageNotFoundError,
    PythonPptxError,
    LxmlError,
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    zipfile.BadZipFile,
    zlib.error,  # corrupt member data surfaces while python-pptx reads parts
    EOFError,
    NotImplementedError,  # unsupported zip compression method
)


def _reading_order(shapes: Iterable[Any]) -> list[Any]:
    """Shapes top-to-bottom, then left-to-right; shapes without a position keep their z-order at the end."""
    indexed = list(enumerate(shapes))

    def key(item: tuple[int, Any]) -> tuple[int, int, int]:
        index, shape = item
        top, left = shape.top, shape.left
        if top is None or left is None:
            return (1 << 62, 0, index)
        return (int(top), int(left), index)

    ordered = [shape for _, shape in sorted(indexed, key=key)]
    return _by_columns(ordered) or _panels_by_columns(ordered) or ordered


COLUMN_GAP = 12700  # EMU (1 pt): shapes overlapping across less than this still stand in columns of their own


def _columns(shapes: list[Any]) -> list[list[Any]]:
    """The shapes in columns, left to right: a shape overlapping the column so far (by more than COLUMN_GAP) joins
    it."""
    columns: list[list[Any]] = []
    right = None
    for shape in sorted(shapes, key=lambda s: (int(s.left), int(s.top))):
        if right is not None and int(shape.left) < right - COLUMN_GAP:
            columns[-1].append(shape)
            right = max(right, int(shape.left) + int(shape.width))
        else:
            columns.append([shape])
            right = int(shape.left) + int(shape.width)
    return columns


def _panels_by_columns(shapes: list[Any]) -> list[Any] | None:
    """A poster's panels column by column: under the shapes that reach across the slide at its top (a title banner,
    the authors' line), the rest standing in two columns or more, a column holding two or more, most of them groups
    (a panel's heading bar grouped with its text), so that a column's panels are read down before the next column.
    None for any other slide: boxes a writer placed side by side keep the row order."""
    if len(shapes) < 5 or any(s.left is None or s.top is None or s.width is None for s in shapes):
        return None
    slide_left = min(int(s.left) for s in shapes)
    slide_right = max(int(s.left) + int(s.width) for s in shapes)
    head = 0
    while head < len(shapes) and int(shapes[head].width) > (slide_right - slide_left) / 2:
        head += 1
    rest = shapes[head:]
    if len(rest) < 4 or 2 * sum(isinstance(s, GroupShape) for s in rest) < len(rest):
        return None
    if any(int(s.width) > (slide_right - slide_left) / 2 for s in rest):
        return None  # a shape reaching across below the panels: no columns to read down
    columns = _columns(rest)
    if len(columns) < 2 or all(len(column) < 2 for column in columns):
        return None  # one row of panels: the row order is the column order
    rank = {id(shape): k for k, shape in enumerate(shapes)}
    return shapes[:head] + [shape for column in columns for shape in sorted(column, key=lambda s: rank[id(s)])]


def _by_columns(shapes: list[Any]) -> list[Any] | None:
    """The shapes column by column, left column first, each top to bottom, when they are a layout's placeholders
    standing in two columns or more (no shape reaching across into another column), each column a shape over
    another: the Comparison layout's heading over its column's body, which read row by row would put both headings
    before both bodies. None otherwise (boxes a writer placed, a full-width shape, one row, no position): those
    keep the row order."""
    if len(shapes) < 4 or any(s.left is None or s.top is None or s.width is None for s in shapes):
        return None
    if not all(getattr(s, "is_placeholder", False) for s in shapes):
        return None
    columns = _columns(shapes)
    if len(columns) < 2 or any(len(column) < 2 for column in columns):
        return None
    rank = {id(shape): k for k, shape in enumerate(shapes)}  # the row order within a column
    return [shape for column in columns for shape in sorted(column, key=lambda s: rank[id(s)])]


def _frame_text(frame: Any) -> str:
    return clean_text(frame.text)


def _table_text(table: Any) -> str:
    """Rows as cell texts joined by " | "; cells covered by a merge are skipped (they repeat nothing)."""
    rows = []
    for row in table.rows:
        cells = [clean_text(cell.text).replace("\n", " ") for cell in row.cells if not cell.is_spanned]
        if any(cells):
            rows.append(" | ".join(cells))
    return "\n".join(rows)


def _smartart_text(shape: Any) -> str:
    """Text of a SmartArt graphic frame, read from its diagram data part; "" when it has none."""
    element = shape._element
    rel_ids = REL_IDS(element)
    if not rel_ids:
        return ""
    rid = rel_ids[0].get(f"{{{R_NS}}}dm")
    if not rid:
        return ""
    part = shape.part.related_part(rid)
    data = etree.fromstring(part.blob, SAFE_PARSER)
    return "\n".join(smartart_lines(data))


def _axis_title(chart: Any, axis_name: str) -> str:
    try:
        axis = getattr(chart, axis_name)
        if axis.has_title:
            return clean_text(axis.axis_title.text_frame.text).replace("\n", " ")
    except (ValueError, *_PARSE_ERRORS):  # pie and doughnut charts have no axes
        pass
    return ""


def _category_format(plot: Any) -> str | None:
    codes = CAT_FORMAT(plot._element)
    return str(codes[0]) if codes else None


def _x_values(series: Any) -> list[str]:
    """X values of an XY or bubble series (python-pptx models only the Y values)."""
    return [format_number(" ".join(POINT_VALUE(pt))) for pt in X_POINTS(series._element)]


def _chart_title(chart: Any) -> str | None:
    """The chart's title as shown: its own text, else, for a chart of one series, that series' name, which
    PowerPoint shows as the title unless the automatic title was deleted (``c:autoTitleDeleted``)."""
    if chart.has_title and chart.chart_title.has_text_frame:
        own = clean_text(chart.chart_title.text_frame.text).replace("\n", " ")
        if own:
            return own
    deleted = chart._chartSpace.xpath("./c:chart/c:autoTitleDeleted")
    if deleted and deleted[0].get("val", "1") in ("1", "true"):
        return None
    series = [one for plot in chart.plots for one in plot.series]
    if len(series) != 1:
        return None  # several series: PowerPoint shows no title of its own making
    return clean_text(series[0].name or "").replace("\n", " ") or None


def _chart_text(chart: Any) -> tuple[str | None, str]:
    """The chart's title and its text: title, kind, axis titles, series with category labels and values."""
    title = _chart_title(chart)
    try:
        kind: str | None = chart.chart_type.name.lower().replace("_", " ")
    except (ValueError, *_PARSE_ERRORS):
        kind = None
    axes = [_axis_title(chart, "category_axis"), _axis_title(chart, "value_axis")]
    series: list[tuple[str, list[str], list[object]]] = []
    for plot in chart.plots:
        number_format = _category_format(plot)
        try:
            categories = [format_category(getattr(c, "label", c), number_format) for c in plot.categories]
        except _PARSE_ERRORS:
            categories = []
        for one in plot.series:
            labels = categories or _x_values(one)
            name = clean_text(one.name or "").replace("\n", " ")
            series.append((name, labels, list(one.values)))
    return title, format_chart(title, kind, axes, series)


class _SlideContent:
    """What one slide holds: texts in reading order, charts (as their own passages) and warnings."""

    def __init__(self, number: int, limits: Limits) -> None:
        self.number = number
        self.limits = limits
        self.texts: list[str] = []
        self.charts: list[tuple[str | None, str]] = []
        self.chart_count = 0
        self.warnings: list[str] = []

    def add_shapes(self, shapes: Iterable[Any], depth: int = 0) -> None:
        """Read shapes in reading order, descending into groups up to ``max_group_depth``."""
        if depth > self.limits.max_group_depth:
            message = f"group shapes nested deeper than the limit of {self.limits.max_group_depth} levels"
            raise LimitExceeded(message, "max_group_depth")
        for shape in _reading_order(shapes):
            if isinstance(shape, GroupShape):
                self.add_shapes(shape.shapes, depth + 1)
            elif getattr(shape, "has_chart", False) and shape.has_chart:
                self._add_chart(shape)
            elif getattr(shape, "has_table", False) and shape.has_table:
                self.texts.append(_table_text(shape.table))
            elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
                self.texts.append(_frame_text(shape.text_frame))
            elif isinstance(shape, Picture):
                self._add_picture(shape)
            elif isinstance(shape, GraphicFrame) and shape._graphicFrame.has_oleobj:
                self._add_object(shape)
            elif isinstance(shape, GraphicFrame):
                self._add_smartart(shape)

    def _add_picture(self, shape: Any) -> None:
        properties = shape._element.nvPicPr.cNvPr
        text = picture_text(properties.get("descr"), properties.get("title"))
        if text:
            self.texts.append(text)

    def _add_object(self, shape: Any) -> None:
        """An embedded Excel workbook's rows; other objects (documents, media) give no text."""
        ole = shape.ole_format
        if not (ole.prog_id or "").startswith(WORKBOOK_PROG_IDS):
            return
        blob = ole.blob
        if not blob:
            return
        text, problem = workbook_text(blob, self.limits)
        if text:
            self.texts.append(text)
        elif problem:
            self.warnings.append(f"slide {self.number}: an embedded workbook could not be read ({problem})")

    def _add_chart(self, shape: Any) -> None:
        self.chart_count += 1
        try:
            self.charts.append(_chart_text(shape.chart))
            return
        except (*_PARSE_ERRORS, OverflowError):  # e.g. a plot type python-pptx does not model
            pass
        try:  # the same cached values, read from the chart part's XML directly
            title, text = chart_from_xml(shape.chart_part._element)
        except (*_PARSE_ERRORS, OverflowError) as exc:  # a broken chart loses itself, not the slide
            reason = f"{type(exc).__name__}: {str(exc)[:80]}"
            self.warnings.append(f"slide {self.number}: chart {self.chart_count} could not be read ({reason})")
            return
        if text:
            self.charts.append((title, text))

    def _add_smartart(self, shape: Any) -> None:
        try:
            self.texts.append(_smartart_text(shape))
        except (*_PARSE_ERRORS, etree.XMLSyntaxError) as exc:
            self.warnings.append(f"slide {self.number}: a diagram could not be read ({type(exc).__name__})")


def _title(slide: Any) -> str | None:
    """The slide's title text, if it has a title placeholder with text."""
    shape = slide.shapes.title
    if shape is None or not shape.has_text_frame:
        return None
    return _frame_text(shape.text_frame).replace("\n", " ").strip() or None


def _slide_content(slide: Any, number: int, limits: Limits) -> _SlideContent:
    """The slide title first, then every other shape in reading order."""
    content = _SlideContent(number, limits)
    title_shape = slide.shapes.title
    if title_shape is not None:
        content.texts.append(_frame_text(title_shape.text_frame))
    # shapes compare equal when they proxy the same XML element (ids may repeat in broken files)
    content.add_shapes([s for s in slide.shapes if s != title_shape])
    return content


def _notes_text(slide: Any) -> str:
    # has_notes_slide first: reading slide.notes_slide would create an empty notes part.
    if not slide.has_notes_slide:
        return ""
    frame = slide.notes_slide.notes_text_frame
    return _frame_text(frame) if frame is not None else ""


def _properties(prs: Any) -> DocumentProperties:
    """Core properties; a deck without a core part gets empty fields, not python-pptx's invented defaults."""
    try:
        prs.part.package.part_related_by(RT.CORE_PROPERTIES)
    except KeyError:
        return DocumentProperties()
    try:
        core = prs.core_properties
        date = core.created or core.modified
        return DocumentProperties(
            title=clean_text(core.title or "") or None,
            author=clean_text(core.author or "") or None,
            date=date.date().isoformat() if date else None,
            language=clean_text(core.language or "") or None,
        )
    except (*_PARSE_ERRORS, OverflowError):
        return DocumentProperties()


class PptxReader:
    """Reads .pptx/.pptm decks slide by slide, with speaker notes as separate passages."""

    name = "python-pptx"
    extensions: tuple[str, ...] = (".pptx", ".pptm")

    @property
    def version(self) -> str:
        """The installed python-pptx version and our reading's revision (raised when what is read changes, so
        sources read by an earlier revision are read again on the next ingest; 3: a chart of one series without
        a title of its own is titled with the series' name, as PowerPoint shows it; 4: shapes standing in columns
        (the Comparison layout's two headings, each over its column) are read column by column; 5: a poster's grouped
        panels standing in columns under its title banner are read column by column; 6: a carousel's page marker
        ("2/7") and handle ("@name") repeated on the slides are furniture, left out)."""
        return f"{_dist_version('python-pptx')} reading 6"

    def read(self, path: Path, *, password: str | None = None, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
        """Extract slide and notes passages; ``password`` is unused (encrypted decks are not zips)."""
        return read_office_zip(path, limits, "PPTX", _PARSE_ERRORS, self._read)

    def _read(self, path: Path, limits: Limits) -> ReadResult:
        prs = Presentation(str(path))
        slides = list(prs.slides)
        if not slides:
            raise ReadError("no slides found")
        if len(slides) > limits.max_pages:
            message = f"{len(slides):,} slides exceed the limit of {limits.max_pages:,} slides"
            raise LimitExceeded(message, "max_pages")
        budget = CharBudget(limits)
        passages: list[Passage] = []
        warnings: list[str] = []
        contents = [_slide_content(slide, number, limits) for number, slide in enumerate(slides, start=1)]
        for content, texts in zip(contents, drop_furniture([c.texts for c in contents]), strict=True):
            content.texts = texts
        for number, (slide, content) in enumerate(zip(slides, contents, strict=True), start=1):
            warnings.extend(content.warnings)
            text = "\n".join(part for part in content.texts if part)
            # the slide title, kept as the section so notes can be read (and found) in the slide's context
            title = _title(slide)
            if text:
                location = Location(label=f"slide {number}", slide=number, section=title)
                passages.append(Passage(budget.add(text), location))
            # each chart its own passage at the slide, so its numbers do not crowd the slide's prose
            for k, (chart_title, chart_text) in enumerate(content.charts, start=1):
                section = f"chart {k}: {chart_title}" if chart_title else f"chart {k}"
                location = Location(label=f"slide {number}", slide=number, section=section)
                passages.append(Passage(budget.add(chart_text), location))
            notes = _notes_text(slide)
            if notes:
                location = Location(label=f"slide {number} notes", slide=number, notes=True, section=title)
                passages.append(Passage(budget.add(notes), location))
        if not passages:
            raise ReadError("no text found")
        return ReadResult(tuple(passages), _properties(prs), warnings=tuple(warnings), units=len(slides))
