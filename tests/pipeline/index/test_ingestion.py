"""Ingest runs against a real workspace: locations, incremental re-ingest, replacement, removal, failures."""

from __future__ import annotations

import os
import shutil

import pytest

from pipeline.index.ingestion import Ingester, discover, ingest_paths
from pipeline.index.workspace_index import Index, IndexMismatch
from tests.builders import write_metadata
from tests.conftest import CountingEmbedder, make_settings

pytestmark = [pytest.mark.integration, pytest.mark.scaleout]


def labels(index: Index, file: str) -> set[str]:
    return {c.label for c in index.manifest.all_chunks() if c.file == file}


def test_every_format_lands_with_its_locations(ingested):
    assert "page 2" in labels(ingested, "brief.pdf")
    assert {"slide 1", "slide 2", "slide 2 notes"} <= labels(ingested, "deck.pptx")
    assert {"section 1 Assessment methods", "section 2 Workload, table 1"} <= labels(ingested, "assessment.docx")
    assert {"section 1 Pathways", "section 2 Limits"} <= labels(ingested, "stacking.md")
    assert "paragraph 2" in labels(ingested, "recognition.txt")
    status = ingested.status()
    assert status["chunks"] == status["vectors"] > 0


def test_metadata_comes_from_the_csv_and_region_from_the_country(ingested):
    meta = ingested.manifest.source("recognition.txt").meta
    assert meta["title"] == "Recognition note from Serbia"
    assert (meta["contributor"], meta["country"], meta["region"], meta["kind"]) == (
        "Mila Jovic",
        "Serbia",
        "partner",
        "expert_input",
    )
    assert ingested.manifest.source("deck.pptx").meta["region"] == "EU"
    assert ingested.manifest.source("brief.pdf").meta["reader"] == "pypdf"
    assert ingested.manifest.source("brief.pdf").meta["reader_version"]


def test_reingest_of_unchanged_files_reads_and_embeds_nothing(tmp_path, corpus_dir, make_index, embedder, monkeypatch):
    index = make_index(embedder=embedder)
    first, _ = ingest_paths(index, [corpus_dir])
    assert embedder.texts == sum(o.chunks for o in first)

    def no_read(self, candidate):
        raise AssertionError(f"{candidate.file} was parsed again")

    monkeypatch.setattr(Ingester, "_read", no_read)
    again = CountingEmbedder(embedder.inner)
    second, _ = ingest_paths(make_index(embedder=again), [corpus_dir])
    assert [o.status for o in second] == ["unchanged"] * 5
    assert [o.chunks for o in second] == [o.chunks for o in first]
    assert again.texts == 0


def test_changed_file_replaces_its_old_chunks(tmp_path, corpus_dir, make_index, embedder):
    folder = tmp_path / "c"
    shutil.copytree(corpus_dir, folder)
    index = make_index(embedder=embedder)
    ingest_paths(index, [folder])
    old_ids = set(index.manifest.chunk_ids("stacking.md"))
    (folder / "stacking.md").write_text("# Stacking\n\n## 1 Pathways\n\nStacking is now limited to one third.\n")
    outcomes, _ = ingest_paths(index, [folder])
    status = {o.file: o.status for o in outcomes}
    assert status.pop("stacking.md") == "ingested"
    assert set(status.values()) == {"unchanged"}
    new_ids = set(index.manifest.chunk_ids("stacking.md"))
    assert new_ids and not (new_ids & old_ids)
    assert not index.vectors.existing(sorted(old_ids))
    assert index.vectors.count() == index.manifest.count_chunks()
    assert labels(index, "stacking.md") == {"section 1 Pathways"}


def test_metadata_change_updates_sources_and_reembeds_only_when_indexed_text_changes(
    tmp_path, corpus_dir, make_index, embedder
):
    from pipeline.index.search import Filters, Searcher

    folder = tmp_path / "c"
    shutil.copytree(corpus_dir, folder)
    index = make_index(embedder=embedder)
    ingest_paths(index, [folder])
    before = embedder.texts
    write_metadata(
        folder, [{"file": "stacking.md", "contributor": "Mila Jovic", "country": "Serbia", "role": "expert"}]
    )
    outcomes, _ = ingest_paths(index, [folder / "stacking.md"])
    assert outcomes[0].status == "ingested"
    assert embedder.texts == before  # the role is not part of the indexed text: vectors reused
    assert index.manifest.source("stacking.md").meta["role"] == "expert"
    write_metadata(folder, [{"file": "stacking.md", "contributor": "Mila Jovic", "country": "Montenegro"}])
    ingest_paths(index, [folder / "stacking.md"])
    assert embedder.texts == before + outcomes[0].chunks  # the country heads each chunk's indexed text
    hits = Searcher(index).search("stacking", k=5, filters=Filters(country=("Montenegro",)))
    assert {h.file for h in hits} == {"stacking.md"}


