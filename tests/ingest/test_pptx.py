"""PPTX reader: titles first, reading order, tables, nested groups, notes, empty slides and limits."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.oxml import parse_xml
from pptx.util import Inches

from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.pptx import PptxReader

TITLE_SLIDE, TITLE_ONLY, BLANK = 0, 5, 6  # layouts of python-pptx's default template


def box(shapes, left: float, top: float, text: str) -> None:
    shapes.add_textbox(Inches(left), Inches(top), Inches(2), Inches(0.5)).text_frame.text = text


def make_deck(path: Path) -> Path:
    """Six slides: title, positioned boxes + notes, table, nested groups, empty, notes only."""
    prs = Presentation()
    prs.core_properties.title = "Digital credentials in Estonia"
    prs.core_properties.author = "Kadri Tamm"

    s1 = prs.slides.add_slide(prs.slide_layouts[TITLE_SLIDE])
    s1.shapes.title.text = "Digital credentials"
    s1.placeholders[1].text = "Tallinn Digital Skills College"

    s2 = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    s2.shapes.title.text = "Who may issue"
    # added out of reading order on purpose
    box(s2.shapes, 1, 6, "Bottom: employers issue Open Badges")
    box(s2.shapes, 5, 2, "Top right: colleges issue EDC")
    box(s2.shapes, 1, 2, "Top left: any provider passing QA")
    s2.notes_slide.notes_text_frame.text = "Stress that QA applies to every issuer."

    s3 = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    s3.shapes.title.text = "Workload table"
    table = s3.shapes.add_table(3, 3, Inches(1), Inches(2), Inches(6), Inches(2)).table
    for r, row in enumerate([["Course", "ECTS", "Hours"], ["Data literacy", "2", "50"], ["Total", "", ""]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(2, 1).merge(table.cell(2, 2))
    table.cell(2, 1).text = "2 ECTS = 50 hours"

    s4 = prs.slides.add_slide(prs.slide_layouts[BLANK])
    outer = s4.shapes.add_group_shape()
    box(outer.shapes, 1, 1, "Outer group text")
    inner = outer.shapes.add_group_shape()
    box(inner.shapes, 1, 3, "Deep inside two groups")

    prs.slides.add_slide(prs.slide_layouts[BLANK])  # slide 5: empty, skipped

    s6 = prs.slides.add_slide(prs.slide_layouts[BLANK])
    s6.notes_slide.notes_text_frame.text = "Only notes on this slide."
    prs.save(str(path))
    return path


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_deck(tmp_path_factory.mktemp("pptx") / "pres_estonia_digital.pptx")


def by_label(path: Path) -> dict[str, str]:
    return {p.location.label: p.text for p in PptxReader().read(path).passages}


@pytest.mark.unit
def test_labels_in_order_with_notes_and_empty_slide_skipped(deck: Path) -> None:
    labels = [p.location.label for p in PptxReader().read(deck).passages]
    assert labels == ["slide 1", "slide 2", "slide 2 notes", "slide 3", "slide 4", "slide 6 notes"]


@pytest.mark.unit
def test_title_first_then_placeholders(deck: Path) -> None:
    assert by_label(deck)["slide 1"] == "Digital credentials\nTallinn Digital Skills College"


@pytest.mark.unit
def test_reading_order_top_to_bottom_then_left_to_right(deck: Path) -> None:
    assert by_label(deck)["slide 2"].split("\n") == [
        "Who may issue",
        "Top left: any provider passing QA",
        "Top right: colleges issue EDC",
        "Bottom: employers issue Open Badges",
    ]


@pytest.mark.unit
def test_notes_are_a_separate_passage(deck: Path) -> None:
    passages = {p.location.label: p for p in PptxReader().read(deck).passages}
    notes = passages["slide 2 notes"]
    assert notes.text == "Stress that QA applies to every issuer."
    assert notes.location.notes is True and notes.location.slide == 2
    assert passages["slide 2"].location.notes is False
    assert "QA applies" not in passages["slide 2"].text


@pytest.mark.unit
def test_table_rows_joined_with_pipes_and_merged_cell_once(deck: Path) -> None:
    assert by_label(deck)["slide 3"].split("\n") == [
        "Workload table",
        "Course | ECTS | Hours",
        "Data literacy | 2 | 50",
        "Total | 2 ECTS = 50 hours",
    ]


@pytest.mark.unit
def test_nested_group_shapes_are_read(deck: Path) -> None:
    assert by_label(deck)["slide 4"] == "Outer group text\nDeep inside two groups"


@pytest.mark.unit
def test_group_depth_limit(deck: Path) -> None:
    with pytest.raises(LimitExceeded, match="nested deeper than the limit of 1 levels"):
        PptxReader().read(deck, limits=Limits(max_group_depth=1))


@pytest.mark.unit
def test_slide_limit(deck: Path) -> None:
    with pytest.raises(LimitExceeded, match="6 slides exceed the limit of 3 slides"):
        PptxReader().read(deck, limits=Limits(max_pages=3))


@pytest.mark.unit
def test_properties_from_core(deck: Path) -> None:
    props = PptxReader().read(deck).properties
    assert props.title == "Digital credentials in Estonia"
    assert props.author == "Kadri Tamm"


@pytest.mark.unit
def test_deck_without_text(tmp_path: Path) -> None:
    prs = Presentation()
    prs.slides.add_slide(prs.slide_layouts[BLANK])
    prs.save(str(tmp_path / "blank.pptx"))
    with pytest.raises(ReadError, match="^no text found$"):
        PptxReader().read(tmp_path / "blank.pptx")


@pytest.mark.unit
def test_deck_without_slides(tmp_path: Path) -> None:
    Presentation().save(str(tmp_path / "none.pptx"))
    with pytest.raises(ReadError, match="^no slides found$"):
        PptxReader().read(tmp_path / "none.pptx")


@pytest.mark.unit
def test_malformed_package(tmp_path: Path) -> None:
    path = tmp_path / "broken.pptx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<not-xml")
        archive.writestr("ppt/presentation.xml", "garbage")
    with pytest.raises(ReadError, match="^malformed PPTX: "):
        PptxReader().read(path)


@pytest.mark.unit
def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "text.pptx"
    path.write_text("just text")
    with pytest.raises(ReadError, match="^not a zip archive"):
        PptxReader().read(path)


@pytest.mark.unit
def test_reader_identity() -> None:
    reader = PptxReader()
    assert reader.name == "python-pptx"
    assert reader.extensions == (".pptx", ".pptm")
    assert reader.version[0].isdigit()


# --- charts, SmartArt, tables in groups ----------------------------------------------------------------------

DIAGRAM_DATA_CT = "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml"
DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
SMARTART_DATA = f"""<dgm:dataModel xmlns:dgm="{DGM}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<dgm:ptLst>
  <dgm:pt modelId="0" type="doc"><dgm:t><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>
  <dgm:pt modelId="2"><dgm:t><a:p><a:r><a:t>Assess the </a:t></a:r><a:r><a:t>outcomes</a:t></a:r></a:p></dgm:t></dgm:pt>
  <dgm:pt modelId="1"><dgm:t><a:p><a:r><a:t>Define learning outcomes</a:t></a:r></a:p></dgm:t></dgm:pt>
  <dgm:pt modelId="9" type="parTrans"><dgm:t><a:p><a:r><a:t>connector text</a:t></a:r></a:p></dgm:t></dgm:pt>
  <dgm:pt modelId="3"><dgm:t><a:p><a:r><a:t>Issue a digital credential</a:t></a:r></a:p></dgm:t></dgm:pt>
