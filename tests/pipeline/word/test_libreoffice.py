"""The export opens in LibreOffice: headless conversion to PDF succeeds and the PDF shows headings and footnotes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.drafting.drafts import DraftStore
from pipeline.word.export import export_docx
from tests.pipeline.word.test_docx_writer import OUTLINE, build_store


def office() -> str:
    """The LibreOffice binary on PATH, or skip."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.skip("LibreOffice not installed; .ci/run installs libreoffice-writer-nogui")
    return found


def convert(binary: str, source: Path, outdir: Path, target: str) -> subprocess.CompletedProcess:
    """LibreOffice headless conversion with a private profile: a user's running LibreOffice (or a parallel
    test) would otherwise swallow the job."""
    profile = (outdir.parent / f"lo-profile-{outdir.name}").as_uri()
    return subprocess.run(
        [binary, f"-env:UserInstallation={profile}", "--headless", "--convert-to", target, "--outdir", str(outdir),
         str(source)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip


@pytest.mark.slow
@pytest.mark.integration
def test_libreoffice_converts_the_export_to_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader

    binary = office()
    with build_store(tmp_path / "drafts.sqlite") as store:
        docx_path = export_docx(tmp_path / "guidelines.docx", OUTLINE, store).path
    done = convert(binary, docx_path, tmp_path, "pdf")
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "guidelines.pdf"
    assert pdf.is_file(), done.stdout + done.stderr
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf).pages)
    for heading in ("Registers and the NQF", "Assessment", "Annex 1. Contributions", "Annex 2. Cited passages"):
        assert heading in text
    assert "Ana Lis, Quality Agency (Slovenia): Register brief, page 2." in text  # a footnote's wording
    assert "Kai Rebane (Estonia): Deck, slide 4 notes." in text


@pytest.mark.slow
@pytest.mark.integration
def test_a_copy_saved_by_libreoffice_keeps_its_export_map(tmp_path: Path) -> None:
    from pipeline.word.review.reader import read_review

    binary = office()
    with build_store(tmp_path / "drafts.sqlite") as store:
        docx_path = export_docx(tmp_path / "guidelines.docx", OUTLINE, store).path
    saved = tmp_path / "saved"
    done = convert(binary, docx_path, saved, "docx:MS Word 2007 XML")
    assert done.returncode == 0, done.stderr
    reviewed = read_review(saved / "guidelines.docx")  # raises if the map was dropped on save
    exported = [s.section_id for s in reviewed.export.sections]
    assert exported and exported == [s.id for s in OUTLINE.sections if s.id in exported]
    assert sorted(reviewed.sections) == [s.n for s in reviewed.export.sections]  # every section found again
    from pipeline.word.review.importer import import_reviewed

    with DraftStore(tmp_path / "drafts.sqlite") as store:  # untouched by a reviewer: nothing to import
        assert {r.status for r in import_reviewed(reviewed, store)} == {"unchanged"}