def test_a_bad_file_fails_alone_and_keeps_the_earlier_version(tmp_path, corpus_dir, make_index):
    folder = tmp_path / "c"
    shutil.copytree(corpus_dir, folder)
    index = make_index()
    ingest_paths(index, [folder])
    kept = index.manifest.chunk_ids("assessment.docx")
    (folder / "assessment.docx").write_bytes(b"%PDF-1.4 this is not a word file")
    (folder / "empty.txt").write_bytes(b"")
    outcomes, _ = ingest_paths(index, [folder])
    by_file = {o.file: o for o in outcomes}
    assert by_file["assessment.docx"].status == "failed"
    assert "PDF" in by_file["assessment.docx"].reason and "kept" in by_file["assessment.docx"].reason
    assert by_file["empty.txt"].status == "failed" and "empty" in by_file["empty.txt"].reason
    assert by_file["brief.pdf"].status == "unchanged"
    assert index.manifest.chunk_ids("assessment.docx") == kept
    assert index.manifest.failures()["empty.txt"]


def test_remove_deletes_chunks_everywhere(tmp_path, corpus_dir, make_index):
    from pipeline.index.search import Searcher

    index = make_index()
    ingest_paths(index, [corpus_dir])
    ids = index.manifest.chunk_ids("deck.pptx")
    with index.writing():
        assert index.remove("deck.pptx") == len(ids)
    assert index.manifest.source("deck.pptx") is None
    assert not index.vectors.existing(ids)
    hits = Searcher(index).search("wallet pilot learners notes", k=20)
    assert hits and all(h.file != "deck.pptx" for h in hits)


def test_interrupted_write_is_rolled_back_on_next_open(tmp_path, corpus_dir, make_index, monkeypatch):
    from pipeline.index.manifest import Manifest

    index = make_index()
    ingest_paths(index, [corpus_dir / "brief.pdf"])
    original = Manifest.replace_source

    def crash(self, record, chunks):
        raise KeyboardInterrupt("killed after the vectors were written")

    monkeypatch.setattr(Manifest, "replace_source", crash)
    with pytest.raises(KeyboardInterrupt):
        ingest_paths(index, [corpus_dir / "deck.pptx"])
    assert index.vectors.count() > index.manifest.count_chunks()  # orphans in Chroma, none in the manifest
    monkeypatch.setattr(Manifest, "replace_source", original)
    reopened = make_index(workspace=index.root)
    with reopened.writing():
        pass
    assert reopened.vectors.count() == reopened.manifest.count_chunks()
    outcomes, _ = ingest_paths(reopened, [corpus_dir / "deck.pptx"])
    assert outcomes[0].status == "ingested"


def test_a_workspace_refuses_another_embedding(tmp_path, corpus_dir, make_index):
    from langchain_core.embeddings import DeterministicFakeEmbedding

    from pipeline.index.embeddings import LangChainEmbedder

    index = make_index()
    ingest_paths(index, [corpus_dir / "stacking.md"])
    fake = LangChainEmbedder(DeterministicFakeEmbedding(size=16), identity="fake-16")
    with pytest.raises(IndexMismatch, match="minilm"):
        Index(make_settings(index.root), embedder=fake)


