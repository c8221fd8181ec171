"""XLSX reader: rows as named fields, sheet/row locations, hidden sheets, saved formula values, limits, refusals."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font

from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.xlsx import XlsxReader
from tests.reliability.generated import zip_bomb

SURVEY = [
    ["Country", "Provider", "Minimum ECTS", "Comment"],
    ["Latvia", "Riga Technical University", 3.0, "Short courses should stack towards a degree."],
    ["Estonia", "Tallinn University", 5, None],
    ["Lithuania", "Vilnius College", 2.5, "Workload must be stated in hours as well."],
    ["Finland", "Open University", 1, "Below one credit a badge is enough."],
]
NOTES = [
    "Open answers",
    "Several providers asked for a common minimum size, so that learners can compare offers across borders "
    "and employers can read a micro-credential without contacting the issuer.",
    "Others warned that a fixed minimum would exclude short workplace courses that are assessed properly but "
    "take only a few hours.",
]


def make_workbook(path: Path) -> Path:
    """Survey table, free-text notes, a hidden lookup sheet, and a sheet of dates, percentages and flags."""
    wb = Workbook()
    wb.properties.title = "Survey on micro-credential size"
    wb.properties.creator = "Ilze Berzina"
    wb.properties.created = dt.datetime(2024, 3, 5, 10, 30)
    survey = wb.active
    survey.title = "Survey"
    for row in SURVEY:
        survey.append(row)
    notes = wb.create_sheet("Notes")
    for text in NOTES:
        notes.append([text])
    lookup = wb.create_sheet("Lookup")
    lookup.append(["Code", "Meaning", "Scope"])
    lookup.append(["MC-INTERNAL", "internal provider code", "staff only"])
    lookup.sheet_state = "hidden"
    values = wb.create_sheet("Values")
    values.append(["Consultation", "Closes", "Share agreeing", "Published"])
    values.append(["First round", dt.datetime(2024, 5, 31), 0.25, True])
    values["C2"].number_format = "0%"
    values.append(["Second round", dt.date(2024, 9, 15), 0.625, False])
    values["C3"].number_format = "0.0%"
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_workbook(tmp_path_factory.mktemp("xlsx") / "survey_baltics.xlsx")


def by_label(path: Path, **kwargs) -> dict[str, str]:
    return {p.location.label: p.text for p in XlsxReader().read(path, **kwargs).passages}


def patch_member(path: Path, member: str, change: Callable[[str], str]) -> Path:
    """Rewrite one XML part of a zip in place, the way another writer would have saved it."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts[member] = change(parts[member].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def single_sheet(path: Path, rows: list[list[object]], title: str = "Sheet", bold_first_row: bool = False) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    if bold_first_row:
        for cell in ws[1]:
            cell.font = Font(bold=True)
    wb.save(path)
    return path


@pytest.mark.unit
def test_rows_under_a_header_read_as_named_fields(workbook: Path) -> None:
    assert by_label(workbook)["sheet Survey, rows 2-5"].split("\n") == [
        "Country: Latvia; Provider: Riga Technical University; Minimum ECTS: 3; "
        "Comment: Short courses should stack towards a degree.",
        "Country: Estonia; Provider: Tallinn University; Minimum ECTS: 5",  # the empty comment is left out
        "Country: Lithuania; Provider: Vilnius College; Minimum ECTS: 2.5; "
        "Comment: Workload must be stated in hours as well.",
        "Country: Finland; Provider: Open University; Minimum ECTS: 1; Comment: Below one credit a badge is enough.",
    ]


@pytest.mark.unit
def test_sheets_in_workbook_order_with_sheet_as_section(workbook: Path) -> None:
    passages = XlsxReader().read(workbook).passages
    assert [p.location.label for p in passages] == [
        "sheet Survey, rows 2-5",
        "sheet Notes, rows 1-3",
        "sheet Values, rows 2-3",
    ]
    assert [p.location.section for p in passages] == ["Survey", "Notes", "Values"]
    assert passages[0].location.as_metadata()["section_path"] == "Survey"


