"""DOCX reader: sections from headings, tables in document order, title handling, properties, errors."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.parser import parse_xml

from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.docx import DocxReader


def add_table(document, rows: list[list[str]]):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    return table


def make_doc(path: Path) -> Path:
    """Title, text and a table before any heading, then numbered Heading 1/2 sections with tables."""
    document = docx.Document()
    document.core_properties.title = "Assessment of micro-credentials"
    document.core_properties.author = "Giulia Romano"
    document.add_paragraph("Expert input from Lombardy", style="Title")
    document.add_paragraph("Written for the guideline drafting group.")
    add_table(document, [["Contributor", "Role"], ["Giulia Romano", "assessor"]])
    document.add_heading("1 Introduction", level=1)
    document.add_paragraph("Assessment must be valid and transparent.")
    document.add_paragraph("It must match the stated learning outcomes.")
    document.add_heading("1.1 Scope", level=2)
    document.add_paragraph("This input covers vocational micro-credentials.")
    table = add_table(document, [["Method", "Use", "Weight"], ["Portfolio", "practice", "60%"]])
    merged = table.cell(1, 1).merge(table.cell(1, 2))
    merged.text = "practice tasks, 60%"
    document.add_paragraph("Text after the table stays in the section.")
    document.add_heading("2 Assessment methods", level=1)
    document.add_heading("2.1 Workload", level=2)
    document.add_paragraph("One ECTS credit is 25 to 30 hours.")
    add_table(document, [["ECTS", "Hours"], ["1", "25-30"]])
    document.save(str(path))
    return path


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_doc(tmp_path_factory.mktemp("docx") / "input_italy_assessment.docx")


@pytest.mark.unit
def test_labels_in_document_order(doc: Path) -> None:
    labels = [p.location.label for p in DocxReader().read(doc).passages]
    assert labels == [
        "paragraph 1",
        "table 1",
        "section 1 Introduction",
        "section 1.1 Scope",
        "section 1.1 Scope, table 2",
        "section 1.1 Scope",
        "section 2.1 Workload",
        "section 2.1 Workload, table 3",
    ]


@pytest.mark.unit
def test_consecutive_paragraphs_form_one_passage(doc: Path) -> None:
    passages = DocxReader().read(doc).passages
    assert passages[2].text == (
        "Assessment must be valid and transparent.\nIt must match the stated learning outcomes."
    )


@pytest.mark.unit
def test_title_is_a_property_not_a_section(doc: Path) -> None:
    result = DocxReader().read(doc)
    # the Title paragraph the reader sees is the title, before the core properties' hidden one (session 18)
    assert result.properties.title == "Expert input from Lombardy"
    assert result.properties.author == "Giulia Romano"
    assert all("Expert input from Lombardy" not in p.text for p in result.passages)
    assert result.passages[0].text == "Written for the guideline drafting group."


@pytest.mark.unit
def test_table_rows_and_merged_cells(doc: Path) -> None:
    table = DocxReader().read(doc).passages[4]
    assert table.text == "Method | Use | Weight\nPortfolio | practice tasks, 60%"
    assert table.location.table == 2
    assert table.location.section == "1.1 Scope"
    assert table.location.section_path == ("1 Introduction", "1.1 Scope")


@pytest.mark.unit
def test_table_before_any_heading(doc: Path) -> None:
    first_table = DocxReader().read(doc).passages[1]
    assert first_table.location.label == "table 1"
    assert first_table.location.section is None
    assert first_table.text == "Contributor | Role\nGiulia Romano | assessor"


@pytest.mark.unit
def test_section_path_and_fields(doc: Path) -> None:
    workload = DocxReader().read(doc).passages[6]
    assert workload.text == "One ECTS credit is 25 to 30 hours."
    assert workload.location.section == "2.1 Workload"
    assert workload.location.section_path == ("2 Assessment methods", "2.1 Workload")
    assert workload.location.table is None


@pytest.mark.unit
def test_unnumbered_headings_get_computed_numbers(tmp_path: Path) -> None:
    document = docx.Document()
    for level, text in [(2, "Background"), (3, "Detail"), (3, "More detail"), (2, "Results")]:
        document.add_heading(text, level=level)
        document.add_paragraph(f"Text under {text}.")
    path = tmp_path / "unnumbered.docx"
    document.save(str(path))
    labels = [p.location.label for p in DocxReader().read(path).passages]
    # numbered relative to the shallowest level used (Heading 2 counts as level 1)
    assert labels == [
        "section 1 Background",
        "section 1.1 Detail",
        "section 1.2 More detail",
        "section 2 Results",
    ]


@pytest.mark.unit
def test_title_paragraph_used_when_core_title_empty(tmp_path: Path) -> None:
    document = docx.Document()
    document.core_properties.title = ""
    document.add_paragraph("Social partners' view", style="Title")
    document.add_paragraph("Body text.")
    document.save(str(tmp_path / "t.docx"))
    assert DocxReader().read(tmp_path / "t.docx").properties.title == "Social partners' view"


@pytest.mark.unit
def test_document_without_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("")
    document.save(str(tmp_path / "empty.docx"))
    with pytest.raises(ReadError, match="^no text found$"):
        DocxReader().read(tmp_path / "empty.docx")


@pytest.mark.unit
def test_character_limit(doc: Path) -> None:
    with pytest.raises(LimitExceeded, match="limit of 50 characters"):
        DocxReader().read(doc, limits=Limits(max_chars=50))


@pytest.mark.unit
def test_malformed_package(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document")
    with pytest.raises(ReadError, match="^malformed DOCX: "):
        DocxReader().read(path)


@pytest.mark.unit
def test_reader_identity() -> None:
    reader = DocxReader()
    assert reader.name == "python-docx"
    assert reader.extensions == (".docx", ".docm")
    assert reader.version[0].isdigit()


# --- text boxes, content controls, tracked changes, notes, diagrams, charts ---------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
TEXT_BOX = f"""<w:p {NS}><w:r><w:t>Anchor paragraph.</w:t></w:r><w:r><mc:AlternateContent>
  <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>
    <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>
      <w:txbxContent><w:p><w:r><w:t>Callout: recognition takes 3 months.</w:t></w:r></w:p></w:txbxContent>
    </wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
  <mc:Fallback><w:pict><v:shape><v:textbox>
      <w:txbxContent><w:p><w:r><w:t>Callout: recognition takes 3 months.</w:t></w:r></w:p></w:txbxContent>
  </v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"""
INLINE = f"""<w:p {NS}><w:r><w:t xml:space="preserve">Providers </w:t></w:r>
  <w:sdt><w:sdtContent><w:r><w:t>in Moldova</w:t></w:r></w:sdtContent></w:sdt>
  <w:del><w:r><w:delText> never</w:delText></w:r></w:del>
  <w:ins><w:r><w:t xml:space="preserve"> may</w:t></w:r></w:ins>
  <w:r><w:t xml:space="preserve"> issue credentials.</w:t></w:r>
  <w:r><w:footnoteReference w:id="5"/></w:r></w:p>"""
BLOCK_SDT = f"""<w:sdt {NS}><w:sdtContent><w:p><w:r><w:t>Form field answer: yes</w:t></w:r>
  <w:r><w:endnoteReference w:id="2"/></w:r></w:p></w:sdtContent></w:sdt>"""
FOOTNOTES = f"""<w:footnotes {NS}>
  <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
  <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
  <w:footnote w:id="5"><w:p><w:r><w:footnoteRef/></w:r>
    <w:r><w:t xml:space="preserve"> Law 123/2023, art. 4.</w:t></w:r></w:p></w:footnote>
  <w:footnote w:id="7"><w:p><w:r><w:t>A note nothing refers to.</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""