def test_password_opens_an_encrypted_pdf_and_is_never_stored(tmp_path, make_index):
    from pypdf import PdfReader, PdfWriter

    from tests.builders import write_pdf

    folder = tmp_path / "enc"
    folder.mkdir()
    plain = write_pdf(tmp_path / "plain.pdf", ["Confidential note about micro-credential funding in 2026."])
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt("s3cret-Pa55", algorithm="AES-256")
    writer.write(folder / "locked.pdf")
    shutil.copy(folder / "locked.pdf", folder / "locked-nopass.pdf")
    write_metadata(folder, [{"file": "locked.pdf", "password": "s3cret-Pa55", "contributor": "Ed"}])
    index = make_index()
    outcomes, _ = ingest_paths(index, [folder])
    by_file = {o.file: o for o in outcomes}
    assert by_file["locked.pdf"].status == "ingested"
    assert by_file["locked-nopass.pdf"].status == "unchanged" or "password" in by_file["locked-nopass.pdf"].reason
    # Every file this project writes. Chroma's HNSW segment files (*.bin) are left out: they are written with
    # uninitialised slack that can hold any bytes of the process's memory, and this test reads in-process.
    # With the reader process (the default) the password never enters the ingest process:
    # tests/security/test_secrets.py checks that, and every file including Chroma's.
    for path in index.root.rglob("*"):
        if path.is_file() and path.suffix != ".bin":
            assert b"s3cret-Pa55" not in path.read_bytes(), path
    sources = index.manifest.sources()
    assert all("password" not in s.meta for s in sources)


def test_discover_names_files_relative_to_the_metadata_folder(corpus_dir, tmp_path):
    nested = tmp_path / "outer" / "inner"
    nested.mkdir(parents=True)
    (nested / "a.txt").write_text("Alpha paragraph.\n")
    (tmp_path / "outer" / "notes.xyz").write_text("unsupported")
    write_metadata(tmp_path / "outer", [{"file": "inner/a.txt", "contributor": "Zed"}])
    found, notes = discover([tmp_path / "outer"])
    assert [(c.file, (c.row or {}).get("contributor")) for c in found] == [("inner/a.txt", "Zed")]
    assert any("notes.xyz" in n for n in notes)


def test_symlink_out_of_the_folder_is_refused(tmp_path, make_index):
    outside = tmp_path / "secret.txt"
    outside.write_text("Private text that must not be ingested.\n")
    folder = tmp_path / "upload"
    folder.mkdir()
    (folder / "link.txt").symlink_to(outside)
    (folder / "ok.txt").write_text("A fine contribution about assessment.\n")
    outcomes, _ = ingest_paths(make_index(), [folder])
    by_file = {o.file: o for o in outcomes}
    assert by_file["link.txt"].status == "failed" and "outside" in by_file["link.txt"].reason
    assert by_file["ok.txt"].status == "ingested"


def test_isolated_reader_reports_a_timeout(tmp_path, make_index, monkeypatch):
    index = make_index(isolate_readers=True, read_timeout_s=0.01)
    (tmp_path / "a.txt").write_text("Some text.\n")
    outcomes, _ = ingest_paths(index, [tmp_path / "a.txt"])
    assert outcomes[0].status == "failed" and "timed out" in outcomes[0].reason
    ok = make_index(workspace=tmp_path / "ws2", isolate_readers=True)
    outcomes, _ = ingest_paths(ok, [tmp_path / "a.txt"])
    assert outcomes[0].status == "ingested"


def test_the_same_file_twice_in_one_batch_is_indexed_once_and_both_submissions_kept(tmp_path, make_index):
    folder = tmp_path / "dup"
    folder.mkdir()
    (folder / "a.txt").write_text("Micro-credentials need stated learning outcomes.\n")
    (folder / "b.txt").write_text("Micro-credentials need stated learning outcomes.\n")
    write_metadata(folder, [{"file": "a.txt", "contributor": "Ana", "country": "Portugal"},
                            {"file": "b.txt", "contributor": "Bekzod", "country": "Uzbekistan"}])  # fmt: skip
    index = make_index()
    outcomes, _ = ingest_paths(index, [folder])
    assert [(o.file, o.status, o.chunks) for o in outcomes] == [("a.txt", "ingested", 1), ("b.txt", "ingested", 0)]
    assert "same content as 'a.txt'" in outcomes[1].reason
    assert index.vectors.count() == index.manifest.count_chunks() == 1  # its text is indexed once
    copy = index.manifest.source("b.txt")  # but the second submitter is on record
    assert (copy.meta["contributor"], copy.meta["region"], copy.meta["duplicate_of"]) == ("Bekzod", "partner", "a.txt")
    again, _ = ingest_paths(index, [folder])
    assert [o.status for o in again] == ["unchanged", "unchanged"]


