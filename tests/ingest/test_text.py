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
    assert (reader.name, reader.extensions, reader.version) == ("text", (".txt", ".text"), "16")


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


@pytest.mark.unit
def test_a_line_in_capitals_is_a_heading_and_not_joined_to_the_sentence_after_it(tmp_path: Path) -> None:
    from ingest.readers.text import TextReader, unwrap

    assert unwrap("HOW BIG A MICRO-CREDENTIAL SHOULD BE\nOur short courses run for six\nto ten weeks.") == (
        "HOW BIG A MICRO-CREDENTIAL SHOULD BE\nOur short courses run for six to ten weeks."
    )
    # acronyms inside wrapped prose are no heading
    assert unwrap("We met the ECTS\nUS team in June.") == "We met the ECTS US team in June."
    path = tmp_path / "input.txt"
    path.write_text("Title of the input\n\n2. FUNDING\nPublic money should cover the first course.\n", "utf-8")
    (first, second) = TextReader().read(path).passages
    assert second.text.split("\n") == ["2. FUNDING", "Public money should cover the first course."]


UTF16_SAMPLE = "Recognition in Ukraine – 5 €\n\nValidation of prior learning, in Україна too."


@pytest.mark.unit
@pytest.mark.parametrize(
    ("encoding", "label"), [("utf-16-le", "little-endian (UTF-16LE)"), ("utf-16-be", "big-endian (UTF-16BE)")]
)
def test_utf16_without_bom_decoded_with_warning(tmp_path: Path, encoding: str, label: str) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(UTF16_SAMPLE.encode(encoding))
    result = TextReader().read(path)
    assert [p.text for p in result.passages] == UTF16_SAMPLE.split("\n\n")
    assert result.warnings == (f"no byte-order mark; decoded as UTF-16 {label}",)


@pytest.mark.unit
@pytest.mark.parametrize(
    "data",
    [
        b"\x01\x00\x02\x00\x03\x00" * 200,  # little-endian 16-bit integers: NULs at odd positions, control chars
        bytes(range(256)) * 8,  # every byte value
        b"# Title\x00\x01\x02",  # a few NULs in short text
        "odd length".encode("utf-16-le") + b"\x00",  # UTF-16 cannot have an odd number of bytes
        "text".encode("utf-16-le") * 10 + b"\x01\xd8",  # an unpaired surrogate at the end
    ],
)
def test_binary_with_nul_bytes_still_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bin.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError, match="^not a text file$"):
        TextReader().read(path)


@pytest.mark.unit
def test_utf16_detection_by_nul_share() -> None:
    from ingest.readers.text import utf16_without_bom

    assert utf16_without_bom("plain text".encode("utf-16-le")) == "utf-16-le"
    assert utf16_without_bom("plain text".encode("utf-16-be")) == "utf-16-be"
    assert utf16_without_bom(b"plain ascii text") is None
    assert utf16_without_bom(b"\x00\x00\x00\x00\x00\x00") is None  # NULs on both parities


@pytest.mark.unit
def test_chart_formatting_helpers() -> None:
    from ingest.readers.drawing import format_category, format_chart, format_number

    assert [format_number(v) for v in (42.0, 4.3, 0.123456, None, float("nan"), "7")] == [
        "42",
        "4.3",
        "0.1235",
        "",
        "",
        "7",
    ]
    assert format_category("37261.0", "m/d/yy") == "2002-01-05"
    assert format_category("37261.0", "General") == "37261"
    text = format_chart("Demand", "bar", ["", "Share"], [("2024", ["Employers", "Providers"], [42, 31])])
    assert text == "Chart: Demand (bar)\nAxes: Share\nSeries 2024: Employers 42, Providers 31"
    many = format_chart(None, None, [], [(f"s{i}", [], [1.0] * 500) for i in range(100)])
    assert len(many) <= 4000 and many.endswith("…")


@pytest.mark.unit
def test_utf16_without_a_byte_order_mark_is_read_through_the_registry(tmp_path):
    from ingest.readers import reader_for

    path = tmp_path / "note.txt"
    path.write_bytes("Mikro-kredentziale: Überblick über die Anerkennung.\n\nZweiter Absatz.\n".encode("utf-16-le"))
    result = reader_for(path).read(path)
    assert result.passages[0].text.startswith("Mikro-kredentziale: Überblick")
    assert any("UTF-16" in w for w in result.warnings)


@pytest.mark.unit
def test_a_letters_salutation_closing_and_signature_are_left_out(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(
        "Dear Ms Rossi,\n\n"
        "The ministry supports listing micro-credentials of at least 5 ECTS in the register.\n\n"
        "Yours sincerely,\n\nDr. Maria Rossi\nDirector General\nMinistry of Education\n",
        encoding="utf-8",
    )
    passages = TextReader().read(path).passages
    assert [p.text for p in passages] == [
        "The ministry supports listing micro-credentials of at least 5 ECTS in the register.",
    ]
