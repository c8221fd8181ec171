"""OpenDocument readers: ODT sections, tables, lists and notes; ODP slides and notes; refusals; ingest end to end."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ingest.readers import reader_for
from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.odf import OdpReader, OdtReader

NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
MIMETYPES = {
    "text": "application/vnd.oasis.opendocument.text",
    "presentation": "application/vnd.oasis.opendocument.presentation",
}
MANIFEST_NS = 'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
ENCRYPTION = (
    '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">'
    '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/>'
    '<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:iteration-count="1024" '
    'manifest:salt="AAAA"/></manifest:encryption-data>'
)


def content_xml(kind: str, body: str, styles: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES} office:version="1.3">'
        f"<office:automatic-styles>{styles}</office:automatic-styles>"
        f"<office:body><office:{kind}>{body}</office:{kind}></office:body></office:document-content>"
    )


def meta_xml(fields: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {NAMESPACES} office:version="1.3">'
        f"<office:meta>{fields}</office:meta></office:document-meta>"
    )


def manifest_xml(kind: str, encrypted: bool = False) -> str:
    crypt = ENCRYPTION if encrypted else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest {MANIFEST_NS} manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIMETYPES[kind]}"/>'
        f'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">{crypt}'
        "</manifest:file-entry></manifest:manifest>"
    )


def write_odf(
    path: Path,
    kind: str,
    body: str,
    *,
    meta: str = "",
    styles: str = "",
    encrypted: bool = False,
    members: dict[str, bytes | str] | None = None,
) -> Path:
    """An OpenDocument zip as LibreOffice writes it: the stored mimetype first, then content, meta, manifest."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPES[kind], compress_type=zipfile.ZIP_STORED)
        parts: dict[str, bytes | str] = {
            "content.xml": b"\x8a\x13 encrypted bytes" if encrypted else content_xml(kind, body, styles),
            "meta.xml": meta_xml(meta),
            "META-INF/manifest.xml": manifest_xml(kind, encrypted),
        }
        for name, data in {**parts, **(members or {})}.items():
            archive.writestr(name, data)
    return path


def p(text: str, style: str = "Text_20_body") -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def h(level: int, text: str) -> str:
    return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{text}</text:h>'


def table(rows: list[list[str]], name: str = "Table1") -> str:
    body = "".join(
        "<table:table-row>"
        + "".join(f"<table:table-cell>{p(c)}</table:table-cell>" for c in row)
        + "</table:table-row>"
        for row in rows
    )
    return (
        f'<table:table table:name="{name}"><table:table-column table:number-columns-repeated="2"/>{body}</table:table>'
    )


ODT_BODY = (
    '<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>'
    + p("Expert input from Lombardy", style="P1")
    + '<text:table-of-content text:name="TOC"><text:index-body>'
    + p("1 Introduction ... 1")
    + "</text:index-body></text:table-of-content>"
    + p("Written for the guideline drafting group.")
    + table([["Contributor", "Role"], ["Giulia Romano", "assessor"]])
    + h(1, "Introduction")
    + p('Assessment must be <text:span text:style-name="T1">valid</text:span> and<text:s text:c="3"/>transparent.')
    + '<text:list text:style-name="L1"><text:list-item>'
    + p("Portfolios")
    + "</text:list-item><text:list-item>"
    + p("Workplace observation")
    + "<text:list><text:list-item><text:p>Checklists<text:line-break/>per task</text:p></text:list-item></text:list>"
    + "</text:list-item></text:list>"
    + h(2, "Scope")
    + p(
        "One ECTS credit is 25 to 30 hours"
        '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        "<text:note-body>" + p("ECTS Users' Guide 2015.", style="Footnote") + "</text:note-body></text:note>."
    )
    + '<table:table table:name="T2"><table:table-header-rows><table:table-row>'
    "<table:table-cell>" + p("Method") + "</table:table-cell><table:table-cell>" + p("Weight") + "</table:table-cell>"
    "</table:table-row></table:table-header-rows><table:table-row>"
    '<table:table-cell table:number-columns-spanned="2">' + p("Portfolio, 60%") + "</table:table-cell>"
    "<table:covered-table-cell/></table:table-row><table:table-row><table:table-cell>"
    + table([["inner", "1"], ["nested", "2"]], name="Inner")
    + "</table:table-cell><table:table-cell>"
    + p("outer")
    + "</table:table-cell></table:table-row></table:table>"
    + p("Text after the table stays in the section.")
    + h(1, "3 Funding")
    + p(
        "Funding comes from the ESF+"
        "<office:annotation><dc:creator>Reviewer</dc:creator><text:p>Check this figure</text:p></office:annotation>."
    )
    + '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info>'
    "<dc:creator>A</dc:creator></office:change-info>"
    + p("Deleted sentence nobody should read.")
    + "</text:deletion></text:changed-region></text:tracked-changes>"
)
TITLE_STYLE = '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'
ODT_META = (
    "<dc:title>Assessment of micro-credentials</dc:title><meta:initial-creator>Giulia Romano</meta:initial-creator>"
    "<dc:creator>Someone Else</dc:creator><meta:creation-date>2024-03-05T10:00:00</meta:creation-date>"
    "<dc:language>it-IT</dc:language>"
)