def test_removing_an_original_hands_its_passages_to_the_second_submission(tmp_path, make_index):
    folder = tmp_path / "dup"
    folder.mkdir()
    text = "Micro-credentials need stated learning outcomes.\n\nA register should list each one with its workload.\n"
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(text)
    write_metadata(folder, [{"file": "a.txt", "contributor": "Ana", "country": "Portugal"},
                            {"file": "b.txt", "contributor": "Bekzod", "country": "Uzbekistan"},
                            {"file": "c.txt", "contributor": "Chiara", "country": "Italy"}])  # fmt: skip
    index = make_index()
    ingest_paths(index, [folder])
    cited = index.manifest.chunk_ids("a.txt")
    assert cited and index.manifest.chunk_ids("b.txt") == []

    with index.writing():
        assert index.remove("a.txt") == len(cited)

    assert index.manifest.source("a.txt") is None
    heir = index.manifest.source("b.txt")  # Bekzod's submission now carries the passages, under the same ids
    assert index.manifest.chunk_ids("b.txt") == cited and heir.chunks == len(cited)
    assert "duplicate_of" not in heir.meta and heir.meta["contributor"] == "Bekzod"
    assert index.manifest.source("c.txt").meta["duplicate_of"] == "b.txt"
    stored = index.vectors.existing(cited)  # search filters and the indexed header name the new holder
    assert {m["contributor"] for _, m in stored.values()} == {"Bekzod"} and len(stored) == len(cited)
    hits = index.vectors.query(index.embedder.embed(["learning outcomes"])[0], 5, {"country": "Uzbekistan"})
    assert hits and all(h[0] in cited for h in hits)
    assert index.lexical().query("register workload", 1)[0][0] in cited
    assert index.vectors.count() == index.manifest.count_chunks() == len(cited)

    with index.writing():  # the last copy standing inherits in turn; removing it removes the passages
        index.remove("b.txt")
        assert index.manifest.chunk_ids("c.txt") == cited
        index.remove("c.txt")
    assert index.vectors.count() == index.manifest.count_chunks() == 0


def test_a_copy_of_an_ingested_file_is_recorded_and_counted_once_by_coverage(tmp_path, make_index):
    from pipeline.drafting.drafts import DraftStore
    from pipeline.drafting.outline import Outline, SectionSpec
    from pipeline.synthesis.coverage import compute_coverage

    (tmp_path / "first").mkdir()
    (tmp_path / "first" / "brief.txt").write_text("Registers should list every micro-credential with its workload.\n")
    index = make_index()
    ingest_paths(index, [tmp_path / "first" / "brief.txt"])
    (tmp_path / "second").mkdir()
    (tmp_path / "second" / "brief-copy.txt").write_bytes((tmp_path / "first" / "brief.txt").read_bytes())
    outcomes, _ = ingest_paths(index, [tmp_path / "second" / "brief-copy.txt"])
    assert (outcomes[0].status, outcomes[0].chunks) == ("ingested", 0)
    assert index.manifest.count_chunks() == 1 and len(index.manifest.sources()) == 2
    outline = Outline(sections=(SectionSpec(id="s", title="S", audience="system", purpose="P.", questions=("Q?",)),))
    with DraftStore(tmp_path / "d.sqlite") as store:
        rows = {c.meta["file"]: c for c in compute_coverage(index, outline, store).contributions}
    assert rows["brief-copy.txt"].duplicate_of == "brief.txt" and rows["brief.txt"].duplicate_of is None


def test_one_reader_process_serves_the_batch_and_is_replaced_after_a_timeout(tmp_path):
    from ingest.isolation import ReaderProcess
    from ingest.readers.base import Limits, ReadError

    (tmp_path / "a.txt").write_text("First file.\n")
    (tmp_path / "b.txt").write_text("Second file.\n")
    with ReaderProcess(timeout_s=30) as reader:
        reader.read(tmp_path / "a.txt", None, Limits())
        first = reader.pid
        reader.read(tmp_path / "b.txt", None, Limits())
        assert reader.pid == first
        os.mkfifo(tmp_path / "stuck.txt")  # opening a pipe with no writer blocks: a reader that never returns
        reader.timeout_s = 0.5
        with pytest.raises(ReadError, match="timed out"):
            reader.read(tmp_path / "stuck.txt", None, Limits())
        reader.timeout_s = 30
        assert reader.read(tmp_path / "b.txt", None, Limits()).passages[0].text == "Second file."
        assert reader.pid != first


