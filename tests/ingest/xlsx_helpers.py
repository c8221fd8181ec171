"""Workbooks built in code for the XLSX reader's tests, and how the tests read them back."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from ingest.readers.xlsx import XlsxReader

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


def sheets_workbook(
    path: Path, sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = (), merged: tuple[str, ...] = ()
) -> Path:
    """A workbook kept by hand: ``sheets`` in order (name: rows), some ``hidden``, cell ranges ``merged`` on the
    last sheet ("A2:A3")."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        if name in hidden:
            ws.sheet_state = "hidden"
    for cells in merged:
        wb.worksheets[-1].merge_cells(cells)
    wb.save(path)
    return path


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