@pytest.fixture(scope="module")
def odt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("odt") / "input_italy.odt"
    return write_odf(path, "text", ODT_BODY, meta=ODT_META, styles=TITLE_STYLE)


@pytest.mark.unit
def test_odt_labels_in_document_order(odt: Path) -> None:
    labels = [passage.location.label for passage in OdtReader().read(odt).passages]
    assert labels == [
        "paragraph 1",
        "table 1",
        "section 1 Introduction",
        "section 1.1 Scope",
        "section 1.1 Scope, table 2",
        "section 1.1 Scope",
        "section 3 Funding",
    ]


@pytest.mark.unit
def test_odt_paragraphs_and_lists_form_one_passage(odt: Path) -> None:
    passages = OdtReader().read(odt).passages
    assert passages[0].text == "Written for the guideline drafting group."
    assert passages[2].text == (
        "Assessment must be valid and transparent.\nPortfolios\nWorkplace observation\nChecklists\nper task"
    )
    assert passages[2].location.section_path == ("1 Introduction",)
    assert passages[3].location.section_path == ("1 Introduction", "1.1 Scope")


@pytest.mark.unit
def test_odt_footnote_follows_its_paragraph(odt: Path) -> None:
    scope = OdtReader().read(odt).passages[3]
    assert scope.text == "One ECTS credit is 25 to 30 hours[1].\n[1] ECTS Users' Guide 2015."


@pytest.mark.unit
def test_odt_tables_rows_merged_and_nested_cells(odt: Path) -> None:
    passages = OdtReader().read(odt).passages
    assert passages[1].text == "Contributor | Role\nGiulia Romano | assessor"
    assert passages[4].text == "Method | Weight\nPortfolio, 60%\ninner | 1; nested | 2 | outer"
    assert passages[4].location.table == 2


@pytest.mark.unit
def test_odt_skips_contents_comments_and_deleted_text(odt: Path) -> None:
    text = "\n".join(passage.text for passage in OdtReader().read(odt).passages)
    assert "... 1" not in text
    assert "Check this figure" not in text
    assert "Deleted sentence" not in text
    assert "Expert input from Lombardy" not in text  # the Title paragraph is a property
    assert "Funding comes from the ESF+." in text


@pytest.mark.unit
def test_odt_properties_from_meta(odt: Path) -> None:
    properties = OdtReader().read(odt).properties
    assert properties.title == "Assessment of micro-credentials"
    assert properties.author == "Giulia Romano"
    assert properties.date == "2024-03-05"
    assert properties.language == "it-IT"


@pytest.mark.unit
def test_odt_title_paragraph_without_meta(tmp_path: Path) -> None:
    path = write_odf(tmp_path / "t.odt", "text", p("Recognition note", style="P1") + p("Text."), styles=TITLE_STYLE)
    result = OdtReader().read(path)
    assert result.properties.title == "Recognition note"
    assert [passage.text for passage in result.passages] == ["Text."]


