"""The engines script: the sentences a gold point's comment quotes, and whether a candidate holds one."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.divergence_engines import _holds, gold_quotes

GOLD = """points:
  - id: ferry-fares
    section: 1-fares
    question: "Who should pay for the ferry crossing?"
    # The harbour board, "Islanders should never pay for the crossing themselves"; the council, in a memo, "The
    # ferry company should bear the cost of every islander's ticket". A word both share, "crossing", is no quote.
    sides:
      - [Ann Example]
      - [Bo Sample]

  - id: timetable
    section: 2-timetable
    # no quote at all
    sides:
      - [Ann Example]
      - [Cy Other]
"""


@pytest.mark.unit
def test_quotes_of_five_words_or_more_are_read_per_point(tmp_path: Path) -> None:
    path = tmp_path / "divergence_gold.yaml"
    path.write_text(GOLD, encoding="utf-8")
    quotes = gold_quotes(path)
    assert quotes["ferry-fares"] == [
        "Islanders should never pay for the crossing themselves",
        "The ferry company should bear the cost of every islander's ticket",
    ]
    assert quotes["timetable"] == []


@pytest.mark.unit
def test_a_candidate_holds_a_quote_or_is_cut_from_it() -> None:
    quote = "The ferry company should bear the cost. Islanders should never pay"
    assert _holds("In short, the ferry company should bear the cost.", "the ferry company should bear the cost")
    assert _holds("Islanders should never pay.", quote)
    assert not _holds("Islanders pay.", quote)  # too short to be told apart
    assert not _holds("The council should bear the cost.", quote)