@pytest.mark.unit
def test_free_text_sheet_reads_as_sentences(workbook: Path) -> None:
    # one column of prose has no header: a title line, then each answer as its own line, words untouched
    assert by_label(workbook)["sheet Notes, rows 1-3"] == "\n".join(NOTES)


@pytest.mark.unit
def test_hidden_sheet_skipped_with_a_warning(workbook: Path) -> None:
    result = XlsxReader().read(workbook)
    assert "sheet Lookup is hidden; not read" in result.warnings
    assert not any("MC-INTERNAL" in p.text for p in result.passages)
    assert result.units == 3  # sheets read


@pytest.mark.unit
def test_dates_iso_percentages_and_flags_as_shown(workbook: Path) -> None:
    assert by_label(workbook)["sheet Values, rows 2-3"].split("\n") == [
        "Consultation: First round; Closes: 2024-05-31; Share agreeing: 25%; Published: TRUE",
        "Consultation: Second round; Closes: 2024-09-15; Share agreeing: 62.5%; Published: FALSE",
    ]


@pytest.mark.unit
def test_properties_from_core(workbook: Path) -> None:
    props = XlsxReader().read(workbook).properties
    assert (props.title, props.author, props.date) == ("Survey on micro-credential size", "Ilze Berzina", "2024-03-05")


@pytest.mark.unit
def test_library_default_creator_and_missing_core_part_give_no_author(tmp_path: Path) -> None:
    path = single_sheet(tmp_path / "plain.xlsx", [["Country", "Provider", "ECTS"], ["Malta", "MCAST", 2]])
    assert XlsxReader().read(path).properties.author is None  # openpyxl's own "openpyxl" names nobody
    with zipfile.ZipFile(path) as archive:
        parts = {i.filename: archive.read(i) for i in archive.infolist() if i.filename != "docProps/core.xml"}
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    props = XlsxReader().read(path).properties
    assert (props.title, props.author, props.date) == (None, None, None)  # not openpyxl's invented "now"


@pytest.mark.unit
def test_formula_without_saved_value_is_left_out(tmp_path: Path) -> None:
    # openpyxl writes the formula without a result; Excel would compute it on opening, but the reader only
    # takes saved values and computes nothing, so the cell reads as empty (and never as formula text)
    path = single_sheet(
        tmp_path / "totals.xlsx",
        [["Provider", "Courses", "ECTS"], ["Riga", 4, 12], ["Tartu", 2, 8], ["Total", "=SUM(B2:B3)", "=SUM(C2:C3)"]],
    )
    lines = by_label(path)["sheet Sheet, rows 2-4"].split("\n")
    assert lines[-1] == "Provider: Total"
    assert "SUM" not in "\n".join(lines)


@pytest.mark.unit
def test_formula_reads_as_its_saved_value(tmp_path: Path) -> None:
    # Excel and LibreOffice save each formula's last result next to it (<f>..</f><v>6</v>): that is what a
    # reader of the sheet sees, and what is extracted
    path = single_sheet(
        tmp_path / "totals.xlsx",
        [["Provider", "Courses", "ECTS"], ["Riga", 4, 12], ["Tartu", 2, 8], ["Total", "=SUM(B2:B3)", "=SUM(C2:C3)"]],
    )
    saved = {"B4": "6", "C4": "20"}

    def cache(xml: str) -> str:
        return re.sub(
            r'(<c r="([BC]4)"[^>]*><f>[^<]*</f>)<v\s*(?:/>|></v>)', lambda m: f"{m[1]}<v>{saved[m[2]]}</v>", xml
        )

    patch_member(path, "xl/worksheets/sheet1.xml", cache)
    assert by_label(path)["sheet Sheet, rows 2-4"].split("\n")[-1] == "Provider: Total; Courses: 6; ECTS: 20"


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"


