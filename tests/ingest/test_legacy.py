"""Word, PowerPoint and Excel 97-2003 files: converted by LibreOffice when it is there, else a clear refusal."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import docx
import pytest

from ingest.readers import legacy as legacy_module
from ingest.readers import reader_for
from ingest.readers.base import ReadError

OLE = bytes.fromhex("d0cf11e0a1b11ae1")
HAS_OFFICE = legacy_module.find_office() is not None


def word_docx(path: Path) -> Path:
    document = docx.Document()
    document.core_properties.title = "Recognition of short courses"
    document.add_heading("Recognition", level=1)
    document.add_paragraph("Ministries still send their inputs as Word 97-2003 files.")
    document.add_heading("Workload", level=1)
    document.add_paragraph("A minimum of one ECTS credit keeps the register readable.")
    document.save(path)
    return path


@pytest.mark.unit
def test_without_libreoffice_a_legacy_file_is_refused_saying_what_to_do(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(legacy_module, "find_office", lambda: None)
    for name, expected in (
        ("input.doc", "Word 97-2003 document (.doc): save it as .docx, or install LibreOffice (libreoffice-writer)"),
        ("deck.ppt", "PowerPoint 97-2003 presentation (.ppt): save it as .pptx, or install LibreOffice"),
        ("survey.xls", "Excel 97-2003 workbook (.xls): save it as .xlsx, or install LibreOffice (libreoffice-calc)"),
    ):
        path = tmp_path / name
        path.write_bytes(OLE + b"\0" * 600)
        with pytest.raises(ReadError) as info:
            reader_for(path).read(path)
        assert info.value.reason.startswith(expected)


@pytest.mark.unit
def test_a_doc_that_is_really_rtf_or_docx_is_read_by_that_reader(tmp_path: Path) -> None:
    rtf = tmp_path / "saved-as-rtf.doc"
    rtf.write_bytes(b"{\\rtf1\\ansi Word wrote this RTF under a .doc name.\\par}")
    assert reader_for(rtf).name == "rtf"
    assert "RTF under a .doc name" in reader_for(rtf).read(rtf).passages[0].text
    renamed = word_docx(tmp_path / "renamed.doc")
    assert reader_for(renamed).name == "python-docx"


@pytest.mark.unit
def test_a_pdf_named_doc_is_refused_as_such(tmp_path: Path) -> None:
    path = tmp_path / "input.doc"
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    with pytest.raises(ReadError, match=r"^not a Word 97-2003 document \(content looks like PDF\)$"):
        reader_for(path)


@pytest.mark.slow
@pytest.mark.skipif(not HAS_OFFICE, reason="LibreOffice (soffice) is not installed; .ci/run installs it")
def test_a_word_97_document_is_converted_and_read_with_its_sections(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = word_docx(tmp_path / "input.docx")
    office = legacy_module.find_office()
    subprocess.run(
        [office, "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
         "--convert-to", "doc", "--outdir", str(tmp_path / "out"), str(source)],
        check=True, capture_output=True, timeout=180, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    legacy = tmp_path / "out" / "input.doc"
    assert legacy.read_bytes().startswith(OLE)
    # temporary folders made here, not in the machine's /tmp, where other processes' conversions come and go
    private = tmp_path / "tmp"
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    result = reader_for(legacy).read(legacy)
    assert not list(private.glob("legacy-*"))  # the conversion folder is gone
    assert [p.location.label for p in result.passages] == ["section 1 Recognition", "section 2 Workload"]
    assert "one ECTS credit" in result.passages[1].text
    assert any("converted from .doc to .docx with LibreOffice" in w for w in result.warnings)


@pytest.mark.slow
@pytest.mark.skipif(not HAS_OFFICE, reason="LibreOffice (soffice) is not installed; .ci/run installs it")
def test_a_damaged_legacy_file_is_one_clear_refusal(tmp_path: Path) -> None:
    path = tmp_path / "damaged.doc"
    path.write_bytes(OLE + bytes(range(256)) * 8)
    with pytest.raises(ReadError, match=r"^LibreOffice could not convert this Word 97-2003 document"):
        reader_for(path).read(path)


@pytest.mark.slow
@pytest.mark.skipif(not HAS_OFFICE, reason="LibreOffice (soffice) is not installed; .ci/run installs it")
def test_a_legacy_file_is_ingested_through_the_reader_process(tmp_path: Path, make_index) -> None:
    from pipeline.index.ingestion import ingest_paths

    source = word_docx(tmp_path / "input.docx")
    folder = tmp_path / "inbox"
    office = legacy_module.find_office()
    subprocess.run(
        [office, "--headless", "--norestore", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
         "--convert-to", "doc", "--outdir", str(folder), str(source)],
        check=True, capture_output=True, timeout=180, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    index = make_index(isolate_readers=True)  # under the reader process's memory and time limits
    outcomes, _ = ingest_paths(index, [folder])
    assert [(o.file, o.status) for o in outcomes] == [("input.doc", "ingested")]
    labels = [c.label for c in index.manifest.chunks(index.manifest.chunk_ids("input.doc")).values()]
    assert sorted(labels) == ["section 1 Recognition", "section 2 Workload"]