ENDNOTES = f"""<w:endnotes {NS}>
  <w:endnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>
  <w:endnote w:id="2"><w:p><w:r><w:t>Survey of 40 providers, 2024.</w:t></w:r></w:p></w:endnote>
</w:endnotes>"""
CHART_CT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"


def add_part(document, name: str, content_type: str, xml: str, reltype: str) -> str:
    part = Part(PackURI(name), content_type, xml.encode(), document.part.package)
    return document.part.relate_to(part, reltype)


def chart_paragraph(rid: str) -> str:
    return f"""<w:p {NS}><w:r><w:drawing><wp:inline><a:graphic>
      <a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">
        <c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="{rid}"/>
      </a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"""


def make_rich_doc(path: Path) -> Path:
    """A heading, then a text box (Choice + Fallback), inline content control and tracked changes with a
    footnote, a block content control with an endnote, a table with a row in a content control and a
    vertical merge, a chart; footnotes and endnotes parts."""
    from pptx.chart.data import CategoryChartData
    from pptx.chart.xmlwriter import ChartXmlWriter
    from pptx.enum.chart import XL_CHART_TYPE

    document = docx.Document()
    document.add_heading("1 Issuing", level=1)
    body = document.element.body
    for xml in (TEXT_BOX, INLINE, BLOCK_SDT):
        body.insert(len(body) - 1, parse_xml(xml))  # before w:sectPr
    table = add_table(document, [["Country", "Body"], ["Moldova", "Agency"], ["", "Ministry"]])
    table.cell(1, 0).merge(table.cell(2, 0))
    row = table._tbl.tr_lst[-1]
    sdt = parse_xml(f"<w:sdt {NS}><w:sdtContent/></w:sdt>")
    row.addprevious(sdt)
    sdt[0].append(
        parse_xml(
            f"<w:tr {NS}><w:tc><w:p><w:r><w:t>Georgia</w:t></w:r></w:p></w:tc>"
            "<w:tc><w:p><w:r><w:t>NCEQE</w:t></w:r></w:p></w:tc></w:tr>"
        )
    )
    data = CategoryChartData()
    data.categories = ["EU", "Partner"]
    data.add_series("Inputs", [12, 9])
    rid = add_part(document, "/word/charts/chart1.xml", CHART_CT, ChartXmlWriter(XL_CHART_TYPE.PIE, data).xml, RT.CHART)
    body.insert(len(body) - 1, parse_xml(chart_paragraph(rid)))
    add_part(document, "/word/footnotes.xml", FOOTNOTES_CT, FOOTNOTES, RT.FOOTNOTES)
    add_part(document, "/word/endnotes.xml", ENDNOTES_CT, ENDNOTES, RT.ENDNOTES)
    document.save(str(path))
    return path


FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
ENDNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"


@pytest.fixture(scope="module")
def rich(tmp_path_factory: pytest.TempPathFactory) -> list:
    return list(DocxReader().read(make_rich_doc(tmp_path_factory.mktemp("rich") / "rich.docx")).passages)


@pytest.mark.unit
def test_rich_document_labels_in_order(rich: list) -> None:
    assert [p.location.label for p in rich] == [
        "section 1 Issuing",
        "section 1 Issuing, footnote 1",
        "section 1 Issuing, endnote 1",
        "section 1 Issuing, table 1",
        "section 1 Issuing",  # the chart, in the section it is anchored in
        "footnote 2",  # a note nothing refers to comes last, without a section
    ]


@pytest.mark.unit
def test_text_box_read_once_after_its_anchor_and_inline_controls_and_insertions(rich: list) -> None:
    assert rich[0].text.split("\n") == [
        "Anchor paragraph.",
        "Callout: recognition takes 3 months.",  # the Fallback (VML) copy is not read again
        "Providers in Moldova may issue credentials.",  # deleted " never" is gone, inserted " may" kept
        "Form field answer: yes",
    ]


@pytest.mark.unit
def test_footnotes_and_endnotes_numbered_by_reference_in_their_section(rich: list) -> None:
    footnote, endnote = rich[1], rich[2]
    assert footnote.text == "Law 123/2023, art. 4."
    assert footnote.location.section == "1 Issuing" and footnote.location.section_path == ("1 Issuing",)
    assert endnote.text == "Survey of 40 providers, 2024."
    assert rich[-1].text == "A note nothing refers to." and rich[-1].location.section is None


