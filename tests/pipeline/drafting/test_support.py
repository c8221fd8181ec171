"""The support checker: sentence splitting, numbers and names, and scores that separate support from its absence."""

from __future__ import annotations

import json

import numpy as np
import pytest

from pipeline.drafting.support import (
    FEATURES,
    WEIGHTS_FILE,
    SupportChecker,
    names,
    numbers,
    split_sentences,
    word_coverage,
)
from tests.conftest import SHARED

EVIDENCE = [
    "Georgia lists micro-credentials in a separate section of its register since 2026. "
    "Each entry shows a level indicator that is not a formal NQF level.",
    "About 150 levelling decisions a year are possible with the current staff of 12 people.",
]


@pytest.fixture(scope="module")
def checker(minilm) -> SupportChecker:
    return SupportChecker(minilm)


@pytest.mark.unit
def test_sentences_split_on_end_punctuation_but_not_abbreviations_or_decimals():
    text = "Dr. Rusu spoke first, e.g. on levels. The rate fell to 41.3 % in 2016! Was it enough?\n- a list item"
    assert split_sentences(text) == [
        "Dr. Rusu spoke first, e.g. on levels.",
        "The rate fell to 41.3 % in 2016!",
        "Was it enough?",
        "- a list item",
    ]


@pytest.mark.unit
def test_numbers_and_names_are_normalised():
    assert numbers("1,200 learners, 3,5 ECTS, 10.0 and 41.3 % in 2016") == {"1200", "3.5", "10", "41.3", "2016"}
    assert names("The Council adopted rules in Georgia. Micro-credentials are new.") == {"council", "georgia"}


@pytest.mark.unit
def test_supported_claims_score_above_partial_and_unsupported_ones(checker):
    supported = checker.check("Georgia lists micro-credentials in a separate section of its register.", EVIDENCE)
    partial = checker.check(
        "Georgia lists micro-credentials in a separate register section and levels them at NQF level 5 "
        "after an external review by the Ministry of Finance.",
        EVIDENCE,
    )
    unsupported = checker.check("Employers in Portugal fund individual learning accounts for adults.", EVIDENCE)
    assert supported.score > partial.score > unsupported.score
    assert supported.score >= checker.threshold and "weak_support" not in supported.flags
    assert "weak_support" in unsupported.flags
    assert 0.0 <= unsupported.score <= supported.score <= 1.0


@pytest.mark.unit
def test_numbers_and_names_missing_from_the_evidence_are_flagged(checker):
    result = checker.check("About 250 levelling decisions a year are possible, says the Moldovan ministry.", EVIDENCE)
    assert "unknown_number" in result.flags and "unknown_name" in result.flags
    fine = checker.check("About 150 levelling decisions a year are possible with the current staff.", EVIDENCE)
    assert "unknown_number" not in fine.flags
    assert checker.check("Anything at all.", []).flags == ("weak_support",)


@pytest.mark.unit
def test_the_shipped_calibration_matches_the_features_and_beats_the_baseline():
    data = json.loads(WEIGHTS_FILE.read_text())
    assert tuple(data["features"]) == FEATURES
    assert 0.0 < data["threshold"] < 1.0
    for key in ("supported_vs_not", "supported_vs_partial_or_not"):
        assert data["cross_validated_auroc"][key] > data["baseline_auroc"][key] + 0.02


def _auroc(scores, positive) -> float:
    scores, positive = np.asarray(scores), np.asarray(positive)
    pos, neg = scores[positive], scores[~positive]
    return float(
        ((pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()) / (len(pos) * len(neg))
    )


@pytest.mark.integration
@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "support" / "wice-dev.jsonl").exists(), reason="shared WiCE data not found")
def test_on_real_claims_the_checker_separates_supported_from_unsupported(checker):
    rows = [json.loads(line) for line in (SHARED / "support" / "wice-dev.jsonl").read_text().splitlines()]
    rows = [r for r in rows if len(r["evidence"]) <= 150][:90]  # a quick, fixed sample of the dev split
    labels = np.array([r["label"] for r in rows])
    scores = [checker.check(r["claim"], r["evidence"]).score for r in rows]
    baseline = [word_coverage(r["claim"], r["evidence"]) for r in rows]
    strict = labels != "partially_supported"
    ours = _auroc(np.asarray(scores)[strict], labels[strict] == "supported")
    assert ours > 0.85
    assert ours >= _auroc(np.asarray(baseline)[strict], labels[strict] == "supported") - 0.02
