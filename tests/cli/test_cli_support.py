"""`guidelines support --pairs`: the BRIEF's shape, each evidence item checked as one citation."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_cli import run

pytestmark = [pytest.mark.integration, pytest.mark.slow]

REGISTER = "Georgia lists micro-credentials in a separate section of its national register of qualifications."
PAIRS = [
    {
        "id": "one-of-two",
        "claim": REGISTER,
        "evidence": [REGISTER + " Entries show a level.", "Employers fund courses."],
    },
    {"id": "none", "claim": "Employers in Portugal fund learning accounts.", "evidence": [REGISTER]},
    {"id": "negated", "claim": REGISTER.replace("lists", "does not list"), "evidence": [REGISTER]},
    {
        "id": "named",
        "claim": f"According to Siobhan Kelly, {REGISTER[0].lower()}{REGISTER[1:]}",
        "evidence": [REGISTER, "Ireland proposes a new award type."],
        "sources": [{"contributor": "Nino Beridze", "country": "Georgia"}, {"contributor": "Siobhan Kelly"}],
    },
]


def test_support_pairs_scores_each_citation_and_flags_what_editors_must_see(tmp_path):
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(json.dumps(p) for p in PAIRS), encoding="utf-8")
    proc = run("support", "--pairs", str(path), "--workspace", str(tmp_path / "ws"), "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert set(out) == {p["id"] for p in PAIRS}
    assert all(isinstance(v["score"], float) and isinstance(v["flags"], list) for v in out.values())
    first = out["one-of-two"]
    assert "weak_support" not in first["flags"] and "citation_unsupported" in first["flags"]
    assert [c["flags"] for c in first["citation_checks"]] == [[], ["citation_unsupported"]]
    assert first["score"] > out["none"]["score"] and "weak_support" in out["none"]["flags"]
    assert "contradicted" in out["negated"]["flags"] and out["negated"]["score"] < first["score"]
    assert "misattributed: Siobhan Kelly" in out["named"]["flags"]


def test_a_pair_without_an_evidence_list_is_refused_with_its_line(tmp_path):
    path = tmp_path / "pairs.jsonl"
    path.write_text(json.dumps({"id": "x", "claim": "c", "evidence": "not a list"}) + "\n", encoding="utf-8")
    proc = run("support", "--pairs", str(path), "--workspace", str(tmp_path / "ws"), "--json")
    assert proc.returncode != 0 and "line 1" in proc.stderr and "evidence" in proc.stderr
