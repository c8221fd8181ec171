"""Points of divergence in a draft: each contributor quoted in their own words with their own citation, never one
quotation credited to several, "By contrast" only where the positions differ (points written here in code)."""

from __future__ import annotations

import re

import pytest

from pipeline.drafting.checking import divergence_paragraphs, verbatim
from pipeline.model import Evidence
from pipeline.synthesis.claims import Claim
from pipeline.synthesis.divergence import Divergence, Position


def _claim(who: str, country: str, passage: str, text: str) -> Claim:
    evidence = Evidence(f"c-{who}", f"{who}.txt", "T", who, "", country, "EU", "expert_input", "", "paragraph 2",
                        passage)  # fmt: skip
    return Claim(text, evidence, who)


ANN = _claim("Ann", "Ireland", "First.  Micro-credentials should be levelled\nin the framework.", "Micro-credentials "
             "should be levelled in the framework.")  # fmt: skip
BEA = _claim("Bea", "Moldova", "We agree: they should enter the framework like full awards.",
             "They should enter the framework like full awards.")  # fmt: skip
CAL = _claim("Cal", "Georgia", "Micro-credentials should stay outside the framework.",
             "Micro-credentials should stay outside the framework.")  # fmt: skip


def _point(*positions: Position) -> Divergence:
    return Divergence("nqf", "Should they be levelled?", "Should they be levelled: in favour / against", positions)


def _quotes(text: str) -> list[str]:
    return re.findall(r"“([^”]*)”", text)


@pytest.mark.unit
def test_each_contributor_on_a_side_speaks_in_their_own_words() -> None:
    point = _point(Position(ANN.text, (ANN, BEA), "in favour"), Position(CAL.text, (CAL,), "against"))
    [paragraph] = divergence_paragraphs([point])
    texts = [s.text for s in paragraph.sentences]
    assert texts == [
        "Ann (Ireland) holds: “Micro-credentials should be levelled in the framework”",
        "Bea (Moldova) makes the same point: “they should enter the framework like full awards”",
        "By contrast, Cal (Georgia) holds: “Micro-credentials should stay outside the framework”",
    ]
    for sentence, claim in zip(paragraph.sentences, (ANN, BEA, CAL), strict=True):
        assert sentence.citations == (claim.evidence.chunk_id,)  # one contributor, one citation
        [quote] = _quotes(sentence.text)
        assert quote == sentence.quote
        assert quote in " ".join(claim.evidence.text.split())  # word for word in that contributor's passage


@pytest.mark.unit
def test_no_by_contrast_between_positions_that_hold_the_same() -> None:
    point = _point(Position(ANN.text, (ANN,), "in favour"), Position(BEA.text, (BEA,), "in favour"))
    [paragraph] = divergence_paragraphs([point])
    assert not any("By contrast" in s.text for s in paragraph.sentences)


@pytest.mark.unit
def test_words_not_in_the_passage_are_never_quoted() -> None:
    reworded = Claim("Micro-credentials must be levelled.", ANN.evidence, "Ann")
    assert verbatim(reworded.text, ANN.evidence.text) is None
    # the side without a quotable claim is left out, and one side alone is no point of divergence
    assert divergence_paragraphs([_point(Position("x", (reworded,), "in favour"), Position(CAL.text, (CAL,)))]) == ()


@pytest.mark.unit
def test_a_joined_claim_is_quoted_up_to_what_the_passage_holds() -> None:
    passage = "Any provider should be able to issue them; employers included. That includes private companies."
    claim = "Any provider should be able to issue them. That includes private companies."
    assert verbatim(claim, passage) == "Any provider should be able to issue them"


@pytest.mark.unit
def test_a_quotation_used_elsewhere_gives_way_to_another_of_the_same_contributor() -> None:
    passage = "Micro-credentials should be levelled in the framework. Levels should be open to short courses."
    ann = _claim("Ann", "Ireland", passage, "Micro-credentials should be levelled in the framework.")
    ann_too = _claim("Ann", "Ireland", passage, "Levels should be open to short courses.")
    point = _point(Position(ann.text, (ann, ann_too, BEA), "in favour"), Position(CAL.text, (CAL,), "against"))
    used = "micro-credentials should be levelled in the framework"
    [paragraph] = divergence_paragraphs([point], lambda quote: used in quote.lower())
    assert [s.text for s in paragraph.sentences] == [
        "Ann (Ireland) holds: “Levels should be open to short courses”",
        # Bea was checked against Ann's first words, not these: she is not said to make the same point
        "By contrast, Cal (Georgia) holds: “Micro-credentials should stay outside the framework”",
    ]


@pytest.mark.unit
def test_a_decision_row_is_quoted_cell_by_cell_never_glued() -> None:
    table = (
        "Matter | Decision of the board\n"
        "Proposal of the guild to let apprentices skip the written test | Rejected. Every apprentice sits it.\n"
    )
    row = Claim("Proposal of the guild to let apprentices skip the written test | Rejected.",
                _claim("Dan", "Czechia", table, "x").evidence, "Dan", decided=True)  # fmt: skip
    guild = _claim("Eve", "Austria", "Apprentices should be able to skip the written test.",
                   "Apprentices should be able to skip the written test.")  # fmt: skip
    point = _point(Position(guild.text, (guild,), "in favour"), Position(row.text, (row,), "against: let apprentices"))
    [paragraph] = divergence_paragraphs([point])
    sentence = paragraph.sentences[1]
    assert sentence.text == (
        "By contrast, Dan (Czechia) states “Rejected” on: "
        "“Proposal of the guild to let apprentices skip the written test”"
    )
    assert sentence.citations == (row.evidence.chunk_id,)  # the row's own passage
    assert sentence.quote == "Proposal of the guild to let apprentices skip the written test"
    for quote in _quotes(sentence.text):
        assert " | " not in quote and quote in table  # each cell stands as the table writes it