@pytest.mark.unit
def test_odt_non_latin_text(tmp_path: Path) -> None:
    body = (
        h(1, "التقييم")
        + p("يجب أن يكون التقييم شفافًا.")
        + h(1, "Признание")
        + p("Микроквалификации признаются в Сербии.")
        + h(1, "Αναγνώριση")
        + p("Τα μικροδιαπιστευτήρια αναγνωρίζονται.")
    )
    path = write_odf(tmp_path / "multi.odt", "text", body, meta="<dc:language>ar</dc:language>")
    result = OdtReader().read(path)
    assert [(x.location.label, x.text) for x in result.passages] == [
        ("section 1 التقييم", "يجب أن يكون التقييم شفافًا."),
        ("section 2 Признание", "Микроквалификации признаются в Сербии."),
        ("section 3 Αναγνώριση", "Τα μικροδιαπιστευτήρια αναγνωρίζονται."),
    ]
    assert result.properties.language == "ar"


@pytest.mark.unit
def test_odt_text_box_anchored_in_a_paragraph(tmp_path: Path) -> None:
    frame = '<draw:frame draw:name="F1"><draw:text-box>' + p("Box: key figure 60%") + "</draw:text-box></draw:frame>"
    path = write_odf(tmp_path / "box.odt", "text", h(1, "Data") + p(f"Main text.{frame}"))
    assert OdtReader().read(path).passages[0].text == "Main text.\nBox: key figure 60%"


@pytest.mark.unit
def test_odt_without_text(tmp_path: Path) -> None:
    path = write_odf(tmp_path / "blank.odt", "text", p("") + p("   "))
    with pytest.raises(ReadError, match="^no text found$"):
        OdtReader().read(path)


@pytest.mark.unit
def test_empty_odt_file_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.odt").write_bytes(b"")
    with pytest.raises(ReadError, match="^empty file$"):
        reader_for(tmp_path / "empty.odt")


@pytest.mark.unit
def test_odt_that_is_a_pdf_refused(tmp_path: Path) -> None:
    path = tmp_path / "brief.odt"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n")
    with pytest.raises(ReadError) as info:
        reader_for(path)
    assert info.value.reason == "not an ODT file (content looks like PDF)"


@pytest.mark.unit
def test_odp_named_odt_refused_by_registry_and_reader(tmp_path: Path) -> None:
    path = write_odf(tmp_path / "deck.odt", "presentation", "<draw:page/>")
    with pytest.raises(ReadError) as info:
        reader_for(path)
    assert info.value.reason == "not an ODT file (content looks like ODP)"
    with pytest.raises(ReadError, match=r"^not an ODT file \(content looks like ODP\)$"):
        OdtReader().read(path)


@pytest.mark.unit
def test_registry_picks_the_odf_readers(odt: Path, tmp_path: Path) -> None:
    assert reader_for(odt).name == "odf-lxml"
    deck = write_odf(tmp_path / "d.odp", "presentation", '<draw:page draw:name="p1"/>')
    assert isinstance(reader_for(deck).load(), OdpReader)


@pytest.mark.unit
def test_zip_bomb_named_odt_refused_naming_the_limit(tmp_path: Path) -> None:
    path = write_odf(tmp_path / "bomb.odt", "text", p("x"), members={"Pictures/zeros.bin": b"\0" * (50 * 1024 * 1024)})
    with pytest.raises(LimitExceeded, match="zip expansion ratio") as info:
        OdtReader().read(path)
    assert "(setting max_zip_ratio)" in info.value.reason


