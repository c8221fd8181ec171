"""Every kind of bad input through the real ``guidelines ingest`` in one batch.

Each bad file gets one clear line naming it and the reason (and, for a limit, the setting), the good
files around it are ingested, and what the workspace held before stays searchable.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.generated import (
    GOOD_TEXT,
    OUTSIDE_SECRET,
    Case,
    good_docx,
    nested_groups_pptx,
    text_pdf,
    write_all,
    zip_bomb,
)

REPO = Path(__file__).resolve().parents[2]
EARLIER = "Validation of prior learning lets adults turn workplace experience into credits."
REPLACED = "Assessors record evidence of competence against each stated learning outcome."


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m cli.main ...`` with the tiny test embedding, from the repository root."""
    full_env = {**os.environ, "GUIDELINES_EMBEDDING": "fake:64", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "cli", *args],
        cwd=REPO,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def ingest(workspace: Path, *paths: Path, env: dict[str, str] | None = None) -> tuple[int, dict[str, dict], str]:
    """Run ``ingest --json``; the exit code, outcomes by file, and stderr."""
    done = run_cli("ingest", *map(str, paths), "--json", "--workspace", str(workspace), env=env)
    assert "Traceback" not in done.stderr, done.stderr
    outcomes = json.loads(done.stdout)
    return done.returncode, {o["file"]: o for o in outcomes}, done.stderr


def search(workspace: Path, query: str) -> list[dict]:
    done = run_cli("search", query, "--method", "bm25", "--k", "20", "--json", "--workspace", str(workspace))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def sweep(tmp_path_factory):
    """A workspace with two earlier sources, then one batch of every generated case plus good files."""
    root = tmp_path_factory.mktemp("bad-input")
    workspace = root / "ws"
    earlier = root / "earlier"
    earlier.mkdir()
    (earlier / "earlier.txt").write_text(EARLIER + "\n")
    upload = root / "upload"
    upload.mkdir()
    good_docx(upload / "replaced.docx", REPLACED)
    code, first, _ = ingest(workspace, earlier, upload)
    assert code == 0 and {o["status"] for o in first.values()} == {"ingested"}, first
    # The previously good file is overwritten by a zip bomb: it must fail, and its ingested version stay.
    (upload / "replaced.docx").unlink()
    zip_bomb(upload / "replaced.docx", "word/document.xml")
    cases = write_all(upload, root / "outside")
    code, outcomes, stderr = ingest(workspace, upload)
    return {"root": root, "workspace": workspace, "cases": cases, "code": code, "outcomes": outcomes, "stderr": stderr}


@pytest.mark.integration
def test_the_batch_reports_every_case_and_exits_3(sweep):
    assert sweep["code"] == 3
    expected = {case.file for case in sweep["cases"]} | {"replaced.docx"}
    assert set(sweep["outcomes"]) == expected


def _mismatch(case: Case, outcome: dict) -> str:
    """Why an outcome does not meet its case's expectation, or "" when it does."""
    if outcome["status"] != case.status:
        return f"status {outcome['status']}, expected {case.status}"
    text = " ".join([outcome["reason"], *outcome["warnings"]]).lower()
    missing = [word for word in case.words if word.lower() not in text]
    if missing:
        return f"reason does not say {missing}"
    if case.status == "failed" and ("\n" in outcome["reason"] or "Traceback" in outcome["reason"]):
        return "reason is not one line"
    copy = "same content" in outcome["reason"]  # a second submission is recorded without passages of its own
    if (case.status == "ingested" and not copy) != (outcome["chunks"] > 0):
        return f"{outcome['chunks']} chunks"
    return ""


@pytest.mark.integration
def test_each_case_gets_its_outcome_and_a_reason_naming_the_problem(sweep):
    wrong = {}
    for case in sweep["cases"]:
        outcome = sweep["outcomes"][case.file]
        problem = _mismatch(case, outcome)
        if problem:
            wrong[case.file] = (problem, outcome["reason"], outcome["warnings"])
    assert not wrong, json.dumps(wrong, indent=1, ensure_ascii=False)


@pytest.mark.integration
def test_each_failure_is_one_stderr_line_naming_the_file(sweep):
    lines = sweep["stderr"].splitlines()
    for file, outcome in sweep["outcomes"].items():
        if outcome["status"] == "failed":
            assert f"failed: {file}: {outcome['reason']}" in lines, file


@pytest.mark.integration
def test_a_file_that_turned_bad_keeps_its_earlier_version(sweep):
    outcome = sweep["outcomes"]["replaced.docx"]
    assert outcome["status"] == "failed"
    assert "zip bomb" in outcome["reason"] and "max_zip_ratio" in outcome["reason"]
    assert "is kept" in outcome["reason"]
    assert any(hit["file"] == "replaced.docx" for hit in search(sweep["workspace"], "assessors evidence competence"))


@pytest.mark.integration
def test_earlier_sources_and_good_files_are_searchable(sweep):
    workspace = sweep["workspace"]
    assert any(hit["file"] == "earlier.txt" for hit in search(workspace, "prior learning workplace experience"))
    hits = {hit["file"]: hit for hit in search(workspace, "credits stack full qualification")}
    assert "good.md" in hits and hits["good.md"]["contributor"] == "Ana Silva"  # its metadata row still applies
    assert any(hit["file"] == "good.docx" for hit in search(workspace, "recognition officers compare workload"))


@pytest.mark.integration
def test_mixed_and_legacy_encodings_decode_to_the_right_characters(sweep):
    texts = {hit["file"]: hit["text"] for hit in search(sweep["workspace"], "Deuxième Résumé Qualité résultats")}
    assert "Résumé in UTF-8. Deuxième phrase en Latin-1." in texts["mixed-encodings.md"]
    assert "Qualité des résultats" in texts["latin1.txt"]
    assert "d’apprentissage – 5 €" in texts["cp1252.txt"]
    assert "d’apprentissage – 5 €" in texts["utf16-bom.txt"]


