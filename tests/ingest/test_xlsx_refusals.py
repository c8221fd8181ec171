"""XLSX reader: limits, refusals of what is not a readable workbook, and damaged packages."""

from __future__ import annotations

import re
import shutil
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.readers.base import LimitExceeded, ReadError
from ingest.readers.xlsx import XlsxReader
from tests.ingest.xlsx_helpers import (
    by_label,
    excel_like,
    patch_member,
    single_sheet,
)
from tests.reliability.generated import zip_bomb


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
        "sheet Notes, rows 1-2",
        "sheet Notes, row 3",
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
    assert re.fullmatch(r"\d+\.\d+\.\d+ rows \d+", reader.version)
