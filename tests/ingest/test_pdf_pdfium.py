"""PDFs pypdf cannot read are read by PDFium before they are refused, and the source says which engine read them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from ingest.readers.base import ReadError
from ingest.readers.pdf import PdfReader
from tests.reliability.generated import DAMAGED_TEXTS, raw_pdf, write_damaged_pdfs

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def damaged(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("damaged")
    write_damaged_pdfs(folder)
    return folder


@pytest.mark.unit
def test_a_damaged_xref_table_is_read_by_pdfium_page_by_page(damaged: Path) -> None:
    result = PdfReader().read(damaged / "damaged-xref.pdf")
    assert [(p.location.label, p.text) for p in result.passages] == [
        ("page 1", DAMAGED_TEXTS[0]),
        ("page 2", DAMAGED_TEXTS[1]),
    ]
    assert result.engine == "pypdfium2" and "PDFium" in result.engine_version
    assert result.warnings[0] == "read with PDFium: pypdf could not (malformed PDF: xref table read error)"


@pytest.mark.unit
def test_a_page_tree_containing_itself_gives_its_real_page(damaged: Path) -> None:
    result = PdfReader().read(damaged / "cyclic-page-tree.pdf")
    assert [p.text for p in result.passages] == [DAMAGED_TEXTS[0]]
    assert "cyclic" in result.warnings[0]


@pytest.mark.unit
def test_a_file_neither_engine_reads_is_refused_with_both_reasons(damaged: Path) -> None:
    with pytest.raises(ReadError) as info:
        PdfReader().read(damaged / "truncated.pdf")
    assert info.value.reason.startswith("malformed PDF: ")
    assert "; PDFium could not open it either (" in info.value.reason
    assert "\n" not in info.value.reason


@pytest.mark.unit
def test_a_pdf_pypdf_reads_keeps_pypdf_as_its_engine(tmp_path: Path) -> None:
    c = canvas.Canvas(str(tmp_path / "fine.pdf"))
    c.drawString(72, 760, "Providers publish the learning outcomes of every micro-credential.")
    c.save()
    result = PdfReader().read(tmp_path / "fine.pdf")
    assert result.engine == "" and result.passages[0].text.startswith("Providers publish")


@pytest.mark.integration
def test_the_source_records_pdfium_as_its_reader(damaged: Path, tmp_path: Path) -> None:
    env = {**os.environ, "GUIDELINES_EMBEDDING": "fake:64", "PYTHONPATH": str(REPO)}
    workspace = ["--workspace", str(tmp_path / "ws")]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "damaged-xref.pdf").write_bytes((damaged / "damaged-xref.pdf").read_bytes())

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "cli", *args, "--json", *workspace]
        return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)

    assert cli("ingest", str(folder)).returncode == 0
    sources = json.loads(cli("sources").stdout)
    source = next(s for s in sources if s["file"] == "damaged-xref.pdf")
    assert source["reader"] == "pypdfium2" and "PDFium" in source["reader_version"]


def _broken_page_pdf(path: Path) -> Path:
    """Two pages whose second content stream ends inside an inline image (no "EI"): pypdf's parser stops on it,
    PDFium reads the text drawn before it."""
    contents = [
        b"BT /F1 11 Tf 72 720 Td (%s) Tj ET" % DAMAGED_TEXTS[0].encode(),
        b"BT /F1 11 Tf 72 720 Td (%s) Tj ET\nBI /W 2 /H 2 /BPC 8 /CS /G ID \x00\x01\x02" % DAMAGED_TEXTS[1].encode(),
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [6 0 R 7 0 R] /Count 2 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data) for data in contents),
        page + b"/Contents 4 0 R >>",
        page + b"/Contents 5 0 R >>",
    ]
    path.write_bytes(raw_pdf(objects))
    return path


@pytest.mark.unit
def test_a_page_pypdf_fails_on_is_read_by_pdfium_and_said_once(tmp_path: Path) -> None:
    result = PdfReader().read(_broken_page_pdf(tmp_path / "broken_page.pdf"))
    assert [(p.location.label, p.text) for p in result.passages] == [
        ("page 1", DAMAGED_TEXTS[0]),
        ("page 2", DAMAGED_TEXTS[1]),
    ]
    assert result.engine == ""  # pypdf read the file; PDFium only the one page
    notes = [w for w in result.warnings if "PDFium" in w]
    assert notes == ["page 2 read with PDFium, without headings or tables: pypdf could not (Unexpected end of stream.)"]


@pytest.mark.integration
def test_the_ingest_warning_names_the_file_and_the_page(tmp_path: Path) -> None:
    env = {**os.environ, "GUIDELINES_EMBEDDING": "fake:64", "PYTHONPATH": str(REPO)}
    folder = tmp_path / "in"
    folder.mkdir()
    _broken_page_pdf(folder / "broken_page.pdf")
    command = [sys.executable, "-m", "cli", "ingest", str(folder), "--workspace", str(tmp_path / "ws")]
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0
    said = [line for line in done.stderr.splitlines() if "PDFium" in line]
    assert len(said) == 1 and said[0].startswith("warning: broken_page.pdf: page 2 read with PDFium")


def _fine_pdf(folder: Path) -> Path:
    c = canvas.Canvas(str(folder / "fine.pdf"))
    c.drawString(72, 760, "Providers publish the learning outcomes of every micro-credential.")
    c.save()
    return folder / "fine.pdf"


def _our_bug(*args: object, **kwargs: object) -> None:
    raise RuntimeError("a deliberate bug in our reading")


@pytest.mark.unit
@pytest.mark.parametrize("where", ["clean_pdf_text", "assemble"])  # inside the page loop, and after it
def test_a_bug_in_our_reader_surfaces_instead_of_calling_the_file_malformed(tmp_path, monkeypatch, where) -> None:
    monkeypatch.setattr(f"ingest.readers.pdf.{where}", _our_bug)
    with pytest.raises(RuntimeError, match="deliberate bug"):
        PdfReader().read(_fine_pdf(tmp_path))


@pytest.mark.unit
def test_the_reader_process_reports_our_bug_as_the_readers_failure(tmp_path, monkeypatch) -> None:
    from ingest.isolation import answer
    from ingest.readers.text import DEFAULT_LIMITS

    monkeypatch.setattr("ingest.readers.pdf.clean_pdf_text", _our_bug)
    status, reason, *_ = answer(str(_fine_pdf(tmp_path)), None, DEFAULT_LIMITS, 1 << 30)
    assert status == "crash" and reason == "RuntimeError: a deliberate bug in our reading"


@pytest.mark.unit
def test_only_errors_raised_inside_pypdf_are_pypdfs() -> None:
    import zlib

    from pypdf.errors import PdfReadError

    from ingest.readers.pdf import raised_by_pypdf

    def caught(call):
        try:
            call()
        except Exception as exc:  # noqa: BLE001 - the test looks at whichever it is
            return exc
        raise AssertionError("no exception")

    from pypdf.filters import ASCII85Decode

    assert raised_by_pypdf(PdfReadError("xref table read error"))
    assert raised_by_pypdf(caught(lambda: ASCII85Decode.decode(b"\x00\x01")))  # a ValueError, inside pypdf
    assert not raised_by_pypdf(caught(lambda: zlib.decompress(b"not deflated data")))  # raised from our call
    assert not raised_by_pypdf(caught(lambda: [][1]))