@pytest.mark.integration
def test_nothing_outside_the_upload_folder_was_read(sweep):
    from pipeline.index.workspace_index import Index
    from tests.conftest import make_settings

    index = Index(make_settings(sweep["workspace"], embedding="fake:64"))
    assert all(OUTSIDE_SECRET not in chunk.text for chunk in index.manifest.all_chunks())
    files = {source.file for source in index.manifest.sources()}
    assert not any(".." in file or "escape" in file for file in files), files
    assert not search(sweep["workspace"], "Outside-the-folder secret never ingested")


@pytest.mark.integration
@pytest.mark.slow
def test_a_second_run_changes_nothing_and_gives_the_same_reasons(sweep):
    code, again, _ = ingest(sweep["workspace"], sweep["root"] / "upload")
    assert code == 3
    for file, outcome in sweep["outcomes"].items():
        if outcome["status"] == "failed":
            assert again[file]["status"] == "failed"
            assert again[file]["reason"].split(" (the version")[0] == outcome["reason"].split(" (the version")[0]
        else:
            assert again[file]["status"] == "unchanged", (file, again[file])


@pytest.mark.integration
@pytest.mark.slow
def test_lowered_limits_are_settings_and_each_refusal_names_its_setting(tmp_path):
    folder = tmp_path / "limits"
    folder.mkdir()
    (folder / "big.txt").write_text((GOOD_TEXT + "\n\n") * 700)  # about 60 KB
    (folder / "long.md").write_text("# Notes\n\n" + (GOOD_TEXT + " ") * 15)  # 1.3 KB: over 1,000 characters
    pages = folder / "three-pages.pdf"
    _three_page_pdf(pages)
    nested_groups_pptx(folder / "nested.pptx", depth=5)
    zip_bomb(folder / "unzips-to-1mb.docx", "word/document.xml", megabytes=1)
    text_pdf(folder / "fine.pdf", GOOD_TEXT)
    env = {
        "GUIDELINES_MAX_FILE_MB": "0.05",
        "GUIDELINES_MAX_CHARS": "1000",
        "GUIDELINES_MAX_PAGES": "2",
        "GUIDELINES_MAX_GROUP_DEPTH": "3",
        "GUIDELINES_MAX_ZIP_MB": "0.5",
    }
    code, outcomes, _ = ingest(tmp_path / "ws", folder, env=env)
    assert code == 3
    expected = {
        "big.txt": "(setting max_file_mb)",
        "long.md": "(setting max_chars)",
        "three-pages.pdf": "(setting max_pages)",
        "nested.pptx": "(setting max_group_depth)",
        "unzips-to-1mb.docx": "(setting max_zip_mb)",
    }
    for file, setting in expected.items():
        assert outcomes[file]["status"] == "failed" and setting in outcomes[file]["reason"], outcomes[file]
    assert outcomes["fine.pdf"]["status"] == "ingested"


def _three_page_pdf(path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    single = text_pdf(path.with_name("one.tmp"), GOOD_TEXT)
    writer = PdfWriter()
    for _ in range(3):
        writer.add_page(PdfReader(single).pages[0])
    writer.write(path)
    single.unlink()


@pytest.mark.unit
def test_a_page_of_50_mb_of_text_is_refused_before_extraction(tmp_path):
    from ingest.readers.base import LimitExceeded, Limits
    from ingest.readers.pdf import PdfReader
    from tests.reliability.generated import huge_text_page_pdf

    path = huge_text_page_pdf(tmp_path / "huge.pdf", megabytes=50)
    with pytest.raises(LimitExceeded) as info:
        PdfReader().read(path, limits=Limits())
    assert "page 1 alone holds about" in info.value.reason and "(setting max_chars)" in info.value.reason


@pytest.mark.unit
def test_a_large_drawing_with_little_text_is_not_refused_by_the_text_estimate(tmp_path):
    from ingest.readers.base import Limits
    from ingest.readers.pdf import PdfReader
    from tests.reliability.generated import raw_pdf

    drawing = b"0 0 m 100 100 l S\n" * 20_000  # 360 KB of vector strokes, no text
    content = drawing + b"BT /F1 11 Tf 72 720 Td (" + GOOD_TEXT.encode() + b") Tj ET"
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        page + b"/Contents 4 0 R >>",
    ]
    (tmp_path / "map.pdf").write_bytes(raw_pdf(objects))
    result = PdfReader().read(tmp_path / "map.pdf", limits=Limits(max_chars=1000))
    assert result.passages[0].text == GOOD_TEXT


@pytest.mark.unit
def test_limit_reasons_name_the_setting_while_the_message_stays_the_measurement():
    from ingest.readers.base import LimitExceeded

    exc = LimitExceeded("3 pages exceed the limit of 2 pages", "max_pages", "split the file")
    assert str(exc) == "3 pages exceed the limit of 2 pages"
    assert exc.reason == "3 pages exceed the limit of 2 pages (setting max_pages); split the file"


@pytest.mark.unit
def test_mixed_utf8_and_legacy_bytes_keep_both_parts_readable():
    from ingest.readers.text import decode_text

    data = "Résumé – ".encode() + "deuxième “phrase”".encode("cp1252") + b" \x81"
    text, warnings = decode_text(data)
    assert text == "Résumé – deuxième “phrase” \x81"
    assert warnings and warnings[0].startswith("mixed encodings")
    assert decode_text("Qualité".encode("latin-1"))[1] == ("not valid UTF-8; decoded as Windows-1252 (cp1252)",)
