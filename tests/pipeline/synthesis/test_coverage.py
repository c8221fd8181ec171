"""Coverage: figures that add up, contributors never cited, warnings, and near-duplicate inputs counted once."""

from __future__ import annotations

import pytest

from pipeline.drafting.drafters.extractive import ExtractiveDrafter
from pipeline.drafting.drafts import DraftStore
from pipeline.drafting.orchestration import draft_sections
from pipeline.drafting.outline import Outline, load_outline
from pipeline.index.ingestion import ingest_paths
from pipeline.index.search import Searcher
from pipeline.model import DraftResult, Paragraph, Sentence
from pipeline.synthesis.coverage import compute_coverage, near_duplicates
from tests.builders import write_metadata
from tests.conftest import CORPUS

pytestmark = pytest.mark.integration
OUTLINE = load_outline(CORPUS / "outline.yaml")


@pytest.fixture(scope="module")
def two_sections(tmp_path_factory, corpus_index, minilm):
    store = DraftStore(tmp_path_factory.mktemp("cov") / "d.sqlite")
    outline = Outline(sections=(OUTLINE.section("nqf-registers"), OUTLINE.section("quality-assurance")))
    draft_sections(outline, Searcher(corpus_index), store, ExtractiveDrafter(minilm), None)
    return store


def test_figures_add_up_and_every_passage_belongs_to_one_contribution(corpus_index, two_sections):
    coverage = compute_coverage(corpus_index, OUTLINE, two_sections)
    cited = {
        c
        for sid in ("nqf-registers", "quality-assurance")
        for s in two_sections.current(sid).sentences()
        for c in s.citations
    }
    counted = [p for c in coverage.contributions for p in c.passages]
    assert sorted(counted) == sorted(cited)  # each cited passage once, under exactly one contribution
    by_file = {c.meta["file"]: c for c in coverage.contributions}
    for sid in ("nqf-registers", "quality-assurance"):
        sentences = two_sections.current(sid).sentences()
        citing = {by_file[f].meta["file"] for f in by_file if sid in by_file[f].sections}
        assert citing and len(citing) <= len({c for s in sentences for c in s.citations})
    assert len(coverage.contributions) == 17


def test_contributors_never_cited_are_listed_and_sections_report_their_voices(corpus_index, two_sections):
    coverage = compute_coverage(corpus_index, OUTLINE, two_sections, Searcher(corpus_index))
    uncited = coverage.uncited()
    assert uncited and all(not c.sentences for c in coverage.contributions if c.meta["file"] in uncited)
    assert "input_portugal_provider.txt" in uncited  # adult guidance has no place in these two sections
    rows = {s.section_id: s for s in coverage.sections}
    assert sum(rows["nqf-registers"].regions.values()) == len(rows["nqf-registers"].contributors) >= 2
    assert rows["definition-scope"].revision is None and not rows["definition-scope"].contributors
    assert coverage.unused_on_topic and all(u["chunk_id"] for u in coverage.unused_on_topic)
    data = coverage.as_json()
    assert set(data["contributions"][0]) >= {"file", "contributor", "region", "sections", "sentences", "duplicate_of"}


def test_a_section_resting_on_one_voice_is_warned_about(corpus_index, tmp_path):
    store = DraftStore(tmp_path / "d.sqlite")
    chunk = next(c for c in corpus_index.manifest.all_chunks() if c.file == "input_albania_qa.md")
    draft = DraftResult((Paragraph((Sentence("Only Albania speaks here.", (chunk.chunk_id,)),)),))
    store.save("quality-assurance", draft, author="t", expected=None, sources={})
    rows = {s.section_id: s for s in compute_coverage(corpus_index, OUTLINE, store).sections}
    assert any("one contributor only" in w for w in rows["quality-assurance"].warnings)


def test_the_same_input_in_two_formats_is_counted_once(make_index, tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    body = (
        "Micro-credentials should carry learning outcomes, workload in ECTS and the type of assessment. "
        "Recognition officers cannot compare certificates without them. "
    ) * 6
    (folder / "note.md").write_text(f"# Note from Jordan\n\n## 1 Recognition\n\n{body}\n")
    (folder / "note-resubmitted.txt").write_text(f"Note from Jordan\n\n{body}\n")
    (folder / "other.txt").write_text("A different contribution about funding adult learners through vouchers.\n")
    write_metadata(
        folder,
        [
            {"file": "note.md", "contributor": "Rania"},
            {"file": "note-resubmitted.txt", "contributor": "Rania"},
            {"file": "other.txt", "contributor": "Ana"},
        ],
    )
    index = make_index()
    ingest_paths(index, [folder])
    duplicates = near_duplicates(index)
    assert duplicates == {"note.md": "note-resubmitted.txt"} or duplicates == {"note-resubmitted.txt": "note.md"}


def test_a_joint_input_counts_both_its_authors_and_is_listed_under_each(make_index, tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "joint.md").write_text("Providers should publish the workload of every micro-credential in hours.\n")
    (folder / "solo.txt").write_text("Recognition officers need the assessment method on the certificate.\n")
    write_metadata(
        folder,
        [
            {"file": "joint.md", "contributor": "A. Smith; B. Jones", "country": "Malta", "region": "EU"},
            {"file": "solo.txt", "contributor": "Smith, Anna", "country": "Malta", "region": "EU"},
        ],
    )
    index = make_index()
    ingest_paths(index, [folder])
    chunk = {c.file: c.chunk_id for c in index.manifest.all_chunks()}
    store = DraftStore(tmp_path / "d.sqlite")
    joint = DraftResult((Paragraph((Sentence("A. Smith and B. Jones ask for hours.", (chunk["joint.md"],)),)),))
    store.save("quality-assurance", joint, author="t", expected=None, sources={})
    both = (Sentence("Anna Smith asks for the method.", (chunk["solo.txt"],)),)
    store.save("nqf-registers", DraftResult((Paragraph(both),)), author="t", expected=None, sources={})
    coverage = compute_coverage(index, OUTLINE, store)
    rows = {s.section_id: s for s in coverage.sections}
    # two people wrote the joint input: the section rests on two contributors, not one
    assert rows["quality-assurance"].contributors == ("A. Smith", "B. Jones")
    assert rows["quality-assurance"].regions["EU"] == 2
    assert rows["quality-assurance"].warnings == ("cites contributors from one region only (EU)",)  # not "one only"
    assert rows["nqf-registers"].warnings == ("rests on one contributor only (Anna Smith)",)
    data = coverage.as_json()
    assert data["contributors"] == {
        "A. Smith": {"files": ["joint.md"], "sections": ["quality-assurance"]},
        "Anna Smith": {"files": ["solo.txt"], "sections": ["nqf-registers"]},
        "B. Jones": {"files": ["joint.md"], "sections": ["quality-assurance"]},
    }
    joint_row = next(c for c in data["contributions"] if c["file"] == "joint.md")
    assert joint_row["contributor"] == "A. Smith and B. Jones" and joint_row["contributors"] == ["A. Smith", "B. Jones"]
