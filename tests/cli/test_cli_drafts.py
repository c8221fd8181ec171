"""Drafting commands of the CLI: draft, show (the BRIEF's shape), accept, status, history, pin and exclude."""

from __future__ import annotations

import json

import pytest
import yaml

from tests.cli.test_cli import run

pytestmark = pytest.mark.integration

OUTLINE = {
    "title": "Test guidelines",
    "version": "0.1",
    "sections": [
        {
            "id": "digital",
            "title": "Digital credentials",
            "audience": "provider",
            "purpose": "How providers issue micro-credentials as digital credentials.",
            "questions": [
                "How did the digital wallet pilot go?",
                "What should recognition officers see on a certificate?",
            ],
        },
        {
            "id": "stacking",
            "title": "Stacking",
            "audience": "system",
            "purpose": "How micro-credentials stack into full qualifications.",
            "questions": ["How much of a full qualification can be credited?"],
        },
    ],
}


@pytest.fixture(scope="module")
def ws(tmp_path_factory, corpus_dir):
    root = tmp_path_factory.mktemp("cli-drafts")
    outline = root / "outline.yaml"
    outline.write_text(yaml.safe_dump(OUTLINE))
    ws = root / "ws"
    assert run("ingest", str(corpus_dir), "--workspace", str(ws)).returncode == 0
    proc = run("draft", "--outline", str(outline), "--workspace", str(ws), "--json")
    assert proc.returncode == 0, proc.stderr
    assert "extractive drafter" in proc.stderr
    return ws, json.loads(proc.stdout)


def test_draft_reports_each_section(ws):
    _, outcomes = ws
    assert [(o["section_id"], o["status"], o["revision"]) for o in outcomes] == [
        ("digital", "drafted", 1),
        ("stacking", "drafted", 1),
    ]


def test_show_has_the_brief_shape_and_resolvable_citations(ws):
    path, _ = ws
    data = json.loads(run("show", "digital", "--workspace", str(path), "--json").stdout)
    assert set(data) >= {"section_id", "title", "revision", "backend", "paragraphs", "sources", "gaps"}
    assert data["title"] == "Digital credentials" and data["backend"] == "extractive" and not data["llm_used"]
    sentences = [s for p in data["paragraphs"] for s in p["sentences"]]
    assert sentences
    for sentence in sentences:
        assert set(sentence) >= {"text", "citations", "support", "flags"}
        assert sentence["citations"] and isinstance(sentence["support"], float)
        for cid in sentence["citations"]:
            assert set(data["sources"][cid]) >= {
                "file",
                "title",
                "contributor",
                "organisation",
                "country",
                "location",
                "text",
            }
    everything = json.loads(run("show", "--all", "--workspace", str(path), "--json").stdout)
    assert [d["section_id"] for d in everything] == ["digital", "stacking"]
    human = run("show", "digital", "--workspace", str(path)).stdout
    assert "[1]" in human and "Sources:" in human
    lead = next(s for p in data["paragraphs"] for s in p["sentences"] if s["kind"] == "summary")
    assert f"{lead['text']} [" in human and "(summary of the passages)" in human  # the lead says what it is


def test_accept_status_and_history(ws):
    path, _ = ws
    proc = run("accept", "digital", "1.1", "--workspace", str(path), "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"section_id": "digital", "revision": 2, "locked": 1}
    stale = run("accept", "digital", "1.1", "--revision", "1", "--workspace", str(path))
    assert stale.returncode == 1 and "revision" in stale.stderr
    assert run("accept", "digital", "9.9", "--workspace", str(path)).returncode == 1
    rows = json.loads(run("status", "digital", "--set", "in_review", "--workspace", str(path), "--json").stdout)
    assert rows == [
        {"section_id": "digital", "status": "in_review", "by": "editor", "at": rows[0]["at"], "revision": 2}
    ]
    history = json.loads(run("history", "digital", "--workspace", str(path), "--json").stdout)
    assert [h["number"] for h in history] == [1, 2]
    diff = json.loads(run("history", "digital", "--diff", "1", "2", "--workspace", str(path), "--json").stdout)
    assert diff["diff"] and (diff["from"]["revision"], diff["to"]["revision"]) == (1, 2)
    [change] = diff["changes"]  # accepting sentence 1.1 is the one change
    shown = json.loads(run("show", "digital", "--revision", "2", "--workspace", str(path), "--json").stdout)
    first = shown["paragraphs"][0]["sentences"][0]
    assert change["change"] == "accepted" and change["after"]["text"] == first["text"]
    assert [c["chunk_id"] for c in change["after"]["citations"]] == first["citations"]
    source = shown["sources"][first["citations"][0]]
    # the text an editor reads: the sentence, what changed and each citation's contributor, file and location
    human = run("history", "digital", "--diff", "1", "2", "--workspace", str(path)).stdout
    assert f"Accepted: {first['text']} (accepted)" in human
    assert f"cites {source['contributor']}" in human and f"{source['file']}, {source['location']}" in human
    assert not any(cid in human for cid in shown["sources"])  # no chunk ids
    missing = run("history", "digital", "--diff", "1", "9", "--workspace", str(path))
    assert missing.returncode == 1 and "no revision 9" in missing.stderr


def test_pin_and_exclude_check_the_chunk_id(ws):
    path, _ = ws
    data = json.loads(run("show", "stacking", "--workspace", str(path), "--json").stdout)
    cid = next(iter(data["sources"]))
    out = json.loads(run("exclude", "stacking", cid, "--workspace", str(path), "--json").stdout)
    assert out["exclusions"] == [cid]
    assert run("pin", "stacking", "not-a-chunk", "--workspace", str(path)).returncode == 1
    proc = run("draft", "--section", "stacking", "--workspace", str(path), "--json")
    assert proc.returncode == 0, proc.stderr
    again = json.loads(run("show", "stacking", "--workspace", str(path), "--json").stdout)
    assert again["revision"] == 2 and cid not in again["sources"]


def test_show_unknown_section_is_a_clear_error(ws):
    path, _ = ws
    proc = run("show", "nope", "--workspace", str(path))
    assert proc.returncode == 1 and "no draft yet" in proc.stderr


def test_section_ids_match_in_any_case(ws):
    """An id typed in another case than the outline's (``DIGITAL`` for ``digital``) names the same section."""
    path, _ = ws
    shown = run("show", "DIGITAL", "--workspace", str(path), "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["section_id"] == "digital"
    history = run("history", "Digital", "--workspace", str(path), "--json")
    assert history.returncode == 0, history.stderr