def excel_like(path: Path, main_type: str = XLSX_MAIN, with_macros: bool = False) -> Path:
    """A package laid out as Excel saves one: shared strings, a date style, and formulas with their saved
    results (a number, a string result t="str" and an error t="e"), optionally with a VBA project."""
    serial = (dt.date(2024, 6, 1) - dt.date(1899, 12, 30)).days  # Excel's day number for 2024-06-01
    strings = ["Country", "Provider", "Minimum ECTS", "Responded", "Share", "Latvia", "Riga Technical University"]
    strings += ["Estonia"]
    sst = "".join(f"<si><t>{s}</t></si>" for s in strings)
    sheet = (
        f'<worksheet xmlns="{MAIN}"><dimension ref="A1:E3"/><sheetData>'
        '<row r="1">' + "".join(f'<c r="{c}1" t="s"><v>{k}</v></c>' for k, c in enumerate("ABCDE")) + "</row>"
        '<row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2" t="s"><v>6</v></c><c r="C2"><f>2+1</f><v>3</v></c>'
        f'<c r="D2" s="1"><v>{serial}</v></c><c r="E2" s="2"><v>0.4</v></c></row>'
        '<row r="3"><c r="A3" t="s"><v>7</v></c><c r="B3" t="str"><f>UPPER("tlu")</f><v>TLU</v></c>'
        '<c r="C3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E3" s="2"><v>0.55</v></c></row>'
        "</sheetData></worksheet>"
    )
    styles = (
        f'<styleSheet xmlns="{MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        "</styleSheet>"
    )
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{main_type}"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{ct}.sharedStrings+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{ct}.styles+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" Type="{DOC_REL}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{MAIN}" xmlns:r="{DOC_REL}"><sheets>'
            '<sheet name="Responses" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{PKG_REL}">'
            f'<Relationship Id="rId1" Type="{DOC_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{DOC_REL}/sharedStrings" Target="sharedStrings.xml"/>'
            f'<Relationship Id="rId3" Type="{DOC_REL}/styles" Target="styles.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": f'<sst xmlns="{MAIN}" count="{len(strings)}">{sst}</sst>',
        "xl/styles.xml": styles,
    }
    if with_macros:
        parts["xl/vbaProject.bin"] = "not really VBA: the reader never looks at it"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


@pytest.mark.unit
@pytest.mark.parametrize(
    ("name", "main_type", "with_macros"),
    [("responses.xlsx", XLSX_MAIN, False), ("responses.xlsm", XLSM_MAIN, True)],
)
def test_excel_layout_shared_strings_dates_and_saved_results(
    tmp_path: Path, name: str, main_type: str, with_macros: bool
) -> None:
    path = excel_like(tmp_path / name, main_type, with_macros)
    assert by_label(path)["sheet Responses, rows 2-3"].split("\n") == [
        "Country: Latvia; Provider: Riga Technical University; Minimum ECTS: 3; Responded: 2024-06-01; Share: 40%",
        "Country: Estonia; Provider: TLU; Share: 55%",  # the #DIV/0! error is left out like an empty cell
    ]


@pytest.mark.unit
def test_title_rows_before_the_header_stay_plain(tmp_path: Path) -> None:
    path = single_sheet(
        tmp_path / "titled.xlsx",
        [
            ["Micro-credential providers, spring 2024"],
            [],
            ["Country", "Provider", "Minimum ECTS"],
            ["Latvia", "RTU", 3],
            ["Estonia", "TLU", 5],
        ],
    )
    assert by_label(path)["sheet Sheet, rows 1-5"].split("\n") == [
        "Micro-credential providers, spring 2024",
        "Country: Latvia; Provider: RTU; Minimum ECTS: 3",
        "Country: Estonia; Provider: TLU; Minimum ECTS: 5",
    ]


@pytest.mark.unit
def test_without_a_header_cells_are_joined_with_pipes(tmp_path: Path) -> None:
    path = single_sheet(tmp_path / "numbers.xlsx", [[2021, 14, 3.5], [2022, 19, 4.0], [2023, 26, None, "estimate"]])
    assert by_label(path)["sheet Sheet, rows 1-3"].split("\n") == [
        "2021 | 14 | 3.5",
        "2022 | 19 | 4",
        "2023 | 26 | estimate",
    ]


@pytest.mark.unit
def test_two_column_label_value_form_is_not_a_table(tmp_path: Path) -> None:
    path = single_sheet(
        tmp_path / "form.xlsx", [["Contributor", "Jane Ozola"], ["Organisation", "Latvian Rectors' Council"]]
    )
    assert (
        by_label(path)["sheet Sheet, rows 1-2"] == "Contributor | Jane Ozola\nOrganisation | Latvian Rectors' Council"
    )


