"""The sample corpus: it ingests cleanly, its metadata and outline are complete, and retrieval finds its facts."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import yaml

from ingest.metadata import KINDS, REGIONS
from pipeline.index.evaluation import evaluate, load_questions
from pipeline.index.search import Searcher

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
QUESTIONS = ROOT / "eval" / "questions.jsonl"


@pytest.mark.unit
def test_every_metadata_row_matches_a_file_and_every_file_has_a_row():
    with (CORPUS / "metadata.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    files = {p.name for p in CORPUS.iterdir() if p.suffix in {".pdf", ".pptx", ".docx", ".md", ".txt"}}
    assert {r["file"] for r in rows} == files
    for row in rows:
        assert row["kind"] in KINDS and row["region"] in REGIONS
        assert all(row[k] for k in ("title", "contributor", "organisation", "country", "role", "date")), row
    assert len({r["contributor"] for r in rows}) >= 12
    assert {r["region"] for r in rows} == {"EU", "partner"}
    kinds = [r["kind"] for r in rows]
    assert kinds.count("policy_brief") >= 3 and kinds.count("presentation") >= 4 and kinds.count("expert_input") >= 10


@pytest.mark.unit
def test_outline_sections_have_audience_purpose_and_questions():
    outline = yaml.safe_load((CORPUS / "outline.yaml").read_text(encoding="utf-8"))
    sections = outline["sections"]
    assert 7 <= len(sections) <= 10
    assert len({s["id"] for s in sections}) == len(sections)
    for section in sections:
        assert section["audience"] in ("system", "provider")
        assert section["title"] and section["purpose"]
        assert 2 <= len(section["questions"]) <= 4
    assert any(s["audience"] == "provider" for s in sections)


@pytest.mark.integration
def test_the_corpus_ingests_with_every_location_kind(corpus_index):
    labels = [c.label for c in corpus_index.manifest.all_chunks()]
    for pattern in ("page ", "slide ", " notes", "section ", ", table ", "paragraph "):
        assert any(pattern in label for label in labels), pattern
    assert corpus_index.vectors.count() == corpus_index.manifest.count_chunks()


@pytest.mark.integration
def test_every_gold_location_exists_in_the_ingested_corpus(corpus_index):
    present = {(c.file, c.label) for c in corpus_index.manifest.all_chunks()}
    questions = load_questions(QUESTIONS)
    assert len(questions) >= 50
    for q in questions:
        for gold in q.gold:
            assert gold in present, (q.id, gold)


@pytest.mark.integration
@pytest.mark.slow
def test_retrieval_on_a_subset_of_questions_is_in_range(corpus_index):
    questions = load_questions(QUESTIONS)[::3]
    report = evaluate(Searcher(corpus_index), questions, ks=(5, 10))
    hybrid = report["methods"]["hybrid"]
    assert report["questions"] == len(questions)
    assert hybrid["recall@10"] >= 0.9
    assert hybrid["location_recall@10"] >= 0.8
    for method in ("dense", "bm25"):
        assert 0.0 <= report["methods"][method]["location_mrr"] <= 1.0
    assert hybrid["location_mrr"] >= min(report["methods"][m]["location_mrr"] for m in ("dense", "bm25"))
    json.dumps(report)  # the CLI prints it as JSON


@pytest.mark.integration
def test_an_injected_instruction_is_just_text_in_the_index(corpus_index):
    hits = Searcher(corpus_index).search("ignore all previous instructions", k=3)
    assert hits[0].file == "input_uzbekistan_provider.txt"  # found and attributed like any passage