</dgm:ptLst>
<dgm:cxnLst>
  <dgm:cxn modelId="c3" srcId="0" destId="3" srcOrd="2"/>
  <dgm:cxn modelId="c1" srcId="0" destId="1" srcOrd="0"/>
  <dgm:cxn modelId="c2" srcId="0" destId="2" srcOrd="1"/>
</dgm:cxnLst></dgm:dataModel>"""


def smartart_frame(rid: str) -> str:
    return f"""<p:graphicFrame xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"
    xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
  <p:nvGraphicFramePr><p:cNvPr id="40" name="Diagram 1"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>
  <p:xfrm><a:off x="914400" y="2743200"/><a:ext cx="4572000" cy="914400"/></p:xfrm>
  <a:graphic><a:graphicData uri="{DGM}">
    <dgm:relIds xmlns:dgm="{DGM}" r:dm="{rid}" r:lo="" r:qs="" r:cs=""/>
  </a:graphicData></a:graphic></p:graphicFrame>"""


def add_smartart(slide, data: str | None = SMARTART_DATA) -> None:
    """A SmartArt graphic frame whose r:dm relationship points to a diagram data part (or to nothing)."""
    rid = "rId999"
    if data is not None:
        part = Part(
            PackURI(f"/ppt/diagrams/data{slide.slide_id}.xml"), DIAGRAM_DATA_CT, slide.part.package, data.encode()
        )
        rid = slide.part.relate_to(part, RT.DIAGRAM_DATA)
    slide.shapes._spTree.append(parse_xml(smartart_frame(rid)))


def chart_data(categories: list[str], series: dict[str, list[float]]) -> CategoryChartData:
    data = CategoryChartData()
    data.categories = categories
    for name, values in series.items():
        data.add_series(name, values)
    return data


def make_chart_deck(path: Path) -> Path:
    """Slide 1: title + bar chart with title and axis titles; slide 2: group holding a pie chart, a table and
    a box; slide 3: SmartArt; slide 4: a chart with many points; slide 5: a SmartArt frame with no data part."""
    prs = Presentation()
    s1 = prs.slides.add_slide(prs.slide_layouts[TITLE_ONLY])
    s1.shapes.title.text = "Who recognises micro-credentials"
    data = chart_data(["Employers", "Providers"], {"2024": [42, 31], "2025": [47.5, None]})
    frame = s1.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(2), Inches(6), Inches(4), data)
    chart = frame.chart
    chart.has_title = True
    chart.chart_title.text_frame.text = "Recognition by actor"
    chart.category_axis.has_title = True
    chart.category_axis.axis_title.text_frame.text = "Actor"
    chart.value_axis.has_title = True
    chart.value_axis.axis_title.text_frame.text = "Share (%)"

    s2 = prs.slides.add_slide(prs.slide_layouts[BLANK])
    group = s2.shapes.add_group_shape()
    box(group.shapes, 1, 1, "Grouped caption")
    pie = chart_data(["EU", "Partner"], {"Contributions": [12, 9]})
    group.shapes.add_chart(XL_CHART_TYPE.PIE, Inches(1), Inches(2), Inches(3), Inches(3), pie)
    table = s2.shapes.add_table(2, 2, Inches(5), Inches(5), Inches(3), Inches(1))
    for (r, c), value in {(0, 0): "Level", (0, 1): "ECTS", (1, 0): "EQF 5", (1, 1): "3"}.items():
        table.table.cell(r, c).text = value
    group._element.append(table._element)  # a table inside the group

    s3 = prs.slides.add_slide(prs.slide_layouts[BLANK])
    add_smartart(s3)

    s4 = prs.slides.add_slide(prs.slide_layouts[BLANK])
    many = chart_data([f"W{i}" for i in range(200)], {"Enrolments": list(range(200))})
    s4.shapes.add_chart(XL_CHART_TYPE.LINE, Inches(1), Inches(1), Inches(6), Inches(4), many)

    s5 = prs.slides.add_slide(prs.slide_layouts[BLANK])
    box(s5.shapes, 1, 1, "A diagram whose data part is missing")
    add_smartart(s5, None)
    prs.save(str(path))
    return path


@pytest.fixture(scope="module")
def chart_deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_chart_deck(tmp_path_factory.mktemp("charts") / "charts.pptx")


@pytest.mark.unit
def test_chart_is_a_passage_at_its_slide_with_title_axes_series_and_values(chart_deck: Path) -> None:
    passages = PptxReader().read(chart_deck).passages
    slide1 = [p for p in passages if p.location.slide == 1]
    assert [p.location.label for p in slide1] == ["slide 1", "slide 1"]
    assert slide1[0].text == "Who recognises micro-credentials"
    chart = slide1[1]
    assert chart.location.section == "chart 1: Recognition by actor" and chart.location.notes is False
    assert chart.text.split("\n") == [
        "Chart: Recognition by actor (column clustered)",
        "Axes: Actor; Share (%)",
        "Series 2024: Employers 42, Providers 31",
        "Series 2025: Employers 47.5",  # a missing value is left out, not shown as "None"
    ]


@pytest.mark.unit
def test_chart_table_and_text_inside_a_group_are_read(chart_deck: Path) -> None:
    slide2 = [p for p in PptxReader().read(chart_deck).passages if p.location.slide == 2]
    assert slide2[0].text == "Grouped caption\nLevel | ECTS\nEQF 5 | 3"
    assert slide2[1].location.section == "chart 1: Contributions"  # one series, no title: PowerPoint shows its name
    assert slide2[1].text == "Chart: Contributions (pie)\nSeries Contributions: EU 12, Partner 9"


@pytest.mark.unit
def test_smartart_text_in_outline_order_without_connector_points(chart_deck: Path) -> None:
    result = PptxReader().read(chart_deck)
    slide3 = [p for p in result.passages if p.location.slide == 3]
    assert [p.location.label for p in slide3] == ["slide 3"]
    assert slide3[0].text == "Define learning outcomes\nAssess the outcomes\nIssue a digital credential"


@pytest.mark.unit
def test_big_chart_is_capped(chart_deck: Path) -> None:
    chart = next(p for p in PptxReader().read(chart_deck).passages if p.location.slide == 4)
    assert chart.text.startswith("Chart: Enrolments (line)\nSeries Enrolments: W0 0, W1 1, ")
    assert chart.text.endswith("W49 49, … (150 more)")
    assert len(chart.text) < 1000


@pytest.mark.unit
def test_diagram_without_data_part_warns_and_keeps_the_slide(chart_deck: Path) -> None:
    result = PptxReader().read(chart_deck)
    slide5 = [p for p in result.passages if p.location.slide == 5]
    assert [p.text for p in slide5] == ["A diagram whose data part is missing"]
    assert any(w.startswith("slide 5: a diagram could not be read") for w in result.warnings)
    assert not any(w.startswith("slide 1") for w in result.warnings)


@pytest.mark.unit
def test_chart_python_pptx_cannot_model_is_read_from_its_xml(tmp_path: Path, chart_deck: Path) -> None:
    # an unknown plot element: python-pptx raises NotImplementedError; the cached values are still there
    path = tmp_path / "odd-chart.pptx"
    with zipfile.ZipFile(chart_deck) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "ppt/charts/chart1.xml":
                data = data.replace(b"c:barChart>", b"c:bar3DChart>")
            dst.writestr(info, data)
    result = PptxReader().read(path)
    chart = [p for p in result.passages if p.location.slide == 1][1]
    assert chart.location.section == "chart 1: Recognition by actor"
    assert "Series 2024: Employers 42, Providers 31" in chart.text
    assert "(bar 3d)" in chart.text


@pytest.mark.unit
def test_unreadable_chart_warns_and_keeps_the_slide() -> None:
    from ingest.readers.pptx import _SlideContent

    class BrokenChart:
        has_chart = True
        top = left = 0

        @property
        def chart(self):
            raise KeyError("chart part missing")

        chart_part = chart

    content = _SlideContent(7, Limits())
    content.add_shapes([BrokenChart()])
    assert content.charts == []
    assert content.warnings == ["slide 7: chart 1 could not be read (KeyError: 'chart part missing')"]


@pytest.mark.unit
def test_chart_text_counts_against_the_character_limit(chart_deck: Path) -> None:
    with pytest.raises(LimitExceeded, match="limit of 100 characters"):
        PptxReader().read(chart_deck, limits=Limits(max_chars=100))


SHARED = Path(__file__).resolve().parents[3] / "shared/testdata/parsers/pptx"


@pytest.mark.integration
@pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared parser test data not found at {SHARED}")
def test_shared_chart_deck_gives_every_chart() -> None:
    result = PptxReader().read(SHARED / "cht-chart-type.pptx")
    charts = [p for p in result.passages if (p.location.section or "").startswith("chart ")]
    assert len(charts) == 31 and not result.warnings
    assert all(p.location.label == f"slide {p.location.slide}" for p in charts)
    pie = next(p for p in charts if "(pie)" in p.text)
    assert pie.text.endswith("Series Sales: 1st Qtr 8.2, 2nd Qtr 3.2, 3rd Qtr 1.4, 4th Qtr 1.2")
    assert "Series 1: 2002-01-05 32" in charts[0].text  # date categories shown as dates


@pytest.mark.integration
@pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared parser test data not found at {SHARED}")
def test_shared_decks_without_text_still_say_so() -> None:
    # their slide XML holds no a:t at all (checked with unzip -p): shapes, a movie, a picture without description
    for name in ["shp-groupshape.pptx", "shp-movie-props.pptx"]:
        with pytest.raises(ReadError, match="^no text found$"):
            PptxReader().read(SHARED / name)


@pytest.mark.integration
@pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared parser test data not found at {SHARED}")
def test_a_shared_deck_with_an_embedded_workbook_gives_the_workbook_cells() -> None:
    # python-pptx's OLE test deck embeds an Excel sheet holding 1, 2 and 3 in one column
    passages = PptxReader().read(SHARED / "shp-access-ole-object.pptx").passages
    assert [(p.location.label, p.text.split()) for p in passages] == [("slide 1", ["1", "2", "3"])]