@pytest.mark.unit
def test_two_column_table_with_bold_header_is_a_table(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Country", "Minimum ECTS"], ["Latvia", 3], ["Estonia", 5]]
    path = single_sheet(tmp_path / "bold.xlsx", rows, bold_first_row=True)
    assert (
        by_label(path)["sheet Sheet, rows 2-3"] == "Country: Latvia; Minimum ECTS: 3\nCountry: Estonia; Minimum ECTS: 5"
    )


@pytest.mark.unit
def test_column_without_a_header_is_named_by_its_letter(tmp_path: Path) -> None:
    path = single_sheet(tmp_path / "extra.xlsx", [["Country", "Provider", "ECTS"], ["Malta", "MCAST", 2, "pilot only"]])
    assert by_label(path)["sheet Sheet, row 2"] == "Country: Malta; Provider: MCAST; ECTS: 2; column D: pilot only"


@pytest.mark.unit
def test_long_sheet_is_split_into_passages_of_consecutive_rows(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Country", "Provider", "Minimum ECTS"]]
    rows += [[f"Country {k}", f"Provider number {k}", k % 6 + 1] for k in range(1, 201)]
    passages = XlsxReader().read(single_sheet(tmp_path / "long.xlsx", rows)).passages
    spans = []
    for passage in passages:  # "rows 2-13", or "row 201" for a passage of one row
        first, last = re.fullmatch(r"sheet Sheet, rows? (\d+)(?:-(\d+))?", passage.location.label).groups()
        spans.append((int(first), int(last or first)))
    assert spans[0][0] == 2 and spans[-1][1] == 201
    assert all(b[0] == a[1] + 1 for a, b in zip(spans, spans[1:], strict=False))  # no gaps, no overlaps
    assert all(len(p.text) <= 800 and len(p.text.split("\n")) <= 40 for p in passages)
    assert sum(len(p.text.split("\n")) for p in passages) == 200


@pytest.mark.unit
def test_huge_declared_dimension_reads_only_the_data(tmp_path: Path) -> None:
    path = single_sheet(
        tmp_path / "dimension.xlsx", [["Country", "Provider", "ECTS"], ["Latvia", "RTU", 3], ["Malta", "MCAST", 2]]
    )
    patch_member(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:Z1048576"', xml),
    )
    result = XlsxReader().read(path)
    assert [p.location.label for p in result.passages] == ["sheet Sheet, rows 2-3"]
    assert result.warnings == ()


@pytest.mark.unit
def test_too_small_declared_dimension_does_not_cut_rows(tmp_path: Path) -> None:
    path = single_sheet(
        tmp_path / "dimension.xlsx", [["Country", "Provider", "ECTS"], ["Latvia", "RTU", 3], ["Malta", "MCAST", 2]]
    )
    patch_member(
        path, "xl/worksheets/sheet1.xml", lambda xml: re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:A1"', xml)
    )
    assert by_label(path)["sheet Sheet, rows 2-3"].endswith("Country: Malta; Provider: MCAST; ECTS: 2")


@pytest.mark.unit
def test_long_run_of_empty_styled_rows_stops_the_sheet_with_a_warning(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Survey"
    ws.append(["Country", "Provider", "ECTS"])
    ws.append(["Latvia", "RTU", 3])
    for row in range(3, 1503):  # formatted but empty, as some writers save whole columns
        ws.cell(row=row, column=1).font = Font(italic=True)
    ws.cell(row=1600, column=1, value="far below")
    wb.save(tmp_path / "styled.xlsx")
    result = XlsxReader().read(tmp_path / "styled.xlsx")
    assert [p.text for p in result.passages] == ["Country: Latvia; Provider: RTU; ECTS: 3"]
    assert result.warnings == (
        "sheet Survey: reading stopped at row 1,002 after 1,000 empty rows in a row; anything further down was not "
        "read",
    )


@pytest.mark.unit
def test_chart_sheet_is_named_in_a_warning(tmp_path: Path) -> None:
    wb = Workbook()
    data = wb.active
    data.title = "Data"
    for row in [["Country", "Provider", "Minimum ECTS"], ["Latvia", "RTU", 3], ["Malta", "MCAST", 2]]:
        data.append(row)
    chart = BarChart()
    chart.add_data(Reference(data, min_col=3, min_row=1, max_row=3), titles_from_data=True)
    wb.create_chartsheet("ECTS chart").add_chart(chart)
    wb.save(tmp_path / "chart.xlsx")
    result = XlsxReader().read(tmp_path / "chart.xlsx")
    assert [p.location.label for p in result.passages] == ["sheet Data, rows 2-3"]
    assert result.warnings == ("chart sheet ECTS chart not read (charts are not read from workbooks)",)


@pytest.mark.unit
def test_empty_workbook_has_no_text(tmp_path: Path) -> None:
    Workbook().save(tmp_path / "empty.xlsx")
    with pytest.raises(ReadError, match="^no text found$"):
        XlsxReader().read(tmp_path / "empty.xlsx")


@pytest.mark.unit
def test_text_only_in_hidden_sheets_says_so(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["Code", "Meaning", "Scope"])
    wb.active.sheet_state = "hidden"
    wb.create_sheet("Visible")
    wb.save(tmp_path / "hidden.xlsx")
    with pytest.raises(ReadError, match=r"^no text found \(hidden sheets not read: Sheet\)$"):
        XlsxReader().read(tmp_path / "hidden.xlsx")


@pytest.mark.unit
def test_char_limit_names_the_setting(workbook: Path) -> None:
    with pytest.raises(LimitExceeded, match="^extracted text exceeds the limit of 200 characters$") as info:
        XlsxReader().read(workbook, limits=Limits(max_chars=200))
    assert info.value.setting == "max_chars" and "(setting max_chars)" in info.value.reason


@pytest.mark.unit
def test_zip_bomb_named_xlsx_is_refused_before_parsing(tmp_path: Path) -> None:
    bomb = zip_bomb(tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml", megabytes=8)
    with pytest.raises(LimitExceeded, match="zip expansion ratio") as info:
        XlsxReader().read(bomb)
    assert "max_zip_ratio" in info.value.reason


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
FREE, END_OF_CHAIN, FAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def compound_file(path: Path, streams: list[str]) -> Path:
    """A minimal OLE compound file (512-byte sectors: FAT in sector 0, directory in sector 1) whose
    directory lists ``streams``: "EncryptedPackage" as a password-protected workbook has, "Workbook" as an .xls."""
    header = bytearray(512)
    header[:8] = OLE_MAGIC
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)  # versions, byte order, sector sizes
    struct.pack_into("<IIII", header, 44, 1, 1, 0, 4096)  # FAT sectors, first directory sector, -, mini cutoff
    struct.pack_into("<IIII", header, 60, END_OF_CHAIN, 0, END_OF_CHAIN, 0)  # no mini FAT, no extra DIFAT
    struct.pack_into("<109I", header, 76, 0, *[FREE] * 108)
    fat = struct.pack("<128I", FAT_SECTOR, END_OF_CHAIN, *[FREE] * 126)
    entries = b""
    for kind, name in [(5, "Root Entry"), *((2, s) for s in streams)]:
        encoded = (name + "\0").encode("utf-16-le")
        entry = bytearray(128)
        entry[: len(encoded)] = encoded
        struct.pack_into("<HBB", entry, 64, len(encoded), kind, 1)
        struct.pack_into("<III", entry, 68, FREE, FREE, FREE)
        struct.pack_into("<I", entry, 116, END_OF_CHAIN)
        entries += bytes(entry)
    path.write_bytes(bytes(header) + fat + entries.ljust(512, b"\0"))
    return path


@pytest.mark.unit
def test_password_protected_workbook_is_refused_as_encrypted(tmp_path: Path) -> None:
    path = compound_file(tmp_path / "protected.xlsx", ["EncryptionInfo", "EncryptedPackage"])
    with pytest.raises(ReadError, match=r"^encrypted: password needed \(the workbook is password-protected"):
        XlsxReader().read(path)
    with pytest.raises(ReadError, match=r"^encrypted: cannot decrypt"):
        XlsxReader().read(path, password="secret")


@pytest.mark.unit
def test_legacy_xls_named_xlsx_is_refused_as_legacy(tmp_path: Path) -> None:
    path = compound_file(tmp_path / "old.xlsx", ["Workbook", "SummaryInformation"])
    with pytest.raises(ReadError, match=r"^not an XLSX file \(a legacy Excel 97-2003 workbook \(\.xls\); save it as"):
        XlsxReader().read(path)


@pytest.mark.unit
def test_unparsable_compound_file_gets_the_general_refusal(tmp_path: Path) -> None:
    path = tmp_path / "odd.xlsx"
    path.write_bytes(OLE_MAGIC + b"\0" * 100)
    with pytest.raises(ReadError, match=r"^not an XLSX file \(a legacy Office file or an encrypted workbook\)$"):
        XlsxReader().read(path)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("member", "change", "reason"),
    [
        ("xl/worksheets/sheet1.xml", lambda xml: xml[: len(xml) // 2], "^malformed XLSX: ParseError: "),
        ("xl/workbook.xml", lambda xml: "<workbook", "^malformed XLSX: "),
        ("[Content_Types].xml", lambda xml: xml.replace("/xl/workbook.xml", "/xl/book.xml"), "^malformed XLSX: "),
    ],
)
def test_broken_packages_give_one_short_reason(
    tmp_path: Path, member: str, change: Callable[[str], str], reason: str
) -> None:
    path = patch_member(excel_like(tmp_path / "broken.xlsx"), member, change)
    with pytest.raises(ReadError, match=reason) as info:
        XlsxReader().read(path)
    assert "\n" not in info.value.reason and len(info.value.reason) < 200


@pytest.mark.unit
def test_damaged_sheet_keeps_rows_before_the_damage_and_other_sheets(workbook: Path, tmp_path: Path) -> None:
    path = Path(shutil.copy(workbook, tmp_path / "damaged.xlsx"))
    patch_member(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace('<row r="3"', '<row r="3" <', 1))
    result = XlsxReader().read(path)
    assert [p.location.label for p in result.passages] == [
        "sheet Survey, row 2",
        "sheet Notes, rows 1-3",
        "sheet Values, rows 2-3",
    ]
    assert result.passages[0].text.startswith("Country: Latvia;")
    assert "sheet Survey is damaged and was not read to the end (ParseError: " in result.warnings[0]


@pytest.mark.unit
def test_dangling_shared_string_keeps_the_rows_before_it(tmp_path: Path) -> None:
    path = patch_member(
        excel_like(tmp_path / "strings.xlsx"),
        "xl/sharedStrings.xml",
        lambda xml: xml.replace("<si><t>Estonia</t></si>", ""),
    )
    result = XlsxReader().read(path)
    assert [p.location.label for p in result.passages] == ["sheet Responses, row 2"]
    assert result.warnings == (
        "sheet Responses is damaged and was not read to the end (IndexError: list index out of range)",
    )


@pytest.mark.unit
def test_truncated_file_is_not_a_zip(workbook: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(workbook.read_bytes()[:300])
    with pytest.raises(ReadError, match="^not a zip archive"):
        XlsxReader().read(path)


@pytest.mark.unit
def test_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    path = single_sheet(tmp_path / "xxe.xlsx", [["Country", "Provider", "Note"], ["Latvia", "RTU", "PLACEHOLDER"]])
    doctype = f'<!DOCTYPE worksheet [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>'

    def inject(xml: str) -> str:
        xml = xml.replace("<worksheet ", doctype + "<worksheet ", 1)
        return xml.replace("PLACEHOLDER", "&leak;")

    patch_member(path, "xl/worksheets/sheet1.xml", inject)
    try:
        text = "\n".join(by_label(path).values())
    except ReadError as exc:  # refusing the file is as good as not resolving the entity
        text = exc.reason
    assert "TOP-SECRET-VALUE" not in text


@pytest.mark.unit
def test_version_and_extensions() -> None:
    reader = XlsxReader()
    assert reader.name == "xlsx" and reader.extensions == (".xlsx", ".xlsm")
    assert re.fullmatch(r"\d+\.\d+\.\d+", reader.version)
