"""The whole folder of real parser test files through the real ingest: nothing crashes, every failure says why."""

from __future__ import annotations

import csv

import pytest

from pipeline.index.ingestion import ingest_paths
from pipeline.index.workspace_index import Index
from tests.conftest import SHARED, make_settings

PARSERS = SHARED / "parsers"
PASSWORDS = {
    "crazyones-encrypted-256.pdf": "password",
    "encrypted-file.pdf": "test",
    "libreoffice-writer-password.pdf": "openpassword",
    "r2-user-password.pdf": "asdfzxcv",
    "r4-aes-user-password.pdf": "asdfzxcv",
    "r6-both-passwords.pdf": "foo",
}
CLEAR_REASONS = ("encrypted", "no text", "needs OCR", "malformed", "no slides", "unsupported", "empty", "not a ")

pytestmark = [
    pytest.mark.integration,
    pytest.mark.slow,
    pytest.mark.skipif(not PARSERS.is_dir(), reason=f"shared parser test files not found at {PARSERS}"),
]


@pytest.fixture(scope="module")
def swept(tmp_path_factory, minilm):
    folder = tmp_path_factory.mktemp("meta")
    metadata = folder / "metadata.csv"
    with metadata.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "password", "contributor"])
        for name, password in PASSWORDS.items():
            writer.writerow([name, password, "pypdf test suite"])
    index = Index(make_settings(folder / "ws", isolate_readers=True, read_timeout_s=60), embedder=minilm)
    outcomes, _ = ingest_paths(index, [PARSERS / "pdf", PARSERS / "pptx", PARSERS / "docx"], metadata=metadata)
    return index, {o.file: o for o in outcomes}


def test_every_file_ingests_or_fails_with_a_clear_reason(swept):
    index, outcomes = swept
    assert len(outcomes) >= 55
    for file, outcome in outcomes.items():
        assert outcome.status in ("ingested", "failed"), (file, outcome)
        if outcome.status == "failed":
            assert any(r in outcome.reason for r in CLEAR_REASONS), (file, outcome.reason)
        else:
            assert outcome.chunks > 0
    assert index.vectors.count() == index.manifest.count_chunks()


def test_passwords_from_metadata_open_encrypted_pdfs(swept):
    _, outcomes = swept
    for name in PASSWORDS:
        assert outcomes[name].status == "ingested", (name, outcomes[name].reason)


def test_image_only_pdfs_and_empty_decks_say_so(swept):
    _, outcomes = swept
    assert "no text layer" in outcomes["imagemagick-CCITTFaxDecode.pdf"].reason  # needs OCR, or OCR found none
    assert outcomes["no-slides.pptx"].status == "failed"
    assert outcomes["multilang.pdf"].status == "ingested"
    assert outcomes["Seige_of_Vicksburg_Sample_OCR.pdf"].status == "ingested"


def test_notes_and_pages_keep_their_locations(swept):
    index, _ = swept
    labels = {(c.file, c.label) for c in index.manifest.all_chunks()}
    assert ("sld-notes.pptx", "slide 1 notes") in labels
    assert {("GeoBase_NHNC1_Data_Model_UML_EN.pdf", f"page {n}") for n in (1, 10, 19)} <= labels