@pytest.mark.unit
@pytest.mark.parametrize(
    ("name", "kind", "reader"), [("secret.odt", "text", OdtReader()), ("s.odp", "presentation", OdpReader())]
)
def test_encrypted_odf_refused(tmp_path: Path, name: str, kind: str, reader) -> None:
    path = write_odf(tmp_path / name, kind, "", encrypted=True)
    with pytest.raises(ReadError, match=r"^encrypted: password needed \(the (ODT|ODP) is password-protected") as info:
        reader.read(path, password="secret")
    assert not isinstance(info.value, LimitExceeded)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("members", "reason"),
    [
        ({"content.xml": "<office:document-content><unclosed>"}, r"^malformed ODT: XMLSyntaxError"),
        ({"content.xml": "<root/>"}, r"^not an ODT file \(no text body in content.xml\)$"),
    ],
)
def test_malformed_odt(tmp_path: Path, members: dict[str, str], reason: str) -> None:
    path = write_odf(tmp_path / "bad.odt", "text", p("x"), members=members)
    with pytest.raises(ReadError, match=reason):
        OdtReader().read(path)


@pytest.mark.unit
def test_odt_without_content_xml(tmp_path: Path) -> None:
    path = tmp_path / "nocontent.odt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", MIMETYPES["text"])
        archive.writestr("meta.xml", meta_xml(""))
    with pytest.raises(ReadError, match=r"^malformed ODT: no content.xml$"):
        OdtReader().read(path)


@pytest.mark.unit
def test_odt_entities_are_not_expanded(tmp_path: Path) -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "lollollollollollollollollollol">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
        + "]>"
    )
    xml = content_xml("text", p("Safe text &i; end.")).replace('<?xml version="1.0" encoding="UTF-8"?>', laughs)
    path = write_odf(tmp_path / "laughs.odt", "text", "", members={"content.xml": xml})
    try:
        text = "".join(passage.text for passage in OdtReader().read(path).passages)
    except ReadError:
        return
    assert "lol" not in text


@pytest.mark.unit
def test_odt_char_limit(odt: Path) -> None:
    with pytest.raises(LimitExceeded, match="exceeds the limit of 50 characters") as info:
        OdtReader().read(odt, limits=Limits(max_chars=50))
    assert "(setting max_chars)" in info.value.reason


def frame(x: str, y: str, inner: str, cls: str = "", placeholder: bool = False) -> str:
    attrs = f' presentation:class="{cls}"' if cls else ""
    attrs += ' presentation:placeholder="true"' if placeholder else ""
    return (
        f'<draw:frame svg:x="{x}" svg:y="{y}" svg:width="10cm" svg:height="2cm"{attrs}>'
        f"<draw:text-box>{inner}</draw:text-box></draw:frame>"
    )


ODP_BODY = (
    '<draw:page draw:name="page1" draw:master-page-name="Default">'
    + frame("1cm", "12cm", p("Bottom text"))  # stored first, read last
    + frame("12cm", "5cm", p("Right column"))
    + frame("1cm", "5cm", "<text:list><text:list-item><text:p>Left column</text:p></text:list-item></text:list>")
    + frame("1cm", "1cm", p("Stackable micro-credentials"), cls="title")
    + frame("1cm", "18cm", p("Confidential"), cls="footer")
    + frame("1cm", "3cm", "", cls="subtitle", placeholder=True)
    + '<draw:g><draw:custom-shape svg:x="1cm" svg:y="8cm" svg:width="3cm" svg:height="1cm">'
    + p("Grouped A")
    + '</draw:custom-shape><draw:custom-shape svg:x="5cm" svg:y="8cm" svg:width="3cm" svg:height="1cm">'
    + p("Grouped B")
    + "</draw:custom-shape></draw:g>"
    + '<presentation:notes><draw:page-thumbnail draw:page-number="1"/>'
    + frame("2cm", "14cm", p("Say that stacking needs a common credit system."), cls="notes")
    + "</presentation:notes></draw:page>"
    + '<draw:page draw:name="page2">'
    + frame("1cm", "1cm", p("Workload"), cls="title")
    + '<draw:frame svg:x="1cm" svg:y="4cm">'
    + table([["ECTS", "Hours"], ["1", "25-30"]])
    + "</draw:frame></draw:page>"
    + '<draw:page draw:name="page3"><presentation:notes>'
    + frame("2cm", "14cm", p("Ελληνικά και кириллица и العربية"), cls="notes")
    + "</presentation:notes></draw:page>"
)


