"""Zip guard: bombs, oversize archives and path tricks are refused before any parser runs."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ingest.readers.base import LimitExceeded, Limits, ReadError
from ingest.readers.docx import DocxReader
from ingest.readers.pptx import PptxReader
from ingest.readers.zipguard import check_zip


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A .docx whose only member is 50 MB of zeros (about 50 KB compressed)."""
    path = tmp_path_factory.mktemp("zip") / "bomb.docx"
    return write_zip(path, {"word/document.xml": b"\0" * (50 * 1024 * 1024)})


@pytest.mark.unit
def test_zip_bomb_refused_by_ratio(bomb: Path) -> None:
    with pytest.raises(LimitExceeded, match=r"^zip expansion ratio \d+:1 exceeds the limit 200:1$"):
        check_zip(bomb, Limits())


@pytest.mark.unit
@pytest.mark.parametrize("reader", [DocxReader(), PptxReader()])
def test_readers_run_the_guard_first(bomb: Path, reader) -> None:
    with pytest.raises(LimitExceeded, match="zip expansion ratio"):
        reader.read(bomb)


@pytest.mark.unit
def test_total_uncompressed_size_limit(bomb: Path) -> None:
    with pytest.raises(LimitExceeded, match=r"^uncompressed size 50\.0 MB exceeds the limit 10\.0 MB$"):
        check_zip(bomb, Limits(max_zip_bytes=10 * 1024 * 1024))


@pytest.mark.unit
def test_ratio_limit_is_configurable(bomb: Path) -> None:
    assert check_zip(bomb, Limits(max_zip_ratio=5000)) == ["word/document.xml"]


@pytest.mark.unit
def test_small_compressible_parts_are_fine(tmp_path: Path) -> None:
    # 500 KB of repetitive XML compresses far beyond 200:1 but cannot hurt anyone
    path = write_zip(tmp_path / "small.docx", {"word/document.xml": b"<w:p/>" * 80_000})
    assert check_zip(path, Limits()) == ["word/document.xml"]


@pytest.mark.unit
@pytest.mark.parametrize("name", ["/etc/passwd", "word/../../evil.xml", "..\\evil.xml", "C:/evil.xml"])
def test_unsafe_member_paths(tmp_path: Path, name: str) -> None:
    path = tmp_path / "evil.pptx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr(zipfile.ZipInfo(name), b"x")
    with pytest.raises(ReadError, match="^unsafe member path in zip"):
        check_zip(path, Limits())


@pytest.mark.unit
@pytest.mark.parametrize("data", [b"", b"%PDF-1.7 not a zip", b"PK\x03\x04truncated"])
def test_not_a_zip(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "x.docx"
    path.write_bytes(data)
    with pytest.raises(ReadError, match="^not a zip archive") as info:
        check_zip(path, Limits())
    assert not isinstance(info.value, LimitExceeded)


@pytest.mark.unit
def test_empty_zip(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "empty.docx", {})
    with pytest.raises(ReadError, match="^empty zip archive$"):
        check_zip(path, Limits())
