"""eval/eval_divergence.py: how a found register is judged against gold points (points found, mixed sides, stray
contributors, unmatched points), on registers written in code."""

from __future__ import annotations

import pytest


def _eval_module():
    """eval/eval_divergence.py, imported as the test of eval/eval_drafting.py imports its script."""
    from eval import eval_divergence

    return eval_divergence


def _point(section: str, *sides: list[str]) -> dict:
    return {
        "section_id": section,
        "topic": "t",
        "positions": [
            {"summary": "s", "sources": [{"file": f"{n}.txt", "contributor": n.title()} for n in side]}
            for side in sides
        ],
    }


@pytest.fixture
def gold():
    evaluation = _eval_module()
    return [
        evaluation.GoldPoint("size", ("s1",), "size", (frozenset({"ann"}), frozenset({"bob", "cy"}))),
        evaluation.GoldPoint("issuer", ("s2",), "issuer", (frozenset({"dee"}), frozenset({"eve"}))),
    ]


@pytest.mark.unit
def test_a_clean_register_finds_every_point_without_faults(gold) -> None:
    result = _eval_module().score([_point("s1", ["ann"], ["bob", "cy"]), _point("s2", ["dee"], ["eve"])], gold)
    assert result["points_found"] == 2
    assert result["mixed_sides"] == [] and result["stray_contributors"] == [] and result["unmatched"] == []


@pytest.mark.unit
def test_a_side_crediting_someone_from_the_other_side_is_mixed(gold) -> None:
    # bob argues with cy against ann, yet the register puts him beside ann
    result = _eval_module().score([_point("s1", ["ann", "bob"], ["cy"])], gold)
    assert result["points_found"] == 1 and result["mixed_sides"] == [[0, 0]]


@pytest.mark.unit
def test_a_contributor_on_two_sides_makes_both_mixed(gold) -> None:
    result = _eval_module().score([_point("s1", ["ann"], ["bob", "ann"])], gold)
    assert result["mixed_sides"] == [[0, 0], [0, 1]]


@pytest.mark.unit
def test_strays_and_unmatched_points_are_counted(gold) -> None:
    found = [_point("s2", ["dee", "fay"], ["eve"]), _point("s1", ["fay"], ["gus"]), _point("s1", ["ann"], ["ann"])]
    result = _eval_module().score(found, gold)
    assert result["stray_contributors"] == [[0, "fay"]]  # fay takes no side on who may issue
    assert result["unmatched"] == [1, 2]  # nobody of the gold on two sides: no gold point stated
    assert result["points_found"] == 1
    assert "unmatched points: 2" in _eval_module().report(found, gold, result)


@pytest.mark.unit
def test_a_side_left_off_shows_in_the_contributors_held(gold) -> None:
    # the size point is found with ann against bob only: cy, who holds bob's view in other words, is missing;
    # the issuer point is found with a mixed side, which shows nobody's position
    found = [_point("s1", ["ann"], ["bob"]), _point("s2", ["dee", "eve"], ["eve"])]
    result = _eval_module().score(found, gold)
    assert result["points_found"] == 2  # both found by their sides ...
    assert result["contributors_held"] == {"size": ["ann", "bob"]}  # ... yet 2 of 5 people shown where they stand
    assert result["gold_contributors"] == 5
    assert "gold contributors on a side of their point: 2 of 5" in _eval_module().report(found, gold, result)


@pytest.mark.unit
def test_paragraphs_that_share_or_invent_a_quotation_are_counted() -> None:
    from pipeline.model import Evidence, Paragraph, Sentence
    from pipeline.synthesis.claims import Claim
    from pipeline.synthesis.divergence import Divergence, Position

    def claim(who: str, text: str) -> Claim:
        return Claim(text, Evidence(f"c-{who}", f"{who}.txt", "T", who, "", "X", "EU", "k", "", "p 1", text), who)

    ann, bob = claim("Ann", "Levels should be given."), claim("Bob", "Levels should never be given.")
    point = Divergence("s", "q", "t", (Position(ann.text, (ann,), "in favour"), Position(bob.text, (bob,), "against")))
    good = _eval_module().paragraph_faults([point])
    assert good == {"sentences": 2, "shared_quotes": 0, "false_quotes": 0, "misattributed": 0}
    merged = Paragraph((Sentence("Ann and Bob hold: “Levels should be given”", ("c-Ann", "c-Bob")),))
    wrong = Paragraph((Sentence("Bob holds: “Levels should be given”", ("c-Bob",)),))
    unnamed = Paragraph((Sentence("Ann holds: “Levels should never be given”", ("c-Bob",)),))
    faults = _eval_module().paragraph_faults([point], [merged, wrong, unnamed])
    assert faults == {"sentences": 3, "shared_quotes": 1, "false_quotes": 2, "misattributed": 1}