@pytest.fixture(scope="module")
def odp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("odp") / "deck.odp"
    return write_odf(path, "presentation", ODP_BODY, meta="<meta:initial-creator>Mila Jovic</meta:initial-creator>")


@pytest.mark.unit
def test_odp_slides_and_notes(odp: Path) -> None:
    result = OdpReader().read(odp)
    assert [(x.location.label, x.text) for x in result.passages] == [
        (
            "slide 1",
            "Stackable micro-credentials\nLeft column\nRight column\nGrouped A\nGrouped B\nBottom text",
        ),
        ("slide 1 notes", "Say that stacking needs a common credit system."),
        ("slide 2", "Workload\nECTS | Hours\n1 | 25-30"),
        ("slide 3 notes", "Ελληνικά και кириллица и العربية"),
    ]
    first, notes = result.passages[:2]
    assert (first.location.slide, first.location.section) == (1, "Stackable micro-credentials")
    assert notes.location.notes and notes.location.slide == 1
    assert result.units == 3


@pytest.mark.unit
def test_odp_properties(odp: Path) -> None:
    properties = OdpReader().read(odp).properties
    assert properties.title == "Stackable micro-credentials"  # no dc:title: the first slide's title
    assert properties.author == "Mila Jovic"


@pytest.mark.unit
def test_odp_slide_limit(odp: Path) -> None:
    with pytest.raises(LimitExceeded, match=r"^3 slides exceed the limit of 2 slides$") as info:
        OdpReader().read(odp, limits=Limits(max_pages=2))
    assert "(setting max_pages)" in info.value.reason


@pytest.mark.unit
def test_odp_without_slides(tmp_path: Path) -> None:
    path = write_odf(tmp_path / "none.odp", "presentation", "")
    with pytest.raises(ReadError, match="^no slides found$"):
        OdpReader().read(path)


@pytest.mark.unit
def test_odp_group_depth_limit(tmp_path: Path) -> None:
    nested = "<draw:g>" * 5 + frame("1cm", "1cm", p("deep")) + "</draw:g>" * 5
    path = write_odf(tmp_path / "deep.odp", "presentation", f"<draw:page>{nested}</draw:page>")
    assert OdpReader().read(path).passages[0].text == "deep"
    with pytest.raises(LimitExceeded, match="nested deeper than the limit of 3"):
        OdpReader().read(path, limits=Limits(max_group_depth=3))


@pytest.mark.integration
def test_html_and_odt_ingested_and_found_by_search(tmp_path: Path, make_index) -> None:
    from pipeline.index.ingestion import ingest_paths
    from pipeline.index.search import Searcher

    folder = tmp_path / "contributions"
    folder.mkdir()
    (folder / "brief.html").write_text(
        "<!doctype html><html lang='sr'><head><title>Recognition brief</title></head><body>"
        "<nav>Home | About</nav><h1>Recognition brief</h1><h2>Validation</h2>"
        "<p>Validation of prior learning lets adults obtain micro-credentials for skills learned at work.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    body = (
        h(1, "Introduction")
        + p("Some context.")
        + h(1, "Quality assurance")
        + p("External quality assurance agencies should review providers of micro-credentials every five years.")
    )
    write_odf(folder / "input.odt", "text", body, meta="<dc:title>QA input</dc:title>")
    index = make_index()
    outcomes, _ = ingest_paths(index, [folder])
    assert {(o.file, o.status) for o in outcomes} == {("brief.html", "ingested"), ("input.odt", "ingested")}
    searcher = Searcher(index)
    hits = searcher.search("quality assurance agencies review providers", k=3)
    assert (hits[0].file, hits[0].location) == ("input.odt", "section 2 Quality assurance")
    hits = searcher.search("validation of prior learning for adults", k=3)
    assert (hits[0].file, hits[0].location) == ("brief.html", "section 1 Validation")
    assert index.manifest.source("brief.html").meta["reader"] == "lxml.html"
