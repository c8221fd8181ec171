"""The readers against real files from the pypdf, python-pptx and python-docx test suites.

The files live beside the repository (``../shared/testdata/parsers``) and are never copied into it;
the module is skipped when they are absent.
"""

from __future__ import annotations

import re
import shutil
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from ingest.model import ReadResult
from ingest.readers import ReadError, reader_for

ROOT = Path(__file__).resolve().parents[3] / "shared/testdata/parsers"

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not ROOT.is_dir(), reason=f"shared parser test data not found at {ROOT}"),
]

# From the testdata README; r6-owner-password.pdf has an empty user password and needs none.
PASSWORDS = {
    "crazyones-encrypted-256.pdf": "password",
    "encrypted-file.pdf": "test",
    "libreoffice-writer-password.pdf": "openpassword",
    "r2-user-password.pdf": "asdfzxcv",
    "r4-aes-user-password.pdf": "asdfzxcv",
    "r6-owner-password.pdf": "asdfzxcv",
    "r6-both-passwords.pdf": "foo",
    "password.pdf": "password",
}
LABELS = {
    "pdf": re.compile(r"^page \S+$"),
    "pptx": re.compile(r"^slide \d+( notes)?$"),
    "docx": re.compile(r"^(paragraphs? \d+(-\d+)?|table \d+|section \S.*?(, table \d+)?)$"),
}


def files(kind: str) -> list[Path]:
    folder = ROOT / kind
    return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


def read(name: str, kind: str, password: str | None = None) -> ReadResult:
    path = ROOT / kind / name
    return reader_for(path).read(path, password=password)


def reason_of(name: str, kind: str, password: str | None = None) -> str:
    with pytest.raises(ReadError) as info:
        read(name, kind, password)
    return info.value.reason


def words(text: str) -> str:
    return " ".join(text.split())


ALL_FILES = [(kind, path) for kind in LABELS for path in files(kind)]


@pytest.mark.parametrize(("kind", "path"), ALL_FILES, ids=[f"{k}/{p.name}" for k, p in ALL_FILES])
def test_every_file_reads_or_fails_with_a_reason(kind: str, path: Path) -> None:
    try:
        result = reader_for(path).read(path, password=PASSWORDS.get(path.name))
    except ReadError as exc:
        assert exc.reason.strip()
    else:
        assert result.passages
        for passage in result.passages:
            assert LABELS[kind].match(passage.location.label), passage.location.label
            assert passage.text.strip()
            number = passage.location.page or passage.location.slide
            if number is not None:
                assert 1 <= number <= result.units


def test_crazyones_text_matches_reference() -> None:
    expected = words((ROOT / "pdf/expected/crazyones.txt").read_text(encoding="utf-8"))
    result = read("crazyones.pdf", "pdf")
    assert [p.location.label for p in result.passages] == ["page 1"]
    assert SequenceMatcher(None, words(result.passages[0].text), expected).ratio() > 0.95


@pytest.mark.parametrize("name", sorted(n for n in PASSWORDS if n != "password.pdf"))
def test_encrypted_pdfs_open_with_their_password(name: str) -> None:
    if not (ROOT / "pdf" / name).exists():
        pytest.skip(f"{name} not in the shared test data")
    result = read(name, "pdf", PASSWORDS[name])
    assert result.passages[0].location.label == "page 1"
    assert result.passages[0].text.strip()


@pytest.mark.parametrize(
    "name",
    [
        "crazyones-encrypted-256.pdf",
        "encrypted-file.pdf",
        "libreoffice-writer-password.pdf",
        "r2-user-password.pdf",
        "r4-aes-user-password.pdf",
        "r6-both-passwords.pdf",
    ],
)
def test_encrypted_pdfs_need_a_password(name: str) -> None:
    assert reason_of(name, "pdf") == "encrypted: password needed"


def test_wrong_password_and_owner_passwords() -> None:
    assert reason_of("encrypted-file.pdf", "pdf", "qwerty") == "encrypted: wrong password"
    assert "asdfzxcv" in read("r6-both-passwords.pdf", "pdf", "bar").passages[0].text  # owner password
    assert read("r6-owner-password.pdf", "pdf").passages  # empty user password opens it


@pytest.mark.parametrize("name", ["imagemagick-images.pdf", "imagemagick-CCITTFaxDecode.pdf"])
def test_image_only_pdfs_without_text_are_refused(name: str) -> None:
    # 16-pixel images: nothing OCR could read, and without Tesseract the reason says how to enable OCR
    reason = reason_of(name, "pdf")
    expected = "no text layer, and OCR found no text" if shutil.which("tesseract") else "no text layer (needs OCR: "
    assert reason.startswith(expected)


def test_scanned_patent_page_is_read_by_ocr_or_refused_saying_how() -> None:
    if shutil.which("tesseract") is None:
        assert reason_of("encrypted_doc_no_id.pdf", "pdf").startswith("no text layer (needs OCR: install Tesseract")
        return
    result = read("encrypted_doc_no_id.pdf", "pdf")
    assert [(p.location.label, p.location.ocr) for p in result.passages] == [("page 2", True)]
    assert "abbreviations" in result.passages[0].text


def test_non_latin_text_survives() -> None:
    text = read("multilang.pdf", "pdf").passages[0].text
    assert "Hello World" in text
    assert re.search(r"[\u0600-\u06ff]", text) and re.search(r"[\u0400-\u04ff]", text)


def test_slide_notes() -> None:
    passages = read("sld-notes.pptx", "pptx").passages
    notes = [p for p in passages if re.match(r"^slide \d+ notes$", p.location.label)]
    assert notes and notes[0].location.notes and notes[0].text.strip()


def test_table_cells() -> None:
    by_label = {p.location.label: p.text for p in read("tbl-cell.pptx", "pptx").passages}
    assert by_label["slide 3"] == "a | b | c\nd | e | f\ng | h | i"


def test_group_shapes() -> None:
    # test_slides.pptx has text inside a group; shp-groupshape.pptx's grouped shapes are all empty
    # (checked in its slide XML), so for it "no text found" is the right answer.
    assert "Group test text" in read("test_slides.pptx", "pptx").passages[0].text
    assert reason_of("shp-groupshape.pptx", "pptx") == "no text found"


def test_deck_without_slides() -> None:
    assert reason_of("no-slides.pptx", "pptx") == "no slides found"


def test_missing_core_properties_are_empty_not_invented() -> None:
    result = read("no-core-props.pptx", "pptx")
    assert result.properties.title is None and result.passages


def test_docx_keeps_paragraph_and_table_order() -> None:
    passages = read("blk-paras-and-tables.docx", "docx").passages
    assert [p.location.label for p in passages] == ["paragraph 1", "table 2", "paragraph 2"]
    assert passages[0].text.startswith("Lorem ipsum")
    assert "Text before" in passages[1].text and "Between" in passages[1].text  # incl. the nested table
    assert passages[2].text.startswith("Donec semper")
