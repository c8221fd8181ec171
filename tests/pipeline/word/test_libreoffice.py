"""The export opens in LibreOffice: headless conversion to PDF succeeds and the PDF shows headings and footnotes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.drafting.drafts import DraftStore
from pipeline.model import DraftResult, Paragraph, Sentence
from pipeline.word.export import export_docx
from tests.pipeline.word.test_docx_writer import OUTLINE, W, build_store


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


WORD_CELL_MARGIN_TWIPS = 108  # Word's default left and right cell margin (0.19 cm), when a table sets none


def cell_margins_pt(table) -> float:  # noqa: ANN001 - a python-docx table
    """The left plus right cell margins the table asks for, in points."""
    total = 0.0
    for side in ("left", "right"):
        found = table._tbl.tblPr.find(f"{W}tblCellMar/{W}{side}")
        total += (int(found.get(f"{W}w")) if found is not None else WORD_CELL_MARGIN_TWIPS) / 20
    return total


TABLE_FONT_PT = 8.5


def wide_store(path: Path) -> DraftStore:
    """A section citing contributions whose metadata holds the long words that used to break in annex columns."""
    long_words = [
        ("Interuniversitätskooperationszentrum", "Kazakhstan", "quality_assurance_expert", "presentation"),
        ("Qualifikationsrahmenentwicklung", "Kyrgyzstan", "curriculum_developer", "policy_brief"),
        ("Hochschulrektorenkonferenz", "Liechtenstein", "recognition_officer", "expert_input"),
        ("Agency", "Azerbaijan", "assessor", "other"),
    ]
    sources = {}
    for i, (organisation, country, role, kind) in enumerate(long_words * 3):
        sources[f"c{i}"] = {
            "file": f"contribution-{i:02d}-microcredentials-{country.lower()}.pdf",
            "title": f"Recognition of micro-credentials in {country}",
            "contributor": f"Expert Number{i}",
            "organisation": organisation,
            "country": country,
            "region": "Central Asia" if country.endswith("stan") else "EU",
            "kind": kind,
            "role": role,
            "location": f"section {i}.2 Interoperability and portability, table {i}",
            "text": f"Representatives of {organisation} considered internationalisation. " * (1 + i % 4),
        }
    sentences = tuple(
        Sentence(f"{s['organisation']} considered internationalisation.", (cid,), 0.9) for cid, s in sources.items()
    )
    store = DraftStore(path)
    store.save(
        "nqf-registers", DraftResult((Paragraph(sentences, theme="q"),)), author="d", expected=0, sources=sources
    )
    return store


def pdf_words(pdf: Path, size: float) -> dict[str, float]:
    """Each whole word set at ``size`` points (one line, between spaces or line ends) -> its widest width in points."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    widths: dict[str, float] = {}
    document = pdfium.PdfDocument(str(pdf))
    try:
        for page in document:
            text = page.get_textpage()
            words: list[list] = []  # [text, left, right, baseline]
            fresh = True
            for k in range(text.count_chars()):
                ch = chr(raw.FPDFText_GetUnicode(text.raw, k))
                if ch.isspace() or abs(raw.FPDFText_GetFontSize(text.raw, k) - size) >= 0.2:
                    fresh = True
                    continue
                x0, y0, x1, _ = text.get_charbox(k)
                if fresh or abs(y0 - words[-1][3]) > size / 2:  # a new line starts a new word
                    words.append([ch, x0, x1, y0])
                else:
                    words[-1][0] += ch
                    words[-1][2] = x1
                fresh = False
            for word, left, right, _ in words:
                widths[word] = max(widths.get(word, 0.0), right - left)
    finally:
        document.close()
    return widths


@pytest.mark.slow
@pytest.mark.integration
def test_no_word_in_a_table_is_wider_than_its_column(tmp_path: Path) -> None:
    pytest.importorskip("pypdfium2", reason="pypdfium2 (the test extra) reads word positions from the PDF")
    import docx

    binary = office()
    with wide_store(tmp_path / "drafts.sqlite") as store:
        contributions = [
            {"file": s["file"], "contributor": s["contributor"], "country": s["country"], "region": s["region"],
             "kind": s["kind"], "sentences": 1, "sections": ["nqf-registers"], "duplicate_of": None}
            for s in store.current("nqf-registers").sources.values()
        ]  # fmt: skip
        coverage = {"contributions": contributions, "sections": []}
        docx_path = export_docx(tmp_path / "wide.docx", OUTLINE, store, coverage=coverage).path
    done = convert(binary, docx_path, tmp_path, "pdf")
    assert done.returncode == 0, done.stderr
    widths = pdf_words(tmp_path / "wide.pdf", TABLE_FONT_PT)
    checked = 0
    for table in docx.Document(str(docx_path)).tables:
        headers = [c.text for c in table.rows[0].cells]
        grid = table._tbl.tblGrid.findall(f"{W}gridCol")
        for c, header in enumerate(headers):
            if header == "File":
                continue  # file names have no spaces to wrap at: they may break, as the export format says
            room = int(grid[c].get(f"{W}w")) / 20 - cell_margins_pt(table)
            for row in table.rows:
                for word in row.cells[c].text.split():
                    assert word in widths, f"'{word}' ({header}) is not whole on one line of the PDF"
                    assert widths[word] <= room + 0.5, f"'{word}' is {widths[word]:.1f} pt in a {room:.1f} pt column"
                    checked += 1
    assert checked > 300  # the annexes' words, Kazakhstan and Interuniversitätskooperationszentrum among them