def _placed(point: dict, question: str, topic: str = "t: minimum 1 ECTS / no minimum") -> dict:
    return {**point, "question": question, "topic": topic}


@pytest.mark.unit
def test_a_point_under_another_question_or_stated_twice_is_counted() -> None:
    evaluation = _eval_module()
    gold = [
        evaluation.GoldPoint("size", ("s1",), "size", (frozenset({"ann"}), frozenset({"bob"})), "Is there a minimum?")
    ]
    found = [
        _placed(_point("s1", ["ann"], ["bob"]), "How is workload expressed?"),
        _placed(_point("s1", ["ann"], ["bob"]), "is there a  minimum?"),  # the right one, written otherwise
        _placed(_point("s1", ["cy"], ["dee"]), "Which wallets for blind learners?"),
    ]
    result = evaluation.score(found, gold, frozenset({"which wallets for blind learners?"}))
    assert result["wrong_question"] == [0]
    assert result["repeated"] == [1]  # the planted point is stated twice
    assert result["unanswerable"] == [2]
    assert "wrong question: 1, repeated points: 1, under unanswerable questions: 1" in evaluation.report(
        found, gold, result
    )


@pytest.mark.unit
def test_a_member_the_gold_puts_elsewhere_is_unverified_and_keyword_labels_are_bare() -> None:
    evaluation = _eval_module()
    gold = [evaluation.GoldPoint("issuer", ("s2",), "issuer", (frozenset({"dee", "fay"}), frozenset({"eve"})))]
    found = [
        _placed(
            _point("s2", ["dee", "fay", "gus"], ["eve"]), "q", "Who may issue: training provider, in favour / against"
        ),
        _placed(_point("s2", ["dee"], ["eve"]), "q", "Who may issue: any provider may issue / only accredited bodies"),
    ]
    result = evaluation.score(found, gold)
    assert result["unverified_members"] == [[0, "gus"]]  # fay shares dee's side in the gold, gus does not
    assert result["bare_labels"] == [0]
    assert evaluation.bare_label("Size: minimum 1 ECTS / no minimum") is False
    assert evaluation.bare_label("NQF: Digital, in favour / against") is True


@pytest.mark.unit
def test_a_point_whose_words_were_all_quoted_before_is_not_stated_in_the_draft() -> None:
    from pipeline.drafting.outline import SectionSpec
    from pipeline.model import Evidence
    from pipeline.synthesis.claims import Claim
    from pipeline.synthesis.divergence import Divergence, Position

    def claim(who: str, text: str) -> Claim:
        return Claim(text, Evidence(f"c-{who}", f"{who}.txt", "T", who, "", "X", "EU", "k", "", "p 1", text), who)

    ann, bob = claim("Ann", "Levels should be given."), claim("Bob", "Levels should never be given.")
    sides = (Position(ann.text, (ann,), "should be given"), Position(bob.text, (bob,), "should never be given"))
    first, again = Divergence("s1", "q1", "Q1: a / b", sides), Divergence("s2", "q2", "Q2: a / b", sides)
    sections = [
        SectionSpec(id=s, title=s, audience="system", purpose=s, questions=(q,))
        for s, q in (("s1", "q1"), ("s2", "q2"))
    ]
    assert _eval_module().stated_in_draft([first, again], sections) == [0]


@pytest.mark.unit
def test_a_point_states_one_gold_point_even_when_its_sides_fit_two() -> None:
    evaluation = _eval_module()
    gold = [
        evaluation.GoldPoint("size", ("s1",), "size", (frozenset({"ann"}), frozenset({"bob"}), frozenset({"cy"}))),
        evaluation.GoldPoint("levels", ("s2",), "levels", (frozenset({"ann"}), frozenset({"bob"}))),
    ]
    # ann, bob and cy differ on the size; that ann and bob also differ on levels is another point, not stated here
    result = evaluation.score([_point("s1", ["ann"], ["bob"], ["cy"])], gold)
    assert result["judged_as"] == ["size"] and result["points_found"] == 1


@pytest.mark.unit
def test_a_gold_point_naming_only_its_sections_still_counts_a_point_outside_them(gold) -> None:
    # matched by its contributors, but filed in another section: under a question that asks something else
    result = _eval_module().score([_point("s3", ["dee"], ["eve"]), _point("s1", ["ann"], ["bob"])], gold)
    assert result["wrong_question"] == [0]