def test_the_reader_process_answers_when_the_parent_holds_more_than_1024_descriptors(tmp_path):
    """A long-lived process (the app, a whole test session) may hold many files; select() refused them."""
    import resource

    from ingest.isolation import ReaderProcess
    from ingest.readers.base import Limits

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 1300
    if soft < wanted:
        if hard != resource.RLIM_INFINITY and hard < wanted:
            pytest.skip(f"this machine allows only {hard} open files")
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    (tmp_path / "a.txt").write_text("A contribution read late in a long session.\n")
    held = []
    try:
        while len(held) < 1100:
            held.append(os.open(tmp_path / "a.txt", os.O_RDONLY))
        with ReaderProcess(timeout_s=30) as reader:
            result = reader.read(tmp_path / "a.txt", None, Limits())
        assert result.passages[0].text == "A contribution read late in a long session."
    finally:
        for fd in held:
            os.close(fd)
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def test_a_pipe_or_device_in_a_folder_fails_instead_of_hanging(tmp_path, make_index):
    folder = tmp_path / "odd"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "ok.txt").write_text("A real contribution.\n")
    outcomes, _ = ingest_paths(make_index(), [folder])
    by_file = {o.file: o for o in outcomes}
    assert by_file["pipe.txt"].status == "failed" and "not a regular file" in by_file["pipe.txt"].reason
    assert by_file["ok.txt"].status == "ingested"


def test_a_reader_process_that_dies_gives_a_clear_reason(tmp_path):
    from ingest.isolation import ReaderProcess
    from ingest.readers.base import Limits, ReadError

    (tmp_path / "big.txt").write_text("word " * 10_000_000)  # 50 MB: more than the reader may allocate
    with ReaderProcess(timeout_s=60, memory_mb=30) as starved:
        with pytest.raises(ReadError, match="memory"):
            starved.read(tmp_path / "big.txt", None, Limits())
        (tmp_path / "small.txt").write_text("Small text.\n")
        starved.memory_mb = 4096  # the batch goes on with a fresh process if the old one died
        assert starved.read(tmp_path / "small.txt", None, Limits()).passages


def test_a_saved_web_page_is_read_without_its_files_folder(tmp_path, make_index):
    folder = tmp_path / "inputs"
    (folder / "brief_files").mkdir(parents=True)
    (folder / "brief.html").write_text(
        "<html><head><title>Brief</title></head><body><h1>Brief</h1><h2>1. Registers</h2>"
        "<p>Registers should list every micro-credential with its workload and level.</p></body></html>"
    )
    (folder / "brief_files" / "frame.html").write_text("<html><body><p>An advertising frame.</p></body></html>")
    outcomes, notes = ingest_paths(make_index(), [folder])
    assert [(o.file, o.status) for o in outcomes] == [("brief.html", "ingested")]
    assert any("brief_files" in n and "skipped" in n for n in notes)


def test_a_survey_workbook_is_ingested_with_sheet_and_row_locations(tmp_path, make_index):
    from openpyxl import Workbook

    folder = tmp_path / "survey"
    folder.mkdir()
    wb = Workbook()
    ws = wb.active
    ws.title = "Responses"
    ws.append(["Country", "Provider", "Minimum ECTS", "Comment"])
    ws.append(["Latvia", "Riga college", 3, "Learners want the workload stated on the certificate."])
    ws.append(["Malta", "Valletta institute", 1, "Employers read the learning outcomes first."])
    wb.save(folder / "provider_survey.xlsx")
    write_metadata(folder, [{"file": "provider_survey.xlsx", "contributor": "Baltic network", "country": "Latvia"}])
    index = make_index(isolate_readers=True)
    outcomes, _ = ingest_paths(index, [folder])
    assert [(o.file, o.status) for o in outcomes] == [("provider_survey.xlsx", "ingested")]
    chunks = [index.manifest.chunks([c])[c] for c in index.manifest.chunk_ids("provider_survey.xlsx")]
    assert [c.label for c in chunks] == ["sheet Responses, rows 2-3"]
    assert "Country: Malta; Provider: Valletta institute; Minimum ECTS: 1" in chunks[0].text
    assert index.lexical().query("employers learning outcomes", 1)[0][0] == chunks[0].chunk_id