@pytest.mark.unit
def test_rows_in_content_controls_and_vertical_merges(rich: list) -> None:
    assert rich[3].text.split("\n") == ["Country | Body", "Moldova | Agency", "Georgia | NCEQE", "Moldova | Ministry"]


@pytest.mark.unit
def test_chart_in_document_read_from_its_part(rich: list) -> None:
    # one series and no title of its own: Word shows the series' name as the chart's title
    assert rich[4].text == "Chart: Inputs (pie)\nSeries Inputs: EU 12, Partner 9"


@pytest.mark.unit
def test_nested_tables_flattened_into_their_cell(tmp_path: Path) -> None:
    document = docx.Document()
    table = add_table(document, [["Outer", "x"]])
    inner = table.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "inner a", "inner b"
    document.save(str(tmp_path / "nested.docx"))
    (passage,) = DocxReader().read(tmp_path / "nested.docx").passages
    assert passage.text == "Outer | x inner a | inner b"


@pytest.mark.unit
def test_broken_notes_part_loses_only_the_notes(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Body survives.")
    add_part(document, "/word/footnotes.xml", FOOTNOTES_CT, "<w:footnotes", RT.FOOTNOTES)
    document.save(str(tmp_path / "badnotes.docx"))
    assert [p.text for p in DocxReader().read(tmp_path / "badnotes.docx").passages] == ["Body survives."]


@pytest.mark.unit
def test_only_deleted_text_is_no_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.element.body.insert(0, parse_xml(f"<w:p {NS}><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>"))
    document.save(str(tmp_path / "deleted.docx"))
    with pytest.raises(ReadError, match="^no text found$"):
        DocxReader().read(tmp_path / "deleted.docx")


SHARED = Path(__file__).resolve().parents[3] / "shared/testdata/parsers/docx"


@pytest.mark.integration
@pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared parser test data not found at {SHARED}")
def test_shared_smartart_and_chart_document() -> None:
    (passage,) = DocxReader().read(SHARED / "shp-inline-shape-access.docx").passages
    assert passage.location.label == "paragraphs 1-2"
    assert passage.text.startswith("foo\nbar\nbaz\nChart (bar)\nSeries 1: Category 1 4.3, Category 2 2.5")


@pytest.mark.integration
@pytest.mark.skipif(not SHARED.is_dir(), reason=f"shared parser test data not found at {SHARED}")
@pytest.mark.parametrize(
    "name",
    ["tbl-having-tables.docx", "doc-no-coreprops.docx", "sty-having-no-styles-part.docx", "set-no-settings-part.docx"],
)
def test_shared_documents_without_text_still_say_so(name: str) -> None:
    # checked with unzip -p: no w:t in their document.xml, and no text in notes (empty tables, empty paragraphs)
    with pytest.raises(ReadError, match="^no text found$"):
        DocxReader().read(SHARED / name)


@pytest.mark.unit
def test_a_letter_without_headings_is_located_by_its_paragraphs(tmp_path: Path) -> None:
    """A ministry letter has numbered paragraphs and no headings: an editor must find paragraph 5, not "body"."""
    document = docx.Document()
    paragraphs = [
        f"{n}. The Ministry considers point {n} of the draft, on the recognition of short courses, and sets out "
        f"its view on it in the following lines, with reasons taken from its national experience (item {n})."
        for n in range(1, 9)
    ]
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(tmp_path / "letter.docx")
    passages = DocxReader().read(tmp_path / "letter.docx").passages
    labels = [p.location.label for p in passages]
    assert len(passages) > 1 and "body" not in labels
    for n, text in enumerate(paragraphs, start=1):
        (holder,) = [p for p in passages if text in p.text]
        first, _, last = holder.location.label.removeprefix("paragraphs ").removeprefix("paragraph ").partition("-")
        assert int(first) <= n <= int(last or first), (n, holder.location.label)
        assert holder.location.paragraph == int(first)
