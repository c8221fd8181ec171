"""Plain-text reader: paragraphs, title line, decoding, cleaning and limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.text import TextReader, clean_text

TEXT = (
    "Recognition of micro-credentials in Jordan\r\n"
    "\r\n"
    "Recognition abroad is slow because learning outcomes are missing.\r\n"
    "Workload is often not stated.\r\n"
    "   \r\n"
    "We propose a regional Arab recognition network.\r\n"
    "\r\n\r\n\r\n"
    "Machine-readable credentials would help.\r\n"
)


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "input_jordan_recognition.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    return path


@pytest.mark.unit
def test_paragraph_labels_and_text(text_file: Path) -> None:
    passages = TextReader().read(text_file).passages
    assert [(p.location.label, p.location.paragraph) for p in passages] == [
        ("paragraph 1", 1),
        ("paragraph 2", 2),
        ("paragraph 3", 3),
        ("paragraph 4", 4),
    ]
    assert passages[1].text == (
        "Recognition abroad is slow because learning outcomes are missing. Workload is often not stated."
    )
    assert passages[2].text == "We propose a regional Arab recognition network."


@pytest.mark.unit
def test_title_is_first_short_line(text_file: Path) -> None:
    assert TextReader().read(text_file).properties.title == "Recognition of micro-credentials in Jordan"


@pytest.mark.unit
def test_long_first_line_is_no_title(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("word " * 40 + "\n\nSecond.\n")
    assert TextReader().read(path).properties.title is None


@pytest.mark.unit
def test_cp1252_with_warning(tmp_path: Path) -> None:
    path = tmp_path / "win.txt"
    path.write_bytes("Na\u00efve \u201cquotes\u201d \u20ac5".encode("cp1252"))
    result = TextReader().read(path)
    assert result.passages[0].text == "Na\u00efve \u201cquotes\u201d \u20ac5"
    assert result.warnings == ("not valid UTF-8; decoded as Windows-1252 (cp1252)",)


@pytest.mark.unit
def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes("Tashkent\n\nSamarkand".encode("utf-16"))
    assert [p.text for p in TextReader().read(path).passages] == ["Tashkent", "Samarkand"]


@pytest.mark.unit
@pytest.mark.parametrize(("data", "reason"), [(b"\x00\x01binary", "not a text file"), (b" \n\t\n", "no text found")])
def test_unreadable_text(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError, match=f"^{reason}$"):
        TextReader().read(path)


@pytest.mark.unit
def test_limits(text_file: Path) -> None:
    with pytest.raises(LimitExceeded, match="limit of 60 characters"):
        TextReader().read(text_file, limits=Limits(max_chars=60))
    with pytest.raises(LimitExceeded, match="exceeds the limit of 10 bytes"):
        TextReader().read(text_file, limits=Limits(max_file_bytes=10))


@pytest.mark.unit
def test_clean_text() -> None:
    assert clean_text(" a\u00a0\u00a0b\x00c\u200b \r\n\r\n\r\n\r\n d\te ") == "a bc\n\nd e"


@pytest.mark.unit
def test_reader_identity() -> None:
    reader = TextReader()
    assert (reader.name, reader.extensions, reader.version) == ("text", (".txt", ".text"), "1")


@pytest.mark.unit
def test_unwrap_joins_soft_wraps_but_keeps_list_items_and_short_pdf_lines() -> None:
    from ingest.readers.text import unwrap

    assert unwrap("A sentence that wraps\nonto a second line.\n- first item\n- second item") == (
        "A sentence that wraps onto a second line.\n- first item\n- second item"
    )
    pdf = "A heading\n" + "x" * 70 + "\n" + "y" * 68 + "\nend of paragraph.\nNext short line"
    assert (
        unwrap(pdf, by_width=True) == "A heading\n" + "x" * 70 + " " + "y" * 68 + " end of paragraph.\nNext short line"
    )
