"""The held-out evaluation set (eval/heldout/) is consistent: gold phrases, questions and names agree with the
contributions, the outline and the metadata sheet, read with the repository's own readers.

These tests say nothing about the draft's scores, which move as the drafter changes; they make sure that a
score computed on the set means what it says (a phrase credited to a contributor is really theirs alone, every
guiding question is judged, every name is one the tool will show).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ingest.metadata import REGIONS, region_for
from ingest.metadata_sheet import read_metadata_csv
from ingest.readers import reader_for
from pipeline.drafting.outline import load_outline

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "eval" / "heldout"
CORPUS = HELDOUT / "corpus"
SAMPLE_SHEET = ROOT / "corpus" / "metadata.csv"


def _norm():
    """The eval's own word-for-word comparison."""
    from eval.eval_drafting import norm

    return norm


@pytest.fixture(scope="module")
def sheet() -> dict[str, dict[str, str]]:
    return read_metadata_csv(CORPUS / "metadata.csv")


@pytest.fixture(scope="module")
def passages(sheet) -> dict[str, list[str]]:
    """Each contribution's passages as the ingest reads them, keyed by its contributor."""
    out: dict[str, list[str]] = {}
    for name, row in sheet.items():
        path = CORPUS / name
        out[row["contributor"]] = [p.text for p in reader_for(path).read(path).passages]
    return out


@pytest.fixture(scope="module")
def drafting_gold() -> dict:
    return yaml.safe_load((HELDOUT / "drafting_gold.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def divergence_gold() -> dict:
    return yaml.safe_load((HELDOUT / "divergence_gold.yaml").read_text(encoding="utf-8"))


@pytest.mark.unit
def test_the_sheet_lists_every_contribution_with_its_contributor(sheet):
    contributions = {p.name for p in CORPUS.iterdir() if p.suffix in {".md", ".txt", ".docx", ".pptx"}}
    assert set(sheet) == contributions
    assert 8 <= len(contributions) <= 10
    for row in sheet.values():
        assert row["contributor"] and row["organisation"] and row["country"], row
        assert row["region"] in REGIONS and row["region"] == region_for(row["country"]), row
    assert {r["region"] for r in sheet.values()} == {"EU", "partner"}
    suffixes = [Path(name).suffix for name in sheet]
    assert suffixes.count(".docx") >= 2 and suffixes.count(".pptx") >= 1


@pytest.mark.unit
def test_no_contributor_organisation_or_country_comes_from_the_sample_corpus(sheet):
    sample = read_metadata_csv(SAMPLE_SHEET)
    for field in ("contributor", "organisation", "country"):
        seen = {r[field] for r in sample.values()}
        assert not seen & {r[field] for r in sheet.values()}, field


@pytest.mark.unit
def test_every_gold_phrase_stands_word_for_word_in_its_contributors_text_only(passages, drafting_gold):
    norm = _norm()
    assert set(drafting_gold["contributors"]) <= set(passages)
    for owner, statements in drafting_gold["contributors"].items():
        assert len(statements) >= 4, owner  # the brief asks 4-8 positions per contribution
        for statement in statements:
            words = norm(statement["words"])
            # within one passage: the eval compares a sentence with the passage it cites
            assert any(words in norm(text) for text in passages[owner]), (owner, statement["words"])
            others = [who for who, texts in passages.items() if who != owner and words in norm(" ".join(texts))]
            assert not others, (statement["words"], others)


@pytest.mark.unit
def test_every_outline_question_is_judged_once(drafting_gold):
    outline = load_outline(HELDOUT / "outline.yaml")
    asked = [q for section in outline.sections for q in section.questions]
    answerable = drafting_gold["questions"]["answerable"]
    unanswerable = drafting_gold["questions"]["unanswerable"]
    assert sorted(asked) == sorted(answerable + unanswerable)
    assert len(set(asked)) == len(asked)
    assert len(answerable) >= 12 and len(unanswerable) >= 8


@pytest.mark.unit
def test_every_contributor_named_in_the_gold_is_in_the_sheet(sheet, drafting_gold, divergence_gold):
    listed = {r["contributor"] for r in sheet.values()}
    country = {r["contributor"]: r["country"] for r in sheet.values()}
    assert set(drafting_gold["contributors"]) <= listed
    assert {who: [country[who]] for who in drafting_gold["countries"]} == drafting_gold["countries"]
    for point in divergence_gold["points"]:
        assert {who for side in point["sides"] for who in side} <= listed, point["id"]


@pytest.mark.unit
def test_divergence_points_sit_in_outline_sections_and_no_one_stands_on_two_sides(divergence_gold):
    sections = {s.id for s in load_outline(HELDOUT / "outline.yaml").sections}
    assert 3 <= len(divergence_gold["points"]) <= 4
    for point in divergence_gold["points"]:
        assert {point["section"], *point.get("also", [])} <= sections, point["id"]
        assert len(point["sides"]) >= 2
        names = [who for side in point["sides"] for who in side]
        assert len(names) == len(set(names)), point["id"]
